// Edit distance, to name what a reader probably meant when a code or a page does not exist.

/** Levenshtein distance between two strings. */
export function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length];
}

/** The `count` candidates nearest to `given`, nearest first; ties keep the candidates' order. */
export function closest(given: string, candidates: string[], count: number): string[] {
  return candidates
    .map((candidate, order) => ({ candidate, order, d: distance(given.toLowerCase(), candidate.toLowerCase()) }))
    .sort((a, b) => a.d - b.d || a.order - b.order)
    .slice(0, count)
    .map(({ candidate }) => candidate);
}
