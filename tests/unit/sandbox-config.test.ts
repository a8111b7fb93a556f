// The sandbox's settings: defaults, environment variables that override them, and the messages
// that refuse a bad value. The values themselves live in sandbox/core/config.ts and are rendered
// on the sandbox page from there, so nothing here copies them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { configFromEnv, defaults, environment, type SandboxConfig } from '../../sandbox/core/config.ts';
import { isLoopbackHostname } from '../../sandbox/core/loopback.ts';
import { environmentDefaults } from '../../src/components/SandboxFacts/facts.ts';
import { inBrowserConfig, inBrowserConfigFor } from '../../sandbox/core/in-browser.ts';

type Name = keyof typeof environment;

/** For each variable, a value unlike its default and the setting it must change. */
const overrides: Record<Name, [string, Partial<SandboxConfig>]> = {
  SANDBOX_PORT: [String(defaults.port + 1), { port: defaults.port + 1 }],
  SANDBOX_PROJECT_ID: [`${defaults.projectId}-other`, { projectId: `${defaults.projectId}-other` }],
  SANDBOX_API_TOKEN: [`${defaults.apiToken}-other`, { apiToken: `${defaults.apiToken}-other` }],
  SANDBOX_FROM_NUMBERS: [' +15550000001, 54321 ,', { fromNumbers: ['+15550000001', '54321'] }],
  SANDBOX_STEP_MS: [String(defaults.stepMs + 7), { stepMs: defaults.stepMs + 7 }],
  SANDBOX_CALLBACK_HOSTS: ['a.example,b.example', { callbackHosts: ['a.example', 'b.example'] }],
  SANDBOX_ALLOWED_ORIGINS: ['http://docs.example:8080, https://docs.example/', { allowedOrigins: ['http://docs.example:8080', 'https://docs.example'] }],
  SANDBOX_SIGNING_KEY: [`${defaults.signingKey}_other`, { signingKey: `${defaults.signingKey}_other` }],
};

test('with no environment, or empty variables, the defaults apply', () => {
  assert.deepEqual(configFromEnv({}), defaults);
  const empty = Object.fromEntries(Object.keys(environment).map((name) => [name, '']));
  assert.deepEqual(configFromEnv(empty), defaults);
});

test('the sandbox listens on a loopback address by default', () => {
  assert.ok(isLoopbackHostname(defaults.host), defaults.host);
});

test('each documented variable overrides its own setting and nothing else', () => {
  assert.deepEqual(Object.keys(overrides).sort(), Object.keys(environment).sort());
  for (const [name, [value, changed]] of Object.entries(overrides)) {
    assert.deepEqual(configFromEnv({ [name]: value }), { ...defaults, ...changed }, name);
  }
});

test('the defaults the sandbox page shows, set as variables, change nothing', () => {
  assert.deepEqual(Object.keys(environmentDefaults).sort(), Object.keys(environment).sort());
  for (const [name, value] of Object.entries(environmentDefaults)) {
    assert.deepEqual(configFromEnv({ [name]: value }), defaults, `${name}=${value}`);
  }
});

test('* allows any origin', () => {
  assert.deepEqual(configFromEnv({ SANDBOX_ALLOWED_ORIGINS: '*' }).allowedOrigins, ['*']);
});

test('an allowed origin that is not a bare http(s) origin is refused, naming the value', () => {
  for (const value of ['localhost:3000', 'http://localhost:3000/docs', 'file:///tmp/x', 'http://a.example?x=1', 'http://user@a.example']) {
    assert.throws(
      () => configFromEnv({ SANDBOX_ALLOWED_ORIGINS: `http://ok.example,${value}` }),
      (error: Error) => error.message === `SANDBOX_ALLOWED_ORIGINS must be * or comma-separated origins such as http://localhost:3000, not "${value}".`,
      value,
    );
  }
});

test('a port or step that is not a whole number in range is refused, naming the range and the value', () => {
  for (const [name, value, range] of [
    ['SANDBOX_PORT', 'eighty', '0 to 65535'],
    ['SANDBOX_PORT', '65536', '0 to 65535'],
    ['SANDBOX_PORT', '80.5', '0 to 65535'],
    ['SANDBOX_STEP_MS', '-1', '0 to 60000'],
    ['SANDBOX_STEP_MS', '60001', '0 to 60000'],
  ]) {
    assert.throws(() => configFromEnv({ [name]: value }), (error: Error) => error.message === `${name} must be a whole number from ${range}, not "${value}".`, `${name}=${value}`);
  }
  assert.equal(configFromEnv({ SANDBOX_PORT: '0' }).port, 0);
  assert.equal(configFromEnv({ SANDBOX_STEP_MS: '60000' }).stepMs, 60_000);
});

test('the in-browser sandbox takes a test step only when it is a whole number of milliseconds up to the default', () => {
  assert.equal(inBrowserConfigFor(undefined), inBrowserConfig);
  assert.equal(inBrowserConfigFor(20).stepMs, 20);
  assert.deepEqual(inBrowserConfigFor(20), { ...inBrowserConfig, stepMs: 20 });
  for (const refused of ['20', -1, 1.5, Number.NaN, defaults.stepMs + 1, null]) {
    assert.equal(inBrowserConfigFor(refused).stepMs, defaults.stepMs, String(refused));
  }
});
