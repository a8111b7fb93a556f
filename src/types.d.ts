// A file imported with `?raw` is its text (see the raw-samples plugin in docusaurus.config.ts).
declare module '*?raw' {
  const text: string;
  export default text;
}
// A sample imported with `?sample` is its text and its file name (src/plugins/sample-loader.cjs).
declare module '*?sample' {
  const sample: { file: string; code: string };
  export default sample;
}
