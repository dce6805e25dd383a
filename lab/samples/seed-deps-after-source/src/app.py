"""Serves a greeting; the seed note's example app, on the standard library."""
import signal
import sys
from http.server import BaseHTTPRequestHandler, HTTPServer

from greeting import greeting


class Handler(BaseHTTPRequestHandler):
    def do_GET(self):
        body = greeting(self.path.strip("/") or "world").encode()
        self.send_response(200)
        self.send_header("Content-Type", "text/plain; charset=utf-8")
        self.end_headers()
        self.wfile.write(body)


# As PID 1, Python ignores SIGTERM unless it handles it: exit at once on `docker stop`.
signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
HTTPServer(("0.0.0.0", 8000), Handler).serve_forever()
