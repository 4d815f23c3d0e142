"""`riwaya serve` as a user starts it: on 127.0.0.1 unless told otherwise, answering over HTTP
from the store it is pointed at, and stopping cleanly on Ctrl-C."""

from __future__ import annotations

import signal
import socket
import subprocess
import sys
import time

import httpx2


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_serve_binds_loopback_and_answers_from_the_store(example_db, story_id):
    port = free_port()
    server = subprocess.Popen([sys.executable, "-m", "riwaya", "serve", "--db", str(example_db),
                               "--port", str(port)], stderr=subprocess.PIPE, text=True)
    try:
        lines = []
        deadline = time.monotonic() + 60
        while not any("Uvicorn running on" in line for line in lines):
            assert server.poll() is None and time.monotonic() < deadline, "".join(lines)
            lines.append(server.stderr.readline())
        assert f"http://127.0.0.1:{port}" in lines[-1]
        stories = httpx2.get(f"http://127.0.0.1:{port}/api/stories").json()["stories"]
        assert [s["id"] for s in stories] == [story_id]
        # the report computed by the test server is read from the store, not computed again
        started = time.monotonic()
        report = httpx2.get(f"http://127.0.0.1:{port}/api/stories/{story_id}/report", timeout=60)
        assert report.status_code == 200 and time.monotonic() - started < 5
    finally:
        server.send_signal(signal.SIGINT)
        assert server.wait(30) == 0
