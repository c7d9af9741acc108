/**
 * The resident's profile (A2: where the complainant lives, written so staff find it by room): the
 * three room boxes take what people type ("3号楼", "2单元", "1502室") or a whole pasted address and
 * send one spelling; the phone may be typed with spaces; an invite code as the manager's page shows it.
 */
import { waitFor } from '@testing-library/react'
import Profile from '@/pages/profile'
import { bindInvite, saveProfile } from '@/services/me'
import { $, renderPage, shows, signIn, tap, typeInto } from '../helpers/dom-page'

jest.mock('@/services/me')
jest.mock('@/services/meta')

beforeEach(async () => {
  await signIn(null)
})

async function openProfile() {
  const { container } = renderPage(<Profile />)
  await waitFor(() => expect(container.querySelector('.room-input__building')).not.toBeNull())
  return container
}

const inputOf = (page: HTMLElement, selector: string) => $(page, `${selector} input, input${selector}`) as HTMLInputElement

it('A2 given "3号楼", "2单元" and "1502室" typed in the boxes, it sends 3栋2单元1502', async () => {
  const page = await openProfile()
  typeInto($(page, '.name-input'), '韩梅')
  typeInto($(page, '.room-input__building'), '3号楼')
  typeInto($(page, '.room-input__unit'), '2单元')
  typeInto($(page, '.room-input__no'), '1502室')
  typeInto($(page, '.phone-input'), '139 1234 5679')
  jest
    .mocked(saveProfile)
    .mockResolvedValue({ openid: 'o-new', role: 'resident', name: '韩梅', room: '3栋2单元1502', phone: '13912345679' })
  tap($(page, '.save-profile'))
  await waitFor(() => expect(saveProfile).toHaveBeenCalledWith({ name: '韩梅', room: '3栋2单元1502', phone: '13912345679' }))
})

it('A2 given a whole address pasted into the building box, it fills the three boxes', async () => {
  const page = await openProfile()
  typeInto($(page, '.room-input__building'), '3号楼2单元1502')
  await waitFor(() => expect(inputOf(page, '.room-input__building').value).toBe('3'))
  expect(inputOf(page, '.room-input__unit').value).toBe('2')
  expect(inputOf(page, '.room-input__no').value).toBe('1502')
})

it('A2 given a mobile number typed short, it says what a phone number looks like and sends nothing', async () => {
  const page = await openProfile()
  typeInto($(page, '.name-input'), '韩梅')
  typeInto($(page, '.room-input__building'), '8')
  typeInto($(page, '.room-input__no'), '601')
  typeInto($(page, '.phone-input'), '1391234')
  tap($(page, '.save-profile'))
  await shows('请填写正确的联系电话（手机号 11 位，或带区号的固话）')
  expect(saveProfile).not.toHaveBeenCalled()
})

it('an invite code typed as shown, with spaces, lower case and an O for a 0, is sent as the code', async () => {
  const page = await openProfile()
  tap($(page, '.profile-tab-staff, .nut-tabs-titles-item:nth-child(2)'))
  await waitFor(() => expect(page.querySelector('.invite-input')).not.toBeNull())
  typeInto($(page, '.invite-input'), '9fbc c9b6 aa2o')
  expect(inputOf(page, '.invite-input').value).toBe('9FBC C9B6 AA20')
  jest.mocked(bindInvite).mockResolvedValue({ openid: 'o-new', role: 'handler', name: '周小草', departmentCode: 'landscaping' })
  tap($(page, '.bind-invite'))
  await waitFor(() => expect(bindInvite).toHaveBeenCalledWith('9FBCC9B6AA20'))
})
