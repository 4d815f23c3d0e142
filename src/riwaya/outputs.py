"""Where the CLI writes: a file a user named with -o, or stdout. A target the system refuses
(a missing folder, a folder, a full disk) is one OutputError naming it, found before any work
where it can be."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from .errors import OutputError


def check_target(path: Path) -> None:
    """Refuse a target that cannot be a file, before the work whose result it would hold."""
    try:
        is_folder, in_folder = path.is_dir(), path.parent.is_dir()
    except OSError as error:  # a name too long
        raise OutputError(str(path), error) from None
    if is_folder:
        raise OutputError(str(path), IsADirectoryError(21, "it is a folder"))
    if not in_folder:
        raise OutputError(str(path), FileNotFoundError(2, f"there is no folder {path.parent}"))


def write_output(path: Path, text: str) -> None:
    """``text`` into the file ``path``, whole."""
    with open_output(path) as write:
        write(text)


@contextmanager
def open_output(path: Path | None) -> Iterator[Callable[[str], None]]:
    """A ``write`` for ``path`` (stdout when None); a failure to open, write or close the
    file becomes an OutputError naming it."""
    if path is None:
        yield sys.stdout.write
        return
    try:
        out = path.open("w", encoding="utf-8")
    except OSError as error:
        raise OutputError(str(path), error) from None

    def write(text: str) -> None:
        try:
            out.write(text)
        except OSError as error:
            raise OutputError(str(path), error) from None

    try:
        yield write
    finally:
        try:
            out.close()
        except OSError as error:
            raise OutputError(str(path), error) from None
