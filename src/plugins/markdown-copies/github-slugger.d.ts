// github-slugger 1.5.0, the version Docusaurus slugs heading ids with, ships no types.
declare module 'github-slugger' {
  export default class GithubSlugger {
    /** A unique slug for `value` in this slugger's document: repeats get -1, -2 … */
    slug(value: string, maintainCase?: boolean): string;
    reset(): void;
    static slug(value: string, maintainCase?: boolean): string;
  }
}
