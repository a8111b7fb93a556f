// Guides import the tested sample files as text (`import code from '@site/samples/x.py?raw'`), or
// as their text and file name (`?sample`), so a page shows exactly the code that ran in the tests,
// under the name it ran as.
import type { Plugin } from '@docusaurus/types';

export default function rawSamples(): Plugin {
  return {
    name: 'raw-samples',
    configureWebpack: () => ({
      module: {
        rules: [
          { resourceQuery: /raw/, type: 'asset/source' },
          { resourceQuery: /sample/, type: 'javascript/auto', use: [require.resolve('./sample-loader.cjs')] },
        ],
      },
    }),
  };
}
