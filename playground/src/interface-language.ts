import { languageMemory } from './language-choice.js'
import { type InterfaceLanguage, type MessageKey, type MessageTable, messages } from './messages.js'

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
