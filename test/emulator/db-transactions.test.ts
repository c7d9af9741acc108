/**
 * Transactions, concurrency and persistence of the emulator's database, through the
 * real wx-server-sdk.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { DocumentStore, installDatabase, openStore, uninstallDatabase } from '../../emulator/db'

const cloud = require('wx-server-sdk')

let store: DocumentStore
let db: any
let _: any

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

beforeAll(() => {
  cloud.init({ env: 'local' })
})

beforeEach(async () => {
  store = openStore()
  installDatabase(store)
  db = cloud.database()
  _ = db.command
  await db.collection('counters').add({ data: { _id: 'c1', n: 0, version: 1 } })
})

afterEach(() => store.close())

afterAll(() => uninstallDatabase())

const counter = async () => (await db.collection('counters').doc('c1').get()).data

describe('runTransaction', () => {
  it('given a callback that succeeds, it commits its writes and returns its value', async () => {
    const result = await db.runTransaction(async (t: any) => {
      const { data } = await t.collection('counters').doc('c1').get()
      await t
        .collection('counters')
        .doc('c1')
        .update({ data: { n: data.n + 1 } })
      await t
        .collection('counters')
        .doc('c2')
        .set({ data: { n: 10 } })
      const added = await t.collection('counters').add({ data: { n: 20 } })
      return added._id
    })
    expect(result).toMatch(/^[0-9a-f]{32}$/)
    expect((await counter()).n).toBe(1)
    expect((await db.collection('counters').doc('c2').get()).data.n).toBe(10)
    expect((await db.collection('counters').doc(result).get()).data.n).toBe(20)
  })

  it('given a callback that throws, it rolls everything back and rethrows', async () => {
    await expect(
      db.runTransaction(async (t: any) => {
        await t
          .collection('counters')
          .doc('c1')
          .update({ data: { n: 99 } })
        await t.collection('counters').add({ data: { _id: 'ghost' } })
        await t.collection('counters').doc('c1').remove()
        throw new Error('boom')
      }),
    ).rejects.toThrow('boom')
    expect((await counter()).n).toBe(0)
    expect((await db.collection('counters').count()).total).toBe(1)
  })

  it('given t.rollback(reason) in the callback, it rolls back and rejects with the reason', async () => {
    await expect(
      db.runTransaction(async (t: any) => {
        await t
          .collection('counters')
          .doc('c1')
          .update({ data: { n: 5 } })
        await t.rollback('not today')
      }),
    ).rejects.toBe('not today')
    expect((await counter()).n).toBe(0)
  })

  it('given a missing document read inside a transaction, doc().get() rejects with "does not exist"', async () => {
    await expect(db.runTransaction(async (t: any) => t.collection('counters').doc('nope').get())).rejects.toThrow(/does not exist/)
  })
})

describe('startTransaction', () => {
  it('given commit(), its writes become visible', async () => {
    const t = await db.startTransaction()
    await t
      .collection('counters')
      .doc('c1')
      .update({ data: { n: _.inc(2) } })
    expect((await t.collection('counters').doc('c1').get()).data.n).toBe(2)
    await t.commit()
    expect((await counter()).n).toBe(2)
  })

  it('given rollback(), nothing it wrote remains', async () => {
    const t = await db.startTransaction()
    await t
      .collection('counters')
      .doc('c1')
      .update({ data: { n: _.inc(2) } })
    await t.collection('counters').add({ data: { _id: 'ghost' } })
    await t.rollback()
    expect((await counter()).n).toBe(0)
    expect((await db.collection('counters').count()).total).toBe(1)
  })

  it('given an open transaction, an outside write waits until it commits', async () => {
    const t = await db.startTransaction()
    const { data } = await t.collection('counters').doc('c1').get()
    let outsideDone = false
    const outside = db
      .collection('counters')
      .doc('c1')
      .update({ data: { n: _.inc(10) } })
      .then(() => (outsideDone = true))
    const outsideRead = db.collection('counters').doc('c1').get()
    await sleep(30)
    expect(outsideDone).toBe(false)
    await t
      .collection('counters')
      .doc('c1')
      .update({ data: { n: data.n + 1 } })
    await t.commit()
    await outside
    expect((await outsideRead).data.n).toBe(11) // queued after the increment, in arrival order
    expect((await counter()).n).toBe(11)
  })

  it('given a transaction left open past its timeout, it is rolled back and its id fails clearly', async () => {
    installDatabase(store, { timeoutMs: 100 })
    const t = await db.startTransaction()
    await t
      .collection('counters')
      .doc('c1')
      .update({ data: { n: 7 } })
    await sleep(150)
    expect((await counter()).n).toBe(0)
    await expect(t.collection('counters').doc('c1').get()).rejects.toThrow(/rolled back after 100 ms/)
    await expect(t.commit()).rejects.toMatchObject({ code: 'DATABASE_TRANSACTION_FAIL' })
  })

  it('given where().update() inside a transaction, it waits for the transaction, because the SDK sends it without the transaction id', async () => {
    installDatabase(store, { timeoutMs: 100, warnAfterMs: 60_000 })
    const t = await db.startTransaction()
    await t
      .collection('counters')
      .doc('c1')
      .update({ data: { n: 1 } })
    // Not part of t: it runs only once t has timed out and been rolled back.
    const res = await t
      .collection('counters')
      .where({ _id: 'c1' })
      .update({ data: { n: _.inc(5) } })
    expect(res.stats.updated).toBe(1)
    expect((await counter()).n).toBe(5)
    await expect(t.commit()).rejects.toMatchObject({ code: 'DATABASE_TRANSACTION_FAIL' })
  })
})

describe('swapping stores', () => {
  it('given a second store installed, every later call goes to it', async () => {
    const other = openStore()
    try {
      installDatabase(other)
      expect((await db.collection('counters').count()).total).toBe(0)
      installDatabase(store)
      expect((await db.collection('counters').count()).total).toBe(1)
    } finally {
      installDatabase(store)
      other.close()
    }
  })
})

describe('concurrency', () => {
  it('given 500 concurrent increments, the counter ends at exactly 500', async () => {
    await Promise.all(
      Array.from({ length: 500 }, () =>
        db
          .collection('counters')
          .doc('c1')
          .update({ data: { n: _.inc(1) } }),
      ),
    )
    expect((await counter()).n).toBe(500)
  })

  it('given two racing conditional updates on the same version, exactly one succeeds', async () => {
    const attempt = () =>
      db
        .collection('counters')
        .where({ _id: 'c1', version: 1 })
        .update({ data: { version: 2 } })
    const results = await Promise.all([attempt(), attempt()])
    expect(results.map((r: any) => r.stats.updated).sort()).toEqual([0, 1])
  })

  it('given concurrent transactions incrementing the same counter, none loses an update', async () => {
    const bump = () =>
      db.runTransaction(async (t: any) => {
        const { data } = await t.collection('counters').doc('c1').get()
        await sleep(1)
        await t
          .collection('counters')
          .doc('c1')
          .update({ data: { n: data.n + 1 } })
      })
    await Promise.all(Array.from({ length: 20 }, bump))
    expect((await counter()).n).toBe(20)
  })
})

describe('persistence', () => {
  it('given a file database, what was written is there after closing and reopening', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'emu-db-'))
    const file = path.join(dir, 'nested', 'cloud.sqlite')
    try {
      const first = openStore({ path: file })
      installDatabase(first)
      const { _id } = await db
        .collection('complaints')
        .add({ data: { no: 'C-1', createdAt: new Date('2025-01-02T03:04:05.678Z'), status: 'new' } })
      await db
        .collection('complaints')
        .doc(_id)
        .update({ data: { status: 'accepted' } })
      first.close()

      const second = openStore({ path: file })
      installDatabase(second)
      const { data } = await db.collection('complaints').doc(_id).get()
      expect(data).toEqual({ _id, no: 'C-1', createdAt: new Date('2025-01-02T03:04:05.678Z'), status: 'accepted' })
      second.close()
    } finally {
      installDatabase(store)
      fs.rmSync(dir, { recursive: true, force: true })
    }
  })
})
