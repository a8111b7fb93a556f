// Accessibility fixes for markup that third-party components create in the browser only, where
// neither our server-rendered markup nor a stylesheet can reach it. Each is a stopgap until the
// upstream package fixes it (README, Accessibility, names the upstream issue each waits for);
// every selector matches only markup still missing the fix, so a fixed upstream makes it inert.
// The attributes set are ones React does not manage, so later renders keep them.
//
// Docusaurus runs `onRouteDidUpdate` after each page (the first one included) has rendered: the
// place for DOM side effects. The API reference then keeps changing without a route change (the
// explorer loads when the reader comes near it, tab lists grow scroll arrows once measured), so
// there a MutationObserver watches that one container, not the whole document.
import type { ClientModule } from '@docusaurus/types';

interface Patch {
  selector: string;
  attribute: string;
  value: (element: Element) => string;
}

// docusaurus-theme-openapi-docs 5.2.0, inside the API reference's content.
const apiPatches: Patch[] = [
  // The tab lists' scroll arrows (response codes, media types, schemas, code samples) are
  // <button>s with no content and no label (axe `button-name`).
  {
    selector: 'button.openapi-tabs__arrow:not([aria-label])',
    attribute: 'aria-label',
    value: (element) => (element.classList.contains('left') ? 'Scroll tabs left' : 'Scroll tabs right'),
  },
  // The explorer's "Authorization" is an <h4> straight after the page's <h2>s (axe
  // `heading-order`); it is a section of the operation like "Request" and "Responses", so level 2.
  {
    selector: 'h4.openapi-security__summary-header:not([aria-level])',
    attribute: 'aria-level',
    value: () => '2',
  },
];

/** The API reference's content: the operation's text and its explorer (ApiItem's row). */
const apiContainerSelector = '.theme-api-markdown';

function apply(patches: Patch[], root: ParentNode): void {
  for (const { selector, attribute, value } of patches) {
    root.querySelectorAll(selector).forEach((element) => element.setAttribute(attribute, value(element)));
  }
}

let observer: MutationObserver | undefined;
let frame = 0;

function watchApiContainer(): void {
  observer?.disconnect();
  observer = undefined;
  cancelAnimationFrame(frame);
  frame = 0;
  const container = document.querySelector(apiContainerSelector);
  if (!container) return;
  apply(apiPatches, container);
  // One pass per frame however many nodes a render adds; attribute changes (ours included) are
  // not observed, so patching never wakes the observer again.
  observer = new MutationObserver(() => {
    if (!frame) frame = requestAnimationFrame(() => ((frame = 0), apply(apiPatches, container)));
  });
  observer.observe(container, { childList: true, subtree: true });
}

// @easyops-cn/docusaurus-search-local 0.55.3: the /search page renders its results without a
// <main> (axe `landmark-one-main`). Docusaurus's layout wrapper, which the skip link already
// targets, becomes the main landmark; the role is taken back on a page with a <main> of its own,
// since the wrapper outlives client-side navigation.
const patchedMain = 'data-a11y-main';

function mainLandmark(): void {
  const wrapper = document.getElementById('__docusaurus_skipToContent_fallback');
  if (!wrapper) return;
  const ownMain = document.querySelector(`main, [role="main"]:not([${patchedMain}])`);
  if (ownMain && wrapper.hasAttribute(patchedMain)) {
    wrapper.removeAttribute('role');
    wrapper.removeAttribute(patchedMain);
  } else if (!ownMain && !wrapper.hasAttribute('role')) {
    wrapper.setAttribute('role', 'main');
    wrapper.setAttribute(patchedMain, '');
  }
}

const thirdPartyA11y: ClientModule = {
  onRouteDidUpdate() {
    mainLandmark();
    watchApiContainer();
  },
};

export const { onRouteDidUpdate } = thirdPartyA11y;
