import json
import os
import subprocess
from pathlib import Path

import pytest

import sorot


@pytest.fixture(scope="session")
def annotator():
    return sorot.Annotator()


@pytest.fixture(scope="session")
def cli():
    """Runs the command line on JSONL records:
    ({id: record}, {line number: error message}, {id: output line as written})."""
    exe = os.environ.get("SOROT_CLI")
    if not exe:
        pytest.fail("set SOROT_CLI to the sorot command line (scripts/test-python does)")

    def run(path: Path, *args: str):
        proc = subprocess.run([exe, "annotate", "--jsonl", *args, str(path)], capture_output=True, text=True)
        records, lines = {}, {}
        for line in proc.stdout.splitlines():
            record = json.loads(line)
            records[record["id"]] = record
            lines[record["id"]] = line
        errors = {}
        for line in proc.stderr.splitlines():
            # sorot: FILE:LINE: message
            _, rest = line.split(f"{path}:", 1)
            lineno, message = rest.split(": ", 1)
            errors[int(lineno)] = message
        return records, errors, lines

    return run
