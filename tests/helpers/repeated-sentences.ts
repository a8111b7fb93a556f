// Sentences and phrases said more than once: the text of Markdown pages, without code blocks,
// Markdown, case or link targets, cut into sentences or into runs of words. A fact is said once,
// where it belongs, and linked from elsewhere; the same words said again and again are the sign
// that it was not.

function prose(markdown: string): string {
  return markdown
    .replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, '\n')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[`*_\\]/g, '')
    .replace(/^\s*(#+|[-+]|\d+\.|>)\s+/gm, '');
}

/** The sentences (or table cells, or list items) of at least `minWords` words, lowercased. */
export function sentences(markdown: string, minWords = 8): string[] {
  return prose(markdown)
    .split(/\n|\s\|\s|(?<=[.!?])\s+/)
    .map((sentence) => sentence.replace(/^\|/, '').replace(/\|$/, '').replace(/\s+/g, ' ').trim().toLowerCase())
    .filter((sentence) => sentence.split(' ').length >= minWords);
}

/**
 * Every run of `length` words within a sentence, lowercased: a fact said again in other words
 * still shares such a run with its first telling ("and an MMS never gets one"). Runs holding a
 * number are left out: they are addresses, ports and codes, not prose.
 */
export function phrases(markdown: string, length = 6): string[] {
  return sentences(prose(markdown), 1).flatMap((sentence) => {
    const words = sentence.match(/[\p{L}\p{N}']+/gu) ?? [];
    return words
      .slice(0, Math.max(0, words.length - length + 1))
      .map((_, i) => words.slice(i, i + length))
      .filter((run) => !run.some((word) => /\d/.test(word)))
      .map((run) => run.join(' '));
  });
}

export interface Repeat {
  text: string;
  /** How many times each page says it. */
  pages: Map<string, number>;
  total: number;
}

/** Every unit (sentence or phrase) said more than `most` times over the pages given. */
export function repeated(pages: Record<string, string[]>, most: number): Repeat[] {
  const found = new Map<string, Repeat>();
  for (const [page, units] of Object.entries(pages)) {
    for (const text of units) {
      const repeat = found.get(text) ?? { text, pages: new Map(), total: 0 };
      repeat.pages.set(page, (repeat.pages.get(page) ?? 0) + 1);
      repeat.total++;
      found.set(text, repeat);
    }
  }
  return [...found.values()].filter((repeat) => repeat.total > most).sort((a, b) => b.total - a.total);
}

/** One line per repeat, for a test's failure message. */
export const describeRepeat = (repeat: Repeat): string =>
  `${repeat.total}× "${repeat.text}" (${[...repeat.pages].map(([page, n]) => `${page} ${n}`).join(', ')})`;
