// The docs' marks of open questions, read from the guides, the spec and the catalog; printed by
// scripts/open-questions.ts and kept in step with the pages by tests/unit/open-questions.test.ts.
// Each item names the page and anchor where the docs say what they assume meanwhile, so an answer
// can be written back there.
//
// The marks live in three places, because YAML cannot hold the <Unspecified> component:
//   - the guides and the error-codes page: <Unspecified id="…" topic="…" [reading="…"]>;
//   - the spec: `x-unspecified` on an operation, a list of { id, topic, reading? };
//   - the error catalog: `unspecified` on a code or a status, a list of { topic, reading? }, and
//     every request code without `shape_published: true`, whose `type` and `attribute` are the
//     sandbox's; every delivery code's `delivery_status`, which is the sandbox's mapping.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import type { Catalog, OpenQuestion } from '../openapi/catalog.ts';
import { codeAnchor, errorCodesPage, sandboxValuesAnchor, statusAnchor } from '../openapi/site-paths.ts';
import { path, root } from './load.ts';

export interface Mark extends OpenQuestion {
  id: string;
  /** The page's route, as the site serves it. */
  page: string;
  /** The id on that page the item links to. */
  anchor: string;
  /** Where the mark is written, relative to the repository. */
  source: string;
}

/** Where each docs instance's files are served (docusaurus.config.ts). */
const docsRoots: [string, string][] = [
  ['docs/guides/', '/'],
  ['docs/rest/', '/rest/'],
];

/** The route of an MDX page: its front matter's slug, or its path under the instance's root. */
export function routeOf(file: string, source: string): string {
  const slug = /^---\n[\s\S]*?^slug:\s*(\S+)\s*$[\s\S]*?^---$/m.exec(source)?.[1];
  if (slug) return slug.endsWith('/') ? slug : `${slug}/`;
  const [dir, base] = docsRoots.find(([d]) => file.startsWith(d)) ?? [];
  if (!dir || !base) throw new Error(`${file}: not under a docs instance.`);
  const rest = file.slice(dir.length).replace(/\.mdx?$/, '').replace(/(^|\/)index$/, '');
  return `${base}${rest}${rest ? '/' : ''}`;
}

