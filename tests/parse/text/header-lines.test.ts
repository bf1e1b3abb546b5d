import { describe, expect, it } from 'vitest'
import {
  endsWithCredit,
  isCreditLine,
  isNameLine,
  isReadingTime,
  isRelativeTime,
} from '../../../src/parse/text/header-lines.js'

describe('isCreditLine', () => {
  it.each([
    'Photo: Jane Doe',
    'Image by Example Images',
    'Photograph by Jane Doe, Example Geographic',
    'PHOTOGRAPH: JANE DOE/EXAMPLE PRESS',
    'Jane Doe/AP Photo',
    'Jane Doe/Getty Images',
    '(Jane Doe / The Example Times)',
    'EXA/MPLE/PRESS',
    '图片来源：海港日报',
    '摄影：张三',
  ])('reads %s as a photo credit', (text) => {
    expect(isCreditLine(text)).toBe(true)
  })

  it.each([
    'The harbour opened a new terminal.',
    'New Container Terminal Opens at the Harbour',
    'Exports grew 10% in May',
    'Home / World / Business',
    '港口第三集装箱码头今日开港',
  ])('does not read %s as a credit', (text) => {
    expect(isCreditLine(text)).toBe(false)
  })
})

describe('endsWithCredit', () => {
  it.each([
    'Cranes stand over the terminal at dawn. Jane Doe/AP',
    'Cranes stand over the terminal | Photo by Jane Doe',
    'Cranes stand over the terminal at dawn (Jane Doe/Example Press)',
  ])('reads %s as a line ending in a credit', (text) => {
    expect(endsWithCredit(text)).toBe(true)
  })

  it.each(['The harbour opened. Trade grew.', 'Cranes stand over the terminal (left) at dawn'])(
    'reads %s as a line without a credit',
    (text) => {
      expect(endsWithCredit(text)).toBe(false)
    },
  )
})

describe('isReadingTime and isRelativeTime', () => {
  it.each(['5 Min Read', '11 minute read', '3-min read', '阅读 3 分钟', '5分钟阅读'])(
    'reads %s as a reading time',
    (text) => {
      expect(isReadingTime(text)).toBe(true)
    },
  )

  it.each(['2 hours ago', 'Updated 5 minutes ago', 'an hour ago', '3小时前', 'just now'])(
    'reads %s as a relative time',
    (text) => {
      expect(isRelativeTime(text)).toBe(true)
    },
  )

  it.each(['Read more', '5 things to read', 'Two hours of talks'])(
    'reads %s as neither',
    (text) => {
      expect(isReadingTime(text)).toBe(false)
      expect(isRelativeTime(text)).toBe(false)
    },
  )
})

describe('isNameLine', () => {
  it.each(['Jane Doe', 'Jane Q. Doe', 'JANE DOE', 'Lisa de Moraes', "Mary-Ann O'Neil"])(
    'reads %s as a name',
    (text) => {
      expect(isNameLine(text)).toBe(true)
    },
  )

  it.each([
    'Jane',
    'Share this story',
    'Enlarge Image',
    'New Container Terminal Opens at the Harbour',
    'de Moraes',
    'Route 66',
  ])('does not read %s as a name', (text) => {
    expect(isNameLine(text)).toBe(false)
  })
})
