// A copy that links to the site by its absolute address sends an agent to the published HTML (or to
// production from a staging build) instead of the copy next to it. Links into the site are
// relative; `site_urls` lists the addresses the site is published under.
'use strict';

const { tokensOfType } = require('./lib/tokens.cjs');
const { at, linkDestinations } = require('./lib/links.cjs');

/** @type {import("markdownlint").Rule} */
module.exports = {
  names: ['no-absolute-self-links'],
  description: 'Links into the site are relative, not absolute',
  tags: ['links', 'markdown-copies'],
  parser: 'micromark',
  function: (params, onError) => {
    const prefixes = (params.config?.site_urls ?? []).map((url) => url.toLowerCase().replace(/\/*$/, '/'));
    if (prefixes.length === 0) return;
    const links = [
      ...linkDestinations(params),
      ...tokensOfType(params, ['autolinkProtocol', 'literalAutolinkHttp']).map((token) => ({ destination: token.text, token })),
    ];
    for (const { destination, token } of links) {
      const prefix = prefixes.find((p) => `${destination}/`.toLowerCase().startsWith(p));
      if (!prefix) continue;
      onError({
        ...at(token),
        detail: `Link "${destination}" is an absolute link into the site (${prefix}): link to the copy or file relatively (./ or ../)`,
      });
    }
  },
};
