import { type ParseErrorCode, printParseErrorCode } from 'jsonc-parser'
import type { Diagnostic } from '../../schema/diagnostic.js'
import { expectations, tooDeep } from '../../schema/messages.js'
import { diagnose } from '../_lib/diagnose.js'
import type { LineCounter } from '../_lib/line-counter.js'

/**
 * What the JSON grammar expected at the place of each syntax error the JSON scanner
 * reports (by the name `printParseErrorCode` gives it), in a user's words.
 */
export const jsonSyntaxExpectations: Readonly<Record<string, string>> = {
  InvalidSymbol: 'a JSON value, key or punctuation',
  InvalidNumberFormat: 'a number such as 12 or 1.5',
  PropertyNameExpected: 'a key in double quotes',
  ValueExpected: 'a value',
  ColonExpected: 'a colon after the key',
  CommaExpected: 'a comma between items',
  CloseBraceExpected: 'a closing brace }',
  CloseBracketExpected: 'a closing bracket ]',
  EndOfFileExpected: 'the end of the text after the value',
  InvalidCommentToken: 'no comment: JSON has none',
  UnexpectedEndOfComment: 'the end of the comment',
  UnexpectedEndOfString: 'a closing double quote',
  UnexpectedEndOfNumber: 'the rest of the number',
  InvalidUnicode: 'four hexadecimal digits after \\u',
  InvalidEscapeCharacter: 'an escape such as \\n, \\" or \\u00e9',
  InvalidCharacter: 'no control character inside a string',
}

/**
 * Make the `invalid-json` diagnostic of one syntax error the JSON scanner reported.
 *
 * @param code - the scanner's error code.
 * @param offset - where the error is in the text.
 * @param length - how long the offending token is.
 * @param text - the JSON text.
 * @param lines - its line counter.
 * @returns the diagnostic, saying what was found there and what was expected.
 */
export function syntaxDiagnostic(
  code: ParseErrorCode,
  offset: number,
  length: number,
  text: string,
  lines: LineCounter,
): Diagnostic {
  const found = text.slice(offset, offset + Math.max(1, Math.min(length, 20)))
  // The span holds what the message quotes: at least the one character found there.
  const start = lines.pointAt(offset)
  const end = lines.pointAt(offset + Math.max(length, found.length))
  const expected = jsonSyntaxExpectations[printParseErrorCode(code)] ?? 'well-formed JSON'
  const actual = found === '' ? 'the end of the text' : JSON.stringify(found)
  return diagnose(
    'invalid-json',
    'error',
    { ...start, place: { start, end } },
    { actual, expected },
  )
}

/**
 * Make the `invalid-json` diagnostic of an object or list nested deeper than an article
 * may be.
 *
 * @param offset - where its opening brace or bracket stands.
 * @param lines - the text's line counter.
 * @returns the diagnostic.
 */
export function nestingDiagnostic(offset: number, lines: LineCounter): Diagnostic {
  const start = lines.pointAt(offset)
  const end = lines.pointAt(offset + 1)
  return diagnose(
    'invalid-json',
    'error',
    { ...start, place: { start, end } },
    { actual: tooDeep, expected: expectations.nesting },
  )
}