const attribute = (attributes: string, name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(attributes)?.[1];

/** The <Unspecified> marks of one MDX source; throws on a mark without id or topic. */
export function marksInMdx(file: string, source: string): Mark[] {
  const page = routeOf(file, source);
  return [...source.matchAll(/<Unspecified\b([^>]*)>/g)].map(([tag, attributes]) => {
    const id = attribute(attributes, 'id');
    const topic = attribute(attributes, 'topic');
    if (!id || !topic) throw new Error(`${file}: ${tag} needs an id and a topic.`);
    const reading = attribute(attributes, 'reading');
    return { id, topic, ...(reading !== undefined && { reading }), page, anchor: id, source: file };
  });
}

function mdxFiles(dir: string): string[] {
  return readdirSync(path(dir), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.mdx'))
    .map((entry) => relative(root, join(entry.parentPath, entry.name)))
    // The generated reference is written from the spec, whose marks are read from the spec.
    .filter((file) => !file.startsWith('docs/rest/messaging/'))
    .sort();
}

const kebab = (id: string) => id.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);

/** The `x-unspecified` lists of the spec's operations, on each operation's reference page. */
export function marksInSpec(): Mark[] {
  return readdirSync(path('openapi/paths'))
    .sort()
    .flatMap((file) => {
      const source = `openapi/paths/${file}`;
      const item = parse(readFileSync(path(source), 'utf8')) as Record<string, { operationId?: string; 'x-unspecified'?: OpenQuestion[] }>;
      return Object.values(item).flatMap((op) =>
        (op['x-unspecified'] ?? []).map((q) => {
          if (!q.id || !q.topic) throw new Error(`${source}: an x-unspecified item of ${op.operationId} needs an id and a topic.`);
          return { ...q, id: q.id, page: `/rest/messaging/${kebab(op.operationId!)}/`, anchor: '', source };
        }),
      );
    });
}

/** The catalog's marks, each on its entry of the error-codes page. */
export function marksInCatalog(catalog: Catalog): Mark[] {
  const source = 'openapi/error-catalog.yaml';
  const on = (anchor: string, qs: OpenQuestion[] | undefined, prefix: string) =>
    (qs ?? []).map((q, i) => ({ ...q, id: q.id ?? `${prefix}${qs!.length > 1 ? `-${i + 1}` : ''}`, page: errorCodesPage, anchor, source }));
  const request = catalog.errors.flatMap((e) => (e.phase === 'request' && !e.shape_published ? [e.code] : []));
  const delivery = catalog.errors.flatMap((e) => (e.phase === 'delivery' ? [e.code] : []));
  const list = (codes: string[]) => codes.map((c) => `\`${c}\``).join(', ');
  return [
    ...catalog.statuses.flatMap((s) => on(statusAnchor(s.status), s.unspecified, `http-${s.status}`)),
    ...catalog.errors.flatMap((e) => on(codeAnchor(e.code), e.unspecified, e.code)),
    {
      id: 'request-code-shapes',
      topic: `The \`type\` and \`attribute\` of ${request.length} request codes: ${list(request)}`,
      page: errorCodesPage,
      anchor: sandboxValuesAnchor,
      source,
    },
    {
      id: 'delivery-code-statuses',
      topic: `Which status, \`failed\` or \`undelivered\`, each of ${delivery.length} delivery codes arrives with: ${list(delivery)}`,
      page: errorCodesPage,
      anchor: sandboxValuesAnchor,
      source,
    },
  ];
}

/** Every mark, guides first, then the spec, then the catalog. */
export function allMarks(): Mark[] {
  const mdx = mdxFiles('docs').flatMap((file) => marksInMdx(file, readFileSync(path(file), 'utf8')));
  const catalog = parse(readFileSync(path('openapi/error-catalog.yaml'), 'utf8')) as Catalog;
  return [...mdx, ...marksInSpec(), ...marksInCatalog(catalog)];
}

/**
 * Problems with the marks' ids: two <Unspecified> with one id (an anchor must be unique, and an
 * answer is filed against one mark), or one id given two different topics. The same id may be
 * used in the spec or the catalog beside a page's mark: it is the same question, asked in two
 * places, and the checklist lists it once with both.
 */
export function idProblems(marks: Mark[]): string[] {
  const problems: string[] = [];
  const mdx = new Map<string, Mark>();
  const topics = new Map<string, string>();
  for (const m of marks) {
    if (m.source.endsWith('.mdx')) {
      if (mdx.has(m.id)) problems.push(`${m.id}: two <Unspecified> marks (${mdx.get(m.id)!.source}, ${m.source})`);
      mdx.set(m.id, m);
    }
    const topic = topics.get(m.id);
    if (topic !== undefined && topic !== m.topic) problems.push(`${m.id}: two topics ("${topic}", "${m.topic}")`);
    topics.set(m.id, m.topic);
  }
  return problems;
}

const href = (m: Mark) => `${m.page}${m.anchor ? `#${m.anchor}` : ''}`;

export function checklist(marks: Mark[]): string {
  const problems = idProblems(marks);
  if (problems.length > 0) throw new Error(`Open questions in conflict:\n${problems.join('\n')}`);
  const byId = new Map<string, Mark[]>();
  for (const m of marks) byId.set(m.id, [...(byId.get(m.id) ?? []), m]);
  const groups = [...byId.values()];
  const item = ([first, ...rest]: Mark[]) => {
    const reading = [first, ...rest].find((m) => m.reading !== undefined)?.reading;
    const places = [first, ...rest].map((m) => `[\`${href(m)}\`](${href(m)}) (${m.source})`).join('; ');
    return `- [ ] **${first.id}**: ${first.topic}.${reading === undefined ? '' : ` These docs follow: ${reading}.`} See ${places}.`;
  };
  const conflicts = groups.filter((g) => g.some((m) => m.reading !== undefined));
  const silences = groups.filter((g) => !conflicts.includes(g));
  return [
    '# Open questions for the API team',
    '',
    `Generated by \`npm run open-questions\` from the docs' marks: ${conflicts.length} places where published pages conflict, ${silences.length} where the public record is silent.`,
    '',
    '## Published pages that conflict',
    '',
    ...conflicts.map(item),
    '',
    '## Not specified',
    '',
    ...silences.map(item),
    '',
  ].join('\n');
}
