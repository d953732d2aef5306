#!/usr/bin/env python3
"""A loopback HTTP proxy that injects faults in front of a real server, for Leerlijn's export tests.

Usage: faulty_proxy.py --port PORT --upstream http://127.0.0.1:UPSTREAM --plan 500,429,drop,slow,ok,...

Each POST takes the next step of the plan; when the plan is used up, requests pass through. Steps:
  500    answer 500 without forwarding
  429    answer 429 with Retry-After: 1 without forwarding
  drop   close the connection without an answer (after forwarding: the upstream stored it)
  lost   close the connection without an answer and without forwarding
  slow   wait 2 seconds, then forward
  hang   forward (the upstream stores it), then hold the answer back for 60 seconds: a client killed meanwhile
         sent the request and never learned the answer
  ok     forward
GET and other methods always pass through. Only binds 127.0.0.1. Stops on SIGTERM.
"""
import argparse
import http.client
import http.server
import socketserver
import threading
import time
import urllib.parse

parser = argparse.ArgumentParser()
parser.add_argument("--port", type=int, required=True)
parser.add_argument("--upstream", required=True)
parser.add_argument("--plan", default="")
args = parser.parse_args()
upstream = urllib.parse.urlparse(args.upstream)
plan = [step for step in args.plan.split(",") if step]
lock = threading.Lock()


def next_step():
    with lock:
        return plan.pop(0) if plan else "ok"


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *_):
        pass

    def forward(self, body):
        connection = http.client.HTTPConnection(upstream.hostname, upstream.port, timeout=60)
        headers = {k: v for k, v in self.headers.items() if k.lower() not in ("host", "connection")}
        connection.request(self.command, self.path, body=body, headers=headers)
        response = connection.getresponse()
        data = response.read()
        return response.status, response.getheaders(), data

    def answer(self, status, headers, data):
        self.send_response(status)
        for key, value in headers:
            if key.lower() not in ("transfer-encoding", "connection", "content-length", "server", "date"):
                self.send_header(key, value)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def handle_any(self):
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else None
        step = next_step() if self.command == "POST" else "ok"
        if step == "500":
            return self.answer(500, [("Content-Type", "text/plain")], b"injected failure")
        if step == "429":
            return self.answer(429, [("Retry-After", "1"), ("Content-Type", "text/plain")], b"slow down")
        if step == "lost":
            self.close_connection = True
            self.connection.close()
            return
        if step == "slow":
            time.sleep(2)
        status, headers, data = self.forward(body)
        if step == "hang":
            time.sleep(60)
        if step == "drop":
            self.close_connection = True
            self.connection.close()
            return
        self.answer(status, headers, data)

    do_GET = do_POST = do_PUT = do_DELETE = handle_any


class Server(socketserver.ThreadingMixIn, http.server.HTTPServer):
    daemon_threads = True
    allow_reuse_address = True


Server(("127.0.0.1", args.port), Handler).serve_forever()
