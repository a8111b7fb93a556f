// Mermaid diagrams drawn at build time. Drawn in the reader's browser, Mermaid held a phone's main
// thread for seconds after the page had painted, to lay out diagrams that never change. This remark
// plugin has Mermaid's own renderer draw each ```mermaid block in Debian's Chromium
// (scripts/chromium.ts), once for each color mode, and hands src/theme/Mermaid the source and both
// SVGs; CSS shows the one of the page's mode. Renders are cached by what they depend on, so a
// build redraws only the diagrams that changed.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Code, Root } from 'mdast';
import type { Page } from 'playwright-core';
import { visit } from 'unist-util-visit';
import { chromiumPath, launchBrowser } from '../../scripts/chromium';

export type Mode = 'light' | 'dark';
export const modes: Mode[] = ['light', 'dark'];

// Arial's metrics, which Liberation Sans shares, wherever the page is read: the boxes are sized
// for the text at build time, and Mermaid's default (Trebuchet MS first) is wider on the machines
// that have it than Linux's stand-in the build measures.
const fontFamily = 'arial, "Liberation Sans", sans-serif';

/** Mermaid's configuration in each mode. */
export const mermaidConfig: Record<Mode, Record<string, unknown>> = {
  light: { startOnLoad: false, securityLevel: 'strict', fontFamily, theme: 'default', themeVariables: { fontFamily } },
  dark: {
    startOnLoad: false,
    securityLevel: 'strict',
    fontFamily,
    theme: 'dark',
    // The dark theme writes edge labels #ccc on #585858 (4.4:1); on #3d3d3d they pass.
    themeVariables: { fontFamily, edgeLabelBackground: '#3d3d3d' },
  },
};

const mermaidBundle = require.resolve('mermaid/dist/mermaid.min.js');
const mermaidVersion: string = JSON.parse(readFileSync(require.resolve('mermaid/package.json'), 'utf8')).version;
const cacheDir = join(__dirname, '../../node_modules/.cache/mermaid-svg');

export const missingChromium = () =>
  `No Chromium at ${chromiumPath} to draw the Mermaid diagrams into SVG: install Debian's chromium package ` +
  `(as root, 'bash scripts/ensure-tools.sh chromium' does) or set CHROMIUM_PATH to Chromium's executable.`;

/** What a render depends on: Mermaid, its configuration, this file (how an SVG is made), and the diagram. */
function cacheKey(source: string, mode: Mode): string {
  return createHash('sha256')
    .update(JSON.stringify([mermaidVersion, mermaidConfig[mode], readFileSync(__filename, 'utf8'), source]))
    .digest('hex');
}

/**
 * Removes the ids nothing refers to, and fails on any other that could clash with another SVG's:
 * both modes' SVGs of a diagram sit in the same page, and Mermaid repeats some ids (edge labels'
 * "edge0", say) even within one SVG. The rest are prefixed with the SVG's id, which Mermaid also
 * scopes the SVG's styles by.
 */
