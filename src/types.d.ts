// A file imported with `?raw` is its text (see the raw-samples plugin in docusaurus.config.ts).
declare module '*?raw' {
  const text: string;
  export default text;
}
