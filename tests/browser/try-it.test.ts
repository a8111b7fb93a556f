// A reader's first request: from the reference page's console, through the sandbox.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Server } from 'node:http';
import type { Browser, Page } from 'playwright-core';
import { defaults } from '../../sandbox/core/config.ts';
import { launchBrowser, newContext, serveBuild } from '../helpers/browser.ts';
import { sandboxServer } from '../helpers/sandbox.ts';
import { spec } from '../helpers/spec.ts';

// The console offers the spec's servers, so the sandbox listens where the spec says.
const sandboxUrl: string = spec.servers.find((s: { url: string }) => s.url.startsWith('http://127.0.0.1')).url;

let browser: Browser;
let site: string;
let server: Server;
let sandbox: Awaited<ReturnType<typeof sandboxServer>>;

before(async () => {
  // The site is served on a port of its own, so the sandbox lets that origin call it (CORS).
  ({ url: site, server } = await serveBuild());
  sandbox = await sandboxServer({ allowedOrigins: [site] });
  const { hostname, port } = new URL(sandboxUrl);
  await sandbox.listen({ host: hostname, port: Number(port) }).catch((error: Error) => {
    throw new Error(`The sandbox needs ${sandboxUrl} for this test (is \`npm start\` running?): ${error.message}`);
  });
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  server?.close();
  await sandbox?.close();
});

async function openConsole(): Promise<Page> {
  const page = await (await newContext(browser)).newPage();
  await page.goto(`${site}/rest/messaging/send-message/`);
  const send = page.getByRole('button', { name: /send api request/i });
  await send.waitFor();
  await page.locator('.openapi-explorer__floating-btn').first().hover();
  await page.locator('.openapi-explorer__floating-btn button', { hasText: 'Edit' }).click();
  await page.locator('select.openapi-explorer__select-input').first().selectOption(sandboxUrl);
  await page.getByPlaceholder('Username').fill(defaults.projectId);
  await page.getByPlaceholder('Password').fill(defaults.apiToken);
  return page;
}

async function sendAndRead(page: Page): Promise<{ status: string; body: string }> {
  const response = page.locator('.openapi-explorer__response-container');
  await page.getByRole('button', { name: /clear/i }).click().catch(() => {});
  await page.getByRole('button', { name: /send api request/i }).click();
  const status = page.locator('.openapi-explorer__response-container [role="tab"]', { hasText: /^\s*\d{3}\s*$/ }).first();
  await status.waitFor();
  return { status: (await status.innerText()).trim(), body: await response.innerText() };
}

test('a reader sends a message to the sandbox from the reference page and gets 201', async () => {
  const page = await openConsole();
  const { status, body } = await sendAndRead(page);
  assert.equal(status, '201');
  assert.match(body, /"status": "queued"/);
  await page.close();
});

test('neither body nor media gets 422 body_or_media_required, whose url lands on the code', async () => {
  const page = await openConsole();
  const editor = page.locator('.openapi-explorer__playground-editor pre[contenteditable]').first();
  const payload = { to: '+15551234567', from: defaults.fromNumbers[0] };
  // Typed key by key (the console's editor ignores text inserted in one go), then read back:
  // on a busy machine a keystroke can land before the editor has settled.
  for (let attempt = 0; attempt < 3; attempt++) {
    await editor.click();
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Delete');
    await page.keyboard.type(JSON.stringify(payload), { delay: 5 });
    const typed = await editor.innerText();
    try {
      if (JSON.stringify(JSON.parse(typed)) === JSON.stringify(payload)) break;
    } catch {
      // not JSON yet: type it again
    }
  }
  const { status, body } = await sendAndRead(page);
  assert.equal(status, '422');
  assert.match(body, /"code": "body_or_media_required"/);

  // The url names production; its path and anchor are this site's.
  const url = new URL(body.match(/"url": "([^"]+)"/)![1]);
  await page.goto(`${site}${url.pathname}${url.hash}`);
  await page.waitForLoadState('networkidle');
  const box = await page.locator(url.hash).boundingBox();
  assert.ok(box && box.y >= 0 && box.y < 200, `the code is at y=${box?.y}`);
  await page.close();
});

test('credentials live in sessionStorage only, and the code samples mask them', async () => {
  const page = await openConsole();
  await sendAndRead(page);
  const local = await page.evaluate(() => JSON.stringify(localStorage));
  const session = await page.evaluate(() => JSON.stringify(sessionStorage));
  assert.ok(!local.includes(defaults.apiToken), 'the token is in localStorage');
  assert.ok(session.includes(defaults.apiToken), 'the token is not kept for the tab');
  const samples = await page.locator('.openapi-tabs__code-container, .openapi-explorer__code-block-container, .theme-code-block').allInnerTexts();
  assert.ok(samples.length > 0, 'no code samples found');
  const encoded = Buffer.from(`${defaults.projectId}:${defaults.apiToken}`).toString('base64');
  for (const sample of samples) {
    assert.ok(!sample.includes(defaults.apiToken) && !sample.includes(encoded), `a code sample shows the credentials: ${sample.slice(0, 200)}`);
  }
  await page.close();
});
