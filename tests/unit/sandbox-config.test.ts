import { test } from 'node:test';
import assert from 'node:assert/strict';
import { configFromEnv, defaults } from '../../sandbox/core/config.ts';

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
  });
});

test('a port or step that is not a whole number in range is refused with a clear message', () => {
  assert.throws(() => configFromEnv({ SANDBOX_PORT: 'eighty' }), /SANDBOX_PORT must be a whole number from 0 to 65535/);
  assert.throws(() => configFromEnv({ SANDBOX_PORT: '70000' }), /SANDBOX_PORT/);
  assert.throws(() => configFromEnv({ SANDBOX_STEP_MS: '-1' }), /SANDBOX_STEP_MS/);
});
