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
