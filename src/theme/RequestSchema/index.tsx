// Replaces the stock component so the request body is in the server-rendered HTML.
import BodySchema, { type BodySchemaProps } from '@site/src/components/BodySchema';

export default function RequestSchema(props: BodySchemaProps) {
  return <BodySchema kind="request" {...props} />;
}
