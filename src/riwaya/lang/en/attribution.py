"""English attribution: the verbs and phrases that report speech, and the nouns that name an
unnamed, an outlet's or a document's source ("a security source", "our correspondent", "a
statement")."""

CUE_VERBS = (
    "said", "says", "say", "told", "tells", "added", "adds", "stated", "announced", "confirmed",
    "denied", "denies", "warned", "noted", "explained", "stressed", "insisted", "claimed",
    "reported", "acknowledged", "argued", "urged", "pledged", "vowed", "promised", "estimated",
    "predicted", "declared", "asserted", "maintained", "alleged", "disclosed", "revealed",
    "emphasised", "emphasized", "underlined", "wrote", "tweeted", "recalled", "admitted",
    "described", "called",
)
# Prepositional cues: the name comes after, the statement around them.
ACCORDING_TO = ("according to", "citing", "quoting")
# "X told Reuters that": the listener after the verb is not the statement.
LISTENER_VERBS = ("told",)
# Nouns heading an unnamed source: "a security source", "officials who declined to be named".
ANONYMOUS_HEADS = (
    "source", "sources", "official", "officials", "witness", "witnesses", "resident", "residents",
    "activist", "activists", "diplomat", "diplomats", "insider", "insiders", "observers",
    "analysts", "people", "person", "commander", "officer", "spokesman", "spokeswoman",
    "spokesperson", "medics", "doctors", "locals", "eyewitnesses", "eyewitness", "protesters",
    "experts", "rebels", "militants", "police", "security", "authorities", "worker", "workers",
    "employee", "employees", "staff", "volunteer", "volunteers", "doctor", "nurse", "driver",
    "drivers", "member", "members", "fighter", "negotiator", "negotiators", "lawyer", "relative",
    "lawmaker", "lawmakers", "legislator", "legislators", "banker", "bankers", "trader", "traders",
)
# An indefinite or counted speaker phrase names no one: "a Finance Ministry official", "two NOC
# officials familiar with the terms".
INDEFINITE_WORDS = ("a", "an", "one", "two", "three", "four", "five", "several", "some", "another")
# Heads that name the outlet itself.
OUTLET_HEADS = ("correspondent", "reporter", "this newspaper", "our")
# Heads of a document that speaks: "a statement said".
DOCUMENT_HEADS = ("statement", "report", "communique", "communiqué", "study", "survey", "decree",
                  "letter", "document", "memo", "poll", "data", "figures", "bulletin")
PRONOUNS = {"he": "PER", "she": "PER", "they": None, "it": "ORG"}
# Words between a cue and the statement it introduces: "said on Tuesday in a statement that".
SKIP_AFTER_CUE = ("that", "on", "in", "a", "statement", "late", "early", "reporters", "journalists",
                  "by", "phone", "telephone", "monday", "tuesday", "wednesday", "thursday", "friday",
                  "saturday", "sunday", ",")
# After a cue and a comma, the words that add a second statement: "he said, adding that ...".
ADDING_WORDS = ("adding", "saying", "noting", "stressing", "explaining", "warning")
# Of these, the prepositions: what follows them is where or when it was said, not what.
CUE_PREPOSITIONS = ("on", "in", "by")
# Where the speaker phrase before a cue starts: after these words and marks.
SPEAKER_CLAUSE_EDGES = ("”", '"', ";", ":", "-", "–", "—", "that", "and", "but", "while", "as",
                        "after", "when", "because")
# Where it ends, before the cue: "The SDF on Monday denied", "Eyewitnesses also said".
SPEAKER_PHRASE_ENDS = ("on", "in", "late", "earlier", "yesterday", "today", "also", "have", "has",
                       "had", "was", "were", "would", "will", "then", "later", "last")
# Words that tie an unnamed source to the body it is close to: "sources close to the SDF".
AFFILIATION_LINKS = ("to", "close", "from", "of", "in", "with", "who", "familiar", "speaking", "at",
                     "within", "inside", "near")
# An unnamed source cited without a quote: qualifiers, then the head noun.
UNNAMED_QUALIFIERS = ("a", "an", "two", "three", "several", "some", "local", "other", "military",
                      "security", "medical", "government", "diplomatic", "informed", "senior",
                      "western", "kurdish", "iraqi", "syrian", "private", "special", "field", "press",
                      "international", "unnamed", "named", "official")
UNNAMED_HEADS = ("source", "sources", "official", "officials", "witnesses", "residents", "activists",
                 "diplomats", "insiders")
UNNAMED_AFFILIATIONS = ("close to", "familiar with")
# Words opening a relative or participial clause set off by commas inside a speaker phrase: "an
# official, who asked not to be named, said", "an aid worker, speaking on condition of anonymity,
# said".
RELATIVE_WORDS = ("who", "which", "whose", "whom", "speaking", "declining", "citing", "requesting")
# After a cue, words that open the circumstances of the saying, not what was said: "..., the chief
# executive told reporters after the signing ceremony".
CIRCUMSTANCE_WORDS = ("after", "during", "at", "before", "following", "when", "while", "upon")
