/**
 * Issue 18, the matter page for staff: the linked complaints as the server disclosed them (masked,
 * an outline where the caller may not open one), the shared progress, and customer service's
 * notice to the matter's complainants and, when chosen, a building's residents.
 */
import { act, waitFor } from '@testing-library/react'
import MatterPage from '@/pkg-staff/matter'
import { getMeta } from '@/services/meta'
import { getMatter, notifyMatter } from '@/services/matters'
import { loadSession } from '@/store/session'
import type { MatterView } from '@domain/matter-view'
import { META } from '../helpers/dom-fixtures'
import { $, answerDialog, renderPage, shows, signIn, tap, typeInto } from '../helpers/dom-page'

jest.mock('@/services/me')
jest.mock('@/services/meta')
jest.mock('@/services/matters')

const AGENT = {
  openid: 'o-agent',
  role: 'agent' as const,
  name: '林晓',
  departmentCode: 'customer_service' as const,
  departmentName: '客服中心',
}
const row = (id: string, over: Partial<MatterView['complaints'][number]> = {}) => ({
  id,
  no: `TS20261130-000${id}`,
  status: 'dispatched' as const,
  statusLabel: '已派单',
  lead: false,
  complainantName: '陈**',
  room: '5栋1单元302',
  location: '3栋2单元电梯',
  createdAt: Date.parse('2026-11-30T02:00:00Z'),
  opens: true,
  ...over,
})
const view = (manage: boolean): MatterView => ({
  id: 'm1',
  no: 'SX20261130-0001',
  title: '3栋2单元电梯故障',
  status: 'open',
  statusLabel: '处理中',
  category: 'engineering',
  categoryLabel: '工程维修',
  location: '3栋2单元电梯',
  count: 3,
  summary: '此问题已合并处理，共 3 位业主反映',
  createdAt: Date.parse('2026-11-30T02:00:00Z'),
  lead: row('1', { lead: true, complainantName: '王*', status: 'investigating', statusLabel: '调查中' }),
  stage: '调查中',
  complaints: [
    row('1', { lead: true, complainantName: '王*', status: 'investigating', statusLabel: '调查中' }),
    row('2'),
    row('3', { complainantName: null, room: null, location: '', opens: false }),
  ],
  notices: [],
  manage,
})

beforeEach(async () => {
  await signIn(AGENT)
  jest.mocked(getMeta).mockResolvedValue({ ...META, estate: { buildings: [{ name: '3', units: 2, code: 'b3' }], areas: [] } } as never)
  await act(async () => {
    await loadSession(true)
  })
})

it('lists each linked complaint as disclosed, the lead marked, and the shared progress', async () => {
  jest.mocked(getMatter).mockResolvedValue(view(false))
  const { container: page } = renderPage(<MatterPage />, { id: 'm1' })
  await shows('此问题已合并处理，共 3 位业主反映')
  expect($(page, '.matter-row-1').textContent).toContain('TS20261130-0001（主办）')
  expect($(page, '.matter-row-2').textContent).toContain('陈** · 5栋1单元302')
  expect($(page, '.matter-row-3').textContent).not.toContain('陈')
  expect(page.querySelector('.matter-notice-form')).toBeNull()
})

it('customer service sends a notice to the complainants and the residents of 3栋, after confirming', async () => {
  jest.mocked(getMatter).mockResolvedValue(view(true))
  jest.mocked(notifyMatter).mockResolvedValue({ recipients: 12 })
  const { container: page } = renderPage(<MatterPage />, { id: 'm1' })
  await shows('发送通知')
  typeInto($(page, '.notice-text'), '3栋 停水至 18:00')
  tap($(page, '.notice-building .chip-3栋'))
  tap($(page, '.notice-send'))
  expect(await answerDialog('ok')).toContain('本事项的反映人和3栋全体住户')
  await waitFor(() => expect(notifyMatter).toHaveBeenCalledWith('m1', '3栋 停水至 18:00', '3栋'))
})
