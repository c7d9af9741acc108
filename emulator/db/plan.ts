/**
 * Query planning: which part of a MongoDB filter (and sort) SQLite can evaluate on
 * the stored JSON, so that an indexed query reads only matching rows.
 *
 * Rule: the SQL pre-filter must select a SUPERSET of what MongoDB semantics match;
 * mingo re-checks every row. It is "exact" (selects exactly the matches) only when
 * proven from the set of JSON types the path holds across the collection (see
 * `JType`), which the store tracks. Type sets matter because MongoDB matching differs
 * from SQL comparison on arrays (`{tags: 'x'}` matches `tags: ['x']`), and because
 * json_extract reads booleans as 0/1 and dates/objects as JSON text.
 */
import { isDate, isPlainObject, isRegExp } from './codec'

/** The kind of value found at a path; 'array' also covers an array at any prefix of it. */
export type JType = 'null' | 'number' | 'string' | 'bool' | 'date' | 'xdate' | 'object' | 'array'

/** Values SQLite accepts as bound parameters here. */
export type SqlValue = string | number | null

/** Dotted paths of plain identifiers only: safe to inline in SQL and to index. */
const SIMPLE_PATH = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$/

/** True if `path` can be read with json_extract (no array indexes, no odd characters). */
export function isSimplePath(path: string): boolean {
  return SIMPLE_PATH.test(path)
}

/** The SQL expression for a field: the `_id` column, or json_extract on the doc (must match index DDL). */
export function fieldExpr(path: string): string {
  return path === '_id' ? '_id' : `json_extract(doc,'$.${path}')`
}

/** JType of a single JS value (Dates with 5+ digit or negative years are 'xdate': they don't sort as text). */
export function typeOfValue(v: unknown): JType {
  if (v === null || v === undefined) return 'null'
  if (Array.isArray(v)) return 'array'
  switch (typeof v) {
    case 'number':
      return 'number'
    case 'string':
      return 'string'
    case 'boolean':
      return 'bool'
  }
  if (isDate(v)) {
    const y = v.getUTCFullYear()
    return y >= 0 && y <= 9999 ? 'date' : 'xdate'
  }
  return 'object'
}

/** JType at a dotted path of a JS document ('array' if an array sits anywhere on the way). */
export function typeAtPath(doc: unknown, path: string): JType {
  let cur: unknown = doc
  for (const seg of path.split('.')) {
    if (Array.isArray(cur)) return 'array'
    if (cur === null || typeof cur !== 'object' || isDate(cur) || isRegExp(cur)) return 'null'
    cur = (cur as Record<string, unknown>)[seg]
  }
  return typeOfValue(cur)
}

/**
 * SQL columns that reveal the JType at `path` in a scan: json_type of every prefix,
 * plus the first character of a `$date` (to spot 'xdate'). Use with `classifyTypeRow`.
 */
export function typeScanColumns(path: string): string[] {
  const segs = path.split('.')
  const cols = segs.map((_, i) => `json_type(doc,'$.${segs.slice(0, i + 1).join('.')}')`)
  cols.push(`substr(json_extract(doc,'$.${path}."$date"'),1,1)`)
  return cols
}

/** Classifies the values of `typeScanColumns(path)` for one row. */
export function classifyTypeRow(values: unknown[]): JType {
  const last = values.length - 2
  for (let i = 0; i < last; i++) if (values[i] === 'array') return 'array'
  switch (values[last]) {
    case 'integer':
    case 'real':
      return 'number'
    case 'text':
      return 'string'
    case 'true':
    case 'false':
      return 'bool'
    case 'array':
      return 'array'
    case 'object': {
      const first = values[last + 1]
      if (typeof first !== 'string') return 'object'
      return first === '+' || first === '-' ? 'xdate' : 'date'
    }
    default:
      return 'null'
  }
}

