// Finds what a built page would load from another host: scripts, styles, fonts, images,
// frames and media. Links a reader clicks are not loads and are left alone.
import { load } from 'cheerio';

const loadingAttributes: [selector: string, attribute: string][] = [
  ['script[src]', 'src'],
  ['link[href]:not([rel~="canonical"]):not([rel~="alternate"]):not([rel~="search"])', 'href'],
  ['img[src]', 'src'],
  ['img[srcset]', 'srcset'],
  ['source[src]', 'src'],
  ['source[srcset]', 'srcset'],
  ['iframe[src]', 'src'],
  ['video[src]', 'src'],
  ['video[poster]', 'poster'],
  ['audio[src]', 'src'],
  ['embed[src]', 'src'],
  ['object[data]', 'data'],
];

const isRemote = (url: string) => /^(https?:)?\/\//i.test(url.trim());

/** Remote URLs in url(...) and @import of a style sheet or a style attribute. */
export function remoteCssUrls(css: string): string[] {
  const urls = [...css.matchAll(/url\(\s*(['"]?)([^'")]+)\1\s*\)/gi)].map((m) => m[2]);
  const imports = [...css.matchAll(/@import\s+(['"])([^'"]+)\1/gi)].map((m) => m[2]);
  return [...urls, ...imports].filter(isRemote);
}

/** Every remote URL an HTML page would load by itself, with the tag that loads it. */
export function remoteLoads(html: string): string[] {
  const $ = load(html);
  const found: string[] = [];
  for (const [selector, attribute] of loadingAttributes) {
    $(selector).each((_, element) => {
      const value = $(element).attr(attribute) ?? '';
      const urls = attribute.endsWith('srcset') ? value.split(',').map((part) => part.trim().split(/\s+/)[0]) : [value];
      const tag = 'tagName' in element ? element.tagName : '?';
      for (const url of urls.filter(isRemote)) found.push(`<${tag} ${attribute}="${url}">`);
    });
  }
  $('style').each((_, element) => {
    found.push(...remoteCssUrls($(element).text()).map((url) => `<style> ${url}`));
  });
  $('[style]').each((_, element) => {
    found.push(...remoteCssUrls($(element).attr('style') ?? '').map((url) => `style="${url}"`));
  });
  return found;
}
