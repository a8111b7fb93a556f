// The segment calculator's figures (src/components/SegmentCalculator/measure.ts) at the limits the
// "Segments and encoding" guide explains. The browser test only checks that the page draws them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, codePoints, invisibleName, maxPartsShown, notesFor, type Analysis } from '../../src/components/SegmentCalculator/measure.ts';

const a = (n: number) => 'a'.repeat(n);

/** The analysis of a text the calculator measures, failing if it does not. */
function measured(text: string): Analysis {
  const result = analyze(text);
  assert.ok(result.ok, `${JSON.stringify(text.slice(0, 40))} was not measured: ${JSON.stringify(result)}`);
  return result.analysis;
}

const figures = (m: Analysis) => [m.encoding, m.characters, m.units, m.segments];

test('160 GSM-7 characters fit in one segment, 161 need two', () => {
  const at = measured(a(160));
  assert.deepEqual(figures(at), ['GSM-7', 160, 160, 1]);
  assert.deepEqual(at.ucs2, []);
  assert.equal(at.parts[0].capacity, 160);
  const over = measured(a(161));
  assert.deepEqual(figures(over), ['GSM-7', 161, 161, 2]);
  assert.deepEqual(over.parts.map((part) => [part.units, part.capacity]), [[153, 153], [8, 153]]);
});

test('one emoji switches the message to UCS-2 and is listed with its code point', () => {
  const m = measured('Your order has shipped 😀');
  assert.deepEqual(figures(m), ['UCS-2', 24, 25, 1]);
  assert.deepEqual(m.ucs2, [{ char: '😀', count: 1 }]);
  assert.equal(codePoints('😀'), 'U+1F600');
});

test('the characters that force UCS-2 are listed once each, with their count', () => {
  const m = measured('It’s here – it’s really here');
  assert.equal(m.encoding, 'UCS-2');
  assert.deepEqual(m.ucs2, [
    { char: '’', count: 2 },
    { char: '–', count: 1 },
  ]);
  assert.deepEqual(m.ucs2.map((fact) => codePoints(fact.char)), ['U+2019', 'U+2013']);
});

test('€ keeps GSM-7 but costs two septets: 159 letters and € need two segments', () => {
  const m = measured(`${a(159)}€`);
  assert.deepEqual(figures(m), ['GSM-7', 160, 161, 2]);
  assert.deepEqual(m.extension, [{ char: '€', count: 1 }]);
  assert.equal(codePoints('€'), 'U+20AC');
  assert.deepEqual(m.ucs2, []);
});

test('an escape pair at a part boundary moves to the next part: 3 segments, not ceil(306 / 153)', () => {
  const m = measured(`${a(152)}€${a(152)}`);
  assert.equal(m.units, 306);
  assert.equal(Math.ceil(m.units / 153), 2);
  assert.equal(m.segments, 3);
  assert.deepEqual(m.parts.map((part) => [part.units, part.capacity]), [[152, 153], [153, 153], [1, 153]]);
  assert.deepEqual(m.parts[1].chars[0], { raw: '€', kind: 'extension' });
});

test('UCS-2: 70 code units fit in one segment, 71 need two', () => {
  const at = measured(`${a(68)}😀`);
  assert.deepEqual([at.encoding, at.units, at.segments, at.parts[0].capacity], ['UCS-2', 70, 1, 70]);
  const over = measured(`${a(69)}😀`);
  assert.deepEqual([over.encoding, over.units, over.segments, over.parts[0].capacity], ['UCS-2', 71, 2, 67]);
});

test('long text counts every segment, draws the first 20 parts and notes the 1,600-character limit', () => {
  const m = measured(a(4000));
  assert.equal(m.segments, 27);
  assert.equal(maxPartsShown, 20);
  assert.equal(m.parts.length, 20);
  assert.deepEqual(notesFor(m), ['over-limit']);
  assert.deepEqual(notesFor(measured(a(1600))), []);
  assert.deepEqual(notesFor(measured(a(1601))), ['over-limit']);
});

test('empty text has 0 segments and gets the empty-body note', () => {
  const m = measured('');
  assert.deepEqual([m.characters, m.units, m.segments, m.parts.length], [0, 0, 0, 0]);
  assert.deepEqual(notesFor(m), ['empty']);
});

test('text past what the calculator measures is counted, not measured, and at once', () => {
  const started = performance.now();
  const result = analyze(`${a(59_999)}😀`);
  // The library's time grows with the square of the length: 60,000 units would take minutes.
  assert.ok(performance.now() - started < 1000, `${performance.now() - started} ms`);
  assert.deepEqual(result, { ok: false, tooLong: true, characters: 60_000, units: 60_001 });
});

test('a lone surrogate is measured and explained, not thrown on', () => {
  const m = measured(`broken ${String.fromCharCode(0xd83d)} text`);
  assert.equal(m.encoding, 'UCS-2');
  assert.equal(m.loneSurrogates, 1);
  assert.deepEqual(m.ucs2, [{ char: '\uD83D', count: 1 }]);
  assert.equal(invisibleName('\uD83D'), 'lone surrogate');
  assert.equal(codePoints('\uD83D'), 'U+D83D');
  assert.deepEqual(notesFor(m), ['lone-surrogates']);
});
