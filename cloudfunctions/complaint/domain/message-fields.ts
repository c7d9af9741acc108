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

/**
 * Makes `value` valid for the keyword `key`, or throws.
 * @returns the string to send. @throws MessageFieldError when it cannot be made valid.
 */
export function formatField(key: string, value: FieldInput): string {
  const type = fieldType(key)
  if (type === 'time' || type === 'date') {
    if (typeof value !== 'number') {
      const s = clean(String(value))
      if (!s) throw new MessageFieldError(key, 'empty')
      return s
    }
    return formatInstant(value, type === 'time' ? 'YYYY年M月D日 HH:mm' : 'YYYY年M月D日')
  }
  let v = clean(String(value ?? ''))
  switch (type) {
    case 'thing':
      return shorten(v || '无', 20)
    case 'phrase':
      if (!(STATUS_PHRASES as readonly string[]).includes(v))
        throw new MessageFieldError(key, `phrase must be one of the fixed status words, got "${v}"`)
      return v
    case 'character_string':
      if (!v || CHINESE.test(v) || v.length > 32 || !/^[\x21-\x7e]+$/.test(v))
        throw new MessageFieldError(key, `character_string must be 1–32 letters, digits or symbols`)
      return v
    case 'number':
      if (!/^\d+(\.\d+)?$/.test(v) || v.replace('.', '').length > 32) throw new MessageFieldError(key, 'number must be ≤ 32 digits')
      return v
    case 'letter':
      if (!/^[A-Za-z]{1,32}$/.test(v)) throw new MessageFieldError(key, 'letter must be 1–32 letters')
      return v
    case 'symbol':
      if (!/^[^\p{L}\p{N}\s]{1,5}$/u.test(v)) throw new MessageFieldError(key, 'symbol must be 1–5 symbols')
      return v
    case 'amount':
      if (!/^[¥$€£]?\d{1,10}(\.\d{1,2})?元?$/.test(v)) throw new MessageFieldError(key, 'amount format')
      return v
    case 'phone_number':
      v = v.replace(/\s/g, '')
      if (!/^[\d+\-()*]{1,17}$/.test(v)) throw new MessageFieldError(key, 'phone_number must be ≤ 17 digits and symbols')
      return v
    case 'car_number':
      if (!/^[\u4e00-\u9fa5A-Z0-9]?[A-Z0-9]{0,6}[\u4e00-\u9fa5A-Z0-9]?$/.test(v) || Array.from(v).length > 8 || !v)
        throw new MessageFieldError(key, 'car_number format')
      return v
    case 'name': {
      if (!v) return '无'
      const chinese = CHINESE.test(v)
      return shorten(v, chinese ? 10 : 20)
    }
  }
}

/** Formats every field of a message; @throws MessageFieldError naming the first bad key. */
export function formatFields(values: Record<string, FieldInput>): Record<string, { value: string }> {
  const out: Record<string, { value: string }> = {}
  for (const [key, value] of Object.entries(values)) out[key] = { value: formatField(key, value) }
  return out
}
