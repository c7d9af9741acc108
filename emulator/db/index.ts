/** The emulator's database: a DocumentStore (better-sqlite3 + mingo) behind the real wx-server-sdk. */
export { installDatabase, uninstallDatabase, installedDatabase, openStore, loadCollectionSpecs } from './install'
export type { InstallOptions } from './install'
export { DocumentStore } from './store'
export type { CollectionSpec, IndexSpec, StoreOptions, FindOptions, UpdateOptions, UpdateResult, StoreStats } from './store'
export { LocalDatabase, LIMITS } from './requester'
export { TransactionGate } from './transactions'
export { DbError } from './errors'
export type { Doc } from './codec'
