import { test } from 'node:test';
import assert from 'node:assert/strict';
import { colord, extend } from 'colord';
import a11yPlugin from 'colord/plugins/a11y';
import { themes } from 'prism-react-renderer';
import { accessibleShades, codeColors } from '../../src/css/code-colors.ts';

extend([a11yPlugin]);

const { theme, css } = codeColors(themes.github, themes.dracula, accessibleShades);

/** The declarations of the rule whose selector list holds `selector`. */
function declarationsOf(selector: string): Record<string, string> {
  const rule = css.split('\n').find((line) => line.split(' { ')[0].split(', ').includes(selector));
  assert.ok(rule, `no rule for ${selector}`);
  const body = rule.slice(rule.indexOf('{') + 1, rule.lastIndexOf('}'));
  return Object.fromEntries(
    body
      .split(';')
      .map((d) => d.trim())
      .filter(Boolean)
      .map((d) => d.split(/:\s*/) as [string, string]),
  );
}

test('the theme handed to Prism writes no token colors inline', () => {
  assert.deepEqual(theme.styles, []);
  assert.deepEqual(theme.plain, { color: 'var(--code-color)', backgroundColor: 'var(--code-background)' });
});

for (const [mode, source] of [['light', themes.github], ['dark', themes.dracula]] as const) {
  test(`every ${mode}-mode token color reads at 4.5:1 or more on the code background`, () => {
    const block = declarationsOf(`[data-theme='${mode}']`);
    const background = block['--code-background'];
    assert.ok(colord(block['--code-color']).contrast(background) >= 4.5, `plain text in ${mode} mode`);
    for (const { types } of source.styles) {
      for (const type of types) {
        const color = declarationsOf(`[data-theme='${mode}'] .prism-code .token.${type}`).color;
        if (color === undefined) continue;
        const ratio = colord(color).contrast(background);
        assert.ok(ratio >= 4.5, `${type} in ${mode} mode: ${color} on ${background} is ${ratio}:1`);
      }
    }
  });
}

test('each accessible shade replaces a theme color that falls below 4.5:1', () => {
  for (const from of Object.keys(accessibleShades)) {
    const [source] = [themes.github, themes.dracula].filter((t) => JSON.stringify(t.styles).toLowerCase().includes(from));
    assert.ok(source, `${from} is a color of neither theme`);
    const ratio = colord(from).contrast(source.plain.backgroundColor!);
    assert.ok(ratio < 4.5, `${from} already reads at ${ratio}:1: its shade is not needed`);
  }
});
