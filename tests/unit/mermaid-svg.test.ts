// The remark plugin that draws Mermaid diagrams at build time (src/plugins/mermaid-svg.ts), with
// a stand-in for Chromium: what becomes of the Markdown, the SVGs' ids, the text alternative it
// demands, and what happens without Chromium. The real drawing is checked on the built site
// (tests/site/mermaid-diagrams.test.ts) and in the browser (tests/browser/guides.browser.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Root } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import remarkMermaidSvg, { missingChromium, pruneIds, type Mode, type Options } from '../../src/plugins/mermaid-svg.ts';

const diagram = 'flowchart TD\n  accTitle: Two steps\n  accDescr: a leads to b.\n  a --> b';
const other = 'flowchart TD\n  accTitle: One step\n  accDescr { only a }\n  a';

/** What the stand-in draws: an SVG whose every id is built on its root's, as Mermaid's are. */
function fakeRender(source: string, mode: Mode) {
  const id = `mermaid-${source === diagram ? 'aaa' : 'bbb'}-${mode}`;
  return Promise.resolve({ id, svg: `<svg id="${id}" aria-labelledby="chart-title-${id}"><title id="chart-title-${id}">t</title><style>#${id} p{}</style></svg>` });
}

async function transform(markdown: string, options: Options = { render: fakeRender, hasChromium: () => true }) {
  const tree = unified().use(remarkParse).parse(markdown) as Root;
  await remarkMermaidSvg(options)(tree, { path: 'docs/page.mdx' });
  return tree.children as unknown as { type: string; data?: { hName?: string; hProperties?: Record<string, string> } }[];
}

test('each mermaid block becomes the Mermaid element with its source and an SVG for each mode; other code stays', async () => {
  const [first, code] = await transform(`\`\`\`mermaid\n${diagram}\n\`\`\`\n\n\`\`\`js\nlet a;\n\`\`\``);
  assert.equal(first.data?.hName, 'mermaid');
  assert.deepEqual(Object.keys(first.data?.hProperties ?? {}), ['value', 'light', 'dark']);
  assert.equal(first.data?.hProperties?.value, diagram);
  assert.match(first.data?.hProperties?.light ?? '', /^<svg id="mermaid-aaa-light"/);
  assert.match(first.data?.hProperties?.dark ?? '', /^<svg id="mermaid-aaa-dark"/);
  assert.equal(code.type, 'code');
});

test('a diagram drawn twice in a page gets ids of its own the second time', async () => {
  const nodes = await transform([diagram, other, diagram].map((source) => `\`\`\`mermaid\n${source}\n\`\`\``).join('\n\n'));
  const svgs = nodes.flatMap((node) => [node.data?.hProperties?.light ?? '', node.data?.hProperties?.dark ?? '']);
  const ids = svgs.flatMap((svg) => [...svg.matchAll(/ id="([^"]*)"/g)].map(([, id]) => id));
  assert.equal(ids.length, 12);
  assert.equal(new Set(ids).size, ids.length, ids.join(' '));
  assert.match(svgs[4], /^<svg id="mermaid-aaa-light-2" aria-labelledby="chart-title-mermaid-aaa-light-2">.*#mermaid-aaa-light-2 p/);
});

test('a diagram without accTitle and accDescr, its text alternative, fails with where it is', async () => {
  for (const source of ['flowchart TD\n  a --> b', 'flowchart TD\n  accTitle: Only a title\n  a', 'flowchart TD\n  accDescr: Only a description\n  a']) {
    await assert.rejects(transform(`Text.\n\n\`\`\`mermaid\n${source}\n\`\`\``), /docs\/page\.mdx:3 needs a text alternative: an accTitle line .* an accDescr/);
  }
});

test('without Chromium, a production build fails naming the package and CHROMIUM_PATH; the dev server shows the source', async () => {
  const markdown = `\`\`\`mermaid\n${diagram}\n\`\`\``;
  const withoutChromium = { render: () => assert.fail('nothing is drawn without Chromium'), hasChromium: () => false };
  assert.match(missingChromium(), /No Chromium at \S+ .*Debian's chromium package.*CHROMIUM_PATH/);
  const environment = process.env.NODE_ENV;
  try {
    process.env.NODE_ENV = 'production';
    await assert.rejects(transform(markdown, withoutChromium), { message: missingChromium() });
    process.env.NODE_ENV = 'development';
    const [node] = await transform(markdown, withoutChromium);
    assert.deepEqual(node.data?.hProperties, { value: diagram, unrendered: missingChromium() });
  } finally {
    process.env.NODE_ENV = environment;
  }
});

test('pruneIds drops the ids nothing refers to and keeps the rest; it fails on one that could clash', () => {
  const svg =
    '<svg id="m1" aria-labelledby="chart-title-m1"><style>#m1 .a{fill:#333}</style><title id="chart-title-m1">t</title>' +
    '<marker id="m1_arrow"></marker><path id="m1-L_a_b_0" marker-end="url(#m1_arrow)"></path><g id="edge0"></g><g id="edge0"></g></svg>';
  assert.equal(
    pruneIds(svg, 'm1'),
    '<svg id="m1" aria-labelledby="chart-title-m1"><style>#m1 .a{fill:#333}</style><title id="chart-title-m1">t</title>' +
      '<marker id="m1_arrow"></marker><path marker-end="url(#m1_arrow)"></path><g></g><g></g></svg>',
  );
  assert.throws(() => pruneIds('<svg id="m1"><a href="#edge0"></a><g id="edge0"></g></svg>', 'm1'), /ids that could clash in the page: edge0/);
  assert.throws(() => pruneIds('<svg id="m1"><a href="#m1-x"></a><g id="m1-x"></g><g id="m1-x"></g></svg>', 'm1'), /clash in the page: m1-x/);
});
