#!/usr/bin/env python3
"""Set up newstrace on a fresh machine and run its jobs. Needs only Python 3.11+.

    python3 bootstrap.py              set up .venv (runtime lock) and run `newstrace demo`
    python3 bootstrap.py test [ARGS]  set up with dev tools; ruff check, mypy, pytest [ARGS]
    python3 bootstrap.py setup        set up with dev tools only (what `make setup` does)
    python3 bootstrap.py lint         ruff check, ruff format --check, mypy
    python3 bootstrap.py format       ruff format, then ruff check --fix
    python3 bootstrap.py bench [ARGS] python -m bench.bench_textpage [ARGS]
    python3 bootstrap.py lock [ARGS]  regenerate requirements.lock and requirements-dev.lock

Set-up creates ``.venv/`` at the repository root when it is missing or stale
(its Python is gone or of another version), installs the locked dependencies
with ``pip install --require-hashes -r requirements.lock`` (plus
``requirements-dev.lock`` for the dev commands), then the project itself with
``pip install --no-deps --no-build-isolation -e .`` (setuptools, its build
backend, is in the locks). It records a hash of the lock files and
``pyproject.toml`` in ``.venv/.bootstrap.json`` and skips installing when
nothing changed, so a re-run takes about a second.

Dependencies are declared once, in ``pyproject.toml``: runtime ones in
``[project] dependencies``, developer tools in the ``dev`` extra. To add one,
add its line there and run ``python3 bootstrap.py lock``, then commit
``pyproject.toml`` and both lock files. ``lock`` runs pip-compile (pip-tools,
installed into ``.venv`` on demand) against PyPI only, ignoring the local pip
configuration, with hashes for every platform's files; the dev lock is
constrained by the runtime lock so both pin the same versions. It keeps
existing pins: ``lock --upgrade`` moves everything to the newest releases,
``lock -P NAME`` just one package. The locks are resolved for Python 3.11 on
Linux/macOS.

Installing honours your pip configuration (a mirror, say); the hashes make
sure the files are the ones locked. ``test`` runs every check even when one
fails, and exits non-zero when any failed (pytest finding no tests included).
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Mapping, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PYTHON = BIN / ("python.exe" if os.name == "nt" else "python")
STAMP = VENV / ".bootstrap.json"
RUNTIME_LOCK = "requirements.lock"
DEV_LOCK = "requirements-dev.lock"
PYPI = "https://pypi.org/simple"
MIN_PYTHON = (3, 11)
Command = list[str | os.PathLike[str]]
# pip settings that would point `lock` away from PyPI; removed from its environment.
PIP_SOURCE_VARIABLES = (
    "PIP_CONFIG_FILE",
    "PIP_INDEX_URL",
    "PIP_EXTRA_INDEX_URL",
    "PIP_FIND_LINKS",
    "PIP_NO_INDEX",
    "PIP_CONSTRAINT",
)


def say(message: str) -> None:
    print(f"==> {message}", flush=True)


def run(command: Command, env: Mapping[str, str] | None = None) -> int:
    """Run `command` in the repository root; its exit status."""
    return subprocess.call([os.fspath(part) for part in command], cwd=ROOT, env=env)


def check(command: Command, env: Mapping[str, str] | None = None) -> None:
    """Run `command`; stop bootstrap with its exit status if it fails."""
    status = run(command, env)
    if status != 0:
        shown = " ".join(os.fspath(part) for part in command)
        print(f"bootstrap: `{shown}` failed with exit status {status}", file=sys.stderr)
        sys.exit(status)


def profile_digest(locks: Sequence[str]) -> str:
    """A hash of this Python's version, pyproject.toml and the given lock files."""
    sha = hashlib.sha256(sys.version.encode())
    for name in (*locks, "pyproject.toml"):
        sha.update(name.encode() + b"\0" + (ROOT / name).read_bytes() + b"\0")
    return sha.hexdigest()


def venv_version() -> str | None:
    """``major.minor`` of the Python in .venv, or None when it is missing or broken."""
    if not PYTHON.exists():
        return None
    try:
        out = subprocess.run(
            [PYTHON, "-c", "import sys; print('%d.%d' % sys.version_info[:2])"],
            capture_output=True,
            text=True,
            check=True,
        )
    except (OSError, subprocess.CalledProcessError):
        return None
    return out.stdout.strip()


def ensure_venv() -> None:
    """Create .venv with this Python when it is missing or stale."""
    wanted = f"{sys.version_info.major}.{sys.version_info.minor}"
    found = venv_version()
    if found == wanted:
        return
    if VENV.exists():
        say(f"replacing stale .venv (Python {found or 'missing or broken'}, want {wanted})")
        shutil.rmtree(VENV)
    say(f"creating .venv with Python {sys.version.split()[0]}")
    status = run([sys.executable, "-m", "venv", VENV])
    if status != 0:
        sys.exit(
            "bootstrap: could not create .venv; on Debian/Ubuntu install the venv module"
            f" (apt-get install python{wanted}-venv) and run this again"
        )


def read_stamp() -> dict[str, str]:
    """What .venv holds: profile name (``runtime``, ``dev``) to `profile_digest`."""
    try:
        stamp = json.loads(STAMP.read_text())
    except (OSError, ValueError):
        return {}
    return stamp if isinstance(stamp, dict) else {}


