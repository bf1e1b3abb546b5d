/**
 * Choose an output's name, relative to the output folder, and claim it for the run:
 * the input's path with the output extension (`page.txt` → `page.html`); when a file
 * converted earlier in the run holds that name, the input's whole name plus the
 * extension (`page.md` → `page.md.html`), then numbered ones from 4 (`page.md.4.html`,
 * `page.md.5.html`: the numbers earlier versions gave, so a run names its outputs as the runs
 * before it did). Names that differ only in case or Unicode form count as the same, as they
 * do on macOS and Windows.
 * Call it only once a file has converted, so a failed file reserves no name.
 *
 * @param claimed - the names claimed so far in the run; the new one is added.
 * @param relative - the input's path, relative to the input folder.
 * @param extension - the output format's extension, with its dot.
 * @returns the output's path, relative to the output folder.
 * @example
 *   const claimed = new Set<string>()
 *   claimOutputName(claimed, 'page.md', '.html') //=> 'page.html'
 *   claimOutputName(claimed, 'page.txt', '.html') //=> 'page.txt.html'
 */
export function claimOutputName(claimed: Set<string>, relative: string, extension: string): string {
  const stem = relative.replace(/\.[^./\\]+$/, '')
  for (let n = 0; ; n++) {
    const name =
      n === 0
        ? `${stem}${extension}`
        : n === 1
          ? `${relative}${extension}`
          : // From 4, as in earlier versions (see above).
            `${relative}.${n + 2}${extension}`
    const key = claimKey(name)
    if (!claimed.has(key)) {
      claimed.add(key)
      return name
    }
  }
}

/**
 * The key an output name is claimed under: names that differ only in case or Unicode
 * form are the same file on macOS and Windows.
 *
 * @param name - an output's path, relative to the output folder.
 * @returns the key.
 * @example
 *   claimKey('News/Page.HTML') //=> 'news/page.html'
 */
export function claimKey(name: string): string {
  // A name in ASCII is its own NFC form: most names skip the costlier normalisation.
  return (ascii.test(name) ? name : name.normalize('NFC')).toLowerCase()
}

const ascii = /^[\p{ASCII}]*$/u
