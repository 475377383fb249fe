"""Run nines from a notebook: its command line, and its JSON and CSV output as pandas tables.

The notebooks call the same `nines` command a user types. By default that is the `./nines`
launcher at the root of the repository; the tests set NINES to `java -jar .../nines.jar` and
NINES_OUT to a scratch directory under `notebooks/target/`.
"""

import io
import json
import os
import pathlib
import shlex
import subprocess

import pandas as pd

ROOT = pathlib.Path(__file__).resolve().parent.parent
HERE = pathlib.Path(__file__).resolve().parent
YEAR = 365 * 86400


def command():
    """The nines command: $NINES, or the repository's ./nines launcher."""
    return shlex.split(os.environ.get("NINES", str(ROOT / "nines")))


def nines(*args):
    """Runs nines with the arguments and returns what it printed; raises with its message if it fails."""
    done = subprocess.run(command() + [str(a) for a in args], capture_output=True, text=True,
                          cwd=HERE)
    if done.returncode != 0:
        raise RuntimeError(f"nines {' '.join(map(str, args))} exited {done.returncode}:\n{done.stderr}")
    return done.stdout


def run(scenario, *args):
    """`nines run SCENARIO --json ARGS...` as a dict."""
    return json.loads(nines("run", scenario, "--json", *args))


def solve(scenario, *args):
    """`nines solve SCENARIO --json ARGS...` as a dict."""
    return json.loads(nines("solve", scenario, "--json", *args))


def compare(scenario, *args):
    """`nines compare SCENARIO --json ARGS...` as a dict."""
    return json.loads(nines("compare", scenario, "--json", *args))


def sweep(scenario, *args):
    """`nines sweep SCENARIO --json ARGS...` as a dict."""
    return json.loads(nines("sweep", scenario, "--json", *args))


def csv(*args):
    """`nines ... --csv` as a DataFrame."""
    return pd.read_csv(io.StringIO(nines(*args, "--csv")))


def table(result):
    """The figures of a run (or of a sweep point) as a DataFrame: scope, name, mean, low, high, analytic."""
    frame = pd.DataFrame(result["metrics"])
    columns = [c for c in ["scope", "name", "unit", "mean", "low", "high", "n", "analytic", "formula"]
               if c in frame.columns]
    return frame[columns]


def metric(result, name, scope="system"):
    """One figure of a run, as a dict with mean, low, high, analytic, ..."""
    for m in result["metrics"]:
        if m["scope"] == scope and m["name"] == name:
            return m
    raise KeyError(f"no figure {scope}.{name}")


def within(m, value=None):
    """Whether value (by default the figure's analytic value) lies in the figure's interval."""
    value = m["analytic"] if value is None else value
    return m["low"] <= value <= m["high"]


def out(name):
    """A directory for the reports a notebook writes: $NINES_OUT/name, or notebooks/out/name."""
    base = pathlib.Path(os.environ.get("NINES_OUT", HERE / "out"))
    path = base / name
    path.mkdir(parents=True, exist_ok=True)
    return path
