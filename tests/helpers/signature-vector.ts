// The published test vector of SignalWire's webhook signatures, read from where SignalWire
// publishes it: the tests of validateRequest in its npm package @signalwire/web-api (the exact
// version pinned in package.json ships src/validateRequest.test.ts). Read, not copied, so the
// vector cannot drift from the one SignalWire's own SDK is tested with.
import { readFileSync } from 'node:fs';
import { path } from '../../scripts/load.ts';

const source = 'node_modules/@signalwire/web-api/src/validateRequest.test.ts';
const text = readFileSync(path(source), 'utf8');

function constant(name: string): string {
  const match = new RegExp(`const ${name} =\\s*'([^']*)'`).exec(text);
  if (!match) throw new Error(`${source} no longer defines ${name} as a string: read the test again and update this helper`);
  return match[1];
}

export const signatureVector = {
  source: `${source} (@signalwire/web-api)`,
  signingKey: constant('validKey'),
  url: constant('url'),
  body: constant('rawBody'),
  signature: constant('header'),
};
