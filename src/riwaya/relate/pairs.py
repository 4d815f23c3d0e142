"""Statement pairs from JSONL lines {"id", "a", "b"}: a bad line becomes an InputError naming
the file and line, in the pair's place, and reading goes on."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from .. import errors
from ..errors import InputError
from ..ingest.files import json_records
from ..settings import Settings


@dataclass(frozen=True)
class StatementPair:
    id: object  # whatever the line carried, echoed back unchanged
    a: str
    b: str


def read_pairs(path: Path, settings: Settings | None = None) -> Iterator[StatementPair | InputError]:
    """One StatementPair per non-blank line, or the InputError that line raised."""
    for source, record in json_records(path, settings or Settings()):
        yield record if isinstance(record, InputError) else _pair_from_record(record, source)


def _pair_from_record(record: dict, source: str) -> StatementPair | InputError:
    for key in ("a", "b"):
        value = record.get(key)
        if not isinstance(value, str) or not value.strip():
            return errors.malformed_record(source, f'"{key}" must be a non-empty string')
    return StatementPair(record.get("id"), record["a"], record["b"])
