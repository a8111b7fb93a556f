// The reference pages' Markdown copies, written from the spec rather than from the theme's HTML:
// each operation's method and URL, credentials, every field with its type, rules in words and
// the error code that enforces each rule, every response with its fields and examples, and at the
// end the operation's own OpenAPI document, which Redocly lints like the spec.
import { STATUS_CODES } from 'node:http';
import { stringify as toYaml } from 'yaml';
import { operationDocument, operationsOf, inlineRefs, type OperationPlace, type Spec } from './operation-document';
import { markdownCodeLink as codeLink } from '../../../openapi/site-paths';
import { afterLabel, constraintWords, enumWords, jsonCode, typeWords, type Schema } from './schema-words';

// A copy links error codes by site path, as the spec does; the caller makes the links relative.

const indent = (text: string, by = 2) =>
  text
    .split('\n')
    .map((line) => (line.trim() === '' ? '' : ' '.repeat(by) + line))
    .join('\n');

const paragraphs = (...parts: (string | undefined | false)[]) => parts.filter((part): part is string => !!part && part.trim() !== '').map((part) => part.trim()).join('\n\n');

/**
 * The sentences for one schema object's rules, each with the code that refuses a value breaking
 * it. A code written beside a `not` (or an `allOf` entry holding one) belongs to the `not`'s rule.
 */
function ruleLines(schema: Schema, where: string, label = '', inheritedCode?: string): string[] {
  const lines: string[] = [];
  const own = constraintWords(schema, where);
  const prefix = (sentence: string) => (label ? `${label}: ${afterLabel(sentence)}` : sentence);
  const code = (schema['x-error-code'] as string | undefined) ?? inheritedCode;
  const otherwise = (code?: string) => (code ? ` Otherwise: ${codeLink(code)}.` : '');
  if (own.length) lines.push(prefix(own.join(' ')) + otherwise(code));
  if (schema['x-type-error-code']) {
    lines.push(prefix(`${typeWords(schema)}.`.replace(/^\w/, (c) => c.toUpperCase()) + otherwise(schema['x-type-error-code'])));
  }
  for (const [i, part] of ((schema.allOf ?? []) as Schema[]).entries()) lines.push(...ruleLines(part, `${where}/allOf/${i}`, label));
  if (schema.not) lines.push(...ruleLines(schema.not, `${where}/not`, label, own.length ? undefined : code));
  if (code && !own.length && !schema.not && !schema.allOf && !schema['x-type-error-code']) {
    throw new Error(`${where}: ${code} is written on a schema with no rule to put into words.`);
  }
  if (schema.items && typeof schema.items === 'object') lines.push(...ruleLines(schema.items, `${where}/items`, 'Each item'));
  if (schema.propertyNames) lines.push(...ruleLines(schema.propertyNames, `${where}/propertyNames`, 'Each key'));
  if (typeof schema.additionalProperties === 'object') {
    const value = schema.additionalProperties as Schema;
    if (!value['x-type-error-code']) lines.push(`Each value: ${typeWords(value)}.`);
    lines.push(...ruleLines(value, `${where}/additionalProperties`, 'Each value'));
  }
  return lines;
}

interface FieldOptions {
  /** Fields a client sends (required or optional), rather than fields it receives. */
  request: boolean;
  /** Whether leaving out a required field gets a bare 400 (a body field) or not (a path parameter). */
  missingIs400?: boolean;
}

/** The fields of an object schema, one list entry each; nested objects list theirs beneath. */
function fieldList(schema: Schema, where: string, options: FieldOptions): string {
  const properties = (schema.properties ?? {}) as Record<string, Schema>;
  const required = new Set((schema.required ?? []) as string[]);
  return Object.entries(properties)
    .map(([name, field]) => fieldEntry(name, field, required.has(name), `${where}/${name}`, options))
    .join('\n\n');
}

function fieldEntry(name: string, field: Schema, required: boolean, where: string, options: FieldOptions): string {
  const presence = options.request ? (required ? 'required' : 'optional') : required ? 'always present' : 'may be absent';
  const details: string[] = [];
  const values = enumWords(field);
  if (values.length) {
    const described = values.some((value) => value.meaning);
    details.push(
      described
        ? `One of:\n\n${values.map((value) => `- ${value.value}${value.meaning ? `: ${value.meaning}` : ''}`).join('\n')}`
        : `One of ${values.map((value) => value.value).join(', ')}.`,
    );
  }
  const rules = ruleLines(field, where);
  if (options.request && required && options.missingIs400 !== false) rules.push('A request without it is refused with `400 Bad Request`.');
  // Led by a word of its own, so the list never runs into a list that ends the description.
  if (rules.length) details.push(`Rules:\n\n${rules.map((rule) => `- ${rule}`).join('\n')}`);
  if (field.default !== undefined) details.push(`Default: ${jsonCode(field.default)}.`);
  const example = Array.isArray(field.examples) ? field.examples[0] : field.example;
  if (example !== undefined) details.push(`Example: ${jsonCode(example)}.`);
  const nested = nestedObject(field);
  if (nested) details.push(`${nested.label}:\n\n${fieldList(nested.schema, where, options)}`);
  const description = String(field.description ?? '').trim();
  const entry = `**${name}** (${typeWords(field)}, ${presence})${description ? `: ${description}` : ''}`;
  return `- ${indent([entry, ...details].join('\n\n')).trimStart()}`;
}

