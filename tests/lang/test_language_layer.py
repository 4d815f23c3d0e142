"""Arabic knowledge lives in lang/: logic modules hold no Arabic string literals (comments and
docstrings may show examples), except the few listed here with why."""

from __future__ import annotations

import io
import re
import tokenize
from collections import Counter
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "src" / "riwaya"
LANGUAGE_FOLDERS = {"lang", "report", "web"}  # language data, and the reader-facing wording
ALLOWED = Counter({
    "cli.py": 2,                 # help text with an example, and the Arabic comma joining outlets
    "analyze/sentences.py": 2,   # the marks that end a sentence or a clause («؟»، «،»، «؛»)
    "ingest/dateline.py": 1,     # the Hijri-and-Gregorian dateline pattern
    "ingest/language.py": 1,     # the Persian and Urdu letters that tell the script apart
})


def arabic_literals() -> Counter:
    found = Counter()
    for path in PACKAGE.rglob("*.py"):
        relative = path.relative_to(PACKAGE)
        if relative.parts[0] in LANGUAGE_FOLDERS:
            continue
        for token in tokenize.generate_tokens(io.StringIO(path.read_text(encoding="utf-8")).readline):
            if token.type == tokenize.STRING and re.search("[\u0600-\u06ff]", token.string) \
                    and not token.string.startswith(('"""', "'''")):
                found[relative.as_posix()] += 1
    return found


def test_logic_modules_hold_no_arabic_word_lists():
    extra = {name: count for name, count in arabic_literals().items() if count > ALLOWED[name]}
    assert not extra, f"Arabic literals outside lang/: {extra}; put the words in lang/ar under a role name"
