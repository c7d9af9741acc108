/**
 * The printable registration form page (pkg-staff/form, V2): it renders the form exactly as the
 * function defines it (complaint/domain/registration-form.ts, the definition the .xlsx export
 * renders too) — every section, row and processing-record column with the same words — shows
 * what the viewer is not shown (G3-P5), and offers 导出 Excel only to those the report function
 * lets export.
 */
import { waitFor } from '@testing-library/react'
import FormPage from '@/pkg-staff/form'
import { getRegistrationForm } from '@/services/complaint'
import { exportForm } from '@/services/report'
import { openExport } from '@/platform/files'
import type { UserView } from '@/services/types'
import { discloseAt } from '../../cloudfunctions/complaint/domain/disclosure'
import type { Complaint, ComplaintEvent } from '../../cloudfunctions/complaint/domain/model'
import { registrationForm } from '../../cloudfunctions/complaint/domain/registration-form'
import { HANDLER } from '../helpers/dom-fixtures'
import { $, $$, renderPage, signIn, tap } from '../helpers/dom-page'
import { DEFAULT_DEPARTMENTS } from '@shared/departments'

jest.mock('@/services/me')
jest.mock('@/services/meta')
jest.mock('@/services/complaint')
jest.mock('@/services/report')
jest.mock('@/platform/files', () => ({ openExport: jest.fn() }))

const SUPERVISOR: UserView = { openid: 'o-sup', role: 'supervisor', name: '何静', departmentCode: 'cleaning', departmentName: '保洁部' }
const at = (iso: string) => Date.parse(iso)

const complaint = {
  _id: 'c1',
  no: 'TS20261102-0001',
  version: 4,
  status: 'investigating',
  channel: 'miniprogram',
  category: 'cleaning',
  tier: 'general',
  emergency: false,
  complainant: { openid: 'o-wangli', name: '王丽', room: '3栋2单元1502', phone: '13800001111' },
  location: '3栋大堂',
  description: '大堂地面很脏，无人清扫。',
  photos: ['cloud://env/a.jpg'],
  confirmation: { required: false },
  departmentCode: 'cleaning',
  assignee: { openid: 'o-handler', name: '张洁', role: 'handler' },
  investigation: [],
  extension: {
    newDeadline: '2026-11-20',
    reason: '等待材料',
    status: 'rejected',
    requestedBy: HANDLER,
    requestedAt: at('2026-11-03T01:00:00Z'),
  },
  ratings: [],
  reopenCount: 0,
  deadlines: {},
  supervision: { level: 1 },
  createdAt: at('2026-11-02T01:00:00Z'),
  updatedAt: at('2026-11-03T01:00:00Z'),
} as unknown as Complaint
const events = [
  {
    complaintId: 'c1',
    complaintNo: complaint.no,
    action: 'submit',
    actor: { openid: 'o-wangli', name: '王丽', role: 'resident' },
    at: complaint.createdAt,
    from: null,
    to: 'submitted',
  },
] as ComplaintEvent[]
/** The form as complaint.form answers a masked viewer: the domain's definition, photos as URLs. */
const FORM = {
  ...registrationForm(discloseAt(complaint, 'masked', { events }), at('2026-11-20T02:00:00Z'), DEFAULT_DEPARTMENTS),
  photos: ['https://files/a.jpg'],
}

async function openForm(user: UserView) {
  await signIn(user)
  jest.mocked(getRegistrationForm).mockResolvedValue(FORM)
  const { container } = renderPage(<FormPage />, { id: 'c1' })
  await waitFor(() => expect(container.querySelector('.sheet')).not.toBeNull())
  return container
}

it('given the form, it shows every section and row of the definition, in order and with the same words', async () => {
  const page = await openForm(HANDLER)
  expect(getRegistrationForm).toHaveBeenCalledWith('c1')
  expect($$(page, '.sheet__section-title').map((t) => t.textContent)).toEqual([
    ...FORM.sections.map((s) => s.title),
    '照片',
    '投诉人签字',
    '处理记录',
  ])
  const rows = $$(page, '.sheet__row').map((r) => [$(r, '.sheet__key').textContent, $(r, '.sheet__value').textContent])
  expect(rows).toEqual(FORM.sections.flatMap((s) => s.rows))
  expect(rows).toContainEqual(['延期申请', '延至 2026-11-20：等待材料（已驳回）'])
  expect($(page, '.sheet__meta').textContent).toContain('投诉编号：TS20261102-0001')
})

it('given the processing record, its header is the definition’s column titles and each event fills them', async () => {
  const page = await openForm(HANDLER)
  const [head, first] = $$(page, '.sheet__event')
  expect(Array.from(head.children).map((c) => c.textContent)).toEqual(['时间', '操作', '操作人', '状态变化', '说明'])
  expect(Array.from(first.children).map((c) => c.textContent)).toEqual([
    '2026年11月2日 09:00',
    '提交投诉',
    '王*（业主/住户）',
    '待受理',
    '',
  ])
})

it('G3-P5 given a masked form, it says what is held back and never shows the full name or phone', async () => {
  const page = await openForm(HANDLER)
  expect($(page, '.sheet__masked').textContent).toBe('投诉人联系方式已按权限隐去部分信息')
  expect(page.textContent).not.toMatch(/王丽|13800001111/)
})

it('given a supervisor, it offers 导出 Excel, which asks the report function for this complaint and opens the file; a handler only prints', async () => {
  const handlerPage = await openForm(HANDLER)
  expect(handlerPage.querySelector('.form-export')).toBeNull()
  expect(handlerPage.querySelector('.form-print')).not.toBeNull()

  const file = { fileID: 'f', url: 'https://files/form.xlsx', fileName: '投诉登记表-TS20261102-0001.xlsx' }
  jest.mocked(exportForm).mockResolvedValue(file)
  const page = await openForm(SUPERVISOR)
  tap($(page, '.form-export'))
  await waitFor(() => expect(openExport).toHaveBeenCalledWith(file))
  expect(exportForm).toHaveBeenCalledWith('c1')
})