/** The object whose fields a field holds: its own, or each item's for an array of objects. */
function nestedObject(field: Schema): { label: string; schema: Schema } | undefined {
  if (field.properties) return { label: 'Its fields', schema: field };
  if (field.items?.properties) return { label: 'Fields of each item', schema: field.items };
  return undefined;
}

/** The rules a schema states across fields (if/then/else), with their codes. */
function crossFieldRules(schema: Schema, where: string): string[] {
  const rules: string[] = [];
  for (const branch of ['then', 'else'] as const) {
    const part = schema[branch] as Schema | undefined;
    if (!part) continue;
    if (typeof part['x-rule'] !== 'string') throw new Error(`${where}/${branch}: a rule across fields has no x-rule saying it in words.`);
    rules.push(`- ${part['x-rule']}${part['x-error-code'] ? ` Otherwise: ${codeLink(part['x-error-code'])}.` : ''}`);
  }
  return rules;
}

function jsonBlock(value: unknown): string {
  return `\`\`\`json\n${JSON.stringify(value, null, 2)}\n\`\`\``;
}

function examplesSection(examples: Record<string, Schema> | undefined, heading: string): string {
  if (!examples) return '';
  return Object.entries(examples)
    .map(([name, example]) => paragraphs(`${heading} Example: ${example.summary ?? name}`, example.description, jsonBlock(example.value)))
    .join('\n\n');
}

/** A body (request or response) of one media type: its schema's fields and its examples. */
function bodySection(content: Record<string, Schema> | undefined, where: string, options: { request: boolean; exampleHeading: string }): string {
  if (!content) return '';
  return Object.entries(content)
    .map(([mediaType, media]) => {
      const schema = (media.schema ?? {}) as Schema;
      const across = crossFieldRules(schema, `${where}/schema`);
      return paragraphs(
        `Content type: \`${mediaType}\`. ${schema.title ? `Schema: ${schema.title}.` : ''}`,
        schema.description,
        schema.properties ? fieldList(schema, `${where}/schema`, options) : `A ${typeWords(schema)}.`,
        across.length ? `Rules across fields:\n\n${across.join('\n')}` : '',
        examplesSection(media.examples, options.exampleHeading),
      );
    })
    .join('\n\n');
}

function parametersSection(parameters: Schema[] | undefined, where: string): string {
  if (!parameters?.length) return '';
  const groups: [string, string][] = [['path', 'Path parameters'], ['query', 'Query parameters'], ['header', 'Header parameters']];
  return groups
    .map(([place, title]) => {
      const mine = parameters.filter((parameter) => parameter.in === place);
      if (!mine.length) return '';
      const asObject = {
        properties: Object.fromEntries(mine.map((parameter) => [parameter.name, { ...parameter.schema, description: parameter.description, examples: parameter.example !== undefined ? [parameter.example] : parameter.schema?.examples }])),
        required: mine.filter((parameter) => parameter.required).map((parameter) => parameter.name),
      };
      return paragraphs(`## ${title}`, fieldList(asObject, `${where}/parameters`, { request: true, missingIs400: false }));
    })
    .filter(Boolean)
    .join('\n\n');
}

/** A description as a sentence that another can follow. */
const sentence = (text: unknown) => (text ? String(text).trim().replace(/([^.!?:])$/, '$1.') : '');

function serverUrl(server: Schema): string {
  return String(server.url);
}

function authenticationSection(place: OperationPlace, spec: Spec): string {
  const security = (place.operation.security ?? spec.security ?? []) as Record<string, unknown>[];
  if (security.length === 0) {
    return paragraphs('## Authentication', 'None: SignalWire makes this request to your server, so no SignalWire credentials are involved.');
  }
  const schemes = (spec.components?.securitySchemes ?? {}) as Record<string, Schema>;
  return paragraphs('## Authentication', ...security.flatMap((requirement) => Object.keys(requirement).map((name) => schemes[name]?.description ?? name)));
}

function responsesSection(responses: Record<string, Schema>, where: string): string {
  return paragraphs(
    '## Responses',
    ...Object.entries(responses).map(([status, response]) =>
      paragraphs(
        `### ${status} ${STATUS_CODES[status] ?? ''}`.trimEnd(),
        response.description,
        response.content
          ? bodySection(response.content, `${where}/responses/${status}`, { request: false, exampleHeading: '####' })
          : 'No body.',
      ),
    ),
  );
}

