"""English abbreviations a full stop does not end a sentence after ("Col. Dermot Gallagan",
"Nov. 9", "U.S.-led")."""

ABBREVIATIONS = frozenset({
    "Mr", "Mrs", "Ms", "Dr", "Prof", "St", "Mt", "Jr", "Sr", "No", "vs", "etc", "e.g", "i.e",
    "Col", "Gen", "Lt", "Maj", "Capt", "Sgt", "Adm", "Brig", "Cpl", "Pvt", "Cmdr", "Gov", "Sen",
    "Rep", "Rev", "Sheikh", "Jan", "Feb", "Mar", "Apr", "Aug", "Sept", "Sep", "Oct", "Nov", "Dec",
    "Inc", "Co", "Corp", "Ltd", "Bros", "U.S", "U.N", "U.K", "U.A.E", "a.m", "p.m",
})
# The commonest English words: a Latin-script text where they are frequent is English, without
# asking the language identifier (ingest/language.py).
COMMON_WORDS = frozenset({"the", "of", "and", "to", "in", "a", "is", "was", "for", "on", "that", "with",
                          "said", "as", "by", "at", "from", "it", "has", "have", "were", "be"})
