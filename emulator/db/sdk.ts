/**
 * Locates the modules inside wx-server-sdk that the emulator hooks into, resolved
 * the way the SDK itself resolves them (wx-server-sdk → @cloudbase/node-sdk →
 * @cloudbase/database → bson), so we touch the very module instances the
 * functions use, not look-alike copies.
 */
import path from 'node:path'

/** The subset of bson's EJSON that we use. */
export interface Ejson {
  parse(text: string, options?: { relaxed?: boolean }): unknown
  stringify(value: unknown, options?: { relaxed?: boolean }): string
}

/** The `Db` class of @cloudbase/database: only its static requester slot matters here. */
export interface CloudbaseDb {
  reqClass: unknown
}

/**
 * Absolute path of @cloudbase/database's entry file, as wx-server-sdk loads it.
 * `from` is where `wx-server-sdk` is resolved from (default: the project root).
 * Throws when wx-server-sdk is not installed.
 */
export function resolveCloudbaseDatabase(from: string = path.resolve(__dirname, '../..')): string {
  const wx = require.resolve('wx-server-sdk', { paths: [from] })
  const nodeSdk = require.resolve('@cloudbase/node-sdk', { paths: [path.dirname(wx)] })
  return require.resolve('@cloudbase/database', { paths: [path.dirname(nodeSdk)] })
}

/** @cloudbase/database's `Db` class (the module instance wx-server-sdk uses). */
export function loadCloudbaseDb(from?: string): CloudbaseDb {
  return require(resolveCloudbaseDatabase(from)).Db as CloudbaseDb
}

let ejson: Ejson | undefined

/** bson's EJSON, from the bson copy @cloudbase/database itself requires. */
export function getEjson(): Ejson {
  if (!ejson) {
    const bsonPath = require.resolve('bson', { paths: [path.dirname(resolveCloudbaseDatabase())] })

    ejson = require(bsonPath).EJSON as Ejson
  }
  return ejson
}
