// The Markdown copy of a built page (src/plugins/markdown-copies/from-html.ts), on small pages
// shaped like Docusaurus's output: no build needed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import GithubSlugger from 'github-slugger';
import { lint } from 'markdownlint/promise';
import { visit } from 'unist-util-visit';
import type { Code, Heading } from 'mdast';
import { markdownFromHtml } from '../../src/plugins/markdown-copies/from-html.ts';
import { parse } from '../../src/plugins/markdown-copies/markdown.ts';

const pages = new Set(['/', '/messaging/', '/messaging/quickstart/', '/messaging/statuses/', '/rest/overview/error-codes/', '/rest/messaging/send-message/']);

function convert(body: string, page = '/messaging/quickstart/', title = 'Send your first SMS'): string {
  return markdownFromHtml(docPage(body, title), { page, baseUrl: "/", pages });
}

/** A doc page as Docusaurus writes it, with the theme's chrome around the article's body. */
function docPage(body: string, title: string): string {
  return `<!doctype html><html><head><title>${title}</title></head><body>
<div id=__docusaurus><nav class="navbar"><a href=/>Home</a></nav>
<div id=__docusaurus_skipToContent_fallback class=main-wrapper><div class=docsWrapper><aside class=theme-doc-sidebar-container><a href=/messaging/>Messaging</a></aside>
<main><div class=row><div class=col><article>
<div class=bar><nav class="theme-doc-breadcrumbs" aria-label=Breadcrumbs><ul class=breadcrumbs><li><a href=/>Home</a><li><span>${title}</span></ul></nav>
<div class=controls data-markdown=skip><button type=button disabled>Copy page as Markdown</button><a href=/messaging/quickstart.md>View as Markdown</a></div></div>
<div class="theme-doc-toc-mobile"><button type=button class=clean-btn>On this page</button></div>
<div class="theme-doc-markdown markdown"><header><h1>${title}</h1></header>
${body}
</div><footer class="theme-doc-footer"><a href=https://github.com/x/edit class=theme-edit-this-page>Edit this page</a></footer></article>
<nav class=pagination-nav><a class=pagination-nav__link href=/messaging/statuses/>Next</a></nav></div>
<div class=col--3><div class=theme-doc-toc-desktop><ul class=table-of-contents><li><a href=#a>A</a></ul></div></div></div></main></div></div>
<footer class=footer>© SignalWire</footer></div></body></html>`;
}

/** A Prism code block as the theme renders it: one element per line, each ended by a <br>. */
function codeBlock(language: string, lines: string[]): string {
  const rendered = lines
    .map((line) => `<div class=token-line style=color:var(--code-color)><span class="token plain">${line}</span><br/></div>`)
    .join('');
  return `<div class="language-${language} codeBlockContainer_Ckt0 theme-code-block"><div class=codeBlockContent_QJqH><pre tabindex=0 class="prism-code language-${language} codeBlock_bY9V thin-scrollbar"><code class=codeBlockLines_e6Vv>${rendered}</code></pre><div class=buttonGroup><button type=button aria-label="Copy code to clipboard">Copy</button></div></div></div>`;
}

function codeBlocks(markdown: string): Code[] {
  const blocks: Code[] = [];
  visit(parse(markdown), 'code', (node) => void blocks.push(node));
  return blocks;
}

function headings(markdown: string): { depth: number; slug: string }[] {
  const slugger = new GithubSlugger();
  const found: { depth: number; slug: string }[] = [];
  visit(parse(markdown), 'heading', (node: Heading) => {
    let text = '';
    visit(node, (child) => {
      if (child.type === 'text' || child.type === 'inlineCode') text += child.value;
    });
    found.push({ depth: node.depth, slug: slugger.slug(text) });
  });
  return found;
}

