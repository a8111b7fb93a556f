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

/**
 * The built JavaScript files that hold Prism. 'atom-input' is a token name only Prism's bundled
 * GraphQL grammar has.
 */
export function builtChunksWithPrism(): string[] {
  return readdirSync(path('build/assets/js')).filter(
    (file) => file.endsWith('.js') && readFileSync(path(`build/assets/js/${file}`), 'utf8').includes('atom-input'),
  );
}

/**
 * The built JavaScript files that hold the marked the site imports: its block grammar's
 * `blockquote` rule, built by `getRegex`.
 */
export function builtChunksWithMarked(): string[] {
  return readdirSync(path('build/assets/js')).filter((file) => {
    const code = file.endsWith('.js') ? readFileSync(path(`build/assets/js/${file}`), 'utf8') : '';
    return code.includes('getRegex') && code.includes('blockquote');
  });
}

/**
 * The built JavaScript files that hold Mermaid's library. 'mermaidAPI' is a key of the API object
 * Mermaid exports, which its SVGs never say.
 */
export function builtChunksWithMermaid(): string[] {
  return readdirSync(path('build/assets/js')).filter(
    (file) => file.endsWith('.js') && readFileSync(path(`build/assets/js/${file}`), 'utf8').includes('mermaidAPI'),
  );
}
