/** The files the playground offers, with their names and media types. */
export const downloads = {
  json: { file: 'article.json', type: 'application/json' },
  html: { file: 'article.html', type: 'text/html' },
  markdown: { file: 'article.md', type: 'text/markdown' },
} as const

/** A file the playground offers. */
export type DownloadKind = keyof typeof downloads

/**
 * Offer a text as a file to save, through a Blob and an object URL (no server).
 *
 * @param document - the page.
 * @param kind - which file.
 * @param text - its content, written as UTF-8.
 */
export function downloadText(document: Document, kind: DownloadKind, text: string): void {
  const { file, type } = downloads[kind]
  const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }))
  const link = document.createElement('a')
  link.href = url
  link.download = file
  link.hidden = true
  document.body.append(link)
  link.click()
  link.remove()
  // The download has started from the URL by the time the click returns; the URL is
  // released after the browser had its turn.
  setTimeout(() => URL.revokeObjectURL(url), 0)
}
