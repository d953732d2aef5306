#!/usr/bin/env python3
"""A loopback HTTP server that receives Leerlijn's webhook events and BRLO dossiers, for the export tests.

Usage: document_sink.py --port PORT --log FILE [--secret KEY] [--header X-Leerlijn-Signature] [--token TOKEN]
                        [--tls CERT.pem KEY.pem]

Every POST is appended to FILE as one JSON line: {"path", "id", "type", "signatureValid", "duplicate", "body"}.
With --secret, a POST whose signature header is not "sha256=" + HMAC-SHA256(KEY, body) is answered 401 and not
recorded as received; with --token, a POST without "Authorization: Bearer TOKEN" is answered 401. A POST whose
X-Leerlijn-Id was received before is answered 200 again and recorded with "duplicate": true, as a receiver that
keeps the ids does. With --tls it speaks HTTPS with that certificate. Only binds 127.0.0.1. Stops on SIGTERM.
"""
import argparse
import hashlib
import hmac
import http.server
import json
import socketserver
import ssl
import threading

from json_answers import JSONAnswerHandler

parser = argparse.ArgumentParser()
parser.add_argument("--port", type=int, required=True)
parser.add_argument("--log", required=True)
parser.add_argument("--secret")
parser.add_argument("--header", default="X-Leerlijn-Signature")
parser.add_argument("--token")
parser.add_argument("--tls", nargs=2, metavar=("CERT", "KEY"))
args = parser.parse_args()
lock = threading.Lock()
seen = set()


class Handler(JSONAnswerHandler):

    def do_POST(self):
        body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
        if args.token and self.headers.get("Authorization") != "Bearer " + args.token:
            return self.answer(401, "bad token")
        valid = None
        if args.secret:
            expected = "sha256=" + hmac.new(args.secret.encode(), body, hashlib.sha256).hexdigest()
            valid = hmac.compare_digest(expected, self.headers.get(args.header, ""))
            if not valid:
                return self.answer(401, "bad signature")
        identifier = self.headers.get("X-Leerlijn-Id")
        with lock:
            duplicate = identifier in seen
            seen.add(identifier)
            with open(args.log, "a") as log:
                log.write(json.dumps({"path": self.path, "id": identifier, "type": self.headers.get("X-Leerlijn-Type"),
                                      "signatureValid": valid, "duplicate": duplicate, "body": body.decode()}) + "\n")
        self.answer(200, "duplicate" if duplicate else "received")


class Server(socketserver.ThreadingMixIn, http.server.HTTPServer):
    daemon_threads = True
    allow_reuse_address = True


server = Server(("127.0.0.1", args.port), Handler)
if args.tls:
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(args.tls[0], args.tls[1])
    server.socket = context.wrap_socket(server.socket, server_side=True)
server.serve_forever()
