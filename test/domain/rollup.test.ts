/**
 * Rollups (issue 17, domain/rollup.ts): what a complaint contributes, and the change of a
 * transition as the difference of two contributions — so any sequence of changes leaves the
 * rollups equal to a recount of the complaint as it ends up.
 */
import fc from 'fast-check'
import {
  ALL_DEPARTMENTS,
  applyDelta,
  cohortCounters,
  DEFAULT_ESTATE,
  fieldKey,
  flatCounters,
  fromFieldKey,
  nestCounters,
  recountRollups,
  rollupDelta,
  type RollupDoc,
} from '../../cloudfunctions/complaint/domain/rollup'
import { dayOf } from '../../cloudfunctions/complaint/domain/calendar'
import { complaintHistory, storedComplaint } from '../helpers/rollup-arbitraries'
import { at, complaint, endOf, undispatched } from './fixtures'

/** Applies deltas to a map of rollups, as the repository's transaction does. */
function applyAll(docs: Map<string, RollupDoc>, deltas: ReturnType<typeof rollupDelta>): void {
  for (const d of deltas) docs.set(d.id, applyDelta(docs.get(d.id) ?? null, d, 0))
}
const countersOf = (docs: Map<string, RollupDoc>) =>
  Object.fromEntries([...docs.values()].map((d) => [d._id, flatCounters(d.c)]).filter(([, c]) => Object.keys(c).length))

describe('rollup keys', () => {
  it('given a location with dots, dollars or percent signs, it keeps it as one field segment and reads it back', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const k = fieldKey(s)
        return !k.includes('.') && !k.startsWith('$') && k.length > 0 && fromFieldKey(k) === s
      }),
    )
  })

  it('names the rollup by Shanghai day, estate and department: a complaint at 00:30 on 1 December counts on that day', () => {
    const c = undispatched({ createdAt: at('2026-12-01', '00:30') })
    expect(rollupDelta(null, c).map((d) => d.id)).toEqual([`2026-12-01|${DEFAULT_ESTATE}|none`, `2026-12-01|${DEFAULT_ESTATE}|*`])
  })
})

it('counts a complaint on the Shanghai day calendar.ts gives its creation, at any instant', () => {
  fc.assert(
    fc.property(storedComplaint, fc.integer({ min: 0, max: 4e12 }), (c, createdAt) =>
      expect(rollupDelta(null, { ...c, createdAt })[0].day).toBe(dayOf(createdAt)),
    ),
  )
})

describe('what a transition moves', () => {
  it('H1: a dispatch moves the complaint from 未派单 to the department, counts the dispatch event on its day, and nets out on *', () => {
    const before = undispatched({ status: 'accepted' })
    const after = complaint({ status: 'dispatched', version: before.version + 1 })
    const deltas = rollupDelta(before, after, [
      { action: 'dispatch', at: at('2026-11-30'), data: { departmentCode: 'cleaning', onTime: false } },
    ])
    const byId = Object.fromEntries(deltas.map((d) => [d.id, d.inc]))
    expect(byId[`2026-11-27|${DEFAULT_ESTATE}|none`]).toMatchObject({ n: -1, 'dept.none': -1 })
    expect(byId[`2026-11-27|${DEFAULT_ESTATE}|cleaning`]).toMatchObject({ n: 1, 'dept.cleaning': 1 })
    expect(byId[`2026-11-27|${DEFAULT_ESTATE}|*`]).toMatchObject({ 'dept.none': -1, 'dept.cleaning': 1 })
    expect(byId[`2026-11-27|${DEFAULT_ESTATE}|*`].n).toBeUndefined()
    expect(byId[`2026-11-30|${DEFAULT_ESTATE}|cleaning`]).toEqual({ 'dsp.n': 1, 'dsp.late': 1 })
  })

  it('H4: a result moves the open clock (by its deadline) into a standing result with its day pair, late or not', () => {
    const before = complaint({ status: 'handling' })
    const resolvedAt = at('2026-12-03', '09:00')
    const after = complaint({
      status: 'resolved',
      resolvedAt,
      deadlines: { handlingDueAt: endOf('2026-12-02'), returnVisitDueAt: endOf('2026-12-10') },
    })
    const [dept] = rollupDelta(before, after)
    expect(dept.inc).toMatchObject({
      [`oo.t${endOf('2026-12-02')}`]: -1,
      resulted: 1,
      standing: 1,
      late: 1,
      [`rv.t${endOf('2026-12-10')}`]: 1,
      [`h.${fieldKey('cleaning~h-clean-1')}.late`]: 1,
    })
    expect(Object.keys(dept.inc).some((k) => k.startsWith('hd.d'))).toBe(true)
  })

  it('F2: a rating of the standing result moves it from awaiting a return visit to rated at its level', () => {
    const before = complaint({ status: 'resolved', resolvedAt: at('2026-12-01'), deadlines: { returnVisitDueAt: endOf('2026-12-08') } })
    const after = {
      ...before,
      status: 'closed' as const,
      rating: { level: 5 as const, comment: '', channel: 'self' as const, at: at('2026-12-02') },
    }
    const [dept] = rollupDelta(before, after)
    expect(dept.inc).toEqual({ [`rv.t${endOf('2026-12-08')}`]: -1, vd: 1, 'lv.l5': 1 })
  })

  it('given a change that moves no figure (an addition of text), it moves no rollup', () => {
    const c = complaint()
    expect(rollupDelta(c, { ...c, version: c.version + 1, description: '补充说明' })).toEqual([])
  })
})

describe('any sequence of changes', () => {
  it('leaves the rollups equal to a recount of the complaint as it ends up', () => {
    fc.assert(
      fc.property(complaintHistory, (states) => {
        const docs = new Map<string, RollupDoc>()
        applyAll(docs, rollupDelta(null, states[0]))
        for (let i = 1; i < states.length; i++) applyAll(docs, rollupDelta(states[i - 1], states[i]))
        expect(countersOf(docs)).toEqual(countersOf(recountRollups([states[states.length - 1]], [], 0)))
      }),
      { numRuns: 300 },
    )
  })

  it('keeps the * rollup the sum of the department rollups, counter by counter', () => {
    fc.assert(
      fc.property(fc.array(storedComplaint, { maxLength: 20 }), (cs) => {
        const docs = recountRollups(cs, [], 0)
        const sum: Record<string, number> = {}
        const all: Record<string, number> = {}
        for (const d of docs.values()) {
          const target = d.dept === ALL_DEPARTMENTS ? all : sum
          for (const [k, v] of Object.entries(flatCounters(d.c))) target[`${d.day}|${k}`] = (target[`${d.day}|${k}`] ?? 0) + v
        }
        expect(all).toEqual(sum)
      }),
    )
  })

  it('counts each complaint once on *: n is the number of complaints', () => {
    fc.assert(
      fc.property(fc.array(storedComplaint, { maxLength: 20 }), (cs) => {
        const docs = [...recountRollups(cs, [], 0).values()].filter((d) => d.dept === ALL_DEPARTMENTS)
        expect(docs.reduce((s, d) => s + (flatCounters(d.c).n ?? 0), 0)).toBe(cs.length)
        for (const c of cs) expect(cohortCounters(c).n).toBe(1)
      }),
    )
  })

  it('stores counters nested and reads them back flat', () => {
    fc.assert(fc.property(storedComplaint, (c) => expect(flatCounters(nestCounters(cohortCounters(c)))).toEqual(cohortCounters(c))))
  })
})
