/**
 * Issue 14 meets issue 15: what the emergency chain records about a resident's complaint is part of
 * their data (me.data), and the alerts sent about it (`alert_outbox`: the matter and its place, the
 * staff alerted) go when the complaint is anonymised — at once when the resident deletes their
 * account, N months after closing by retention. The alerts never held the complainant's name, room
 * or phone (domain/alert-message.ts).
 */
import { harnessPerTest, setNow, U } from '../helpers/emulator'

const T0 = '2026-11-30T02:00:00Z'
const h = harnessPerTest(T0, ['complaint', 'alert'])
const lift = { category: 'engineering', location: '3栋2单元电梯', description: '电梯困住了，我妈在里面出不来' }
const alertsOf = (complaintId: string) => h.docs('alert_outbox', { complaintId })

it('given a resident’s emergency, me.data says it was one, what the rules recognised and who acknowledged it; a cleared one says why', async () => {
  const urgent = await h.as(U.wangli)('complaint.submit', lift)
  await h.as(U.manager)('complaint.act', { id: urgent.id, action: 'acknowledge_emergency' })
  const cleared = await h.as(U.wangli)('complaint.submit', { ...lift, description: '电梯里有人被困，已经出来了', emergency: true })
  await h.as(U.agent)('complaint.act', { id: cleared.id, action: 'clear_emergency', reason: '人已自行出来，按一般投诉处理' })
  const plain = await h.as(U.wangli)('complaint.submit', { category: 'cleaning', location: '3栋大堂', description: '大堂地面很脏。' })

  const rows = new Map((await h.as(U.wangli)('me.data')).complaints.map((r: any) => [r['投诉编号'], r['紧急情况']]))
  expect(rows.get(urgent.no)).toMatch(/^紧急；系统识别：电梯困人；.+已接警$/)
  expect(rows.get(cleared.no)).toBe('已按一般投诉处理：人已自行出来，按一般投诉处理')
  expect(rows.get(plain.no)).toBe('')
})

it('given an emergency alerted by WeCom and SMS, 注销 withdraws it, stops its chain and removes its alerts; nothing is sent after', async () => {
  const c = await h.as(U.wangli)('complaint.submit', lift)
  const other = await h.as(U.liu)('complaint.submit', lift)
  expect((await alertsOf(c.id)).length).toBeGreaterThan(0)
  // What the alerts said: the matter and the place, never who complained or how to reach them.
  expect(JSON.stringify(await alertsOf(c.id))).not.toMatch(/王丽|1502|13800001111/)

  await h.as(U.wangli)('me.delete', { confirm: '注销' })

  const [after] = await h.docs('complaints', { _id: c.id })
  expect(after).toMatchObject({ status: 'withdrawn', alert: { state: 'cleared', nextAt: null } })
  expect(await alertsOf(c.id)).toEqual([])
  expect((await alertsOf(other.id)).length).toBeGreaterThan(0)
  const about = (no: string) => [...h.emu.wecomApp.list(), ...h.emu.sms.list()].filter((m) => JSON.stringify(m).includes(no)).length
  const sent = [about(c.no), about(other.no)]
  setNow(Date.parse(T0) + 10 * 60_000)
  await h.emu.fireTimer('complaint')
  await h.emu.fireTimer('alert')
  expect(await alertsOf(c.id)).toEqual([])
  // The other resident's emergency, nobody acknowledging it, goes up the chain; the withdrawn one is silent.
  expect(about(c.no)).toBe(sent[0])
  expect(about(other.no)).toBeGreaterThan(sent[1])
})

it('given emergencies withdrawn long ago and lately, retention anonymises the old one and removes its alerts, and keeps the recent one’s', async () => {
  setNow('2023-03-01T02:00:00Z')
  const old = await h.as(U.wangli)('complaint.submit', lift)
  await h.as(U.wangli)('complaint.act', { id: old.id, action: 'withdraw', reason: 'mistaken' })
  setNow('2026-11-01T02:00:00Z')
  const recent = await h.as(U.wangli)('complaint.submit', lift)
  await h.as(U.wangli)('complaint.act', { id: recent.id, action: 'withdraw', reason: 'mistaken' })
  expect([(await alertsOf(old.id)).length > 0, (await alertsOf(recent.id)).length > 0]).toEqual([true, true])

  setNow(T0) // a full-scan minute: retention runs
  await h.emu.fireTimer('complaint')

  const [o] = await h.docs('complaints', { _id: old.id })
  expect(o.privacy).toMatchObject({ anonymisedFor: 'retention' })
  expect(await alertsOf(old.id)).toEqual([])
  expect((await alertsOf(recent.id)).length).toBeGreaterThan(0)
})
