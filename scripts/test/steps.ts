// What `npm test` runs, as steps that wait only for what they need, grouped into lanes whose times
// are reported. The lanes overlap: the samples start while the site builds, and the quick lane
// runs beside both. `npm run test:quick` runs the quick lane alone.

export type Lane = 'quick' | 'samples' | 'site' | 'browser' | 'standalone';

export interface Step {
  name: string;
  lane: Lane;
  /** The command, run from the repository's root. */
  command: string[];
  /** Steps that must have passed first. */
  after?: string[];
  /** Environment added to the command's. */
  env?: Record<string, string>;
}

/** node:test over some files, with the spec reporter so every run ends with its own counts. */
const nodeTest = (concurrency: number, ...files: string[]) => [
  'node',
  '--import',
  'tsx',
  '--test',
  '--test-reporter=spec',
  `--test-concurrency=${concurrency}`,
  ...files,
];

// Redocly's own annotations on a pull request's changed lines, where GitHub Actions reads them.
const redoclyFormat = process.env.GITHUB_ACTIONS === 'true' ? 'github-actions' : 'stylish';

/** The quick lane: no site build and no toolchain, what a writer runs after every edit. */
export function quickSteps(after: string[]): Step[] {
  return [
    // Incremental (tsconfig.json): an unchanged project checks in seconds.
    { name: 'types', lane: 'quick', command: ['npx', 'tsc'] },
    { name: 'spec lint', lane: 'quick', command: ['npx', 'redocly', 'lint', `--format=${redoclyFormat}`] },
    // Two at a time: the machines this runs on have two cores, and the rest of npm test shares them.
    { name: 'unit and sandbox tests', lane: 'quick', after, command: nodeTest(2, 'tests/unit/*.test.ts', 'tests/sandbox/*.test.ts') },
  ];
}

/** Everything, over one build of the site. */
export function allSteps(): Step[] {
  return [
    // The published spec, the catalog JSON and the reference pages: everything else reads them.
    { name: 'generate', lane: 'quick', command: ['npm', 'run', '--silent', 'gen'] },
    ...quickSteps(['generate']),
    // Chromium first, alone: the build draws the Mermaid diagrams with it, and need not wait for
    // the samples' toolchains. They follow it, since two apt-get runs cannot share dpkg's lock.
    { name: 'chromium', lane: 'site', command: ['bash', 'scripts/ensure-tools.sh', 'chromium'] },
    { name: 'toolchains', lane: 'samples', after: ['chromium'], command: ['bash', 'scripts/ensure-tools.sh'] },
    { name: 'samples', lane: 'samples', after: ['generate', 'toolchains'], command: nodeTest(1, 'tests/samples/*.test.ts') },
    { name: 'build', lane: 'site', after: ['generate', 'chromium'], command: ['npx', 'docusaurus', 'build'] },
    // Every titled sample as a reader copies it from the built page, run in an empty folder.
    { name: 'samples as copied', lane: 'samples', after: ['build', 'toolchains'], command: nodeTest(1, 'tests/copied/*.test.ts') },
    { name: 'site checks', lane: 'site', after: ['build'], command: nodeTest(2, 'tests/site/*.test.ts') },
    // The agent kit packed and installed as a reader would, driven over stdio; one file at a time,
    // since each packs the package into the same folder.
    { name: 'agent kit', lane: 'site', after: ['build'], command: nodeTest(1, 'tests/mcp/*.test.ts') },
    { name: 'browser tests', lane: 'browser', after: ['build', 'toolchains'], command: ['npm', 'run', '--silent', 'test:browser'] },
    // Last, on a copy with nothing beside it: proves the repository needs nothing outside itself.
    { name: 'clean copy', lane: 'standalone', after: ['unit and sandbox tests'], command: nodeTest(1, 'tests/standalone/*.test.ts') },
  ];
}

/** The quick lane alone: the spec only, no reference pages. */
export function onlyQuickSteps(): Step[] {
  return [{ name: 'spec', lane: 'quick', command: ['npm', 'run', '--silent', 'spec'] }, ...quickSteps(['spec'])];
}
