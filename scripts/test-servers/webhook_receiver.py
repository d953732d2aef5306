#!/usr/bin/env python3
"""A loopback receiver of Leerlijn's webhook deliveries that verifies them as a Standard Webhooks consumer does,
with the reference library (PyPI `standardwebhooks`, installed in .venv-webhooks by install-webhooks.sh).

Usage: webhook_receiver.py --port PORT --log FILE --secret whsec_... [--secret whsec_...] [--clock-skew SECONDS]
                           [--answer STATUS]

A POST is verified with standardwebhooks.Webhook(secret).verify(body, headers) for each --secret (a receiver that
knows any one of the keys accepts, as during a key rotation): a missing header, a signature that matches none of the
keys, or a webhook-timestamp more than 5 minutes from the receiver's clock (the library's tolerance: a replay) is
answered 401 and logged with "accepted": false and the library's reason. An accepted delivery whose webhook-id was
accepted before is answered 200 and logged with "duplicate": true, and processed only once (dedupe on the signed id).
--clock-skew runs the receiver's clock that many seconds ahead (to replay a captured delivery "later").
--answer answers every verified delivery with that status instead (e.g. 409, 410), logged as not processed.

Every POST is appended to FILE as one JSON line: {"path", "id", "type", "accepted", "duplicate", "reason", "status",
"headers", "body"}. Only binds 127.0.0.1. Stops on SIGTERM.
"""
import argparse
import datetime as _datetime
import http.server
import json
import socketserver
import threading

import standardwebhooks.webhooks as reference
from standardwebhooks import Webhook
from standardwebhooks.webhooks import WebhookVerificationError

from json_answers import JSONAnswerHandler

parser = argparse.ArgumentParser()
parser.add_argument("--port", type=int, required=True)
parser.add_argument("--log", required=True)
parser.add_argument("--secret", action="append", required=True)
parser.add_argument("--clock-skew", type=float, default=0)
parser.add_argument("--answer", type=int)
args = parser.parse_args()

if args.clock_skew:
    skew = _datetime.timedelta(seconds=args.clock_skew)

    class SkewedClock(_datetime.datetime):
        @classmethod
        def now(cls, tz=None):
            return _datetime.datetime.now(tz) + skew

    reference.datetime = SkewedClock

hooks = [Webhook(secret) for secret in args.secret]
lock = threading.Lock()
seen = set()


class Handler(JSONAnswerHandler):

    def do_POST(self):
        body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
        headers = {key: value for key, value in self.headers.items()}
        reason = None
        accepted = False
        for hook in hooks:
            try:
                hook.verify(body, headers)
                accepted = True
                break
            except WebhookVerificationError as error:
                reason = str(error)
        identifier = self.headers.get("webhook-id")
        with lock:
            duplicate = accepted and identifier in seen
            if accepted and args.answer is None:
                seen.add(identifier)
            status = 401 if not accepted else (args.answer or 200)
            with open(args.log, "a") as log:
                log.write(json.dumps({"path": self.path, "id": identifier, "type": self.headers.get("X-Leerlijn-Type"),
                                      "accepted": accepted, "duplicate": duplicate, "reason": None if accepted else reason,
                                      "status": status, "headers": headers, "body": body.decode()}) + "\n")
        if not accepted:
            return self.answer(401, reason or "not verified")
        if args.answer is not None:
            return self.answer(args.answer, "answered as told")
        self.answer(200, "duplicate" if duplicate else "received")


class Server(socketserver.ThreadingMixIn, http.server.HTTPServer):
    daemon_threads = True
    allow_reuse_address = True


Server(("127.0.0.1", args.port), Handler).serve_forever()
