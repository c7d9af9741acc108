/**
 * The DocumentStore on its own: the SQL pre-filter and SQL ordering must never change
 * what mingo alone would answer, and indexed queries must read only matching rows.
 */
import { aggregate as mingoAggregate, find as mingoFind } from 'mingo'
import { DocumentStore, installDatabase, openStore, uninstallDatabase } from '../../emulator/db'

const cloud = require('wx-server-sdk')

/** A small deterministic PRNG, so failures reproduce. */
function rng(seed: number) {
  let s = seed >>> 0
  return () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32
}

const DATE = (d: number) => new Date(Date.UTC(2025, 0, 1 + d))
const SORTS: Record<string, number>[] = [
  { v: 1, _id: 1 },
  { 'a.b': -1, _id: 1 },
  { d: -1, n: 1, _id: -1 },
]

describe('given documents whose fields mix types, arrays and missing values', () => {
  const rand = rng(42)
  const pick = <T>(xs: T[]): T => xs[Math.floor(rand() * xs.length)]
  // Value palettes per scenario: each breaks a different assumption of the SQL plan.
  const palettes: Record<string, unknown[]> = {
    uniform: ['a', 'b', 'c', 'd', null],
    mixed: [null, 0, 1, 2, 2.5, -3, 'a', 'b', 'B', 'ab', '', true, false, DATE(0), DATE(3), DATE(7), ['a', 1], [2, 'b'], [], { x: 1 }],
    arrays: [null, 0, 1, 2, 'a', 'b', ['a', 1], [2, 'b'], [], { x: 1 }],
    datesAndStrings: [null, 'a', 'b', '{', '|', `{"$date":"${DATE(3).toISOString()}"}`, DATE(0), DATE(3), DATE(7)],
    boolsAndNumbers: [null, 0, 1, 2, true, false],
    extendedYears: [null, DATE(0), DATE(7), new Date('+010000-01-01T00:00:00Z'), new Date('-000050-01-01T00:00:00Z')],
  }
  const make = (i: number, kind: string) => {
    const values = palettes[kind]
    // Some numeric ids in the mixed set: stored as '10' in the _id column, which must not match the string '10'.
    const doc: Record<string, unknown> = { _id: kind === 'mixed' && i % 10 === 0 ? i : `id${String(i).padStart(4, '0')}` }
    if (rand() < 0.9) doc.v = pick(values)
    if (rand() < 0.9) doc.a = kind !== 'uniform' && rand() < 0.2 ? [{ b: pick(values) }] : { b: pick(values) }
    doc.n = Math.floor(rand() * 5)
    doc.d = DATE(Math.floor(rand() * 10))
    return doc
  }
  const filters = (): Record<string, unknown>[] => {
    // Includes strings equal to the JSON text SQLite reads for an object and a date.
    const scalars = [
      null,
      0,
      1,
      2.5,
      'a',
      'ab',
      '{"x":1}',
      `{"$date":"${DATE(3).toISOString()}"}`,
      true,
      false,
      DATE(3),
      new Date('+010000-01-01T00:00:00Z'),
    ]
    const out: Record<string, unknown>[] = [{}]
    for (const p of ['v', 'a.b', 'n', 'd', '_id']) {
      scalars.forEach((v, j) => {
        // Every operator meets every value across the paths, three per (path, value) to keep it quick.
        const ops = [(x: unknown) => x, ...['$eq', '$gt', '$gte', '$lt', '$lte'].map((op) => (x: unknown) => ({ [op]: x }))]
        for (const k of [0, 2, 4]) out.push({ [p]: ops[(j + k + p.length) % 6](v) })
      })
      out.push(
        { [p]: { $in: [1, 'a', null] } },
        { [p]: { $in: [] } },
        { [p]: { $in: [true, DATE(3), 'b'] } },
        { [p]: { $in: ['id0003', 'id0100'] } },
      )
      out.push({ [p]: { $gt: 0, $lt: 3 } }, { [p]: { $gte: 'a', $lte: 'b' } }, { [p]: { $ne: 'a' } }, { [p]: { $exists: false } })
    }
    out.push({ $and: [{ n: { $gte: 1 } }, { v: 'a' }] }, { $or: [{ n: 1 }, { v: 'b' }] }, { _id: { $gte: 'id0100', $lt: 'id0150' }, n: 2 })
    out.push(
      { $or: [{ v: 'a', n: { $in: [1, 2] } }, { 'a.b': { $lt: 2 } }] },
      { $or: [{ v: 1 }, { v: { $ne: 'b' } }] },
      { $or: [{ v: true }, { d: { $gt: DATE(6) } }] },
    )
    out.push(
      { $and: [{ n: { $lte: 3 } }, { $or: [{ v: null }, { 'a.b': 'a' }] }] },
      { $or: [{ $or: [{ v: 'b' }, { v: 2 }] }, { _id: 'id0007' }] },
    )
    out.push({ _id: '20' }, { _id: 20 }, { _id: { $in: ['10', 'id0003'] } }, { _id: { $gte: '1', $lt: '3' } })
    out.push({ d: { $gte: DATE(2), $lt: DATE(5) } }, { 'a.b': { $in: [1, 2] }, n: { $lte: 3 } })
    return out
  }

  for (const kind of Object.keys(palettes)) {
    describe(`(${kind})`, () => {
      let store: DocumentStore
      let all: Record<string, unknown>[]

      beforeAll(() => {
        store = new DocumentStore({
          collections: [
            {
              name: 't',
              indexes: [
                { name: 'v', keys: { v: 1 } },
                { name: 'ab_n', keys: { 'a.b': 1, n: -1 } },
                { name: 'd', keys: { d: 1 } },
              ],
            },
          ],
        })
        all = Array.from({ length: 150 }, (_v, i) => make(i, kind))
        store.insert(
          't',
          all.map((d) => ({ ...d })),
        )
      })
      afterAll(() => store.close())

      it('it finds, counts, sorts and pages exactly like mingo on every filter', () => {
        const mismatches: unknown[] = []
        const same = (a: unknown[], b: unknown[]) => a.length === b.length && a.every((x, i) => x === b[i])
        filters().forEach((filter, i) => {
          const expected = mingoFind(all, filter)
            .all()
            .map((d) => d._id)
          const found = store.find('t', filter).map((d) => d._id)
          if (!same([...found].sort(), [...expected].sort())) mismatches.push({ filter, found, expected })
          const n = store.count('t', filter)
          if (n !== expected.length) mismatches.push({ filter, count: n, expected: expected.length })
          const sort = SORTS[i % 3]
          const sorted = mingoFind(all, filter)
            .sort(sort as never)
            .all()
            .map((d) => d._id)
          for (const skip of [3, 50, 100]) {
            const got = store.find('t', filter, { sort, skip, limit: 40 }).map((d) => d._id)
            if (!same(got, sorted.slice(skip, skip + 40))) mismatches.push({ filter, sort, skip, got })
          }
        })
        expect(mismatches).toEqual([])
      })

      it('it serves a leading $match/$sort/$limit of an aggregation like mingo', () => {
        const pipeline = [{ $match: { n: { $gte: 2 } } }, { $sort: { v: -1, _id: 1 } }, { $skip: 2 }, { $limit: 5 }, { $project: { v: 1 } }]
        expect(store.aggregate('t', pipeline)).toEqual(mingoAggregate(all, pipeline))
      })
    })
  }
})

