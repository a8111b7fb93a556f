// A plain YAML scalar ends at " #": "Your order #12345" silently becomes "Your order".
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { isScalar, parseDocument, visit } from 'yaml';
import { path } from '../../scripts/load.ts';

function yamlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? yamlFiles(join(dir, entry.name)) : entry.name.endsWith('.yaml') ? [join(dir, entry.name)] : [],
  );
}

const files = [...yamlFiles(path('openapi')), path('redocly.yaml'), path('tests/contract/messaging.arazzo.yaml')];

for (const file of files) {
  test(`${relative(path('.'), file)} has no value cut short by a comment`, () => {
    const document = parseDocument(readFileSync(file, 'utf8'));
    assert.deepEqual(document.errors, []);
    const cut: string[] = [];
    visit(document, {
      Scalar(_key, node) {
        if (isScalar(node) && node.comment && node.type === 'PLAIN') cut.push(`${String(node.value)} #${node.comment}`);
      },
    });
    assert.deepEqual(cut, []);
  });
}
