// llms.txt (https://llmstxt.org): the site's title and summary, then each page's copy with its
// one-line description, in the order a reader meets them. llms-full.txt: the same pages' copies in
// one file, so an agent given only that file has every field, rule, code and example.
import { normalize } from './markdown';
import { markdownPath } from './markdown-path';
import type { Page, Section } from './pages';

const sections: Section[] = ['Guides', 'API reference', 'Error codes'];

export interface Site {
  title: string;
  description: string;
  /** The absolute URL of a file of the site, from its site path. */
  url: (sitePath: string) => string;
  /** Files beside the pages that a tool may want: the spec, the catalog JSON. */
  machineReadable: { title: string; path: string; description: string }[];
}

export function llmsTxt(pages: Page[], site: Site): string {
  const listed = (section: Section) => pages.filter((page) => page.section === section);
  const line = (title: string, path: string, description: string) => `- [${title}](${site.url(path)}): ${description}`;
  return [
    `# ${site.title}`,
    `> ${site.description}`,
    `Each page below is a Markdown copy of a page of the site; every HTML page links to its copy with \`<link rel="alternate" type="text/markdown">\`. All of them in one file, in this order: [llms-full.txt](${site.url('/llms-full.txt')}).`,
    ...sections.flatMap((section) => [`## ${section}`, listed(section).map((page) => line(page.title, markdownPath(page.path), page.description)).join('\n')]),
    // "Optional" is llms.txt's name for what an agent may skip when its context is short.
    '## Optional',
    site.machineReadable.map((file) => line(file.title, file.path, file.description)).join('\n'),
  ].join('\n\n') + '\n';
}

/** Every listed page's copy, in llms.txt's order, with links made absolute: the file is read out of place. */
export function llmsFullTxt(pages: Page[], copies: Map<string, string>, site: Site): string {
  const parts = sections.flatMap((section) =>
    pages
      .filter((page) => page.section === section)
      .map((page) => {
        const base = site.url(markdownPath(page.path));
        const copy = copies.get(page.path);
        if (copy === undefined) throw new Error(`llms-full.txt: no copy of ${page.path}.`);
        return normalize(copy, (href) => (href.startsWith('#') ? `${base}${href}` : new URL(href, base).href)).trim();
      }),
  );
  return [`# ${site.title}`, `> ${site.description}`, ...parts].join('\n\n') + '\n';
}
