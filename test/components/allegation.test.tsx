/**
 * H2-S, G3-P5 on the screens: staff write the allegation summary the accused is told (the
 * 填写告知员工的投诉要点 form sends `{ text }`), and the accused's detail page reads it as the matter,
 * with the day but not the time and nothing of the complainant (the server sends no more).
 */
import { waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import Detail from '@/pages/detail'
import Action from '@/pkg-staff/action'
import { act, getComplaint, repeatCandidates } from '@/services/complaint'
import { askConsent } from '@/services/subscription'
import { complaintView, HANDLER } from '../helpers/dom-fixtures'
import { $, renderPage, shows, signIn, tap, typeInto } from '../helpers/dom-page'

jest.mock('@/services/me')
jest.mock('@/services/meta')
jest.mock('@/services/complaint')
jest.mock('@/services/subscription')

Object.assign(Taro, { setNavigationBarTitle: jest.fn(() => Promise.resolve()) })
const DAY = Date.parse('2026-11-29T16:00:00Z') // 30 November, Shanghai midnight: the accused's createdAt

beforeEach(async () => {
  jest.mocked(askConsent).mockResolvedValue(undefined)
  jest.mocked(repeatCandidates).mockResolvedValue([])
  await signIn(HANDLER)
})

it('H2-S the allegation form says what the accused will and will not see, refuses an empty text and sends { text }', async () => {
  const c = complaintView({ id: 'c9', no: 'TS20261130-0009', subjectStaffName: '马东' }, ['summarise_allegation'])
  jest.mocked(getComplaint).mockResolvedValue(c)
  const { container: page } = renderPage(<Action />, { id: 'c9', action: 'summarise_allegation' })
  await shows('TS20261130-0009')
  await waitFor(() => expect(page.querySelector('.allegation-input')).not.toBeNull())
  expect(page.textContent).toContain('被投诉员工（马东）只能看到这里填写的要点，看不到投诉人、投诉原文、照片、地点和具体时间')
  tap($(page, '.submit-button'))
  await shows('请填写投诉要点')
  expect(act).not.toHaveBeenCalled()
  typeInto($(page, '.allegation-input'), ' 被反映夜间执勤时态度粗暴，请说明当晚经过。 ')
  jest.mocked(act).mockResolvedValue(c)
  tap($(page, '.submit-button'))
  await waitFor(() => expect(act).toHaveBeenCalledTimes(1))
  expect(jest.mocked(act).mock.calls[0].slice(1)).toEqual(['summarise_allegation', { text: '被反映夜间执勤时态度粗暴，请说明当晚经过。' }])
})

it('H2-S the accused’s detail page reads the allegation as the matter, with the day only and no complainant', async () => {
  jest.mocked(getComplaint).mockResolvedValue(
    complaintView({
      id: 'c9',
      no: 'TS20261130-0009',
      disclosure: 'accused',
      description: '被反映夜间执勤时态度粗暴，请说明当晚经过。',
      location: '',
      preview: '被反映夜间执勤时态度粗暴，请说明当晚经过。',
      complainant: null,
      complainantName: null,
      subjectStaffName: '马东',
      createdAt: DAY,
      due: undefined,
    }),
  )
  const { container: page } = renderPage(<Detail />, { id: 'c9' })
  await shows('TS20261130-0009')
  const matter = $(page, '.section-matter')
  expect(matter.textContent).toContain('投诉要点')
  expect(matter.textContent).toContain('本投诉涉及您本人')
  expect(matter.textContent).toContain('11月30日')
  expect(matter.textContent).not.toContain('00:00')
  expect(page.querySelector('.section-complainant')).toBeNull()
})
