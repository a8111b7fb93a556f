// markdownlint-cli2's JSONC parser (a public export of the package) ships without types.
declare module 'markdownlint-cli2/parsers/jsonc' {
  /** Parses JSONC (comments, trailing commas) as markdownlint-cli2 reads its config; throws on errors. */
  const parse: (text: string) => unknown;
  export default parse;
}
