// An example from the published spec, shown as JSON: the guides quote the reference, never a copy.
import CodeBlock from '@theme/CodeBlock';
import spec from '@site/generated/static/openapi/messaging.json';

type Node = Record<string, any>;

function deref(node: Node): Node {
  if (typeof node?.$ref !== 'string') return node;
  return deref(node.$ref.slice(2).split('/').reduce((at: Node, key: string) => at[key.replace(/~1/g, '/')], spec));
}

/** `where` is a path or webhook name; `status` is a response status, or "request". */
export default function SpecExample({ where, method = 'post', status, name }: { where: string; method?: string; status: string; name: string }) {
  const operation = ((spec as Node).paths[where] ?? (spec as Node).webhooks[where])[method];
  const body = status === 'request' ? deref(operation.requestBody) : deref(operation.responses[status]);
  const example = deref(body.content['application/json'].examples[name]);
  return <CodeBlock language="json">{JSON.stringify(example.value, null, 2)}</CodeBlock>;
}
