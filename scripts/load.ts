// Reads the project's sources of truth from disk, for the scripts and the tests.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import type { Catalog } from '../openapi/catalog.ts';

export const root = resolve(__dirname, '..');
export const path = (relative: string) => resolve(root, relative);

export const readYaml = <T = unknown>(relative: string): T => parse(readFileSync(path(relative), 'utf8')) as T;
export const readJson = <T = unknown>(relative: string): T => JSON.parse(readFileSync(path(relative), 'utf8')) as T;

export const loadCatalog = () => readYaml<Catalog>('openapi/error-catalog.yaml');

/** A folder of files the site serves as they are (docusaurus.config.ts, staticDirectories). */
export const generatedStaticDir = 'generated/static';

/** The published spec: the Redocly bundle with the catalog's examples added (npm run spec). */
export const bundledSpecPath = `${generatedStaticDir}/openapi/messaging.yaml`;

/** The error catalog as JSON, for tools, the site's components and the sandbox. */
export const catalogJsonPath = `${generatedStaticDir}/rest/overview/error-codes.json`;

/** Where the site serves a file of generated/static: /openapi/messaging.yaml. */
export const servedAt = (file: string) => file.slice(generatedStaticDir.length);
export const loadBundledSpec = () => readYaml<Record<string, any>>(bundledSpecPath);

/** The spec the reference pages are generated from: the published one, whose console also offers
 * the sandbox in the reader's browser. */
export const referenceSpecPath = 'generated/reference/messaging.yaml';
