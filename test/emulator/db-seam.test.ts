/**
 * The emulator's database seen through the REAL wx-server-sdk, exactly as a cloud
 * function uses it: documents, queries, updates, aggregation, limits, errors.
 * Transactions, concurrency and persistence: db-transactions.test.ts.
 */
import { DocumentStore, installDatabase, openStore, uninstallDatabase } from '../../emulator/db'

const cloud = require('wx-server-sdk')

let store: DocumentStore
let db: any
let _: any

beforeAll(() => {
  cloud.init({ env: 'local' })
})

beforeEach(() => {
  store = openStore()
  store.createCollection('things')
  installDatabase(store)
  db = cloud.database()
  _ = db.command
})

afterEach(() => {
  jest.restoreAllMocks()
  store.close()
})

afterAll(() => uninstallDatabase())

const HEX32 = /^[0-9a-f]{32}$/

async function seed(): Promise<void> {
  await db.collection('things').add({
    data: [
      { _id: 'a', n: 1, s: 'apple', tags: ['red', 'fruit'], owner: { name: 'Li', city: 'Shanghai' } },
      { _id: 'b', n: 2, s: 'banana', tags: ['yellow', 'fruit'], owner: { name: 'Wang', city: 'Beijing' } },
      { _id: 'c', n: 3, s: 'cherry', tags: ['red'], owner: { name: 'Zhang', city: 'Shanghai' }, extra: true },
      { _id: 'd', n: 4, s: 'Date', tags: [], owner: { name: 'Li', city: 'Shenzhen' } },
    ],
  })
}

const ids = (res: { data: { _id: string }[] }) => res.data.map((d) => d._id)

describe('adding documents', () => {
  it('given one document without _id, it stores it under a server-generated 32-hex id', async () => {
    const res = await db.collection('things').add({ data: { n: 1, at: new Date('2024-05-01T00:00:00Z') } })
    expect(res._id).toMatch(HEX32)
    const { data } = await db.collection('things').doc(res._id).get()
    expect(data).toEqual({ _id: res._id, n: 1, at: new Date('2024-05-01T00:00:00Z') })
    expect(data.at).toBeInstanceOf(Date)
  })

  it('given an array, it inserts all and returns their ids in order, keeping a given _id', async () => {
    const res = await db.collection('things').add({ data: [{ n: 1 }, { _id: 'mine', n: 2 }] })
    expect(res._ids).toHaveLength(2)
    expect(res._ids[0]).toMatch(HEX32)
    expect(res._ids[1]).toBe('mine')
    expect((await db.collection('things').count()).total).toBe(2)
  })

  it('given an _id that already exists, it fails with a duplicate key error', async () => {
    await db.collection('things').add({ data: { _id: 'x' } })
    await expect(db.collection('things').add({ data: { _id: 'x' } })).rejects.toMatchObject({
      errCode: -502001,
      errMsg: expect.stringMatching(/duplicate key/),
    })
  })
})

describe('reading by id', () => {
  it('given a missing document, doc().get() rejects with "does not exist"', async () => {
    await expect(db.collection('things').doc('nope').get()).rejects.toThrow(/document with _id nope does not exist/)
  })

  it('given field(), it returns only the chosen fields and _id', async () => {
    await seed()
    const { data } = await db.collection('things').doc('a').field({ s: true }).get()
    expect(data).toEqual({ _id: 'a', s: 'apple' })
  })
})

