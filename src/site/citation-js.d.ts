// citation-js 0.7 ships no type declarations; these cover what this site uses of it.
declare module '@citation-js/core' {
  export class Cite {
    constructor(data: unknown);
    data: unknown[];
    format(format: string, options?: object): unknown;
  }
  export const plugins: { config: { get(name: string): unknown } };
}
