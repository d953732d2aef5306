#!/usr/bin/env bash
# The Standard Webhooks reference verifier (PyPI `standardwebhooks`) in .venv-webhooks, for the webhook receiver of the
# export tests (scripts/test-servers/webhook_receiver.py). CI runs this; run it once by hand to run those tests locally.
set -euo pipefail
cd "$(dirname "$0")/../.."
if [ ! -x .venv-webhooks/bin/python ] || ! .venv-webhooks/bin/python -c "import standardwebhooks" 2>/dev/null; then
  if ! python3 -c 'import venv, ensurepip' >/dev/null 2>&1; then
    # Debian splits venv/ensurepip out of the interpreter package.
    SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq python3-venv
  fi
  python3 -m venv .venv-webhooks
  .venv-webhooks/bin/pip install --quiet --disable-pip-version-check "standardwebhooks==1.1.0"
fi
.venv-webhooks/bin/python -c "import standardwebhooks; print('standardwebhooks ready in .venv-webhooks')"
