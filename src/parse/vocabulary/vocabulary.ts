import { type BreadcrumbVocabulary, breadcrumbVocabulary } from './breadcrumbs.js'
import { type BylineVocabulary, bylineVocabulary } from './bylines.js'
import { type DateVocabulary, dateVocabulary } from './dates.js'
import { type FurnitureRule, furnitureRules } from './furniture.js'
import { defaultLabels, type LabelDictionary } from './labels.js'
import { type LanguageSwitchVocabulary, languageSwitchVocabulary } from './language-switches.js'
import { type PagePartsVocabulary, pagePartsVocabulary } from './page-parts.js'
import { type RoleVocabulary, roleVocabulary } from './roles.js'
import { type Thresholds, thresholds } from './thresholds.js'
import { type WidgetVocabulary, widgetVocabulary } from './widgets.js'

/**
 * Every word family the text parser's rules read, one key a family. The parser reads a
 * page with {@link defaultVocabulary}, or with the default extended by
 * `options.vocabulary`.
 */
export interface Vocabulary {
  /** Label words by the field they fill (`Source:`, `责任编辑：`). */
  labels: LabelDictionary
  /** Byline words (`By`, `Written by`). */
  bylines: BylineVocabulary
  /** Role and job-title words, and credits that name no author. */
  roles: RoleVocabulary
  /** Widget, share, counter and comment words. */
  widgets: WidgetVocabulary
  /** Furniture patterns: footers, related lists, banners. */
  furniture: ReadonlyArray<FurnitureRule>
  /** Breadcrumb separators, home words and location phrases. */
  breadcrumbs: BreadcrumbVocabulary
  /** Language-switch words. */
  languageSwitches: LanguageSwitchVocabulary
  /** Length thresholds. */
  thresholds: Thresholds
  /** Photo-credit words, picture agencies and the header block's limits. */
  pageParts: PagePartsVocabulary
  /**
   * Month and weekday names, ordinal, zone and Chinese numeral words, relative-time
   * words and the date forms read.
   */
  dates: DateVocabulary
}

/**
 * The vocabulary of English and Chinese news pages that the text parser reads with:
 * each family defined once, in its own module of `src/parse/vocabulary/`.
 *
 * @example
 *   defaultVocabulary.bylines.words //=> ['By', 'Written by', 'Reported by', 'Posted by']
 */
export const defaultVocabulary: Vocabulary = {
  labels: defaultLabels,
  bylines: bylineVocabulary,
  roles: roleVocabulary,
  widgets: widgetVocabulary,
  furniture: furnitureRules,
  breadcrumbs: breadcrumbVocabulary,
  languageSwitches: languageSwitchVocabulary,
  thresholds,
  pageParts: pagePartsVocabulary,
  dates: dateVocabulary,
}
