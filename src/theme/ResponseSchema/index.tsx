// Replaces the stock component so every response (errors included) is in the server-rendered HTML.
import BodySchema, { type BodySchemaProps } from '@site/src/components/BodySchema';

export default function ResponseSchema(props: BodySchemaProps) {
  return <BodySchema kind="response" {...props} />;
}
