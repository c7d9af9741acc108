/**
 * Errors the emulated database raises. They carry the same `code` strings as the
 * cloud's database API, so wx-server-sdk maps them to the same `errCode`
 * (TCB_ERR_CODE in wx-server-sdk: DATABASE_COLLECTION_NOT_EXIST → -502005, …).
 */

/** Error codes the emulator uses (a subset of the cloud's). */
export type DbErrorCode =
  | 'DATABASE_COLLECTION_NOT_EXIST'
  | 'DATABASE_COLLECTION_ALREADY_EXIST'
  | 'DATABASE_REQUEST_FAILED'
  | 'DATABASE_TRANSACTION_FAIL'
  | 'INVALID_PARAM'
  | 'SYS_ERR'

/**
 * A database failure. Shaped like @cloudbase/node-sdk's TcbError (an Error with
 * `code`, `message`, `requestId`), which is what the real requester throws.
 */
export class DbError extends Error {
  readonly code: DbErrorCode
  requestId: string

  constructor(code: DbErrorCode, message: string, requestId = '') {
    super(message)
    this.name = 'DbError'
    this.code = code
    this.requestId = requestId
  }
}

/** The error for an operation on a collection that was never created. */
export function collectionNotExist(name: string): DbError {
  return new DbError('DATABASE_COLLECTION_NOT_EXIST', `Db or Table not exist: ${name}`)
}
