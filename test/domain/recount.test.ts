/**
 * H4 暂定 deadlines in the domain: which clocks the effects count provisionally (and which they fix),
 * which clocks a recount touches, the rule that a deadline the complainant was told never moves
 * earlier, and how the views and the registration form mark them. No 2027 schedule is known here:
 * the fixtures' calendar counts 2027 on the provisional calendar, as the complaint function does.
 */
import { WorkCalendar } from '../../cloudfunctions/complaint/domain/calendar'
import { activeDeadline, RUNNING, shownDeadlines } from '../../cloudfunctions/complaint/domain/deadlines'
import * as fx from '../../cloudfunctions/complaint/domain/effects'
import { disclose, discloseAt } from '../../cloudfunctions/complaint/domain/disclosure'
import { transitionFor, type Outcome } from '../../cloudfunctions/complaint/domain/lifecycle'
import type { Complaint } from '../../cloudfunctions/complaint/domain/model'
import { personRef } from '../../cloudfunctions/complaint/domain/policy'
import { RECOUNT_STATES, recountDeadlines, TOLD_TO_COMPLAINANT } from '../../cloudfunctions/complaint/domain/recount'
import { registrationForm } from '../../cloudfunctions/complaint/domain/registration-form'
import { summaryFor as toSummary, toView } from '../../cloudfunctions/complaint/domain/view'
import { SUPERVISED } from '@shared/status-groups'
import { STATUSES, type Status } from '@shared/vocabulary'
import { at, CAST, complaint, ctx, endOf, input, undispatched } from './fixtures'
import { DEFAULT_DEPARTMENTS } from '@shared/departments'

const ALL = Object.keys(STATUSES) as Status[]

/** The complaint after an outcome, as the use case writes it. */
const applied = (c: Complaint, o: Outcome): Complaint => ({ ...c, ...o.patch, status: o.to })

/** Accepted by customer service at `when` (general tier, no department yet). */
function acceptedAt(when: number): Complaint {
  const c = undispatched({ acceptedAt: undefined, deadlines: {} })
  return applied(c, fx.accept(c, input('accept'), ctx(CAST.agent, when)))
}

/** A 2027 schedule as the State Council might publish it: days off, and make-up working days (调休). */
const year2027 = (holidays: string[], workdays: string[] = []) =>
  new WorkCalendar({ years: { 2027: { holidays, workdays, source: '国办发明电〔2026〕' } } }, { provisional: true })

/** The schedule the rule predicts for early January (元旦 only), and one with a make-up Saturday that makes counts shorter. */
const AS_PREDICTED = year2027(['2027-01-01'])
const MAKE_UP_SATURDAY = year2027(['2027-01-01'], ['2027-01-02'])

describe('H4: the effects note how a provisional clock was counted, and a fixed date clears the note', () => {
  it('given acceptance on Tue 29 Dec 2026, dispatch (Wed 30 Dec) is official and handling (Mon 4 Jan 2027, 元旦 and the weekend skipped) is 暂定', () => {
    const c = acceptedAt(at('2026-12-29'))
    expect(c.deadlines).toEqual({
      dispatchDueAt: endOf('2026-12-30'),
      handlingDueAt: endOf('2027-01-04'),
      provisional: { handlingDueAt: { from: at('2026-12-29'), workdays: 3 } },
    })
  })

  it('given acceptance on Thu 31 Dec 2026, both counted clocks start in 2027 and are 暂定', () => {
    const c = acceptedAt(at('2026-12-31'))
    expect(c.deadlines.dispatchDueAt).toBe(endOf('2027-01-04'))
    expect(c.deadlines.handlingDueAt).toBe(endOf('2027-01-06'))
    expect(Object.keys(c.deadlines.provisional ?? {}).sort()).toEqual(['dispatchDueAt', 'handlingDueAt'])
  })

  it('H4-3: an emergency’s clocks run in hours and are never 暂定, even across the year', () => {
    const o = fx.accept(undispatched({ deadlines: {} }), input('accept', { tier: 'emergency' }), ctx(CAST.agent, at('2026-12-31')))
    expect(o.patch.deadlines?.provisional).toBeUndefined()
  })

  it('H3-PLAN, H3-EXT: an approved plan’s or extension’s date is chosen, not counted: it replaces the 暂定 handling deadline and its note', () => {
    const c = { ...acceptedAt(at('2026-12-29')), status: 'plan_pending' as const }
    const plan = { owner: '张洁', steps: ['更换地砖'], deadline: '2027-01-08', status: 'pending' as const }
    const approved = fx.approvePlan(
      { ...c, plan: { ...plan, submittedBy: personRef(CAST.assignee), submittedAt: at('2026-12-30') } },
      input('approve_plan'),
      ctx(CAST.supervisor, at('2026-12-30')),
    )
    expect(approved.patch.deadlines).toEqual({ dispatchDueAt: endOf('2026-12-30'), handlingDueAt: endOf('2027-01-08') })
    const ext = {
      newDeadline: '2027-01-07',
      reason: '材料未到',
      status: 'pending' as const,
      requestedBy: personRef(CAST.assignee),
      requestedAt: at('2026-12-30'),
    }
    const extended = fx.approveExtension(
      { ...c, status: 'handling', extension: ext },
      input('approve_extension'),
      ctx(CAST.supervisor, at('2026-12-30')),
    )
    expect(extended.patch.deadlines?.provisional).toBeUndefined()
  })

  it('F1, F2: the result on Wed 30 Dec starts a 暂定 return visit (Tue 5 Jan); the stopped handling clock is no longer shown as 暂定', () => {
    const c = { ...acceptedAt(at('2026-12-29')), status: 'handling' as const, mode: 'rectification' as const }
    const r = applied(c, fx.giveResult(c, input('give_result', { summary: '已清扫' }), ctx(CAST.assignee, at('2026-12-30'))))
    expect(r.deadlines.returnVisitDueAt).toBe(endOf('2027-01-05'))
    expect(r.deadlines.provisional?.returnVisitDueAt).toEqual({ from: at('2026-12-30'), workdays: 3 })
    expect(shownDeadlines(r.deadlines, r.status).provisional).toEqual({ returnVisitDueAt: true })
  })

  it('F3: a first dissatisfied rating starts a new handling round, counted (and noted) from the rating', () => {
    const c = complaint({ status: 'resolved', resolvedAt: at('2026-12-28'), deadlines: { returnVisitDueAt: endOf('2026-12-31') } })
    const o = fx.rate(c, input('rate', { level: 1, comment: '没扫' }), ctx(CAST.complainant, at('2026-12-30')))
    expect(o.patch.deadlines).toMatchObject({
      handlingDueAt: endOf('2027-01-05'),
      provisional: { handlingDueAt: { from: at('2026-12-30'), workdays: 3 } },
    })
  })
})

