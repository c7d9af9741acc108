/**
 * DocumentStore: MongoDB-style collections on better-sqlite3, with mingo providing
 * the query, update and aggregation semantics. One table per collection
 * (`_id TEXT PRIMARY KEY, doc TEXT`), JSON documents, expression indexes on
 * json_extract for the indexed paths. Synchronous: better-sqlite3 is, and that makes
 * every single operation atomic with respect to the others.
 */
import Database from 'better-sqlite3'
import { Aggregator, Query } from 'mingo'
import { Doc, fromStored, newId, toEjson, toStored } from './codec'
import { MINGO, applyUpdate, project, seedFromFilter, withoutId } from './docops'
import { DbError, collectionNotExist } from './errors'
import { JType, isExact, pathsOf, planFilter, planPipeline, planSort, typeAtPath } from './plan'
import { Collection, CollectionSpec, createCatalog, createTables, q, scanTypes, tableOf } from './schema'

/** Where the data lives: a file path (WAL, synchronous=NORMAL) or ':memory:' (the default). */
export interface StoreOptions {
  path?: string
  collections?: CollectionSpec[]
}

/** Sort (`{ path: 1 | -1 }`, in key order), skip and limit (counts of documents), projection. */
export interface FindOptions {
  sort?: Record<string, number>
  skip?: number
  limit?: number
  projection?: Record<string, unknown>
}

/** multi: all matches (else the first); upsert: insert when none match; replace: `update` is a whole document. */
export interface UpdateOptions {
  multi?: boolean
  upsert?: boolean
  replace?: boolean
}

/** matched / modified (actually changed, like MongoDB nModified) counts; the new `_id` when upserted. */
export interface UpdateResult {
  matched: number
  modified: number
  upsertedId?: string
  /** The first updated document, after the update (for modifyAndReturnDoc). */
  doc?: Doc
}

/** Counters for the benchmark: store calls, rows fetched from SQLite, rows inserted/updated/deleted. */
export interface StoreStats {
  calls: number
  docsRead: number
  docsWritten: number
}

interface Row {
  id: string
  text: string
  doc: Doc
}

/** A MongoDB-like document database in one SQLite file. Methods throw DbError. */
export class DocumentStore {
  readonly db: Database.Database
  readonly stats: StoreStats = { calls: 0, docsRead: 0, docsWritten: 0 }
  private readonly collections = new Map<string, Collection>()
  private readonly statements = new Map<string, Database.Statement>()

  /** Opens (or creates) the database and creates the given collections and their indexes if missing. */
  constructor(options: StoreOptions = {}) {
    const file = options.path ?? ':memory:'
    this.db = new Database(file)
    if (file !== ':memory:') {
      this.db.pragma('journal_mode = WAL')
      this.db.pragma('synchronous = NORMAL')
      // The default 2 MB page cache thrashes on index updates once a collection has ~50k documents.
      this.db.pragma('cache_size = -65536')
      this.db.pragma('mmap_size = 268435456')
    }
    for (const spec of createCatalog(this.db)) this.register(spec)
    for (const spec of options.collections ?? []) this.ensureCollection(spec)
  }

  /** Resets the counters to zero. */
  resetStats(): void {
    this.stats.calls = this.stats.docsRead = this.stats.docsWritten = 0
  }

  /** Names of the existing collections. */
  collectionNames(): string[] {
    return [...this.collections.keys()]
  }

  /** True if the collection exists. */
  hasCollection(name: string): boolean {
    return this.collections.has(name)
  }

  /** Creates a collection; throws DATABASE_COLLECTION_ALREADY_EXIST if it exists, INVALID_PARAM for a bad name. */
  createCollection(spec: CollectionSpec | string): void {
    const s = typeof spec === 'string' ? { name: spec, indexes: [] } : spec
    if (this.collections.has(s.name)) {
      throw new DbError('DATABASE_COLLECTION_ALREADY_EXIST', `Table exist: ${s.name}`)
    }
    this.ensureCollection(s)
  }

