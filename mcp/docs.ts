// The site's pages as the package carries them: the Markdown copies the build wrote and
// llms.txt, read by path or URL, and searched section by section.
import GithubSlugger from 'github-slugger';
import MiniSearch from 'minisearch';
import { closest } from './distance.ts';

export interface Page {
  /** The site path of the HTML page, without the base path: /messaging/quickstart/. */
  path: string;
  /** The copy's path: /messaging/quickstart.md. */
  markdownPath: string;
  title: string;
  markdown: string;
}

export interface Site {
  /** Where the site was built to be served, ending in /: https://developer.signalwire.com/. */
  root: string;
  llmsTxt: string;
  pages: Map<string, Page>;
}

/** The copy's path for a page's path, as the build names it (src/plugins/markdown-copies/markdown-path.ts). */
export const markdownPathOf = (path: string) => (path === '/' ? '/index.md' : `${path.replace(/\/+$/, '')}.md`);

const pathOfCopy = (markdownPath: string) => (markdownPath === '/index.md' ? '/' : `${markdownPath.slice(0, -'.md'.length)}/`);

/**
 * The site from its files: `files` maps each copy's path (/messaging/quickstart.md) to its text.
 * The root is read from llms.txt, whose links the build made absolute with DOCS_URL and
 * DOCS_BASE_URL, so the URLs given out are the ones the pages were built for.
 */
export function loadSite(llmsTxt: string, files: Map<string, string>): Site {
  const full = /\]\((https?:\/\/[^)\s]+\/)llms-full\.txt\)/.exec(llmsTxt);
  if (!full) throw new Error('llms.txt does not link to llms-full.txt, so the site URL is unknown.');
  const pages = new Map<string, Page>();
  for (const [markdownPath, markdown] of files) {
    const title = /^# (.+)$/m.exec(markdown)?.[1]?.trim() ?? markdownPath;
    const path = pathOfCopy(markdownPath);
    pages.set(path, { path, markdownPath, title, markdown });
  }
  return { root: full[1], llmsTxt, pages };
}

export const pageUrl = (site: Site, page: Page) => site.root + page.path.slice(1);
export const copyUrl = (site: Site, page: Page) => site.root + page.markdownPath.slice(1);

export class UnknownPage extends Error {}

/**
 * The page a reader names: its path (/messaging/quickstart/, with or without the last slash),
 * its copy's path (/messaging/quickstart.md), or either as a full URL of the site.
 */
export function findPage(site: Site, given: string): Page {
  const text = given.trim();
  let path = text;
  if (/^[a-z][a-z0-9+.-]*:/i.test(text)) {
    let url: URL;
    try {
      url = new URL(text);
    } catch {
      throw new UnknownPage(`"${text}" is not a URL or a path.`);
    }
    const root = new URL(site.root);
    if (url.origin !== root.origin || !url.pathname.startsWith(root.pathname)) {
      throw new UnknownPage(`${text} is not on these docs (${site.root}); give a path such as /messaging/quickstart/ or a URL under ${site.root}.`);
    }
    path = `/${url.pathname.slice(root.pathname.length)}`;
  } else {
    path = `/${path.replace(/[?#].*$/, '').replace(/^\/+/, '')}`;
    const base = new URL(site.root).pathname;
    if (base !== '/' && path.startsWith(base)) path = `/${path.slice(base.length)}`;
  }
  path = path.replace(/\/index\.html$/, '/').replace(/\.html$/, '/');
  const key = path.endsWith('.md') ? pathOfCopy(path) : path.endsWith('/') ? path : `${path}/`;
  const page = site.pages.get(key);
  if (page) return page;
  const nearest = closest(key, [...site.pages.keys()], 3);
  throw new UnknownPage(`No page at "${text}". Nearest pages: ${nearest.join(', ')}. The list of pages is llms.txt (${site.root}llms.txt).`);
}

interface Section {
  id: number;
  path: string;
  title: string;
  heading: string;
  anchor: string;
  text: string;
}

/** Heading text as written in Markdown, without code marks, emphasis or link targets. */
const plainHeading = (heading: string) => heading.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/[`*]/g, '');

/** A page cut at each heading outside code blocks; each part keeps the heading it sits under. */
function sectionsOf(page: Page, nextId: () => number): Section[] {
  const slugger = new GithubSlugger();
  const sections: Section[] = [];
  let heading = page.title;
  let anchor = '';
  let lines: string[] = [];
  let fence: string | null = null;
  const flush = () => {
    const text = lines.join('\n').trim();
    if (text) sections.push({ id: nextId(), path: page.path, title: page.title, heading, anchor, text });
    lines = [];
  };
  for (const line of page.markdown.split('\n')) {
    const marker = /^\s*(`{3,}|~{3,})/.exec(line)?.[1];
    if (marker && (fence === null || marker.startsWith(fence))) fence = fence === null ? marker : null;
    const match = fence === null && !marker ? /^(#{1,6})\s+(.*)$/.exec(line) : null;
    if (match) {
      flush();
      heading = plainHeading(match[2].trim());
      anchor = match[1].length === 1 ? '' : slugger.slug(heading);
      continue;
    }
    lines.push(line);
  }
  flush();
  return sections;
}

export interface SearchHit {
  title: string;
  section: string;
  url: string;
  markdown_url: string;
  score: number;
  passage: string;
}

/** Up to `length` characters around the first place a matched word occurs. */
function passage(text: string, terms: string[], length = 360): string {
  const flat = text.replace(/\s+/g, ' ');
  const lower = flat.toLowerCase();
  const at = Math.min(...terms.map((term) => lower.indexOf(term.toLowerCase())).filter((i) => i >= 0), flat.length);
  const start = at === flat.length ? 0 : Math.max(0, at - Math.floor(length / 3));
  const end = Math.min(flat.length, start + length);
  return `${start > 0 ? '…' : ''}${flat.slice(start, end).trim()}${end < flat.length ? '…' : ''}`;
}

/** Words, and an error code or a field name (body_or_media_required) both whole and in its parts. */
function tokenize(text: string): string[] {
  return text.split(/[^\p{L}\p{N}_]+/u).flatMap((word) => (word.includes('_') ? [word, ...word.split('_')] : [word])).filter(Boolean);
}

export function searchIndex(site: Site) {
  let id = 0;
  const sections = [...site.pages.values()].flatMap((page) => sectionsOf(page, () => id++));
  const index = new MiniSearch<Section>({
    fields: ['title', 'heading', 'text'],
    storeFields: ['path', 'title', 'heading', 'anchor', 'text'],
    tokenize,
    searchOptions: { boost: { heading: 3, title: 2 }, prefix: true, fuzzy: 0.2 },
  });
  index.addAll(sections);
  return {
    sections: sections.length,
    /** The best section of each of the best pages. */
    search(query: string, limit: number): SearchHit[] {
      const hits: SearchHit[] = [];
      const seen = new Set<string>();
      for (const result of index.search(query)) {
        if (seen.has(result.path)) continue;
        seen.add(result.path);
        const page = site.pages.get(result.path)!;
        hits.push({
          title: page.title,
          section: result.heading,
          url: pageUrl(site, page) + (result.anchor ? `#${result.anchor}` : ''),
          markdown_url: copyUrl(site, page) + (result.anchor ? `#${result.anchor}` : ''),
          score: Math.round(result.score * 100) / 100,
          passage: passage(result.text, result.terms),
        });
        if (hits.length === limit) break;
      }
      return hits;
    },
  };
}