/** markdownlint with the copies' settings: the defaults, long lines allowed, no inline HTML, tabs allowed in code (gofmt). */
async function lintProblems(markdown: string): Promise<string[]> {
  const results = await lint({
    strings: { copy: markdown },
    config: { default: true, MD013: false, MD024: { siblings_only: true }, MD033: true, MD041: true, MD010: { code_blocks: false } },
  });
  return results.copy.map((e) => `${e.lineNumber}: ${e.ruleNames.join('/')} ${e.errorDetail ?? ''}`);
}

test('the copy starts with the H1 and leaves out the theme chrome', () => {
  const markdown = convert(
    '<h2 class=anchor id=next-steps>Next steps<a href=#next-steps class=hash-link aria-label="Direct link to Next steps">\u200B</a></h2><p>Read on.</p>',
  );
  assert.equal(markdown, '# Send your first SMS\n\n## Next steps\n\nRead on.\n');
});

test('tabs become one labelled block per tab, in order, hidden panels included', () => {
  const markdown = convert(`<div class="theme-tabs-container tabs-container tabList_zI5C"><ul role=tablist class=tabs>
<li role=tab tabindex=0 aria-selected=true class="tabs__item tabs__item--active">curl<li role=tab tabindex=-1 class=tabs__item>Python<li role=tab tabindex=-1 class=tabs__item>C#</ul>
<div class=margin-top--md><div role=tabpanel class=tabItem>${codeBlock('bash', ['curl -X POST "$URL"'])}</div>
<div role=tabpanel class=tabItem hidden>${codeBlock('python', ['print("hi")'])}</div>
<div role=tabpanel class=tabItem hidden>${codeBlock('csharp', ['Console.WriteLine("hi");'])}</div></div></div>`);
  assert.match(
    markdown,
    /\*\*curl:\*\*\n\n```bash\ncurl -X POST "\$URL"\n```\n\n\*\*Python:\*\*\n\n```python\nprint\("hi"\)\n```\n\n\*\*C#:\*\*\n\n```csharp\nConsole.WriteLine\("hi"\);\n```\n/,
  );
  assert.doesNotMatch(markdown, /^- curl$/m, 'the labels are not a bare list');
});

test('a Prism code block keeps its language and its exact text, line by line', () => {
  const code = ['def send(to):', '    body = {"to": to, "note": "a &lt; b &amp;&amp; c"}', '', '\treturn body  # tab'];
  const [block] = codeBlocks(convert(codeBlock('python', code)));
  assert.equal(block.lang, 'python');
  assert.equal(block.value, 'def send(to):\n    body = {"to": to, "note": "a < b && c"}\n\n\treturn body  # tab');
});

test('Prism tokens split over many spans join into the line as written', () => {
  const html = `<div class="language-bash theme-code-block"><pre class="prism-code language-bash"><code><div class=token-line><span class="token builtin class-name">export</span><span class="token plain"> </span><span class="token assign-left variable">A</span><span class="token operator">=</span><span class="token string">"x"</span><span class="token plain"></span><br/></div><div class=token-line><span class="token plain">  </span><span class="token parameter variable">-u</span><br/></div></code></pre></div>`;
  const [block] = codeBlocks(convert(html));
  assert.equal(block.value, 'export A="x"\n  -u');
});

test('the Mermaid wrapper\'s marker becomes a mermaid block with the diagram\'s source', () => {
  const source = 'flowchart TD\n  queued --> sent\n  sent -->|"receipt (SMS)"| delivered';
  const attribute = source.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/>/g, '&gt;');
  const markdown = convert(`<p>The order:</p><div hidden="" data-mermaid-source="${attribute}"></div><p>After.</p>`);
  const [block] = codeBlocks(markdown);
  assert.equal(block.lang, 'mermaid');
  assert.equal(block.value, source);
  assert.match(markdown, /The order:\n\n```mermaid\n[\s\S]*\n```\n\nAfter\./);
});

