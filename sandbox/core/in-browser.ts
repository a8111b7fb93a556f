// The sandbox that answers in the reader's browser, on the reference pages' console. Its origin
// is under .invalid, a name no DNS resolves (RFC 2606), so a request to it can only ever be
// answered by the page itself, never by a host somewhere.
import { defaults, type SandboxConfig } from './config.ts';

export const inBrowserServer = {
  url: 'https://sandbox.in-your-browser.invalid',
  description: 'Sandbox in your browser: this page answers, nothing is sent, test credentials are filled in',
};

export const inBrowserConfig: SandboxConfig = {
  ...defaults,
  // Every callback stays in the page (the console shows it), so any status_callback host is fine.
  callbackHosts: ['*'],
};
