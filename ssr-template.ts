// The HTML shell of every page: Docusaurus's own template, except that its bundles are requested
// only once the server-rendered page has been painted.
//
// With the stock `<script defer>` tags, Chromium runs the bundles as soon as parsing ends, before
// it renders a frame, so a reader saw nothing until the main bundle had run (on a phone, most of
// a second of Prism and React start-up). Here the page is painted first; the bundles then load
// and run in order (async = false), and React hydrates as before.
//
// The rest of the shell is taken from @docusaurus/core at config load, so whatever an upgrade
// changes in it (meta tags, attributes, new placeholders) reaches the site without a re-copy.
// Only the two spots edited below are assumed; if an upgrade moves either, loading the config
// fails with a message naming it, rather than building pages that load no scripts at all or load
// them twice. tests/unit/upstream-copies.test.ts also fails when the file changes at all.
// Follows: @docusaurus/core@3.10.2 lib/ssg/ssgTemplate.html.js sha256:5d6584e4a61b22d4
import upstreamTemplate from '@docusaurus/core/lib/ssg/ssgTemplate.html';
import { replaceOnce } from './src/plugins/replace-once.cjs';

/** The stock template's render-blocking script tags, removed. */
const upstreamScripts = `
    <% it.scripts.forEach((script) => { %>
      <script src="<%= it.baseUrl %><%= script %>" defer></script>
    <% }); %>`;

/** Where the loader goes: after the app's HTML, before the plugins' body tags, as before. */
const beforePostBodyTags = `
    <%~ it.postBodyTags %>`;

const loader = `
    <script>
      (function (scripts) {
        function start() {
          scripts.forEach(function (src) {
            var script = document.createElement('script');
            script.src = src;
            script.async = false;
            document.body.appendChild(script);
          });
        }
        var started = false;
        function once() {
          if (!started) { started = true; setTimeout(start); }
        }
        // The first contentful paint is reported once the frame is on screen, later than the
        // frame's own task ends: starting then keeps the bundles' download and start-up from
        // running ahead of what the reader sees. A browser without paint timing starts after the
        // next animation frame; hidden tabs get neither, so they start on a plain timeout, and a
        // page that never paints content starts after a second.
        var observes = window.PerformanceObserver && PerformanceObserver.supportedEntryTypes &&
          PerformanceObserver.supportedEntryTypes.indexOf('paint') >= 0;
        if (document.visibilityState !== 'visible') once();
        else if (!observes) requestAnimationFrame(once);
        else {
          new PerformanceObserver(function (list, observer) {
            if (list.getEntriesByName('first-contentful-paint').length) { observer.disconnect(); once(); }
          }).observe({ type: 'paint', buffered: true });
          setTimeout(once, 1000);
        }
      })(<%~ JSON.stringify(it.scripts.map((script) => it.baseUrl + script)) %>);
    </script>`;

/** `template` with its one occurrence of `find` replaced; throws, naming `what`, if there is not exactly one. */
function replaceInTemplate(template: string, find: string, replacement: string, what: string): string {
  return replaceOnce(
    template,
    find,
    replacement,
    (problem) =>
      `ssr-template.ts: Docusaurus's HTML template (@docusaurus/core/lib/ssg/ssgTemplate.html.js) ${problem} ${what}:\n${find}\n` +
      `Re-read the upstream template and update ssr-template.ts to match it.`,
  );
}

export function buildSsrTemplate(template: string): string {
  const withoutScripts = replaceInTemplate(template, upstreamScripts, '', 'the <script defer> block this site replaces');
  return replaceInTemplate(withoutScripts, beforePostBodyTags, loader + beforePostBodyTags, 'the postBodyTags line the loader goes before');
}

export const ssrTemplate = buildSsrTemplate(upstreamTemplate);

/**
 * A tap on a tab between the first paint and hydration, replayed once React has the page. Until
 * then a tab (the samples' languages, a response's status) has no handler and the tap would be
 * lost; the reader's last one is clicked again when `<html data-has-hydrated>` turns true, unless
 * React already acted on it. It goes in `<head>` (docusaurus.config.ts), ahead of anything a
 * reader can see. tests/browser/first-tap.browser.ts taps before hydration and checks the result.
 */
export const replayTabTaps = `(function () {
  var root = document.documentElement, tab = null, index = -1;
  var hydrated = function () { return root.getAttribute('data-has-hydrated') === 'true'; };
  document.addEventListener('click', function (event) {
    var target = !hydrated() && event.target instanceof Element && event.target.closest('[role="tab"]');
    if (target) { tab = target; index = Array.prototype.indexOf.call(document.querySelectorAll('[role="tab"]'), target); }
  }, true);
  new MutationObserver(function (records, observer) {
    if (!hydrated()) return;
    observer.disconnect();
    var again = tab && tab.isConnected ? tab : document.querySelectorAll('[role="tab"]')[index];
    if (again && again.getAttribute('aria-selected') !== 'true') again.click();
  }).observe(root, { attributes: true, attributeFilter: ['data-has-hydrated'] });
})();`;

/**
 * The id of the element right after the navbar on every page: the main wrapper, which the theme's
 * skip-to-content link targets (theme-common's SkipToContentFallbackId). The head's
 * `<link rel="expect" blocking="render">` (docusaurus.config.ts) holds the first frame until it
 * has been parsed; tests/browser/first-paint.browser.ts streams a page to check it.
 */
export const mainAfterNavbar = '__docusaurus_skipToContent_fallback';
