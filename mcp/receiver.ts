// check_receiver: posts status callbacks to the reader's receiver as the sandbox signs them, and
// forged ones beside them, to show whether it checks X-SignalWire-Signature before it trusts one.
import type { SandboxConfig } from '../sandbox/core/config.ts';
import { callbackTimeoutMs, type StatusCallbackEvent } from '../sandbox/core/sandbox.ts';
import { sign, signatureHeader } from '../sandbox/core/signature.ts';

/** Whether a URL reaches only this machine: 127.0.0.0/8, localhost or [::1]. */
export function isLoopbackUrl(url: URL): boolean {
  const host = url.hostname.toLowerCase();
  return host === 'localhost' || host === '[::1]' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
}

interface Case {
  name: string;
  expected: 'accepted' | 'refused';
  /** Why a receiver that gets this case wrong is unsafe or broken. */
  ifWrong: string;
  body: string;
  signature: string | null;
}

export async function checkReceiver(given: string, config: SandboxConfig) {
  let url: URL;
  try {
    url = new URL(given.trim());
  } catch {
    throw new Error(`"${given}" is not a URL. Give your receiver's URL, such as http://127.0.0.1:3001/status.`);
  }
  if (!['http:', 'https:'].includes(url.protocol)) throw new Error(`${url.href} is not an http or https URL.`);
  if (!isLoopbackUrl(url)) {
    throw new Error(`check_receiver posts only to this machine: the host must be localhost, [::1] or in 127.0.0.0/8, not ${url.hostname}. Run the receiver locally and give its local URL.`);
  }
  const target = url.href;
  const event = (status: string): StatusCallbackEvent => ({
    id: crypto.randomUUID(),
    project_id: config.projectId,
    status,
    to: '+15550001111',
    from: config.fromNumbers[0],
    body: 'check_receiver: a test callback from the SignalWire docs',
    number_of_segments: 1,
    timestamp: new Date().toISOString().replace(/\.\d{3}Z$/, 'Z'),
    error_code: null,
    error_message: null,
  });
  const signed = async (body: string) => sign(config.signingKey, target, body);
  const sent = JSON.stringify(event('sent'));
  const delivered = JSON.stringify(event('delivered'));
  const original = JSON.stringify(event('delivered'));
  const changed = original.replace('"status":"delivered"', '"status":"failed"');
  const other = JSON.stringify(event('delivered'));
  const cases: Case[] = [
    { name: 'signed correctly (sent)', expected: 'accepted', ifWrong: 'A receiver must accept what SignalWire signs: check the signature over the URL exactly as given in status_callback followed by the raw body bytes, hex HMAC-SHA1 with your Signing Key.', body: sent, signature: await signed(sent) },
    { name: 'signed correctly (delivered)', expected: 'accepted', ifWrong: 'A receiver must accept what SignalWire signs: check the signature over the URL exactly as given in status_callback followed by the raw body bytes, hex HMAC-SHA1 with your Signing Key.', body: delivered, signature: await signed(delivered) },
    { name: 'body changed after signing', expected: 'refused', ifWrong: 'The receiver trusts a body the signature does not cover: compute the HMAC over the body as received, not over a parsed copy, and compare.', body: changed, signature: await signed(original) },
    { name: 'wrong signature', expected: 'refused', ifWrong: 'The receiver accepts a signature made with another key: compare the header with the HMAC made with your own Signing Key.', body: other, signature: await sign(`${config.signingKey}-not-yours`, target, other) },
    { name: 'no signature', expected: 'refused', ifWrong: `The receiver accepts a callback without ${signatureHeader}: refuse it (403) before handling the event.`, body: other, signature: null },
  ];
  const results = [];
  for (const c of cases) {
    const headers: Record<string, string> = { 'Content-Type': 'application/json' };
    if (c.signature !== null) headers[signatureHeader] = c.signature;
    let status: number;
    try {
      const response = await fetch(target, { method: 'POST', headers, body: c.body, redirect: 'manual', signal: AbortSignal.timeout(callbackTimeoutMs) });
      await response.arrayBuffer();
      status = response.status;
    } catch (error) {
      const reason = String((error as Error).cause ?? (error as Error).message);
      throw new Error(`Could not post to ${target} (${reason}). Is the receiver running and listening there?`);
    }
    const got = status >= 200 && status < 300 ? 'accepted' : 'refused';
    results.push({ case: c.name, expected: c.expected, answered: status, got, ok: got === c.expected, ...(got !== c.expected ? { problem: c.ifWrong } : {}) });
  }
  const passed = results.every((r) => r.ok);
  return {
    url: target,
    signing_key: config.signingKey,
    passed,
    summary: passed
      ? 'The receiver accepts callbacks signed with the Signing Key and refuses the forged ones.'
      : `The receiver got ${results.filter((r) => !r.ok).length} of ${results.length} cases wrong: ${results.filter((r) => !r.ok).map((r) => r.case).join(', ')}.`,
    results,
  };
}
