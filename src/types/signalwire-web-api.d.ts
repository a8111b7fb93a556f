// @signalwire/web-api ships its types, but its package.json "exports" map does not point at them,
// so TypeScript cannot find them. Only what the tests call, as in its
// dist/web-api/src/validateRequest.d.ts.
declare module '@signalwire/web-api' {
  export function validateRequest(privateKey: string, header: string, url: string, rawBody: string): boolean;
}
