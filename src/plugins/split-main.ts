// React DOM in a bundle of its own, beside the main one. Every page loads both before React
// starts, as it loaded main alone before; but the browser compiles each script in a task of its
// own, and main's one task (compiling React DOM and the rest, then running them) was the longest
// a page had after its first paint. React DOM's code now compiles in the task before.
import type { Plugin } from '@docusaurus/types';

export const reactDomChunk = 'react-dom';

export default function splitMain(): Plugin {
  return {
    name: 'split-main',
    configureWebpack: (_config, isServer) =>
      isServer
        ? {}
        : {
            optimization: {
              splitChunks: {
                cacheGroups: {
                  [reactDomChunk]: {
                    test: /[\\/]node_modules[\\/](react-dom|scheduler)[\\/]/,
                    name: reactDomChunk,
                    chunks: 'initial',
                    priority: 100,
                    enforce: true,
                  },
                },
              },
            },
          },
  };
}
