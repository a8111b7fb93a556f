import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadCatalog } from '../../scripts/load.ts';
import { gotoHydrated, hydrated, site, twoFrames, withContext, withPage } from '../helpers/browser.ts';

// The page lists the request-time codes, then the delivery-time ones: this is its last entry.
// A link to it lands only if nothing above it changes height once the window is there.
const lastCode = loadCatalog().errors.filter((entry) => entry.phase === 'delivery').at(-1)!.code;

for (const phone of [false, true]) {
  for (const code of ['media_limit_exceeded', lastCode]) {
    test(`a code's link lands with the code at the top of the window (${code}, ${phone ? 'phone' : 'desktop'})`, () =>
      withPage({ phone }, async (page) => {
        await page.goto(`${site.url}/rest/overview/error-codes/#${code}`);
        // Hydration may re-render above the code; where it lands counts once React is done.
        await hydrated(page);
        await twoFrames(page);
        const box = await page.locator(`#${code}`).boundingBox();
        const navbar = await page.locator('.navbar').boundingBox();
        assert.ok(box && navbar, 'heading or navbar not rendered');
        assert.ok(box.y >= navbar.height - 1 && box.y < navbar.height + 120, `heading at y=${box.y}`);
      }));
  }
}

// An entry's facts are a grid of terms and their details; a note is a second <dd> after the first
// (the sandbox's values), and it once pushed every later term into the details' column.
test('on a desktop, every term of an entry sits in the left column and every detail and note in the right', () =>
  withPage({}, async (page) => {
    await page.goto(`${site.url}/rest/overview/error-codes/`);
    for (const code of ['invalid_number_format', lastCode]) {
      const boxes = await page.locator(`article[data-error-code="${code}"] dl`).first().evaluate((list) =>
        Array.from(list.children, (item) => ({ tag: item.tagName, left: Math.round(item.getBoundingClientRect().left) })),
      );
      const lefts = (tag: string) => new Set(boxes.filter((box) => box.tag === tag).map((box) => box.left));
      assert.equal(lefts('DT').size, 1, `${code}: terms at ${[...lefts('DT')].join(', ')}`);
      assert.equal(lefts('DD').size, 1, `${code}: details at ${[...lefts('DD')].join(', ')}`);
      assert.ok([...lefts('DD')][0] > [...lefts('DT')][0], `${code}: details left of the terms`);
    }
  }));

// On a phone the same lists stack in block flow, not as one-column grids, which Chromium lays out
// faster (README, Performance). Terms and details share the left edge, in order.
test('on a phone, every term and detail of an entry stacks at the same left edge, in block flow', () =>
  withPage({ phone: true }, async (page) => {
    await page.goto(`${site.url}/rest/overview/error-codes/`);
    for (const code of ['invalid_number_format', lastCode]) {
      const list = page.locator(`article[data-error-code="${code}"] dl`).first();
      const { display, boxes } = await list.evaluate((element) => ({
        display: getComputedStyle(element).display,
        boxes: Array.from(element.children, (item) => {
          const box = item.getBoundingClientRect();
          return { left: Math.round(box.left), top: box.top, bottom: box.bottom };
        }),
      }));
      assert.equal(display, 'block', `${code}: the facts are laid out as ${display}`);
      assert.equal(new Set(boxes.map((box) => box.left)).size, 1, `${code}: lefts ${boxes.map((box) => box.left).join(', ')}`);
      boxes.slice(1).forEach((box, index) => assert.ok(box.top > boxes[index].bottom, `${code}: item ${index + 1} overlaps the one before`));
    }
  }));

test('typing in the filter narrows the list, and clearing it brings every code back', () =>
  withPage({}, async (page) => {
    await gotoHydrated(page, `${site.url}/rest/overview/error-codes/`);
    const visible = () => page.locator('article[data-error-code]:visible').count();
    const all = await visible();
    await page.getByLabel('Filter codes').fill('media');
    await page.locator('#invalid_from_number').waitFor({ state: 'hidden' });
    const narrowed = await visible();
    assert.ok(narrowed > 0 && narrowed < all, `${narrowed} of ${all}`);
    assert.ok(await page.locator('#media_limit_exceeded').isVisible());
    assert.ok(!(await page.locator('#invalid_from_number').isVisible()));
    await page.getByLabel('Filter codes').fill('status callback');
    assert.ok(await page.locator('#not_an_http_url').isVisible());
    await page.getByLabel('Filter codes').fill('');
    assert.equal(await visible(), all);
  }));

test("the copy-link button copies the code's full URL", () =>
  withContext({}, async (context) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const page = await context.newPage();
    await gotoHydrated(page, `${site.url}/rest/overview/error-codes/`);
    await page.getByRole('button', { name: 'Copy link to body_or_media_required' }).click();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    assert.equal(copied, `${site.url}/rest/overview/error-codes/#body_or_media_required`);
  }));

for (const phone of [false, true]) {
  test(`the filter is in the first screen, and a Compatibility API number points to its codes (${phone ? 'phone' : 'desktop'})`, () =>
    withPage({ phone }, async (page) => {
      // On a phone the colour toggle gotoHydrated waits for sits in the closed menu.
      await page.goto(`${site.url}/rest/overview/error-codes/`);
      await hydrated(page);
      await page.getByLabel('Filter codes').and(page.locator(':enabled')).waitFor();
      const box = await page.getByLabel('Filter codes').boundingBox();
      const screen = page.viewportSize()!;
      assert.ok(box && box.y + box.height <= screen.height, `the filter is at y=${box?.y}, below a ${screen.height}px screen`);
      await page.getByLabel('Filter codes').fill('30007');
      const note = page.getByText('is a numeric code of SignalWire');
      await note.waitFor();
      assert.ok(await page.locator('a[href="/messaging/migrate/"]', { hasText: 'Migrate' }).first().isVisible());
      assert.equal(await page.locator('article[data-error-code]:visible').count(), 0);
    }));
}

test('the entry a link lands on is marked, and no other', () =>
  withPage({}, async (page) => {
    await page.goto(`${site.url}/rest/overview/error-codes/#media_limit_exceeded`);
    await hydrated(page);
    const outline = (code: string) =>
      page.locator(`article[data-error-code="${code}"]`).evaluate((el) => getComputedStyle(el).outlineStyle);
    assert.equal(await outline('media_limit_exceeded'), 'solid');
    assert.equal(await outline('body_or_media_required'), 'none');
  }));
