"""English negation and hedging cues."""

NEGATORS = ("not", "n't", "no", "never", "neither", "nor", "none", "nobody", "nothing")
DENIAL_VERBS = ("denied", "denies", "deny", "denying", "rejected", "rejects", "dismissed",
                "dismisses", "refuted", "refutes", "ruled out")
HEDGES = ("reportedly", "allegedly", "may", "might", "could", "possibly", "likely", "unconfirmed",
          "apparently", "believed", "rumoured", "rumored", "suspected")
# Verbs a negator sits among without being what it denies: "did not withdraw" denies withdraw.
AUXILIARIES = ("do", "does", "did", "is", "are", "was", "were", "be", "been", "has", "have", "had",
               "will", "would", "can", "could", "should", "may", "might")
