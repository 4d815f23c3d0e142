"""English name cues: the head words of organisation and place names, the words that open a
place name, and the lowercase words that may sit inside a name ("Bank of England", "al-Tanf")."""

ORGANISATION_HEADS = (
    "ministry", "council", "forces", "army", "agency", "organization", "organisation", "party",
    "union", "bank", "company", "corp", "corporation", "group", "front", "movement", "committee",
    "commission", "authority", "federation", "association", "court", "parliament", "assembly",
    "institute", "university", "office", "directorate", "department", "coalition", "brigade",
    "brigades", "police", "guard", "guards", "news", "times", "post", "wire", "press", "television",
    "tv", "radio", "channel", "club", "fc", "fund", "programme", "program", "crescent", "cross",
    "observatory", "network", "airlines", "airways", "hospital", "foundation", "league", "cabinet",
    "government", "administration", "secretariat", "tribunal", "board", "bureau", "service",
    "services", "unit", "division", "command", "militia", "battalion", "regiment", "alliance",
    "centre", "center", "monitor", "navy", "maritime", "shipping", "holdings", "group", "bloc",
    "brokers", "partners", "capital", "energy", "oil", "petroleum", "airline", "telecom", "media",
    "energia", "spa", "s.p.a", "gmbh", "ag", "ltd", "inc", "llc", "plc", "sa", "holding", "bancorp",
    "industries", "systems", "technologies", "logistics", "construction", "engineering",
)
PLACE_HEADS = (
    "city", "province", "governorate", "district", "region", "river", "base", "crossing", "street",
    "square", "airport", "port", "valley", "mountains", "mountain", "lake", "sea", "gulf", "island",
    "islands", "camp", "bridge", "countryside", "road", "highway", "strait", "desert", "plain",
    "neighbourhood", "neighborhood", "village", "town", "county", "state", "border", "dam",
)
# Words that open a place name in the region: "Tal Shuaib", "Deir ez-Zor", "Ras al-Ain".
PLACE_OPENERS = ("tal", "tel", "ain", "deir", "kafr", "jabal", "jebel", "wadi", "bir", "ras", "khan",
                 "beit", "bab", "jisr", "tell", "mount")
# Lowercase words that may sit inside a capitalised name.
NAME_JOINERS = ("of", "for", "al", "el", "bin", "bint", "ibn", "abu", "de", "la", "le", "du",
                "van", "von", "der", "ez", "az", "as", "ad", "ash", "an", "at", "er", "ul", "the")
# Words that open a title with the capitalised words after them: "Deputy Investment Minister",
# "Acting Health Minister".
TITLE_OPENERS = ("deputy", "acting", "vice", "assistant", "former", "senior", "interim", "outgoing")
# Of these, the words that link two names rather than begin one ("Bank of England").
LINKING_JOINERS = ("of", "for", "the", "de", "la", "le", "du", "der")
# Capitalised words that are not names on their own.
NOT_NAMES = (
    "the", "a", "an", "in", "on", "at", "he", "she", "it", "they", "we", "i", "this", "that",
    "these", "those", "but", "and", "or", "if", "as", "after", "before", "when", "while", "some",
    "his", "her", "their", "its", "our", "there", "no", "not", "yes", "one", "two", "three", "many",
    "most", "all", "both", "meanwhile", "however", "according", "earlier", "later", "last", "next",
    "also", "since", "until", "about", "over", "more", "other", "another", "several", "monday",
    "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
    "march", "april", "may", "june", "july", "august", "september", "october", "november",
    "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sept", "sep", "oct", "nov", "dec",
    "mr", "mrs", "ms", "dr", "breaking", "update", "exclusive", "analysis", "what", "why", "how",
    "who", "where", "asked", "speaking", "following", "despite", "during", "amid", "under", "with",
    "without", "from", "by", "for", "to", "of", "so", "yet", "then", "now", "today", "yesterday",
    "tomorrow", "us", "such", "any", "each", "every", "here", "officials", "witnesses", "sources",
    "residents", "activists", "security", "police", "local", "government", "eyewitnesses",
    "observers", "analysts", "diplomats", "protesters", "medics", "rebels", "militants", "troops",
    "soldiers", "authorities", "experts", "reporting", "editing", "writing", "additional", "new",
)
# Before an unknown name, a place: "in Tawila", "near Metula".
PLACE_PREPOSITIONS = ("in", "near", "from", "to", "across", "into", "outside", "towards", "toward",
                      "inside", "around")
# The article written onto Arabic names in English: "al-Zoubi", "ad-Dour", "ez-Zor".
ARTICLE_PREFIXES = ("al-", "el-", "ad-", "ar-", "as-", "ash-", "at-", "az-", "an-", "ez-")
# Lowercase place nouns after a name, which make it a place: "al-Safsaf base".
LOWERCASE_PLACE_NOUNS = ("base", "crossing", "camp", "province", "governorate", "district",
                         "countryside", "airport", "post", "checkpoint", "border", "region",
                         "oilfield", "field", "village", "town", "neighbourhood", "neighborhood",
                         "quarter", "suburb")
# Lowercase nouns after a name, which make it an organisation's: "the Mazraat al-Sanawbar
# municipality", "the Hezbollah group".
LOWERCASE_ORGANISATION_NOUNS = ("municipality", "council", "hospital", "ministry", "company", "group",
                                "movement", "party", "militia", "university", "club", "agency")
# Lowercase bodies a nationality names with it, one organisation: "the Lebanese army".
NATIONAL_BODIES = ("army", "military", "police", "government", "navy", "parliament", "cabinet",
                   "presidency", "judiciary", "coast guard")
