// Node.js 18 or later, no packages (fetch is built in): node send-mms.mjs
// The .mjs name matters: it makes the file an ES module, where `await` works at the top level.
const spaceUrl = process.env.SIGNALWIRE_SPACE_URL;
const credentials = `${process.env.SIGNALWIRE_PROJECT_ID}:${process.env.SIGNALWIRE_API_TOKEN}`;

const response = await fetch(`${spaceUrl}/api/messaging/messages`, {
  method: 'POST',
  headers: {
    Authorization: `Basic ${Buffer.from(credentials).toString('base64')}`,
    'Content-Type': 'application/json',
  },
  body: JSON.stringify({
    to: '+15550001111',
    from: '+15559876543',
    body: 'Your order has shipped. Tracking details attached.',
    media: ['https://example.com/tracking.png'],
  }),
});
// A proxy in the way may answer with a page that is not JSON.
const result = await response.json().catch(() => null);

if (response.status === 422) {
  // The request broke one or more rules: one entry each.
  for (const error of result.errors) console.error(`${error.code}: ${error.message} ${error.url}`);
  process.exit(1);
}
if (!response.ok) {
  // Any other error: {"error": "Unauthorized"} and the like, or no JSON at all.
  console.error(`HTTP ${response.status}: ${result?.error ?? response.statusText}`);
  process.exit(1);
}
console.log(`Message ${result.id} is a ${result.kind} with ${result.media.length} attachment(s), ${result.status}.`);
