// The agent kit's package, installed as a reader's `npx` gets it, driven over stdio by the SDK's
// client. Every answer is compared with the site's build, the catalog and the spec themselves.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join, relative } from 'node:path';
import { SegmentedMessage } from 'sms-segments-calculator';
import { parse } from 'yaml';
import type { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { apiError, codeUrl, type Catalog } from '../../openapi/catalog.ts';
import { errorCodesPage } from '../../openapi/site-paths.ts';
import { defaults } from '../../sandbox/core/config.ts';
import { sign, signatureHeader } from '../../sandbox/core/signature.ts';
import { catalogJsonPath, path } from '../../scripts/load.ts';
import { freePort } from '../../scripts/free-port.ts';
import { call, callJson, connect, packAndInstall, packageName, type Installed } from './helpers.ts';

const build = path('build');
const catalog = JSON.parse(readFileSync(path(catalogJsonPath), 'utf8')) as Catalog;
const llms = readFileSync(join(build, 'llms.txt'), 'utf8');
const root = /\]\((https?:\/\/[^)\s]+\/)llms-full\.txt\)/.exec(llms)![1];

function copiesIn(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.md'))
    .map((entry) => `/${relative(build, join(entry.parentPath, entry.name))}`);
}
const copies = copiesIn(build);
const builtCopy = (markdownPath: string) => readFileSync(join(build, markdownPath), 'utf8');

let kit: Installed;
let client: Client;
const children: ChildProcess[] = [];
const servers: Server[] = [];

before(async () => {
  kit = await packAndInstall();
  // Quick statuses, so a message's callbacks all arrive within the test.
  client = await connect(kit.bin, [], kit.app, { SANDBOX_STEP_MS: '30' });
});

after(async () => {
  await client?.close();
  for (const child of children) child.kill('SIGKILL');
  for (const server of servers) server.close();
  kit?.remove();
});

test('the installed package is the bundle and its data, with no runtime dependencies', () => {
  const manifest = JSON.parse(readFileSync(join(kit.installed, 'package.json'), 'utf8'));
  assert.equal(manifest.name, packageName);
  assert.deepEqual(Object.keys(manifest.dependencies ?? {}), []);
  assert.deepEqual(manifest.bin, { [packageName]: 'cli.cjs' });
  assert.deepEqual(readdirSync(kit.installed).sort(), ['README.md', 'THIRD_PARTY_LICENSES.txt', 'cli.cjs', 'data', 'package.json']);
  assert.deepEqual(
    readdirSync(join(kit.installed, 'data', 'site'), { recursive: true }).filter((f) => String(f).endsWith('.md')).map((f) => `/${f}`).sort(),
    copies.sort(),
  );
  assert.ok(copies.length > 0);
  assert.equal(readFileSync(join(kit.installed, 'data', 'error-catalog.json'), 'utf8'), readFileSync(path(catalogJsonPath), 'utf8'));
  assert.deepEqual(readdirSync(join(kit.app, 'node_modules')).filter((entry) => !entry.startsWith('.')), [packageName]);
});

test('lists the eight tools, and llms.txt and every page as resources by URL', async () => {
  const { tools } = await client.listTools();
  assert.deepEqual(tools.map((t) => t.name).sort(), ['check_receiver', 'count_segments', 'explain_error', 'get_operation', 'read_page', 'sandbox_events', 'sandbox_request', 'search_docs']);
  for (const tool of tools) assert.ok(tool.description && tool.description.length > 40, `${tool.name} has a description`);
  const { resources } = await client.listResources();
  assert.deepEqual(resources.map((r) => r.uri).sort(), [`${root}llms.txt`, ...copies.map((file) => root + file.slice(1))].sort());
  const read = await client.readResource({ uri: `${root}messaging/quickstart.md` });
  assert.equal((read.contents[0] as { text: string }).text, builtCopy('/messaging/quickstart.md'));
  const list = await client.readResource({ uri: `${root}llms.txt` });
  assert.equal((list.contents[0] as { text: string }).text, llms);
});

