// Guides import the tested sample files as text (`import code from '@site/samples/x.py?raw'`), so
// a page shows exactly the code that ran in the tests.
import type { Plugin } from '@docusaurus/types';

export default function rawSamples(): Plugin {
  return {
    name: 'raw-samples',
    configureWebpack: () => ({ module: { rules: [{ resourceQuery: /raw/, type: 'asset/source' }] } }),
  };
}