  /** Creates the collection and any of its indexes that are missing (idempotent; known indexes are kept). */
  ensureCollection(spec: CollectionSpec): void {
    const known = this.collections.get(spec.name)?.spec.indexes ?? []
    const indexes = [...known.filter((i) => !(spec.indexes ?? []).some((j) => j.name === i.name)), ...(spec.indexes ?? [])]
    const merged: CollectionSpec = { name: spec.name, indexes }
    createTables(this.db, merged)
    this.register(merged)
  }

  /** A prepared statement, cached (a fresh one if the cached one is still being iterated). */
  private stmt(sql: string): Database.Statement {
    const cached = this.statements.get(sql)
    if (cached && !cached.busy) return cached
    const fresh = this.db.prepare(sql)
    if (!cached && this.statements.size < 500) this.statements.set(sql, fresh)
    return fresh
  }

  private register(spec: CollectionSpec): void {
    const old = this.collections.get(spec.name)
    this.collections.set(spec.name, { name: spec.name, table: tableOf(spec.name), spec, types: old?.types ?? new Map() })
  }

  private coll(name: string): Collection {
    const c = this.collections.get(name)
    if (!c) throw collectionNotExist(name)
    return c
  }

  /** Inserts documents (all or none); keeps a given `_id` (string or number), else generates 32 hex chars. Returns the ids. */
  insert(collection: string, docs: Doc[]): string[] {
    this.stats.calls++
    const c = this.coll(collection)
    return this.db.transaction(() => docs.map((doc) => this.insertOne(c, doc)))()
  }

  private insertOne(c: Collection, doc: Doc): string {
    if (doc._id === undefined || doc._id === null) doc = { _id: newId(), ...withoutId(doc) }
    if (typeof doc._id !== 'string' && typeof doc._id !== 'number') {
      throw new DbError('INVALID_PARAM', '_id must be a string or a number')
    }
    const id = String(doc._id)
    this.write(c, () => this.stmt(`INSERT INTO ${q(c.table)} (_id, doc) VALUES (?, ?)`).run(id, toStored(doc)))
    this.noteTypes(c, doc)
    return id
  }

