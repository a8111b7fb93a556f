// The site carries copies and adaptations of upstream files (theme components, the HTML template).
// Each one says in a `Follows:` line which upstream file it was written against, at which version,
// and that file's hash. An upgrade that touches such a file fails here, naming our file and the
// upstream one to re-diff, instead of shipping a copy that silently lost the upstream fix.
//
// After re-diffing and carrying the upstream change over, put the new version and the hash this
// test prints into the `Follows:` line.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { path } from '../../scripts/load.ts';
import { buildSsrTemplate } from '../../ssr-template.ts';

interface UpstreamCopy {
  /** Our file, relative to the repository. */
  file: string;
  /** The npm package, e.g. `docusaurus-theme-openapi-docs` or `@docusaurus/theme-classic`. */
  pkg: string;
  version: string;
  /** The upstream file, relative to the package's folder. */
  upstreamPath: string;
  /** The first 16 hex digits of the upstream file's sha256. */
  hash: string;
}

const marker = /Follows:/;
const record = /Follows: ((?:@[\w.-]+\/)?[\w.-]+)@(\d[\w.+-]*) (\S+) sha256:([0-9a-f]{16})\b/;

/** Every `Follows:` line of a file. A line that names the marker but does not parse throws. */
function parseFollows(file: string, text: string): UpstreamCopy[] {
  return text
    .split('\n')
    .filter((line) => marker.test(line))
    .map((line) => {
      const match = record.exec(line);
      if (!match) {
        throw new Error(`${file}: cannot read "${line.trim()}"; write it as "Follows: <package>@<version> <path in the package> sha256:<16 hex digits>"`);
      }
      const [, pkg, version, upstreamPath, hash] = match;
      return { file, pkg, version, upstreamPath, hash };
    });
}

/** Our files that follow an upstream file: the HTML template and anything under src/. */
function findCopies(root = path('.')): UpstreamCopy[] {
  const files = [
    'ssr-template.ts',
    ...readdirSync(join(root, 'src'), { recursive: true, encoding: 'utf8' })
      .filter((name) => /\.(tsx?|jsx?|css|scss)$/.test(name))
      .map((name) => join('src', name)),
  ];
  return files.flatMap((file) => parseFollows(file, readFileSync(join(root, file), 'utf8')));
}

/** The folder of an installed package, found as Node would find it from the repository. */
function packageDir(pkg: string, root: string): string {
  // Not require.resolve(`${pkg}/package.json`): a package's `exports` may not list it.
  const require = createRequire(join(root, 'package.json'));
  for (const dir of require.resolve.paths(pkg) ?? []) {
    if (existsSync(join(dir, pkg, 'package.json'))) return join(dir, pkg);
  }
  throw new Error(`${pkg} is not installed (looked up from ${root})`);
}

const shortHash = (bytes: Buffer | string) => createHash('sha256').update(bytes).digest('hex').slice(0, 16);

/** What is wrong with one copy against what is installed, or nothing. */
function checkCopy(copy: UpstreamCopy, root = path('.')): string[] {
  const upstream = `${copy.pkg}/${copy.upstreamPath}`;
  const redo = `re-diff ${copy.file} against ${upstream}`;
  let dir: string;
  try {
    dir = packageDir(copy.pkg, root);
  } catch (error) {
    return [`${redo}: ${(error as Error).message}`];
  }
  const problems: string[] = [];
  const installed = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).version;
  if (installed !== copy.version) {
    problems.push(`${redo}: it follows ${copy.pkg}@${copy.version}, but ${installed} is installed`);
  }
  const file = join(dir, copy.upstreamPath);
  if (!existsSync(file)) {
    problems.push(`${redo}: ${copy.upstreamPath} is gone from ${copy.pkg}@${installed}`);
  } else {
    const hash = shortHash(readFileSync(file));
    if (hash !== copy.hash) problems.push(`${redo}: it changed since ${copy.version} (now sha256:${hash})`);
  }
  return problems;
}

const copies = findCopies();

