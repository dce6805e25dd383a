"""Serves a greeting; the seed note's example app, on the standard library."""
from http.server import BaseHTTPRequestHandler, HTTPServer

from greeting import greeting


class Handler(BaseHTTPRequestHandler):
    def do_GET(self):
        body = greeting(self.path.strip("/") or "world").encode()
        self.send_response(200)
        self.send_header("Content-Type", "text/plain; charset=utf-8")
        self.end_headers()
        self.wfile.write(body)


HTTPServer(("0.0.0.0", 8000), Handler).serve_forever()
