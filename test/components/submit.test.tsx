/**
 * The filing form (pages/submit) in jsdom with its services faked: categories, counters, the photo
 * limit, the emergency switch, the Chinese prompts for missing fields, one request per tap, and the
 * server's own error message.
 */
import { waitFor } from '@testing-library/react'
import Submit from '@/pages/submit'
import { CATEGORIES } from '@shared/vocabulary'
import { submitComplaint } from '@/services/complaint'
import { uploadLocalFile } from '@/services/files'
import { askConsent, CONSENT_PURPOSE } from '@/services/subscription'
import { ApiError } from '@/services/api'
import { LIMITS } from '@shared/limits'
import { complaintView, deferred, META, RESIDENT } from '../helpers/dom-fixtures'
import { $, $$, isDisabled, renderPage, shows, signIn, tap, taroFake, typeInto } from '../helpers/dom-page'

jest.mock('@/services/me')
jest.mock('@/services/meta')
jest.mock('@/services/complaint')
jest.mock('@/services/subscription')
jest.mock('@/services/files')

beforeEach(async () => {
  jest.mocked(submitComplaint).mockReset()
  jest.mocked(askConsent).mockResolvedValue(undefined)
  await signIn(RESIDENT)
})

/** Renders the form and waits for the resident's contact line (the session has loaded). */
async function openForm() {
  const page = renderPage(<Submit />)
  await shows('王丽 · 1-1-101')
  return page.container
}

/** The submit button. */
const button = (form: HTMLElement) => $(form, '.submit-button')

/** Fills the three required fields. */
function fillRequired(form: HTMLElement) {
  tap($(form, '.category-select .chip-cleaning'))
  typeInto($(form, '.location-input'), '3栋大堂')
  typeInto($(form, '.description-input'), '大堂地面很脏，已经三天没人打扫了。')
}

it("given the vocabulary's categories, it shows one chip each and marks only the one chosen", async () => {
  const form = await openForm()
  const chips = $$(form, '.category-select .chip')
  expect(chips.map((c) => c.textContent)).toEqual(Object.values(CATEGORIES))
  tap($(form, '.category-select .chip-parking'))
  await waitFor(() => expect($(form, '.chip-parking').classList).toContain('is-active'))
  expect($$(form, '.category-select .chip.is-active')).toHaveLength(1)
})

it('given typing, the place and description counters count against LIMITS', async () => {
  const form = await openForm()
  typeInto($(form, '.location-input'), '地下车库B区')
  await shows(`6/${LIMITS.location}`)
  typeInto($(form, '.description-input'), '车位被长期占用。')
  await waitFor(() => expect($(form, '.description-input').textContent).toContain(`8/${LIMITS.description}`))
  // The field takes no more than the limit, so the counter never passes it, and it says what it cut.
  typeInto($(form, '.description-input'), '长'.repeat(LIMITS.description + 5))
  await waitFor(() => expect($(form, '.description-input').textContent).toContain(`${LIMITS.description}/${LIMITS.description}`))
  await shows(`投诉内容最多 ${LIMITS.description} 字`)
  await waitFor(() => expect(($(form, '.description-input textarea') as HTMLTextAreaElement).value).toHaveLength(LIMITS.description))
})

it('given a description at the limit, the counter sits below the text box, outside it', async () => {
  const form = await openForm()
  typeInto($(form, '.description-input'), '长'.repeat(LIMITS.description))
  await waitFor(() =>
    expect($(form, '.description-input .text-box__count').textContent).toBe(`${LIMITS.description}/${LIMITS.description}`),
  )
  // The counter is the text box's sibling, not inside NutUI's field, so long text cannot run over it.
  expect($(form, '.description-input .text-box__count').closest('.nut-textarea')).toBeNull()
  expect(form.textContent).not.toContain(`最多 ${LIMITS.description} 字`) // exactly at the limit nothing was cut
})