describe('given 2000 complaints in the indexed complaints collection', () => {
  let store: DocumentStore
  let db: any
  const statuses = ['new', 'accepted', 'dispatched', 'resolved', 'closed']

  beforeAll(async () => {
    cloud.init({ env: 'local' })
    store = openStore()
    installDatabase(store)
    db = cloud.database()
    const docs = Array.from({ length: 2000 }, (_v, i) => ({
      no: `C-${i}`,
      status: statuses[i % 5],
      createdAt: new Date(Date.UTC(2025, 0, 1) + i * 60_000),
      complainant: { openid: `user-${i % 100}`, room: `${i % 40}-101` },
      tags: ['x'],
    }))
    for (let i = 0; i < docs.length; i += 500) await db.collection('complaints').add({ data: docs.slice(i, i + 500) })
  })
  afterAll(() => {
    store.close()
    uninstallDatabase()
  })
  beforeEach(() => store.resetStats())

  it('an equality query on an indexed path reads only the matching rows', async () => {
    const res = await db.collection('complaints').where({ 'complainant.openid': 'user-7' }).get()
    expect(res.data).toHaveLength(20)
    expect(store.stats.docsRead).toBe(20)
    expect(store.explain('complaints', { 'complainant.openid': 'user-7' }).join(' ')).toMatch(
      /USING INDEX ix_complaints_complainant_created/,
    )
  })

  it('a sorted, limited query on an index reads only the rows it returns', async () => {
    const _ = db.command
    const res = await db.collection('complaints').where({ status: 'new' }).orderBy('createdAt', 'desc').limit(10).get()
    expect(res.data.map((d: any) => d.no)).toEqual(Array.from({ length: 10 }, (_v, i) => `C-${1995 - 5 * i}`))
    expect(store.stats.docsRead).toBe(10)
    const plan = store.explain('complaints', { status: 'new' }, { createdAt: -1 }).join(' ')
    expect(plan).toMatch(/USING INDEX ix_complaints_status_created/)
    expect(plan).not.toMatch(/TEMP B-TREE/)
    const ranged = await db
      .collection('complaints')
      .where({ createdAt: _.gte(new Date(Date.UTC(2025, 0, 1) + 1990 * 60_000)) })
      .get()
    expect(ranged.data).toHaveLength(10)
  })

  it('a count on indexed equalities is answered by SQL without reading documents', async () => {
    const _ = db.command
    expect(
      (
        await db
          .collection('complaints')
          .where({ status: _.in(['new', 'closed']) })
          .count()
      ).total,
    ).toBe(800)
    expect(store.stats.docsRead).toBe(0)
  })

  it('a unique index refuses a duplicate value', async () => {
    await expect(db.collection('complaints').add({ data: { no: 'C-1' } })).rejects.toThrow(/duplicate key.*index: no/)
  })
})
