/**
 * The emulator's transaction model: one global async lock. A started transaction
 * holds it until commit or abort; every other request, read or write, waits its turn
 * in arrival order; requests carrying the open transaction's id run inside it, on a
 * real SQLite transaction. A transaction left open too long is rolled back.
 */
import { randomBytes } from 'node:crypto'
import { DbError } from './errors'
import type { DocumentStore } from './store'

/** timeoutMs: how long a transaction may stay open (default 10 000 ms); warnAfterMs: when to warn about a waiting request. */
export interface GateOptions {
  timeoutMs?: number
  warnAfterMs?: number
}

interface Waiter {
  run: () => void
  fail: (e: Error) => void
  startsTransaction: boolean
}

interface OpenTx {
  id: string
  timer: ReturnType<typeof setTimeout>
  warned: boolean
}

/** Serializes requests around transactions on one DocumentStore. */
export class TransactionGate {
  private current: OpenTx | null = null
  private readonly queue: Waiter[] = []
  /** Ended transactions and why, so late requests get a clear error (bounded). */
  private readonly ended = new Map<string, string>()
  private readonly timeoutMs: number
  private readonly warnAfterMs: number

  constructor(
    private readonly store: DocumentStore,
    options: GateOptions = {},
  ) {
    this.timeoutMs = options.timeoutMs ?? 10_000
    this.warnAfterMs = options.warnAfterMs ?? 2_000
  }

  /** Runs `fn` outside any transaction, after an open one ends and earlier waiters ran. Resolves to fn's result. */
  run<T>(fn: () => T): Promise<T> {
    if (!this.current && this.queue.length === 0) {
      // Synchronously: a transaction starting in the meantime must not overtake this request.
      try {
        return Promise.resolve(fn())
      } catch (e) {
        return Promise.reject(e)
      }
    }
    return new Promise<T>((resolve, reject) => {
      this.enqueue({
        run: () => {
          try {
            resolve(fn())
          } catch (e) {
            reject(e)
          }
        },
        fail: reject,
        startsTransaction: false,
      })
    })
  }

  /** Opens a transaction once the lock is free (BEGIN IMMEDIATE). Resolves to its id. */
  start(): Promise<string> {
    return new Promise<string>((resolve, reject) => {
      const waiter: Waiter = {
        run: () => {
          try {
            resolve(this.begin())
          } catch (e) {
            reject(e)
          }
        },
        fail: reject,
        startsTransaction: true,
      }
      if (!this.current && this.queue.length === 0) waiter.run()
      else this.enqueue(waiter)
    })
  }

  /** Runs `fn` inside open transaction `id`. Throws DbError if it is not the open one (ended, timed out, unknown). */
  runIn<T>(id: string, fn: () => T): T {
    this.check(id)
    return fn()
  }

  /** Commits transaction `id` and lets waiting requests proceed. */
  commit(id: string): void {
    this.check(id)
    try {
      this.store.commit()
    } finally {
      this.finish('committed')
    }
  }

  /** Rolls back transaction `id` and lets waiting requests proceed. */
  abort(id: string): void {
    this.check(id)
    try {
      this.store.rollback()
    } finally {
      this.finish('rolled back')
    }
  }

  /** Rolls back an open transaction and fails every waiting request (used when the store is swapped out). */
  dispose(): void {
    if (this.current) {
      this.store.rollback()
      this.finish('rolled back: the database was closed', false)
    }
    for (const w of this.queue.splice(0)) w.fail(new DbError('DATABASE_REQUEST_FAILED', 'the emulator database was closed'))
  }

  /** The id of the open transaction, if any. */
  get openTransaction(): string | null {
    return this.current?.id ?? null
  }

  private begin(): string {
    this.store.begin()
    const id = `tx-${randomBytes(12).toString('hex')}`
    const timer = setTimeout(() => this.expire(id), this.timeoutMs)
    timer.unref?.()
    this.current = { id, timer, warned: false }
    return id
  }

  private check(id: string): void {
    if (this.current?.id === id) return
    const why = this.ended.get(id)
    throw new DbError(
      'DATABASE_TRANSACTION_FAIL',
      why ? `transaction ${id} was ${why}; start a new transaction` : `transaction ${id} does not exist`,
    )
  }

  private expire(id: string): void {
    if (this.current?.id !== id) return
    this.store.rollback()
    this.finish(`rolled back after ${this.timeoutMs} ms without commit (transaction timeout)`)
  }

  private finish(why: string, drain = true): void {
    const tx = this.current
    if (!tx) return
    clearTimeout(tx.timer)
    this.ended.set(tx.id, why)
    if (this.ended.size > 1000) this.ended.delete(this.ended.keys().next().value as string)
    this.current = null
    if (drain) this.drain()
  }

  private enqueue(w: Waiter): void {
    this.queue.push(w)
    const tx = this.current
    if (tx && !tx.warned && !w.startsTransaction) {
      const t = setTimeout(() => {
        if (this.current === tx && this.queue.includes(w) && !tx.warned) {
          tx.warned = true
          console.warn(
            `[emulator db] a request has waited ${this.warnAfterMs} ms for open transaction ${tx.id}. ` +
              'If it was issued inside that transaction, note that the SDK sends where().update()/remove()/count() ' +
              'and aggregate() WITHOUT the transaction id: they wait for the transaction to end (deadlock until its timeout). ' +
              'Use doc().get/set/update/remove, add and where().get() inside transactions.',
          )
        }
      }, this.warnAfterMs)
      t.unref?.()
    }
  }

  private drain(): void {
    while (!this.current && this.queue.length) this.queue.shift()!.run()
  }
}