describe('queries', () => {
  beforeEach(seed)
  const where = async (cond: unknown) => ids(await db.collection('things').where(cond).orderBy('_id', 'asc').get())

  it('given comparison commands, it matches like MongoDB', async () => {
    expect(await where({ n: _.eq(2) })).toEqual(['b'])
    expect(await where({ n: _.neq(2) })).toEqual(['a', 'c', 'd'])
    expect(await where({ n: _.gt(2) })).toEqual(['c', 'd'])
    expect(await where({ n: _.gte(2) })).toEqual(['b', 'c', 'd'])
    expect(await where({ n: _.lt(2) })).toEqual(['a'])
    expect(await where({ n: _.lte(2) })).toEqual(['a', 'b'])
    expect(await where({ n: _.in([1, 4, 9]) })).toEqual(['a', 'd'])
    expect(await where({ n: _.nin([1, 4]) })).toEqual(['b', 'c'])
  })

  it('given and/or/exists, nested paths and array fields, it matches like MongoDB', async () => {
    expect(await where({ n: _.gt(1).and(_.lt(4)) })).toEqual(['b', 'c'])
    expect(await where(_.or([{ n: 1 }, { s: 'cherry' }]))).toEqual(['a', 'c'])
    expect(await where({ extra: _.exists(true) })).toEqual(['c'])
    expect(await where({ owner: { city: 'Shanghai' } })).toEqual(['a', 'c'])
    expect(await where({ 'owner.name': 'Li' })).toEqual(['a', 'd'])
    expect(await where({ tags: 'red' })).toEqual(['a', 'c'])
    expect(await where({ tags: _.size(0) })).toEqual(['d'])
  })

  it('given db.RegExp or a JS RegExp, it matches strings by pattern and options', async () => {
    expect(await where({ s: db.RegExp({ regexp: '^[a-c]', options: 'i' }) })).toEqual(['a', 'b', 'c'])
    expect(await where({ s: /^d/i })).toEqual(['d'])
    expect(await where({ s: /^d/ })).toEqual([])
  })

  it('given orderBy, skip, limit and field, it pages and projects the result', async () => {
    const res = await db
      .collection('things')
      .where({ n: _.gte(1) })
      .orderBy('n', 'desc')
      .skip(1)
      .limit(2)
      .field({ n: true })
      .get()
    expect(res.data).toEqual([
      { _id: 'c', n: 3 },
      { _id: 'b', n: 2 },
    ])
    const byTwoKeys = await db.collection('things').orderBy('owner.name', 'asc').orderBy('n', 'desc').get()
    expect(ids(byTwoKeys)).toEqual(['d', 'a', 'b', 'c'])
  })

  it('given count(), it counts the matching documents', async () => {
    expect((await db.collection('things').where({ 'owner.city': 'Shanghai' }).count()).total).toBe(2)
    expect((await db.collection('things').count()).total).toBe(4)
  })
})

describe('cloud limits', () => {
  it('given 1500 documents, get() returns 100 by default and at most 1000, even when asked for more', async () => {
    const docs = Array.from({ length: 1500 }, (_v, i) => ({ i }))
    await db.collection('things').add({ data: docs })
    expect((await db.collection('things').get()).data).toHaveLength(100)
    expect((await db.collection('things').limit(5000).get()).data).toHaveLength(1000)
    // The emulator enforces the cap itself, not only the SDK.
    const { installedDatabase } = require('../../emulator/db')
    const raw = await installedDatabase().send('database.getDocument', { collectionName: 'things', queryType: 'WHERE', limit: 5000 })
    expect(raw.data.list).toHaveLength(1000)
  })

  it('given an aggregation without limit(), it returns at most 20 documents', async () => {
    await db.collection('things').add({ data: Array.from({ length: 30 }, (_v, i) => ({ i })) })
    expect(
      (
        await db
          .collection('things')
          .aggregate()
          .match({ i: _.gte(0) })
          .end()
      ).list,
    ).toHaveLength(20)
    expect(
      (
        await db
          .collection('things')
          .aggregate()
          .match({ i: _.gte(0) })
          .limit(25)
          .end()
      ).list,
    ).toHaveLength(25)
  })
})

