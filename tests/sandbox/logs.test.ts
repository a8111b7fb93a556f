// The message log list: paging by its links, the date filters, and the history limit.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { defaults } from '../../sandbox/core/config.ts';
import { beyondHistoryId } from '../../sandbox/core/test-numbers.ts';
import { authorization, jsonHeaders, sandboxServer, sms } from '../helpers/sandbox.ts';
import { spec } from '../helpers/spec.ts';

const day = (date: Date, offset = 0) => new Date(date.getTime() + offset * 86_400_000).toISOString().slice(0, 10);

async function setup(now: () => Date = () => new Date(), listSpec = spec) {
  const app = await sandboxServer({}, { now, spec: listSpec as never });
  const send = async (body: string) =>
    (await app.inject({ method: 'POST', url: '/api/messaging/messages', headers: jsonHeaders, payload: JSON.stringify({ ...sms, body }) })).json();
  const list = async (query: string) => app.inject({ method: 'GET', url: `/api/messaging/logs${query}`, headers: { authorization, host: 'localhost:4010' } });
  return { app, send, list };
}

test('pages follow links.next to the end, newest first, each log once', async () => {
  const { app, send, list } = await setup();
  const sent = [];
  for (let i = 0; i < 5; i++) sent.push((await send(`Message ${i}`)).id);
  const seen: string[] = [];
  let response = await list('?page_size=2');
  for (let page = 0; page < 10; page++) {
    assert.equal(response.statusCode, 200, response.body);
    const body = response.json();
    assert.ok(body.data.length <= 2);
    assert.match(body.links.self, /^http:\/\/localhost:4010\/api\/messaging\/logs\?/);
    seen.push(...body.data.map((log: { id: string }) => log.id));
    if (!body.links.next) break;
    response = await list(body.links.next.slice('http://localhost:4010/api/messaging/logs'.length));
  }
  assert.deepEqual(seen, sent.reverse());
  await app.close();
});

test('the first page has no prev and the last no next', async () => {
  const { app, send, list } = await setup();
  for (let i = 0; i < 3; i++) await send(`Message ${i}`);
  const first = (await list('?page_size=2')).json();
  assert.ok(!('prev' in first.links));
  assert.ok('next' in first.links);
  const last = (await list('?page_size=2&page_token=PA2')).json();
  assert.ok(!('next' in last.links));
  assert.ok('prev' in last.links);
  assert.equal(last.data.length, 1);
  await app.close();
});

const pageSizeOf = (listSpec: typeof spec) =>
  listSpec.paths['/api/messaging/logs'].get.parameters.find((p: { name: string }) => p.name === 'page_size').schema;

test("page_size defaults to the spec's default and takes its minimum and maximum", async () => {
  const { default: size, minimum, maximum } = pageSizeOf(spec);
  const { app, list } = await setup();
  assert.equal(new URL((await list('')).json().links.self).searchParams.get('page_size'), String(size));
  for (const edge of [minimum, maximum]) assert.equal((await list(`?page_size=${edge}`)).statusCode, 200, String(edge));
  for (const beyond of [minimum - 1, maximum + 1]) assert.equal((await list(`?page_size=${beyond}`)).statusCode, 400, String(beyond));
  await app.close();
});

test('the page size follows the spec the sandbox is given, not a number of its own', async () => {
  const changed = structuredClone(spec);
  pageSizeOf(changed).default = 2;
  const { app, send, list } = await setup(undefined, changed);
  for (const body of ['one', 'two', 'three']) await send(body);
  const page = (await list('')).json();
  assert.equal(page.data.length, 2);
  assert.equal(new URL(page.links.next).searchParams.get('page_size'), '2');
  await app.close();
});

test('a spec without a page_size default is refused when the sandbox is created', async () => {
  const changed = structuredClone(spec);
  delete pageSizeOf(changed).default;
  await assert.rejects(setup(undefined, changed), /page_size of the message log list no default/);
});

