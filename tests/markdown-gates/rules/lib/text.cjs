// Small text helpers shared by the rules.
'use strict';

const named = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00A0' };

/**
 * Decodes the character references a link or heading is likely to hold. Only used to compare
 * text with text; the no-html-entities rule reports the references themselves.
 */
function decodeEntities(text) {
  return text.replace(/&(?:#(\d{1,7})|#[xX]([\da-fA-F]{1,6})|([A-Za-z]+));/g, (whole, dec, hex, name) => {
    if (dec || hex) {
      const code = Number.parseInt(dec ?? hex, dec ? 10 : 16);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '\uFFFD';
    }
    return named[name] ?? whole;
  });
}

module.exports = { decodeEntities };
