/**
 * Issue 18: the server's suggestions as chips above the 受理 and 不予受理 forms. Each shows its
 * reason; tapping one fills the form's field (承办部门, the staff picker's department, the refusal
 * ground and a draft explanation, the repeated complaint) and nothing is sent until staff press the
 * button; without suggestions in the view (anyone but the desk) no chip shows.
 */
import { waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import Action from '@/pkg-staff/action'
import { act, getComplaint, repeatCandidates } from '@/services/complaint'
import { listStaff } from '@/services/people'
import { askConsent } from '@/services/subscription'
import type { ComplaintView, UserView } from '@/services/types'
import { complaintView } from '../helpers/dom-fixtures'
import { $, $$, renderPage, shows, signIn, tap, typeInto } from '../helpers/dom-page'

jest.mock('@/services/me')
jest.mock('@/services/meta')
jest.mock('@/services/complaint')
jest.mock('@/services/people')
jest.mock('@/services/subscription')

const AGENT: UserView = {
  openid: 'o-agent',
  role: 'agent',
  name: '林晓',
  departmentCode: 'customer_service',
  departmentName: '客户服务中心',
}

const SUGGESTIONS: NonNullable<ComplaintView['suggestions']> = {
  category: {
    value: 'security',
    label: '公共秩序维护',
    department: 'security',
    departmentLabel: '秩序维护部',
    words: ['保安', '推了我一把'],
    confident: true,
    reason: '提到“保安”“推了我一把”，属于“公共秩序维护”，按分派表由秩序维护部处理',
  },
  aboutStaff: {
    role: 'security_guard',
    label: '保安',
    department: 'security',
    departmentLabel: '秩序维护部',
    words: ['保安', '推了我一把'],
    reason: '提到“保安推了我一把”，是对保安言行的投诉（H2-S：结论前先听取当事员工的陈述）',
  },
  refusal: {
    ground: 'A4-R1',
    label: '不属于物业管理处职责范围',
    referTo: [{ body: 'ecology', label: '生态环境部门（油烟、噪音、污染），可拨打 12345' }],
    words: ['烧烤店的油烟'],
    reason: '提到“烧烤店的油烟”，商铺、餐馆的油烟和噪音不属于物业管理处职责范围（A4-R1）',
  },
  repeat: {
    id: 'old1',
    no: 'TS20261102-0003',
    proposeRefusal: true,
    reason: '与 8 天前的投诉 TS20261102-0003 相似：同一投诉人、同类别、同地点，此前已处理答复',
  },
}

Object.assign(Taro, { setNavigationBarTitle: jest.fn(() => Promise.resolve()) })

beforeEach(async () => {
  jest.mocked(askConsent).mockResolvedValue(undefined)
  jest.mocked(repeatCandidates).mockResolvedValue([])
  jest.mocked(listStaff).mockResolvedValue([
    {
      openid: 'o-wq',
      role: 'handler',
      roleLabel: '承办人',
      name: '王强',
      departmentCode: 'security',
      departmentName: '秩序维护部',
      active: true,
    },
  ])
  await signIn(AGENT)
})

/** Opens the form of `action` for a new complaint filed as 清洁卫生 (routed to 保洁部), with `suggestions` in its view. */
async function open(action: 'accept' | 'refuse', suggestions?: ComplaintView['suggestions']) {
  jest
    .mocked(getComplaint)
    .mockResolvedValue(
      complaintView({ id: 'c7', no: 'TS20261130-0007', status: 'submitted', statusLabel: '待受理', category: 'cleaning', suggestions }, [
        'accept',
        'refuse',
      ]),
    )
  const { container } = renderPage(<Action />, { id: 'c7', action })
  await shows('TS20261130-0007')
  return container
}

const sent = () => jest.mocked(act).mock.calls[0][2]

it('shows each suggestion with its reason and fills nothing until tapped', async () => {
  const page = await open('accept', SUGGESTIONS)
  expect($(page, '.suggestion-chips').textContent).toContain('仅供参考，请核实后决定')
  expect($(page, '.suggestion-chip-category').textContent).toContain('提到“保安”“推了我一把”')
  expect($(page, '.suggestion-chip-staff').textContent).toContain('提到“保安推了我一把”')
  expect($(page, '.suggestion-chip-refusal').textContent).toContain('可能不予受理')
  expect($(page, '.suggestion-chip-repeat').textContent).toContain('TS20261102-0003')
  // The department is still the routing table's for the chosen category, and nobody is named.
  expect($(page, '.department-select .chip-cleaning').className).toContain('is-active')
  expect(page.querySelector('.subject-staff-select')).toBeNull()
  expect(act).not.toHaveBeenCalled()
})

it('given the category chip tapped, 承办部门 takes its department; the accept still waits for the button', async () => {
  const page = await open('accept', SUGGESTIONS)
  tap($(page, '.suggestion-chip-category'))
  await waitFor(() => expect($(page, '.department-select .chip-security').className).toContain('is-active'))
  expect($(page, '.suggestion-chip-category').textContent).toContain('已填入')
  expect(act).not.toHaveBeenCalled()
  jest.mocked(act).mockResolvedValue(complaintView({ id: 'c7' }))
  tap($(page, '.submit-button'))
  await waitFor(() => expect(act).toHaveBeenCalledTimes(1))
  expect(sent()).toMatchObject({ departmentCode: 'security', subjectStaff: undefined })
})

it("given the staff chip tapped, the staff picker opens at the role's department and staff still choose the person", async () => {
  const page = await open('accept', SUGGESTIONS)
  tap($(page, '.suggestion-chip-staff'))
  await waitFor(() => expect($$(page, '.subject-staff-select .chip')).toHaveLength(1))
  expect($(page, '.subject-dept-select .chip-security').className).toContain('is-active')
  expect(listStaff).toHaveBeenCalledWith('security')
  // Sending now is refused as unfinished: the suggestion named a role, not a person.
  tap($(page, '.submit-button'))
  await shows('请选择被投诉的员工，或再次点击部门取消选择')
  expect(act).not.toHaveBeenCalled()
})

it('given the refusal chip tapped on the 不予受理 form, it fills the ground and a draft explanation naming the body to refer to', async () => {
  const page = await open('refuse', SUGGESTIONS)
  expect(page.querySelector('.suggestion-chip-category')).toBeNull()
  tap($(page, '.suggestion-chip-refusal'))
  await waitFor(() => expect($(page, '.ground-select .chip-A4-R1').className).toContain('is-active'))
  expect(($(page, '.explanation-input').querySelector('textarea') as HTMLTextAreaElement).value).toContain('生态环境部门')
  expect(act).not.toHaveBeenCalled()
})

it('given the repeat chip tapped on the 不予受理 form, it chooses A4-R4 and links the earlier complaint', async () => {
  const page = await open('refuse', SUGGESTIONS)
  tap($(page, '.suggestion-chip-repeat'))
  await waitFor(() => expect($(page, '.ground-select .chip-A4-R4').className).toContain('is-active'))
  expect(act).not.toHaveBeenCalled()
  jest.mocked(act).mockResolvedValue(complaintView({ id: 'c7' }))
  tap($(page, '.submit-button'))
  await shows('请填写向投诉人的说明')
  expect(act).not.toHaveBeenCalled()
  typeInto($(page, '.explanation-input'), '您反映的问题已于11月处理答复，本次未见新情况。')
  tap($(page, '.submit-button'))
  await waitFor(() => expect(act).toHaveBeenCalledTimes(1))
  expect(sent()).toMatchObject({ ground: 'A4-R4', repeatOf: 'old1' })
})

it('given a view without suggestions (anyone but the desk), no chip shows', async () => {
  const page = await open('accept')
  await waitFor(() => expect(page.querySelector('.subject-picker')).not.toBeNull())
  expect(page.querySelector('.suggestion-chips')).toBeNull()
})
