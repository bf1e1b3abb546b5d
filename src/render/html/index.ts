import type { Element, ElementContent, Root as HastRoot } from 'hast'
import type { NewsArticle } from '../../schema/article.js'
import type { Author } from '../../schema/author.js'
import { assertArticle } from '../../schema/validate-article.js'
import { bodyToHast } from './body.js'
import { type ClassPart, className } from './class-names.js'
import { h, text } from './element.js'
import { formatArticleDate } from './format-date.js'
import { jsonLdOf, serializeJsonLd } from './json-ld.js'
import { defaultHtmlLabels, type HtmlLabels, languageNames } from './labels.js'
import { type HtmlOptions, type ResolvedHtmlOptions, resolveHtmlOptions } from './options.js'
import { safeUrl } from './safe-url.js'
import { serializeHtml } from './serialize.js'
import { defaultStylesheet } from './stylesheet.js'

/**
 * Render an article as a hast tree, for use inside unified pipelines: an `<article>` with
 * its breadcrumb, header (headline, subtitle, source, authors, editors, dates), body and
 * links to translations, then a JSON-LD `<script>`; or, with `document`, a whole page.
 *
 * @param article - the article (it is validated first).
 * @param options - page, headings, JSON-LD, dates, labels, links, classes.
 * @returns the hast root.
 * @throws {ArticleValidationError} (a `TypeError`) when `article` is not a valid article.
 * @throws {TypeError | RangeError} when an option is wrong.
 */
export function toHast(article: NewsArticle, options?: HtmlOptions | null): HastRoot {
  return validatedToHast(assertArticle(article), options)
}

/**
 * {@link renderHtml} for an article the caller has just had validated (the value a
 * parser returns), without validating it again. Internal: not part of the public API.
 *
 * @param article - a valid article, as validateArticle returned it.
 * @param options - as for {@link toHast}.
 * @returns the HTML.
 * @throws {TypeError | RangeError} when an option is wrong.
 */
export function renderValidatedHtml(article: NewsArticle, options?: HtmlOptions | null): string {
  return serializeHtml(validatedToHast(article, options))
}

function validatedToHast(value: NewsArticle, options: HtmlOptions | null | undefined): HastRoot {
  const settings = resolveHtmlOptions(options, value.headline)
  const element = articleElement(value, settings)
  const script = settings.jsonLd
    ? h('script', { type: 'application/ld+json' }, serializeJsonLd(jsonLdOf(value)))
    : undefined
  if (!settings.document) {
    return { type: 'root', children: script ? [element, text('\n'), script] : [element] }
  }
  return { type: 'root', children: [{ type: 'doctype' }, page(value, settings, element, script)] }
}

/**
 * Render an article as HTML: the same structure as {@link toHast}, serialized. The same
 * article and options always give the same string.
 *
 * @param article - the article.
 * @param options - as for {@link toHast}.
 * @returns the HTML.
 * @throws {ArticleValidationError | TypeError | RangeError} as {@link toHast}.
 * @example
 *   renderHtml(article, { document: true }) //=> '<!DOCTYPE html><html lang="en">…'
 */
export function renderHtml(article: NewsArticle, options?: HtmlOptions | null): string {
  return serializeHtml(toHast(article, options))
}

function articleElement(article: NewsArticle, settings: ResolvedHtmlOptions): Element {
  const language = article.language.split('-')[0] === 'zh' ? 'zh' : 'en'
  const labels: HtmlLabels = { ...defaultHtmlLabels[language], ...settings.labels }
  const cls = (part: ClassPart) => className(settings.classPrefix, part)
  const level = 1 + settings.headingOffset
  const ownHost = article.url ? new URL(article.url).host : undefined
  const children: ElementContent[] = []
  if (article.breadcrumb && article.breadcrumb.length > 0) {
    children.push(
      h('nav', { className: [cls('breadcrumb')], ariaLabel: labels.breadcrumb }, [
        h(
          'ol',
          article.breadcrumb.map((item) => h('li', item)),
        ),
      ]),
    )
  }
  const header: ElementContent[] = [
    h(`h${level}`, { className: [cls('headline')] }, article.headline),
  ]
  if (article.alternativeHeadline) {
    header.push(h('p', { className: [cls('subtitle')] }, article.alternativeHeadline))
  }
  const meta = metaLine(article, labels, language, settings, cls)
  if (meta.length > 0) header.push(h('p', { className: [cls('meta')] }, meta))
  children.push(h('header', { className: [cls('header')] }, header))
  children.push(
    h(
      'div',
      { className: [cls('body')] },
      bodyToHast(article.body, {
        headlineLevel: level,
        taskLabels: { done: labels.taskDone, open: labels.taskOpen },
        baseUrl: settings.baseUrl,
        ownHost,
        linkTarget: settings.linkTarget,
        rel: settings.rel,
        alignClasses: {
          left: cls('alignLeft'),
          center: cls('alignCenter'),
          right: cls('alignRight'),
        },
      }),
    ),
  )
  if (article.translations && article.translations.length > 0) {
    children.push(
      h('aside', { className: [cls('translations')] }, [
        h(`h${Math.min(6, level + 1)}`, labels.translations),
        h(
          'ul',
          article.translations.map((translation) => {
            const name =
              translation.label ?? languageNames[translation.language] ?? translation.language
            const href = translation.url ? safeUrl(translation.url, settings.baseUrl) : undefined
            return h(
              'li',
              href
                ? [
                    h(
                      'a',
                      { href, hrefLang: translation.language, lang: translation.language },
                      name,
                    ),
                  ]
                : [h('span', { lang: translation.language }, name)],
            )
          }),
        ),
      ]),
    )
  }
  return h('article', { lang: article.language, className: [cls('article')] }, children)
}

