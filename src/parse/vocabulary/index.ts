export { type BreadcrumbVocabulary, breadcrumbVocabulary } from './breadcrumbs.js'
export { type BylineVocabulary, bylineVocabulary } from './bylines.js'
export { type FurnitureKind, type FurnitureRule, furnitureRules } from './furniture.js'
export { defaultLabels, type LabelDictionary, type LabelField } from './labels.js'
export {
  type LanguageSwitchVocabulary,
  type LanguageSwitchWord,
  languageSwitchVocabulary,
} from './language-switches.js'
export {
  type HeaderLimits,
  type PagePartsVocabulary,
  pagePartsVocabulary,
} from './page-parts.js'
export { type RoleVocabulary, roleVocabulary } from './roles.js'
export { type Thresholds, thresholds } from './thresholds.js'
export { defaultVocabulary, type Vocabulary } from './vocabulary.js'
export { type WidgetVocabulary, widgetVocabulary } from './widgets.js'
