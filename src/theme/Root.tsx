// Wraps every page (Docusaurus picks up src/theme/Root without configuration). Its one job is to
// patch accessibility gaps in third-party markup (docusaurus-theme-openapi-docs 5.2.0 and the
// local search plugin) that no stylesheet can fix, without ejecting their components:
//   - schema and parameter lists are <ul> whose items are <div>s (axe `list`): each such item
//     gets role="listitem";
//   - the response tabs' scroll arrows are empty <button>s (axe `button-name`): they get a label;
//   - the explorer's "Authorization" heading is an <h4> right after the page's <h2>s (axe
//     `heading-order`): it is given level 2, as a sibling of "Request" and "Responses";
//   - the local search plugin's /search page has no <main> (axe `landmark-one-main`): its
//     content wrapper becomes the main landmark.
// The attributes are ones React does not manage, so re-renders keep them; new nodes (opened
// schema details, the explorer once it loads) are caught by a MutationObserver.
import { useEffect, type ReactNode } from 'react';

const fixes: { selector: string; attribute: string; value: (el: Element) => string }[] = [
  {
    selector: 'ul > div:is(.openapi-schema__list-item, .openapi-params__list-item):not([role])',
    attribute: 'role',
    value: () => 'listitem',
  },
  {
    selector: 'button.openapi-tabs__arrow:not([aria-label])',
    attribute: 'aria-label',
    value: (el) => (el.classList.contains('left') ? 'Scroll tabs left' : 'Scroll tabs right'),
  },
  {
    selector: 'h4.openapi-security__summary-header:not([aria-level])',
    attribute: 'aria-level',
    value: () => '2',
  },
  {
    selector: 'body:not(:has(main, [role="main"])) #__docusaurus_skipToContent_fallback',
    attribute: 'role',
    value: () => 'main',
  },
];

function patch() {
  for (const { selector, attribute, value } of fixes) {
    document.querySelectorAll(selector).forEach((el) => el.setAttribute(attribute, value(el)));
  }
}

export default function Root({ children }: { children: ReactNode }): ReactNode {
  useEffect(() => {
    let frame = 0;
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(() => ((frame = 0), patch()));
    };
    patch();
    const observer = new MutationObserver(schedule);
    observer.observe(document.body, { childList: true, subtree: true });
    return () => {
      observer.disconnect();
      cancelAnimationFrame(frame);
    };
  }, []);
  return children;
}
