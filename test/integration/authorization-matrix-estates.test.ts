/**
 * The authorization matrix, estate × role (issue 16): staff of one estate cannot list, read,
 * search, act on, export, print or be notified about another estate's complaints — 0 leaks is
 * the test — and a resident of one estate cannot file into another without joining it. The demo
 * company has three estates (阳光花园 `default`, 湖畔雅苑 `lakeside`, 枫林苑 `maple`).
 */
import { setNow, U } from '../helpers/emulator'
import { startReportHarness, type ReportHarness } from '../helpers/report'

const SUNNY = { resident: U.wangli, agent: U.agent, handler: U.cleaning, supervisor: U.cleaningSupervisor, manager: U.manager }
const LAKE = {
  resident: 'demo-resident-21',
  agent: 'demo-lakeside-agent',
  handler: 'demo-lakeside-cleaning',
  manager: 'demo-lakeside-manager',
}
const MAPLE = { resident: 'demo-resident-31', agent: 'demo-maple-agent', handler: 'demo-maple-engineering', manager: 'demo-maple-manager' }
const OUTSIDERS = { ...prefixed('lakeside', LAKE), ...prefixed('maple', MAPLE) }
const SCOPES = ['mine', 'tasks', 'queue', 'approvals', 'escalated', 'all']

function prefixed(estate: string, people: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(people).map(([role, openid]) => [`${estate} ${role}`, openid]))
}

const filing = { category: 'cleaning', location: '3栋大堂', description: '大堂地面很脏，无人清扫。' }

let h: ReportHarness
let sunnyId: string
let sunnyNo: string

beforeAll(async () => {
  setNow('2026-11-30T02:00:00Z')
  h = await startReportHarness()
  const c = await h.as(SUNNY.resident)('complaint.submit', filing)
  sunnyId = c.id
  sunnyNo = c.no
  await h.as(SUNNY.agent)('complaint.act', { id: sunnyId, action: 'accept' })
  await h.as(SUNNY.agent)('complaint.act', { id: sunnyId, action: 'dispatch' })
  await h.as(SUNNY.handler)('complaint.act', { id: sunnyId, action: 'take' })
}, 60_000)
afterAll(() => {
  h?.close()
  jest.useRealTimers()
})

/** Every way a caller could see a complaint: the ids and numbers it answers with, as text. */
async function everythingSeenBy(openid: string): Promise<string> {
  const seen: unknown[] = []
  for (const scope of SCOPES) {
    seen.push(await h.raw(openid)('complaint.list', { scope }))
    seen.push(await h.raw(openid)('complaint.list', { scope, q: sunnyNo }))
    seen.push(await h.raw(openid)('complaint.list', { scope, q: '大堂' }))
  }
  seen.push(await h.raw(openid)('messages.list', {}))
  seen.push(await h.raw(openid)('alerts.status', {}))
  return JSON.stringify(seen)
}

