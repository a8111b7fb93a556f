// A reader's first request: from the reference page's console, through the Node sandbox at the
// server the spec documents. The sandbox listens on a free port, and the browser's requests for
// the documented address are sent there, so the test neither needs that port nor takes it from
// `npm start` or another run. And the code samples beside the console, which a reader copies into
// a terminal: the server and credentials they name.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import type { BrowserContext, Page } from 'playwright-core';
import { defaults } from '../../sandbox/core/config.ts';
import { inBrowserServer } from '../../sandbox/core/in-browser.ts';
import { hydrated, site, twoFrames, withContext } from '../helpers/browser.ts';
import { sandboxServer } from '../helpers/sandbox.ts';
import { spec } from '../helpers/spec.ts';

const documentedUrl: string = spec.servers.find((s: { url: string }) => s.url.startsWith('http://127.0.0.1')).url;

let sandbox: Awaited<ReturnType<typeof sandboxServer>>;
let sandboxUrl: string;
/** A sandbox that does not let the site's origin call it, as one started for another page. */
let closed: Awaited<ReturnType<typeof sandboxServer>>;
let closedUrl: string;

before(async () => {
  // The site is served on a port of its own, so the sandbox lets that origin call it (CORS).
  sandbox = await sandboxServer({ allowedOrigins: [site.url] });
  await sandbox.listen({ host: '127.0.0.1', port: 0 });
  sandboxUrl = `http://127.0.0.1:${(sandbox.server.address() as AddressInfo).port}`;
  closed = await sandboxServer({ allowedOrigins: ['http://localhost:3000'] });
  await closed.listen({ host: '127.0.0.1', port: 0 });
  closedUrl = `http://127.0.0.1:${(closed.server.address() as AddressInfo).port}`;
});
after(async () => {
  await sandbox?.close();
  await closed?.close();
});

/**
 * A context whose requests for the documented sandbox address go to this test's sandbox. Playwright
 * answers the CORS preflight of a routed request itself, so the sandbox's preflight rules are
 * tested over HTTP (tests/sandbox/); the browser still checks the sandbox's CORS headers on the
 * answer, which the console shows only if they allow the site's origin.
 */
function withSandbox(use: (context: BrowserContext) => Promise<void>, target = () => sandboxUrl): Promise<void> {
  return withContext({}, async (context) => {
    await context.route(`${documentedUrl}/**`, (route) =>
      route.continue({ url: target() + route.request().url().slice(documentedUrl.length) }),
    );
    await use(context);
  });
}

const panel = (page: Page) => page.locator('section[aria-labelledby="sandbox-events"]');

test('the panel names the sandbox on the reader\'s machine as where the request went', () =>
  withSandbox(async (context) => {
    const page = await openConsole(context);
    assert.equal((await sendAndRead(page)).status, '201');
    await panel(page).getByText(`Sent to the sandbox on your machine, ${new URL(documentedUrl).host}.`).waitFor();
  }));

test('a sandbox that refuses the page (CORS) is explained in seconds, with the setting that fixes it', () =>
  withSandbox(async (context) => {
    const page = await openConsole(context);
    await page.getByRole('button', { name: /send api request/i }).click();
    const alert = panel(page).getByRole('alert');
    await alert.waitFor({ timeout: 5000 });
    assert.match(await alert.innerText(), new RegExp(`No answer from ${new URL(documentedUrl).host}\\..*SANDBOX_ALLOWED_ORIGINS=${site.url}`));
    assert.match(await panel(page).innerText(), /no answer/);
  }, () => closedUrl));

