// The playground page: reads what is typed with the library, as the person types, and
// shows the article as JSON, its diagnostics (their lines marked in the input), the page
// rendered with the default stylesheet in a sandboxed frame, and the Markdown migration.
import { examplePages } from 'playground:examples'
import { type BuiltInProfileName, builtInProfiles, type Diagnostic } from '../../src/index.js'
import { followScroll, renderBackdrop } from './backdrop.js'
import { countDiagnostics, renderDiagnosticList } from './diagnostic-list.js'
import { diagnosticRange } from './diagnostic-range.js'
import { type DownloadKind, downloads, downloadText } from './download.js'
import { detectKind, type InputKind, readKindChoice } from './input-kind.js'
import {
  messagesOf,
  readRememberedLanguage,
  rememberLanguage,
  translatePage,
} from './interface-language.js'
import { initialLanguage } from './language-choice.js'
import { markedLines } from './line-marks.js'
import {
  fillMessage,
  type InterfaceLanguage,
  interfaceLanguages,
  type MessageKey,
} from './messages.js'
import { type PlaygroundResult, runArticle } from './run-article.js'

/** How long typing must pause before the input is read again, in milliseconds. */
const typingPause = 150

/** The message naming each kind of input. */
const kindNames: Readonly<Record<InputKind, MessageKey>> = {
  text: 'kindText',
  markdown: 'kindMarkdown',
  json: 'kindJson',
}

function byId<T extends HTMLElement>(id: string, type: new () => T): T {
  const element = document.getElementById(id)
  if (!(element instanceof type)) throw new Error(`The page has no #${id} ${type.name}`)
  return element
}

const source = byId('source', HTMLTextAreaElement)
const backdrop = byId('backdrop', HTMLDivElement)
const kindSelect = byId('kind', HTMLSelectElement)
const detectedKind = byId('detected-kind', HTMLElement)
const profileSelect = byId('profile', HTMLSelectElement)
const timeZoneInput = byId('time-zone', HTMLInputElement)
const timeZoneList = byId('time-zones', HTMLDataListElement)
const examples = byId('example-list', HTMLUListElement)
const status = byId('status', HTMLParagraphElement)
const diagnosticCount = byId('diagnostic-count', HTMLParagraphElement)
const diagnosticList = byId('diagnostics', HTMLOListElement)
const preview = byId('preview', HTMLIFrameElement)
const jsonOutput = byId('json-output', HTMLElement)
const markdownOutput = byId('markdown-output', HTMLElement)

let language: InterfaceLanguage = initialLanguage(
  new URL(window.location.href),
  readRememberedLanguage(),
  navigator.languages,
)
let result: PlaygroundResult = { status: 'empty' }
let kind: InputKind = 'text'
let marks = markedLines([])
let pending: ReturnType<typeof setTimeout> | undefined

function readInput(): void {
  clearTimeout(pending)
  pending = undefined
  const choice = readKindChoice(kindSelect.value)
  kind = choice === 'auto' ? detectKind(source.value) : choice
  const profile =
    profileSelect.value === '' ? undefined : (profileSelect.value as BuiltInProfileName)
  const timeZone = timeZoneInput.value.trim() === '' ? undefined : timeZoneInput.value.trim()
  result = runArticle({ text: source.value, kind, profile, timeZone })
  show()
}

function readSoon(): void {
  clearTimeout(pending)
  pending = setTimeout(readInput, typingPause)
}

function diagnosticsOf(shown: PlaygroundResult): Diagnostic[] {
  return shown.status === 'article' || shown.status === 'no-article' ? shown.diagnostics : []
}

