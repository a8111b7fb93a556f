// The pages the bench measures, in one list, and which of them BENCH_PAGES picks.
import { errorCodesPage } from '../../openapi/site-paths.ts';
import { barePagePath } from './bare-site.ts';

/** Where a measured page comes from: our build, BENCH_BASELINE's, the bare floor, the stock theme. */
export type Build = 'ours' | 'baseline' | 'floor' | 'stock';

export interface Page {
  name: string;
  path: string;
  /** Reference pages carry the API explorer; the JavaScript target is theirs. */
  reference: boolean;
}

export const ourPages: Page[] = [
  { name: 'home', path: '/', reference: false },
  { name: 'quickstart', path: '/messaging/quickstart/', reference: false },
  { name: 'reference', path: '/rest/messaging/send-message/', reference: true },
  { name: 'error-codes', path: errorCodesPage, reference: false },
  // A page of cards, one per operation of the tag, where DocCard's emoji check runs per card.
  { name: 'tag', path: '/rest/messaging/messages/', reference: false },
  // The guide with the Mermaid diagrams.
  { name: 'statuses', path: '/messaging/statuses/', reference: false },
  // The search page starts in the browser and runs the query from the address.
  { name: 'search', path: '/search/?q=redact', reference: false },
];

export const floorPage: Page = { name: 'bare-docusaurus', path: barePagePath, reference: false };
export const stockName = 'stock-reference';

/**
 * BENCH_PAGES=home,reference (names or paths) narrows our pages; `stock-reference` adds the stock
 * theme's page. The floor is in every run: the targets are set against it.
 */
export function selectPages(wanted: string | undefined): { pages: Page[]; withStock: boolean } {
  const names = wanted?.split(',').map((name) => name.trim()).filter(Boolean);
  if (!names?.length) return { pages: ourPages, withStock: true };
  const known = [...ourPages.flatMap((page) => [page.name, page.path]), stockName, floorPage.name];
  const unknown = names.filter((name) => !known.includes(name));
  if (unknown.length) {
    throw new Error(`BENCH_PAGES: unknown ${unknown.join(', ')}; pages are ${[...ourPages.map((page) => page.name), stockName].join(', ')}.`);
  }
  return {
    pages: ourPages.filter((page) => names.includes(page.name) || names.includes(page.path)),
    withStock: names.includes(stockName),
  };
}
