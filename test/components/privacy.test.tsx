/**
 * Issue 15 on H5 (jsdom): the same privacy dialog stands in for WeChat's consent before the photo
 * picker; the resident's data rights on the profile and the "my data" page; the manager's access
 * log and content checks.
 */
import { waitFor } from '@testing-library/react'
import Submit from '@/pages/submit'
import Profile from '@/pages/profile'
import MyData from '@/pages/mydata'
import AccessLog from '@/pkg-manager/accesslog'
import Content from '@/pkg-manager/content'
import { ApiError } from '@/services/api'
import {
  deleteAccount,
  decideMedia,
  exportAccessLog,
  exportMyData,
  getMyData,
  listAccessLog,
  listMediaChecks,
  withdrawConsents,
} from '@/services/privacy'
import { openExport } from '@/platform/files'
import { PRIVACY_REFUSED } from '@/store/privacy'
import { RESIDENT } from '../helpers/dom-fixtures'
import { $, $$, answerDialog, renderPage, shows, signIn, tap, taroFake } from '../helpers/dom-page'

jest.mock('@/services/me')
jest.mock('@/services/meta')
jest.mock('@/services/complaint')
jest.mock('@/services/subscription')
jest.mock('@/services/files')
jest.mock('@/services/privacy')
jest.mock('@/platform/files')

const MANAGER = { openid: 'o-manager', role: 'manager' as const, name: '周经理', phone: '' }

beforeEach(() => localStorage.clear())

describe('privacy consent on H5', () => {
  beforeEach(() => signIn(RESIDENT))
  const openForm = async () => {
    const { container } = renderPage(<Submit />)
    await shows('王丽 · 1-1-101')
    return container
  }

  it('given the guide refused, the photo chooser never opens and the resident is told why; the dialog comes again on the next try', async () => {
    const form = await openForm()
    tap($(form, '.photo-picker__add'))
    await shows('用户隐私保护提示')
    tap($(document.body, '.privacy-refuse'))
    await shows(PRIVACY_REFUSED)
    expect(taroFake.chooseImage).not.toHaveBeenCalled()
    await waitFor(() => expect(form.querySelector('.photo-picker__privacy')).not.toBeNull())
    expect(document.querySelector('.privacy-dialog')).toBeNull()

    tap($(form, '.photo-picker__add'))
    await shows('用户隐私保护提示')
    taroFake.chooseImage.mockResolvedValueOnce({ tempFiles: [{ path: 'blob:a.jpg', size: 10 }], tempFilePaths: [] })
    tap($(document.body, '.privacy-agree'))
    await waitFor(() => expect(taroFake.chooseImage).toHaveBeenCalledTimes(1))
    await waitFor(() => expect($$(form, '.photo-picker__cell')).toHaveLength(1))
  })

  it('given the guide agreed once, the chooser opens directly afterwards', async () => {
    const form = await openForm()
    taroFake.chooseImage.mockResolvedValue({ tempFiles: [], tempFilePaths: [] })
    tap($(form, '.photo-picker__add'))
    tap(await waitFor(() => $(document.body, '.privacy-agree')))
    await waitFor(() => expect(taroFake.chooseImage).toHaveBeenCalledTimes(1))
    tap($(form, '.photo-picker__add'))
    await waitFor(() => expect(taroFake.chooseImage).toHaveBeenCalledTimes(2))
    expect(document.querySelector('.privacy-dialog')).toBeNull()
  })
})