test('search_docs finds the page and passage that hold the words, with the built titles and URLs', async () => {
  const hits = await callJson<{ title: string; url: string; markdown_url: string; passage: string; section: string }[]>(client, 'search_docs', { query: 'character_limit_exceeded' });
  assert.ok(hits.length > 0);
  assert.ok(hits.some((hit) => hit.url.startsWith(`${root}rest/overview/error-codes/`)), JSON.stringify(hits.map((h) => h.url)));
  assert.equal(hits[0].section, 'character_limit_exceeded');
  assert.match(hits[0].url, /#character_limit_exceeded$/);
  for (const hit of hits) {
    const markdownPath = `/${hit.markdown_url.slice(root.length).replace(/#.*$/, '')}`;
    const copy = builtCopy(markdownPath);
    assert.equal(hit.title, /^# (.+)$/m.exec(copy)![1], `${markdownPath}: its title`);
    // The passage is the page's own text, give or take the spacing.
    const words = hit.passage.replace(/^…|…$/g, '').split(/\s+/).slice(1, 6).join(' ');
    assert.ok(copy.replace(/\s+/g, ' ').includes(words), `${markdownPath} holds "${words}"`);
  }
  const signing = await callJson<{ url: string }[]>(client, 'search_docs', { query: 'verify X-SignalWire-Signature signing key' });
  assert.equal(signing[0].url.replace(/#.*$/, ''), `${root}messaging/verify-callbacks/`);
  const none = await call(client, 'search_docs', { query: 'zzqxj' });
  assert.ok(!none.isError);
  assert.match(none.content[0].text, /Nothing in the docs matches/);
});

test('read_page answers a path, a copy path and a published URL with the built copy', async () => {
  const expected = builtCopy('/messaging/quickstart.md');
  for (const given of ['/messaging/quickstart/', '/messaging/quickstart', '/messaging/quickstart.md', `${root}messaging/quickstart/`, `${root}messaging/quickstart.md#2-send-the-message`]) {
    const result = await call(client, 'read_page', { path: given });
    assert.ok(!result.isError, `${given}: ${result.content[0].text.slice(0, 200)}`);
    assert.equal(result.content[0].text, expected, given);
  }
  assert.equal((await call(client, 'read_page', { path: '/' })).content[0].text, builtCopy('/index.md'));
  const unknown = await call(client, 'read_page', { path: '/messaging/quikstart/' });
  assert.equal(unknown.isError, true);
  assert.match(unknown.content[0].text, /No page at "\/messaging\/quikstart\/"\. Nearest pages: \/messaging\/quickstart\//);
  const elsewhere = await call(client, 'read_page', { path: 'https://example.com/messaging/quickstart/' });
  assert.equal(elsewhere.isError, true);
  assert.match(elsewhere.content[0].text, /is not on these docs/);
});

test("get_operation gives each operation's document exactly as its reference page's copy ends with it", async () => {
  const documents = copies
    .map((file) => ({ file, block: [...builtCopy(file).matchAll(/^```yaml\n([\s\S]*?)^```$/gm)].at(-1)?.[1] }))
    .filter((d): d is { file: string; block: string } => d.block !== undefined && d.block.startsWith('openapi: '));
  assert.ok(documents.length >= 5, `${documents.length} operation documents in the build`);
  for (const { file, block } of documents) {
    const document = parse(block);
    const [kind, items] = document.paths ? ['path', document.paths] : ['webhook', document.webhooks];
    const [[key, item]] = Object.entries(items as Record<string, Record<string, { operationId: string }>>);
    const [[method, operation]] = Object.entries(item);
    const byId = await call(client, 'get_operation', { operationId: operation.operationId });
    assert.ok(!byId.isError, byId.content[0].text);
    assert.equal(byId.content[1].text, block, `${file}: by operationId`);
    assert.ok(byId.content[0].text.includes(root + file.slice(1).replace(/\.md$/, '/')), `${file}: names its page`);
    if (kind === 'path') {
      const byPath = await call(client, 'get_operation', { method: method.toUpperCase(), path: key.replace(/\{[^}]+\}/g, 'abc-123') });
      assert.equal(byPath.content[1]?.text, block, `${file}: by ${method} ${key}`);
    }
  }
  const unknown = await call(client, 'get_operation', { operationId: 'sendMesage' });
  assert.equal(unknown.isError, true);
  assert.match(unknown.content[0].text, /Nearest: sendMessage/);
});

test('explain_error answers every code and status from the catalog, with its anchor on the built page', async () => {
  const page = readFileSync(join(build, errorCodesPage, 'index.html'), 'utf8');
  // The minified HTML leaves an attribute's quotes out where it can.
  const anchored = (id: string) => new RegExp(`\\sid=(["']?)${id}\\1[\\s>]`);
  for (const entry of catalog.errors) {
    const answer = await callJson(client, 'explain_error', { code: entry.code });
    assert.equal(answer.meaning, entry.description, entry.code);
    assert.deepEqual(answer.causes, entry.causes, entry.code);
    assert.deepEqual(answer.fixes, entry.fixes, entry.code);
    assert.equal(answer.retry, entry.retry, entry.code);
    assert.equal(answer.url, codeUrl(catalog, entry.code));
    assert.equal(answer.page, `${root}${errorCodesPage.slice(1)}#${entry.code}`);
    assert.match(page, anchored(entry.code), `the page has an anchor for ${entry.code}`);
    if (entry.phase === 'request') {
      assert.equal(answer.http_status, 422);
      assert.deepEqual(answer.body, { errors: [apiError(catalog, entry.code)] });
    } else {
      assert.deepEqual(answer.body, { status: entry.delivery_status, error_code: entry.code, error_message: entry.message });
    }
  }
  for (const entry of catalog.statuses) {
    const answer = await callJson(client, 'explain_error', { status: entry.status });
    assert.equal(answer.meaning, entry.meaning);
    assert.equal(answer.retry, entry.retry);
    assert.match(page, anchored(`http-${entry.status}`), `the page has an anchor for ${entry.status}`);
    assert.equal(answer.page, `${root}${errorCodesPage.slice(1)}#http-${entry.status}`);
    if (entry.body === 'error') assert.deepEqual(answer.body, { error: entry.reason });
  }
  assert.equal((await callJson(client, 'explain_error', { code: '422' })).status, 422);
  const unknown = await call(client, 'explain_error', { code: 'body_or_media_requird' });
  assert.equal(unknown.isError, true);
  assert.match(unknown.content[0].text, /Nearest codes: body_or_media_required, /);
  const status = await call(client, 'explain_error', { status: 418 });
  assert.equal(status.isError, true);
  assert.match(status.content[0].text, /HTTP 418 is not a status the Messaging API documents\. Documented: 400, /);
});

test('count_segments counts as the library does, names what forced UCS-2, and refuses over 100 kB', async () => {
  for (const text of ['Hello from SignalWire', 'Price: 5€ {ok}', 'It’s due Friday – track it 😀', 'a'.repeat(161), 'é'.repeat(400), 'x\r\n'.repeat(100)]) {
    const answer = await callJson(client, 'count_segments', { text });
    const library = new SegmentedMessage(text);
    assert.equal(answer.encoding, library.encodingName, text);
    assert.equal(answer.segments, library.segmentsCount, text);
    assert.deepEqual(answer.forced_ucs2_by.map((c: { char: string }) => c.char).sort(), [...new Set(library.getNonGsmCharacters())].sort(), text);
    assert.equal(answer.characters_per_segment, { 'GSM-7': library.segmentsCount > 1 ? 153 : 160, 'UCS-2': library.segmentsCount > 1 ? 67 : 70 }[library.encodingName]);
  }
  const forced = await callJson(client, 'count_segments', { text: 'It’s 😀' });
  assert.deepEqual(forced.forced_ucs2_by.map((c: { code_points: string }) => c.code_points), ['U+2019', 'U+1F600']);
  const big = await call(client, 'count_segments', { text: 'a'.repeat(100_001) });
  assert.equal(big.isError, true);
  assert.match(big.content[0].text, /100,001 bytes of UTF-8; count_segments measures up to 100,000 bytes/);
  assert.equal((await callJson(client, 'count_segments', { text: 'still here' })).segments, 1, 'the server goes on serving');
});

/** An HTTP server on a free loopback port; `handle` answers each request with its body. */
async function listen(handle: (body: string, headers: Record<string, string | string[] | undefined>, url: string) => number): Promise<string> {
  const port = await freePort();
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk) => chunks.push(chunk));
    request.on('end', () => response.writeHead(handle(Buffer.concat(chunks).toString(), request.headers, request.url!)).end());
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return `http://127.0.0.1:${port}/status`;
}

test("sandbox_request answers as the catalog says, and sandbox_events shows each signed callback and the log's status", async () => {
  const refused = await callJson(client, 'sandbox_request', { method: 'POST', path: '/api/messaging/messages', body: { to: '+15550001111', from: '+15559876543' } });
  assert.equal(refused.status, 422);
  assert.deepEqual(refused.body, { errors: [apiError(catalog, 'body_or_media_required')] });
  const received: { body: string; signature: string | undefined }[] = [];
  const url = await listen((body, headers) => {
    received.push({ body, signature: headers[signatureHeader.toLowerCase()] as string | undefined });
    return 200;
  });
  const sent = await callJson(client, 'sandbox_request', { method: 'POST', path: '/api/messaging/messages', body: { to: '+15550001111', from: '+15559876543', body: 'Hello', status_callback: url } });
  assert.equal(sent.status, 201, JSON.stringify(sent.body));
  const { events, log_status } = await callJson(client, 'sandbox_events', { message_id: sent.body.id });
  assert.ok(events.length >= 2, JSON.stringify(events));
  assert.equal(events.at(-1).final, true);
  const log = await callJson(client, 'sandbox_request', { method: 'GET', path: `/api/messaging/logs/${sent.body.id}` });
  assert.equal(log_status, log.body.status);
  assert.equal(events.at(-1).status, log.body.status);
  for (const event of events) {
    assert.equal(event.payload.id, sent.body.id);
    assert.equal(event.payload.status, event.status);
    assert.equal(event.signature_headers[signatureHeader], await sign(defaults.signingKey, url, JSON.stringify(event.payload)), event.status);
    assert.equal(event.delivery, `posted to ${url}: answered 200`);
  }
  assert.deepEqual(received.map((r) => JSON.parse(r.body).status), events.map((e: { status: string }) => e.status), 'the receiver got each event, in order');
  const unknown = await call(client, 'sandbox_events', { message_id: 'no-such-message', wait_seconds: 0 });
  assert.equal(unknown.isError, true);
  assert.match(unknown.content[0].text, /has no message no-such-message/);
});

test("check_receiver passes the docs' Node receiver and reports one that accepts everything", async () => {
  const port = await freePort();
  const receiver = spawn(process.execPath, [path('samples/status-callbacks/receiver.mjs')], {
    env: { PATH: process.env.PATH, SIGNALWIRE_SIGNING_KEY: defaults.signingKey, PORT: String(port) },
  });
  children.push(receiver);
  await new Promise<void>((resolve, reject) => {
    receiver.stdout!.on('data', (chunk: Buffer) => chunk.toString().includes('Listening') && resolve());
    receiver.on('exit', (code) => reject(new Error(`the receiver exited with ${code}`)));
  });
  const good = await callJson(client, 'check_receiver', { url: `http://127.0.0.1:${port}/status` });
  assert.equal(good.passed, true, JSON.stringify(good.results));
  assert.deepEqual(good.results.map((r: { got: string }) => r.got), ['accepted', 'accepted', 'refused', 'refused', 'refused']);

  const lax = await listen(() => 200);
  const bad = await callJson(client, 'check_receiver', { url: lax.replace('127.0.0.1', 'localhost') });
  assert.equal(bad.passed, false);
  assert.deepEqual(bad.results.filter((r: { ok: boolean }) => !r.ok).map((r: { case: string }) => r.case), ['body changed after signing', 'wrong signature', 'no signature']);
  for (const result of bad.results.filter((r: { ok: boolean }) => !r.ok)) assert.ok(result.problem.length > 20);

  for (const url of ['http://example.com/status', 'http://10.0.0.1/status', 'http://[::2]/x', 'ftp://127.0.0.1/']) {
    const refused = await call(client, 'check_receiver', { url });
    assert.equal(refused.isError, true, url);
  }
  const closed = await call(client, 'check_receiver', { url: `http://127.0.0.1:${await freePort()}/status` });
  assert.equal(closed.isError, true);
  assert.match(closed.content[0].text, /Could not post to .*Is the receiver running/);
});

test('malformed JSON-RPC on stdin leaves the server serving the next request', async () => {
  const child = spawn(kit.bin, [], { cwd: kit.app, stdio: ['pipe', 'pipe', 'pipe'] });
  children.push(child);
  let output = '';
  const answered = new Promise<string>((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const line = output.split('\n').find((l) => l.includes('"id":7'));
      if (line) resolve(line);
    });
    child.on('exit', (code) => reject(new Error(`the server exited with ${code}: ${output}`)));
    setTimeout(() => reject(new Error(`no answer: ${output}`)), 10_000);
  });
  child.stdin!.write('this is not JSON\n{"jsonrpc":"2.0"}\n{"id":1,\n');
  child.stdin!.write(`${JSON.stringify({ jsonrpc: '2.0', id: 7, method: 'initialize', params: { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 'raw', version: '0' } } })}\n`);
  const response = JSON.parse(await answered);
  assert.equal(response.result.serverInfo.name, packageName);
  child.kill();
});
