/**
 * Query shapes and index coverage. A recorded request (collection, EJSON filter, order) becomes a
 * shape: the filter in disjunctive normal form (each $or branch is its own index lookup), each
 * field as equality (also $in), range, or other, plus the sort. A branch is served when some
 * declared index's key prefix starts with its fields: equality fields first, then the sort fields
 * in index order (all in the index's direction or all reversed), then one range field — the rule
 * MongoDB-style engines, WeChat cloud's included, use to pick an index.
 */
export type Kind = 'eq' | 'range' | 'other'
export type Branch = Record<string, Kind>
export interface Shape {
  collection: string
  action: string
  branches: Branch[]
  sort: [string, 1 | -1][]
}
export interface Index {
  name: string
  keys: Record<string, number>
}
export interface Coverage {
  branch: Branch
  index?: string
  prefix: number
  full: boolean
}

const RANGE = new Set(['$gt', '$gte', '$lt', '$lte'])
const EQUAL = new Set(['$eq', '$in'])
/** EJSON scalars ({"$numberLong": "…"}, {"$date": …}) are values, not operators. */
const isScalar = (v: unknown) =>
  v === null ||
  typeof v !== 'object' ||
  Array.isArray(v) ||
  Object.keys(v as object).some((k) => /^\$(number|date|oid|binary|regularExpression|timestamp)/.test(k))

function kindOf(v: unknown): Kind {
  if (isScalar(v)) return 'eq'
  const ops = Object.keys(v as object)
  if (ops.length && ops.every((o) => EQUAL.has(o))) return 'eq'
  if (ops.length && ops.every((o) => RANGE.has(o))) return 'range'
  return 'other'
}

const RANK: Record<Kind, number> = { eq: 3, range: 2, other: 1 }
function merge(a: Branch, b: Branch): Branch {
  const out = { ...a }
  for (const [f, k] of Object.entries(b)) if (!out[f] || RANK[k] > RANK[out[f]]) out[f] = k
  return out
}
const cross = (a: Branch[], b: Branch[]) => a.flatMap((x) => b.map((y) => merge(x, y)))

/** The filter's branches in disjunctive normal form. */
export function branchesOf(filter: Record<string, unknown>): Branch[] {
  let out: Branch[] = [{}]
  for (const [k, v] of Object.entries(filter ?? {})) {
    if (k === '$and') for (const sub of v as Record<string, unknown>[]) out = cross(out, branchesOf(sub))
    else if (k === '$or') out = cross(out, (v as Record<string, unknown>[]).flatMap(branchesOf))
    else if (k.startsWith('$'))
      continue // $nor, $expr: filtered after the lookup
    else out = out.map((b) => merge(b, { [k]: kindOf(v) }))
  }
  return out
}

/** The shape of one recorded request, or null for writes by id and inserts. */
export function shapeOf(r: {
  action: string
  collection: string
  queryType?: string
  query?: string
  order?: string
  stages?: { stageKey: string; stageValue: string }[]
}): Shape | null {
  let filter: Record<string, unknown> | undefined
  let order: Record<string, unknown> | undefined
  if (r.stages) {
    const match = r.stages.find((s) => s.stageKey === '$match')
    const sort = r.stages.find((s) => s.stageKey === '$sort')
    // Only a leading $match (and a $sort right behind it) can use an index.
    if (r.stages[0] === match && match) filter = JSON.parse(match.stageValue)
    if (sort && r.stages.indexOf(sort) <= 1) order = JSON.parse(sort.stageValue)
    if (!filter && !order) filter = {}
  } else {
    if (r.queryType === 'DOC' || r.query === undefined) return null
    filter = JSON.parse(r.query)
    order = r.order ? JSON.parse(r.order) : undefined
  }
  const sort = Object.entries(order ?? {}).map(([f, d]) => [f, Number((d as any)?.$numberInt ?? d) < 0 ? -1 : 1] as [string, 1 | -1])
  return { collection: r.collection, action: r.action, branches: branchesOf(filter ?? {}), sort }
}

/** How far one index serves one branch with a sort (0: not at all). */
function prefixOf(keys: [string, number][], branch: Branch, sort: [string, 1 | -1][]): { prefix: number; full: boolean } {
  let i = 0
  while (i < keys.length && branch[keys[i][0]] === 'eq') i++
  const eqUsed = i
  const wanted = sort.filter(([f]) => branch[f] !== 'eq') // sorting on an equality field is free
  let j = 0
  let sign = 0
  while (i < keys.length && j < wanted.length && keys[i][0] === wanted[j][0]) {
    const s = Math.sign(keys[i][1]) * wanted[j][1]
    if (sign && s !== sign) break
    sign = s
    i++
    j++
  }
  if (i < keys.length && branch[keys[i][0]] === 'range' && j === 0) i++
  const eqCount = Object.values(branch).filter((k) => k === 'eq').length
  return { prefix: i, full: eqUsed === eqCount && j === wanted.length }
}

/** The best declared index for each branch of `shape`. */
export function coverage(shape: Shape, indexes: Index[]): Coverage[] {
  return shape.branches.map((branch) => {
    if (branch._id === 'eq') return { branch, index: '_id', prefix: 1, full: true }
    // No filter and no sort: a count or read of the whole collection, which no index would speed up.
    if (!Object.keys(branch).length && !shape.sort.length) return { branch, index: '(whole collection)', prefix: 1, full: true }
    let best: Coverage = { branch, prefix: 0, full: false }
    for (const ix of indexes) {
      const r = prefixOf(Object.entries(ix.keys), branch, shape.sort)
      if (r.prefix > 0 && ((r.full && !best.full) || (r.full === best.full && r.prefix > best.prefix)))
        best = { branch, index: ix.name, ...r }
    }
    return best
  })
}

/** One readable line: `complaints {status: eq} sort createdAt↑`. */
export function describeShape(collection: string, branch: Branch, sort: Shape['sort']): string {
  const fields = Object.entries(branch)
    .map(([f, k]) => `${f}: ${k}`)
    .join(', ')
  return `${collection} {${fields}}${sort.length ? ` sort ${sort.map(([f, d]) => `${f}${d > 0 ? '↑' : '↓'}`).join(' ')}` : ''}`
}
