"""Ralph's LRS API (ralph.api:app) with the fs backend writing in APPEND mode.

Ralph 5.1.0's filesystem data backend has a class attribute
`default_operation_type = BaseOperationType.CREATE` and no setting or
environment variable to change it. The fs LRS backend writes every POST/PUT to
the same file (`fs_lrs.jsonl`), so with CREATE the first write creates it and
every later write fails ("already exists ... create or index") -> HTTP 500.
Patching the class attribute to APPEND before the API module builds its backend
client makes every write append JSON lines to that file.

Served with:  uvicorn ralph_append_app:app --app-dir scripts/lrs
(see start-ralph.sh, which also sets the RALPH_* environment).
"""

from ralph.backends.data.base import BaseOperationType
from ralph.backends.data.fs import FSDataBackend
from ralph.backends.lrs.fs import FSLRSBackend

FSDataBackend.default_operation_type = BaseOperationType.APPEND
FSLRSBackend.default_operation_type = BaseOperationType.APPEND

from ralph.api import app  # noqa: E402  (must come after the patch)
from ralph.conf import settings  # noqa: E402

if settings.RUNSERVER_BACKEND != "fs":
    raise RuntimeError(
        "ralph_append_app is only meant for the fs backend "
        f"(RALPH_RUNSERVER_BACKEND={settings.RUNSERVER_BACKEND!r})"
    )

__all__ = ["app"]
