// Nothing loads from a third-party host: the built site works offline.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { path } from '../../scripts/load.ts';
import { remoteCssUrls, remoteLoads } from '../../scripts/third-party.ts';

function files(dir: string, pattern: RegExp): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? files(join(dir, entry.name), pattern) : pattern.test(entry.name) ? [join(dir, entry.name)] : [],
  );
}

test('no built page loads a script, style, font, image or frame from another host', () => {
  const pages = files(path('build'), /\.html$/);
  assert.ok(pages.length > 10, `${pages.length} pages`);
  const found = pages.flatMap((file) => remoteLoads(readFileSync(file, 'utf8')).map((load) => `${relative(path('build'), file)}: ${load}`));
  assert.deepEqual(found, []);
});

test('no built style sheet imports or points at another host', () => {
  const sheets = files(path('build'), /\.css$/);
  assert.ok(sheets.length > 0);
  const found = sheets.flatMap((file) => remoteCssUrls(readFileSync(file, 'utf8')).map((url) => `${relative(path('build'), file)}: ${url}`));
  assert.deepEqual(found, []);
});

test('the scan catches each kind of third-party load', () => {
  const html = `<html><head>
    <script src="https://cdn.example.com/a.js"></script>
    <link rel="stylesheet" href="//fonts.example.com/css">
    <link rel="canonical" href="https://developer.signalwire.com/">
    <style>@font-face { src: url("https://fonts.example.com/f.woff2") }</style>
  </head><body>
    <img src="https://img.example.com/i.png" alt="">
    <img srcset="/local.png 1x, https://img.example.com/i2.png 2x" alt="">
    <iframe src="https://video.example.com/embed"></iframe>
    <div style="background: url(https://img.example.com/bg.png)"></div>
    <a href="https://example.com/">a link is not a load</a>
    <script src="/assets/js/local.js"></script>
  </body></html>`;
  assert.equal(remoteLoads(html).length, 7, remoteLoads(html).join('\n'));
  assert.deepEqual(remoteCssUrls('@import "https://x.example/a.css"; a { background: url(/local.png) }'), ['https://x.example/a.css']);
});
