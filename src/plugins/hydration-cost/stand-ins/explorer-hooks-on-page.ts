// Stands in for the OpenAPI theme's ApiItem/hooks (react-redux's useSelector and useDispatch) in
// the two components of the page body that use them, MimeTabs and Schema: they read and write the
// page's store (src/theme/ApiItem/page-state.ts), so the page renders with no Redux at all and the
// console's store is created only in the console's chunk. Swapped in by ../swaps.ts.
// Follows: docusaurus-theme-openapi-docs@5.2.0 lib/theme/ApiItem/hooks.js sha256:f1535d38d96073a8
import { useCallback, useSyncExternalStore } from 'react';
import { usePageState, type PageState } from '@site/src/theme/ApiItem/page-state';

export const useTypedDispatch = () => usePageState().dispatch;

export function useTypedSelector<T>(selector: (state: PageState) => T): T {
  const store = usePageState();
  const snapshot = useCallback(() => selector(store.getState()), [store, selector]);
  return useSyncExternalStore(store.subscribe, snapshot, snapshot);
}
