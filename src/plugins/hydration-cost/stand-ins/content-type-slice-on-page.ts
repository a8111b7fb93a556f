// Stands in for the OpenAPI theme's ContentType slice in the page's MimeTabs: the same actions,
// with no Redux Toolkit (src/theme/ApiItem/page-state.ts). Swapped in by ../swaps.ts.
// Follows: docusaurus-theme-openapi-docs@5.2.0 lib/theme/ApiExplorer/ContentType/slice.js sha256:0f7397c3ddf8a5ad
import { contentTypeSlice } from '@site/src/theme/ApiItem/page-state';

export const slice = contentTypeSlice;
export const { setContentType } = contentTypeSlice.actions;
export default contentTypeSlice.reducer;
