// Code colors as a stylesheet instead of inline styles. prism-react-renderer writes each token's
// color into a `style` attribute from the theme of the current color mode, so a highlighted block
// could only be drawn by the browser re-running Prism: the server's HTML carries the light
// theme, and a reader in dark mode needs the block rendered again. With the colors in CSS, one
// HTML serves both modes, and a server-highlighted block is kept as it is
// (src/theme/CodeBlock/Content).
//
// Both themes stay the source: every rule below is derived from their entries, in their order,
// scoped to the color mode it belongs to. The classes are the ones Prism gives each token.
import type { PrismTheme } from 'prism-react-renderer';

export interface CodeColors {
  /** The theme Docusaurus hands to prism-react-renderer: no inline colors but the block's own. */
  theme: PrismTheme;
  /** The rules that color the tokens, per mode. */
  css: string;
}

type Mode = 'light' | 'dark';

const kebab = (property: string) => property.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

function rules(mode: Mode, theme: PrismTheme, shades: Record<string, string>): string[] {
  const shade = (value: unknown) => {
    const text = String(value);
    return shades[text.toLowerCase()] ?? text;
  };
  const scope = `[data-theme='${mode}']`;
  const block = `${scope} { --code-color: ${shade(theme.plain.color)}; --code-background: ${theme.plain.backgroundColor}; }`;
  const tokens = theme.styles.map(({ types, style, languages }) => {
    const within = languages ? languages.map((language) => `.prism-code.language-${language}`) : ['.prism-code'];
    const selectors = within.flatMap((code) => types.map((type) => `${scope} ${code} .token.${type}`));
    const declarations = Object.entries(style).map(([property, value]) => `${kebab(property)}: ${shade(value)};`);
    return `${selectors.join(', ')} { ${declarations.join(' ')} }`;
  });
  return [block, ...tokens];
}

/**
 * One theme for both color modes, and the stylesheet that colors it.
 * `shades` replaces a theme color (as the theme writes it, any case) with an accessible one.
 */
export function codeColors(light: PrismTheme, dark: PrismTheme, shades: Record<string, string> = {}): CodeColors {
  const lowerShades = Object.fromEntries(Object.entries(shades).map(([from, to]) => [from.toLowerCase(), to]));
  return {
    theme: { plain: { color: 'var(--code-color)', backgroundColor: 'var(--code-background)' }, styles: [] },
    css: [...rules('light', light, lowerShades), ...rules('dark', dark, lowerShades)].join('\n'),
  };
}

/**
 * The token colors of github (light) and dracula (dark) that fall below 4.5:1 on their own
 * backgrounds, each with the darker or lighter shade of the same hue that passes
 * (tests/unit/code-colors.test.ts checks every color of both modes).
 */
export const accessibleShades: Record<string, string> = {
  '#36acaa': '#267877',
  '#e3116c': '#d51066',
  '#d73a49': '#c83644',
  '#999988': '#6e6e62',
  '#00a4db': '#00769e',
  'rgb(98, 114, 164)': '#8995bb',
};
