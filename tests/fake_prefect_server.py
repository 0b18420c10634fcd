"""A stand-in for `prefect server start` in tests of flows/server.py: answers /api/health,
and logs a line to stderr for every other request, as Prefect's server logs a warning when
it refuses a large event. Usage: python tests/fake_prefect_server.py PORT"""

import sys
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class Handler(BaseHTTPRequestHandler):
    def do_GET(self):  # noqa: N802 (the stdlib's name)
        if self.path == "/api/health":
            body = b"true"
        else:
            print(f"WARNING | refusing to publish an event for {self.path}", file=sys.stderr)
            sys.stderr.flush()
            body = b"{}"
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):  # the access log stays quiet, as Prefect's does
        pass


print("fake prefect server starting", flush=True)
ThreadingHTTPServer(("127.0.0.1", int(sys.argv[1])), Handler).serve_forever()
