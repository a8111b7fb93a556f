// What the Markdown copies must hold, as checks that return problems: the site tests run them on
// the build, and tests/unit/markdown-copies-gates.test.ts runs them on broken copies to show each fails.
import { spawnSync } from 'node:child_process';
import { parse } from 'yaml';
import { root } from '../../scripts/load.ts';
import { inlineRefs, operationsOf, type OperationPlace, type Spec } from '../../src/plugins/markdown-copies/operation-document.ts';
import { typeWords, type Schema } from '../../src/plugins/markdown-copies/schema-words.ts';

/** The YAML code block a reference copy ends with. */
export function yamlBlock(markdown: string): string | undefined {
  return /^```yaml\n([\s\S]*?)\n```$/m.exec(markdown)?.[1];
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Every request field (parameters and body) of the operation, with its type and whether it is
 * required; a webhook's body is sent by SignalWire, so its fields are always present or may be absent.
 */
export function requestFields(spec: Spec, place: OperationPlace): { name: string; type: string; presence: string }[] {
  const op = inlineRefs(place.operation, spec) as Schema;
  const presence = (required: boolean) => (place.kind === 'webhook' ? (required ? 'always present' : 'may be absent') : required ? 'required' : 'optional');
  const fields = ((op.parameters ?? []) as Schema[]).map((p) => ({ name: p.name as string, type: typeWords(p.schema), presence: presence(!!p.required) }));
  for (const media of Object.values((op.requestBody?.content ?? {}) as Record<string, Schema>)) {
    const required = new Set((media.schema.required ?? []) as string[]);
    for (const [name, field] of Object.entries((media.schema.properties ?? {}) as Record<string, Schema>)) {
      fields.push({ name, type: typeWords(field), presence: presence(required.has(name)) });
    }
  }
  return fields;
}

/** Problems with an operation's copy: a request field missing, or without its type or presence; a YAML block that is not the operation. */
export function operationCopyProblems(markdown: string, spec: Spec, place: OperationPlace): string[] {
  const problems: string[] = [];
  for (const field of requestFields(spec, place)) {
    const entry = new RegExp(`^\\s*- \\*\\*${escape(field.name)}\\*\\* \\(${escape(field.type)}, ${field.presence}\\)`, 'm');
    if (!entry.test(markdown)) problems.push(`${field.name}: no entry "- **${field.name}** (${field.type}, ${field.presence})"`);
  }
  const yaml = yamlBlock(markdown);
  if (yaml === undefined) return [...problems, 'no YAML block'];
  let document: Spec;
  try {
    document = parse(yaml) as Spec;
  } catch (error) {
    return [...problems, `the YAML block does not parse: ${(error as Error).message.split('\n')[0]}`];
  }
  const [only, ...others] = operationsOf(document);
  if (!only || others.length) problems.push(`the YAML block holds ${others.length + (only ? 1 : 0)} operations, not 1`);
  else if (only.operation.operationId !== place.operation.operationId) problems.push(`the YAML block holds ${String(only.operation.operationId)}`);
  if (JSON.stringify(document).includes('"$ref"')) problems.push('the YAML block still has a $ref: it is not self-contained');
  return problems;
}

export interface ListedPage {
  title: string;
  /** The copy's absolute URL. */
  url: string;
}

/** Problems with llms.txt: sections out of order, a page missing or listed twice, a line without a description, a page that should not be there. */
export function llmsTxtProblems(llms: string, expected: Record<string, ListedPage[]>, forbidden: RegExp): string[] {
  const problems: string[] = [];
  const headings = [...llms.matchAll(/^## (.+)$/gm)].map((m) => m[1]);
  const wanted = Object.keys(expected);
  if (headings.slice(0, wanted.length).join('|') !== wanted.join('|')) problems.push(`sections are ${headings.join(', ')}; expected ${wanted.join(', ')} first`);
  const lines = llms.split('\n').filter((line) => line.startsWith('- ['));
  for (const line of lines) {
    if (!/^- \[[^\]]+\]\(https?:\/\/[^)]+\): \S.*$/.test(line)) problems.push(`no description: ${line}`);
    if (forbidden.test(line)) problems.push(`should not be listed: ${line}`);
  }
  for (const [section, pages] of Object.entries(expected)) {
    const body = llms.split(/^## /m).find((part) => part.startsWith(`${section}\n`)) ?? '';
    for (const page of pages) {
      const count = llms.split(`](${page.url})`).length - 1;
      if (count !== 1) problems.push(`${page.url} is listed ${count} times`);
      else if (!body.includes(`](${page.url})`)) problems.push(`${page.url} is not under ${section}`);
    }
  }
  return problems;
}

/** Redocly's verdict, with the project's rules (redocly.yaml), on OpenAPI documents written to files. */
export function redoclyLint(files: string[]): { ok: boolean; output: string } {
  const result = spawnSync('npx', ['redocly', 'lint', '--format=stylish', ...files], { cwd: root, encoding: 'utf8' });
  return { ok: result.status === 0, output: `${result.stdout}${result.stderr}` };
}
