import { test } from 'node:test';
import assert from 'node:assert/strict';
import { configFromEnv, defaults } from '../../sandbox/core/config.ts';
import { inBrowserConfig, inBrowserConfigFor } from '../../sandbox/core/in-browser.ts';

test('with no environment the documented defaults apply', () => {
  assert.deepEqual(configFromEnv({}), defaults);
  assert.equal(defaults.port, 4010);
  assert.equal(defaults.host, '127.0.0.1');
});

test('each variable overrides its setting', () => {
  const config = configFromEnv({
    SANDBOX_PORT: '5000',
    SANDBOX_PROJECT_ID: 'p',
    SANDBOX_API_TOKEN: 't',
    SANDBOX_FROM_NUMBERS: '+15550000001, 54321',
    SANDBOX_STEP_MS: '10',
    SANDBOX_CALLBACK_HOSTS: 'a.example,b.example',
    SANDBOX_ALLOWED_ORIGINS: 'http://localhost:8080, https://docs.example/',
  });
  assert.deepEqual(config, {
    host: '127.0.0.1',
    port: 5000,
    projectId: 'p',
    apiToken: 't',
    fromNumbers: ['+15550000001', '54321'],
    stepMs: 10,
    callbackHosts: ['a.example', 'b.example'],
    scopelessToken: defaults.scopelessToken,
    historyDays: defaults.historyDays,
    allowedOrigins: ['http://localhost:8080', 'https://docs.example'],
  });
});

test('the docs site served by npm start is the only origin allowed by default, and * allows any', () => {
  assert.deepEqual(defaults.allowedOrigins, ['http://localhost:3000', 'http://127.0.0.1:3000']);
  assert.deepEqual(configFromEnv({ SANDBOX_ALLOWED_ORIGINS: '*' }).allowedOrigins, ['*']);
});

test('an allowed origin that is not a bare http(s) origin is refused with a clear message', () => {
  for (const value of ['localhost:3000', 'http://localhost:3000/docs', 'file:///tmp/x', 'http://a.example?x=1']) {
    assert.throws(() => configFromEnv({ SANDBOX_ALLOWED_ORIGINS: value }), /SANDBOX_ALLOWED_ORIGINS must be \* or comma-separated origins/, value);
  }
});

test('a port or step that is not a whole number in range is refused with a clear message', () => {
  assert.throws(() => configFromEnv({ SANDBOX_PORT: 'eighty' }), /SANDBOX_PORT must be a whole number from 0 to 65535/);
  assert.throws(() => configFromEnv({ SANDBOX_PORT: '70000' }), /SANDBOX_PORT/);
  assert.throws(() => configFromEnv({ SANDBOX_STEP_MS: '-1' }), /SANDBOX_STEP_MS/);
});

test('the in-browser sandbox takes a test step only when it is a whole number of milliseconds up to the default', () => {
  assert.equal(inBrowserConfigFor(undefined), inBrowserConfig);
  assert.equal(inBrowserConfigFor(20).stepMs, 20);
  assert.deepEqual(inBrowserConfigFor(20), { ...inBrowserConfig, stepMs: 20 });
  for (const refused of ['20', -1, 1.5, Number.NaN, defaults.stepMs + 1, null]) {
    assert.equal(inBrowserConfigFor(refused).stepMs, defaults.stepMs, String(refused));
  }
});
