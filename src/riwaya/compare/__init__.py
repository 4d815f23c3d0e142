"""The cross-check's own stages, on analysed articles: each claim's view (``claim_view``),
claims aligned pair by pair with the checks' reasons (``align``, ``checks``), near-copies
(``copies``), facts (``facts``) and article similarity (``similarity``). They find; the
reasons are worded in ``report/``, and ``riwaya.crosscheck`` runs the whole story."""
