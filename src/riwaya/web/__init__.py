"""`riwaya serve`: the HTTP API and the web UI, thin layers over the store, compare and the
HTML report."""

from .app import create_app

__all__ = ["create_app"]
