// Docusaurus puts every module that half the pages' chunks share into one "common" chunk, which
// any page needing one of them loads whole. Mermaid's diagram chunks all share its parser
// (650 KB), so every docs page downloaded it, diagram or not. Left out of "common", it stays in
// the chunks Mermaid loads on the pages that draw a diagram.
import type { Plugin } from '@docusaurus/types';
import type { Module, NormalModule } from 'webpack';

const mermaid = /[\\/]node_modules[\\/](@mermaid-js|mermaid)[\\/]/;

export default function mermaidOutOfCommon(): Plugin {
  return {
    name: 'mermaid-out-of-common',
    configureWebpack: (_config, isServer) =>
      isServer
        ? {}
        : {
            optimization: {
              splitChunks: {
                cacheGroups: {
                  common: { test: (module: Module) => !mermaid.test((module as NormalModule).resource ?? '') },
                },
              },
            },
          },
  };
}