async function openConsole(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${site.url}/rest/messaging/send-message/`);
  const send = page.getByRole('button', { name: /send api request/i });
  await send.waitFor();
  await page.locator('.openapi-explorer__floating-btn').first().hover();
  await page.locator('.openapi-explorer__floating-btn button', { hasText: 'Edit' }).click();
  await page.locator('select.openapi-explorer__select-input').first().selectOption(documentedUrl);
  await page.getByPlaceholder('Username').fill(defaults.projectId);
  await page.getByPlaceholder('Password').fill(defaults.apiToken);
  return page;
}

/** The code sample of one language tab, one line per line of code. */
async function sampleOf(page: Page, language: string): Promise<string> {
  await page.locator(`.openapi-tabs__code-item--${language}`).click();
  const block = page.locator('.openapi-tabs__code-container .openapi-explorer__code-block:visible').first();
  await block.waitFor();
  return (await block.innerText())
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .join('\n');
}

/** Every language's sample, once the curl one passes `ready` (the samples follow the form a render later). */
async function samples(page: Page, ready: (curl: string) => boolean): Promise<Record<string, string>> {
  let curl = '';
  for (const start = Date.now(); Date.now() - start < 10_000; await page.waitForTimeout(100)) {
    curl = await sampleOf(page, 'curl');
    if (ready(curl)) break;
  }
  assert.ok(ready(curl), `the curl sample never became what the form says:\n${curl}`);
  const found: Record<string, string> = { curl };
  const tabs = page.locator('.openapi-tabs__code-container:not(.openapi-tabs__code-container-inner) > ul > li[role="tab"]');
  for (const language of (await tabs.allTextContents()).map((l) => l.trim())) {
    if (language !== 'curl') found[language] = await sampleOf(page, language);
  }
  assert.ok(Object.keys(found).length >= 8, `${Object.keys(found).length} languages`);
  return found;
}

/** The credentials a sample's Basic header carries, decoded, or undefined when it has none. */
const basicOf = (code: string) => {
  const encoded = /Basic ([A-Za-z0-9+/]+=*)/.exec(code)?.[1];
  return encoded === undefined ? undefined : Buffer.from(encoded, 'base64').toString();
};

function neverTheThemesPlaceholders(found: Record<string, string>) {
  for (const [language, code] of Object.entries(found)) {
    assert.doesNotMatch(code, /<username>|<password>/, language);
    const decoded = basicOf(code);
    assert.ok(decoded === undefined || !/[<>$]/.test(decoded), `${language}'s header decodes to ${decoded}`);
  }
}

test("the code samples name the server selected and the credentials in use, or the guides' variables; never <username> or <password>", () =>
  withContext({}, async (context) => {
    const page = await context.newPage();
    await page.goto(`${site.url}/rest/messaging/send-message/`);
    await page.getByRole('button', { name: /send api request/i }).waitFor();
    const note = page.locator('.openapi-explorer__snippet-note');

    // The sandbox in the browser, with its test credentials filled in: no terminal reaches its
    // host, so the samples name the sandbox on the reader's machine, which has the same ones.
    let found = await samples(page, (curl) => curl.includes(`-u '${defaults.projectId}:${defaults.apiToken}'`));
    assert.ok(found.curl.startsWith(`curl -L '${documentedUrl}/api/messaging/messages'`), found.curl);
    assert.ok(!Object.values(found).some((code) => code.includes(new URL(inBrowserServer.url).host)), 'a sample names the in-browser host');
    assert.doesNotMatch(found.curl, /Authorization/);
    assert.equal(basicOf(found.python), `${defaults.projectId}:${defaults.apiToken}`);
    assert.match(await note.innerText(), /npx signalwire-messaging-sandbox/);
    neverTheThemesPlaceholders(found);

    // The reader's Space and their own credentials.
    await page.locator('.openapi-explorer__floating-btn').first().hover();
    await page.locator('.openapi-explorer__floating-btn button', { hasText: 'Edit' }).click();
    await page.locator('select.openapi-explorer__select-input').first().selectOption({ index: 1 });
    await page.locator('.openapi-explorer__server-container input').first().fill('acme');
    await page.getByPlaceholder('Username').fill('my-project-id');
    await page.getByPlaceholder('Password').fill('my-token');
    found = await samples(page, (curl) => curl.includes("-u 'my-project-id:my-token'"));
    assert.ok(found.curl.startsWith("curl -L 'https://acme.signalwire.com/api/messaging/messages'"), found.curl);
    for (const language of Object.keys(found).filter((l) => l !== 'curl')) {
      assert.equal(basicOf(found[language]), 'my-project-id:my-token', language);
      assert.match(found[language], /acme\.signalwire\.com/, language);
    }
    assert.equal(await note.count(), 0);
    neverTheThemesPlaceholders(found);

    // No credentials: the variables the guides export, by name.
    await page.getByPlaceholder('Username').fill('');
    await page.getByPlaceholder('Password').fill('');
    found = await samples(page, (curl) => curl.includes('-u "$SIGNALWIRE_PROJECT_ID:$SIGNALWIRE_API_TOKEN"'));
    assert.match(found.python, /Basic <base64 of SIGNALWIRE_PROJECT_ID:SIGNALWIRE_API_TOKEN>/);
    neverTheThemesPlaceholders(found);
  }));

