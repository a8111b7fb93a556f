// V8 compiles a function the first time it is called, on the main thread: most of the main
// bundle's evaluation, and of a route's chunks when they arrive, was that compiling. A script
// that opens with the magic comment below is compiled whole, ahead of its first run and on a
// background thread while it streams in (Chrome 136 and later; other engines read a comment).
// https://v8.dev/blog/explicit-compile-hints
//
// Only the scripts whose code runs as a page starts get it: the entry chunks and the chunks of
// the routes (Docusaurus names each route's chunk in its registry). Chunks loaded on demand,
// such as the try-it console's 5 MB, stay lazily compiled: compiling them ahead would spend
// time and memory on code most readers never run.
import type { Plugin } from '@docusaurus/types';
import type { Compilation, Compiler } from 'webpack';

export const compileHint = '//# allFunctionsCalledOnLoad\n';

/** The files of the chunk groups that run when a page loads: entry points and named (route) groups. */
function filesRunOnLoad(compilation: Pick<Compilation, 'entrypoints' | 'chunkGroups'>): Set<string> {
  const groups = new Set([...compilation.entrypoints.values(), ...compilation.chunkGroups.filter((group) => group.name)]);
  return new Set([...groups].flatMap((group) => group.chunks.flatMap((chunk) => [...chunk.files])).filter((file) => file.endsWith('.js')));
}

class CompileHints {
  apply(compiler: Compiler) {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap('CompileHints', (compilation) => {
      // After minification, which would drop the comment, and before the content hashes.
      compilation.hooks.processAssets.tap({ name: 'CompileHints', stage: Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_SIZE + 1 }, () => {
        const files = filesRunOnLoad(compilation);
        if (![...files].some((file) => /(^|\/)main\.[^/]*js$/.test(file))) {
          compilation.errors.push(new Error('compile-hints: no main bundle among the entry chunks; the plugin no longer sees the build as it expects.'));
        }
        for (const file of files) compilation.updateAsset(file, (source) => new sources.ConcatSource(compileHint, source));
      });
    });
  }
}

export default function compileHints(): Plugin {
  return {
    name: 'compile-hints',
    configureWebpack: (_config, isServer) => (isServer ? {} : { plugins: [new CompileHints()] }),
  };
}
