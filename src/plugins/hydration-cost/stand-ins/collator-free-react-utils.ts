// Stands in for theme-common's reactUtils where useMutationObserver (every code block's word-wrap
// check) and the navbar's secondary menu import it (swapped in by src/plugins/hydration-cost/swaps.ts).
// useShallowMemoObject sorted the object's keys with localeCompare, and the first localeCompare on
// a page sets up ICU's collator, a long task on a slow phone. The keys only need one consistent
// order, which their code units give. The rest of the module is the original.
// Follows: @docusaurus/theme-common@3.10.2 lib/utils/reactUtils.js sha256:a683742dac1a155b
import { useMemo } from 'react';
import { byCodeUnit } from './by-code-unit';

export {
  useEvent,
  usePrevious,
  ReactContextError,
  composeProviders,
} from '@docusaurus/theme-common/lib/utils/reactUtils.js';

export function useShallowMemoObject<O extends object>(obj: O): O {
  const deps = Object.entries(obj);
  deps.sort(([a], [b]) => byCodeUnit(a, b));
  // The dependencies are the object's keys and values, flattened: the same as the original's.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  return useMemo(() => obj, deps.flat());
}
