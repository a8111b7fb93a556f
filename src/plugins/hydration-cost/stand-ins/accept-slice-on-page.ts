// Stands in for the OpenAPI theme's Accept slice in the page's MimeTabs: the same actions, with no
// Redux Toolkit (src/theme/ApiItem/page-state.ts). Swapped in by ../swaps.ts.
// Follows: docusaurus-theme-openapi-docs@5.2.0 lib/theme/ApiExplorer/Accept/slice.js sha256:7212ab805fafa7ad
import { acceptSlice } from '@site/src/theme/ApiItem/page-state';

export const slice = acceptSlice;
export const { setAccept } = acceptSlice.actions;
export default acceptSlice.reducer;
