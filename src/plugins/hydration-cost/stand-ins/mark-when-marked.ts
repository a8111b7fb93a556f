// mark.js as the local search plugin uses it to highlight the searched words on the page a result
// opens (`highlightSearchTermsOnTargetPage`). On every page load the plugin first calls
// `unmark()` on the article, and mark.js walks every node in JavaScript to find its <mark>s even
// when there are none: 35-50 ms in Lighthouse traces of the guides and the reference. One native
// query answers that first. Swapped in by src/plugins/hydration-cost/swaps.ts.
import Mark from 'mark.js';

export default class MarkWhenMarked extends Mark {
  constructor(root: HTMLElement) {
    super(root);
    // mark.js defines its methods on the instance, so a prototype override would be shadowed.
    const unmark = this.unmark;
    this.unmark = (options) => {
      if (root.querySelector('mark[data-markjs]')) return unmark(options);
      options?.done?.();
    };
  }
}
