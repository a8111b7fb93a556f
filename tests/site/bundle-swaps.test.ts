// Each bundle swap of src/plugins/hydration-cost/swaps.ts, seen in the built chunks: the stand-in's
// work is there and the original's is not. A swap that silently stopped taking fails here by name.
// Swaps whose effect shows only at run time are checked in Chromium, by the same name:
// tests/browser/bundle-swaps.browser.ts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { path } from '../../scripts/load.ts';
import { swaps } from '../../src/plugins/hydration-cost/index.ts';
import { builtChunksWithMarked, builtChunksWithPrism } from '../helpers/build.ts';

const dir = path('build/assets/js');
const chunks = readdirSync(dir).filter((file) => file.endsWith('.js'));
const text = new Map(chunks.map((file) => [file, readFileSync(`${dir}/${file}`, 'utf8')]));
const main = [...text].find(([file]) => /^main\.[0-9a-f]+\.js$/.test(file))![1];
const anyChunk = (pattern: RegExp | string) => [...text.values()].some((code) => (typeof pattern === 'string' ? code.includes(pattern) : pattern.test(code)));

/** What each swap leaves in the built chunks, by the swap's name in the table. */
const effects: Record<string, () => void> = {
  'browserContext in a transition': () => {
    assert.match(main, /\(0,\w+\.startTransition\)\(\(\)=>\w+\(!0\)\)/, 'the isBrowser flip runs in a transition');
  },
  // Never in the main bundle, which every page evaluates first.
  'Prism languages on demand': () => {
    assert.ok(builtChunksWithPrism().length > 0, 'Prism is built');
    assert.ok(!builtChunksWithPrism().some((file) => file.startsWith('main.')), 'Prism is not in main');
  },
  'tokens on demand': () => {
    assert.ok(anyChunk(/className:"token-line",style:\{color:"var\(--code-color\)"\},children:\[\w+,\(0,\w+\.jsx\)\("br",\{\}\)\]/), 'the unhighlighted fallback lines');
  },
  'Markdown on demand': () => {
    // Which page loads that chunk, and when, is for the browser to see (tests/browser/bundle-swaps.browser.ts).
    const withMarked = builtChunksWithMarked();
    assert.equal(withMarked.length, 1, `marked is in one chunk of its own, not in ${withMarked.join(', ')}`);
    assert.ok(!/^(main|common|runtime)/.test(withMarked[0]), `marked is in ${withMarked[0]}`);
  },
  'first preload after start-up': () => {
    assert.match(main, /new Promise\(\w+=>setTimeout\(\w+\)\)\.then\(\(\)=>/, 'the first preload waits for the next task');
  },
  'window size in a transition': () => {
    assert.match(main, /\(0,\w+\.startTransition\)\((\w+)\),window\.addEventListener\("resize",\1\)/, 'the first window size is set in a transition');
    assert.equal(main.match(/addEventListener\("resize"/g)?.length, 1, "one resize listener in main: the stand-in's, not the original's too");
  },
  'prefetch when idle': () => {
    assert.ok(main.includes('requestIdleCallback'), 'prefetches wait for idle time');
    assert.ok(main.includes('relList.supports("prefetch")') && main.includes('withCredentials'), 'with the fallback for browsers without <link rel=prefetch>');
    assert.ok(!main.includes('getElementsByName("script")'), "Docusaurus's own prefetch is not in main");
  },
  'mark.js when marked': () => {
    assert.ok(anyChunk('querySelector("mark[data-markjs]")'), 'unmark looks for a <mark> first');
    // One of mark.js's option names, which minification keeps.
    assert.ok(anyChunk('separateWordSearch'), 'mark.js is built');
    assert.ok(!main.includes('separateWordSearch'), 'mark.js is not in main');
  },
  'emoji check when possible': () => {
    assert.ok(anyChunk('/^[\\0-\\x7f]/'), 'plain labels are answered before the emoji pattern');
  },
  'crypto-js SHA-1 only': () => {
    // cipher-core's method names survive minification; SHA-1 alone has none of them.
    for (const name of ['createEncryptor', 'BlockCipher', 'PBKDF2']) assert.ok(!anyChunk(name), `${name} is in a chunk`);
  },
};

/**
 * The swaps whose effect only a browser sees: the stable remount key keeps the server's DOM, a
 * reference page runs no Redux before its console loads, and no page compares strings by locale.
 */
const checkedInBrowser = [
  'stable remount key',
  'console hooks on the page',
  'Accept slice on the page',
  'ContentType slice on the page',
  'SchemaSelection slice on the page',
  'docs plugin paths sorted without the collator',
  'memo keys sorted without the collator',
  'OpenAPI theme memo keys sorted without the collator',
];

test('every swap of the table has an effect check, here or in the browser, and nothing else does', () => {
  assert.deepEqual([...Object.keys(effects), ...checkedInBrowser].sort(), swaps.map((swap) => swap.name).sort());
  const browserChecks = readFileSync(path('tests/browser/bundle-swaps.browser.ts'), 'utf8');
  for (const name of checkedInBrowser) assert.ok(browserChecks.includes(`swapNamed('${name}')`), `no browser check of "${name}"`);
});

for (const swap of swaps.filter((candidate) => !checkedInBrowser.includes(candidate.name))) {
  test(`bundle swap "${swap.name}" shows in the built chunks`, () => effects[swap.name]());
}