describe('updates', () => {
  beforeEach(seed)
  const get = async (id: string) => (await db.collection('things').doc(id).get()).data

  it('given update commands, it applies them like MongoDB and reports changed documents', async () => {
    const res = await db
      .collection('things')
      .doc('a')
      .update({
        data: { n: _.inc(5), s: _.set('avocado'), tags: _.push(['green']), extra: _.remove(), owner: { city: 'Hangzhou' } },
      })
    expect(res.stats.updated).toBe(1)
    expect(await get('a')).toEqual({
      _id: 'a',
      n: 6,
      s: 'avocado',
      tags: ['red', 'fruit', 'green'],
      owner: { name: 'Li', city: 'Hangzhou' },
    })
    await db
      .collection('things')
      .doc('a')
      .update({ data: { tags: _.pull('fruit') } })
    await db
      .collection('things')
      .doc('a')
      .update({ data: { tags: _.addToSet('red') } })
    await db
      .collection('things')
      .doc('a')
      .update({ data: { tags: _.addToSet({ each: ['red', 'blue'] }) } })
    expect((await get('a')).tags).toEqual(['red', 'green', 'blue'])
  })

  it('given the other update commands, it applies them like MongoDB', async () => {
    await db
      .collection('things')
      .doc('b')
      .update({
        data: {
          n: _.mul(10),
          low: _.min(5),
          high: _.max(5),
          s: _.rename('name'),
          tags: _.push({ each: ['a', 'b'], position: 0, slice: 3 }),
          list: _.set([1, 2, 3, 4]),
        },
      })
    expect(await get('b')).toMatchObject({ n: 20, low: 5, high: 5, name: 'banana', tags: ['a', 'b', 'yellow'], list: [1, 2, 3, 4] })
    expect((await get('b')).s).toBeUndefined()
    await db
      .collection('things')
      .doc('b')
      .update({ data: { tags: _.pop(), list: _.shift(), low: _.min(2), high: _.max(2) } })
    await db
      .collection('things')
      .doc('b')
      .update({ data: { list: _.unshift([0]), 'owner.city': "Xi'an" } })
    await db
      .collection('things')
      .doc('b')
      .update({ data: { list: _.pullAll([3, 4]) } })
    expect(await get('b')).toMatchObject({ tags: ['a', 'b'], list: [0, 2], low: 2, high: 5, owner: { name: 'Wang', city: "Xi'an" } })
  })

  it('given an update of a field inside an array element, it updates that element', async () => {
    await db
      .collection('things')
      .doc('c')
      .update({ data: { items: [{ q: 1 }, { q: 2 }] } })
    await db
      .collection('things')
      .doc('c')
      .update({ data: { 'items.1.q': _.inc(5) } })
    expect((await get('c')).items).toEqual([{ q: 1 }, { q: 7 }])
  })

  it('given an update that changes nothing, it reports updated 0', async () => {
    const res = await db
      .collection('things')
      .doc('a')
      .update({ data: { n: 1 } })
    expect(res.stats.updated).toBe(0)
  })

  it('given where().update(), it updates every match', async () => {
    const res = await db
      .collection('things')
      .where({ 'owner.city': 'Shanghai' })
      .update({ data: { flagged: true } })
    expect(res.stats.updated).toBe(2)
    expect(ids(await db.collection('things').where({ flagged: true }).orderBy('_id', 'asc').get())).toEqual(['a', 'c'])
  })

  it('given doc().set(), it replaces an existing document and upserts a missing one', async () => {
    const replaced = await db
      .collection('things')
      .doc('a')
      .set({ data: { only: 1 } })
    expect(replaced.stats).toEqual({ updated: 1, created: 0 })
    expect(await get('a')).toEqual({ _id: 'a', only: 1 })
    const created = await db
      .collection('things')
      .doc('new')
      .set({ data: { fresh: true } })
    expect(created.stats).toEqual({ updated: 0, created: 1 })
    expect(await get('new')).toEqual({ _id: 'new', fresh: true })
  })

  it('given remove(), it removes one document by id or every match of a query', async () => {
    expect((await db.collection('things').doc('a').remove()).stats.removed).toBe(1)
    expect((await db.collection('things').doc('a').remove()).stats.removed).toBe(0)
    expect(
      (
        await db
          .collection('things')
          .where({ n: _.gte(3) })
          .remove()
      ).stats.removed,
    ).toBe(2)
    expect(ids(await db.collection('things').get())).toEqual(['b'])
  })
})

describe('aggregation', () => {
  beforeEach(seed)

  it('given match, group, sort and project, it computes like MongoDB', async () => {
    const $ = db.command.aggregate
    const res = await db
      .collection('things')
      .aggregate()
      .match({ n: _.gte(1) })
      .group({ _id: '$owner.city', total: $.sum('$n'), count: $.sum(1) })
      .sort({ total: -1 })
      .project({ _id: 0, city: '$_id', total: 1, count: 1 })
      .end()
    expect(res.list).toEqual([
      { city: 'Shanghai', total: 4, count: 2 },
      { city: 'Shenzhen', total: 4, count: 1 },
      { city: 'Beijing', total: 2, count: 1 },
    ])
  })

  it('given lookup, it joins another collection', async () => {
    await db.createCollection('notes')
    await db.collection('notes').add({
      data: [
        { thing: 'a', text: 'x' },
        { thing: 'a', text: 'y' },
        { thing: 'b', text: 'z' },
      ],
    })
    const res = await db
      .collection('things')
      .aggregate()
      .match({ _id: _.in(['a', 'b']) })
      .lookup({ from: 'notes', localField: '_id', foreignField: 'thing', as: 'notes' })
      .project({ count: db.command.aggregate.size('$notes') })
      .sort({ _id: 1 })
      .end()
    expect(res.list).toEqual([
      { _id: 'a', count: 2 },
      { _id: 'b', count: 1 },
    ])
  })
})