function show(): void {
  const table = messagesOf(language)
  detectedKind.textContent = fillMessage(table.detected, { kind: table[kindNames[kind]] })
  const diagnostics = diagnosticsOf(result)
  marks = markedLines(diagnostics)
  renderBackdrop(backdrop, source.value, marks)
  followScroll(source, backdrop)
  renderDiagnosticList(diagnosticList, diagnostics, table, selectPlace)
  diagnosticCount.textContent = countDiagnostics(diagnostics, table)
  status.textContent = statusOf(result)
  status.hidden = status.textContent === ''
  timeZoneInput.setAttribute('aria-invalid', String(result.status === 'bad-option'))
  const article = result.status === 'article' ? result : undefined
  jsonOutput.textContent = article?.json ?? table.nothingYet
  markdownOutput.textContent = article?.markdown ?? table.nothingYet
  const html = article?.html ?? ''
  // Setting the same srcdoc again would reload the frame and lose its scroll.
  if (preview.srcdoc !== html) preview.srcdoc = html
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-download]'))
    button.disabled = !article
}

function statusOf(shown: PlaygroundResult): string {
  const table = messagesOf(language)
  switch (shown.status) {
    case 'article':
      return ''
    case 'empty':
      return table.emptyInput
    case 'no-article':
      return table.noArticle
    case 'bad-option':
      return fillMessage(table.badOption, { message: shown.message })
    case 'failed':
      return fillMessage(table.internalError, { message: shown.message })
  }
}

/** Select a diagnostic's place in the input, scrolled into view. */
function selectPlace(diagnostic: Diagnostic): void {
  const { start, end } = diagnosticRange(source.value, diagnostic)
  source.focus()
  source.setSelectionRange(start, end)
  const line = backdrop.querySelector<HTMLElement>(`[data-line="${diagnostic.line}"]`)
  if (line) source.scrollTop = Math.max(0, line.offsetTop - source.clientHeight / 3)
  followScroll(source, backdrop)
}

function setLanguage(chosen: InterfaceLanguage): void {
  language = chosen
  translatePage(document, messagesOf(language))
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-language]'))
    button.setAttribute('aria-pressed', String(button.dataset.language === language))
  show()
}

function fillChoices(): void {
  for (const name of Object.keys(builtInProfiles)) profileSelect.append(new Option(name, name))
  // Browsers before 2022 cannot list their zones: the field then takes any name typed.
  const zones =
    typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : []
  timeZoneList.replaceChildren(...zones.map((zone) => new Option(zone)))
  examples.replaceChildren(
    ...examplePages.map(({ name, text }) => {
      const item = document.createElement('li')
      const button = document.createElement('button')
      button.type = 'button'
      button.textContent = name
      button.dataset.example = name
      button.addEventListener('click', () => {
        source.value = text
        source.scrollTop = 0
        readInput()
      })
      item.append(button)
      return item
    }),
  )
}

fillChoices()
source.addEventListener('input', () => {
  // The backdrop follows every keystroke, so the marks stay behind their lines while
  // the reading waits for a pause.
  renderBackdrop(backdrop, source.value, marks)
  followScroll(source, backdrop)
  readSoon()
})
source.addEventListener('scroll', () => followScroll(source, backdrop))
kindSelect.addEventListener('change', readInput)
profileSelect.addEventListener('change', readInput)
timeZoneInput.addEventListener('input', readSoon)
timeZoneInput.addEventListener('change', readInput)
for (const button of document.querySelectorAll<HTMLButtonElement>('[data-language]')) {
  button.addEventListener('click', () => {
    const chosen = interfaceLanguages.find((candidate) => candidate === button.dataset.language)
    if (!chosen) return
    rememberLanguage(chosen)
    setLanguage(chosen)
  })
}
for (const button of document.querySelectorAll<HTMLButtonElement>('[data-download]')) {
  button.addEventListener('click', () => {
    const which = button.dataset.download as DownloadKind
    if (result.status !== 'article' || !(which in downloads)) return
    downloadText(document, which, result[which])
  })
}
new ResizeObserver(() => followScroll(source, backdrop)).observe(source)
setLanguage(language)
readInput()
document.documentElement.dataset.ready = 'true'