test('the copies of upstream files are found, each with a readable Follows: line', () => {
  const files = new Set(copies.map((copy) => copy.file));
  // The known copies, so that a marker mangled out of the pattern cannot pass by being unseen.
  for (const file of [
    'ssr-template.ts',
    'src/components/BodySchema/index.tsx',
    'src/theme/ParamsDetails/index.tsx',
    'src/theme/StatusCodes/index.tsx',
    'src/theme/CodeBlock/Content/index.tsx',
    'src/theme/ArrayBrackets/index.tsx',
  ]) {
    assert.ok(files.has(file), `${file} has no Follows: line`);
  }
});

for (const copy of copies) {
  test(`${copy.file} follows ${copy.pkg}/${copy.upstreamPath} as installed`, () => {
    assert.deepEqual(checkCopy(copy), []);
  });
}

test('the check fails on a hash or a version that does not match what is installed', () => {
  // A made-up record, so this test says the same whatever the real copies' lines hold.
  const pkg = 'docusaurus-theme-openapi-docs';
  const version = JSON.parse(readFileSync(join(packageDir(pkg, path('.')), 'package.json'), 'utf8')).version;
  const fake: UpstreamCopy = { file: 'src/theme/Fake/index.tsx', pkg, version, upstreamPath: 'lib/theme/ParamsDetails/index.js', hash: '0123456789abcdef' };
  const [message, ...rest] = checkCopy(fake);
  assert.deepEqual(rest, []);
  assert.equal(
    message.replace(/sha256:[0-9a-f]{16}/, 'sha256:…'),
    `re-diff src/theme/Fake/index.tsx against docusaurus-theme-openapi-docs/lib/theme/ParamsDetails/index.js: it changed since ${version} (now sha256:…)`,
  );
  const current = message.match(/sha256:([0-9a-f]{16})/)![1];
  assert.deepEqual(checkCopy({ ...fake, hash: current }), [], 'the hash the message gives is the one that passes');

  assert.match(checkCopy({ ...fake, hash: current, version: '0.0.1' }).join('\n'), new RegExp(`it follows ${pkg}@0\\.0\\.1, but ${version.replace(/\./g, '\\.')} is installed`));
  assert.match(checkCopy({ ...fake, upstreamPath: 'lib/theme/Gone/index.js' }).join('\n'), /is gone from/);
  assert.match(checkCopy({ ...fake, pkg: 'no-such-package-here' }).join('\n'), /no-such-package-here is not installed/);
});

test('a Follows: line that does not parse is an error, not a copy left unchecked', () => {
  assert.throws(() => parseFollows('x.tsx', '// Follows: docusaurus-theme-openapi-docs 5.2.0 lib/x.js'), /x\.tsx: cannot read/);
  assert.deepEqual(parseFollows('x.tsx', '// Follows: @docusaurus/theme-classic@3.10.2 lib/theme/A.js sha256:0123456789abcdef'), [
    { file: 'x.tsx', pkg: '@docusaurus/theme-classic', version: '3.10.2', upstreamPath: 'lib/theme/A.js', hash: '0123456789abcdef' },
  ]);
});

test('the HTML template is built from the installed Docusaurus one, and refuses one it does not know', () => {
  const upstream = readFileSync(join(packageDir('@docusaurus/core', path('.')), 'lib/ssg/ssgTemplate.html.js'), 'utf8');
  assert.ok(upstream.includes('it.scripts.forEach'), 'the upstream template is where ssr-template.ts imports it from');
  const stock = `<head>
    <% it.scripts.forEach((script) => { %>
      <script src="<%= it.baseUrl %><%= script %>" defer></script>
    <% }); %>
  </head>
  <body>
    <div id="__docusaurus"><%~ it.appHtml %></div>
    <%~ it.postBodyTags %>
  </body>`;
  const built = buildSsrTemplate(stock);
  assert.ok(!built.includes(' defer>'), 'the render-blocking tags are gone');
  assert.ok(built.indexOf('async = false') < built.indexOf('it.postBodyTags'), 'the loader comes before the plugins’ body tags');
  assert.throws(() => buildSsrTemplate(stock.replace(' defer>', ' async>')), /no longer contains the <script defer> block/);
  assert.throws(() => buildSsrTemplate(stock.replace('<%~ it.postBodyTags %>', '')), /no longer contains the postBodyTags line/);
});
