// What the build does when a page links to a route, an anchor, a Markdown file or an image that
// does not exist: it stops, naming the page. The site's config spreads these; so does the small
// site that tests/site/broken-anchor-gate.test.ts builds to prove they stop a build.
export const linkGates = {
  onBrokenLinks: 'throw',
  onBrokenAnchors: 'throw',
  onDuplicateRoutes: 'throw',
} as const;

export const markdownLinkGates = {
  onBrokenMarkdownLinks: 'throw',
  onBrokenMarkdownImages: 'throw',
} as const;
