// Webhook signatures as SignalWire makes them for JSON callbacks: the hex HMAC-SHA1, keyed with
// the project's Signing Key, of the URL called followed by the body exactly as sent. Its SDK's
// validateRequest checks the same string, so a receiver written against the sandbox passes
// against the API. WebCrypto only: the sandbox in the reader's browser signs with this too.

export const signatureHeader = 'X-SignalWire-Signature';

const encoder = new TextEncoder();

const hmacKey = (signingKey: string, usage: 'sign' | 'verify') =>
  crypto.subtle.importKey('raw', encoder.encode(signingKey), { name: 'HMAC', hash: 'SHA-1' }, false, [usage]);

/** The value of `X-SignalWire-Signature` for a POST of `body` to `url`. */
export async function sign(signingKey: string, url: string, body: string): Promise<string> {
  const mac = await crypto.subtle.sign('HMAC', await hmacKey(signingKey, 'sign'), encoder.encode(url + body));
  return [...new Uint8Array(mac)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** Whether `signature` signs `body` sent to `url`; false for a missing or malformed one, and for
 * hex in capitals, which SignalWire's validateRequest refuses too. */
export async function verify(signingKey: string, url: string, body: string, signature: string | null | undefined): Promise<boolean> {
  if (!signature || !/^[0-9a-f]{40}$/.test(signature)) return false;
  const bytes = new Uint8Array(signature.match(/../g)!.map((pair) => parseInt(pair, 16)));
  // subtle.verify compares in constant time, so the answer's timing tells nothing about the MAC.
  return crypto.subtle.verify('HMAC', await hmacKey(signingKey, 'verify'), bytes, encoder.encode(url + body));
}
