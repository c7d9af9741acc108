/**
 * The migration runner: migrations/NNN-name.mjs export `up(db, ctx)`, where `db` is the cloud
 * database as wx-server-sdk gives it to the functions. Applied versions are recorded in the
 * `schema_migrations` collection (one document per version, id NNN); the runner applies the
 * missing ones in order and stops at the first failure, so re-running is harmless and resumes.
 */
import { pathToFileURL } from 'node:url'
import type { Migration } from './project'

export const MIGRATIONS_COLLECTION = 'schema_migrations'

export interface MigrationContext {
  /** Lines for the person deploying (shown under the step). */
  log: (line: string) => void
  /** Milliseconds since the epoch, for the documents a migration writes. */
  now: number
  env: string
}

type Module = { up?: (db: any, ctx: MigrationContext) => Promise<unknown> }
const id = (v: number) => String(v).padStart(3, '0')

/** Versions recorded as applied in the environment's database. */
export async function appliedVersions(db: any): Promise<Set<number>> {
  const r = await db.collection(MIGRATIONS_COLLECTION).limit(1000).get()
  return new Set((r.data as { version: number }[]).map((d) => Number(d.version)))
}

/**
 * Applies the migrations not yet recorded, in version order.
 * @returns the migrations applied by this run.
 * @throws Error naming the migration that failed (the ones before it stay recorded).
 */
export async function runMigrations(
  db: any,
  migrations: Migration[],
  o: { env: string; log: (line: string) => void; load?: (file: string) => Promise<Module> },
): Promise<Migration[]> {
  // Windows needs a file: URL for import(); a plain path elsewhere also lets jest's require load it.
  const load = o.load ?? ((file: string) => import(process.platform === 'win32' ? pathToFileURL(file).href : file) as Promise<Module>)
  const applied = await appliedVersions(db)
  const done: Migration[] = []
  for (const m of migrations) {
    if (applied.has(m.version)) continue
    const mod = await load(m.file)
    if (typeof mod.up !== 'function') throw new Error(`migrations/${id(m.version)}-${m.name}.mjs does not export up(db)`)
    const ctx: MigrationContext = { log: (l) => o.log(`  ${id(m.version)}: ${l}`), now: Date.now(), env: o.env }
    try {
      await mod.up(db, ctx)
    } catch (e) {
      throw new Error(`migration ${id(m.version)}-${m.name} failed: ${(e as Error)?.message ?? e}`, { cause: e })
    }
    await db
      .collection(MIGRATIONS_COLLECTION)
      .doc(id(m.version))
      .set({ data: { version: m.version, name: m.name, appliedAt: ctx.now } })
    o.log(`applied ${id(m.version)}-${m.name}`)
    done.push(m)
  }
  return done
}
