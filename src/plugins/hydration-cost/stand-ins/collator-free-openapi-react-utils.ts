// Stands in for the OpenAPI theme's copy of theme-common's useShallowMemoObject, where the theme's
// useMutationObserver imports it (swapped in by src/plugins/hydration-cost/swaps.ts): the same
// hook as theme-common's stand-in, keys sorted by code unit and not by localeCompare, whose first
// call on a page sets up ICU's collator.
// Follows: docusaurus-theme-openapi-docs@5.2.0 lib/theme/utils/reactUtils.js sha256:5aa934440271c7ec
export { useShallowMemoObject } from './collator-free-react-utils';
