/**
 * WeChat subscription-message value rules (MESSAGES.md), as a formatter that makes a value valid
 * or refuses it before the API is called. The key's prefix is its type (`thing2` → thing).
 */
import { formatInstant } from './calendar'

export type FieldType =
  | 'thing'
  | 'number'
  | 'letter'
  | 'symbol'
  | 'character_string'
  | 'time'
  | 'date'
  | 'amount'
  | 'phone_number'
  | 'car_number'
  | 'name'
  | 'phrase'

/** The status words we send as `phrase` values; a small fixed set, as MESSAGES.md advises. */
export const STATUS_PHRASES = [
  '已受理',
  '不予受理',
  '待确认',
  '处理中',
  '已办结',
  '待评价',
  '已延期',
  '已超时',
  '待受理',
  '待接单',
  '待审批',
  '紧急',
  '已升级',
  '已结案',
  '待回访',
] as const
export type StatusPhrase = (typeof STATUS_PHRASES)[number]

export class MessageFieldError extends Error {
  constructor(
    readonly key: string,
    message: string,
  ) {
    super(`${key}: ${message}`)
    this.name = 'MessageFieldError'
  }
}

/** `thing2` → `thing`; `character_string10` → `character_string`. */
export function fieldType(key: string): FieldType {
  const m = /^([a-z_]+?)\d*$/.exec(key)
  const t = m?.[1] as FieldType | undefined
  const known: FieldType[] = [
    'thing',
    'number',
    'letter',
    'symbol',
    'character_string',
    'time',
    'date',
    'amount',
    'phone_number',
    'car_number',
    'name',
    'phrase',
  ]
  if (!t || !known.includes(t)) throw new MessageFieldError(key, `unknown keyword type`)
  return t
}

/** Removes newlines, control characters and emoji (their length is undocumented). */
function clean(v: string): string {
  return (
    v
      // eslint-disable-next-line no-control-regex -- control characters are what this removes
      .replace(/[\u0000-\u001f\u007f]/g, ' ')
      // eslint-disable-next-line no-misleading-character-class -- emoji parts are removed one by one on purpose
      .replace(/[\p{Extended_Pictographic}\u{1F3FB}-\u{1F3FF}\u200d\ufe0f]/gu, '')
      .replace(/\s+/g, ' ')
      .trim()
  )
}

/** Shortens to `max` characters, ending with … when cut. */
function shorten(v: string, max: number): string {
  const chars = Array.from(v)
  return chars.length <= max ? v : chars.slice(0, max - 1).join('') + '…'
}

const CHINESE = /[\u3400-\u9fff\uf900-\ufaff]/

/** A value to put in a message: text, or an instant (ms UTC) for time/date keys. */
export type FieldInput = string | number

/** Makes a cleaned text value valid for one keyword type, or says why it cannot be (the message of a MessageFieldError). */
type Rule = (v: string) => { value: string } | { problem: string }

const ok = (value: string) => ({ value })
/** A rule that accepts `v` unchanged when `valid`, else names the problem. */
const check =
  (valid: (v: string) => boolean, problem: string | ((v: string) => string)): Rule =>
  (v) =>
    valid(v) ? ok(v) : { problem: typeof problem === 'string' ? problem : problem(v) }

const phoneNumber = check((v) => /^[\d+\-()*]{1,17}$/.test(v), 'phone_number must be ≤ 17 digits and symbols')
const CAR_NUMBER = /^[\u4e00-\u9fa5A-Z0-9]?[A-Z0-9]{0,6}[\u4e00-\u9fa5A-Z0-9]?$/

/** The value rules of each keyword type but time and date (MESSAGES.md). */
const RULES: Record<Exclude<FieldType, 'time' | 'date'>, Rule> = {
  thing: (v) => ok(shorten(v || '无', 20)),
  phrase: check(
    (v) => (STATUS_PHRASES as readonly string[]).includes(v),
    (v) => `phrase must be one of the fixed status words, got "${v}"`,
  ),
  character_string: check(
    (v) => !!v && !CHINESE.test(v) && v.length <= 32 && /^[\x21-\x7e]+$/.test(v),
    'character_string must be 1–32 letters, digits or symbols',
  ),
  number: check((v) => /^\d+(\.\d+)?$/.test(v) && v.replace('.', '').length <= 32, 'number must be ≤ 32 digits'),
  letter: check((v) => /^[A-Za-z]{1,32}$/.test(v), 'letter must be 1–32 letters'),
  symbol: check((v) => /^[^\p{L}\p{N}\s]{1,5}$/u.test(v), 'symbol must be 1–5 symbols'),
  amount: check((v) => /^[¥$€£]?\d{1,10}(\.\d{1,2})?元?$/.test(v), 'amount format'),
  phone_number: (v) => phoneNumber(v.replace(/\s/g, '')),
  car_number: check((v) => !!v && CAR_NUMBER.test(v) && Array.from(v).length <= 8, 'car_number format'),
  name: (v) => ok(v ? shorten(v, CHINESE.test(v) ? 10 : 20) : '无'),
}

/** A time or date value: an instant (ms UTC) in Shanghai time, or text already written as one. */
function formatMoment(key: string, type: 'time' | 'date', value: FieldInput): string {
  if (typeof value === 'number') return formatInstant(value, type === 'time' ? 'YYYY年M月D日 HH:mm' : 'YYYY年M月D日')
  const s = clean(String(value))
  if (!s) throw new MessageFieldError(key, 'empty')
  return s
}

/**
 * Makes `value` valid for the keyword `key`, or throws.
 * @returns the string to send. @throws MessageFieldError when it cannot be made valid.
 */
export function formatField(key: string, value: FieldInput): string {
  const type = fieldType(key)
  if (type === 'time' || type === 'date') return formatMoment(key, type, value)
  const r = RULES[type](clean(String(value ?? '')))
  if ('problem' in r) throw new MessageFieldError(key, r.problem)
  return r.value
}

/** Formats every field of a message; @throws MessageFieldError naming the first bad key. */
export function formatFields(values: Record<string, FieldInput>): Record<string, { value: string }> {
  const out: Record<string, { value: string }> = {}
  for (const [key, value] of Object.entries(values)) out[key] = { value: formatField(key, value) }
  return out
}
