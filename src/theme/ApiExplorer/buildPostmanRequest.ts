// The request the console sends and its code samples are generated from, with the server's URL
// split into its parts (CodeSnippets/for-snippets.ts, splitBaseUrl). The console's fetch reads the
// URL back whole, and gets the same string either way.
// Follows: docusaurus-theme-openapi-docs@5.2.0 lib/theme/ApiExplorer/buildPostmanRequest.js sha256:f2e1ed9e4ef35c71
import original from '@theme-original/ApiExplorer/buildPostmanRequest';
import { splitBaseUrl } from './CodeSnippets/for-snippets';

export default function buildPostmanRequest(...args: Parameters<typeof original>): ReturnType<typeof original> {
  const request = original(...args);
  splitBaseUrl(request.url);
  return request;
}