def ensure_installed(dev: bool) -> None:
    """Install the locked dependencies and the project, unless the stamp says they are."""
    started = time.monotonic()
    ensure_venv()
    profile, locks = ("dev", [RUNTIME_LOCK, DEV_LOCK]) if dev else ("runtime", [RUNTIME_LOCK])
    current = {
        "runtime": profile_digest([RUNTIME_LOCK]),
        "dev": profile_digest([RUNTIME_LOCK, DEV_LOCK]),
    }
    stamp = read_stamp()
    # The dev profile pins the same runtime versions, so it satisfies a runtime set-up too.
    if stamp.get(profile) == current[profile] or stamp.get("dev") == current["dev"]:
        say(f"dependencies up to date ({', '.join(locks)})")
        return
    STAMP.unlink(missing_ok=True)
    pip: Command = [PYTHON, "-m", "pip", "install", "--quiet", "--disable-pip-version-check"]
    for lock in locks:
        say(f"installing {lock}")
        check([*pip, "--require-hashes", "-r", lock])
    say("installing newstrace (editable)")
    check([*pip, "--no-deps", "--no-build-isolation", "-e", "."])
    still_valid = {key: value for key, value in stamp.items() if current.get(key) == value}
    STAMP.write_text(json.dumps({**still_valid, profile: current[profile]}, indent=2) + "\n")
    say(f"set-up done in {time.monotonic() - started:.0f} s")


def demo(args: Sequence[str]) -> int:
    """Ingest the bundled examples into newstrace-demo.db here; print speakers and quotes."""
    ensure_installed(dev=False)
    say("newstrace demo")
    keep = [] if "--db" in args else ["--db", "newstrace-demo.db"]
    return run([BIN / "newstrace", "demo", *keep, *args])


def test(args: Sequence[str]) -> int:
    """ruff check, mypy and pytest; all run, and any failure fails the whole."""
    ensure_installed(dev=True)
    steps: dict[str, Command] = {
        "ruff check": [PYTHON, "-m", "ruff", "check"],
        "mypy": [PYTHON, "-m", "mypy"],
        "pytest": [PYTHON, "-m", "pytest", *args],
    }
    failed = []
    for name, command in steps.items():
        say(name)
        status = run(command)
        if status == 5 and name == "pytest":
            print("bootstrap: pytest collected no tests", file=sys.stderr)
        if status != 0:
            failed.append(f"{name} (exit {status})")
    if failed:
        print(f"bootstrap: failed: {', '.join(failed)}", file=sys.stderr)
        return 1
    return 0


def lint(args: Sequence[str]) -> int:
    ensure_installed(dev=True)
    steps: dict[str, Command] = {
        "ruff check": [PYTHON, "-m", "ruff", "check", *args],
        "ruff format --check": [PYTHON, "-m", "ruff", "format", "--check", *args],
        "mypy": [PYTHON, "-m", "mypy"],
    }
    statuses = []
    for name, command in steps.items():
        say(name)
        statuses.append(run(command))
    return 1 if any(statuses) else 0


def format_code(args: Sequence[str]) -> int:
    ensure_installed(dev=True)
    say("ruff format")
    check([PYTHON, "-m", "ruff", "format", *args])
    say("ruff check --fix")
    return run([PYTHON, "-m", "ruff", "check", "--fix", *args])


def bench(args: Sequence[str]) -> int:
    ensure_installed(dev=False)
    say("python -m bench.bench_textpage " + " ".join(args))
    return run([PYTHON, "-m", "bench.bench_textpage", *args])


def setup(args: Sequence[str]) -> int:
    ensure_installed(dev=True)
    return 0


def pypi_only_env() -> dict[str, str]:
    """This environment without pip settings that point away from PyPI."""
    env = {key: value for key, value in os.environ.items() if key not in PIP_SOURCE_VARIABLES}
    env["PIP_CONFIG_FILE"] = os.devnull
    return env


def lock(args: Sequence[str]) -> int:
    """Regenerate both lock files from pyproject.toml, against PyPI."""
    ensure_venv()
    env = pypi_only_env()
    probe = subprocess.run([PYTHON, "-c", "import piptools"], capture_output=True, check=False)
    if probe.returncode != 0:
        say("installing pip-tools into .venv")
        check([PYTHON, "-m", "pip", "install", "--quiet", "-U", "pip", "pip-tools"], env)
    compile_: Command = [PYTHON, "-m", "piptools", "compile", "pyproject.toml", "--quiet"]
    compile_ += ["--generate-hashes", "--allow-unsafe", "--all-build-deps", "--strip-extras"]
    compile_ += ["--index-url", PYPI, "--no-emit-index-url", "--no-emit-find-links", *args]
    say(f"locking {RUNTIME_LOCK}")
    check([*compile_, "--output-file", RUNTIME_LOCK], env)
    say(f"locking {DEV_LOCK} (constrained by {RUNTIME_LOCK})")
    check([*compile_, "--extra", "dev", "-c", RUNTIME_LOCK, "--output-file", DEV_LOCK], env)
    say("done; commit pyproject.toml and both lock files")
    return 0


COMMANDS = {
    "demo": demo,
    "test": test,
    "setup": setup,
    "lint": lint,
    "format": format_code,
    "bench": bench,
    "lock": lock,
}


def main(argv: Sequence[str]) -> int:
    if sys.version_info < MIN_PYTHON:
        sys.exit(f"bootstrap: newstrace needs Python 3.11 or newer; this is {sys.version}")
    name, args = (argv[0], argv[1:]) if argv else ("demo", [])
    if name in ("-h", "--help", "help"):
        print(__doc__)
        return 0
    command = COMMANDS.get(name)
    if command is None:
        print(__doc__, file=sys.stderr)
        sys.exit(f"bootstrap: unknown command {name!r}; use one of {', '.join(COMMANDS)}")
    return command(args)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
