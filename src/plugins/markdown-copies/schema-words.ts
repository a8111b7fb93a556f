// A schema's type and rules in words, as a reference page states them: "At most 8 items", not
// `maxItems: 8`; "A `+` followed by 5 to 17 digits", not a regular expression. A pattern has no
// words of its own, so the spec gives each one an `x-rule` beside it, and a pattern without one
// stops the build rather than reach a reader as a regular expression.
export type Schema = Record<string, any>;

const formats: Record<string, string> = {
  uuid: 'UUID',
  'date-time': 'date and time, RFC 3339',
  date: 'date, YYYY-MM-DD',
  uri: 'URI',
};

const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

function types(schema: Schema): string[] {
  if (Array.isArray(schema.type)) return schema.type as string[];
  if (typeof schema.type === 'string') return [schema.type];
  if (schema.enum) return [...new Set((schema.enum as unknown[]).map((value) => (value === null ? 'null' : typeof value)))];
  return [];
}

/** "string (UUID)", "array of strings", "string or null", "object". */
export function typeWords(schema: Schema): string {
  const words = types(schema).map((type) => {
    if (type === 'array') {
      const item = schema.items ? typeWords(schema.items) : 'anything';
      return `array of ${item.replace(/^(string|integer|number|boolean|object)\b/, '$1s')}`;
    }
    if (type === 'null') return 'null';
    return schema.format && type !== 'null' ? `${type} (${formats[schema.format] ?? schema.format})` : type;
  });
  return words.length ? words.join(' or ') : 'any type';
}

/** A value as code: a string as it is (`queued`), anything else, and the empty string, as JSON. */
const code = (value: unknown) => `\`${typeof value === 'string' && value !== '' ? value : JSON.stringify(value)}\``;

/** The constraints a schema object sets on its own value, each as a sentence. */
export function constraintWords(schema: Schema, where: string): string[] {
  const words: string[] = [];
  if (schema.pattern !== undefined) {
    if (typeof schema['x-rule'] !== 'string') {
      throw new Error(`${where}: the pattern ${schema.pattern} has no x-rule saying it in words.`);
    }
  }
  if (typeof schema['x-rule'] === 'string') words.push(schema['x-rule']);
  if (schema.const !== undefined) words.push(`Exactly ${code(schema.const)}.`);
  if (schema.maxLength === 0) {
    words.push('Empty: `""`.');
  } else if (schema.minLength !== undefined && schema.minLength === schema.maxLength) {
    words.push(`Exactly ${plural(schema.maxLength, 'character')}.`);
  } else {
    if (schema.minLength === 1) words.push('Not empty.');
    else if (schema.minLength !== undefined) words.push(`At least ${plural(schema.minLength, 'character')}.`);
    if (schema.maxLength !== undefined) words.push(`At most ${plural(schema.maxLength, 'character')}.`);
  }
  if (schema['x-max-bytes'] !== undefined) words.push(`At most ${plural(schema['x-max-bytes'], 'byte')} in UTF-8.`);
  if (schema.minItems !== undefined) words.push(`At least ${plural(schema.minItems, 'item')}.`);
  if (schema.maxItems !== undefined) words.push(`At most ${plural(schema.maxItems, 'item')}.`);
  if (schema.minProperties !== undefined) words.push(`At least ${plural(schema.minProperties, 'key')}.`);
  if (schema.maxProperties !== undefined) words.push(`At most ${plural(schema.maxProperties, 'key')}.`);
  if (schema.minimum !== undefined && schema.maximum !== undefined) words.push(`From ${schema.minimum} to ${schema.maximum}.`);
  else if (schema.minimum !== undefined) words.push(`At least ${schema.minimum}.`);
  else if (schema.maximum !== undefined) words.push(`At most ${schema.maximum}.`);
  if (schema.exclusiveMinimum !== undefined) words.push(`More than ${schema.exclusiveMinimum}.`);
  if (schema.exclusiveMaximum !== undefined) words.push(`Less than ${schema.exclusiveMaximum}.`);
  for (const keyword of ['oneOf', 'anyOf', 'dependentRequired', 'dependentSchemas', 'patternProperties', 'contains', 'prefixItems', 'uniqueItems', 'multipleOf']) {
    // A keyword this renderer does not put into words would be a rule left unsaid.
    if (schema[keyword] !== undefined) throw new Error(`${where}: ${keyword} is not put into words by the Markdown reference yet.`);
  }
  return words;
}

/** The enum's values, each with its meaning when the spec gives one (x-enumDescriptions). */
export function enumWords(schema: Schema): { value: string; meaning?: string }[] {
  if (!Array.isArray(schema.enum)) return [];
  const meanings = (schema['x-enumDescriptions'] ?? {}) as Record<string, string>;
  return (schema.enum as unknown[]).map((value) => ({ value: code(value), meaning: meanings[String(value)] }));
}

/** Lower-cases a sentence's first letter when it follows a label ("Each key: starts with…"). */
export function afterLabel(sentence: string): string {
  return /^[A-Z][a-z]/.test(sentence) ? sentence[0].toLowerCase() + sentence.slice(1) : sentence;
}

export { code as jsonCode };
