/** Where a page's Markdown copy lives: /messaging/quickstart/ → /messaging/quickstart.md, / → /index.md. */
export function markdownPath(pathname: string): string {
  const path = pathname.replace(/\/+$/, '');
  return path === '' ? '/index.md' : `${path}.md`;
}
