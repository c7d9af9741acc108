/**
 * The database "server" behind @cloudbase/database's `Db.reqClass`: executes the
 * actions the SDK sends (`send(action, params, opts)`) on a DocumentStore and answers
 * in the cloud's response shapes, mirroring the cloud's limits (get: 100 by default,
 * 1000 at most; aggregate: 20 without $limit), server dates and transactions.
 */
import { Doc, isPlainObject, newId, parseEjson, toEjson } from './codec'
import { DbError } from './errors'
import type { DocumentStore } from './store'
import { GateOptions, TransactionGate } from './transactions'

/** Params as the SDK sends them (all optional; see the handlers for which action uses what). */
export interface RequestParams {
  collectionName?: string
  transactionId?: string
  queryType?: 'DOC' | 'WHERE'
  query?: string
  data?: string | string[]
  order?: string
  offset?: number
  limit?: number
  projection?: string
  multi?: boolean
  merge?: boolean
  upsert?: boolean
  stages?: { stageKey: string; stageValue: string }[]
  _id?: string
}

/** Cloud-mirroring limits: `get` default/max per call, aggregate default without $limit. */
export const LIMITS = { getDefault: 100, getMax: 1000, aggregateDefault: 20 }

type Handler = (store: DocumentStore, p: RequestParams, now: number) => Record<string, unknown>

let requestCounter = 0

/** Executes SDK database actions on one store. Errors are thrown as DbError (code, message, requestId), like the real requester. */
export class LocalDatabase {
  readonly gate: TransactionGate

  constructor(
    readonly store: DocumentStore,
    options: GateOptions = {},
  ) {
    this.gate = new TransactionGate(store, options)
  }

  /** The `send` of the SDK's requester: action name (e.g. 'database.getDocument'), params, request options (ignored). */
  async send(action: string, params?: RequestParams, _opts?: unknown): Promise<Record<string, unknown>> {
    const requestId = `local-${Date.now().toString(36)}-${(++requestCounter).toString(36)}`
    const p = params ?? {}
    try {
      switch (action) {
        case 'database.startTransaction':
          return { requestId, transactionId: await this.gate.start() }
        case 'database.commitTransaction':
          this.gate.commit(String(p.transactionId))
          return { requestId }
        case 'database.abortTransaction':
          this.gate.abort(String(p.transactionId))
          return { requestId }
      }
      const handler = HANDLERS[action]
      if (!handler) throw new DbError('INVALID_PARAM', `action ${action} is not supported by the emulator`)
      const exec = () => handler(this.store, p, Date.now())
      const data = p.transactionId ? this.gate.runIn(p.transactionId, exec) : await this.gate.run(exec)
      return { requestId, ...data }
    } catch (e) {
      const err = e instanceof DbError ? e : new DbError('DATABASE_REQUEST_FAILED', (e as Error)?.message ?? String(e))
      err.requestId = requestId
      throw err
    }
  }

  /** Rolls back an open transaction and fails waiting requests (before swapping stores). */
  dispose(): void {
    this.gate.dispose()
  }
}

function collection(p: RequestParams): string {
  if (!p.collectionName) throw new DbError('INVALID_PARAM', 'collectionName is required')
  return p.collectionName
}

function parseObject(text: string | undefined, now: number, what: string): Doc {
  if (text === undefined || text === '') return {}
  const v = parseEjson(text, now)
  if (!isPlainObject(v)) throw new DbError('INVALID_PARAM', `${what} must be an object`)
  return v as Doc
}

function count(value: unknown, fallback: number, what: string): number {
  if (value === undefined || value === null) return fallback
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
    throw new DbError('INVALID_PARAM', `${what} must be a non-negative integer`)
  }
  return value
}

/**
 * The update document the SDK means: operators as sent, plain fields as $set, and
 * `_.addToSet({ each: [...] })`, which the SDK sends as `{ each }`, as `$each`.
 */
function sdkUpdate(data: Doc): Doc {
  const out: Doc = {}
  const plain: Doc = {}
  for (const [k, v] of Object.entries(data)) (k.startsWith('$') ? out : plain)[k] = v
  if (Object.keys(plain).length) out.$set = { ...(isPlainObject(out.$set) ? out.$set : {}), ...plain }
  const add = out.$addToSet
  if (isPlainObject(add)) {
    for (const [field, v] of Object.entries(add)) {
      if (isPlainObject(v) && Object.keys(v).length === 1 && Array.isArray(v.each)) add[field] = { $each: v.each }
    }
  }
  return out
}

