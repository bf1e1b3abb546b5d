import type { VFile } from 'vfile'
import { describe, expectTypeOf, it } from 'vitest'
import type {
  DecodedText,
  Diagnostic,
  InputOptions,
  JsonParseOptions,
  MarkdownParseOptions,
  TextParseOptions,
} from '../../../src/index.js'
import { decodeText, parseJson, parseMarkdown, parseText } from '../../../src/index.js'

describe('input types', () => {
  it('lets every parser take a string, bytes or a vfile', () => {
    expectTypeOf(parseText).parameter(0).toEqualTypeOf<string | Uint8Array | VFile>()
    expectTypeOf(parseMarkdown).parameter(0).toEqualTypeOf<string | Uint8Array | VFile>()
    expectTypeOf(parseJson).parameter(0).toEqualTypeOf<string | Uint8Array | VFile>()
  })

  it('gives every parser the input options', () => {
    expectTypeOf<TextParseOptions>().toExtend<InputOptions>()
    expectTypeOf<MarkdownParseOptions['encoding']>().toEqualTypeOf<string | null | undefined>()
    expectTypeOf<JsonParseOptions['maxInputLength']>().toEqualTypeOf<number | null | undefined>()
    expectTypeOf<TextParseOptions['maxInputLength']>().toEqualTypeOf<number | null | undefined>()
  })

  it('types what decodeText returns', () => {
    expectTypeOf(decodeText).returns.toEqualTypeOf<DecodedText>()
    expectTypeOf<DecodedText['by']>().toEqualTypeOf<'bom' | 'option' | 'declared' | 'detected'>()
    expectTypeOf<DecodedText['diagnostics']>().toEqualTypeOf<Diagnostic[]>()
  })
})
