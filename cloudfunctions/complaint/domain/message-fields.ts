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
  '已补充',
  '催办',
  '已撤销',
  '新留言',
  '新回复',
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

/** Refuses a value that breaks its keyword's rule. @throws MessageFieldError. */
function must(ok: boolean, key: string, rule: string): void {
  if (!ok) throw new MessageFieldError(key, rule)
}

/** Per keyword type (other than time and date), the cleaned text value made valid, or refused. */
const TEXT_RULES: Record<Exclude<FieldType, 'time' | 'date'>, (v: string, key: string) => string> = {
  thing: (v) => shorten(v || '无', 20),
  phrase: (v, key) => {
    must((STATUS_PHRASES as readonly string[]).includes(v), key, `phrase must be one of the fixed status words, got "${v}"`)
    return v
  },
  character_string: (v, key) => {
    must(
      !!v && !CHINESE.test(v) && v.length <= 32 && /^[\x21-\x7e]+$/.test(v),
      key,
      `character_string must be 1–32 letters, digits or symbols`,
    )
    return v
  },
  number: (v, key) => {
    must(/^\d+(\.\d+)?$/.test(v) && v.replace('.', '').length <= 32, key, 'number must be ≤ 32 digits')
    return v
  },
  letter: (v, key) => {
    must(/^[A-Za-z]{1,32}$/.test(v), key, 'letter must be 1–32 letters')
    return v
  },
  symbol: (v, key) => {
    must(/^[^\p{L}\p{N}\s]{1,5}$/u.test(v), key, 'symbol must be 1–5 symbols')
    return v
  },
  amount: (v, key) => {
    must(/^[¥$€£]?\d{1,10}(\.\d{1,2})?元?$/.test(v), key, 'amount format')
    return v
  },
  phone_number: (v, key) => {
    const phone = v.replace(/\s/g, '')
    must(/^[\d+\-()*]{1,17}$/.test(phone), key, 'phone_number must be ≤ 17 digits and symbols')
    return phone
  },
  car_number: (v, key) => {
    must(
      !!v && /^[\u4e00-\u9fa5A-Z0-9]?[A-Z0-9]{0,6}[\u4e00-\u9fa5A-Z0-9]?$/.test(v) && Array.from(v).length <= 8,
      key,
      'car_number format',
    )
    return v
  },
  name: (v) => (v ? shorten(v, CHINESE.test(v) ? 10 : 20) : '无'),
}

/** A time or date keyword: an instant formatted in Asia/Shanghai, or text as given (not empty). */
function formatMoment(key: string, type: 'time' | 'date', value: FieldInput): string {
  if (typeof value === 'number') return formatInstant(value, type === 'time' ? 'YYYY年M月D日 HH:mm' : 'YYYY年M月D日')
  const s = clean(String(value))
  must(!!s, key, 'empty')
  return s
}

/**
 * Makes `value` valid for the keyword `key`, or throws.
 * @returns the string to send. @throws MessageFieldError when it cannot be made valid.
 */
export function formatField(key: string, value: FieldInput): string {
  const type = fieldType(key)
  if (type === 'time' || type === 'date') return formatMoment(key, type, value)
  return TEXT_RULES[type](clean(String(value ?? '')), key)
}

/** Formats every field of a message; @throws MessageFieldError naming the first bad key. */
export function formatFields(values: Record<string, FieldInput>): Record<string, { value: string }> {
  const out: Record<string, { value: string }> = {}
  for (const [key, value] of Object.entries(values)) out[key] = { value: formatField(key, value) }
  return out
}
