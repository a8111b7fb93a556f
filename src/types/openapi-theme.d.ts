// docusaurus-theme-openapi-docs 5.2.0 declares no types for the components our server-rendered
// replacements compose, so the props we pass are declared here, no wider than we use them.
declare module '@theme/Schema' {
  import type { ComponentType } from 'react';
  const SchemaNode: ComponentType<{ schema: unknown; schemaType: 'request' | 'response'; schemaPath?: string }>;
  export default SchemaNode;
}

declare module '@theme/SchemaExpansion' {
  import type { ComponentType } from 'react';
  import type { ReactNode } from 'react';
  const SchemaExpansionControl: ComponentType;
  export default SchemaExpansionControl;
  export const SchemaExpansionProvider: ComponentType<{ children: ReactNode }>;
}

declare module '@theme/MimeTabs' {
  import type { ComponentType, ReactNode } from 'react';
  const MimeTabs: ComponentType<{ className?: string; schemaType: 'request' | 'response'; children: ReactNode }>;
  export default MimeTabs;
}

declare module '@theme/SchemaTabs' {
  import type { ComponentType, ReactNode } from 'react';
  const SchemaTabs: ComponentType<{ className?: string; children: ReactNode }>;
  export default SchemaTabs;
}

declare module '@theme/ResponseExamples' {
  import type { ReactNode } from 'react';
  // Called as functions, not rendered as elements: they return TabItems that SchemaTabs must see
  // as its direct children.
  export function ExampleFromSchema(props: { schema: unknown; mimeType: string }): ReactNode;
  export function ResponseExamples(props: { responseExamples: unknown; mimeType: string }): ReactNode;
  export function ResponseExample(props: { responseExample: unknown; mimeType: string }): ReactNode;
}

declare module '@theme/ParamsItem' {
  import type { ComponentType } from 'react';
  const ParamsItem: ComponentType<{ className?: string; param: unknown }>;
  export default ParamsItem;
}

declare module '@theme/Markdown' {
  import type { ComponentType } from 'react';
  const Markdown: ComponentType<{ children?: string }>;
  export default Markdown;
}

declare module '@theme/ApiTabs' {
  import type { ComponentType, ReactNode } from 'react';
  const ApiTabs: ComponentType<{ label?: string; id?: string; children: ReactNode }>;
  export default ApiTabs;
}

declare module '@theme/ResponseHeaders' {
  import type { ComponentType } from 'react';
  const ResponseHeaders: ComponentType<{ responseHeaders?: Record<string, unknown> }>;
  export default ResponseHeaders;
}

// Ours (src/theme/ResponseSchema), imported through the alias so a later swizzle still wins.
declare module '@theme/ResponseSchema' {
  import type { ComponentType } from 'react';
  import type { BodySchemaProps } from '@site/src/components/BodySchema';
  const ResponseSchema: ComponentType<BodySchemaProps>;
  export default ResponseSchema;
}

declare module '@theme/SkeletonLoader' {
  import type { ComponentType } from 'react';
  const SkeletonLoader: ComponentType<{ size?: 'sm' | 'md' | 'lg' }>;
  export default SkeletonLoader;
}

// crypto-js ships no types; src/plugins/hydration-cost/stand-ins/crypto-js-sha1.ts uses this one function of it.
declare module 'crypto-js/sha1' {
  const SHA1: (message: string) => { toString: () => string };
  export default SHA1;
}

// mark.js ships no types; src/plugins/hydration-cost/stand-ins/mark-when-marked.ts extends the class the search plugin uses.
declare module 'mark.js' {
  export default class Mark {
    constructor(context: HTMLElement);
    mark(keywords: string | string[], options?: object): void;
    unmark(options?: { done?: () => void }): void;
  }
}

declare module '@theme/ApiExplorer/Authorization/slice' {
  import type { PayloadAction } from '@reduxjs/toolkit';
  export function setAuthData(payload: { scheme: string; key: string; value: string }): PayloadAction<{ scheme: string; key: string; value: string }>;
  export function createAuth(props: { security?: unknown; securitySchemes?: unknown; options?: unknown }): unknown;
}

// What src/theme/ApiItem uses of the stock ApiItem's modules, now that it creates the console's
// store itself (console-store.tsx).
// Ours (src/theme/ApiExplorer): the console, loaded lazily with its store.
declare module '@theme/ApiExplorer' {
  import type { ComponentType } from 'react';
  const ApiExplorer: ComponentType<{ api: string; infoPath?: string }>;
  export default ApiExplorer;
}

declare module '@theme/ApiItem/Layout' {
  import type { ComponentType, ReactNode } from 'react';
  const DocItemLayout: ComponentType<{ children: ReactNode }>;
  export default DocItemLayout;
}

declare module '@theme/ApiItem/store' {
  import type { EnhancedStore, Middleware } from '@reduxjs/toolkit';
  export function createStoreWithState(preloadedState: unknown, middlewares: Middleware[]): EnhancedStore;
}

declare module '@theme/ApiExplorer/persistenceMiddleware' {
  import type { Middleware } from '@reduxjs/toolkit';
  export function createPersistenceMiddleware(options: unknown): Middleware;
}

declare module '@theme/ApiExplorer/storage-utils' {
  export function createStorage(persistenceType: string): Storage;
}

declare module 'pako' {
  export function ungzip(data: Uint8Array): Uint8Array;
}

// postman-code-generators and postman-collection ship no types; tests/unit/console-snippets.test.ts
// generates the console's samples with them, as the theme does.
declare module 'postman-code-generators' {
  interface Language {
    key: string;
    variants: { key: string }[];
  }
  const codegen: {
    getLanguageList(): Language[];
    convert(language: string, variant: string, request: unknown, options: object, done: (error: Error | null, snippet: string) => void): void;
  };
  export default codegen;
}

declare module 'postman-collection' {
  import type { PostmanUrl } from '@site/src/theme/ApiExplorer/CodeSnippets/for-snippets';
  const sdk: { Request: new (definition: object) => { url: PostmanUrl & { toString(): string } } };
  export default sdk;
}

// The search plugin's worker client (0.55.3); src/theme/SearchPage starts the index download early.
declare module '@easyops-cn/docusaurus-search-local/dist/client/client/theme/searchByWorker' {
  export function fetchIndexesByWorker(baseUrl: string, searchContext: string): Promise<void>;
}

// theme-common does not export its reactUtils; the bundle swap "memo keys sorted without the
// collator" (src/plugins/hydration-cost/swaps.ts) points its stand-in at the file itself.
declare module '@docusaurus/theme-common/lib/utils/reactUtils.js' {
  import type { ComponentType, ReactNode } from 'react';
  export function useEvent<T extends (...args: never[]) => unknown>(callback: T): T;
  export function usePrevious<T>(value: T): T | undefined;
  export class ReactContextError extends Error {
    constructor(providerName: string, additionalInfo?: string);
  }
  export function composeProviders(providers: ComponentType<{ children: ReactNode }>[]): ComponentType<{ children: ReactNode }>;
}