async function sendAndRead(page: Page): Promise<{ status: string; body: string }> {
  const response = page.locator('.openapi-explorer__response-container');
  await page.getByRole('button', { name: /clear/i }).click().catch(() => {});
  await page.getByRole('button', { name: /send api request/i }).click();
  const status = page.locator('.openapi-explorer__response-container [role="tab"]', { hasText: /^\s*\d{3}\s*$/ }).first();
  await status.waitFor();
  return { status: (await status.innerText()).trim(), body: await response.innerText() };
}

test('a reader sends to the documented sandbox with their credentials and gets 201; the credentials stay in sessionStorage, and the curl sample sends the same request', () =>
  withSandbox(async (context) => {
    const page = await openConsole(context);
    const { status, body } = await sendAndRead(page);
    assert.equal(status, '201');
    assert.match(body, /"status": "queued"/);

    const local = await page.evaluate(() => JSON.stringify(localStorage));
    const session = await page.evaluate(() => JSON.stringify(sessionStorage));
    assert.ok(!local.includes(defaults.apiToken), 'the token is in localStorage');
    assert.ok(session.includes(defaults.apiToken), 'the token is not kept for the tab');
    const curl = await sampleOf(page, 'curl');
    assert.ok(curl.includes(`'${documentedUrl}/api/messaging/messages'`), curl);
    assert.ok(curl.includes(`-u '${defaults.projectId}:${defaults.apiToken}'`), curl);
  }));

// The console's store is created in its own chunk (src/theme/ApiItem/console-store.tsx), which
// reads back what the persistence middleware saved for the tab.
test('after a reload the console is still on the chosen server, with the credentials typed', () =>
  withSandbox(async (context) => {
    const page = await openConsole(context);
    await page.reload();
    await page.getByRole('button', { name: /send api request/i }).waitFor();
    await page.locator('.openapi-explorer__floating-btn').first().hover();
    await page.locator('.openapi-explorer__floating-btn button', { hasText: 'Edit' }).click();
    assert.equal(await page.locator('select.openapi-explorer__select-input').first().inputValue(), documentedUrl);
    assert.equal(await page.getByPlaceholder('Username').inputValue(), defaults.projectId);
    assert.equal(await page.getByPlaceholder('Password').inputValue(), defaults.apiToken);
    assert.equal((await sendAndRead(page)).status, '201');
  }));

test('neither body nor media gets 422 body_or_media_required, whose url lands on the code', () =>
  withSandbox(async (context) => {
    const page = await openConsole(context);
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
    await page.goto(`${site.url}${url.pathname}${url.hash}`);
    // Hydration may re-render above the code; where it lands counts once React is done.
    await hydrated(page);
    await twoFrames(page);
    const box = await page.locator(url.hash).boundingBox();
    assert.ok(box && box.y >= 0 && box.y < 200, `the code is at y=${box?.y}`);
  }));
