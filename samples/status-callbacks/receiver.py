# A status callback receiver: Python 3.8 or later, standard library only. PORT defaults to 3001.
# It listens on 127.0.0.1: put a tunnel or a reverse proxy in front of it to take real callbacks.
import json
import os
from http.server import BaseHTTPRequestHandler, HTTPServer

# Callbacks can repeat and arrive out of order: remember what was handled, by id and status.
handled = set()
FINAL_STATUSES = {"delivered", "undelivered", "failed"}


class StatusCallback(BaseHTTPRequestHandler):
    def do_POST(self):
        body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
        # Answer 200 first and quickly; do slow work after answering.
        self.send_response(200)
        self.end_headers()
        try:
            event = json.loads(body)
        except ValueError:
            return
        key = (event["id"], event["status"])
        if key in handled:
            return
        handled.add(key)
        final = " (final)" if event["status"] in FINAL_STATUSES else ""
        error = f" {event['error_code']}: {event['error_message']}" if event["error_code"] else ""
        # The custom_variables the message was sent with, if any, come back with every event.
        variables = "".join(f" {key}={value}" for key, value in event.get("custom_variables", {}).items())
        print(f"{event['id']} {event['status']}{final}{error}{variables}", flush=True)

    def log_message(self, format, *args):
        pass  # keep the output to one line per event


server = HTTPServer(("127.0.0.1", int(os.environ.get("PORT", 3001))), StatusCallback)
print("Listening for status callbacks", flush=True)
server.serve_forever()
