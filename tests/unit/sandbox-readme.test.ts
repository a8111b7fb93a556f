// The sandbox package's README (its page on npm) is written by hand: it may not drift from the
// settings, credentials and test numbers in the sandbox's code.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { defaults, environment } from '../../sandbox/core/config.ts';
import { serverErrorNumber, testNumbers } from '../../sandbox/core/test-numbers.ts';
import { path } from '../../scripts/load.ts';

const readme = readFileSync(path('sandbox/README.md'), 'utf8');
/** The table row whose first cell starts with `first`. */
const row = (first: string) => readme.split('\n').find((line) => line.startsWith(`| ${first}`));

test('every environment variable is in the table, with what it sets', () => {
  for (const [name, sets] of Object.entries(environment)) {
    const line = row(`\`${name}\` |`);
    assert.ok(line, `${name} has no row`);
    assert.ok(line.includes(sets.replace('127.0.0.1', '`127.0.0.1`')), `${name}: ${line}`);
  }
  assert.ok(row('`SANDBOX_PORT`')?.includes(`\`${defaults.port}\``));
  assert.ok(row('`SANDBOX_FROM_NUMBERS`')?.includes(`\`${defaults.fromNumbers.join(',')}\``));
  assert.ok(row('`SANDBOX_ALLOWED_ORIGINS`')?.includes(`\`${defaults.allowedOrigins.join(',')}\``));
  assert.ok(row('`SANDBOX_SIGNING_KEY`')?.includes(`\`${defaults.signingKey}\``));
});

test('the credentials and numbers are the defaults', () => {
  for (const value of [defaults.projectId, defaults.apiToken, defaults.scopelessToken, ...defaults.fromNumbers, `http://${defaults.host}:${defaults.port}`]) {
    assert.ok(readme.includes(`\`${value}\``), value);
  }
  for (const number of testNumbers) {
    assert.ok(row(`\`${number.to}\``)?.includes(`\`${number.outcome}\``), `${number.to} → ${number.outcome}`);
  }
  assert.ok(readme.includes(serverErrorNumber));
});
