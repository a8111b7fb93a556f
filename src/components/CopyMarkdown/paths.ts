/** Where the llms-txt plugin writes a page's Markdown copy: /messaging/quickstart/ → /messaging/quickstart.md. */
export function markdownPath(pathname: string): string {
  const path = pathname.replace(/\/+$/, '');
  return path === '' ? '/index.md' : `${path}.md`;
}