describe('given a complaint of 阳光花园, staff and residents of the other estates', () => {
  it('(the check can fail: 阳光花园’s own customer service, handler and complainant do see it through the same calls)', async () => {
    for (const openid of [SUNNY.agent, SUNNY.handler, SUNNY.resident]) expect(await everythingSeenBy(openid)).toContain(sunnyId)
    const told = new Set((await h.docs('inbox')).map((m) => m.openid))
    expect([told.has(SUNNY.agent), told.has(SUNNY.handler), told.has(SUNNY.resident)]).toEqual([true, true, true])
  })

  it.each(Object.entries(OUTSIDERS))('%s lists, searches and is notified of nothing of it (0 leaks)', async (_who, openid) => {
    const seen = await everythingSeenBy(openid)
    expect(seen).not.toContain(sunnyId)
    expect(seen).not.toContain(sunnyNo)
    expect(h.emu.recorder.list().filter((m: any) => m.touser === openid)).toEqual([])
  })

  it.each(Object.entries(OUTSIDERS))(
    '%s cannot read, print, export, converse about or act on it: NOT_FOUND, nothing changed',
    async (_who, openid) => {
      const before = h.snapshot()
      const tries: [string, Record<string, unknown>][] = [
        ['complaint.get', { id: sunnyId }],
        ['complaint.revealContact', { id: sunnyId }],
        ['complaint.form', { id: sunnyId }],
        ['complaint.repeatCandidates', { id: sunnyId }],
        ['conversation.list', { id: sunnyId }],
        ['conversation.send', { id: sunnyId, text: '您好' }],
        ['complaint.act', { id: sunnyId, action: 'add_note', text: '现场查看' }],
        ['complaint.act', { id: sunnyId, action: 'transfer', departmentCode: 'engineering', reason: '属工程部' }],
        ['complaint.act', { id: sunnyId, action: 'urge' }],
      ]
      for (const [action, payload] of tries) {
        const r = await h.raw(openid)(action, payload)
        expect([action, r.ok, r.error?.code]).toEqual([action, false, expect.stringMatching(/^(NOT_FOUND|FORBIDDEN)$/)])
        expect(JSON.stringify(r)).not.toContain(sunnyNo)
      }
      const exported = await h.rawReport(openid)('export.form', { id: sunnyId })
      expect(exported.ok).toBe(false)
      expect(h.snapshot()).toEqual(before)
    },
  )

  it('its notifications, in-app messages included, went to nobody of another estate', async () => {
    const outsiders = new Set(Object.values(OUTSIDERS))
    expect(h.emu.recorder.list().filter((m: any) => outsiders.has(m.touser))).toEqual([])
    expect((await h.docs('inbox')).filter((m) => outsiders.has(m.openid))).toEqual([])
  })
})

describe('filing: a complaint belongs to the filer’s current estate, never the payload’s', () => {
  it('given a 湖畔雅苑 resident, their complaint is 湖畔雅苑’s and 湖畔雅苑’s customer service sees it, 阳光花园’s does not', async () => {
    const c = await h.as(LAKE.resident)('complaint.submit', filing)
    const [stored] = await h.docs('complaints', { _id: c.id })
    expect(stored.estate).toBe('lakeside')
    const events = await h.docs('events', { complaintId: c.id })
    expect(events.map((e) => e.estate)).toEqual(events.map(() => 'lakeside'))
    expect((await h.as(LAKE.agent)('complaint.list', { scope: 'queue' })).items.map((i: any) => i.id)).toContain(c.id)
    expect(JSON.stringify(await h.as(SUNNY.agent)('complaint.list', { scope: 'queue' }))).not.toContain(c.id)
    expect((await h.raw(SUNNY.manager)('complaint.get', { id: c.id })).error.code).toBe('NOT_FOUND')
  })

  it('a payload naming an estate is refused, and nothing is filed', async () => {
    const before = (await h.docs('complaints')).length
    const r = await h.raw(LAKE.resident)('complaint.submit', { ...filing, estate: 'default' })
    expect(r.error.code).toBe('INVALID_INPUT')
    expect((await h.docs('complaints')).length).toBe(before)
  })

  it('a resident of 阳光花园 cannot switch into 枫林苑 without joining it; after joining, they file there', async () => {
    const refused = await h.raw(U.chen)('estate.switch', { code: 'maple' })
    expect(refused.error.code).toBe('FORBIDDEN')
    expect((await h.docs('users', { openid: U.chen }))[0].estate).toBe('default')
    const joined = await h.as(U.chen)('estate.join', { scene: 'e=maple' })
    expect(joined.estate).toEqual({ code: 'maple', name: '枫林苑' })
    expect(joined.estates.map((e: any) => e.code)).toEqual(['default', 'maple'])
    const c = await h.as(U.chen)('complaint.submit', { ...filing, location: '5栋大堂' })
    expect((await h.docs('complaints', { _id: c.id }))[0].estate).toBe('maple')
    await h.as(U.chen)('estate.switch', { code: 'default' })
    expect((await h.raw(U.chen)('complaint.get', { id: c.id })).error.code).toBe('NOT_FOUND')
  })
})
