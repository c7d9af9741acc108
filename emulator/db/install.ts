/**
 * Plugs the emulator's database into the real wx-server-sdk. Every database call of
 * the SDK goes through `@cloudbase/database`'s `Db.reqClass`; @cloudbase/node-sdk
 * re-assigns that slot on every `cloud.database()`, so we turn it into an accessor
 * whose getter returns our requester and whose setter only remembers the assignment.
 * Install before the first database call: the real requester, without credentials,
 * raises an unhandled rejection that ends the Node process.
 */
import fs from 'node:fs'
import path from 'node:path'
import { CloudbaseDb, loadCloudbaseDb } from './sdk'
import { LocalDatabase } from './requester'
import { CollectionSpec, DocumentStore } from './store'
import type { GateOptions } from './transactions'

/** Where `wx-server-sdk` is resolved from (default: the project root), and transaction timing. */
export interface InstallOptions extends GateOptions {
  from?: string
}

let active: LocalDatabase | null = null
/** Patched Db classes and what node-sdk last assigned to their slot. */
const patched = new Map<CloudbaseDb, { assigned: unknown }>()

/** The class the SDK instantiates (`new Db.reqClass(config)`); it forwards to whichever store is installed at send time. */
class LocalRequester {
  constructor(readonly config: unknown) {}

  send(action: string, params?: Record<string, unknown>, opts?: unknown): Promise<Record<string, unknown>> {
    if (!active) return Promise.reject(new Error('emulator database is not installed (installDatabase)'))
    return active.send(action, params, opts)
  }
}

/**
 * Routes all wx-server-sdk database calls to `store` (replacing any store installed
 * before: its open transaction is rolled back). Returns the request executor, whose
 * `gate` exposes the transaction state. Throws if wx-server-sdk can't be resolved.
 */
export function installDatabase(store: DocumentStore, options: InstallOptions = {}): LocalDatabase {
  const Db = loadCloudbaseDb(options.from)
  if (!patched.has(Db)) {
    const state = { assigned: Db.reqClass }
    Object.defineProperty(Db, 'reqClass', {
      configurable: true,
      enumerable: true,
      get: () => (active ? LocalRequester : state.assigned),
      set: (v: unknown) => {
        state.assigned = v // node-sdk's TcbDBApiHttpRequester, kept for uninstall
      },
    })
    patched.set(Db, state)
  }
  active?.dispose()
  active = new LocalDatabase(store, options)
  return active
}

/** Restores the SDK's own requester everywhere (rolls back an open emulator transaction). */
export function uninstallDatabase(): void {
  active?.dispose()
  active = null
  for (const [Db, state] of patched) {
    Object.defineProperty(Db, 'reqClass', { configurable: true, enumerable: true, writable: true, value: state.assigned })
  }
  patched.clear()
}

/** The request executor currently installed, if any. */
export function installedDatabase(): LocalDatabase | null {
  return active
}

/** The project's collections and indexes (config/database.json). */
export function loadCollectionSpecs(configFile = path.resolve(__dirname, '../../config/database.json')): CollectionSpec[] {
  const config = JSON.parse(fs.readFileSync(configFile, 'utf8')) as { collections?: CollectionSpec[] }
  return config.collections ?? []
}

/**
 * Opens a store at `path` (a file, its folder created if needed; default ':memory:')
 * with every collection and index of config/database.json created if missing.
 */
export function openStore(options: { path?: string; configFile?: string } = {}): DocumentStore {
  const file = options.path ?? ':memory:'
  if (file !== ':memory:') fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true })
  return new DocumentStore({ path: file, collections: loadCollectionSpecs(options.configFile) })
}
