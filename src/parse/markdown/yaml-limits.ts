/**
 * The longest front matter read, in characters (256 KiB). A news article's front matter
 * is a few hundred characters; reading YAML costs tens of microseconds per key, so a
 * front matter of millions of keys would hold the parser for seconds. A longer one is an
 * `invalid-yaml` error.
 */
export const maxFrontMatterLength = 262_144

/**
 * The most aliases (`*name`) a front matter may hold, and the most values the aliases
 * may stand for once expanded (yaml's `maxAliasCount`). Aliases that expand to more, as
 * in the "billion laughs" attack, are an `invalid-yaml` error.
 */
export const maxYamlAliases = 100

/**
 * The most `invalid-yaml` diagnostics listed for one front matter; the rest are counted
 * in one `repeated-diagnostic`.
 */
export const maxYamlDiagnostics = 20

/** What each problem that YAML itself does not report is, in words for `invalid-yaml`. */
export const yamlProblems = {
  tooLong: (length: number) =>
    `a front matter of ${length} characters, more than the ${maxFrontMatterLength} read`,
  tooDeep: (levels: number) => `values nested more than ${levels} levels deep`,
  duplicateKey: (key: string) => `the key "${key}" a second time in one mapping`,
  mergeKey: 'a merge key (<<), which is not read: write the keys out',
  unresolvedAlias: (name: string) => `the alias *${name} with no anchor &${name} before it`,
  cyclicAlias: (name: string) => `the alias *${name} inside the value it names`,
  tooManyAliases: `more than ${maxYamlAliases} aliases, or aliases that expand to more values`,
  unknownTag: 'a tag this reader does not know; remove it to read the value as written',
} as const
