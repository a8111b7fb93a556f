// The method and the full URL under a reference page's title. The theme's own shows the server the
// try-it console has selected, which is the sandbox in the reader's browser (a host that exists
// nowhere) once the console loads, and only the path before. This one always shows the API's
// real address, `https://{space}.signalwire.com` and the path, from the spec, on the server and in
// the browser alike: it is what a reader's code calls, whatever the console is pointed at.
// Markup as the theme's (docusaurus-theme-openapi-docs lib/theme/ApiExplorer/MethodEndpoint).
import type { ReactNode } from 'react';
import spec from '@site/generated/static/openapi/messaging.json';

const colors: Record<string, string> = { get: 'primary', post: 'success', delete: 'danger', put: 'info', patch: 'warning', head: 'secondary', event: 'secondary' };

/** The console's panel, which the "Try it" link under the title jumps to (src/theme/ApiItem). */
export const tryItId = 'try-it';

/** The API's own server: the spec's first HTTPS one (the others are the local sandbox's). */
export const apiServer = (spec.servers as { url: string }[]).find((server) => server.url.startsWith('https://'))!.url.replace(/\/$/, '');

export default function MethodEndpoint({ method, path, context }: { method: string; path: string; context?: string }): ReactNode {
  return (
    <>
      <pre className="openapi__method-endpoint">
        <span className={`badge badge--${colors[method.toLowerCase()] ?? 'secondary'}`}>{method === 'event' ? 'Webhook' : method.toUpperCase()}</span>{' '}
        {method !== 'event' && (
          <h2 className="openapi__method-endpoint-path">
            {context === 'callback' ? '' : apiServer}
            {path}
          </h2>
        )}
      </pre>
      {/* On a phone the console comes after the whole text; this takes the reader straight there.
          Beside the text on a wide screen, it is hidden (src/css/custom.css). */}
      {context === 'endpoint' && method !== 'event' && (
        <a className="button button--sm button--primary openapi-try-it-jump" href={`#${tryItId}`}>
          Try it
        </a>
      )}
      <div className="openapi__divider" />
    </>
  );
}
