// Runs axe-core on a Playwright page and returns its violations in a form a failing test can print.
import { AxeBuilder } from '@axe-core/playwright';
import axe from 'axe-core';
import type { Page } from 'playwright-core';

/** WCAG 2.0 and 2.1, levels A and AA, plus axe's best practices. */
export const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

/**
 * The rules among those tags whose result depends on colors (axe's own `cat.color` category):
 * all that can differ between the light and the dark theme of one page.
 */
export const colorRules = axe
  .getRules(axeTags)
  .filter((rule) => rule.tags.includes('cat.color'))
  .map((rule) => rule.ruleId);

export interface Violation {
  rule: string;
  impact: string;
  help: string;
  /** One entry per failing element: its CSS selector, a short HTML snippet and axe's summary. */
  nodes: { target: string; html: string; summary: string }[];
}

const clip = (text: string, max: number) => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
};

export interface AxeOptions {
  /** CSS selectors axe should skip. Each must say, where it is passed, why it is a false positive. */
  exclude?: string[];
  /** Only these rules instead of every rule of `axeTags`. */
  rules?: string[];
}

export async function axeViolations(page: Page, options: AxeOptions = {}): Promise<Violation[]> {
  let builder = new AxeBuilder({ page });
  builder = options.rules ? builder.withRules(options.rules) : builder.withTags(axeTags);
  for (const selector of options.exclude ?? []) builder = builder.exclude(selector);
  const results = await builder.analyze();
  return results.violations.map((v) => ({
    rule: v.id,
    impact: v.impact ?? 'unknown',
    help: v.help,
    nodes: v.nodes.map((n) => ({
      target: n.target.map(String).join(' >>> '),
      html: clip(n.html, 160),
      summary: clip(n.failureSummary ?? '', 240),
    })),
  }));
}

/** The violations as text, one line per rule and one per element, for an assertion message. */
export function formatViolations(violations: Violation[]): string {
  return violations
    .map((v) =>
      [`${v.rule} (${v.impact}): ${v.help}`, ...v.nodes.map((n) => `  ${n.target}\n    ${n.html}\n    ${n.summary}`)].join('\n'),
    )
    .join('\n');
}