function metaLine(
  article: NewsArticle,
  labels: HtmlLabels,
  language: 'en' | 'zh',
  settings: ResolvedHtmlOptions,
  cls: (part: ClassPart) => string,
): ElementContent[] {
  const parts: ElementContent[] = []
  const label = (words: string) => h('span', { className: [cls('label')] }, words)
  if (article.source) {
    const href = article.source.url ? safeUrl(article.source.url, settings.baseUrl) : undefined
    const name = href ? h('a', { href }, article.source.name) : text(article.source.name)
    parts.push(h('span', { className: [cls('source')] }, [label(labels.source), name]))
  }
  if (article.authors.length > 0) {
    parts.push(
      h('span', { className: [cls('authors')] }, [
        label(labels.authors),
        ...names(article.authors, labels, settings, cls),
      ]),
    )
  }
  if (article.editors && article.editors.length > 0) {
    parts.push(
      h('span', { className: [cls('editors')] }, [
        label(labels.editors),
        ...names(article.editors, labels, settings, cls),
      ]),
    )
  }
  for (const [field, part, words] of [
    ['datePublished', 'date', labels.published],
    ['dateModified', 'modified', labels.modified],
  ] as const) {
    const iso = article[field]
    if (!iso) continue
    const printed = formatArticleDate(iso, language, settings.timeZone, settings.locale)
    parts.push(
      h('span', { className: [cls(part)] }, [label(words), h('time', { dateTime: iso }, printed)]),
    )
  }
  return parts.flatMap((part, index) =>
    index === 0 ? [part] : [h('span', { ariaHidden: 'true' }, ' · '), part],
  )
}

function names(
  authors: Author[],
  labels: HtmlLabels,
  settings: ResolvedHtmlOptions,
  cls: (part: ClassPart) => string,
): ElementContent[] {
  return authors.flatMap((author, index) => {
    const href = author.url ? safeUrl(author.url, settings.baseUrl) : undefined
    const name: ElementContent[] = [
      href ? h('a', { href, rel: ['author'] }, author.name) : text(author.name),
    ]
    if (author.type === 'Person' && author.jobTitle) {
      name.push(text(' ('), h('span', { className: [cls('jobTitle')] }, author.jobTitle), text(')'))
    }
    const element = h('span', { className: [cls('author')] }, name)
    return index === 0 ? [element] : [text(labels.separator), element]
  })
}

function page(
  article: NewsArticle,
  settings: ResolvedHtmlOptions,
  element: Element,
  script: Element | undefined,
): Element {
  const document = settings.document
  const head: ElementContent[] = [
    h('meta', { charSet: 'utf-8' }),
    h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
    h('title', document?.title ?? article.headline),
  ]
  if (article.description)
    head.push(h('meta', { name: 'description', content: article.description }))
  if (article.url) head.push(h('link', { rel: ['canonical'], href: article.url }))
  if (document?.stylesheet === 'inline') head.push(h('style', defaultStylesheet))
  if (document?.stylesheet === 'link') {
    const href = safeUrl(document.stylesheetUrl, settings.baseUrl)
    if (href) head.push(h('link', { rel: ['stylesheet'], href }))
  }
  if (script) head.push(script)
  return h('html', { lang: article.language }, [h('head', head), h('body', [h('main', [element])])])
}
