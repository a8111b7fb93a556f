// The files `npm run spec` generates, where the site's configuration, the scripts that write
// them and the tests find them. Kept apart from scripts/load.ts, which reads files with Node,
// so that docusaurus.config.ts can name them without depending on the scripts.
import { errorCodesJson } from './site-paths.ts';

/** A folder of files the site serves as they are (docusaurus.config.ts, staticDirectories). */
export const generatedStaticDir = 'generated/static';

/** The published spec: the Redocly bundle with the catalog's examples added (npm run spec). */
export const bundledSpecPath = `${generatedStaticDir}/openapi/messaging.yaml`;

/** The error catalog as JSON, for tools, the site's components and the sandbox. */
export const catalogJsonPath = `${generatedStaticDir}${errorCodesJson}`;

/** Where the site serves a file of generated/static: /openapi/messaging.yaml. */
export const servedAt = (file: string) => file.slice(generatedStaticDir.length);

/** The spec the reference pages are generated from: the published one, whose console also offers
 * the sandbox in the reader's browser. */
export const referenceSpecPath = 'generated/reference/messaging.yaml';
