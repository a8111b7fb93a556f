// The reference page as a reader sees it, in Debian's Chromium.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { hydrated, scriptsOf, site, withPage } from '../helpers/browser.ts';
import { spec } from '../helpers/spec.ts';
import { inBrowserServer } from '../../sandbox/core/in-browser.ts';

/** Runs `use` on the send-message page once its console has loaded. */
function withConsole(use: (page: Page) => Promise<void>): Promise<void> {
  return withPage({}, async (page) => {
    await page.goto(`${site.url}/rest/messaging/send-message/`);
    await page.getByRole('button', { name: /send api request/i }).waitFor();
    await use(page);
  });
}

const request = spec.components.schemas.SendMessageRequest;
const message = spec.components.schemas.Message;
const statuses: string[] = spec.components.schemas.MessageStatus.enum;
const responses = Object.keys(spec.paths['/api/messaging/messages'].post.responses);

test('the send-message page shows every request field, response status, message field and status', () =>
  withConsole(async (page) => {
    const main = page.locator('main');
    for (const field of Object.keys(request.properties)) {
      await main.locator('strong', { hasText: new RegExp(`^${field}$`) }).first().waitFor();
    }
    for (const status of responses) {
      await main.getByRole('tab', { name: status, exact: true }).waitFor();
    }
    for (const field of Object.keys(message.properties)) {
      await main.locator('strong', { hasText: new RegExp(`^${field}$`) }).first().waitFor();
    }
    const text = await main.innerText();
    for (const status of statuses) assert.ok(text.includes(status), status);
    for (const example of ['sms', 'mms', 'forcedMms', 'statusCallback']) {
      await main.getByRole('tab', { name: example, exact: true }).first().waitFor();
    }
  }));

test('each error status lists its codes, linked to their anchors', () =>
  withConsole(async (page) => {
    await page.locator('main').getByRole('tab', { name: '422', exact: true }).click();
    const link = page.locator('main a[href="/rest/overview/error-codes/#body_or_media_required"]');
    await link.first().waitFor();
  }));

const sandboxUrl = spec.servers.find((s: { url: string }) => s.url.startsWith('http://127.0.0.1')).url as string;

test('the try-it panel starts on the in-browser sandbox and offers the Space with its variable and Basic auth', () =>
  withConsole(async (page) => {
    await page.getByPlaceholder('Username').waitFor();
    await page.getByPlaceholder('Password').waitFor();
    assert.equal(await page.locator('.openapi-explorer__server-url').first().innerText(), inBrowserServer.url);
    // Whatever the console targets, the line under the title is the API's real address.
    const endpoint = page.locator('article .openapi__method-endpoint-path').first();
    assert.equal(await endpoint.innerText(), 'https://{space}.signalwire.com/api/messaging/messages');
    await page.locator('.openapi-explorer__floating-btn').first().hover();
    await page.locator('.openapi-explorer__floating-btn button', { hasText: 'Edit' }).click();
    const servers = page.locator('select.openapi-explorer__select-input').first();
    assert.deepEqual(await servers.locator('option').allInnerTexts(), [inBrowserServer.url, ...spec.servers.map((s: { url: string }) => s.url)]);
    await servers.selectOption('https://{space}.signalwire.com');
    // The Space's name is a variable the reader edits, with the spec's default.
    assert.equal(await page.locator('.openapi-explorer__server-container input').first().inputValue(), 'example');
    await servers.selectOption(sandboxUrl);
    assert.equal(await endpoint.innerText(), 'https://{space}.signalwire.com/api/messaging/messages');
  }));

test('the webhook page shows the status callback payload without a credentials form', () =>
  withPage({}, async (page) => {
    await page.goto(`${site.url}/rest/messaging/message-status-callback/`);
    const main = page.locator('main');
    for (const field of Object.keys(spec.components.schemas.StatusCallbackEvent.properties)) {
      await main.locator('strong', { hasText: new RegExp(`^${field}$`) }).first().waitFor();
    }
    assert.equal(await page.getByPlaceholder('Password').count(), 0);
  }));

test('on a phone the console waits below the text, loads as the reader scrolls to it, and has every language', () =>
  withPage({ phone: true }, async (page) => {
    const scripts = scriptsOf(page);
    await page.goto(site.url + '/rest/messaging/send-message/');
    await hydrated(page);
    await scripts.settled();
    const loadedFirst = scripts.requested.size;
    const send = page.getByRole('button', { name: /send api request/i });
    assert.equal(await send.count(), 0, 'the console is not loaded before the reader heads for it');

    await page.locator('.openapi-right-panel__container').scrollIntoViewIfNeeded();
    await send.waitFor();
    assert.ok(scripts.requested.size > loadedFirst, 'the console arrived on demand');
    const panel = page.locator('.openapi-right-panel__container');
    for (const language of ['curl', 'nodejs', 'python', 'go', 'ruby', 'php', 'java', 'csharp']) {
      await panel.locator(`.openapi-tabs__code-item--${language}`).first().waitFor();
    }
  }));

test('on a phone a "Try it" link under the title takes the reader to the console, which loads there', () =>
  withPage({ phone: true }, async (page) => {
    await page.goto(site.url + '/rest/messaging/send-message/');
    await hydrated(page);
    const tryIt = page.getByRole('link', { name: 'Try it', exact: true });
    const box = await tryIt.boundingBox();
    assert.ok(box && box.y + box.height <= 844, `the link is on the first screen: ${JSON.stringify(box)}`);
    assert.ok(box.height >= 24 && box.width >= 24, 'and big enough to tap');
    await tryIt.click();
    await page.getByRole('button', { name: /send api request/i }).waitFor();
    const panel = await page.locator('.openapi-right-panel__container').boundingBox();
    assert.ok(panel && panel.y < 844 && panel.y + panel.height > 0, `the console is on screen: ${JSON.stringify(panel)}`);
  }));

test('on a desktop, where the console sits beside the text, there is no "Try it" link', () =>
  withPage({}, async (page) => {
    await page.goto(site.url + '/rest/messaging/send-message/');
    await hydrated(page);
    assert.equal(await page.getByRole('link', { name: 'Try it', exact: true }).isVisible(), false);
  }));

// DocCard's leading-emoji check (src/plugins/hydration-cost/stand-ins/emoji-when-possible.ts): labels that start with a
// letter are answered without theme-common's Intl.Segmenter and emoji pattern.
test('the tag page lists its operations as cards, without segmenting their labels', () =>
  withPage({}, async (page) => {
    await page.addInitScript(() => {
      const Segmenter = Intl.Segmenter;
      (window as unknown as { segmenters: number }).segmenters = 0;
      Object.defineProperty(Intl, 'Segmenter', {
        value: class extends Segmenter {
          constructor(...args: ConstructorParameters<typeof Segmenter>) {
            super(...args);
            (window as unknown as { segmenters: number }).segmenters++;
          }
        },
      });
    });
    await page.goto(`${site.url}/rest/messaging/messages/`);
    await hydrated(page);
    const titles = page.locator('main .theme-doc-card-title');
    assert.deepEqual(await titles.allInnerTexts(), ['Send a message', 'Redact a message', 'Message status callback']);
    assert.deepEqual([...new Set(await page.locator('main .theme-doc-card-icon').allInnerTexts())], ['📄️']);
    assert.equal(await page.evaluate(() => (window as unknown as { segmenters: number }).segmenters), 0);
  }));
