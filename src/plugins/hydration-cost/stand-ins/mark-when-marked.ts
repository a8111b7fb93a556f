// mark.js as the local search plugin uses it to highlight the searched words on the page a result
// opens (`highlightSearchTermsOnTargetPage`). On every page load the plugin first calls
// `unmark()` on the article, and mark.js walks every node in JavaScript to find its <mark>s even
// when there are none: 35-50 ms in Lighthouse traces of the guides and the reference. One native
// query answers that first. And mark.js itself, imported by the search bar on every page, loads
// only for a page that has words to mark or marks to clear. Swapped in by
// src/plugins/hydration-cost/swaps.ts.
import type Mark from 'mark.js';

let markJs: Promise<typeof Mark> | undefined;
const loadMarkJs = () => (markJs ??= import('mark.js').then((module) => module.default));

// One queue for every instance: the plugin makes a new one on each navigation, and an unmark must
// wait for the marking before it, which may still be loading mark.js.
let queue: Promise<unknown> = Promise.resolve();

export default class MarkWhenMarked {
  private marker?: Promise<Mark>;

  constructor(private readonly root: HTMLElement) {}

  private inTurn(work: () => unknown): void {
    queue = queue.then(work).catch(() => {});
  }

  private loaded(): Promise<Mark> {
    return (this.marker ??= loadMarkJs().then((Loaded) => new Loaded(this.root)));
  }

  mark(keywords: string | string[], options?: object): void {
    this.inTurn(() => this.loaded().then((marker) => marker.mark(keywords, options)));
  }

  unmark(options?: { done?: () => void }): void {
    this.inTurn(() => (this.root.querySelector('mark[data-markjs]') ? this.loaded().then((marker) => marker.unmark(options)) : options?.done?.()));
  }
}