test('an interactive component with a summary becomes the sentence and a link to the HTML page', () => {
  const markdown = convert(
    '<h2 class=anchor id=try-it>Try it</h2><section data-markdown-summary="The calculator counts segments."><textarea>Hi</textarea><dl><dt>Segments<dd>1</dl></section>',
    '/messaging/segments/',
  );
  assert.match(markdown, /## Try it\n\nThe calculator counts segments\. Try it on \[the HTML page\]\(\.\/segments\/#try-it\)\.\n$/);
  assert.doesNotMatch(markdown, /Segments/);
});

test('data-markdown="skip", buttons and hidden chrome are dropped', () => {
  const markdown = convert(
    '<p>Before.</p><label data-markdown=skip><span>Filter codes</span><input type=search></label><button type=button>Copy link</button><div hidden><p>Nothing matches.</p></div><noscript><p>Enable JavaScript.</p></noscript><p>After.</p>',
  );
  assert.equal(markdown, '# Send your first SMS\n\nBefore.\n\nAfter.\n');
});

test('links become relative links between copies, with their fragments', () => {
  const markdown = convert(
    '<p><a href=/messaging/statuses/>statuses</a>, <a href=/rest/overview/error-codes/#body_or_media_required><code>body_or_media_required</code></a>, <a href=#next>below</a>, <a href=/rest/overview/error-codes.json>the JSON</a>, <a href=/>home</a> and <a href=https://example.com/x>elsewhere</a>.</p>',
  );
  assert.match(markdown, /\[statuses\]\(\.\/statuses\.md\)/);
  assert.match(markdown, /\[`body_or_media_required`\]\(\.\.\/rest\/overview\/error-codes\.md#body_or_media_required\)/);
  assert.match(markdown, /\[below\]\(#next\)/);
  assert.match(markdown, /\[the JSON\]\(\.\.\/rest\/overview\/error-codes\.json\)/);
  assert.match(markdown, /\[home\]\(\.\.\/index\.md\)/);
  assert.match(markdown, /\[elsewhere\]\(https:\/\/example\.com\/x\)/);
});

test('every heading\'s Markdown anchor is its HTML id', () => {
  const markdown = convert(
    [
      '<h2 class=anchor id=1-get-credentials-and-a-space-url>1. Get credentials and a Space URL<a href=#x class=hash-link>\u200B</a></h2>',
      '<h2 class=anchor id=delivered-needs-a-delivery-receipt><code>delivered</code> needs a delivery receipt</h2>',
      '<h3 class=anchor id=request>Request</h3><h2 class=anchor id=more>More</h2><h3 class=anchor id=request-1>Request</h3>',
    ].join(''),
  );
  assert.deepEqual(
    headings(markdown).map((h) => h.slug),
    ['send-your-first-sms', '1-get-credentials-and-a-space-url', 'delivered-needs-a-delivery-receipt', 'request', 'more', 'request-1'],
  );
});

test('an error code is a heading of its own code, with every fact of its entry', () => {
  const markdown = convert(
    `<h2 class=anchor id=request-errors>Request errors</h2><div><div><article class=entry data-error-code=body_or_media_required><div class=header>
<h3 class="anchor code" id=body_or_media_required><code>body_or_media_required</code><a href=#body_or_media_required class=hash-link>\u200B</a></h3>
<button type=button data-markdown=skip aria-label="Copy link to body_or_media_required">Copy link</button></div>
<p class=title>Body or media is required<dl class=facts><dt>Returned<dd>At request time, as an entry of the <code>errors</code> array of a<!-- --> <a href=#http-422>422 Unprocessable Entity</a> answer.
<dt><code>type</code><dd><code>validation_error</code><dt>What it means<dd>The message has neither <code>body</code> nor <code>media</code>.
<dt>Likely causes<dd><ul><li>The body is empty.<li>The media list is empty.</ul><dt>How to fix it<dd><ul><li>Send a body.</ul>
<dt>Retry?<dd>Only after the fix.<!-- --> <!-- -->Add a body or media first.</dl></article></div></div>`,
    '/rest/overview/error-codes/',
    'SignalWire REST error codes',
  );
  assert.match(markdown, /^### `body_or_media_required`$/m);
  assert.equal(headings(markdown).at(-1)?.slug, 'body_or_media_required');
  assert.ok(
    markdown.includes(
      [
        'Body or media is required',
        '',
        '- **Returned**: At request time, as an entry of the `errors` array of a [422 Unprocessable Entity](#http-422) answer.',
        '- **`type`**: `validation_error`',
        '- **What it means**: The message has neither `body` nor `media`.',
        '- **Likely causes**:',
        '  - The body is empty.',
        '  - The media list is empty.',
        '- **How to fix it**:',
        '  - Send a body.',
        '- **Retry?** Only after the fix. Add a body or media first.',
      ].join('\n'),
    ),
    markdown,
  );
  assert.doesNotMatch(markdown, /Copy link/);
});

test('data-markdown-heading gives the text whose anchor is the id, and the shown text follows', () => {
  const markdown = convert(
    '<h2 class=anchor id=causes>Causes</h2><article><h3 class=anchor id=http-422 data-markdown-heading="HTTP 422">422 Unprocessable Entity</h3><dl><dt>Body<dd><code>{"errors": [...]}</code></dl></article>',
    '/rest/overview/error-codes/',
    'SignalWire REST error codes',
  );
  assert.match(markdown, /### HTTP 422\n\n422 Unprocessable Entity\n\n- \*\*Body\*\*: `\{"errors": \[\.\.\.\]\}`/);
  assert.equal(headings(markdown).at(-1)?.slug, 'http-422');
});

test('a heading whose id its text cannot give is an error naming the page and the heading', () => {
  assert.throws(
    () => convert('<h3 class=anchor id=http-400>400 Bad Request</h3>', '/rest/overview/error-codes/', 'Error codes'),
    (error: Error) => /\/rest\/overview\/error-codes\//.test(error.message) && /"400 Bad Request"/.test(error.message) && /#http-400/.test(error.message),
  );
});

test('the copy holds no HTML: no comments, no character references, no stray spaces', () => {
  const markdown = convert(
    '<p>\u00A0A<!-- --> <!-- -->sentence\u00A0with  <strong> bold </strong>\u200B and <em>more</em>. </p><p><span>sent<!-- --> → </span><strong><code>delivered</code></strong></p><p><kbd>Ctrl</kbd>+<kbd>C</kbd> &amp; &lt;tag&gt;</p>',
  );
  assert.doesNotMatch(markdown, /<!--|&#x?[0-9a-f]+;|&[a-z]+;|\u200B|\u00A0/i);
  assert.doesNotMatch(markdown, / {2}| $/m);
  assert.match(markdown, /A sentence with \*\*bold\*\* and _more_\./);
  assert.match(markdown, /sent → \*\*`delivered`\*\*/);
  assert.match(markdown, /`Ctrl`\+`C` & \\<tag>/);
});

test('inline elements side by side, apart only by layout, get a space; punctuation does not', () => {
  const markdown = convert(
    '<table><thead><tr><th>Field<th>Status</thead><tbody><tr><td><strong>to</strong><span class=type>string</span><td><code>queued</code><span class=finality>Not final.</span></tr><tr><td><span><code>a</code></span><span>, <code>b</code></span><td><a href=#x><strong>400</strong><br/>Bad Request</a></tr></tbody></table>',
  );
  assert.match(markdown, /\| \*\*to\*\* string +\| `queued` Not final\. +\|/);
  assert.match(markdown, /\| `a`, `b` +\| \[\*\*400\*\* Bad Request\]\(#x\) +\|/);
});

test('a table cell with paragraphs stays on one row', () => {
  const markdown = convert(
    '<table><thead><tr><th>Status<th>What to do</thead><tbody><tr><td><code>sent</code><td><p>Handed over.</p><p><strong>What to do:</strong> wait.</p></tr></tbody></table>',
  );
  assert.match(markdown, /^\| `sent` +\| Handed over\. \*\*What to do:\*\* wait\. \|$/m);
});

test('the home page copy is the hero and the main content', () => {
  const html = `<!doctype html><html><body><div id=__docusaurus><nav class=navbar><a href=/messaging/>Guides</a></nav>
<div id=__docusaurus_skipToContent_fallback class=main-wrapper><header class=hero><div class=container><h1>Send SMS and MMS with one request</h1>
<p class=lead><code>POST /api/messaging/messages</code> sends a message.</p><div class=actions><a class="button button--primary" href=/messaging/quickstart/>Send your first SMS</a><a class="button button--secondary" href=/rest/messaging/send-message/>API reference</a></div></div></header>
<main class=container><div class=cards><a class=card href=/messaging/><h2>Messaging overview</h2><p>What the endpoint does.</p></a></div></main></div><footer class=footer>Footer</footer></div></body></html>`;
  const markdown = markdownFromHtml(html, { page: '/', baseUrl: '/', pages });
  assert.equal(
    markdown,
    [
      '# Send SMS and MMS with one request',
      '',
      '`POST /api/messaging/messages` sends a message.',
      '',
      '[Send your first SMS](./messaging/quickstart.md) [API reference](./rest/messaging/send-message.md)',
      '',
      '## [Messaging overview](./messaging.md)',
      '',
      '[What the endpoint does.](./messaging.md)',
      '',
    ].join('\n'),
  );
});

test('a site under a base URL gets the same relative links', () => {
  const html = docPage('<p><a href=/docs/messaging/statuses/#every-status>every status</a></p>', 'Send your first SMS');
  const markdown = markdownFromHtml(html, { page: '/messaging/quickstart/', baseUrl: '/docs/', pages });
  assert.match(markdown, /\[every status\]\(\.\/statuses\.md#every-status\)/);
});

test('the copies pass markdownlint', async () => {
  const markdown = convert(
    `<p>Intro.</p><h2 class=anchor id=send>Send</h2><div class="tabs-container"><ul role=tablist><li role=tab>curl<li role=tab>Go</ul><div><div role=tabpanel>${codeBlock('bash', ['curl x'])}</div><div role=tabpanel hidden>${codeBlock('go', ['func main() {', '\tfmt.Println("hi")', '}'])}</div></div></div>
<ul><li><p><strong>With the sandbox:</strong> start it:</p>${codeBlock('bash', ['npx sandbox'])}</li><li><p>Or not.</p></li></ul>
<dl><dt>Per segment<dd>70<dt>Characters<dd><ul><li><code>’</code> U+2019</ul></dl><div hidden data-mermaid-source="flowchart TD&#10;  a --&gt; b"></div>
<table><tbody><tr><th scope=row>Base URL<td><code>http://127.0.0.1:4010</code></tr></tbody></table>`,
  );
  assert.deepEqual(await lintProblems(markdown), [], markdown);
});

test('a table of row headers keeps every row, with the headers in bold, and no bold inside bold', () => {
  const markdown = convert(
    '<table><tbody><tr><th scope=row>Base URL<td><code>http://127.0.0.1:4010</code></tr><tr><th scope=row>Token without the <strong>Messaging</strong> scope<td><code>t</code></tr></tbody></table>',
  );
  const rows = markdown.split('\n').filter((line) => line.startsWith('|'));
  assert.equal(rows.length, 4, markdown);
  assert.match(rows[0], /^\|\s+\|\s+\|$/);
  assert.match(rows[2], /^\| \*\*Base URL\*\* +\| `http:\/\/127\.0\.0\.1:4010` \|$/);
  assert.match(rows[3], /^\| \*\*Token without the Messaging scope\*\* \| `t` +\|$/);
});
