"""The evaluation kit (`../shared/eval`, or $SOROT_EVAL_KIT) and its scorer's
command line, shared by the evaluation scripts."""
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KIT = os.environ.get("SOROT_EVAL_KIT") or os.path.join(ROOT, "..", "shared", "eval")


def score_command(gold, system, errors=0, as_json=False):
    """`score.py GOLD SYSTEM [--errors N] [--json]` as an argument list."""
    cmd = [sys.executable, os.path.join(KIT, "score.py"), gold, system]
    if errors:
        cmd += ["--errors", str(errors)]
    if as_json:
        cmd += ["--json"]
    return cmd
