"""The dateline that opens a news report: «بغداد - (أ ف ب) -»، «شفق نيوز/ »، «الحسكة - الجسر: »."""

from __future__ import annotations

import re

from ..model import Dateline

_DASH = r"\s*[-–—]\s*"
_NAME = r"[^\W\d][\w\s.'\"«»]{0,28}?"
_DATE = r"\d{1,2}\s+[^\W\d]+(?:\s+[^\W\d]+)?\s+\d{4}"
PATTERNS = (
    # PLACE, Region (Agency) -    QAMISHLI, Syria (Reuters) -
    re.compile(r"(?P<place>[A-Z][A-Z .'-]+(?:,\s*[A-Z][\w .'-]{1,24})?)\s*"
               r"\((?P<outlet>[^()\n]{1,30})\)\s*[-–—:]\s*"),
    # place - (agency) -    بغداد - (أ ف ب) -
    re.compile(rf"(?P<place>{_NAME}){_DASH}\((?P<outlet>[^()\n]{{1,30}})\)\s*[-–—:]?\s*"),
    # outlet/    شفق نيوز/
    re.compile(rf"(?P<outlet>{_NAME})\s*/\s+(?=\S)"),
    # place - outlet:    الحسكة - الجسر:
    re.compile(rf"(?P<place>{_NAME}){_DASH}(?P<outlet>{_NAME})\s*:\s*"),
    # place date(s) agency:    بيروت 25 شوال 1436 هـ الموافق 10 أغسطس 2015 م واس
    re.compile(rf"(?P<place>[^\W\d]\w*(?:\s[^\W\d]\w*)?)\s+{_DATE}\s*هـ?\s+الموافق\s+{_DATE}\s*م?\s+"
               rf"(?P<outlet>[^\W\d]\w{{1,7}})(?!\w)"),
    # place -    دمشق -    Al-Furat Today -
    re.compile(rf"(?P<place>[^\W\d]\w*(?:-\w+)*(?:\s\w+)?){_DASH}(?=\S)"),
)


def find_dateline(text: str, start: int = 0) -> Dateline | None:
    """The dateline at ``text[start:]``, if the paragraph opens with one."""
    for pattern in PATTERNS:
        match = pattern.match(text, start)
        if match:
            groups = match.groupdict()
            return Dateline(
                match.start(),
                len(match.group().rstrip()) + match.start(),
                place=_clean(groups.get("place")),
                outlet=_clean(groups.get("outlet")),
            )
    return None


def _clean(name: str | None) -> str | None:
    return name.strip(" \"'«»") or None if name else None
