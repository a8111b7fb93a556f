// The segment calculator on the "Segments and encoding" guide: figures at the limits that the
// page explains, checked in Chromium and against sms-segments-calculator itself.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Server } from 'node:http';
import type { Browser, Page } from 'playwright-core';
import { SegmentedMessage } from 'sms-segments-calculator';
import { launchBrowser, newContext, serveBuild } from '../helpers/browser.ts';

let browser: Browser;
let server: Server;
let site: string;
let page: Page;
const pageErrors: string[] = [];

before(async () => {
  ({ url: site, server } = await serveBuild());
  browser = await launchBrowser();
  page = await (await newContext(browser)).newPage();
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.goto(`${site}/messaging/segments/`);
  // Typing before React hydrates would be lost.
  await page.locator('[data-hydrated="true"]').waitFor();
});
after(async () => {
  await browser?.close();
  server?.close();
});

interface Figures {
  encoding: string;
  characters: number;
  units: number;
  segments: number;
  ucs2: string;
  extension: string;
}

/** Types `text` into the calculator and reads its figures once they reflect it. */
async function figures(text: string): Promise<Figures> {
  await page.getByLabel('Message text').fill(text);
  await page.locator(`[data-testid="segment-output"][data-state="ready"][data-length="${text.length}"]`).waitFor();
  const read = (id: string) => page.getByTestId(id).innerText();
  return {
    encoding: await read('segment-encoding'),
    characters: Number(await read('segment-characters')),
    units: Number(await read('segment-units')),
    segments: Number(await read('segment-count')),
    ucs2: await read('segment-ucs2-chars'),
    extension: await read('segment-extension-chars'),
  };
}

const a = (n: number) => 'a'.repeat(n);

test('the page opens with a sample already measured', async () => {
  assert.ok((await page.getByLabel('Message text').inputValue()).length > 0);
  assert.equal(await page.getByTestId('segment-output').getAttribute('aria-live'), 'polite');
  assert.match(await page.getByTestId('segment-encoding').innerText(), /^(GSM-7|UCS-2)$/);
});

test('160 GSM-7 characters fit in one segment, 161 need two', async () => {
  const at = await figures(a(160));
  assert.deepEqual([at.encoding, at.characters, at.units, at.segments], ['GSM-7', 160, 160, 1]);
  assert.equal(at.ucs2, 'None');
  const over = await figures(a(161));
  assert.deepEqual([over.encoding, over.units, over.segments], ['GSM-7', 161, 2]);
  assert.match(await page.getByTestId('segment-capacity').innerText(), /160 septets.*153/);
});

test('one emoji switches the message to UCS-2 and is listed with its code point', async () => {
  const f = await figures('Your order has shipped 😀');
  assert.equal(f.encoding, 'UCS-2');
  assert.equal(f.characters, 24);
  assert.equal(f.units, 25);
  assert.equal(f.segments, 1);
  assert.match(f.ucs2, /😀/);
  assert.match(f.ucs2, /U\+1F600/);
});

test('the characters that force UCS-2 are listed once each', async () => {
  const f = await figures('It’s here – it’s really here');
  assert.equal(f.encoding, 'UCS-2');
  const items = await page.getByTestId('segment-ucs2-chars').locator('li').allInnerTexts();
  assert.equal(items.length, 2, items.join(' | '));
  assert.match(items[0], /’.*U\+2019.*×2/);
  assert.match(items[1], /–.*U\+2013/);
});

test('€ keeps GSM-7 but costs two septets: 159 letters and € need two segments', async () => {
  const f = await figures(`${a(159)}€`);
  assert.deepEqual([f.encoding, f.characters, f.units, f.segments], ['GSM-7', 160, 161, 2]);
  assert.match(f.extension, /€.*U\+20AC/);
  assert.equal(f.ucs2, 'None');
});

test('an escape pair at a part boundary moves to the next part: 3 segments, not ceil(306 / 153)', async () => {
  const text = `${a(152)}€${a(152)}`;
  const f = await figures(text);
  assert.equal(f.units, 306);
  assert.equal(Math.ceil(f.units / 153), 2);
  assert.equal(f.segments, 3);
  const parts = await page.getByTestId('segment-parts').locator(':scope > [role="listitem"]').allInnerTexts();
  assert.equal(parts.length, 3);
  assert.match(parts[0], /152 of 153 septets/);
  assert.match(parts[1], /153 of 153 septets/);
  assert.match(parts[2], /1 of 153 septets/);
});

