/**
 * Jest setup file for the query-shape recording run (record-queries.config.js): every request the
 * functions send to the emulator's database is appended, as one JSON line, to $QUERY_LOG. It
 * wraps the emulator's request executor, which sees each query exactly as WeChat cloud would.
 */
import { appendFileSync } from 'node:fs'
import { currentContext } from '../../emulator/context'
import { LocalDatabase } from '../../emulator/db/requester'

const file = process.env.QUERY_LOG
const send = LocalDatabase.prototype.send
LocalDatabase.prototype.send = function (this: LocalDatabase, action: string, params?: any, opts?: unknown) {
  // Only what the functions ask (inside an invocation), not the tests' own look-ups or the seeding.
  if (file && params?.collectionName && currentContext().SOURCE) {
    const { collectionName, queryType, query, order, stages, _id } = params
    appendFileSync(
      file,
      `${JSON.stringify({ action, collection: collectionName, queryType, query, order, stages, byId: Boolean(_id), test: expect.getState().currentTestName })}\n`,
    )
  }
  return send.call(this, action, params, opts)
}
