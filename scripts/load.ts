// Reads the project's sources of truth from disk, for the scripts and the tests. The paths of
// the generated files live in openapi/generated-files.ts, which the site reads too.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import type { Catalog } from '../openapi/catalog.ts';
import { bundledSpecPath } from '../openapi/generated-files.ts';

export { bundledSpecPath, catalogJsonPath, generatedStaticDir, referenceSpecPath, servedAt } from '../openapi/generated-files.ts';

export const root = resolve(__dirname, '..');
export const path = (relative: string) => resolve(root, relative);

export const readYaml = <T = unknown>(relative: string): T => parse(readFileSync(path(relative), 'utf8')) as T;
export const readJson = <T = unknown>(relative: string): T => JSON.parse(readFileSync(path(relative), 'utf8')) as T;

export const loadCatalog = () => readYaml<Catalog>('openapi/error-catalog.yaml');

export const loadBundledSpec = () => readYaml<Record<string, any>>(bundledSpecPath);
