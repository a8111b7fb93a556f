# Python 3.8 or later, standard library only: python3 send_sms.py
import base64
import json
import os
import sys
import urllib.error
import urllib.request

space_url = os.environ["SIGNALWIRE_SPACE_URL"]
credentials = f"{os.environ['SIGNALWIRE_PROJECT_ID']}:{os.environ['SIGNALWIRE_API_TOKEN']}"

request = urllib.request.Request(
    f"{space_url}/api/messaging/messages",
    method="POST",
    headers={
        "Authorization": "Basic " + base64.b64encode(credentials.encode()).decode(),
        "Content-Type": "application/json",
    },
    data=json.dumps({
        "to": "+15550001111",
        "from": "+15559876543",
        "body": "Hello from SignalWire",
    }).encode(),
)

try:
    with urllib.request.urlopen(request) as response:
        message = json.load(response)
except urllib.error.HTTPError as failure:
    if failure.code == 422:
        # The request broke one or more rules: one entry each.
        for error in json.load(failure)["errors"]:
            print(f"{error['code']}: {error['message']} {error['url']}", file=sys.stderr)
    else:
        # Any other error: {"error": "Unauthorized"} and the like, or no JSON at all (a proxy's page).
        try:
            reason = json.load(failure)["error"]
        except (ValueError, KeyError, TypeError):
            reason = failure.reason
        print(f"HTTP {failure.code}: {reason}", file=sys.stderr)
    sys.exit(1)

print(f"Message {message['id']} is {message['status']}.")
