// The sandbox page as built states the sandbox's numbers as the sandbox's code has them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sandboxFacts } from '../../src/components/SandboxFacts/facts.ts';
import { builtPage } from '../helpers/build.ts';

test('the built sandbox page states each of the sandbox\'s numbers', () => {
  const $ = builtPage('/messaging/sandbox/');
  const text = $('main').text().replace(/\s+/g, ' ');
  const f = sandboxFacts;
  const stated = [
    `a body over ${f.bodyLimit} get`,
    `with a ${f.callbackTimeout} timeout`,
    `up to the ${f.storedMessages} most recent`,
    `changes status about ${f.stepRate}`,
    `listens on ${f.listenHost} only`,
    `choose ${f.localUrl}`,
    `reach back ${f.historyDays} days`,
    `set to ${f.mmsSegments}`,
    `charge is always ${f.charge} and charge_details always ${f.chargeDetails}`,
    f.logChoices.map(([field, value]) => `${field} ${value}`).join(', ').replace(/, ([^,]*)$/, ' and $1'),
    `loopback addresses (${f.loopbackHosts.join(', ').replace(/, ([^,]*)$/, ' and $1')})`,
    `anything but ${f.loopbackHosts.join(', ').replace(/, ([^,]*)$/, ' or $1')}, with any port`,
    `at ${f.allowedOrigins.join(', ').replace(/, ([^,]*)$/, ' or $1')}.`,
  ];
  for (const words of stated) assert.ok(text.includes(words), `the page does not say "${words}"`);
});
