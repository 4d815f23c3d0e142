"""Each hostile class the team found, one input apiece, through the same drivers and the same
contract as the generated inputs: they are tried on every run, whatever Hypothesis generates."""

from __future__ import annotations

import pytest
from fuzz.harness import (
    run_analyze,
    run_build,
    run_compare,
    run_ingest,
    run_reader,
    run_settings,
    run_store,
    run_web,
    workspace,
)
from fuzz.known import KNOWN

DRIVERS = {"build_article": run_build, "readers": run_reader, "cli analyze": run_analyze,
           "cli analyze (full)": run_analyze, "cli compare": run_compare, "cli ingest": run_ingest,
           "cli --db": run_store, "cli $RIWAYA_SETTINGS": run_settings, "api": run_web,
           "api compare": run_web, "pages": run_web, "pages compare": run_web}
FOLDERLESS = {"build_article", "api", "api compare", "pages", "pages compare"}
CASES = [pytest.param(entry, case, id=f"{entry}-{n}") for entry, cases in KNOWN.items()
         for n, case in enumerate(cases)]


@pytest.mark.parametrize("entry, case", CASES)
def test_a_known_hostile_input_keeps_the_contract(entry, case):
    if entry in FOLDERLESS:
        outcome = DRIVERS[entry](case)
    else:
        with workspace() as folder:
            outcome = DRIVERS[entry](case, folder)
    assert outcome.clean, f"{outcome}\ninput: {case!r:.600}"