describe('actions the wx-server-sdk wrappers do not expose', () => {
  beforeEach(seed)
  const send = (action: string, params: Record<string, unknown>) => require('../../emulator/db').installedDatabase().send(action, params)

  it('given modifyAndReturnDoc, it updates the first match and returns it as EJSON', async () => {
    const res = await send('database.modifyAndReturnDoc', {
      collectionName: 'things',
      queryType: 'WHERE',
      query: '{"_id":"a"}',
      data: '{"$inc":{"n":{"$numberInt":"1"}}}',
    })
    expect(res.data.updated).toBe(1)
    expect(JSON.parse(res.data.doc)).toMatchObject({ _id: 'a', n: 2 })
  })

  it('given the legacy transaction actions, it reads, updates and deletes by _id inside the transaction', async () => {
    const { transactionId } = await send('database.startTransaction', {})
    const got = await send('database.getInTransaction', { collectionName: 'things', transactionId, _id: 'a' })
    expect(JSON.parse(got.data)).toMatchObject({ _id: 'a', n: 1 })
    const updated = await send('database.updateDocInTransaction', {
      collectionName: 'things',
      transactionId,
      _id: 'a',
      data: '{"$set":{"n":5}}',
    })
    expect(updated.updated).toBe('1')
    const deleted = await send('database.deleteDocInTransaction', { collectionName: 'things', transactionId, _id: 'b' })
    expect(deleted.deleted).toBe('1')
    await send('database.commitTransaction', { transactionId })
    expect((await db.collection('things').doc('a').get()).data.n).toBe(5)
    expect((await db.collection('things').count()).total).toBe(3)
  })

  it('given a negative offset or an unknown action, it fails with INVALID_PARAM', async () => {
    await expect(send('database.getDocument', { collectionName: 'things', offset: -1 })).rejects.toMatchObject({ code: 'INVALID_PARAM' })
    await expect(send('database.explode', {})).rejects.toMatchObject({ code: 'INVALID_PARAM' })
  })
})

describe('server dates', () => {
  it('given db.serverDate() in data and in a query, it uses the server clock (Date.now) plus the offset', async () => {
    const now = Date.parse('2025-03-01T08:00:00.000Z')
    jest.spyOn(Date, 'now').mockReturnValue(now)
    const { _id } = await db.collection('things').add({ data: { at: db.serverDate(), later: db.serverDate({ offset: 60_000 }) } })
    const { data } = await db.collection('things').doc(_id).get()
    expect(data.at).toEqual(new Date(now))
    expect(data.later).toEqual(new Date(now + 60_000))
    await db
      .collection('things')
      .doc(_id)
      .update({ data: { touched: db.serverDate({ offset: 1 }) } })
    expect((await db.collection('things').doc(_id).get()).data.touched).toEqual(new Date(now + 1))
    expect(
      (
        await db
          .collection('things')
          .where({ later: _.gt(db.serverDate()) })
          .count()
      ).total,
    ).toBe(1)
  })
})

describe('collections', () => {
  it('given an unknown collection, every operation fails with errCode -502005', async () => {
    const nope = db.collection('nope')
    await expect(nope.get()).rejects.toMatchObject({ errCode: -502005 })
    await expect(nope.add({ data: { a: 1 } })).rejects.toMatchObject({ errCode: -502005 })
    await expect(nope.count()).rejects.toMatchObject({ errCode: -502005 })
    await expect(nope.doc('x').update({ data: { a: 1 } })).rejects.toMatchObject({ errCode: -502005 })
    // wx-server-sdk's aggregate wrapper skips its error-code mapping: errCode -1, the cloud's code kept in `code`.
    await expect(nope.aggregate().match({}).end()).rejects.toMatchObject({ errCode: -1, code: 'DATABASE_COLLECTION_NOT_EXIST' })
  })

  it('given createCollection, it creates a new collection and refuses an existing one', async () => {
    await db.createCollection('fresh')
    await db.collection('fresh').add({ data: { a: 1 } })
    await expect(db.createCollection('fresh')).rejects.toThrow(/Table exist/)
  })

  it('given config/database.json, openStore creates its collections and indexes', () => {
    expect(store.collectionNames()).toEqual(expect.arrayContaining(['complaints', 'events', 'users', 'outbox']))
    const indexes = store.db.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'col_complaints'").all() as {
      name: string
    }[]
    expect(indexes.map((i) => i.name)).toEqual(expect.arrayContaining(['ix_complaints_status_created', 'ix_complaints_no']))
  })
})
