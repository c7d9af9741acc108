/** Document-level operations done with mingo: updates, upsert seeds, projections. */
import { Aggregator, update as mingoUpdate } from 'mingo'
import { Doc, isPlainObject } from './codec'
import { DbError } from './errors'

/** mingo options: MongoDB `_id`, no server-side JavaScript ($where, $function). */
export const MINGO = { idKey: '_id', scriptEnabled: false }

/** The document without its `_id`. */
export function withoutId(doc: Doc): Doc {
  const { _id: _ignored, ...rest } = doc
  return rest
}

/** Applies MongoDB update operators to `doc` in place (mingo). Throws DbError on a bad update or an `_id` change. */
export function applyUpdate(doc: Doc, update: Doc): void {
  const id = doc._id
  try {
    mingoUpdate(doc, update as never, undefined, undefined, { queryOptions: MINGO })
  } catch (e) {
    throw new DbError('DATABASE_REQUEST_FAILED', (e as Error).message)
  }
  if (doc._id !== id) {
    throw new DbError('DATABASE_REQUEST_FAILED', "Performing an update on the path '_id' would modify the immutable field '_id'")
  }
}

/** The new document of an upsert: the filter's top-level equality conditions (`{a: 1}`, `{a: {$eq: 1}}`, inside `$and` too). */
export function seedFromFilter(filter: Doc): Doc {
  const seed: Doc = {}
  const take = (f: Doc) => {
    for (const [k, v] of Object.entries(f)) {
      if (k === '$and' && Array.isArray(v)) v.forEach((s) => isPlainObject(s) && take(s as Doc))
      else if (k.startsWith('$')) continue
      else if (isPlainObject(v) && Object.keys(v).some((o) => o.startsWith('$'))) {
        if ('$eq' in v) setPath(seed, k, v.$eq)
      } else setPath(seed, k, v)
    }
  }
  take(filter)
  return seed
}

function setPath(doc: Doc, path: string, value: unknown): void {
  const segs = path.split('.')
  let cur = doc as Record<string, unknown>
  for (const s of segs.slice(0, -1)) cur = (cur[s] = isPlainObject(cur[s]) ? cur[s] : {}) as Record<string, unknown>
  cur[segs[segs.length - 1]] = value
}

/** Applies a MongoDB projection (mingo), keeping `_id` first as MongoDB does. Throws on a mixed inclusion/exclusion. */
export function project(docs: Doc[], projection: Record<string, unknown>): Doc[] {
  const out = new Aggregator([{ $project: projection }], MINGO).run(docs) as Doc[]
  return out.map((d) => ('_id' in d ? { _id: d._id, ...withoutId(d) } : d))
}
