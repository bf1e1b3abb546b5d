import { compiledOnce } from '../_lib/compiled-once.js'
import { wordAlternation } from '../_lib/word-pattern.js'
import type { FurnitureRule } from '../vocabulary/furniture.js'
import { defaultVocabulary, type Vocabulary } from '../vocabulary/vocabulary.js'
import type { WidgetVocabulary } from '../vocabulary/widgets.js'

/**
 * Make the furniture rules of a page's widgets: a line of buttons (`【Print】 【Close】`),
 * a share bar (`Share this: Facebook | Twitter`), a font-size switch (`字号：大 中 小`),
 * a comment form's heading (`Leave a reply`, `Comments (3)`).
 *
 * @param widgets - the widget words.
 * @returns the four rules, made from the words.
 * @example
 *   widgetRules(defaultVocabulary.widgets)[0].pattern.test('【打印】【关闭】') //=> true
 */
export function widgetRules(widgets: WidgetVocabulary): FurnitureRule[] {
  const buttons = wordAlternation(widgets.buttons, ' ')
  const share = wordAlternation([...widgets.share, ...widgets.buttons], ' ')
  const sizeLabels = wordAlternation(widgets.sizeLabels, ' ?')
  const sizes = wordAlternation(widgets.sizes, ' ')
  const comments = wordAlternation(widgets.comments, ' ')
  return [
    {
      kind: 'comments',
      pattern: new RegExp(`^(?:${comments})(?: ?[:：]| ?[(（]\\d+[)）]|[.。](?: .*)?)?$`, 'i'),
      ends: true,
    },
    {
      kind: 'print-close',
      pattern: new RegExp(`^(?:(?:[【[(]\\s*)?(?:${buttons})\\s*(?:[】\\])]\\s*)?)+$`, 'i'),
    },
    { kind: 'share', pattern: new RegExp(`^(?:(?:${share})[\\s:：|,]*)+$`, 'i') },
    {
      kind: 'font-size',
      pattern: new RegExp(
        `^[【[]?\\s*(?:${sizeLabels})(?![a-z]).*$|^(?:(?:[•·]\\s*)?(?:${sizes})\\s*){1,3}$`,
        'i',
      ),
    },
  ]
}

/**
 * Put a vocabulary's furniture rules and its widgets' rules in the order they are
 * tried: the rules that end the article first, then the widgets', then the others.
 *
 * @param rules - the furniture patterns.
 * @param widgets - the widget words.
 * @returns the rules to try, in order.
 */
export function orderFurniture(
  rules: ReadonlyArray<FurnitureRule>,
  widgets: WidgetVocabulary,
): FurnitureRule[] {
  return [
    ...rules.filter((rule) => rule.ends),
    ...widgetRules(widgets),
    ...rules.filter((rule) => !rule.ends),
  ]
}

const rulesOf = compiledOnce((vocabulary: Vocabulary) =>
  orderFurniture(vocabulary.furniture, vocabulary.widgets),
)
rulesOf(defaultVocabulary)

/**
 * Tell whether a line is site furniture, and of what kind.
 *
 * @param text - a tidied line.
 * @param vocabulary - the furniture patterns and widget words (default: `defaultVocabulary`).
 * @returns the matching rule, or `undefined` for a line that may be article text.
 * @example
 *   findFurniture('【Print】 【Close】')?.kind //=> 'print-close'
 */
export function findFurniture(
  text: string,
  vocabulary: Vocabulary = defaultVocabulary,
): FurnitureRule | undefined {
  return rulesOf(vocabulary).find((rule) => rule.pattern.test(text))
}

/**
 * Whether a line is a menu: three or more short items between `|` or `｜` bars, as a
 * channel bar (`首页| 滚动| 国内| 国际`) prints them.
 *
 * @param text - a tidied line.
 * @returns `true` for a menu line.
 */
export function isMenu(text: string): boolean {
  if (!text.includes('|') && !text.includes('｜')) return false
  const items = text
    .split(/[|｜]/)
    .map((s) => s.trim())
    .filter((item) => item !== '')
  if (items.length < 3) return false
  return items.every((item) => item.length <= 12)
}
