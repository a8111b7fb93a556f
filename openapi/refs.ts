// Local `$ref`s of the bundled spec (`#/components/...`), followed the one way every reader of
// the spec here needs: the spec's build, the Markdown copies and the tests.
type Node = Record<string, any>;

/** What a local `$ref` points at, or undefined when it points at nothing. */
export function refTarget(spec: Node, ref: string): unknown {
  if (!ref.startsWith('#/')) throw new Error(`Only local references are followed; found ${ref}.`);
  return ref
    .slice(2)
    .split('/')
    .map((part) => part.replaceAll('~1', '/').replaceAll('~0', '~'))
    .reduce<unknown>((at, part) => (at as Node | undefined)?.[part], spec);
}

/** `node`, or what its `$ref` (and the target's own `$ref`, and so on) finally points at. */
export function deref<T = Node>(spec: Node, node: Node): T {
  if (typeof node?.$ref !== 'string') return node as T;
  const target = refTarget(spec, node.$ref);
  if (target === undefined) throw new Error(`${node.$ref} points at nothing in the spec.`);
  return deref<T>(spec, target as Node);
}
