import { type InterfaceLanguage, interfaceLanguages } from './messages.js'

/** The `localStorage` key and URL parameter that remember the interface language. */
export const languageMemory = { storageKey: 'news-model-playground-language', parameter: 'lang' }

function isInterfaceLanguage(value: string | null | undefined): value is InterfaceLanguage {
  return (interfaceLanguages as ReadonlyArray<string | null | undefined>).includes(value)
}

/**
 * The language to open the playground in: the URL's `?lang=`, else the one chosen last
 * time, else Chinese for a browser set to Chinese, else English.
 *
 * @param url - the page's address.
 * @param remembered - what `localStorage` holds, if anything.
 * @param browserLanguages - `navigator.languages`.
 * @returns the interface language.
 * @example
 *   initialLanguage(new URL('https://example.org/?lang=zh'), null, ['en-US']) //=> 'zh'
 */
export function initialLanguage(
  url: URL,
  remembered: string | null,
  browserLanguages: ReadonlyArray<string>,
): InterfaceLanguage {
  const asked = url.searchParams.get(languageMemory.parameter)
  if (isInterfaceLanguage(asked)) return asked
  if (isInterfaceLanguage(remembered)) return remembered
  return browserLanguages[0]?.toLowerCase().startsWith('zh') ? 'zh' : 'en'
}
