// The reference console, without a browser: the server and the credentials a code sample names,
// each configured language's sample as postman-code-generators writes it and as the console shows
// it, and the body each console starts from. The browser tests (tests/browser/try-it.browser.ts,
// sandbox-in-browser.browser.ts) check the same on the built page.
import { execFileSync } from 'node:child_process';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import codegen from 'postman-code-generators';
import sdk from 'postman-collection';
import config from '../../docusaurus.config.ts';
import { inBrowserServer } from '../../sandbox/core/in-browser.ts';
import { testNumberFor } from '../../sandbox/core/test-numbers.ts';
import { referenceSpecPath, readYaml } from '../../scripts/load.ts';
import {
  placeholders,
  rewriteSnippet,
  snippetCredentials,
  snippetServer,
  snippetServerDiffers,
  splitBaseUrl,
  type Credentials,
} from '../../src/theme/ApiExplorer/CodeSnippets/for-snippets.ts';
import { spec } from '../helpers/spec.ts';

const space = spec.servers.find((s: { url: string }) => s.url.includes('{space}'));
const local = spec.servers.find((s: { url: string }) => s.url.startsWith('http://127.0.0.1'));
const options = [inBrowserServer, ...spec.servers];

test('a sample names the local sandbox in place of the one in the browser, and any other server as selected', () => {
  assert.equal(snippetServer(inBrowserServer, options), local);
  assert.equal(snippetServer(undefined, options), local, 'before the console picks its first server');
  assert.equal(snippetServer(local, options), local);
  const typed = { ...space, variables: { space: { ...space.variables.space, default: 'acme' } } };
  assert.equal(snippetServer(typed, options), typed, "the reader's Space, with the name they typed");
  assert.equal(snippetServerDiffers(inBrowserServer, options), true);
  assert.equal(snippetServerDiffers(typed, options), false);
  assert.equal(snippetServerDiffers(local, options), false);
});

test("a sample uses the reader's credentials, and names the guides' variables for an empty field", () => {
  assert.deepEqual(snippetCredentials({ username: 'id', password: 'token' }), { username: 'id', password: 'token' });
  assert.deepEqual(snippetCredentials(undefined), placeholders);
  assert.deepEqual(snippetCredentials({ username: '', password: undefined }), placeholders);
  assert.deepEqual(snippetCredentials({ username: 'id' }), { username: 'id', password: '$SIGNALWIRE_API_TOKEN' });
  // The names the guides export (docs/guides/messaging/quickstart.mdx).
  assert.deepEqual(placeholders, { username: '$SIGNALWIRE_PROJECT_ID', password: '$SIGNALWIRE_API_TOKEN' });
});

interface Tab {
  language: string;
}
const languages = (config.themeConfig as { languageTabs: Tab[] }).languageTabs.map((tab) => tab.language);
const variants = codegen
  .getLanguageList()
  .filter((language) => languages.includes(language.key))
  .flatMap((language) =>
    language.variants.map((variant) => ({ language: language.key, variant: variant.key })),
  );

/**
 * A sample as the console shows it: the request as the theme builds it (the server's whole URL in
 * its host), the URL split, the Basic header, generated with the options the theme gives every
 * language (its CodeSnippets/languages.js), then rewritten.
 */
function sample(language: string, variant: string, credentials: Credentials, base = local.url): string {
  const request = new sdk.Request({
    url: '{{baseUrl}}/api/messaging/messages',
    method: 'POST',
    header: [
      { key: 'Content-Type', value: 'application/json' },
      { key: 'Authorization', value: `Basic ${btoa(`${credentials.username}:${credentials.password}`)}` },
    ],
    body: { mode: 'raw', raw: '{"to": "+15550001111"}' },
  });
  request.url.protocol = undefined;
  request.url.host = [base];
  splitBaseUrl(request.url);
  let code = '';
  codegen.convert(language, variant, request, { longFormat: false, followRedirect: true, trimRequestBody: true }, (error, snippet) => {
    if (error) throw error;
    code = snippet;
  });
  return rewriteSnippet(code, credentials);
}

/** What the shell makes of curl's `-u` argument, with the variables set as the guides set them. */
function shellUserinfo(curl: string): string {
  const argument = /^-u (.+?)( \\)?$/m.exec(curl)?.[1];
  assert.ok(argument, `no -u in:\n${curl}`);
  return execFileSync('bash', ['-c', `printf %s ${argument}`], {
    env: { PATH: process.env.PATH, SIGNALWIRE_PROJECT_ID: 'env-id', SIGNALWIRE_API_TOKEN: 'env-token' },
    encoding: 'utf8',
  });
}

