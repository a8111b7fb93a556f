// The try-it console's Redux store, created where the console is: in its lazily loaded chunk
// (src/theme/ApiExplorer), not on the page's first render. What the stock ApiItem did before
// rendering a reference page is done here, the same way: the operation is decompressed, the
// parameters prefilled, the saved server and credentials read back (sessionStorage, as
// `themeConfig.api.authPersistence` says), and the persistence middleware saves the reader's
// choices. The media types and oneOf tabs the reader picked on the page before the console loaded
// carry over, and from then on the page's MimeTabs and Schema follow this store (./page-state.ts).
// Follows: docusaurus-theme-openapi-docs@5.2.0 lib/theme/ApiItem/index.js sha256:fd059f169de5c073
import { useEffect, useState, type ReactNode } from 'react';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import { createAuth } from '@theme/ApiExplorer/Authorization/slice';
import { createPersistenceMiddleware } from '@theme/ApiExplorer/persistenceMiddleware';
import { createStorage } from '@theme/ApiExplorer/storage-utils';
import { createStoreWithState } from '@theme/ApiItem/store';
import { ungzip } from 'pako';
import { Provider } from 'react-redux';
import { usePageState, type PageState } from './page-state';

interface Parameter {
  in: 'path' | 'query' | 'header' | 'cookie';
  schema?: { default?: unknown; example?: unknown };
  example?: unknown;
  examples?: Record<string, { value?: unknown }>;
  value?: unknown;
}

export interface Operation {
  responses?: Record<string, { content?: Record<string, unknown> }>;
  requestBody?: { content?: Record<string, unknown> };
  servers?: unknown[];
  parameters?: Parameter[];
  security?: unknown;
  securitySchemes?: unknown;
}

/** The operation from the front matter: gzipped JSON in base64, as the plugin writes it. */
export function decodeOperation(api: string | Operation): Operation {
  if (typeof api !== 'string') return api;
  const bytes = Uint8Array.from(atob(api), (char) => char.charCodeAt(0));
  return JSON.parse(new TextDecoder().decode(ungzip(bytes))) as Operation;
}

const successStatus = /(20[0-9]|2[1-9][0-9])/;

/** The store's first state, as the stock ApiItem built it, with what the page chose kept. */
export function initialState(api: Operation, options: unknown, chosen: PageState) {
  // Request samples are made for the media types of the 2XX responses only.
  const accept = Object.entries(api.responses ?? {}).flatMap(([code, response]) => (successStatus.test(code) ? Object.keys(response.content ?? {}) : []));
  const contentTypes = Object.keys(api.requestBody?.content ?? {});
  const params: Record<Parameter['in'], Parameter[]> = { path: [], query: [], header: [], cookie: [] };
  for (const param of api.parameters ?? []) {
    // Prefill order: schema.default, then the example sources (upstream #544 and #1079).
    const firstNamedExample = param.examples && typeof param.examples === 'object' ? Object.values(param.examples)[0]?.value : undefined;
    const prefill = param.schema?.default ?? param.example ?? param.schema?.example ?? firstNamedExample;
    params[param.in]?.push(prefill !== undefined ? { ...param, value: prefill } : param);
  }
  const storage = createStorage((options as { authPersistence?: string } | undefined)?.authPersistence ?? 'sessionStorage');
  const server = storage.getItem('server');
  const serverObject = server ? JSON.parse(server) : undefined;
  return {
    accept: { value: chosen.accept.value ?? accept[0], options: accept },
    contentType: { value: chosen.contentType.value ?? contentTypes[0], options: contentTypes },
    server: { value: serverObject?.url ? serverObject : undefined, options: api.servers ?? [] },
    response: { value: undefined },
    body: { type: 'empty' },
    params,
    auth: createAuth({ security: api.security, securitySchemes: api.securitySchemes, options }),
    schemaSelection: chosen.schemaSelection,
    encodingSelection: {},
  };
}

export default function ConsoleStore({ api, children }: { api: string | Operation; children: (item: Operation) => ReactNode }) {
  const options = (useDocusaurusContext().siteConfig.themeConfig as { api?: unknown }).api;
  const pageState = usePageState();
  const [{ store, item }] = useState(() => {
    const operation = decodeOperation(api);
    const preloaded = initialState(operation, options, pageState.getState());
    return { item: operation, store: createStoreWithState(preloaded, [createPersistenceMiddleware(options)]) };
  });
  useEffect(() => pageState.handOver(store), [pageState, store]);
  return <Provider store={store}>{children(item)}</Provider>;
}
