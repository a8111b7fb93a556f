// Reads pages of the production build in build/, as a crawler would.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load, type CheerioAPI } from 'cheerio';
import { path } from '../../scripts/load.ts';

/** The built HTML file for a site path such as /rest/overview/error-codes/. */
export function builtFile(sitePath: string): string {
  const clean = sitePath.replace(/[?#].*$/, '');
  return path(join('build', clean.endsWith('/') ? `${clean}index.html` : clean));
}

export function builtPage(sitePath: string): CheerioAPI {
  const file = builtFile(sitePath);
  if (!existsSync(file)) throw new Error(`${sitePath} is not in build/ (looked for ${file}).`);
  return load(readFileSync(file, 'utf8'));
}

/** Every HTML file of the build, as paths relative to build/. */
export function builtHtmlFiles(): string[] {
  return readdirSync(path('build'), { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html'));
}

/** The built JavaScript files whose code contains every one of `marks`. */
function builtChunksWith(...marks: string[]): string[] {
  return readdirSync(path('build/assets/js')).filter((file) => {
    if (!file.endsWith('.js')) return false;
    const code = readFileSync(path(`build/assets/js/${file}`), 'utf8');
    return marks.every((mark) => code.includes(mark));
  });
}

/** The built JavaScript files that hold Prism: 'atom-input' is a token name only its bundled GraphQL grammar has. */
export const builtChunksWithPrism = () => builtChunksWith('atom-input');

/** The built JavaScript files that hold marked: its block grammar's `blockquote` rule, built by `getRegex`. */
export const builtChunksWithMarked = () => builtChunksWith('getRegex', 'blockquote');

/** The built JavaScript files that hold Mermaid: 'mermaidAPI' is a key of its API object, which its SVGs never say. */
export const builtChunksWithMermaid = () => builtChunksWith('mermaidAPI');