describe('H4: which clocks a recount touches', () => {
  it('each counted clock runs exactly where the table keeps it running: dispatch until dispatched, handling while supervised, the return visit until due', () => {
    const watched = (clock: 'dispatch' | 'handling') =>
      ALL.filter((s) => activeDeadline(complaint({ status: s, deadlines: { dispatchDueAt: 1, handlingDueAt: 2 } }))?.kind === clock)
    expect(RUNNING.dispatchDueAt).toEqual(watched('dispatch'))
    expect([...RUNNING.handlingDueAt].sort()).toEqual([...SUPERVISED].sort())
    expect(RUNNING.returnVisitDueAt).toEqual(transitionFor('mark_return_visit_due')?.from)
    expect([...RECOUNT_STATES].sort()).toEqual([...new Set([...SUPERVISED, 'resolved'])].sort())
  })

  it('given a complaint in any state where no counted clock runs, a recount changes nothing', () => {
    const c = acceptedAt(at('2026-12-31'))
    for (const status of ALL.filter((s) => !RECOUNT_STATES.includes(s)))
      expect(recountDeadlines({ ...c, status }, year2027(['2027-01-01', '2027-01-04']))).toBeNull()
  })

  it('given a dispatched complaint, only the handling clock is recounted; the stopped dispatch clock keeps its date and loses its note', () => {
    const c = { ...acceptedAt(at('2026-12-31')), status: 'dispatched' as const }
    const r = recountDeadlines(c, year2027(['2027-01-01', '2027-01-04']))!
    expect(r.changes.map((x) => x.clock)).toEqual(['handlingDueAt'])
    expect(r.deadlines.dispatchDueAt).toBe(c.deadlines.dispatchDueAt)
    expect(r.deadlines.provisional).toBeUndefined()
  })

  it('given the schedule the rule predicted, a recount only drops the 暂定 mark', () => {
    const c = { ...acceptedAt(at('2026-12-29')), status: 'dispatched' as const }
    const r = recountDeadlines(c, AS_PREDICTED)!
    expect(r.changes).toEqual([
      { clock: 'handlingDueAt', before: endOf('2027-01-04'), after: endOf('2027-01-04'), counted: endOf('2027-01-04'), provisional: false },
    ])
    expect(r.deadlines).toEqual({ dispatchDueAt: endOf('2026-12-30'), handlingDueAt: endOf('2027-01-04') })
  })

  it('given a year still without its schedule, the 暂定 clocks stay as they are and nothing is written', () => {
    expect(recountDeadlines(acceptedAt(at('2026-12-31')), new WorkCalendar({}, { provisional: true }))).toBeNull()
  })
})

