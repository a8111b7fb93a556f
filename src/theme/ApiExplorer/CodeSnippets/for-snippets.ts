// What the console's code samples say, where it differs from what the console itself sends. The
// samples are for a terminal or a program, not for this page, so:
//   - the sandbox in the reader's browser, whose host no DNS resolves, becomes the sandbox on the
//     reader's machine: the same sandbox code, with the same test credentials and test numbers, so
//     the sample does there what the console did here, once `npx signalwire-messaging-sandbox`
//     runs. A Space URL would need credentials and numbers the reader may not have yet, and the
//     test numbers mean nothing to a real Space;
//   - the credentials are the ones the reader has filled in (their own, in their own browser), and
//     where a field is empty, the environment variable the guides set, by name. The theme's own
//     masking wrote `<username>:<password>` and encoded it, a header nobody could use;
//   - curl gets `-u`, which a reader can read and edit, instead of an encoded header.
// Nothing here touches the browser, so it runs in unit tests as it does in the page.
import { inBrowserServer } from '../../../../sandbox/core/in-browser.ts';
import { isLoopbackHost } from '../../../../sandbox/core/loopback.ts';

export interface Server {
  url: string;
  description?: string;
  variables?: Record<string, { default: string; enum?: string[]; description?: string }>;
}

export interface Credentials {
  username: string;
  password: string;
}

/** The environment variables the guides put the credentials in, as a shell spells them. */
export const placeholders: Credentials = { username: '$SIGNALWIRE_PROJECT_ID', password: '$SIGNALWIRE_API_TOKEN' };

const isPlaceholder = (value: string) => value === placeholders.username || value === placeholders.password;

/** The server a sample names: the one selected, or the local sandbox in place of the in-browser one. */
export function snippetServer(selected: Server | undefined, options: readonly Server[]): Server | undefined {
  // Before the console has picked one, it is about to pick the first: the in-browser sandbox.
  if (selected !== undefined && selected.url !== inBrowserServer.url) return selected;
  return options.find((s) => s.url !== inBrowserServer.url && isLoopbackHost(new URL(s.url).host)) ?? selected;
}

/** Whether the samples name another server than the one the console sends to. */
export const snippetServerDiffers = (selected: Server | undefined, options: readonly Server[]) =>
  snippetServer(selected, options)?.url !== selected?.url;

/** The reader's credentials, each field they left empty named by its environment variable. */
export function snippetCredentials(filled: { username?: string; password?: string } | undefined): Credentials {
  return { username: filled?.username || placeholders.username, password: filled?.password || placeholders.password };
}

/** The header value the theme builds from the credentials, byte for byte (it uses `btoa` too). */
const basicValue = ({ username, password }: Credentials) => `Basic ${btoa(`${username}:${password}`)}`;

/** `user:password` for a POSIX shell: placeholders left for the shell to expand, the rest verbatim. */
function shellUserinfo({ username, password }: Credentials): string {
  const parts = [username, password];
  if (!parts.some(isPlaceholder)) return `'${parts.join(':').replaceAll("'", `'\\''`)}'`;
  const inDoubleQuotes = (s: string) => (isPlaceholder(s) ? s : s.replace(/[\\"$`]/g, '\\$&'));
  return `"${parts.map(inDoubleQuotes).join(':')}"`;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A generated sample, with the Basic header made for a reader: curl's becomes `-u`, and in other
 * languages, a header encoded from a placeholder (which would decode to the variable's name, not
 * its value) says what to put there instead.
 */
export function rewriteSnippet(code: string, credentials: Credentials): string {
  const value = basicValue(credentials);
  let rewritten = code;
  if (/^curl\s/.test(code)) {
    const header = new RegExp(`(-H|--header) '(?:Authorization|authorization): ${escapeRegExp(value)}'`);
    rewritten = rewritten.replace(header, () => `-u ${shellUserinfo(credentials)}`);
  }
  if ([credentials.username, credentials.password].some(isPlaceholder)) {
    const named = (s: string) => (isPlaceholder(s) ? s.slice(1) : s);
    rewritten = rewritten.replaceAll(value, `Basic <base64 of ${named(credentials.username)}:${named(credentials.password)}>`);
  }
  return rewritten;
}

/** The part of a Postman SDK URL that splitBaseUrl reads and writes. */
export interface PostmanUrl {
  protocol?: string;
  host?: string[];
  port?: string;
}

/**
 * The theme puts a server's whole URL, scheme and port included, in a request's host, and leaves
 * its protocol empty. Generators that print the URL whole do not mind; those that print its parts
 * wrote `http://127.0.0.1:4010` as HTTPS with no port (Python's http.client, Node's http). This
 * splits it into scheme, host and port, which print back as the same URL.
 */
export function splitBaseUrl(url: PostmanUrl): void {
  if (url.protocol !== undefined || url.host?.length !== 1) return;
  const match = /^(https?):\/\/([^/:?#@]+)(?::(\d+))?$/.exec(url.host[0]);
  if (!match) return;
  url.protocol = match[1];
  url.host = [match[2]];
  url.port = match[3];
}
