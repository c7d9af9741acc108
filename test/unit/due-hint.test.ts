/**
 * The time-left hint on task cards (V1 supervision): whole units rounded down, so a handler is
 * never told there is more time than there is; the same in any host time zone.
 */
import { dueHint } from '../../src/utils/time'

const NOW = Date.parse('2026-11-30T02:00:00Z') // Monday 10:00 in Shanghai
const HOUR = 3_600_000

it('V1 rounds the time left down: 3 days 13 hours is "剩余 3 天", not 4', () => {
  // H4-1: accepted Monday 10:00, due Thursday 23:59 Shanghai.
  expect(dueHint(Date.parse('2026-12-03T15:59:59Z'), NOW)).toEqual({ text: '剩余 3 天', level: 'normal' })
})

it('V1 under two days counts hours, under one hours and minutes (it is near), and past the deadline the overrun', () => {
  expect(dueHint(NOW + 47.9 * HOUR, NOW)).toEqual({ text: '剩余 47 小时', level: 'normal' })
  // H4-3: an emergency due at 10:54, seen at 08:54 + 6 s.
  expect(dueHint(NOW + 2 * HOUR - 6000, NOW)).toEqual({ text: '剩余 1 小时 59 分钟', level: 'near' })
  expect(dueHint(NOW + 5.5 * HOUR, NOW)).toEqual({ text: '剩余 5 小时 30 分钟', level: 'near' })
  expect(dueHint(NOW + 3 * HOUR, NOW)).toEqual({ text: '剩余 3 小时', level: 'near' })
  expect(dueHint(NOW + 59_000, NOW)).toEqual({ text: '剩余 1 分钟', level: 'near' })
  expect(dueHint(NOW - 2.5 * HOUR, NOW)).toEqual({ text: '已超时 2 小时 30 分钟', level: 'overdue' })
})