const getDocument: Handler = (store, p, now) => {
  const isDoc = p.queryType === 'DOC'
  const limit = isDoc ? 1 : Math.min(count(p.limit, LIMITS.getDefault, 'limit') || LIMITS.getDefault, LIMITS.getMax)
  const offset = isDoc ? 0 : count(p.offset, 0, 'offset')
  const list = store.findJson(collection(p), parseObject(p.query, now, 'query'), {
    sort: p.order ? (parseObject(p.order, now, 'order') as Record<string, number>) : undefined,
    skip: offset,
    limit,
    projection: p.projection ? parseObject(p.projection, now, 'projection') : undefined,
  })
  return { data: { list, limit, offset } }
}

const calculateDocument: Handler = (store, p, now) => ({
  data: { total: store.count(collection(p), parseObject(p.query, now, 'query')) },
})

const insertDocument: Handler = (store, p, now) => {
  const raw = Array.isArray(p.data) ? p.data : p.data !== undefined ? [p.data] : []
  if (!raw.length) throw new DbError('INVALID_PARAM', 'data is required')
  const docs = raw.map((text) => parseObject(text, now, 'data'))
  return { data: { insertedIds: store.insert(collection(p), docs) } }
}

const modifyDocument: Handler = (store, p, now) => {
  const data = parseObject(typeof p.data === 'string' ? p.data : undefined, now, 'data')
  const replace = p.merge === false
  const r = store.update(collection(p), parseObject(p.query, now, 'query'), replace ? data : sdkUpdate(data), {
    multi: p.multi ?? p.queryType === 'WHERE',
    upsert: Boolean(p.upsert),
    replace,
  })
  return { data: { updated: r.modified, upsert_id: r.upsertedId ?? null } }
}

const modifyAndReturnDoc: Handler = (store, p, now) => {
  const data = parseObject(typeof p.data === 'string' ? p.data : undefined, now, 'data')
  const r = store.update(collection(p), parseObject(p.query, now, 'query'), sdkUpdate(data), { multi: false })
  return { data: { updated: r.modified, doc: r.doc ? toEjson(r.doc) : null } }
}

const removeDocument: Handler = (store, p, now) => ({
  data: { deleted: store.remove(collection(p), parseObject(p.query, now, 'query'), { multi: p.multi ?? p.queryType === 'WHERE' }) },
})

const aggregateDocuments: Handler = (store, p, now) => {
  if (!Array.isArray(p.stages)) throw new DbError('INVALID_PARAM', 'stages must be an array')
  const pipeline: Doc[] = p.stages.map(({ stageKey, stageValue }) => ({ [stageKey]: parseEjson(stageValue, now) }))
  // The cloud returns 20 documents when the pipeline has no $limit.
  if (!pipeline.some((s) => '$limit' in s)) pipeline.push({ $limit: LIMITS.aggregateDefault })
  return { data: { list: store.aggregate(collection(p), pipeline).map(toEjson) } }
}

const addCollection: Handler = (store, p) => {
  store.createCollection(collection(p))
  return {}
}

// The legacy transaction API (transaction.js): single documents by _id, results as EJSON text.
const getInTransaction: Handler = (store, p) => {
  const [doc] = store.find(collection(p), { _id: p._id }, { limit: 1 })
  return { data: doc ? toEjson(doc) : 'null' }
}

const updateDocInTransaction: Handler = (store, p, now) => {
  const data = parseObject(typeof p.data === 'string' ? p.data : undefined, now, 'data')
  const replace = Boolean(p.upsert) && !Object.keys(data).some((k) => k.startsWith('$'))
  const r = store.update(collection(p), { _id: p._id ?? newId() }, replace ? data : sdkUpdate(data), { upsert: Boolean(p.upsert), replace })
  return { updated: JSON.stringify(r.modified), upserted: r.upsertedId ? JSON.stringify([{ _id: r.upsertedId }]) : null }
}

const deleteDocInTransaction: Handler = (store, p) => ({
  deleted: JSON.stringify(store.remove(collection(p), { _id: p._id })),
})

const HANDLERS: Record<string, Handler> = {
  'database.getDocument': getDocument,
  'database.calculateDocument': calculateDocument,
  'database.countDocument': calculateDocument,
  'database.insertDocument': insertDocument,
  'database.modifyDocument': modifyDocument,
  'database.modifyAndReturnDoc': modifyAndReturnDoc,
  'database.removeDocument': removeDocument,
  'database.aggregateDocuments': aggregateDocuments,
  'database.aggregateDocument': aggregateDocuments,
  'database.addCollection': addCollection,
  'database.getInTransaction': getInTransaction,
  'database.updateDocInTransaction': updateDocInTransaction,
  'database.deleteDocInTransaction': deleteDocInTransaction,
}
