// The fields of one schema of the published spec, described exactly as the reference does.
import spec from '@site/generated/static/openapi/messaging.json';
import InlineCode from '../InlineCode';

interface FieldSchema {
  type?: string | string[];
  $ref?: string;
  format?: string;
  enum?: string[];
  items?: FieldSchema;
  description?: string;
}

const schemas = spec.components.schemas as unknown as Record<string, FieldSchema & { properties: Record<string, FieldSchema> }>;

function resolve(field: FieldSchema): FieldSchema {
  return field.$ref ? { ...schemas[field.$ref.split('/').pop()!], ...field, $ref: undefined } : field;
}

function typeOf(field: FieldSchema): string {
  const resolved = resolve(field);
  const types = [resolved.type ?? 'object'].flat().map((t) => (t === 'array' && resolved.items ? `array of ${typeOf(resolved.items)}` : t));
  return `${types.join(' or ')}${resolved.format ? ` (${resolved.format})` : ''}`;
}

export default function SchemaFields({ schema }: { schema: string }) {
  const { properties } = schemas[schema];
  return (
    <table>
      <thead>
        <tr>
          <th>Field</th>
          <th>Type</th>
          <th>Description</th>
        </tr>
      </thead>
      <tbody>
        {Object.entries(properties).map(([name, field]) => {
          const resolved = resolve(field);
          return (
            <tr key={name}>
              <td>
                <code>{name}</code>
              </td>
              <td>{typeOf(field)}</td>
              <td>
                <InlineCode text={(field.description ?? resolved.description ?? '').split('\n\n')[0].replace(/\s+/g, ' ')} />
                {resolved.enum && (
                  <>
                    {' '}
                    One of{' '}
                    {resolved.enum.map((value, i) => (
                      <span key={value}>
                        {i > 0 && ', '}
                        <code>{value}</code>
                      </span>
                    ))}
                    .
                  </>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