export interface ReferenceCopy {
  /** The Markdown, with links as site paths (/rest/overview/error-codes/#code) for the caller to make relative. */
  markdown: string;
  /** The operation's own OpenAPI document, as written into the copy, for the lint gate. */
  yaml: string;
}

/** The Markdown copy of one operation's or webhook's page. */
export function operationMarkdown(spec: Spec, place: OperationPlace): ReferenceCopy {
  const op = inlineRefs(place.operation, spec) as Schema;
  const where = place.kind === 'path' ? `${place.method.toUpperCase()} ${place.key}` : `webhook ${place.key}`;
  const servers = (spec.servers ?? []) as Schema[];
  const yaml = toYaml(operationDocument(spec, place), { lineWidth: 0, aliasDuplicateObjects: false });
  const requestBody = op.requestBody as Schema | undefined;
  const markdown = paragraphs(
    `# ${op.summary}`,
    place.kind === 'path'
      ? paragraphs(`\`${place.method.toUpperCase()} ${place.key}\``, `On your Space's host: \`${place.method.toUpperCase()} ${serverUrl(servers[0] ?? { url: '' })}${place.key}\`.`)
      : `\`${place.method.toUpperCase()}\`, from SignalWire to your server: the \`${place.key}\` webhook.`,
    op.description,
    authenticationSection(place, spec),
    place.kind === 'path' && servers.length
      ? paragraphs('## Servers', servers.map((server) => `- \`${server.url}\`: ${sentence(server.description)}${Object.entries((server.variables ?? {}) as Record<string, Schema>).map(([name, variable]) => ` Variable \`{${name}}\`: ${variable.description} Default: \`${variable.default}\`.`).join('')}`).join('\n'))
      : '',
    parametersSection(op.parameters as Schema[] | undefined, where),
    requestBody
      ? paragraphs(
          place.kind === 'path' ? '## Request body' : '## Event body',
          requestBody.required ? 'Required.' : 'Optional.',
          requestBody.description,
          bodySection(requestBody.content, `${where}/requestBody`, { request: place.kind === 'path', exampleHeading: '###' }),
        )
      : '',
    responsesSection(op.responses as Record<string, Schema>, where),
    paragraphs(
      '## OpenAPI description',
      `This operation's OpenAPI ${spec.openapi} description, self-contained: every schema, response and example it references is written in place. The whole spec is [messaging.yaml](/openapi/messaging.yaml).`,
      `\`\`\`yaml\n${yaml.trimEnd()}\n\`\`\``,
    ),
  );
  return { markdown, yaml };
}

/** The API's introduction page: what it is, where it is, how to authenticate, and its operations. */
export function introductionMarkdown(spec: Spec, routeOf: (place: OperationPlace) => string): string {
  const servers = (spec.servers ?? []) as Schema[];
  const places = operationsOf(spec);
  return paragraphs(
    `# ${spec.info.title}`,
    `Version ${spec.info.version}. ${String(spec.info.summary ?? '')}`,
    spec.info.description as string,
    paragraphs('## Servers', servers.map((server) => `- \`${server.url}\`: ${sentence(server.description)}`).join('\n')),
    paragraphs('## Authentication', ...Object.values((spec.components?.securitySchemes ?? {}) as Record<string, Schema>).map((scheme) => scheme.description as string)),
    paragraphs(
      '## Operations',
      places
        .filter((place) => place.kind === 'path')
        .map((place) => `- [${place.operation.summary}](${routeOf(place)}): \`${place.method.toUpperCase()} ${place.key}\``)
        .join('\n'),
    ),
    paragraphs(
      '## Webhooks',
      places
        .filter((place) => place.kind === 'webhook')
        .map((place) => `- [${place.operation.summary}](${routeOf(place)}): ${firstSentence(String(place.operation.description ?? ''))}`)
        .join('\n'),
    ),
    `The whole description: [OpenAPI ${spec.openapi} (YAML)](/openapi/messaging.yaml).`,
  );
}

/** A tag's page: what its operations are for, and each of them with the first sentence of its description. */
export function tagMarkdown(spec: Spec, name: string, routeOf: (place: OperationPlace) => string): string {
  const tag = (spec.tags ?? []).find((candidate) => candidate.name === name);
  if (!tag) throw new Error(`markdown-copies: the spec has no tag "${name}".`);
  const places = operationsOf(spec).filter((place) => ((place.operation.tags ?? []) as string[]).includes(name));
  return paragraphs(
    `# ${name}`,
    tag.description as string,
    places.map((place) => `- [${place.operation.summary}](${routeOf(place)}): ${firstSentence(String(place.operation.description ?? ''))}`).join('\n'),
  );
}

/** The first sentence of a description's first paragraph, on one line. */
export const firstSentence = (text: string) => /^(.+?[.!?])(\s|$)/s.exec(text.split(/\n\s*\n/)[0].replace(/\s+/g, ' ').trim())?.[1] ?? text.trim();

