# A status callback receiver: Python 3.8 or later, standard library only. PORT defaults to 3001.
# SIGNALWIRE_SIGNING_KEY: your project's Signing Key (Dashboard > API Credentials); during a key
# change, SIGNALWIRE_SIGNING_KEY_PREVIOUS: the one before it. PUBLIC_URL: the URL SignalWire
# calls, exactly as given in status_callback (unset: the URL the request came to).
# It listens on 127.0.0.1: put a tunnel or a reverse proxy in front of it to take real callbacks.
import hashlib
import hmac
import json
import os
import sys
from http.server import BaseHTTPRequestHandler, HTTPServer

SIGNING_KEYS = [key for key in (os.environ.get("SIGNALWIRE_SIGNING_KEY"), os.environ.get("SIGNALWIRE_SIGNING_KEY_PREVIOUS")) if key]
if not SIGNING_KEYS:
    sys.exit("Set SIGNALWIRE_SIGNING_KEY to your Signing Key.")


def signed_by_signalwire(url, raw_body, signature):
    """SignalWire signs the URL it called followed by the body as sent: hex HMAC-SHA1 with the key."""
    if signature is None:
        return False
    for key in SIGNING_KEYS:
        expected = hmac.new(key.encode(), url.encode() + raw_body, hashlib.sha1).hexdigest()
        # compare_digest takes as long whatever matches, so timing tells an attacker nothing.
        if hmac.compare_digest(expected.encode(), signature.encode()):
            return True
    return False


# Callbacks can repeat and arrive out of order: remember what was handled, by id and status.
handled = set()
FINAL_STATUSES = {"delivered", "undelivered", "failed"}


class StatusCallback(BaseHTTPRequestHandler):
    def do_POST(self):
        # The body's bytes as they came, before any parsing: a parsed and re-serialized body differs.
        raw_body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
        url = os.environ.get("PUBLIC_URL") or f"http://{self.headers['Host']}{self.path}"
        if not signed_by_signalwire(url, raw_body, self.headers.get("X-SignalWire-Signature")):
            self.send_response(403)
            self.end_headers()
            return
        # Answer 200 first and quickly; do slow work after answering.
        self.send_response(200)
        self.end_headers()
        try:
            event = json.loads(raw_body)
        except ValueError:
            return
        # SignalWire signs its other webhooks the same way: handle message status events only.
        if not isinstance(event, dict) or "id" not in event or "status" not in event:
            return
        key = (event["id"], event["status"])
        if key in handled:
            return
        handled.add(key)
        final = " (final)" if event["status"] in FINAL_STATUSES else ""
        # error_code can be None while error_message says what failed, and a code can be one the
        # catalog does not list (such as a numeric LaML code): print whichever is there.
        error = ""
        if event.get("error_code") or event.get("error_message"):
            error = f" {event.get('error_code') or 'no code'}: {event.get('error_message') or ''}"
        # The custom_variables the message was sent with, if any, come back with every event.
        variables = "".join(f" {key}={value}" for key, value in event.get("custom_variables", {}).items())
        print(f"{event['id']} {event['status']}{final}{error}{variables}", flush=True)

    def log_message(self, format, *args):
        pass  # keep the output to one line per event


server = HTTPServer(("127.0.0.1", int(os.environ.get("PORT", 3001))), StatusCallback)
print("Listening for status callbacks", flush=True)
server.serve_forever()
