/**
 * Issue 18: the desk's suggestions in the complaint view (domain/suggestions-view.ts) — for the
 * viewers who decide acceptance at the `contact` level only, built from their projection, with the
 * likely recent repeat (A4-R4) beside them; nobody else's view carries them.
 */
import { disclose, seesSuggestions } from '../../cloudfunctions/complaint/domain/disclosure'
import { allowedActions } from '../../cloudfunctions/complaint/domain/lifecycle'
import type { Complaint } from '../../cloudfunctions/complaint/domain/model'
import { personRef } from '../../cloudfunctions/complaint/domain/policy'
import { RECENT_REPEAT_DAYS, recentRepeat, suggestionsFor } from '../../cloudfunctions/complaint/domain/suggestions-view'
import { toView } from '../../cloudfunctions/complaint/domain/view'
import { CAST, complaint, ctx, HOUR, NOW, PEOPLE, undispatched, type CastName } from './fixtures'

const DAY = 24 * HOUR
const GUARD = '东门值班的保安推了我一把，还骂我'
const fresh = (over: Partial<Complaint> = {}) =>
  undispatched({ category: 'security', location: '东门', description: GUARD, firstContact: undefined, createdAt: NOW - HOUR, ...over })
const viewOf = (n: CastName, c: Complaint) => toView(c, ctx(CAST[n]), disclose(c, CAST[n]), (f) => f)

describe('who gets the suggestions', () => {
  it('G3-P5 only the contact level sees suggestions: not the complainant, the accused, a masked handler or an outsider', () => {
    expect(['complainant', 'contact', 'masked', 'accused', 'none'].filter((l) => seesSuggestions(l as never))).toEqual(['contact'])
  })

  it('given a new complaint, customer service and the manager get them; every other member of the cast does not', () => {
    const c = fresh()
    const with_ = PEOPLE.filter((n) => viewOf(n, c).suggestions)
    expect(with_.sort()).toEqual(['agent', 'csSupervisor', 'manager'])
  })

  it('H2-S given the complaint is about the customer service supervisor, she gets none although her post accepts', () => {
    const c = fresh({ subjectStaff: { name: '何静', openid: CAST.csSupervisor.openid } })
    expect(viewOf('csSupervisor', c).suggestions).toBeUndefined()
    expect(viewOf('agent', c).suggestions?.aboutStaff?.role).toBe('security_guard')
  })

  it('given acceptance decided (dispatched), nobody gets them', () => {
    expect(PEOPLE.filter((n) => viewOf(n, complaint()).suggestions)).toEqual([])
  })
})

describe('what they say', () => {
  it('given the text, the suggestions are read from the projection with the office routing and each has a reason', () => {
    const c = fresh()
    const s = suggestionsFor(disclose(c, CAST.agent), allowedActions(c, ctx(CAST.agent)), ctx(CAST.agent).settings)!
    expect(s.category).toMatchObject({ value: 'security', departmentLabel: '秩序维护部' })
    expect(s.aboutStaff).toMatchObject({ role: 'security_guard', department: 'security' })
    expect(s.aboutStaff!.reason).toContain('提到“保安推了我一把”')
    expect(s.refusal).toBeNull()
    expect(s.repeat).toBeNull()
  })

  it('A4-R2 given a registration with neither phone nor mini-program account, it suggests getting a contact first', () => {
    const c = fresh({ channel: 'letter', complainant: { name: '匿名', room: '', phone: '' } })
    const s = suggestionsFor(disclose(c, CAST.agent), ['accept', 'refuse'], ctx(CAST.agent).settings)!
    expect(s.refusal).toMatchObject({ ground: 'A4-R2', reason: expect.stringContaining('没有留下有效联系方式') })
  })
})

describe('A4-R4 the likely recent repeat', () => {
  const answered = (daysAgo: number, over: Partial<Complaint> = {}) =>
    complaint({
      _id: `e${daysAgo}`,
      no: `TS-E${daysAgo}`,
      status: 'closed',
      category: 'security',
      location: '东门',
      description: GUARD,
      result: {
        summary: '已对当班保安批评教育',
        mode: 'rectification',
        coordinatingDepartments: [],
        files: [],
        by: personRef(CAST.assignee),
        at: NOW - daysAgo * DAY,
      },
      createdAt: NOW - daysAgo * DAY,
      ...over,
    })

  it('given the same complaint answered 8 days ago, it proposes it with its number and how long ago', () => {
    const r = recentRepeat(fresh(), [answered(8)])
    expect(r).toMatchObject({ id: 'e8', no: 'TS-E8', proposeRefusal: true })
    expect(r!.reason).toMatch(/^与 8 天前的投诉 TS-E8 相似：同一投诉人、同类别、同地点，此前已处理答复/)
  })

  it(`given the earlier one more than ${RECENT_REPEAT_DAYS} days ago, another category or another place, it proposes none`, () => {
    expect(recentRepeat(fresh(), [answered(RECENT_REPEAT_DAYS + 1)])).toBeNull()
    expect(recentRepeat(fresh(), [answered(8, { category: 'cleaning' })])).toBeNull()
    expect(recentRepeat(fresh(), [answered(8, { location: '12栋地下车库' })])).toBeNull()
  })

  it('given the repeat, the view carries it with the suggestions — and only where the suggestions go', () => {
    const c = fresh()
    const repeat = recentRepeat(c, [answered(8)])
    expect(toView(c, ctx(CAST.agent), disclose(c, CAST.agent), (f) => f, repeat).suggestions?.repeat?.no).toBe('TS-E8')
    expect(toView(c, ctx(CAST.complainant), disclose(c, CAST.complainant), (f) => f, repeat).suggestions).toBeUndefined()
  })
})