it('given 12 photos chosen, it keeps 9 (LIMITS.photos), asks only for what is left, and hides the add button at the limit', async () => {
  // The privacy guide was agreed to before (the dialog itself: privacy.test.tsx).
  localStorage.setItem('privacy:agreed', '1')
  const form = await openForm()
  const files = (n: number, from = 0) => Array.from({ length: n }, (_, i) => ({ path: `blob:photo-${from + i}.jpg`, size: 1000 }))
  taroFake.chooseImage.mockResolvedValueOnce({ tempFiles: files(4), tempFilePaths: [] })
  tap($(form, '.photo-picker__add'))
  await waitFor(() => expect($$(form, '.photo-picker__cell')).toHaveLength(4))
  expect(taroFake.chooseImage).toHaveBeenLastCalledWith(expect.objectContaining({ count: LIMITS.photos }))

  taroFake.chooseImage.mockResolvedValueOnce({ tempFiles: files(8, 4), tempFilePaths: [] })
  tap($(form, '.photo-picker__add'))
  await waitFor(() => expect($$(form, '.photo-picker__cell')).toHaveLength(LIMITS.photos))
  expect(taroFake.chooseImage).toHaveBeenLastCalledWith(expect.objectContaining({ count: LIMITS.photos - 4 }))
  expect(form.querySelector('.photo-picker__add')).toBeNull()
  // What did not fit is named, and the photos stay in the order they were chosen.
  await shows(`最多上传 ${LIMITS.photos} 张照片`)
  expect($$(form, '.photo-picker__cell img').map((i) => i.getAttribute('src'))).toEqual(files(LIMITS.photos).map((f) => f.path))

  // On submit the 9 are uploaded and their fileIDs go with the complaint.
  jest.mocked(uploadLocalFile).mockImplementation(async (path) => `cloud://env/${path}`)
  jest.mocked(submitComplaint).mockResolvedValue(complaintView({ id: 'new1' }))
  fillRequired(form)
  tap($(form, '.submit-button'))
  await waitFor(() => expect(submitComplaint).toHaveBeenCalledTimes(1))
  expect(jest.mocked(submitComplaint).mock.calls[0][0].photos).toHaveLength(LIMITS.photos)
})

it('given the emergency switch turned on, the complaint goes as an emergency', async () => {
  const form = await openForm()
  fillRequired(form)
  tap($(form, '.emergency-switch'))
  jest.mocked(submitComplaint).mockResolvedValue(complaintView({ id: 'new1' }))
  tap($(form, '.submit-button'))
  await waitFor(() => expect(submitComplaint).toHaveBeenCalledTimes(1))
  expect(jest.mocked(submitComplaint).mock.calls[0][0]).toMatchObject({ category: 'cleaning', location: '3栋大堂', emergency: true })
})

it('given a missing required field, tapping submit names it in Chinese and sends nothing', async () => {
  const form = await openForm()
  tap($(form, '.submit-button'))
  await shows('请选择投诉类别')
  tap($(form, '.category-select .chip-cleaning'))
  tap($(form, '.submit-button'))
  await shows('请填写投诉地点')
  typeInto($(form, '.location-input'), '3栋大堂')
  tap($(form, '.submit-button'))
  await shows('请描述投诉内容')
  expect(submitComplaint).not.toHaveBeenCalled()
  expect(askConsent).not.toHaveBeenCalled()
})

it('given a request running, the button is disabled and a second tap sends nothing; then it opens the new complaint', async () => {
  const form = await openForm()
  fillRequired(form)
  const answer = deferred<ReturnType<typeof complaintView>>()
  jest.mocked(submitComplaint).mockReturnValue(answer.promise)
  tap($(form, '.submit-button'))
  await waitFor(() => expect(isDisabled(button(form))).toBe(true))
  expect($(form, '.submit-button').textContent).toContain('正在提交')
  tap($(form, '.submit-button'))
  tap($(form, '.submit-button'))
  expect(submitComplaint).toHaveBeenCalledTimes(1)
  // Consent was asked on the tap, for the submit group, before anything was sent.
  expect(askConsent).toHaveBeenCalledWith(META.subscribe.submit, CONSENT_PURPOSE.submit)
  expect(CONSENT_PURPOSE.submit).toBe('投诉受理、处理进度和结果将通过微信服务通知告诉您')

  answer.resolve(complaintView({ id: 'new1' }))
  await waitFor(() => expect(taroFake.navigations).toEqual([{ kind: 'redirectTo', url: '/pages/detail/index?id=new1&created=1' }]))
  expect(jest.mocked(submitComplaint).mock.calls[0][0]).toEqual({
    category: 'cleaning',
    location: '3栋大堂',
    description: '大堂地面很脏，已经三天没人打扫了。',
    photos: [],
    emergency: false,
    involved: '',
  })
})

it("given the server refuses, it shows the server's message as it is and lets the resident try again", async () => {
  const form = await openForm()
  fillRequired(form)
  jest.mocked(submitComplaint).mockRejectedValue(new ApiError('CONTENT_RISKY', '投诉内容含有不宜公开的词语（“某某词”），请修改后再提交'))
  tap($(form, '.submit-button'))
  await shows('投诉内容含有不宜公开的词语（“某某词”），请修改后再提交')
  await waitFor(() => expect(isDisabled(button(form))).toBe(false))
  expect(taroFake.navigations).toEqual([])
})

it('given a WeChat user without a profile, tapping submit sends them to the profile first', async () => {
  await signIn(null)
  const page = renderPage(<Submit />)
  const form = page.container
  await waitFor(() => expect(form.querySelector('.submit-button')).not.toBeNull())
  fillRequired(form)
  tap($(form, '.submit-button'))
  await shows('请先完善个人资料')
  expect(taroFake.navigations).toEqual([{ kind: 'navigateTo', url: '/pages/profile/index' }])
  expect(submitComplaint).not.toHaveBeenCalled()
})
