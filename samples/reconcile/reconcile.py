# Status callbacks are hints: one can be late, repeated or lost, and nothing says it was lost.
# This sweep lists the message logs since the last sweep and reports every message whose final
# status your receiver never recorded, so your application can act on the log instead.
# Python 3.8 or later, standard library only: python3 reconcile.py
#   SINCE      the last sweep's start, an ISO 8601 time in UTC (default: 24 hours ago)
#   SEEN_FILE  what your receiver recorded, one "<message id> <status>" a line (default: seen.txt)
#   PAGE_SIZE  logs a page, from 1 to 1000 (default: 1000)
import base64
import json
import os
import sys
import urllib.error
import urllib.request
from datetime import datetime, timedelta, timezone

SPACE = os.environ["SIGNALWIRE_SPACE_URL"]
CREDENTIALS = f"{os.environ['SIGNALWIRE_PROJECT_ID']}:{os.environ['SIGNALWIRE_API_TOKEN']}"
AUTHORIZATION = "Basic " + base64.b64encode(CREDENTIALS.encode()).decode()
FINAL_STATUSES = {"delivered", "undelivered", "failed"}


def parse_time(text):
    # fromisoformat takes "Z" only from Python 3.11 on.
    return datetime.fromisoformat(text.replace("Z", "+00:00"))


since = parse_time(os.environ["SINCE"]) if "SINCE" in os.environ else datetime.now(timezone.utc) - timedelta(days=1)

# "<id> <status>", the first two words of each line the sample receivers print. No file yet
# means nothing was recorded: every final status counts as missed.
seen = set()
SEEN_FILE = os.environ.get("SEEN_FILE", "seen.txt")
if os.path.exists(SEEN_FILE):
    with open(SEEN_FILE, encoding="utf-8") as lines:
        seen = {" ".join(line.split()[:2]) for line in lines if len(line.split()) >= 2}


def get(url):
    request = urllib.request.Request(url, headers={"Authorization": AUTHORIZATION})
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return json.load(response)
    except urllib.error.HTTPError as failure:
        try:
            body = json.load(failure)
        except ValueError:
            body = {}
        if failure.code == 422:
            detail = ", ".join(e.get("code", "") for e in body.get("errors", []))
        else:
            detail = body.get("error") if isinstance(body, dict) else None
        raise RuntimeError(f"HTTP {failure.code}: {detail or failure.reason}") from None


# Whether a day filter's bounds are inclusive is not specified: ask from the day before, and
# compare each log's own time with SINCE.
day_before = (since - timedelta(days=1)).date().isoformat()
next_url = f"{SPACE}/api/messaging/logs?created_after={day_before}&page_size={os.environ.get('PAGE_SIZE', '1000')}"
missed = 0
try:
    while next_url:
        page = get(next_url)
        for log in page["data"]:
            if not log["direction"].startswith("outbound") or parse_time(log["created_at"]) < since:
                continue
            if log["status"] not in FINAL_STATUSES or f"{log['id']} {log['status']}" in seen:
                continue
            missed += 1
            # error_code can be None on a failure, and a code can be one the catalog does not list.
            error = ""
            if log.get("error_code") or log.get("error_message"):
                error = f" {log.get('error_code') or 'no code'}: {log.get('error_message') or ''}"
            print(f"missed {log['id']} {log['status']}{error}")
        # Follow the link as it is: it carries the page token the next page needs.
        next_url = page["links"].get("next")
    print(f"{missed} final status{'' if missed == 1 else 'es'} never reached the receiver.")
except (OSError, RuntimeError) as error:
    print(f"The sweep stopped: {getattr(error, 'reason', error)}. Run it again later from the same SINCE.", file=sys.stderr)
    sys.exit(1)
