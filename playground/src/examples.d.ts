declare module 'playground:examples' {
  /**
   * The repository's example articles (examples/articles), by file name, in name order;
   * written into the bundle by scripts/build-playground.ts.
   */
  export const examplePages: ReadonlyArray<{ name: string; text: string }>
}
