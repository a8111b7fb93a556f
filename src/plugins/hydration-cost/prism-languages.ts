// Adds the site's `prism.additionalLanguages` to prism-react-renderer's Prism: the work
// theme-classic does in a client module, which put Prism, its bundled grammars and the extra ones
// in the main bundle's first task on every page, code or not (about 40 % of that task in
// Lighthouse traces; the home page shows no code). That client module is swapped for nothing
// (src/plugins/hydration-cost/swaps.ts); this one is imported where highlighting happens
// (src/theme/CodeBlock/Content/Tokens.tsx, which the browser loads only for a block it draws
// itself, and src/theme/ApiExplorer). A module runs once, however many import it.
import { Prism } from 'prism-react-renderer';
import prismIncludeLanguages from '@theme/prism-include-languages';

prismIncludeLanguages(Prism);
