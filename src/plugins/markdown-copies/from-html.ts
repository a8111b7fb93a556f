// The Markdown copy of a page made from its built HTML: the guides, the error codes page and the
// home page. The HTML is what readers see, with every component already rendered, so the copy
// says what the page says; what only works in a browser is dropped or described in a sentence.
//
// Components steer the copy with attributes:
//   - data-markdown="skip": left out (controls such as a filter box or a copy button);
//   - data-markdown-summary="<sentence>": replaced by the sentence and a link to the HTML page
//     (an interactive tool whose output has no text form);
//   - data-markdown-heading="<text>" on a heading: the copy's heading text, when the shown text
//     would not give the heading's id as its Markdown anchor (the shown text follows it);
//   - data-mermaid-source="<source>": a diagram's source (src/theme/Mermaid), as a mermaid block.
import { posix } from 'node:path';
import type { Element, ElementContent, Nodes as HastNodes, Parents as HastParents, Root as HastRoot } from 'hast';
import type {
  Heading,
  List,
  ListItem,
  Nodes as MdastNodes,
  Paragraph,
  PhrasingContent,
  Root as MdastRoot,
  RootContent,
  TableCell,
} from 'mdast';
import GithubSlugger from 'github-slugger';
import { matches, select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import rehypeParse from 'rehype-parse';
import rehypeRemark, { type Options as ToMdastOptions } from 'rehype-remark';
import { unified } from 'unified';
import { CONTINUE, SKIP, visit } from 'unist-util-visit';
import { parse, stringify } from './markdown';
import { markdownLink, type LinkContext } from './paths';

export type HtmlPageContext = LinkContext;

type Handle = NonNullable<NonNullable<ToMdastOptions['handlers']>[string]>;
type State = Parameters<Handle>[0];

/** The Markdown copy of a built page, from its `# H1` on. */
export function markdownFromHtml(html: string, context: HtmlPageContext): string {
  const document = unified().use(rehypeParse).parse(html);
  const content = pageContent(document, context.page);
  prepare(content, context);
  const headingIds = new Map<Heading, string | undefined>();
  const tree = toMdast(content, headingIds);
  tidy(tree);
  const markdown = stringify(tree);
  checkHeadings(markdown, tree, headingIds, context.page);
  return markdown;
}

// ---------------------------------------------------------------------------------------------
// The content of a page

/**
 * The part of the page that is the page's own: a doc's article body; for any other page its
 * <main>, or when the H1 is above the <main> (the home page's hero) the main wrapper around both.
 */
function pageContent(document: HastRoot, page: string): Element {
  const main = select('main', document);
  const content =
    select('article .theme-doc-markdown', document) ??
    (main && select('h1', main) ? main : select('#__docusaurus_skipToContent_fallback', document));
  if (!content) throw new Error(`${page}: found no doc article and no main content in the HTML.`);
  if (!select('h1', content)) throw new Error(`${page}: the page content has no <h1>.`);
  // A copy, as a wrapper without classes, so the transforms below never mistake it for a part.
  return { type: 'element', tagName: 'div', properties: {}, children: structuredClone(content.children) };
}

/** Theme chrome inside the content that means nothing in a copy. */
const chrome = [
  '[data-markdown="skip"]',
  'a.hash-link',
  'button',
  'nav',
  'noscript',
  'script',
  'style',
  'template',
  'svg',
  'input',
  'textarea',
  'select',
  '.theme-doc-toc-mobile',
  '.theme-doc-toc-desktop',
  '.theme-doc-footer',
  '.theme-edit-this-page',
  '.pagination-nav',
].join(', ');

/** Rewrites the HTML tree into one that hast-util-to-mdast turns into the copy as it should read. */
function prepare(content: Element, context: HtmlPageContext): void {
  removeComments(content);
  removeAll(content, chrome);
  flattenTabs(content, context.page);
  simplifyCodeBlocks(content, context.page);
  replaceMermaidMarkers(content);
  // Whatever is still hidden, a reader of the page does not see either (the hidden tab panels
  // and diagram markers were taken out above).
  removeAll(content, '[hidden]');
  boldRowHeaders(content);
  rewriteLinks(content, context);
  // After the links are rewritten to copies: this one leads back to the HTML page itself.
  replaceSummaries(content, context.page);
  separateAdjacentInlines(content);
  normalizeText(content);
}

function removeComments(tree: HastParents): void {
  visit(tree, 'comment', (_node, index, parent) => {
    if (parent && index !== undefined) {
      parent.children.splice(index, 1);
      return index;
    }
    return CONTINUE;
  });
}

function removeAll(tree: Element, selector: string): void {
  replaceAll(tree, selector, () => []);
}

/** Replaces each element matching `selector` (outermost first) with what `replace` returns. */
function replaceAll(tree: Element, selector: string, replace: (element: Element) => ElementContent[]): void {
  visit(tree, 'element', (node, index, parent) => {
    if (!parent || index === undefined || !matches(selector, node)) return CONTINUE;
    const replacement = replace(node);
    parent.children.splice(index, 1, ...replacement);
    return [SKIP, index + replacement.length];
  });
}

function element(tagName: string, properties: Element['properties'], children: ElementContent[]): Element {
  return { type: 'element', tagName, properties, children };
}

function text(value: string): ElementContent {
  return { type: 'text', value };
}

function classList(node: Element): string[] {
  const value = node.properties.className;
  return Array.isArray(value) ? value.map(String) : [];
}

// ---------------------------------------------------------------------------------------------
// Components

/**
 * An interactive tool becomes its summary sentence and a link to the page where it works, at the
 * section that holds it.
 */
function replaceSummaries(tree: Element, page: string): void {
  // Relative, like every link between copies: the copy of /a/b/ is /a/b.md, beside the folder b/.
  const htmlPage = page === '/' ? './' : `./${posix.basename(page)}/`;
  const sectionIds = precedingHeadingIds(tree);
  replaceAll(tree, '[data-markdown-summary]', (node) => {
    const sentence = String(node.properties.dataMarkdownSummary).trim();
    const id = node.properties.id ? String(node.properties.id) : sectionIds.get(node);
    const href = `${htmlPage}${id ? `#${id}` : ''}`;
    return [element('p', {}, [text(`${sentence} Try it on `), element('a', { href }, [text('the HTML page')]), text('.')])];
  });
}

/** For each element with a summary, the id of the last heading before it. */
function precedingHeadingIds(tree: Element): Map<Element, string | undefined> {
  const ids = new Map<Element, string | undefined>();
  let last: string | undefined;
  visit(tree, 'element', (node) => {
    if (/^h[1-6]$/.test(node.tagName) && node.properties.id) last = String(node.properties.id);
    if (node.properties.dataMarkdownSummary !== undefined) ids.set(node, last);
  });
  return ids;
}

/** src/theme/Mermaid leaves each diagram's source in a hidden marker; it becomes the diagram's block. */
function replaceMermaidMarkers(tree: Element): void {
  replaceAll(tree, '[data-mermaid-source]', (node) => [codeElement('mermaid', String(node.properties.dataMermaidSource))]);
}

/**
 * Docusaurus Tabs render every panel on the server, the unselected ones hidden. Each tab becomes
 * its label on a line of its own, then its panel's content, in the tabs' order.
 */
function flattenTabs(tree: Element, page: string): void {
  replaceAll(tree, '.tabs-container', (node) => {
    const labels = selectAll('[role="tab"]', node).map((tab) => toText(tab).trim());
    const panels = selectAll('[role="tabpanel"]', node);
    if (labels.length !== panels.length) {
      throw new Error(`${page}: a tab group has ${labels.length} tabs but ${panels.length} panels (${labels.join(', ')}).`);
    }
    return labels.flatMap((label, i) => [tabLabel(label), ...panels[i].children]);
  });
}

/**
 * A label as a paragraph of its own. It ends with a colon, so markdownlint (MD036) does not read a
 * bold line as a heading in disguise; a heading would be one the HTML does not have.
 */
function tabLabel(label: string): Element {
  return element('p', {}, [element('strong', {}, [text(/[.:!?]$/.test(label) ? label : `${label}:`)])]);
}

// ---------------------------------------------------------------------------------------------
// Code blocks

/**
 * A highlighted code block (a container with an optional title, Prism's <pre> of one element per
 * line, each ended by a <br>) becomes a bare <pre><code> holding the code as text.
 */
function simplifyCodeBlocks(tree: Element, page: string): void {
  replaceAll(tree, '.theme-code-block, pre', (node) => {
    const pre = node.tagName === 'pre' ? node : select('pre', node);
    if (!pre) throw new Error(`${page}: a code block without a <pre>.`);
    const title = select('[class*="codeBlockTitle"]', node);
    return [codeElement(languageOf(pre, node), codeText(pre), title ? toText(title).trim() : undefined)];
  });
}

function codeElement(language: string | undefined, code: string, title?: string): Element {
  return element('pre', title ? { dataTitle: title } : {}, [
    element('code', language ? { className: [`language-${language}`] } : {}, [text(code)]),
  ]);
}

function languageOf(...nodes: Element[]): string | undefined {
  for (const node of nodes) {
    const name = classList(node).find((c) => c.startsWith('language-'));
    if (name) return name.slice('language-'.length);
  }
  const code = nodes[0].children.find((c): c is Element => c.type === 'element' && c.tagName === 'code');
  return code ? languageOf(code) : undefined;
}

/** The code exactly as written: each Prism line's text without its <br>, or the <pre>'s text. */
function codeText(pre: Element): string {
  const lines = selectAll('.token-line', pre);
  removeAll(pre, 'br, .codeLineNumber, [class*="codeLineNumber_"]');
  const code = lines.length > 0 ? lines.map((line) => toText(line, { whitespace: 'pre' })).join('\n') : toText(pre, { whitespace: 'pre' });
  return code.replace(/\n+$/, '');
}

// ---------------------------------------------------------------------------------------------
// Tables

/**
 * A table without a head whose rows start with a header cell (a list of settings, say) would
 * have its first row taken for the GFM table's head. Its row headers become bold cells, so the
 * table is converted with an empty head and every row stays a row.
 */
function boldRowHeaders(tree: Element): void {
  for (const table of selectAll('table', tree)) {
    if (select('thead', table) || !select('tr > td', table)) continue;
    for (const cell of selectAll('tr > th', table)) {
      cell.tagName = 'td';
      cell.children = [element('strong', {}, cell.children)];
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Links and text

function rewriteLinks(tree: Element, context: LinkContext): void {
  visit(tree, 'element', (node) => {
    if (node.tagName === 'a' && typeof node.properties.href === 'string') {
      node.properties.href = markdownLink(node.properties.href, context);
    }
    if (node.tagName === 'img' && typeof node.properties.src === 'string') {
      node.properties.src = markdownLink(node.properties.src, context);
    }
  });
}

const inlineTags = new Set(['a', 'abbr', 'b', 'cite', 'code', 'del', 'em', 'i', 'ins', 'kbd', 'mark', 'q', 's', 'samp', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'var']);

/**
 * Two inline elements side by side with no text between them are separated by layout, such as a
 * field name above its type: <code>to</code><span class="type">string</span>. Markdown has no
 * layout, so they get a space, unless the second starts with punctuation or the first ends with
 * an opening one, where the text already reads right.
 */
function separateAdjacentInlines(tree: Element): void {
  visit(tree, 'element', (node) => {
    if (node.tagName === 'pre' || node.tagName === 'code') return SKIP;
    for (let i = node.children.length - 1; i > 0; i--) {
      const [before, after] = [node.children[i - 1], node.children[i]];
      if (before.type !== 'element' || after.type !== 'element') continue;
      if (!inlineTags.has(before.tagName) || !inlineTags.has(after.tagName)) continue;
      const end = toText(before).slice(-1);
      const start = toText(after).charAt(0);
      if (end === '' || start === '' || /\s/.test(end) || /\s/.test(start)) continue;
      if (/[([{“‘"'/-]/.test(end) || /[)\]}.,;:!?…”’"'/-]/.test(start)) continue;
      node.children.splice(i, 0, text(' '));
    }
    return CONTINUE;
  });
}

/** Prose text without zero-width or no-break spaces, which a copy would show as entities. */
function normalizeText(tree: Element): void {
  visit(tree, (node: HastNodes) => {
    if (node.type === 'element' && node.tagName === 'pre') return SKIP;
    if (node.type === 'text') node.value = node.value.replace(/[\u200B\uFEFF]/g, '').replace(/[\u00A0\u202F]/g, ' ');
    return CONTINUE;
  });
}

// ---------------------------------------------------------------------------------------------
// HTML to Markdown tree

function toMdast(content: Element, headingIds: Map<Heading, string | undefined>): MdastRoot {
  const root: HastRoot = { type: 'root', children: [content] };
  const handlers: Record<string, Handle> = { dl: definitionList, pre: codeBlock };
  for (const tag of ['h1', 'h2', 'h3', 'h4', 'h5', 'h6']) handlers[tag] = (state, node) => heading(state, node, headingIds);
  return unified().use(rehypeRemark, { handlers }).runSync(root) as MdastRoot;
}

/** A heading remembers its HTML id, for the anchor check; see data-markdown-heading above. */
function heading(state: State, node: Element, headingIds: Map<Heading, string | undefined>): RootContent[] {
  const depth = Number(node.tagName.charAt(1)) as Heading['depth'];
  const id = node.properties.id === undefined ? undefined : String(node.properties.id);
  const shown = state.all(node) as PhrasingContent[];
  const replacement = node.properties.dataMarkdownHeading;
  const result: Heading = {
    type: 'heading',
    depth,
    children: replacement === undefined ? shown : [{ type: 'text', value: String(replacement) }],
  };
  headingIds.set(result, id);
  return replacement === undefined ? [result] : [result, { type: 'paragraph', children: shown }];
}

function codeBlock(_state: State, node: Element): RootContent {
  const code = node.children.find((c): c is Element => c.type === 'element' && c.tagName === 'code') ?? node;
  const title = node.properties.dataTitle;
  return {
    type: 'code',
    lang: languageOf(node) ?? null,
    meta: title === undefined ? null : `title="${String(title).replace(/"/g, '\\"')}"`,
    value: toText(code, { whitespace: 'pre' }),
  };
}

/**
 * A definition list as a list of "**Term**: definition" items. A definition that is more than a
 * sentence, such as a list of causes, follows its term's line, indented under it.
 */
function definitionList(state: State, node: Element): List | undefined {
  const items = definitionGroups(node).map(({ terms, definitions }) => definitionItem(state, terms, definitions));
  if (items.length === 0) return undefined;
  return { type: 'list', ordered: false, start: null, spread: false, children: items };
}

function definitionGroups(list: Element): { terms: Element[]; definitions: Element[] }[] {
  // HTML lets a <div> wrap each term with its definitions.
  const children = list.children.flatMap((c) => (c.type === 'element' && c.tagName === 'div' ? c.children : [c]));
  const groups: { terms: Element[]; definitions: Element[] }[] = [];
  for (const child of children) {
    if (child.type !== 'element') continue;
    const last = groups.at(-1);
    if (child.tagName === 'dt') {
      if (!last || last.definitions.length > 0) groups.push({ terms: [child], definitions: [] });
      else last.terms.push(child);
    } else if (child.tagName === 'dd') {
      if (last) last.definitions.push(child);
      else groups.push({ terms: [], definitions: [child] });
    }
  }
  return groups;
}

function definitionItem(state: State, terms: Element[], definitions: Element[]): ListItem {
  const term: PhrasingContent[] = terms.flatMap((t, i) => [
    ...(i > 0 ? [{ type: 'text', value: ', ' } as const] : []),
    ...(state.all(t) as PhrasingContent[]),
  ]);
  const flow = definitions.flatMap((d) => state.toFlow(state.all(d))) as ListItem['children'];
  const label: PhrasingContent[] = term.length > 0 ? [{ type: 'strong', children: term }] : [];
  const termText = terms.map((t) => toText(t)).join('').trim();
  const first = flow[0];
  if (label.length > 0 && first?.type === 'paragraph') {
    first.children.unshift(...label, { type: 'text', value: /[:?!.]$/.test(termText) ? ' ' : ': ' });
    return { type: 'listItem', spread: false, children: flow };
  }
  const lead: Paragraph[] = label.length > 0 ? [{ type: 'paragraph', children: [...label, ...(/[:?!.]$/.test(termText) ? [] : [{ type: 'text', value: ':' } as const])] }] : [];
  return { type: 'listItem', spread: false, children: [...lead, ...flow] };
}

// ---------------------------------------------------------------------------------------------
// Markdown tree clean-up

/** What remark-stringify would otherwise write as HTML, entities, a broken table or a list of two bullets. */
function tidy(tree: MdastRoot): void {
  visit(tree, 'tableCell', (cell) => {
    cell.children = cellPhrasing(cell.children as MdastNodes[]);
    return SKIP;
  });
  visit(tree, 'html', (_node, index, parent) => {
    // Comments were removed before; anything else raw has no place in a copy.
    if (!parent || index === undefined) return CONTINUE;
    parent.children.splice(index, 1);
    return index;
  });
  unnestEmphasis(tree);
  hoistEdgeSpaces(tree);
  mergeTexts(tree);
  trimEdges(tree);
  removeEmptyParagraphs(tree);
  mergeAdjacentLists(tree);
}

/**
 * A table cell holds one line of phrasing: its paragraphs, list items and line breaks are joined
 * by spaces (a GFM cell cannot hold a newline).
 */
function cellPhrasing(children: MdastNodes[]): TableCell['children'] {
  const out: PhrasingContent[] = [];
  const push = (nodes: PhrasingContent[]) => {
    if (nodes.length === 0) return;
    if (out.length > 0) out.push({ type: 'text', value: ' ' });
    out.push(...nodes);
  };
  for (const child of children) {
    if (child.type === 'break') out.push({ type: 'text', value: ' ' });
    else if (child.type === 'code') push([{ type: 'inlineCode', value: child.value.replace(/\s*\n\s*/g, ' ') }]);
    else if (isPhrasing(child)) out.push(withoutBreaks(child));
    else if ('children' in child) push(cellPhrasing(child.children as MdastNodes[]));
  }
  return out;
}

const phrasingTypes = new Set(['text', 'inlineCode', 'emphasis', 'strong', 'delete', 'link', 'linkReference', 'image', 'imageReference', 'footnoteReference', 'break', 'html']);

function isPhrasing(node: MdastNodes): node is PhrasingContent {
  return phrasingTypes.has(node.type);
}

function withoutBreaks(node: PhrasingContent): PhrasingContent {
  if (node.type === 'break') return { type: 'text', value: ' ' };
  if ('children' in node) node.children = node.children.map(withoutBreaks) as never;
  return node;
}

/**
 * Bold inside bold (a bold word in a row header or a term, which are bold as a whole) would be
 * written `**a **b** c**`, which Markdown reads differently: the inner one is unwrapped.
 */
function unnestEmphasis(tree: MdastRoot): void {
  visit(tree, (node: MdastNodes) => {
    if (node.type !== 'strong' && node.type !== 'emphasis') return CONTINUE;
    const type = node.type;
    const flatten = (children: PhrasingContent[]): PhrasingContent[] =>
      children.flatMap((child) => {
        if (child.type === type) return flatten(child.children);
        if ('children' in child) child.children = flatten(child.children as PhrasingContent[]) as never;
        return [child];
      });
    node.children = flatten(node.children);
    return SKIP;
  });
}

/**
 * Markdown cannot open or close emphasis or a link with a space inside (`** bold **`), so
 * remark-stringify would write it as &#x20;. The space moves outside, where it reads the same.
 */
function hoistEdgeSpaces(tree: MdastRoot): void {
  visit(tree, (node: MdastNodes) => {
    if (!('children' in node)) return CONTINUE;
    const children = node.children as MdastNodes[];
    for (let i = children.length - 1; i >= 0; i--) {
      const child = children[i];
      if (child.type !== 'strong' && child.type !== 'emphasis' && child.type !== 'delete' && child.type !== 'link') continue;
      if (trimEnd(child.children)) children.splice(i + 1, 0, { type: 'text', value: ' ' });
      if (trimStart(child.children)) children.splice(i, 0, { type: 'text', value: ' ' });
    }
    return CONTINUE;
  });
}

/** Adjacent text nodes as one, with runs of spaces (from the HTML's layout) as one space. */
function mergeTexts(tree: MdastRoot): void {
  visit(tree, (node: MdastNodes) => {
    if (!('children' in node)) return CONTINUE;
    const children = node.children as MdastNodes[];
    for (let i = children.length - 1; i > 0; i--) {
      const [before, after] = [children[i - 1], children[i]];
      if (before.type === 'text' && after.type === 'text') {
        before.value += after.value;
        children.splice(i, 1);
      }
    }
    for (const child of children) if (child.type === 'text') child.value = child.value.replace(/[ \t]{2,}/g, ' ');
    return CONTINUE;
  });
}

/**
 * Spaces at the start or end of a block's text would be written as &#x20;: they are trimmed,
 * at the first and last text of every paragraph, heading and cell.
 */
function trimEdges(tree: MdastRoot): void {
  visit(tree, (node: MdastNodes) => {
    if (node.type !== 'paragraph' && node.type !== 'heading' && node.type !== 'tableCell') return CONTINUE;
    trimStart(node.children);
    trimEnd(node.children);
    return CONTINUE;
  });
}

/** Removes the whitespace (and line breaks) the phrasing starts with; whether there was any. */
function trimStart(children: PhrasingContent[]): boolean {
  const first = children[0];
  if (!first) return false;
  if (first.type === 'break' || (first.type === 'text' && /^\s*$/.test(first.value))) {
    children.shift();
    trimStart(children);
    return true;
  }
  if (first.type === 'text') {
    const trimmed = first.value.replace(/^\s+/, '');
    const changed = trimmed !== first.value;
    first.value = trimmed;
    return changed;
  }
  return 'children' in first ? trimStart(first.children as PhrasingContent[]) : false;
}

/** Removes the whitespace (and line breaks) the phrasing ends with; whether there was any. */
function trimEnd(children: PhrasingContent[]): boolean {
  const last = children.at(-1);
  if (!last) return false;
  if (last.type === 'break' || (last.type === 'text' && /^\s*$/.test(last.value))) {
    children.pop();
    trimEnd(children);
    return true;
  }
  if (last.type === 'text') {
    const trimmed = last.value.replace(/\s+$/, '');
    const changed = trimmed !== last.value;
    last.value = trimmed;
    return changed;
  }
  return 'children' in last ? trimEnd(last.children as PhrasingContent[]) : false;
}

function removeEmptyParagraphs(tree: MdastRoot): void {
  visit(tree, 'paragraph', (node, index, parent) => {
    if (!parent || index === undefined || node.children.length > 0) return CONTINUE;
    parent.children.splice(index, 1);
    return index;
  });
}

/**
 * Two bullet lists in a row (a list, then a definition list) cannot both be written with "-":
 * Markdown would read one list, so remark-stringify switches the second to "*", which
 * markdownlint (MD004) rejects. One list with "-" is what a reader sees anyway.
 */
function mergeAdjacentLists(tree: MdastRoot): void {
  visit(tree, (node: MdastNodes) => {
    if (!('children' in node)) return CONTINUE;
    const children = node.children as MdastNodes[];
    for (let i = children.length - 1; i > 0; i--) {
      const [before, after] = [children[i - 1], children[i]];
      if (before.type === 'list' && after.type === 'list' && !before.ordered && !after.ordered) {
        before.children.push(...after.children);
        before.spread = Boolean(before.spread || after.spread);
        children.splice(i, 1);
      }
    }
    return CONTINUE;
  });
}

// ---------------------------------------------------------------------------------------------
// Anchors

/**
 * Every heading of the copy must have, under GitHub's (and Docusaurus's) slug algorithm, the
 * anchor its HTML heading has as id, so links into the copy (error-codes.md#code) resolve. The
 * written Markdown is parsed back, so the check sees what a renderer would.
 */
function checkHeadings(markdown: string, tree: MdastRoot, headingIds: Map<Heading, string | undefined>, page: string): void {
  const expected: Heading[] = [];
  visit(tree, 'heading', (node) => void expected.push(node));
  const written: Heading[] = [];
  visit(parse(markdown), 'heading', (node) => void written.push(node));
  if (written.length !== expected.length) {
    throw new Error(`${page}: the copy has ${written.length} headings, the converted HTML ${expected.length}.`);
  }
  const slugger = new GithubSlugger();
  written.forEach((node, i) => {
    const headingText = plainText(node);
    const slug = slugger.slug(headingText);
    const id = headingIds.get(expected[i]);
    if (id !== undefined && slug !== id) {
      throw new Error(
        `${page}: the heading "${headingText}" would get the anchor #${slug} in Markdown, but its id in the HTML is #${id}. ` +
          'Give it data-markdown-heading with a text whose slug is the id.',
      );
    }
  });
}

function plainText(node: MdastNodes): string {
  if ('value' in node && typeof node.value === 'string' && node.type !== 'html') return node.value;
  return 'children' in node ? node.children.map((c: MdastNodes) => plainText(c)).join('') : '';
}
