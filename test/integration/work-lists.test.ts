/**
 * Work lists at any size (V1, G3-P5): complaint.list sorts and pages in the database query by the
 * deadline that applies now (domain/list-order.ts), so page 1 holds the soonest-due task and paging
 * reaches every task exactly once — here with 2,500 open tasks in one department, on the built
 * function. The seeded tasks are stored as the function stores them (model.ts, `dueAt` included);
 * the most urgent and the undated one are made through the function itself.
 */
import { dueAtOf, NO_DEADLINE } from '../../cloudfunctions/complaint/domain/list-order'
import type { Complaint } from '../../cloudfunctions/complaint/domain/model'
import { harnessPerTest, U } from '../helpers/emulator'
import { DEFAULT_ESTATE } from '@shared/matters'

const h = harnessPerTest('2026-11-30T02:00:00Z')
const NOW = Date.parse('2026-11-30T02:00:00Z')
const HOUR = 3_600_000
const TASKS = 2500

/** A cleaning complaint as the function stores it, `i`-th of the seed: deadlines with many ties, so the tiebreaks matter. */
function task(i: number, over: Partial<Complaint> = {}): Complaint {
  const c: Complaint = {
    _id: `seed${String(i).padStart(5, '0')}`,
    no: `TS20261101-${String(i).padStart(5, '0')}`,
    version: 3,
    estate: DEFAULT_ESTATE,
    status: i % 2 ? 'investigating' : 'dispatched',
    channel: 'miniprogram',
    category: 'cleaning',
    tier: 'general',
    emergency: false,
    complainant: { openid: U.chen, name: '陈建国', room: '5栋1单元302', phone: '13900002222' },
    location: `${1 + (i % 12)}栋大堂`,
    description: '大堂地面很脏。',
    photos: [],
    confirmation: { required: false },
    departmentCode: 'cleaning',
    ...(i % 2 ? { assignee: { openid: U.cleaning, name: '张洁', role: 'handler' as const } } : {}),
    investigation: [],
    ratings: [],
    reopenCount: 0,
    deadlines: { handlingDueAt: NOW + 2 * 24 * HOUR + (i % 40) * HOUR },
    supervision: { level: 0 },
    createdAt: NOW - 30 * 24 * HOUR + (i % 9) * HOUR,
    updatedAt: NOW - HOUR,
    ...over,
  }
  return { ...c, dueAt: dueAtOf(c) }
}

/** Every page of `scope` as `openid`, `pageSize` at a time, until an empty page. */
async function allPages(openid: string, scope: string, pageSize = 100) {
  const pages: any[] = []
  for (let page = 1; ; page++) {
    const r = await h.as(openid)('complaint.list', { scope, page, pageSize })
    pages.push(r)
    if (!r.items.length) return pages
  }
}

/** Whether rows are in the work lists' order: deadline (undated last), then creation. */
function inDeadlineOrder(rows: { due?: { at: number }; createdAt: number }[]): boolean {
  const key = (r: (typeof rows)[number]) => [r.due?.at ?? NO_DEADLINE, r.createdAt]
  return rows.every((r, i) => {
    if (!i) return true
    const [a, b] = [key(rows[i - 1]), key(r)]
    return a[0] < b[0] || (a[0] === b[0] && a[1] <= b[1])
  })
}

describe('V1 work lists are right at any size', () => {
  beforeEach(() => {
    const seeded = Array.from({ length: TASKS }, (_, i) => task(i))
    // About the handler themself (G3-P5): never in their lists, nor in their totals.
    const aboutHer = Array.from({ length: 30 }, (_, i) =>
      task(TASKS + i, { subjectStaff: { name: '张洁', openid: U.cleaning }, assignee: undefined, status: 'dispatched' }),
    )
    // Another department's: never in a cleaning handler's list.
    const elsewhere = Array.from({ length: 40 }, (_, i) => task(TASKS + 100 + i, { departmentCode: 'engineering', assignee: undefined }))
    h.emu.store.insert('complaints', [...seeded, ...aboutHer, ...elsewhere] as never[])
  })

  it('V1 given 2,500 open tasks in one department, page 1 holds the soonest-due and paging reaches every task exactly once', async () => {
    // The most urgent: an emergency, whose 2-hour response clock runs from now (H4-3).
    const urgent = await h.as(U.wangli)('complaint.submit', {
      category: 'cleaning',
      location: '3栋电梯厅',
      description: '电梯厅地面大量积水，老人滑倒受伤了。',
      emergency: true,
    })
    // Undated: received first by the handler and not yet accepted (G3-P4) — last.
    const undated = await h.as(U.cleaning)('complaint.register', {
      channel: 'letter',
      category: 'cleaning',
      location: '2栋大堂',
      description: '大堂垃圾桶满了。',
      complainant: { name: '赵敏', room: '2栋1101', phone: '13600004444' },
    })
    const [stored] = await h.docs('complaints', { _id: urgent.id })
    // The function writes the order with the change: an emergency nobody acknowledged goes before every deadline (issue 14).
    expect(stored.alert.state).toBe('open')
    expect(stored.dueAt).toBe(stored.alert.raisedAt - NO_DEADLINE)

    const pages = await allPages(U.cleaning, 'tasks')
    const rows = pages.flatMap((p) => p.items)
    const total = TASKS + 2
    expect(pages.map((p) => p.total)).toEqual(pages.map(() => total))
    expect(pages).toHaveLength(Math.ceil(total / 100) + 1)
    expect(pages[0].items[0]).toMatchObject({ id: urgent.id, due: { kind: 'response' } })
    expect(rows.at(-1)).toMatchObject({ id: undated.id, due: undefined })
    expect(rows).toHaveLength(total)
    expect(new Set(rows.map((r) => r.id)).size).toBe(total)
    expect(inDeadlineOrder(rows)).toBe(true)
    const aboutHer = new Set(Array.from({ length: 30 }, (_, i) => `seed${String(TASKS + i).padStart(5, '0')}`))
    expect(rows.filter((r) => aboutHer.has(r.id))).toEqual([])
  })

  it('V1 a smaller page size pages the same list in the same order, and a page past the end is empty', async () => {
    const big = (await allPages(U.cleaning, 'tasks', 100)).flatMap((p) => p.items.map((r: any) => r.id))
    const small = (await allPages(U.cleaning, 'tasks', 41)).flatMap((p) => p.items.map((r: any) => r.id))
    expect(small).toEqual(big)
    expect((await h.as(U.cleaning)('complaint.list', { scope: 'tasks', page: 400, pageSize: 100 })).items).toEqual([])
  })

  it('V1 the supervisor’s and the manager’s task lists are paged the same way, soonest first, every task once', async () => {
    for (const [who, expected] of [
      [U.cleaningSupervisor, TASKS + 30],
      [U.manager, TASKS + 30 + 40],
    ] as const) {
      const pages = await allPages(who, 'tasks')
      const rows = pages.flatMap((p) => p.items)
      expect([who, pages[0].total, rows.length, new Set(rows.map((r) => r.id)).size]).toEqual([who, expected, expected, expected])
      expect(inDeadlineOrder(rows)).toBe(true)
      expect(rows[0].due.at).toBe(Math.min(...rows.map((r) => r.due.at)))
    }
  })
})
