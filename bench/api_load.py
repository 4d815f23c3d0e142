"""Load on `riwaya serve`: 200 concurrent requests for one story on loopback.

Fills a fresh SQLite store with the example story (examples/hasakah-convoy: 3 articles,
dated 2020-11-17), starts `riwaya serve` on a free port of 127.0.0.1 in its own process,
computes the story's report once (the store keeps it), then sends 200 requests at once for
the story's report JSON and 200 for its page, and prints requests/s, latency percentiles and
errors for each. Bounded: 200 requests a round, 60 s a request, loopback only. Machine:
printed below.

    python bench/api_load.py [--requests 200]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import platform
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx2

sys.path.insert(0, str(Path(__file__).resolve().parent))
from analyze_throughput import cpu_name  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "hasakah-convoy"


def fill_store(db: Path) -> int:
    """Ingest the example story into a new store; its story id."""
    from datetime import date

    from riwaya.ingest import read_articles
    from riwaya.store import open_store

    articles = list(read_articles(sorted(EXAMPLE.glob("*.txt"))))
    for article in articles:
        article.published = date(2020, 11, 17)
    with open_store(str(db)) as store:
        store.ingest(articles)
        (story,) = store.stories()
        return story.id


def start_server(db: Path) -> tuple[subprocess.Popen, str]:
    """`riwaya serve` on a free loopback port, once it answers."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = subprocess.Popen([sys.executable, "-m", "riwaya", "serve", "--db", str(db),
                               "--port", str(port)],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            httpx2.get(f"{url}/api/stories", timeout=2).raise_for_status()
            return server, url
        except httpx2.TransportError:
            time.sleep(0.2)
    server.kill()
    raise SystemExit("riwaya serve did not start within 60 s")


async def fire(url: str, requests: int) -> tuple[float, list[float], list[str]]:
    """Send ``requests`` GETs at once: (wall seconds, each latency, the errors)."""
    limits = httpx2.Limits(max_connections=requests, max_keepalive_connections=requests)
    async with httpx2.AsyncClient(timeout=60, limits=limits) as client:

        async def one() -> tuple[float, str | None]:
            started = time.perf_counter()
            try:
                response = await client.get(url)
                error = None if response.status_code == 200 else f"HTTP {response.status_code}"
            except httpx2.HTTPError as failure:
                error = f"{type(failure).__name__}: {failure}"
            return time.perf_counter() - started, error

        started = time.perf_counter()
        results = await asyncio.gather(*(one() for _ in range(requests)))
        wall = time.perf_counter() - started
    return wall, [latency for latency, _ in results], [error for _, error in results if error]


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def memory_gb() -> str:
    try:
        kb = int(Path("/proc/meminfo").read_text().split()[1])
        return f"{kb / 2**20:.0f} GB"
    except (OSError, ValueError, IndexError):
        return "unknown"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=200, help="concurrent requests a round")
    requests = min(parser.parse_args().requests, 1000)
    print(f"machine: {os.cpu_count()} cores ({cpu_name()}), {memory_gb()} memory, "
          f"Python {platform.python_version()}, {platform.system()}; load average before "
          f"{os.getloadavg()[0]:.1f} (other work on the cores slows every number)")
    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "riwaya.db"
        story_id = fill_store(db)
        server, url = start_server(db)
        try:
            started = time.perf_counter()
            report = httpx2.get(f"{url}/api/stories/{story_id}/report", timeout=300)
            report.raise_for_status()
            took = time.perf_counter() - started
            print(f"data: the example story ({EXAMPLE.name}), 3 articles; report JSON "
                  f"{len(report.content) / 1000:.0f} KB, computed once in {took:.1f} s and kept in the store")
            print("server: riwaya serve, one uvicorn process; client: httpx2, same machine")
            for path in (f"/api/stories/{story_id}/report", f"/stories/{story_id}"):
                wall, latencies, errors = asyncio.run(fire(url + path, requests))
                p50, p95 = statistics.median(latencies), percentile(latencies, 0.95)
                print(f"GET {path}: {requests} concurrent requests in {wall:.2f} s = "
                      f"{requests / wall:.0f} requests/s; latency p50 {p50 * 1000:.0f} ms, "
                      f"p95 {p95 * 1000:.0f} ms, max {max(latencies) * 1000:.0f} ms; errors {len(errors)}")
                for error in sorted(set(errors))[:5]:
                    print(f"  error: {error}")
        finally:
            server.send_signal(signal.SIGINT)
            server.wait(30)


if __name__ == "__main__":
    main()
