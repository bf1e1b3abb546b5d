import type * as z from 'zod'
import { objectFor, type UnknownKeys } from './_lib/object.js'
import { modelRegistry } from './_lib/registry.js'
import { HttpUrl } from './http-url.js'
import { LanguageTag } from './language-tag.js'
import { expect } from './messages.js'
import { NonEmptyString } from './text.js'

/**
 * Build the Translation schema for a policy on unknown keys.
 *
 * @param unknownKeys - `'reject'` for the strict model, `'keep'` for the lenient one.
 * @returns the schema, registered under the id `Translation` when strict.
 */
export function defineTranslation(unknownKeys: UnknownKeys) {
  const Translation = objectFor(unknownKeys)(
    {
      language: LanguageTag,
      url: HttpUrl.optional(),
      label: NonEmptyString.optional(),
    },
    expect('object'),
  )
  if (unknownKeys === 'reject') {
    Translation.register(modelRegistry, {
      id: 'Translation',
      description: 'A link to the same article in another language, such as 中文版 or English.',
    })
  }
  return Translation
}

/**
 * The same article in another language: the `中文版` or `English` link of a page.
 *
 * @example
 *   Translation.parse({ language: 'zh', label: '中文版' })
 */
export const Translation = /*#__PURE__*/ defineTranslation('reject')

/** A translation link, as validated by {@link Translation}. */
export type Translation = z.infer<typeof Translation>
