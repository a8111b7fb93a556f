// src/plugins/hydration-cost/swaps.ts gives some third-party components a constant `useIsBrowser`,
// which is right only while they use the flag for nothing but a remount key. A release that
// reads it for anything else fails here before it can change what a reader sees.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { remountingComponents } from '../../src/plugins/hydration-cost/swaps.ts';

for (const component of remountingComponents) {
  test(`${component} uses isBrowser only as a remount key`, () => {
    const source = readFileSync(require.resolve(component), 'utf8');
    const uses = source.match(/\bisBrowser\b/g) ?? [];
    assert.equal(uses.length, 2, 'declared once, read once');
    assert.match(source, /key(=\{|: )String\(isBrowser\)/);
  });
}
