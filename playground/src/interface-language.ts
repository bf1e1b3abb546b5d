import {
  type InterfaceLanguage,
  interfaceLanguages,
  type MessageKey,
  type MessageTable,
  messages,
} from './messages.js'

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

/**
 * Read the remembered language; a browser that refuses storage (a file opened with
 * storage off) remembers nothing.
 *
 * @returns the stored value, or `null`.
 */
export function readRememberedLanguage(): string | null {
  try {
    return window.localStorage.getItem(languageMemory.storageKey)
  } catch {
    return null
  }
}

/**
 * Remember a language in `localStorage` and in the address (without reloading).
 *
 * @param language - the language chosen.
 */
export function rememberLanguage(language: InterfaceLanguage): void {
  try {
    window.localStorage.setItem(languageMemory.storageKey, language)
  } catch {
    // Storage refused: the address still remembers it.
  }
  const url = new URL(window.location.href)
  url.searchParams.set(languageMemory.parameter, language)
  window.history.replaceState(null, '', url)
}

/**
 * Put a language's words into the page: every element with `data-i18n="key"` gets the
 * message as its text, and `data-i18n-title`, `data-i18n-aria-label` and
 * `data-i18n-placeholder` the attribute; the page's `lang` and title follow.
 *
 * @param document - the page.
 * @param table - the words of the language.
 */
export function translatePage(document: Document, table: MessageTable): void {
  document.documentElement.lang = table.lang
  document.title = table.title
  for (const element of document.querySelectorAll<HTMLElement>('[data-i18n]'))
    element.textContent = table[element.dataset.i18n as MessageKey]
  const attributes = [
    ['i18nTitle', 'title'],
    ['i18nAriaLabel', 'aria-label'],
    ['i18nPlaceholder', 'placeholder'],
  ] as const
  for (const [key, attribute] of attributes) {
    const selector = `[data-${key.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}]`
    for (const element of document.querySelectorAll<HTMLElement>(selector))
      element.setAttribute(attribute, table[element.dataset[key] as MessageKey])
  }
}

/**
 * The message table of a language.
 *
 * @param language - the interface language.
 * @returns its words.
 */
export function messagesOf(language: InterfaceLanguage): MessageTable {
  return messages[language]
}
