/**
 * Conversions between the three shapes a document takes:
 * - EJSON text, as wx-server-sdk sends and expects it (canonical on the way in);
 * - JS values (Date, RegExp, plain numbers), which mingo works on;
 * - the stored JSON text in SQLite, where a Date is `{"$date":"<ISO>"}` so SQL can
 *   compare dates as text and read plain fields with json_extract. That stored text
 *   is also valid relaxed EJSON, so it can be handed back to the SDK as is.
 */
import { randomBytes } from 'node:crypto'
import { getEjson } from './sdk'

/** A stored document: a plain object with an `_id`. */
export type Doc = Record<string, unknown> & { _id?: unknown }

const toString = Object.prototype.toString

/** True for a Date, whatever realm it was made in (jest runs tests in a vm context). */
export function isDate(v: unknown): v is Date {
  return toString.call(v) === '[object Date]'
}

/** True for a RegExp from any realm. */
export function isRegExp(v: unknown): v is RegExp {
  return toString.call(v) === '[object RegExp]'
}

/** True for a plain object (not an array, Date, RegExp or BSON value). */
export function isPlainObject(v: unknown): v is Record<string, unknown> {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) return false
  const proto = Object.getPrototypeOf(v)
  return proto === null || proto === Object.prototype || proto.constructor?.name === 'Object'
}

/** A new server-side id: 32 lowercase hex characters, like the cloud's. */
export function newId(): string {
  // randomBytes per id is slow for bulk inserts: draw from a pool.
  if (idPoolAt + 16 > idPool.length) {
    idPool = randomBytes(16 * 1024)
    idPoolAt = 0
  }
  idPoolAt += 16
  return idPool.toString('hex', idPoolAt - 16, idPoolAt)
}
let idPool = Buffer.alloc(0)
let idPoolAt = 0

/** MongoDB regex options → JS flags (x has no JS equivalent and is dropped). */
function jsFlags(options: string): string {
  return [...new Set(options.split(''))].filter((f) => 'imsu'.includes(f)).join('')
}

/**
 * Turns what bson's EJSON.parse produced into plain JS values, in place:
 * BSONRegExp → RegExp, Long/Int32/Double/Decimal128 → number, ObjectId → hex string,
 * and the SDK's `{ $tcb_server_date: { offset } }` (db.serverDate()) → a Date at
 * `now + offset` ms. `now` is epoch ms, normally Date.now() of the request.
 */
export function normalize(v: unknown, now: number): unknown {
  if (v === null || typeof v !== 'object' || isDate(v) || isRegExp(v)) return v
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) v[i] = normalize(v[i], now)
    return v
  }
  const o = v as Record<string, unknown> & { _bsontype?: string }
  switch (o._bsontype) {
    case undefined:
      break
    case 'BSONRegExp':
      return new RegExp(String(o.pattern), jsFlags(String(o.options ?? '')))
    case 'ObjectId':
    case 'ObjectID':
      return (o as unknown as { toHexString(): string }).toHexString()
    case 'Long':
      return (o as unknown as { toNumber(): number }).toNumber()
    case 'Decimal128':
      return Number(String(o))
    default:
      return (o as unknown as { valueOf(): unknown }).valueOf()
  }
  const keys = Object.keys(o)
  if (keys.length === 1 && keys[0] === '$tcb_server_date') {
    const offset = Number((o.$tcb_server_date as { offset?: unknown } | null)?.offset ?? 0) || 0
    return new Date(now + offset)
  }
  for (const k of keys) o[k] = normalize(o[k], now)
  return o
}

/** Parses an EJSON string from the SDK into normalized JS values (see `normalize`). */
export function parseEjson(text: string, now: number): unknown {
  return normalize(getEjson().parse(text, { relaxed: true }), now)
}

/** Serializes a JS document to EJSON for the SDK (relaxed: plain numbers, `$date`). */
export function toEjson(doc: unknown): string {
  return getEjson().stringify(doc, { relaxed: true })
}

function storedReplacer(this: Record<string, unknown>, key: string, value: unknown): unknown {
  const raw = this[key]
  if (isDate(raw)) return { $date: raw.toISOString() }
  if (isRegExp(raw)) return { $regularExpression: { pattern: raw.source, options: raw.flags } }
  return value
}

/** The stored JSON text of a document (Dates as `{"$date":"<ISO>"}`). Throws on an invalid Date. */
export function toStored(doc: Doc): string {
  return JSON.stringify(doc, storedReplacer)
}

function revive(v: object): unknown {
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) if (typeof v[i] === 'object' && v[i] !== null) v[i] = revive(v[i])
    return v
  }
  const o = v as Record<string, unknown>
  let n = 0
  let first = ''
  // for..in and recursing only into objects: this runs for every document read that holds a date.
  for (const k in o) {
    if (n++ === 0) first = k
    const x = o[k]
    if (typeof x === 'object' && x !== null) o[k] = revive(x)
  }
  if (n === 1) {
    if (first === '$date' && typeof o.$date === 'string') return new Date(o.$date)
    if (first === '$regularExpression') {
      const r = o.$regularExpression as { pattern: string; options: string }
      return new RegExp(r.pattern, r.options)
    }
  }
  return o
}

/** Parses stored JSON text back into a JS document (reviving Dates and RegExps). */
export function fromStored(text: string): Doc {
  const doc = JSON.parse(text) as Doc
  // Most documents have neither; skip the walk for them.
  if (text.includes('"$date"') || text.includes('"$regularExpression"')) revive(doc)
  return doc
}
