#!/usr/bin/env bash
# Install Ralph (an xAPI Learning Record Store, PyPI package ralph-malph) into an
# isolated virtualenv, for tests that talk to a real LRS on loopback.
# Idempotent: does nothing when the pinned version is already installed.
#
# Usage: scripts/lrs/install-ralph.sh
# Env:   RALPH_VENV     venv directory   (default: <repo>/.venv-lrs)
#        RALPH_VERSION  ralph-malph pin  (default: 5.1.0)
#        PYTHON         interpreter used to create the venv (default: python3)
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
venv="${RALPH_VENV:-$repo_root/.venv-lrs}"
version="${RALPH_VERSION:-5.1.0}"
python="${PYTHON:-python3}"

# Ralph 5.1.0's `lrs` extra does not pull in `requests`, yet ralph.api imports it
# (ralph/api/auth/oidc.py): without it `uvicorn ralph.api:app` dies with
# ModuleNotFoundError. So it is installed alongside.
extra_reqs=(requests==2.34.2)

# Prints the installed ralph-malph version if the LRS API can actually be imported
# with the fs backend (the way start-ralph.sh runs it); prints nothing otherwise.
installed_version() {
  local probe_dir
  probe_dir="$(mktemp -d)"
  (
    cd "$probe_dir"
    RALPH_RUNSERVER_BACKEND=fs RALPH_BACKENDS__LRS__FS__DEFAULT_DIRECTORY_PATH="$probe_dir/lrs" \
    RALPH_HISTORY_FILE="$probe_dir/history.json" RALPH_AUTH_FILE="$probe_dir/auth.json" \
    "$venv/bin/python" - <<'PY' 2>/dev/null
import importlib.metadata as m
import ralph.api  # noqa: F401  (needs the lrs extra + requests)
import ralph.cli  # noqa: F401  (`ralph auth` needs the cli extra)
import uvicorn  # noqa: F401
print(m.version("ralph-malph"))
PY
  ) || true
  rm -rf "$probe_dir"
  return 0
}

if [ -x "$venv/bin/python" ] && [ "$(installed_version)" = "$version" ]; then
  echo "ralph-malph $version already installed in $venv"
  exit 0
fi

if ! "$python" -c 'import venv, ensurepip' >/dev/null 2>&1; then
  # Debian splits venv/ensurepip out of the interpreter package.
  echo "python venv module missing; installing python3-venv" >&2
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq python3-venv
fi

if [ ! -x "$venv/bin/python" ]; then
  echo "Creating virtualenv $venv"
  "$python" -m venv "$venv"
fi

echo "Installing ralph-malph[cli,lrs]==$version ${extra_reqs[*]} into $venv"
"$venv/bin/python" -m pip install --quiet --disable-pip-version-check \
  "ralph-malph[cli,lrs]==$version" "${extra_reqs[@]}"

got="$(installed_version)"
if [ "$got" != "$version" ]; then
  echo "install-ralph: expected ralph-malph $version in $venv, found '${got:-nothing usable}'" >&2
  exit 1
fi
echo "ralph-malph $got installed in $venv"
