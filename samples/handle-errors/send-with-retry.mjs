// Send one message, retry only when the server failed (5xx) or asked to slow down (429), and
// explain every other error.
// Node.js 18 or later, no packages: node send-with-retry.mjs
// SIGNALWIRE_TO picks the recipient; RETRY_BASE_MS the first backoff window (1000 ms).
const url = `${process.env.SIGNALWIRE_SPACE_URL}/api/messaging/messages`;
const credentials = `${process.env.SIGNALWIRE_PROJECT_ID}:${process.env.SIGNALWIRE_API_TOKEN}`;
const authorization = `Basic ${Buffer.from(credentials).toString('base64')}`;
const to = process.env.SIGNALWIRE_TO ?? '+15550001111';
const baseMs = Number(process.env.RETRY_BASE_MS ?? 1000);
const maxAttempts = 4;

class ApiError extends Error {
  constructor(response, body) {
    // 422: {"errors": [...]}. Any other status: {"error": "Unauthorized"} and the like, or no JSON.
    super(`HTTP ${response.status}: ${body?.error ?? response.statusText}`);
    this.status = response.status;
    this.errors = response.status === 422 ? (body?.errors ?? []) : [];
  }
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function sendMessage(message) {
  for (let attempt = 1; ; attempt++) {
    // A timeout or a dropped connection throws here and is never retried: the message may
    // already exist, and sending again could deliver it twice.
    const response = await fetch(url, {
      method: 'POST',
      headers: { Authorization: authorization, 'Content-Type': 'application/json' },
      body: JSON.stringify(message),
      signal: AbortSignal.timeout(30_000),
    });
    // A proxy in the way may answer with a page that is not JSON.
    const body = await response.json().catch(() => null);
    if (response.ok) return body;
    // Only a rate limit and the server's own failures are worth another try; any other 4xx
    // answers the same every time.
    const retryable = response.status === 429 || response.status >= 500;
    if (!retryable || attempt === maxAttempts) throw new ApiError(response, body);
    // Exponential backoff with full jitter: a random wait of up to 1, 2, 4 ... times the base.
    const delay = Math.random() * baseMs * 2 ** (attempt - 1);
    console.error(`HTTP ${response.status} on attempt ${attempt} of ${maxAttempts}; trying again in ${Math.round(delay)} ms.`);
    await sleep(delay);
  }
}

function explain(error) {
  // A token without the Messaging scope: SignalWire's general error page gives it 403, the
  // messaging reference lists only 401. Handle both.
  if (error.status === 401) return console.error(`${error.message}. Check SIGNALWIRE_PROJECT_ID, SIGNALWIRE_API_TOKEN and the token's Messaging scope.`);
  if (error.status === 403) return console.error(`${error.message}. Give the API token the Messaging scope.`);
  if (error.status !== 422) return console.error(error.message);
  for (const e of error.errors) {
    switch (e.code) {
      case 'invalid_from_number':
        console.error(`${e.code}: Send from a number your project purchased; verified caller IDs cannot send.`);
        break;
      case 'body_or_media_required':
        console.error(`${e.code}: Give the message a body, media, or both.`);
        break;
      default:
        // attribute names the field at fault; it is missing, null or "base" for the request as a whole.
        console.error(`${e.code}${e.attribute ? ` (${e.attribute})` : ''}: ${e.message} ${e.url}`);
    }
  }
}

try {
  const message = await sendMessage({ to, from: '+15559876543', body: 'Hello from SignalWire' });
  console.log(`Message ${message.id} is ${message.status}.`);
} catch (error) {
  if (error instanceof ApiError) explain(error);
  else if (error.name === 'TimeoutError') console.error('No answer in 30 s. Not sent again: look for the message in your logs first.');
  else console.error(`The request failed before an answer came: ${error.cause?.message ?? error.message}. Not sent again.`);
  process.exitCode = 1;
}