test('UCS-2: 70 code units fit in one segment, 71 need two', async () => {
  const at = await figures(`${a(68)}😀`);
  assert.deepEqual([at.encoding, at.units, at.segments], ['UCS-2', 70, 1]);
  const over = await figures(`${a(69)}😀`);
  assert.deepEqual([over.encoding, over.units, over.segments], ['UCS-2', 71, 2]);
});

test('the page and sms-segments-calculator agree', async () => {
  for (const text of [`${a(152)}€${a(152)}`, `${a(66)}😀${a(66)}`, 'Fix {this} [now] ^_^ ~ | \\', 'Grüße aus Köln 🇩🇪']) {
    const f = await figures(text);
    const m = new SegmentedMessage(text);
    assert.equal(f.encoding, m.encodingName, text);
    assert.equal(f.segments, m.segmentsCount, text);
    assert.equal(f.characters, m.numberOfUnicodeScalars, text);
    assert.equal(f.units, m.encodedChars.reduce((sum, c) => sum + c.codeUnits.length, 0), text);
  }
});

test('empty text shows 0 segments and an explanation, and the calculator recovers', async () => {
  const f = await figures('');
  assert.equal(f.segments, 0);
  assert.equal(f.characters, 0);
  assert.match(await page.getByTestId('segment-notes').innerText(), /body_or_media_required/);
  assert.equal((await figures('Back again')).segments, 1);
});

test('long text caps the breakdown at 20 parts and warns about the 1,600-character limit', async () => {
  const text = a(4000);
  const f = await figures(text);
  assert.equal(f.segments, new SegmentedMessage(text).segmentsCount);
  assert.equal(f.segments, 27);
  assert.equal(await page.getByTestId('segment-parts').locator(':scope > [role="listitem"]').count(), 20);
  assert.match(await page.getByTestId('segment-parts').locator('xpath=following-sibling::p').innerText(), /first 20 of 27/);
  assert.match(await page.getByTestId('segment-notes').innerText(), /character_limit_exceeded/);
});

test('text past what the calculator measures gets an explanation, not a frozen page', async () => {
  await page.getByLabel('Message text').fill(a(60_000));
  await page.locator('[data-testid="segment-output"][data-state="ready"][data-length="60000"]').waitFor({ timeout: 5000 });
  assert.match(await page.getByTestId('segment-error').innerText(), /60,000 characters.*character_limit_exceeded/s);
  assert.equal(await page.getByTestId('segment-count').count(), 0);
  assert.equal((await figures('Short again')).segments, 1);
});

test('a lone surrogate is measured and explained, not thrown on', async () => {
  // Built in the page: a lone surrogate may not survive the trip through the DevTools protocol.
  await page.getByLabel('Message text').evaluate((textarea: HTMLTextAreaElement) => {
    const setValue = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!;
    setValue.call(textarea, `broken ${String.fromCharCode(0xd83d)} text`);
    textarea.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await page.locator('[data-testid="segment-output"][data-state="ready"]').waitFor();
  const f = {
    encoding: await page.getByTestId('segment-encoding').innerText(),
    ucs2: await page.getByTestId('segment-ucs2-chars').innerText(),
  };
  assert.equal(f.encoding, 'UCS-2');
  assert.match(f.ucs2, /lone surrogate.*U\+D83D/);
  assert.match(await page.getByTestId('segment-notes').innerText(), /lone surrogate/);
});

test('no script error happened on the page', () => {
  assert.deepEqual(pageErrors, []);
});

test('on a phone the page does not scroll sideways', async () => {
  const phone = await (await newContext(browser, { phone: true })).newPage();
  await phone.goto(`${site}/messaging/segments/`);
  await phone.locator('[data-hydrated="true"]').waitFor();
  await phone.getByLabel('Message text').fill(`${'x'.repeat(400)} 😀 ${'€'.repeat(50)}`);
  const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 0, `page is ${overflow}px wider than the window`);
  await phone.close();
});
