#!/usr/bin/env bash
# Install the xAPI validators the conformance tests run over Leerlijn's statements and profile into an isolated
# virtualenv: ADL's TinCanPython (PyPI `tincan`, the statement parser of ADL's libraries) and pyld (JSON-LD).
# Ralph's pydantic models come from Ralph's own venv (scripts/lrs/install-ralph.sh). Idempotent.
#
# Usage: scripts/xapi/install-validators.sh
# Env:   XAPI_VENV  venv directory (default: <repo>/.venv-xapi);  PYTHON  interpreter (default: python3)
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
venv="${XAPI_VENV:-$repo_root/.venv-xapi}"
python="${PYTHON:-python3}"
requirements=(tincan==1.0.0 pyld==3.3.0)

if [ -x "$venv/bin/python" ] && "$venv/bin/python" -c 'import tincan, pyld' >/dev/null 2>&1; then
  echo "xAPI validators already installed in $venv"
  exit 0
fi
if [ ! -x "$venv/bin/python" ]; then
  echo "Creating virtualenv $venv"
  "$python" -m venv "$venv"
fi
echo "Installing ${requirements[*]} into $venv"
"$venv/bin/python" -m pip install --quiet --disable-pip-version-check "${requirements[@]}"
"$venv/bin/python" -c 'import tincan, pyld' && echo "xAPI validators installed in $venv"