/**
 * The SQL part of a plan: `clauses` joined with AND. SQL alone decides the match when
 * `exact` holds and, if `needsStringIds`, every `_id` is a string (see `isExact`).
 */
export interface SqlPlan {
  clauses: string[]
  params: SqlValue[]
  exact: boolean
  needsStringIds: boolean
}

/** True if the plan's SQL selects exactly the filter's matches (asks for the `_id` type set only if needed). */
export function isExact(plan: SqlPlan, typesOf: TypesOf): boolean {
  return plan.exact && (!plan.needsStringIds || [...typesOf('_id')].every((k) => k === 'string'))
}

/** The simple field paths a filter's plan and a sort will ask `typesOf` about (not `_id`), to scan them in one pass. */
export function pathsOf(filter: Record<string, unknown>, sort?: Record<string, unknown>): string[] {
  const out = new Set<string>(Object.keys(sort ?? {}).filter(isSimplePath))
  const visit = (f: Record<string, unknown>) => {
    for (const [k, v] of Object.entries(f)) {
      if ((k === '$and' || k === '$or') && Array.isArray(v)) v.forEach((sub) => isPlainObject(sub) && visit(sub))
      else if (k !== '_id' && isSimplePath(k)) out.add(k)
    }
  }
  visit(filter)
  return [...out]
}

type TypesOf = (path: string) => ReadonlySet<JType>

const DATE_LO = '{"$date":"'
const DATE_HI = '{"$date":"~'

/** A scalar query value as a bound parameter and its kind, or null if SQL can't compare it. */
function scalar(v: unknown): { param: SqlValue; kind: 'string' | 'number' | 'bool' | 'date' } | null {
  if (typeof v === 'string') return { param: v, kind: 'string' }
  if (typeof v === 'number') return Number.isFinite(v) ? { param: v, kind: 'number' } : null
  if (typeof v === 'boolean') return { param: v ? 1 : 0, kind: 'bool' }
  if (isDate(v) && typeOfValue(v) === 'date') return { param: `${DATE_LO}${v.toISOString()}"}`, kind: 'date' }
  return null
}

/** Is SQL equality on this kind exact, given the types the path holds? */
function eqExact(kind: string, t: ReadonlySet<JType>): boolean {
  switch (kind) {
    case 'string': // json_extract returns objects and dates as JSON text
      return !t.has('object') && !t.has('date') && !t.has('xdate')
    case 'number': // json_extract returns booleans as 0/1
      return !t.has('bool')
    case 'bool':
      return !t.has('number')
    default:
      return !t.has('string')
  }
}

/** JS compares strings by UTF-16 units, SQLite by UTF-8 bytes: they agree below U+D800. */
const NON_BMP_SAFE = /[\uD800-\uFFFF]/

/**
 * Translates the top-level conditions of a filter (and those inside a top-level
 * `$and`, and `$or` when every branch translates) on simple paths: equality on
 * strings/numbers/booleans/Dates/null, `$eq`, `$in`, and `$gt/$gte/$lt/$lte` on
 * numbers, strings or Dates. Everything else is left to mingo (and makes the plan
 * inexact). `typesOf` gives a path's type set.
 */
export function planFilter(filter: Record<string, unknown>, typesOf: TypesOf): SqlPlan {
  const plan: SqlPlan = { clauses: [], params: [], exact: true, needsStringIds: false }
  visit(filter, plan, typesOf)
  return plan
}

function visit(filter: Record<string, unknown>, plan: SqlPlan, typesOf: TypesOf): void {
  for (const [key, cond] of Object.entries(filter)) {
    if (key === '$and' && Array.isArray(cond)) {
      for (const sub of cond) {
        if (isPlainObject(sub)) visit(sub, plan, typesOf)
        else plan.exact = false
      }
    } else if (key === '$or' && Array.isArray(cond) && cond.length > 0) {
      or(cond, plan, typesOf)
    } else if (key.startsWith('$') || !isSimplePath(key)) {
      plan.exact = false
    } else {
      field(key, cond, plan, typesOf)
    }
  }
}