describe('H4: a recount never moves a deadline the complainant was told earlier', () => {
  it('names the handling and the dispatch deadline as told; the return visit is customer service’s own clock', () => {
    expect([...TOLD_TO_COMPLAINANT].sort()).toEqual(['dispatchDueAt', 'handlingDueAt'])
  })

  it.each(SUPERVISED.map((s) => [s]))(
    'given a make-up Saturday that ends the count on 2 Jan, a complaint %s keeps the handling deadline it was told (4 Jan), the official count noted',
    (status) => {
      const r = recountDeadlines({ ...acceptedAt(at('2026-12-29')), status }, MAKE_UP_SATURDAY)!
      expect(r.changes).toEqual([
        {
          clock: 'handlingDueAt',
          before: endOf('2027-01-04'),
          after: endOf('2027-01-04'),
          counted: endOf('2027-01-02'),
          provisional: false,
        },
      ])
    },
  )

  it('given a make-up Saturday, the dispatch deadline told while the complaint waits for dispatch stays too', () => {
    const c = acceptedAt(at('2026-12-31')) // dispatch 暂定 Mon 4 Jan; officially Sat 2 Jan
    const r = recountDeadlines(c, MAKE_UP_SATURDAY)!
    expect(r.deadlines.dispatchDueAt).toBe(endOf('2027-01-04'))
    expect(r.changes.find((x) => x.clock === 'dispatchDueAt')).toMatchObject({ counted: endOf('2027-01-02') })
  })

  it('given a make-up Saturday, the return visit takes the official count, earlier (Mon 4 Jan instead of Tue 5)', () => {
    const c = complaint({
      status: 'resolved',
      deadlines: { returnVisitDueAt: endOf('2027-01-05'), provisional: { returnVisitDueAt: { from: at('2026-12-30'), workdays: 3 } } },
    })
    expect(recountDeadlines(c, MAKE_UP_SATURDAY)!.deadlines).toEqual({ returnVisitDueAt: endOf('2027-01-04') })
  })

  it('given more days off than the rule knew, the deadlines move later', () => {
    const r = recountDeadlines(acceptedAt(at('2026-12-31')), year2027(['2027-01-01', '2027-01-04']))!
    expect(r.deadlines).toEqual({ dispatchDueAt: endOf('2027-01-05'), handlingDueAt: endOf('2027-01-07') })
  })

  it('for every early-January schedule (days off and make-up days in any combination), told clocks end at the later of told and official, the return visit at the official count', () => {
    const subsets = <T>(xs: T[]): T[][] => xs.reduce<T[][]>((all, x) => [...all, ...all.map((s) => [...s, x])], [[]])
    const accepted = acceptedAt(at('2026-12-31'))
    const resolved = complaint({
      status: 'resolved',
      deadlines: { returnVisitDueAt: endOf('2027-01-06'), provisional: { returnVisitDueAt: { from: at('2026-12-31'), workdays: 3 } } },
    })
    let schedules = 0
    for (const holidays of subsets(['2027-01-01', '2027-01-04', '2027-01-05']))
      for (const workdays of subsets(['2027-01-02', '2027-01-03'])) {
        const cal = year2027(holidays, workdays)
        const official = new WorkCalendar({ years: { 2027: { holidays, workdays, source: 'test' } } })
        const r = recountDeadlines(accepted, cal)
        for (const clock of ['dispatchDueAt', 'handlingDueAt'] as const) {
          const basis = accepted.deadlines.provisional![clock]!
          const expected = Math.max(accepted.deadlines[clock]!, official.deadlineAfter(basis.from, basis.workdays))
          expect((r?.deadlines ?? accepted.deadlines)[clock]).toBe(expected)
        }
        expect(recountDeadlines(resolved, cal)?.deadlines.returnVisitDueAt ?? endOf('2027-01-06')).toBe(
          official.deadlineAfter(at('2026-12-31'), 3),
        )
        schedules += 1
      }
    expect(schedules).toBe(32)
  })
})

describe('H4: the views and the registration form mark running 暂定 clocks, and never show how they were counted', () => {
  const dispatched = () => ({ ...acceptedAt(at('2026-12-29')), status: 'dispatched' as const, departmentCode: 'cleaning' as const })

  it('the list row’s due deadline and the view’s deadlines say 暂定 for the running handling clock only', () => {
    const c = dispatched()
    expect(toSummary(c, CAST.supervisor, at('2026-12-30'), DEFAULT_DEPARTMENTS).due).toMatchObject({
      kind: 'handling',
      at: endOf('2027-01-04'),
      provisional: true,
    })
    expect(toView(c, ctx(CAST.supervisor, at('2026-12-30')), disclose(c, CAST.supervisor), (f) => f).deadlines).toEqual({
      dispatchDueAt: endOf('2026-12-30'),
      handlingDueAt: endOf('2027-01-04'),
      provisional: { handlingDueAt: true },
    })
  })

  it('given the clock stopped (the result given), its date shows without the mark', () => {
    const c = { ...dispatched(), status: 'closed' as const }
    expect(toView(c, ctx(CAST.supervisor, at('2027-01-10')), disclose(c, CAST.supervisor), (f) => f).deadlines.provisional).toBeUndefined()
  })

  it('the registration form’s 处理期限 reads with （暂定） while it runs; an official deadline reads plainly', () => {
    const row = (c: Complaint, label: string) =>
      registrationForm(discloseAt(c, 'contact', { reveal: true }), at('2026-12-30'), DEFAULT_DEPARTMENTS)
        .sections.find((s) => s.title === '期限与督办')!
        .rows.find(([k]) => k === label)![1]
    expect(row(dispatched(), '处理期限')).toBe('2027年1月4日 23:59（暂定）')
    expect(row(dispatched(), '派单期限')).toBe('2026年12月30日 23:59')
    expect(row({ ...dispatched(), status: 'closed' }, '处理期限')).toBe('2027年1月4日 23:59')
  })
})