test('created_on, created_before and created_after pick days', async () => {
  const clock = { now: new Date('2026-03-10T12:00:00Z') };
  const { app, send, list } = await setup(() => clock.now);
  const early = (await send('On the 10th')).id;
  clock.now = new Date('2026-03-12T12:00:00Z');
  const late = (await send('On the 12th')).id;
  const ids = async (query: string) => (await list(query)).json().data.map((log: { id: string }) => log.id);
  assert.deepEqual(await ids('?created_on=2026-03-10'), [early]);
  assert.deepEqual(await ids('?created_before=2026-03-12'), [early]);
  assert.deepEqual(await ids('?created_after=2026-03-10'), [late]);
  assert.deepEqual(await ids('?created_after=2026-03-10&created_before=2026-03-12'), []);
  assert.deepEqual(await ids('?include_deleted=true'), [late, early]);
  await app.close();
});

test(`dates more than ${defaults.historyDays} days back get exceeds_history_logs_limit; the day after the limit does not`, async () => {
  const now = new Date();
  const { app, list } = await setup(() => now);
  const oldest = day(now, -defaults.historyDays);
  for (const query of [`?created_on=${day(now, -defaults.historyDays - 1)}`, `?created_before=${oldest}`]) {
    const response = await list(query);
    assert.equal(response.statusCode, 422, query);
    assert.deepEqual(
      response.json().errors.map((e: { type: string; code: string }) => [e.type, e.code]),
      [['account_error', 'exceeds_history_logs_limit']],
    );
  }
  for (const query of [`?created_on=${oldest}`, `?created_before=${day(now, -defaults.historyDays + 1)}`, '?created_after=2000-01-01']) {
    assert.equal((await list(query)).statusCode, 200, query);
  }
  await app.close();
});

test('the documented old message ID gets exceeds_history_logs_limit', async () => {
  const { app } = await setup();
  const response = await app.inject({ method: 'GET', url: `/api/messaging/logs/${beyondHistoryId}`, headers: { authorization } });
  assert.equal(response.statusCode, 422);
  assert.equal(response.json().errors[0].code, 'exceeds_history_logs_limit');
  await app.close();
});

test('each unreadable date gets its own datetime_required entry, naming its parameter', async () => {
  const { app, list } = await setup();
  const response = await list('?created_before=tomorrow&created_after=2026-13-01&created_on=2026-03-10');
  assert.equal(response.statusCode, 422);
  assert.deepEqual(
    response.json().errors.map((e: { code: string; attribute: string }) => [e.code, e.attribute]),
    [['datetime_required', 'created_before'], ['datetime_required', 'created_after']],
  );
  await app.close();
});

test('a date and time with its offset is read in UTC; a day without one too', async () => {
  const clock = { now: new Date('2026-03-10T12:00:00Z') };
  const { app, send, list } = await setup(() => clock.now);
  await send('On the 10th, UTC');
  // 23:30 on the 9th in New York is the 10th in UTC.
  for (const on of ['2026-03-10', '2026-03-09T23:30:00-04:00', '2026-03-10T00:00:00Z']) {
    const response = await list(`?created_on=${encodeURIComponent(on)}`);
    assert.equal(response.statusCode, 200, `${on}: ${response.body}`);
    assert.equal(response.json().data.length, 1, on);
  }
  await app.close();
});

test('links carry page_number beside page_token, and the page they name is the page they lead to', async () => {
  const { app, send, list } = await setup();
  for (let i = 0; i < 5; i++) await send(`Message ${i}`);
  const first = (await list('?page_size=2')).json();
  const next = new URL(first.links.next);
  assert.equal(next.searchParams.get('page_number'), '1');
  assert.ok(next.searchParams.get('page_token'));
  const second = await list(next.search);
  assert.equal(second.statusCode, 200);
  assert.equal(new URL(second.json().links.next).searchParams.get('page_number'), '2');
  // A page number without the token it needs, or with one the API never issued.
  assert.equal((await list('?page_number=1')).json().errors[0].code, 'page_token_required');
  assert.equal((await list(`?page_number=1&page_token=${encodeURIComponent('PA2x')}`)).json().errors[0].code, 'page_token_is_invalid');
  await app.close();
});