test('the configured languages all have samples', () => {
  assert.ok(languages.includes('curl'));
  assert.deepEqual([...new Set(variants.map((v) => v.language))].sort(), [...languages].sort());
});

for (const { language, variant } of variants) {
  test(`${language} (${variant}): the sample authenticates as the reader, or names the variables`, () => {
    const filled = { username: 'a1b2c3d4-e5f6-7890-abcd-ef1234567890', password: "it's-a-token" };
    for (const credentials of [filled, placeholders, { ...filled, password: placeholders.password }]) {
      const code = sample(language, variant, credentials);
      assert.doesNotMatch(code, /<username>|<password>/);
      const encoded = btoa(`${credentials.username}:${credentials.password}`);
      if (language === 'curl') {
        assert.doesNotMatch(code, /Authorization/i, 'curl authenticates with -u');
        const expected = `${credentials.username}:${credentials.password}`.replace('$SIGNALWIRE_PROJECT_ID', 'env-id').replace('$SIGNALWIRE_API_TOKEN', 'env-token');
        assert.equal(shellUserinfo(code), expected);
      } else if (credentials === filled) {
        assert.ok(code.includes(`Basic ${encoded}`), `no Basic header of the reader's credentials:\n${code}`);
        assert.equal(Buffer.from(encoded, 'base64').toString(), `${filled.username}:${filled.password}`);
      } else {
        assert.ok(!code.includes(encoded), `a header that decodes to a variable's name:\n${code}`);
        assert.match(code, /Basic <base64 of [^:>]+:SIGNALWIRE_API_TOKEN>/);
      }
    }
  });
}

test('the server URL is split into scheme, host and port, and reads back as the same URL', () => {
  for (const base of [local.url, 'https://acme.signalwire.com', inBrowserServer.url]) {
    const request = new sdk.Request({ url: '{{baseUrl}}/api/messaging/logs?page_size=5', method: 'GET' });
    request.url.protocol = undefined;
    request.url.host = [base];
    const whole = request.url.toString();
    splitBaseUrl(request.url);
    assert.equal(request.url.toString(), whole);
    assert.equal(request.url.toString(), `${base}/api/messaging/logs?page_size=5`);
  }
  const unusual = { host: ['https://example.com/base'] };
  splitBaseUrl(unusual);
  assert.deepEqual(unusual, { host: ['https://example.com/base'] }, 'a URL with a path is left whole');
});

for (const { language, variant } of variants) {
  test(`${language} (${variant}): the sample names the server's scheme, host and port`, () => {
    const local4010 = sample(language, variant, placeholders);
    assert.match(local4010, /127\.0\.0\.1/);
    assert.match(local4010, /4010/);
    assert.doesNotMatch(local4010, /https|undefined/, local4010);
    const space = sample(language, variant, placeholders, 'https://acme.signalwire.com');
    assert.match(space, /acme\.signalwire\.com/);
    assert.doesNotMatch(space, /undefined|:443/, space);
  });
}

test("the code outside the samples, and a sample whose header is not the reader's, are left alone", () => {
  const response = '{\n  "status": "queued"\n}';
  assert.equal(rewriteSnippet(response, placeholders), response);
  const other = "curl -L 'http://127.0.0.1:4010/api/messaging/messages' \\\n-H 'Authorization: Basic b3RoZXI6b3RoZXI='";
  assert.equal(rewriteSnippet(other, { username: 'id', password: 'token' }), other);
});

type Node = Record<string, any>;
const reference = readYaml<Node>(referenceSpecPath);
const component = (ref: string) => reference.components.schemas[ref.split('/').pop()!];

test("each console starts from its operation's first example; the send console's is an SMS to the delivered test number", () => {
  let checked = 0;
  for (const item of Object.values<Node>(reference.paths)) {
    for (const op of Object.values<Node>(item)) {
      const media = op.requestBody?.content?.['application/json'];
      if (!media?.examples) continue;
      const [first] = Object.values<Node>(media.examples);
      assert.deepEqual(component(media.schema.$ref).example, first.value, op.operationId);
      checked++;
    }
  }
  assert.ok(checked >= 2, `${checked} request bodies checked`);
  const send = reference.paths['/api/messaging/messages'].post.requestBody.content['application/json'];
  const start = component(send.schema.$ref).example;
  assert.equal(start.to, '+15550001111');
  assert.equal(testNumberFor(start.to).outcome, 'delivered');
  assert.equal(start.media, undefined, 'an SMS has no media');
  assert.notEqual(start.send_as_mms, true);
  assert.ok(Object.values<Node>(send.examples).some((e) => e.value.media?.length > 0), 'an MMS example is still there to pick');
  // The published spec says it once, beside the other examples.
  assert.equal(spec.components.schemas.SendMessageRequest.example, undefined);
});
