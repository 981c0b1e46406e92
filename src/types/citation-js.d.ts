// citation-js 0.7 (the line whose engines field accepts Node 20) ships no type declarations. The site uses
// a small part of it: a Cite instance's format() and the plugin registry's config. Declared loosely here so
// `tsc --noEmit` checks everything else strictly.
declare module '@citation-js/core' {
  export class Cite {
    constructor(data: unknown, options?: Record<string, unknown>);
    static async(data: unknown, options?: Record<string, unknown>): Promise<Cite>;
    data: Array<Record<string, unknown>>;
    format(format: string, options?: Record<string, unknown>): string;
  }
  export const plugins: {
    config: { get(name: string): unknown };
    input: Record<string, unknown>;
    output: Record<string, unknown>;
  };
}
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-csl';
declare module '@citation-js/plugin-ris';
