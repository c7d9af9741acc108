/**
 * Collections as SQLite tables: DDL from the collection specs of config/database.json,
 * and the per-path type scan the query planner relies on (see plan.ts).
 */
import type Database from 'better-sqlite3'
import { DbError } from './errors'
import { JType, classifyTypeRow, fieldExpr, isSimplePath, typeScanColumns } from './plan'

/** One index of config/database.json: keys are field paths, 1 ascending / -1 descending. */
export interface IndexSpec {
  name: string
  keys: Record<string, number>
  unique?: boolean
}

/** A collection and its indexes, as in config/database.json. */
export interface CollectionSpec {
  name: string
  indexes?: IndexSpec[]
}

/** A collection known to the store. */
export interface Collection {
  name: string
  table: string
  spec: CollectionSpec
  /** Type sets of the paths seen so far: scanned once, then kept up to date on every write. */
  types: Map<string, Set<JType>>
}

/** Quotes an SQL identifier. */
export const q = (name: string): string => `"${name.replace(/"/g, '""')}"`

/** The table holding a collection. */
export const tableOf = (collection: string): string => `col_${collection}`

/** Creates the metadata table listing the collections (name → spec JSON). */
export function createCatalog(db: Database.Database): CollectionSpec[] {
  db.exec('CREATE TABLE IF NOT EXISTS _collections (name TEXT PRIMARY KEY, spec TEXT NOT NULL)')
  return (db.prepare('SELECT spec FROM _collections').all() as { spec: string }[]).map((r) => JSON.parse(r.spec) as CollectionSpec)
}

/**
 * Creates the table and the missing indexes of `spec` (expression indexes on
 * json_extract, the very expressions plan.ts queries with) and records the spec.
 * Throws INVALID_PARAM for a bad collection name or an index path SQL can't read.
 */
export function createTables(db: Database.Database, spec: CollectionSpec): void {
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(spec.name)) throw new DbError('INVALID_PARAM', `invalid collection name: ${spec.name}`)
  const table = tableOf(spec.name)
  db.transaction(() => {
    db.exec(`CREATE TABLE IF NOT EXISTS ${q(table)} (_id TEXT PRIMARY KEY, doc TEXT NOT NULL)`)
    for (const ix of spec.indexes ?? []) {
      const cols = Object.entries(ix.keys).map(([path, dir]) => {
        if (!isSimplePath(path)) throw new DbError('INVALID_PARAM', `index ${ix.name}: unsupported path ${path}`)
        return `${fieldExpr(path)}${Number(dir) < 0 ? ' DESC' : ''}`
      })
      db.exec(
        `CREATE ${ix.unique ? 'UNIQUE ' : ''}INDEX IF NOT EXISTS ${q(`ix_${spec.name}_${ix.name}`)} ON ${q(table)} (${cols.join(', ')})`,
      )
    }
    db.prepare('INSERT OR REPLACE INTO _collections (name, spec) VALUES (?, ?)').run(spec.name, JSON.stringify(spec))
  })()
}

/** Scans the whole collection once for the JType sets of `paths` (one pass for all of them). */
export function scanTypes(db: Database.Database, c: Collection, paths: string[]): Map<string, Set<JType>> {
  const cols = paths.map(typeScanColumns)
  const sets = paths.map(() => new Set<JType>())
  const sql = `SELECT DISTINCT ${cols.flat().join(', ')} FROM ${q(c.table)}`
  for (const row of db.prepare(sql).raw().iterate() as Iterable<unknown[]>) {
    let at = 0
    cols.forEach((cs, i) => {
      sets[i].add(classifyTypeRow(row.slice(at, at + cs.length)))
      at += cs.length
    })
  }
  return new Map(paths.map((p, i) => [p, sets[i]]))
}
