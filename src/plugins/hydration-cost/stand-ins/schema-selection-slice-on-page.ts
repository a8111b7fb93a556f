// Stands in for the OpenAPI theme's SchemaSelection slice in the page's Schema (the oneOf/anyOf
// tabs of a request body): the same actions, with no Redux Toolkit
// (src/theme/ApiItem/page-state.ts). Swapped in by ../swaps.ts.
// Follows: docusaurus-theme-openapi-docs@5.2.0 lib/theme/ApiExplorer/SchemaSelection/slice.js sha256:d66f3f962c14e812
import { schemaSelectionSlice } from '@site/src/theme/ApiItem/page-state';

export const slice = schemaSelectionSlice;
export const { setSchemaSelection, clearSchemaSelections } = schemaSelectionSlice.actions;
export default schemaSelectionSlice.reducer;
