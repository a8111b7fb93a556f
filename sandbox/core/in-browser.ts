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

/**
 * The window property the browser tests set (Playwright's `addInitScript`, before the page's own
 * scripts) to step the in-browser sandbox's messages in milliseconds instead of a second, so a
 * test does not wait seconds per message. Only a script run before the page's could set it: no
 * URL, storage or setting a reader meets changes the pace the sandbox page describes.
 */
export const testStepProperty = '__sandboxStepMsForTests';

/** `inBrowserConfig`, with the step a test asked for when it is a whole number of milliseconds. */
export function inBrowserConfigFor(testStepMs: unknown): SandboxConfig {
  const valid = typeof testStepMs === 'number' && Number.isInteger(testStepMs) && testStepMs >= 0 && testStepMs <= defaults.stepMs;
  return valid ? { ...inBrowserConfig, stepMs: testStepMs } : inBrowserConfig;
}
