import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { bareScan } from '../../bench/_lib/bare-scan.js'

const fixture = (name: string) =>
  readFileSync(new URL(`../fixtures/text/${name}`, import.meta.url), 'utf8')

describe('bareScan', () => {
  it('counts the lines, the labelled lines and the dated lines of a page', () => {
    expect(bareScan('Title\nSource: Chamber 2014-10-13\n')).toEqual({
      lines: 3,
      labelled: 1,
      dated: 1,
    })
  })

  it('finds the meta line of a chamber page, labels and date on one line', () => {
    expect(bareScan(fixture('en-chamber-cms.txt'))).toEqual({ lines: 17, labelled: 1, dated: 1 })
  })

  it('finds full-width labels (发布时间：, 责任编辑：) and a Chinese date', () => {
    expect(bareScan(fixture('zh-simplified-fullwidth.txt'))).toEqual({
      lines: 13,
      labelled: 2,
      dated: 1,
    })
  })

  it('finds an English date written with the month first', () => {
    expect(bareScan('HAMBURG, Germany, March 3, 2021 /PRNewswire/ -- text')).toEqual({
      lines: 1,
      labelled: 0,
      dated: 1,
    })
  })
})