/** `$or`: the OR of the branches' plans, if every branch constrains something (else no clause at all). */
function or(branches: unknown[], plan: SqlPlan, typesOf: TypesOf): void {
  const plans = branches.map((b) => (isPlainObject(b) ? planFilter(b, typesOf) : null))
  if (!plans.every((p): p is SqlPlan => p !== null && p.clauses.length > 0)) {
    plan.exact = false
    return
  }
  plan.clauses.push(`(${plans.map((p) => `(${p.clauses.join(' AND ')})`).join(' OR ')})`)
  for (const p of plans) plan.params.push(...p.params)
  if (!plans.every((p) => p.exact)) plan.exact = false
  if (plans.some((p) => p.needsStringIds)) plan.needsStringIds = true
}

function field(path: string, cond: unknown, plan: SqlPlan, typesOf: TypesOf): void {
  const isId = path === '_id'
  // _id is never an array (the store refuses it), so it needs no type check to be safe.
  const t = isId ? null : typesOf(path)
  if (t && t.has('array')) {
    plan.exact = false
    return
  }
  const types = t ?? new Set<JType>(['string'])
  const expr = fieldExpr(path)
  const ops = isPlainObject(cond) ? Object.keys(cond) : []
  if (ops.length > 0 && ops.every((k) => k.startsWith('$'))) {
    for (const op of ops) {
      const v = (cond as Record<string, unknown>)[op]
      if (op === '$eq') eq(expr, isId, v, plan, types)
      else if (op === '$in') inList(expr, isId, v, plan, types)
      else if (op === '$gt' || op === '$gte' || op === '$lt' || op === '$lte') range(expr, isId, op, v, plan, types)
      else plan.exact = false
    }
  } else {
    eq(expr, isId, cond, plan, types)
  }
}

// For `_id`, exactness also needs every stored _id to be a string (a number 5 is stored as '5'):
// recorded in `needsStringIds` and checked only when exactness matters (see isExact).
function eq(expr: string, isId: boolean, v: unknown, plan: SqlPlan, types: ReadonlySet<JType>): void {
  if (v === null && !isId) {
    plan.clauses.push(`${expr} IS NULL`) // JSON null and missing both read as SQL NULL
    return
  }
  const s = scalar(v)
  if (!s || (isId && s.kind !== 'string' && s.kind !== 'number')) {
    plan.exact = false
    return
  }
  plan.clauses.push(`${expr} = ?`)
  plan.params.push(isId ? String(s.param) : s.param)
  if (isId ? s.kind !== 'string' : !eqExact(s.kind, types)) plan.exact = false
  if (isId) plan.needsStringIds = true
}

function inList(expr: string, isId: boolean, v: unknown, plan: SqlPlan, types: ReadonlySet<JType>): void {
  if (!Array.isArray(v)) {
    plan.exact = false
    return
  }
  const params: SqlValue[] = []
  let withNull = false
  let exact = true
  for (const item of v) {
    if (item === null && !isId) {
      withNull = true
      continue
    }
    const s = scalar(item)
    if (!s || (isId && s.kind !== 'string')) {
      plan.exact = false
      return // one value SQL can't compare: leave the whole $in to mingo
    }
    params.push(s.param)
    if (!isId && !eqExact(s.kind, types)) exact = false
  }
  const parts: string[] = []
  if (params.length) parts.push(`${expr} IN (${params.map(() => '?').join(',')})`)
  if (withNull) parts.push(`${expr} IS NULL`)
  plan.clauses.push(parts.length ? `(${parts.join(' OR ')})` : '0')
  plan.params.push(...params)
  if (!exact) plan.exact = false
  if (isId) plan.needsStringIds = true
}

const SQL_OP: Record<string, string> = { $gt: '>', $gte: '>=', $lt: '<', $lte: '<=' }