describe("the resident's data rights", () => {
  beforeEach(() => signIn(RESIDENT))
  const openProfile = async () => {
    const { container } = renderPage(<Profile />)
    await waitFor(() => expect(container.querySelector('.privacy-card')).not.toBeNull())
    return container
  }

  it('given a withdrawal of consent, it is sent and confirmed in words', async () => {
    jest.mocked(withdrawConsents).mockResolvedValue({ withdrawn: 2, quota: {} })
    const page = await openProfile()
    tap($(page, '.withdraw-consents'))
    await shows('已撤回通知授权')
  })

  it('given 注销 confirmed, the account is deleted, the phone keeps nothing and the app starts over', async () => {
    jest.mocked(deleteAccount).mockResolvedValue({ deleted: true, already: false, complaints: 1 })
    const page = await openProfile()
    taroFake.storage.set('draft:submit', { description: '草稿' })
    tap($(page, '.delete-account'))
    expect(await answerDialog('ok')).toContain('已办结的投诉保留为记录')
    await waitFor(() => expect(taroFake.navigations).toContainEqual({ kind: 'reLaunch', url: '/pages/index/index' }))
    expect(deleteAccount).toHaveBeenCalledTimes(1)
    expect(taroFake.storage.size).toBe(0)
  })

  it('given 注销 cancelled, nothing is sent', async () => {
    const page = await openProfile()
    tap($(page, '.delete-account'))
    await answerDialog('cancel')
    expect(deleteAccount).not.toHaveBeenCalled()
  })

  it('given open complaints, the refusal is shown in full with the way to them', async () => {
    jest.mocked(deleteAccount).mockRejectedValue(new ApiError('INVALID_STATE', '您还有 1 件投诉尚未办结（TS20261130-0001），暂不能注销。'))
    const page = await openProfile()
    tap($(page, '.delete-account'))
    await answerDialog('ok')
    await shows('暂不能注销')
    expect(await answerDialog('cancel')).toContain('TS20261130-0001')
    await waitFor(() => expect(taroFake.navigations).toContainEqual({ kind: 'navigateTo', url: '/pages/mine/index' }))
  })

  it('given the data page, every section shows with its count, times in Shanghai, and the export opens the file', async () => {
    jest.mocked(getMyData).mockResolvedValue({
      exportedAt: 0,
      account: { 姓名: '王丽', 注册时间: Date.parse('2026-11-30T02:00:00Z') },
      rooms: [{ 小区: 'default', 房号: '3栋2单元1502', 状态: '已核验', 申请时间: Date.parse('2026-11-29T02:00:00Z') }],
      complaints: [{ 投诉编号: 'TS20261130-0001', 投诉时间: Date.parse('2026-11-30T02:00:00Z'), 内容: '大堂很脏' }],
      messages: [],
      notificationConsents: [],
      contactViews: [{ 时间: 0, 查看人: '林晓', 用途: '查看投诉人联系方式' }],
      uploads: [],
    })
    jest.mocked(exportMyData).mockResolvedValue({ fileID: 'f', url: '/x.xlsx', fileName: '我的数据.xlsx' })
    const { container } = renderPage(<MyData />)
    await shows('投诉（1）')
    for (const t of [
      '账户（1）',
      '房屋绑定（1）',
      '3栋2单元1502',
      '消息（0）',
      '联系方式查看记录（1）',
      'TS20261130-0001',
      '林晓',
      '11月30日',
    ])
      expect(container.textContent).toContain(t)
    tap($(container, '.mydata-export'))
    await waitFor(() => expect(openExport).toHaveBeenCalledWith(expect.objectContaining({ fileName: '我的数据.xlsx' })))
  })
})

describe("the manager's records", () => {
  beforeEach(() => signIn(MANAGER))

  it('given the access log, a purpose chip and a tap on a name narrow it, and the export takes the same filter', async () => {
    const row = {
      id: 'a1',
      at: 0,
      viewerName: '林晓',
      viewerOpenid: 'o-agent',
      viewerRoleLabel: '客服专员',
      purpose: 'reveal_contact',
      purposeLabel: '查看投诉人联系方式',
      fieldsLabel: '姓名、房号、电话',
      complaintId: 'c1',
      complaintNo: 'TS1',
      whose: '王*',
    }
    jest.mocked(listAccessLog).mockResolvedValue({ items: [row], total: 1 })
    jest.mocked(exportAccessLog).mockResolvedValue({ fileID: 'f', url: '/x.xlsx', fileName: '访问记录.xlsx', rows: 1 })
    const { container } = renderPage(<AccessLog />)
    await shows('涉及 王*')
    tap($(container, '.accesslog-purpose .chip-reveal_contact'))
    await waitFor(() => expect(listAccessLog).toHaveBeenLastCalledWith({ purpose: 'reveal_contact' }, 1))
    tap($(container, '.accesslog-entry__viewer'))
    await waitFor(() => expect(listAccessLog).toHaveBeenLastCalledWith({ purpose: 'reveal_contact', viewerOpenid: 'o-agent' }, 1))
    await shows('只看 林晓')
    tap($(container, '.accesslog-export'))
    await waitFor(() => expect(exportAccessLog).toHaveBeenCalledWith({ purpose: 'reveal_contact', viewerOpenid: 'o-agent' }))
  })

  it('given files to look at, a review one can be shown to staff and a risky one only confirmed hidden', async () => {
    const item = (id: string, status: string, statusLabel: string) => ({
      id,
      complaintId: 'c1',
      complaintNo: 'TS1',
      url: '/p.jpg',
      status,
      statusLabel,
      uploaderName: '王丽',
      uploaderRoleLabel: '业主/住户',
      createdAt: 0,
    })
    jest
      .mocked(listMediaChecks)
      .mockResolvedValue({ items: [item('m1', 'review', '待人工复核'), item('m2', 'risky', '未通过（已隐藏）')], total: 2 })
    jest.mocked(decideMedia).mockResolvedValue(item('m1', 'review', '待人工复核'))
    const { container } = renderPage(<Content />)
    await shows('待人工复核')
    expect(container.querySelector('.media-risky .media-show')).toBeNull()
    expect($(container, '.media-risky .media-hide').textContent).toContain('确认隐藏')
    tap($(container, '.media-review .media-show'))
    await waitFor(() => expect(decideMedia).toHaveBeenCalledWith('m1', true))
    await shows('已对员工显示')
  })
})
