# Send one message, retry only when the server failed (5xx) or asked to slow down (429), and
# explain every other error.
# Python 3.8 or later, standard library only: python3 send_with_retry.py
# SIGNALWIRE_TO picks the recipient; RETRY_BASE_MS the first backoff window (1000 ms).
import base64
import json
import os
import random
import socket
import sys
import time
import urllib.error
import urllib.request

URL = f"{os.environ['SIGNALWIRE_SPACE_URL']}/api/messaging/messages"
CREDENTIALS = f"{os.environ['SIGNALWIRE_PROJECT_ID']}:{os.environ['SIGNALWIRE_API_TOKEN']}"
AUTHORIZATION = "Basic " + base64.b64encode(CREDENTIALS.encode()).decode()
TO = os.environ.get("SIGNALWIRE_TO", "+15550001111")
BASE_SECONDS = float(os.environ.get("RETRY_BASE_MS", "1000")) / 1000
MAX_ATTEMPTS = 4


class ApiError(Exception):
    def __init__(self, failure):
        # 422: {"errors": [...]}. Any other status: {"error": "Unauthorized"} and the like, or no JSON.
        try:
            body = json.load(failure)
        except ValueError:
            body = None  # a proxy in the way may answer with a page that is not JSON
        if not isinstance(body, dict):
            body = {}
        super().__init__(f"HTTP {failure.code}: {body.get('error') or failure.reason}")
        self.status = failure.code
        self.errors = body.get("errors", []) if failure.code == 422 else []


def send_message(message):
    data = json.dumps(message).encode()
    for attempt in range(1, MAX_ATTEMPTS + 1):
        request = urllib.request.Request(
            URL,
            data=data,
            method="POST",
            headers={"Authorization": AUTHORIZATION, "Content-Type": "application/json"},
        )
        try:
            # A timeout or a dropped connection raises OSError here and is never retried: the
            # message may already exist, and sending again could deliver it twice.
            with urllib.request.urlopen(request, timeout=30) as response:
                return json.load(response)
        except urllib.error.HTTPError as failure:
            # Only a rate limit and the server's own failures are worth another try; any other 4xx
            # answers the same every time.
            retryable = failure.code == 429 or failure.code >= 500
            if not retryable or attempt == MAX_ATTEMPTS:
                raise ApiError(failure) from None
            status = failure.code
        # Exponential backoff with full jitter: a random wait of up to 1, 2, 4 ... times the base.
        delay = random.uniform(0, BASE_SECONDS * 2 ** (attempt - 1))
        print(f"HTTP {status} on attempt {attempt} of {MAX_ATTEMPTS}; trying again in {delay * 1000:.0f} ms.",
              file=sys.stderr)
        time.sleep(delay)


def explain(error):
    # A token without the Messaging scope: SignalWire's general error page gives it 403, the
    # messaging reference lists only 401. Handle both.
    if error.status == 401:
        print(f"{error}. Check SIGNALWIRE_PROJECT_ID, SIGNALWIRE_API_TOKEN and the token's Messaging scope.",
              file=sys.stderr)
    elif error.status == 403:
        print(f"{error}. Give the API token the Messaging scope.", file=sys.stderr)
    elif error.status != 422:
        print(error, file=sys.stderr)
    for e in error.errors:
        if e["code"] == "invalid_from_number":
            print(f"{e['code']}: Send from a number your project purchased; verified caller IDs cannot send.",
                  file=sys.stderr)
        elif e["code"] == "body_or_media_required":
            print(f"{e['code']}: Give the message a body, media, or both.", file=sys.stderr)
        else:
            # attribute names the field at fault; it is missing, None or "base" for the request as a whole.
            attribute = f" ({e['attribute']})" if e.get("attribute") else ""
            print(f"{e['code']}{attribute}: {e['message']} {e['url']}", file=sys.stderr)


try:
    message = send_message({"to": TO, "from": "+15559876543", "body": "Hello from SignalWire"})
    print(f"Message {message['id']} is {message['status']}.")
except ApiError as error:
    explain(error)
    sys.exit(1)
except (socket.timeout, TimeoutError):
    print("No answer in 30 s. Not sent again: look for the message in your logs first.", file=sys.stderr)
    sys.exit(1)
except OSError as error:
    reason = getattr(error, "reason", error)
    print(f"The request failed before an answer came: {reason}. Not sent again.", file=sys.stderr)
    sys.exit(1)