function range(expr: string, isId: boolean, op: string, v: unknown, plan: SqlPlan, t: ReadonlySet<JType>): void {
  const s = scalar(v)
  const upward = op === '$gt' || op === '$gte'
  const sqlOp = SQL_OP[op]
  if (!s || (isId && s.kind !== 'string') || (s.kind === 'string' && NON_BMP_SAFE.test(v as string)) || s.kind === 'bool') {
    plan.exact = false
    return
  }
  if (isId) {
    plan.clauses.push(`${expr} ${sqlOp} ?`)
    plan.params.push(s.param)
    plan.needsStringIds = true
    return
  }
  // MongoDB compares only within a type: bound the other side so SQL stays within it too.
  if (s.kind === 'number') {
    plan.clauses.push(upward ? `${expr} ${sqlOp} ? AND ${expr} < ''` : `${expr} ${sqlOp} ?`)
    plan.params.push(s.param)
    if (t.has('bool')) plan.exact = false
  } else if (s.kind === 'string') {
    plan.clauses.push(upward ? `${expr} ${sqlOp} ?` : `${expr} ${sqlOp} ? AND ${expr} >= ''`)
    plan.params.push(s.param)
    if (t.has('object') || t.has('date') || t.has('xdate')) plan.exact = false
  } else {
    if (t.has('xdate')) {
      plan.exact = false // '+010000-…' sorts before '2024-…' as text: not safe
      return
    }
    plan.clauses.push(`${expr} ${sqlOp} ? AND ${expr} ${upward ? '<' : '>='} ?`)
    plan.params.push(s.param, upward ? DATE_HI : DATE_LO)
    if (t.has('string')) plan.exact = false
  }
}

/**
 * The SQL ORDER BY body equivalent to a MongoDB sort, or null when SQL order could
 * differ from MongoDB's (arrays, embedded objects, or mixed types that SQLite would
 * interleave, e.g. booleans with numbers, strings with dates). '' for no sort.
 */
export function planSort(sort: Record<string, unknown> | undefined, typesOf: TypesOf): string | null {
  const parts: string[] = []
  for (const [path, dir] of Object.entries(sort ?? {})) {
    if (!isSimplePath(path)) return null
    const t = typesOf(path)
    if (t.has('array') || t.has('object') || t.has('xdate')) return null
    if (t.has('bool') && (t.has('number') || t.has('string') || t.has('date'))) return null
    if (t.has('date') && t.has('string')) return null
    parts.push(`${fieldExpr(path)} ${Number(dir) < 0 ? 'DESC' : 'ASC'}`)
  }
  return parts.join(', ')
}

/**
 * Splits an aggregation pipeline into what SQL can serve first — a leading `$match`
 * (`filter`), a `$sort` right after it, and how many documents the following
 * `$skip`/`$limit` stages can consume at most (`limit`) — and the stages mingo runs
 * (`rest`, which still includes that $sort, $skip and $limit).
 */
export function planPipeline(pipeline: Record<string, unknown>[]): {
  filter: Record<string, unknown>
  sort?: Record<string, number>
  limit: number
  rest: Record<string, unknown>[]
} {
  const first = pipeline[0]
  if (!first || !isPlainObject(first.$match)) return { filter: {}, limit: Infinity, rest: pipeline }
  const rest = pipeline.slice(1)
  let i = 0
  const sort = rest[0] && isPlainObject(rest[0].$sort) ? (rest[i++].$sort as Record<string, number>) : undefined
  let limit = Infinity
  for (let skipped = 0; i < rest.length; i++) {
    if (typeof rest[i].$skip === 'number') skipped += rest[i].$skip as number
    else {
      if (typeof rest[i].$limit === 'number') limit = skipped + (rest[i].$limit as number)
      break
    }
  }
  return { filter: first.$match, sort, limit, rest }
}
