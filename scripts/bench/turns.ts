// The order of a bench's loads: every page of every build once per round, so a busy moment on a
// shared machine falls on all of them alike rather than on one page's runs.
/**
 * Odd rounds go backwards, so of two neighbors (a page on the baseline and on ours) each goes
 * first in half the rounds, and neither always follows the same page.
 */
export function inTurns<T>(items: readonly T[], rounds: number): { round: number; item: T }[] {
  const order: { round: number; item: T }[] = [];
  for (let round = 0; round < rounds; round++) {
    const pass = round % 2 ? [...items].reverse() : items;
    for (const item of pass) order.push({ round, item });
  }
  return order;
}
