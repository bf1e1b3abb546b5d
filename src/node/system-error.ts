/**
 * The `code` of a Node system error (`ENOENT`, `EACCES`), or `'error'`.
 *
 * @param error - what was thrown.
 * @returns the code.
 */
export function codeOf(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code
  return typeof code === 'string' ? code : 'error'
}