export function pruneIds(svg: string, rootId: string): string {
  const referenced = new Set<string>();
  for (const [, id] of svg.matchAll(/#([\w-]+)/g)) referenced.add(id);
  for (const [, ids] of svg.matchAll(/aria-(?:labelledby|describedby)="([^"]*)"/g)) for (const id of ids.split(/\s+/)) referenced.add(id);
  const pruned = svg.replace(/ id="([^"]*)"/g, (attribute, id: string) => (referenced.has(id) ? attribute : ''));
  const ids = [...pruned.matchAll(/ id="([^"]*)"/g)].map(([, id]) => id);
  const clashing = ids.filter((id, index) => !id.includes(rootId) || ids.indexOf(id) !== index);
  if (clashing.length > 0) throw new Error(`Mermaid's SVG has ids that could clash in the page: ${clashing.join(', ')}`);
  return pruned;
}

// One page for the whole build, Mermaid loaded into it once; diagrams are drawn one at a time
// (mermaid.initialize sets a global), and the browser closes once none has been asked for a while.
let renderer: Promise<Page> | undefined;
let queue: Promise<unknown> = Promise.resolve();
let idle: NodeJS.Timeout | undefined;

async function openRenderer(): Promise<Page> {
  const browser = await launchBrowser();
  const page = await browser.newPage();
  await page.setContent('<!doctype html><html><head><title>Mermaid</title></head><body></body></html>');
  await page.addScriptTag({ content: readFileSync(mermaidBundle, 'utf8') });
  return page;
}

function closeRenderer(): void {
  const closing = renderer;
  renderer = undefined;
  void closing?.then((page) => page.context().browser()?.close()).catch(() => {});
}

function draw(source: string, mode: Mode, id: string): Promise<string> {
  const drawn = queue.then(async () => {
    clearTimeout(idle);
    const page = await (renderer ??= openRenderer());
    try {
      return await page.evaluate(
        async ({ source, config, id }) => {
          const mermaid = (globalThis as unknown as { mermaid: { initialize(config: unknown): void; render(id: string, source: string): Promise<{ svg: string }> } }).mermaid;
          mermaid.initialize(config);
          return (await mermaid.render(id, source)).svg;
        },
        { source, config: mermaidConfig[mode], id },
      );
    } finally {
      idle = setTimeout(closeRenderer, 2000);
    }
  });
  queue = drawn.catch(() => {});
  return drawn;
}

/** A diagram's SVG in one mode, from the cache or drawn. Its id is `mermaid-` and the start of the cache key. */
export async function renderDiagram(source: string, mode: Mode): Promise<{ id: string; svg: string }> {
  const key = cacheKey(source, mode);
  const id = `mermaid-${key.slice(0, 12)}`;
  const file = join(cacheDir, `${key}.svg`);
  if (existsSync(file)) return { id, svg: readFileSync(file, 'utf8') };
  const svg = pruneIds(await draw(source, mode, id), id);
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(`${file}.${process.pid}`, svg);
  renameSync(`${file}.${process.pid}`, file);
  return { id, svg };
}

let warned = false;

export interface Options {
  /** Draws a diagram in one mode (tests pass their own). */
  render?: typeof renderDiagram;
  /** Whether Chromium is there to draw with. */
  hasChromium?: () => boolean;
}

/** Mermaid's text alternative: accTitle names the diagram and accDescr says what it shows. */
const hasTextAlternative = (source: string) => /^\s*accTitle\s*:\s*\S/m.test(source) && /^\s*accDescr\s*(:\s*\S|\{)/m.test(source);

/**
 * The remark plugin, before Docusaurus's own: each ```mermaid block becomes the element
 * src/theme/Mermaid renders, with its source and one SVG for each mode. A production build without
 * Chromium fails; the dev server shows the diagram's source instead, with a note saying why.
 */
export default function remarkMermaidSvg({ render = renderDiagram, hasChromium = () => existsSync(chromiumPath) }: Options = {}) {
  return async (tree: Root, file: { path?: string }): Promise<void> => {
    const blocks: Code[] = [];
    visit(tree, 'code', (node) => {
      if (node.lang === 'mermaid') blocks.push(node);
    });
    if (blocks.length === 0) return;
    for (const node of blocks) {
      if (!hasTextAlternative(node.value)) {
        const where = `${file.path ?? 'a page'}${node.position ? `:${node.position.start.line}` : ''}`;
        throw new Error(`The Mermaid diagram at ${where} needs a text alternative: an accTitle line naming it and an accDescr saying what it shows.`);
      }
    }
    const drawing = hasChromium();
    if (!drawing) {
      if (process.env.NODE_ENV === 'production') throw new Error(missingChromium());
      if (!warned) console.warn(`[mermaid-svg] ${missingChromium()} The pages show the diagrams' source instead.`);
      warned = true;
    }
    // A diagram drawn twice in one page gets its ids numbered, so they stay unique.
    const seen = new Map<string, number>();
    const unique = ({ id, svg }: { id: string; svg: string }) => {
      const count = (seen.get(id) ?? 0) + 1;
      seen.set(id, count);
      return count === 1 ? svg : svg.replaceAll(id, `${id}-${count}`);
    };
    for (const node of blocks) {
      const properties: Record<string, string> = { value: node.value };
      if (drawing) {
        for (const mode of modes) properties[mode] = unique(await render(node.value, mode));
      } else {
        properties.unrendered = missingChromium();
      }
      // As Docusaurus's own plugin does with `markdown.mermaid`: the element MDX maps to @theme/Mermaid.
      const element = { type: 'mermaidCodeBlock', position: node.position, data: { hName: 'mermaid', hProperties: properties } };
      for (const key of Object.keys(node)) delete node[key as keyof Code];
      Object.assign(node, element);
    }
  };
}
