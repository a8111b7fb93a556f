// Runs the Markdown gates (config.jsonc and its rules) over built copies. Calls markdownlint with
// that config directly, rather than markdownlint-cli2's main: main also merges every
// .markdownlint-cli2.* and .markdownlint.* it finds from the files up to its base folder, so the
// repo root's config (MD033 off, MD013 at 100, for MDX) would leak into a build under the repo.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Configuration, Rule } from 'markdownlint';
import { lint } from 'markdownlint/promise';
import jsoncParse from 'markdownlint-cli2/parsers/jsonc';

export interface Problem {
  file: string;
  line: number;
  rule: string;
  detail: string;
}

// From __filename: tsx sets it however this module is loaded, but not __dirname when an ES module
// imports it.
const here = dirname(__filename);
export const configPath = resolve(here, 'config.jsonc');

interface GateOptions {
  config: Configuration;
  customRules: string[];
  noInlineConfig?: boolean;
}

async function loadOptions() {
  const options = jsoncParse(readFileSync(configPath, 'utf8')) as GateOptions;
  // As markdownlint-cli2 does: rule modules are relative to the config, and one may export several.
  const modules = await Promise.all(options.customRules.map((id) => import(pathToFileURL(resolve(here, id)).href)));
  const customRules = modules.flatMap((module) => module.default as Rule | Rule[]);
  return { config: options.config, customRules, noInlineConfig: Boolean(options.noInlineConfig) };
}

/** Every problem the gates find in `files`, in file and line order; empty when they are clean. */
export async function lintMarkdown(files: string[]): Promise<Problem[]> {
  if (files.length === 0) return [];
  const results = await lint({ files, ...(await loadOptions()), handleRuleFailures: true });
  return files.flatMap((file) =>
    (results[file] ?? []).map((error) => ({
      file,
      line: error.lineNumber,
      rule: error.ruleNames[0],
      detail: [error.ruleDescription, error.errorDetail && `: ${error.errorDetail}`, error.errorContext && ` [${error.errorContext}]`].filter(Boolean).join(''),
    })),
  );
}

/** Every .md file under `buildDir`, sorted, as absolute paths. */
export function builtMarkdownFiles(buildDir: string): string[] {
  const root = resolve(buildDir);
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.md'))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}
