// A guide that shows a request and then "the answer looks like this" must show the answer to that
// request: the response example a page renders after its samples has the to, from, body and media
// the page's curl sample sends, and so has the spec's request example of the same name.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { path } from '../../scripts/load.ts';
import { deref, spec } from '../helpers/spec.ts';

const guides = readdirSync(path('docs/guides/messaging')).filter((file) => file.endsWith('.mdx'));
// A request without media is a message with an empty list of them.
const pick = (value: Record<string, unknown>) => ({ to: value.to, from: value.from, body: value.body, media: value.media ?? [] });

const shown = guides.flatMap((file) => {
  const source = readFileSync(path(`docs/guides/messaging/${file}`), 'utf8');
  const curl = /^import curl from '@site\/(samples\/[^?']+)\?\w+';$/m.exec(source)?.[1];
  const first = /<SpecExample where="\/api\/messaging\/messages" status="201" name="(\w+)" \/>/.exec(source)?.[1];
  return curl && first ? [{ file, curl, example: first }] : [];
});

test('the guides that show a send and its answer are found', () => {
  assert.deepEqual(shown.map((s) => s.file).sort(), ['quickstart.mdx', 'send-mms.mdx']);
});

for (const { file, curl, example } of shown) {
  test(`${file}: the answer it shows is the answer to the request its samples send`, () => {
    const payload = JSON.parse(/-d '([\s\S]*?)'/.exec(readFileSync(path(curl), 'utf8'))![1]);
    const operation = spec.paths['/api/messaging/messages'].post;
    const response = deref(operation.responses['201']).content['application/json'].examples[example];
    const request = deref(operation.requestBody).content['application/json'].examples[example];
    assert.deepEqual(pick(deref(response).value), pick(payload), `the ${example} response example`);
    assert.deepEqual(pick(request.value), pick(payload), `the ${example} request example`);
  });
}
