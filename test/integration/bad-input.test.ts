/**
 * Bad input and races: every payload is validated with a clear Chinese message and a code;
 * nothing already saved is lost or half-written; two concurrent actions on one complaint cannot
 * both succeed.
 */
import { harnessPerTest, U } from '../helpers/emulator'

const h = harnessPerTest('2026-11-30T02:00:00Z')

const good = { category: 'cleaning', location: '3栋2单元电梯厅', description: '电梯厅地面有积水。' }

describe('validation with clear messages', () => {
  it.each([
    [{ ...good, description: '' }, '请填写投诉内容'],
    [{ ...good, description: '字'.repeat(2001) }, '投诉内容不能超过 2000 个字'],
    [{ ...good, location: '   ' }, '请填写投诉地点'],
    [{ ...good, category: undefined }, '请选择有效的投诉类别'],
    [{ ...good, photos: 'cloud://x/1.jpg' }, '照片格式不正确'],
    [{ ...good, emergency: 'yes' }, '紧急标记格式不正确'],
    [{ ...good, description: 42 }, '请填写投诉内容'],
  ])('rejects %j with "%s" and stores nothing', async (payload, message) => {
    const r = await h.raw(U.wangli)('complaint.submit', payload as Record<string, unknown>)
    expect(r).toEqual({ ok: false, error: { code: 'INVALID_INPUT', message } })
    expect(await h.docs('complaints')).toEqual([])
    expect(await h.docs('events')).toEqual([])
  })

  it('refuses a tenth photo and stores nothing', async () => {
    const photos = await Promise.all(Array.from({ length: 10 }, () => h.upload(U.wangli)))
    expect((await h.raw(U.wangli)('complaint.submit', { ...good, photos })).error).toEqual({
      code: 'INVALID_INPUT',
      message: '照片最多 9 个',
    })
    expect(await h.docs('complaints')).toEqual([])
  })

  it('accepts exactly 2,000 characters and 9 photos', async () => {
    const photos = await Promise.all(Array.from({ length: 9 }, () => h.upload(U.wangli)))
    const c = await h.as(U.wangli)('complaint.submit', { ...good, description: '字'.repeat(2000), photos })
    expect(c.description).toHaveLength(2000)
    expect(c.photos).toHaveLength(9)
  })

  it('an unknown action or a malformed call gets a code, not a crash', async () => {
    expect((await h.raw(U.wangli)('complaint.explode', {})).error).toEqual({ code: 'UNKNOWN_ACTION', message: '不支持的操作' })
    expect((await h.raw(U.wangli)('complaint.get', {})).error).toEqual({ code: 'INVALID_INPUT', message: '缺少投诉编号' })
    expect((await h.raw(U.wangli)('complaint.get', { id: 'nope' })).error.code).toBe('NOT_FOUND')
    expect((await h.raw(U.agent)('complaint.act', { id: 'nope', action: 'accept' })).error.code).toBe('NOT_FOUND')
    expect((await h.raw(U.agent)('complaint.list', { scope: 'everything' })).error.code).toBe('FORBIDDEN')
    expect((await h.emu.call('complaint', null, U.wangli)).error.code).toBe('UNKNOWN_ACTION')
  })

  it('a bad action input on a saved complaint changes nothing and loses nothing', async () => {
    const c = await h.as(U.wangli)('complaint.submit', good)
    const [before] = await h.docs('complaints', { _id: c.id })
    for (const input of [{ tier: 'urgent' }, { departmentCode: 'kitchen' }, { note: 'x'.repeat(501) }]) {
      const r = await h.raw(U.agent)('complaint.act', { id: c.id, action: 'accept', ...input })
      expect(r.error.code).toBe('INVALID_INPUT')
      expect(r.error.message).toMatch(/[\u4e00-\u9fa5]/)
    }
    expect(await h.docs('complaints', { _id: c.id })).toEqual([before])
    expect(await h.docs('events', { complaintId: c.id })).toHaveLength(1)
    expect(await h.docs('outbox', { complaintId: c.id })).toHaveLength(1)
  })

  it('text with a risky word is refused before it is saved; a word needing review is saved but held', async () => {
    const r = await h.raw(U.wangli)('complaint.submit', { ...good, description: '有人在楼道发赌博网站的广告。' })
    expect(r.error).toEqual({ code: 'CONTENT_RISKY', message: '内容含有不当信息，请修改后再提交' })
    expect(await h.docs('complaints')).toEqual([])
    const held = await h.as(U.wangli)('complaint.submit', { ...good, description: '垃圾物业，电梯厅一直有积水。' })
    const [stored] = await h.docs('complaints', { _id: held.id })
    expect(stored.contentReview).toBe('pending')
  })
})

describe('races', () => {
  it('two staff accepting the same complaint at once: exactly one succeeds, the other gets CONFLICT or INVALID_STATE', async () => {
    const c = await h.as(U.wangli)('complaint.submit', good)
    const results = await Promise.all([
      h.raw(U.agent)('complaint.act', { id: c.id, action: 'accept', departmentCode: 'cleaning' }),
      h.raw(U.csSupervisor)('complaint.act', { id: c.id, action: 'refuse', ground: 'A4-R1', explanation: '不属于物业职责' }),
    ])
    expect(results.filter((r) => r.ok)).toHaveLength(1)
    expect(results.find((r) => !r.ok).error.code).toMatch(/^(CONFLICT|INVALID_STATE)$/)
    const events = await h.docs('events', { complaintId: c.id })
    expect(events.map((e) => e.action).filter((a) => a === 'accept' || a === 'refuse')).toHaveLength(1)
  })

  it('two handlers taking the same task at once: one gets it', async () => {
    const c = await h.as(U.wangli)('complaint.submit', { ...good, category: 'security' })
    await h.as(U.agent)('complaint.act', { id: c.id, action: 'accept', departmentCode: 'security' })
    const results = await Promise.all(
      [U.security, U.guard, U.securitySupervisor].map((who) => h.raw(who)('complaint.act', { id: c.id, action: 'take' })),
    )
    expect(results.filter((r) => r.ok)).toHaveLength(1)
    const [stored] = await h.docs('complaints', { _id: c.id })
    expect(stored.version).toBe(3) // submit, accept + dispatch, one take
  })

  it('complaint numbers stay unique when residents file at the same moment', async () => {
    const filed = await Promise.all(Array.from({ length: 12 }, (_, i) => h.as(i % 2 ? U.wangli : U.chen)('complaint.submit', good)))
    expect(new Set(filed.map((c) => c.no)).size).toBe(12)
    expect(filed.map((c) => c.no).sort()[11]).toBe('TS20261130-0012')
  })
})
