import { describe, expect, it } from 'vitest'
import {
  readChineseClock,
  readChineseNumber,
  readClock,
  readZone,
} from '../../../src/parse/_lib/read-time.js'

describe('readClock', () => {
  it.each([
    ['09:30', 9, 30, 0],
    ['9:30:15.25 pm', 21, 30, 15],
    ['12:05 am', 0, 5, 0],
    ['5:57:1 PM', 17, 57, 1],
    ['12:05 P.M.', 12, 5, 0],
    ['3.05 pm', 15, 5, 0],
    ['4 a.m.', 4, 0, 0],
    ['11 PM', 23, 0, 0],
    ['9h45', 9, 45, 0],
    ['Noon', 12, 0, 0],
    ['midnight', 0, 0, 0],
  ])('reads %s as %i:%i:%i', (text, hour, minute, second) => {
    expect(readClock(text)).toEqual({ hour, minute, second })
  })

  it('reads nothing from text that is no time', () => {
    expect(readClock('soon')).toBeUndefined()
  })
})

describe('readChineseNumber', () => {
  it.each([
    ['二〇二一', 2021],
    ['二零零八', 2008],
    ['三', 3],
    ['十', 10],
    ['十四', 14],
    ['二十四', 24],
    ['廿四', 24],
    ['卅', 30],
    ['卅一', 31],
    ['23', 23],
  ])('reads %s as %i', (text, value) => {
    expect(readChineseNumber(text)).toBe(value)
  })

  it('reads NaN from a character that is no numeral', () => {
    expect(readChineseNumber('十月')).toBeNaN()
  })
})

describe('readChineseClock', () => {
  it.each([
    ['10:30', 10, 30, 0],
    ['下午3时20分', 15, 20, 0],
    ['21時40分', 21, 40, 0],
    ['晚8:00', 20, 0, 0],
    ['晚上十点', 22, 0, 0],
    ['中午12点', 12, 0, 0],
    ['中午1点', 13, 0, 0],
    ['凌晨2点', 2, 0, 0],
    ['三点半', 3, 30, 0],
    ['下午三時半五十九秒', 15, 30, 59],
    ['10时30分15秒', 10, 30, 15],
  ])('reads %s as %i:%i:%i', (text, hour, minute, second) => {
    expect(readChineseClock(text)).toEqual({ hour, minute, second })
  })
})

describe('readZone', () => {
  it.each([
    ['Z', { offset: 0 }],
    ['+0800', { offset: 480 }],
    ['-05:30', { offset: -330 }],
    ['GMT+3', { offset: 180 }],
    ['UTC + 05:30', { offset: 330 }],
    ['EST', { offset: -300 }],
    ['cest', { offset: 120 }],
    ['ET', { timeZone: 'America/New_York' }],
    ['PST-0800', { offset: -480 }],
    ['CEST+0200', { offset: 120 }],
  ])('reads %s', (text, zone) => {
    expect(readZone(text)).toEqual(zone)
  })

  it('reads no offset of more than 14 hours, and nothing from no zone', () => {
    expect(readZone('UTC+15')).toBeUndefined()
    expect(readZone(undefined)).toBeUndefined()
    expect(readZone('ABC+0200')).toBeUndefined()
  })
})
