// A Markdown copy of every page, for readers that are programs: AI assistants, agents, scripts.
// After the build, it writes /a/b.md beside /a/b/index.html (the reference from the spec, the rest
// from the built HTML), links each HTML page to its copy, and writes llms.txt and llms-full.txt.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';
import { parse } from 'yaml';
import { firstSentence, introductionMarkdown, operationMarkdown, tagMarkdown } from './from-spec';
import { markdownFromHtml } from './from-html';
import { llmsFullTxt, llmsTxt, type Site } from './llms-txt';
import { normalize } from './markdown';
import { markdownPath } from './markdown-path';
import { operationsOf, type OperationPlace, type Spec } from './operation-document';
import { pagesInOrder, type Page } from './pages';
import { absoluteUrl, markdownLink } from './paths';

export interface Options {
  /** llms.txt's summary of the site, under its title. */
  description: string;
  /** The published spec (after `npm run spec`), relative to the site's folder. */
  specPath: string;
  /** Files llms.txt lists under "Optional", by site path. */
  machineReadable: Site['machineReadable'];
}

/** The page's HTML file in the build: /a/b/ → a/b/index.html. */
const htmlFile = (outDir: string, sitePath: string) => join(outDir, sitePath, 'index.html');

// Docusaurus hands a plugin its options untyped; the config checks them with `satisfies Options`.
export default function markdownCopies(context: LoadContext, untypedOptions: unknown): Plugin {
  const options = untypedOptions as Options;
  return {
    name: 'markdown-copies',
    async postBuild({ outDir, plugins, siteConfig }) {
      const { baseUrl, url: siteUrl } = siteConfig;
      const spec = parse(readFileSync(join(context.siteDir, options.specPath), 'utf8')) as Spec;
      const places = operationsOf(spec);
      const placeOf = (summary: string): OperationPlace => {
        const found = places.filter((place) => place.operation.summary === summary);
        if (found.length !== 1) throw new Error(`markdown-copies: ${found.length} operations of the spec have the summary "${summary}".`);
        return found[0];
      };
      const pages = pagesInOrder(plugins, baseUrl, { title: siteConfig.title, description: siteConfig.tagline }).map((page): Page => {
        // The theme's descriptions stop at the first line break; the spec has the whole sentence.
        if (page.source.from === 'operation') return { ...page, description: firstSentence(String(placeOf(page.source.summary).operation.description)) };
        if (page.source.from === 'introduction') return { ...page, description: String(spec.info.summary ?? page.description) };
        return page;
      });
      const paths = new Set(pages.map((page) => page.path));
      const routeOf = (place: OperationPlace) => pages.find((page) => page.source.from === 'operation' && page.source.summary === place.operation.summary)!.path;

      const copies = new Map<string, string>();
      for (const page of pages) {
        const links = { page: page.path, baseUrl, pages: paths };
        const relative = (href: string) => markdownLink(href, links);
        let markdown: string;
        if (page.source.from === 'operation') {
          markdown = normalize(operationMarkdown(spec, placeOf(page.source.summary)).markdown, relative);
        } else if (page.source.from === 'introduction') {
          markdown = normalize(introductionMarkdown(spec, routeOf), relative);
        } else if (page.source.from === 'tag') {
          markdown = normalize(tagMarkdown(spec, page.source.name, routeOf), relative);
        } else {
          const file = htmlFile(outDir, page.path);
          if (!existsSync(file)) throw new Error(`markdown-copies: ${page.path} has no built page at ${file}.`);
          markdown = markdownFromHtml(readFileSync(file, 'utf8'), links);
        }
        copies.set(page.path, markdown);
        const target = join(outDir, markdownPath(page.path));
        mkdirSync(dirname(target), { recursive: true });
        writeFileSync(target, markdown);
        linkFromHtml(htmlFile(outDir, page.path), `${baseUrl}${markdownPath(page.path).slice(1)}`);
      }

      const site: Site = {
        title: siteConfig.title,
        description: options.description,
        url: (sitePath) => absoluteUrl(sitePath, siteUrl, baseUrl),
        machineReadable: options.machineReadable,
      };
      writeFileSync(join(outDir, 'llms.txt'), llmsTxt(pages, site));
      writeFileSync(join(outDir, 'llms-full.txt'), llmsFullTxt(pages, copies, site));
    },
  };
}

/** Points the HTML page at its copy, so a tool that fetched the HTML finds the Markdown. */
function linkFromHtml(file: string, href: string) {
  const html = readFileSync(file, 'utf8');
  const tag = `<link rel="alternate" type="text/markdown" href="${href}">`;
  if (html.includes(tag)) return;
  if (!html.includes('</head>')) throw new Error(`markdown-copies: ${file} has no </head>.`);
  writeFileSync(file, html.replace('</head>', `${tag}</head>`));
}
