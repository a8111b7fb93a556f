// What the Tabs and CodeBlock components listed in src/plugins/hydration-cost/swaps.ts import instead of
// `@docusaurus/useIsBrowser`. They read the flag for one thing only, a `key={String(isBrowser)}`
// that throws away and rebuilds their whole subtree once hydration is over (a fix for Docusaurus
// issue 5653, from before tab selection and color mode were synced in effects). On the
// send-message page that rebuild removed and re-created most of the page: 350 ms of removeChild
// alone in a Lighthouse trace. A constant key keeps the server's DOM. Dark-mode code colors
// still arrive through the color mode's effect (the dark-mode accessibility tests see them), and
// a remembered tab choice through the tabs' own layout effect (tests/browser/guides.browser.ts).
// tests/unit/stable-remount-key.test.ts fails if a new release uses the flag for anything else.
export default function useIsBrowser(): boolean {
  return false;
}
