"""Statement pairs from JSONL lines {"id", "a", "b"}: a bad line becomes an InputError naming
the file and line, in the pair's place, and reading goes on."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from .. import errors
from ..errors import InputError


@dataclass(frozen=True)
class StatementPair:
    id: object  # whatever the line carried, echoed back unchanged
    a: str
    b: str


def read_pairs(path: Path) -> Iterator[StatementPair | InputError]:
    """One StatementPair per non-blank line, or the InputError that line raised."""
    if not path.is_file():
        raise errors.missing_file(str(path))
    with path.open(encoding="utf-8", errors="replace") as lines:
        for number, line in enumerate(lines, 1):
            if line.strip():
                yield _pair_from_line(line, f"{path}:{number}")


def _pair_from_line(line: str, source: str) -> StatementPair | InputError:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as error:
        return errors.malformed_record(source, f"not JSON ({error.msg})")
    if not isinstance(record, dict):
        return errors.malformed_record(source, "a line must be a JSON object")
    for key in ("a", "b"):
        value = record.get(key)
        if not isinstance(value, str) or not value.strip():
            return errors.malformed_record(source, f'"{key}" must be a non-empty string')
    return StatementPair(record.get("id"), record["a"], record["b"])
