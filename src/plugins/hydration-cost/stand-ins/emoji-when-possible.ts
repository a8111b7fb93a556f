// theme-common's check for a leading emoji, which DocCard runs on every card's label (the
// category index and tag pages are lists of cards). It builds an Intl.Segmenter when its module
// loads and tests the first grapheme against /^\p{RGI_Emoji}$/v, a pattern of every emoji
// sequence compiled on first use: together about 50 ms in a Lighthouse trace of a page of
// cards whose labels all start with a letter. A label whose first character is ASCII, other than
// a digit, '#' or '*' (which start keycap emoji), cannot start with an emoji, so it is answered
// here; any other label goes to theme-common, loaded then. Swapped in by src/plugins/hydration-cost/swaps.ts.
type Extracted = { emoji: string | null; rest: string };

const cannotStartAnEmoji = /^[\0-\x7f]/;
const keycapStart = /^[0-9#*]/;

let original: ((input: string) => Extracted) | undefined;

export function extractLeadingEmoji(input: string): Extracted {
  if (cannotStartAnEmoji.test(input) && !keycapStart.test(input)) return { emoji: null, rest: input };
  // src/plugins/hydration-cost/swaps.ts points this request at the file: the package does not export it.
  original ??= (require('@docusaurus/theme-common/lib/utils/emojiUtils.js') as {
    extractLeadingEmoji: (input: string) => Extracted;
  }).extractLeadingEmoji;
  return original(input);
}
