/**
 * Callers for the tests of issue 12's findings (edge-*.test.ts): the three functions as a user, and
 * the check every refusal meets — a code, a Chinese message, and nothing stored changed.
 */
import { U, type Harness } from './emulator'

/** A complaint as a resident files it. */
export const GOOD = { category: 'cleaning', location: '3栋2单元电梯厅', description: '电梯厅地面有积水。' }

/** The callers and checks over harness `h` (a per-test harness proxy is fine). */
export function edgeCalls(h: Harness) {
  const complaintFn = (openid: string) => h.raw(openid)
  const reportFn = (openid: string) => (action: string, payload: unknown) => h.emu.call('report', { action, payload }, openid)
  const exportFn = (openid: string) => (action: string, payload: unknown) => h.emu.call('export', { action, payload }, openid)

  /** Files a complaint as Wang Li and has customer service accept it into the cleaning department. */
  async function accepted() {
    const c = await h.as(U.wangli)('complaint.submit', GOOD)
    await h.as(U.agent)('complaint.act', { id: c.id, action: 'accept', departmentCode: 'cleaning' })
    return c
  }

  /** Runs `attempt`, expects the refusal `error`, and that nothing stored changed. */
  async function refusedUnchanged(attempt: () => Promise<any>, error: { code: string; message?: string }) {
    const before = h.snapshot()
    const r = await attempt()
    expect(r.ok).toBe(false)
    expect(r.error.code).toBe(error.code)
    if (error.message) expect(r.error.message).toBe(error.message)
    expect(r.error.message).toMatch(/[\u4e00-\u9fa5]/)
    expect(h.snapshot()).toEqual(before)
  }

  return { complaintFn, reportFn, exportFn, accepted, refusedUnchanged }
}