  /** Runs one SQL write, turning constraint violations into MongoDB-like duplicate-key errors. */
  private write(c: Collection, run: () => unknown): void {
    try {
      run()
      this.stats.docsWritten++
    } catch (e) {
      const msg = (e as Error).message ?? ''
      if ((e as { code?: string }).code?.startsWith('SQLITE_CONSTRAINT')) {
        const prefix = `ix_${c.name}_`
        const at = msg.indexOf(prefix)
        const ix = at >= 0 ? msg.slice(at + prefix.length).replace(/['"].*$/, '') : '_id_'
        throw new DbError('DATABASE_REQUEST_FAILED', `E11000 duplicate key error collection: ${c.name} index: ${ix} dup key`)
      }
      throw e
    }
  }

  /** Documents matching a MongoDB filter, sorted, skipped, limited and projected. */
  find(collection: string, filter: Doc = {}, options: FindOptions = {}): Doc[] {
    this.stats.calls++
    const rows = this.select(this.coll(collection), filter, options)
    return options.projection && Object.keys(options.projection).length
      ? project(
          rows.map((r) => r.doc),
          options.projection,
        )
      : rows.map((r) => r.doc)
  }

  /** Like `find`, as EJSON strings for the SDK (the stored text itself when there is no projection). */
  findJson(collection: string, filter: Doc = {}, options: FindOptions = {}): string[] {
    this.stats.calls++
    const rows = this.select(this.coll(collection), filter, options)
    if (!options.projection || !Object.keys(options.projection).length) return rows.map((r) => r.text)
    return project(
      rows.map((r) => r.doc),
      options.projection,
    ).map(toEjson)
  }

  /** Number of documents matching the filter (in SQL alone when the plan is exact). */
  count(collection: string, filter: Doc = {}): number {
    this.stats.calls++
    const c = this.coll(collection)
    this.loadTypes(c, pathsOf(filter))
    const typesOf = (p: string) => this.typesOf(c, p)
    const plan = planFilter(filter, typesOf)
    const where = plan.clauses.length ? ` WHERE ${plan.clauses.join(' AND ')}` : ''
    if (isExact(plan, typesOf)) {
      return (this.stmt(`SELECT COUNT(*) AS n FROM ${q(c.table)}${where}`).get(...plan.params) as { n: number }).n
    }
    const query = new Query(filter, MINGO)
    let n = 0
    for (const row of this.stmt(`SELECT doc FROM ${q(c.table)}${where}`).iterate(...plan.params) as Iterable<{ doc: string }>) {
      this.stats.docsRead++
      if (query.test(fromStored(row.doc))) n++
    }
    return n
  }

  /**
   * Applies MongoDB update operators (or, with `replace`, a whole new document that keeps
   * the `_id`) to the first or all matches, atomically. Upsert seeds the new document
   * from the filter's top-level equalities. Throws DbError on a duplicate key or a bad update.
   */
  update(collection: string, filter: Doc, update: Doc, options: UpdateOptions = {}): UpdateResult {
    this.stats.calls++
    const c = this.coll(collection)
    return this.db.transaction((): UpdateResult => {
      const rows = this.select(c, filter, { limit: options.multi ? Infinity : 1 })
      const result: UpdateResult = { matched: rows.length, modified: 0 }
      const stmt = this.stmt(`UPDATE ${q(c.table)} SET doc = ? WHERE _id = ?`)
      for (const row of rows) {
        const doc = options.replace ? { _id: row.doc._id, ...withoutId(update) } : row.doc
        if (!options.replace) applyUpdate(doc, update)
        const text = toStored(doc)
        if (text !== row.text) {
          this.write(c, () => stmt.run(text, row.id))
          this.noteTypes(c, doc)
          result.modified++
        }
        result.doc ??= doc
      }
      if (rows.length === 0 && options.upsert) {
        const seed = seedFromFilter(filter)
        const doc = options.replace ? { ...(seed._id !== undefined ? { _id: seed._id } : {}), ...withoutId(update) } : seed
        if (!options.replace) applyUpdate(doc, update)
        result.upsertedId = this.insertOne(c, doc)
        result.doc = doc
      }
      return result
    })()
  }

  /** Removes the first or all matching documents; returns how many. */
  remove(collection: string, filter: Doc, options: { multi?: boolean } = {}): number {
    this.stats.calls++
    const c = this.coll(collection)
    return this.db.transaction(() => {
      const rows = this.select(c, filter, { limit: options.multi ? Infinity : 1 })
      const stmt = this.stmt(`DELETE FROM ${q(c.table)} WHERE _id = ?`)
      for (const row of rows) this.write(c, () => stmt.run(row.id))
      return rows.length
    })()
  }

  /**
   * Runs an aggregation pipeline. A leading `$match` (and a `$sort` and `$skip`/`$limit`
   * right after it) is served by SQL first; mingo runs the whole pipeline after.
   */
  aggregate(collection: string, pipeline: Doc[]): Doc[] {
    this.stats.calls++
    const c = this.coll(collection)
    for (const stage of pipeline) {
      if ('$out' in stage || '$merge' in stage) throw new DbError('INVALID_PARAM', '$out and $merge are not supported')
    }
    const { filter, sort, limit, rest } = planPipeline(pipeline)
    const docs = this.select(c, filter, { sort, limit }).map((r) => r.doc)
    return new Aggregator(rest, { ...MINGO, collectionResolver: (name: string) => this.allDocs(name) }).run(docs) as Doc[]
  }

  private allDocs(name: string): Doc[] {
    return this.select(this.coll(name), {}, {}).map((r) => r.doc)
  }

  /** The SQLite query plan (EXPLAIN QUERY PLAN details) `find` would use for this filter and sort. */
  explain(collection: string, filter: Doc = {}, sort?: Record<string, number>): string[] {
    const c = this.coll(collection)
    const { sql, params } = this.selectSql(c, filter, sort)
    return (this.db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[]).map((r) => r.detail)
  }

  private selectSql(c: Collection, filter: Doc, sort?: Record<string, number>) {
    this.loadTypes(c, pathsOf(filter, sort))
    const typesOf = (p: string) => this.typesOf(c, p)
    const plan = planFilter(filter, typesOf)
    const order = sort && Object.keys(sort).length ? planSort(sort, typesOf) : ''
    let sql = `SELECT _id AS id, doc AS text FROM ${q(c.table)}`
    if (plan.clauses.length) sql += ` WHERE ${plan.clauses.join(' AND ')}`
    if (order) sql += ` ORDER BY ${order}`
    return { sql, params: plan.params, exact: () => isExact(plan, typesOf), sortedBySql: order !== null, sorted: Boolean(order) }
  }

  /** Matching rows in final order, after skip and limit. Reads no more rows than needed when SQL can order them. */
  private select(c: Collection, filter: Doc, options: FindOptions): Row[] {
    const skip = options.skip ?? 0
    const limit = options.limit ?? Infinity
    const { sql, params, exact, sortedBySql, sorted } = this.selectSql(c, filter, options.sort)
    const query = new Query(filter, MINGO)
    const out: Row[] = []
    if (sortedBySql) {
      if (limit <= 0) return out
      let skipped = 0
      let rows: Iterable<{ id: string; text: string }>
      if (Number.isFinite(limit) && (skip > 0 || sorted) && exact()) {
        // SQL alone decides the match: let it skip without parsing, and sort only the top rows.
        rows = this.stmt(`${sql} LIMIT ? OFFSET ?`).iterate(...params, Math.floor(limit), Math.floor(skip)) as Iterable<{
          id: string
          text: string
        }>
        skipped = skip
      } else {
        rows = this.stmt(sql).iterate(...params) as Iterable<{ id: string; text: string }>
      }
      for (const r of rows) {
        this.stats.docsRead++
        const doc = fromStored(r.text)
        if (!query.test(doc)) continue
        if (skipped < skip) {
          skipped++
          continue
        }
        out.push({ id: r.id, text: r.text, doc })
        if (out.length >= limit) break
      }
      return out
    }
    // SQL can't order these values the MongoDB way: filter and sort everything with mingo.
    const rows = this.stmt(sql).all(...params) as { id: string; text: string }[]
    this.stats.docsRead += rows.length
    const byDoc = new Map<Doc, Row>()
    for (const r of rows) {
      const doc = fromStored(r.text)
      if (query.test(doc)) byDoc.set(doc, { id: r.id, text: r.text, doc })
    }
    let cursor = new Query({}, MINGO).find([...byDoc.keys()])
    if (options.sort && Object.keys(options.sort).length) cursor = cursor.sort(options.sort as Record<string, 1 | -1>)
    if (skip) cursor = cursor.skip(skip)
    if (Number.isFinite(limit)) cursor = cursor.limit(limit)
    return (cursor.all() as Doc[]).map((d) => byDoc.get(d)!)
  }

  /** The set of JTypes `path` holds in the collection (scanned once, then maintained on writes). */
  private typesOf(c: Collection, path: string): ReadonlySet<JType> {
    this.loadTypes(c, [path])
    return c.types.get(path)!
  }

  /** Scans, in one pass, for the type sets of those `paths` not known yet. */
  private loadTypes(c: Collection, paths: string[]): void {
    const missing = paths.filter((p) => !c.types.has(p))
    if (missing.length) for (const [p, set] of scanTypes(this.db, c, missing)) c.types.set(p, set)
  }

  private noteTypes(c: Collection, doc: Doc): void {
    for (const [path, set] of c.types) set.add(typeAtPath(doc, path))
  }

  /** Starts a real SQLite transaction (BEGIN IMMEDIATE); operations until commit/rollback run inside it. */
  begin(): void {
    this.db.exec('BEGIN IMMEDIATE')
  }

  /** Commits the transaction started by `begin`. */
  commit(): void {
    this.db.exec('COMMIT')
  }

  /** Rolls back the transaction started by `begin` (a no-op if none is open). */
  rollback(): void {
    if (this.db.inTransaction) this.db.exec('ROLLBACK')
    // Type sets may have been scanned from rows the rollback just changed back: rescan later.
    for (const c of this.collections.values()) c.types.clear()
  }

  /** True while a transaction is open. */
  get inTransaction(): boolean {
    return this.db.inTransaction
  }

  /** Closes the database file. */
  close(): void {
    if (this.db.open) this.db.close()
  }
}

export type { Collection, CollectionSpec, Doc }
export type { IndexSpec } from './schema'
