/**
 * 长辈模式 (issue 19): the switch on the profile turns it on for every page at once (the mode's class
 * on each page's root, where its CSS variables live), it is remembered on the phone across launches,
 * the filing form turns simpler (categories as big tiles, the description right after them,
 * the optional 涉及人员 left out), and switching it off brings everything back.
 */
import { act, waitFor } from '@testing-library/react'
import Profile from '@/pages/profile'
import Submit from '@/pages/submit'
import { ELDERLY_CLASS, ELDERLY_KEY, reloadDisplay, setElderly } from '@/store/display'
import { RESIDENT } from '../helpers/dom-fixtures'
import { $, $$, renderPage, shows, signIn, tap, taroFake } from '../helpers/dom-page'

jest.mock('@/services/me')
jest.mock('@/services/meta')

beforeEach(async () => {
  await signIn(RESIDENT)
})
afterEach(() => {
  act(() => setElderly(false))
})

/** Opens the profile and waits for the mode's switch. */
async function openProfile() {
  const { container } = renderPage(<Profile />, {}, { keepStorage: true })
  await waitFor(() => expect(container.querySelector('.elderly-switch')).not.toBeNull())
  return container
}

/** Opens the filing form as a fresh launch of the app would: the mode read again from storage. */
async function openFormAfterRelaunch() {
  act(() => reloadDisplay())
  const { container } = renderPage(<Submit />, {}, { keepStorage: true })
  await shows('王丽 · 1-1-101')
  return container
}

const fieldLabels = (form: HTMLElement) => $$(form, '.field__label > :first-child').map((l) => l.textContent)
const root = (page: HTMLElement) => $(page, '.page')

it('given the switch turned on in the profile, the page follows at once and the phone remembers it', async () => {
  const page = await openProfile()
  expect(root(page).classList.contains(ELDERLY_CLASS)).toBe(false)
  expect($(page, '.elderly-switch').getAttribute('aria-checked')).not.toBe('true')
  tap($(page, '.elderly-switch'))
  await waitFor(() => expect(root(page).classList.contains(ELDERLY_CLASS)).toBe(true))
  expect(taroFake.storage.get(ELDERLY_KEY)).toBe(true)
})

it('given elderly mode was turned on before, a relaunched app opens the filing form simpler: big category tiles, the description first, no 涉及人员', async () => {
  const profile = await openProfile()
  tap($(profile, '.elderly-switch'))
  await waitFor(() => expect(taroFake.storage.get(ELDERLY_KEY)).toBe(true))
  const form = await openFormAfterRelaunch()
  expect(root(form).classList.contains(ELDERLY_CLASS)).toBe(true)
  expect($(form, '.category-select').classList.contains('chips--tiles')).toBe(true)
  const labels = fieldLabels(form)
  expect(labels.indexOf('投诉内容')).toBe(labels.indexOf('投诉类别') + 1)
  expect(labels.indexOf('投诉内容')).toBeLessThan(labels.indexOf('投诉地点'))
  expect(labels.some((l) => l?.includes('涉及人员'))).toBe(false)
})

it('given elderly mode switched off again, the phone forgets it and the filing form is the full one', async () => {
  const profile = await openProfile()
  tap($(profile, '.elderly-switch'))
  await waitFor(() => expect(root(profile).classList.contains(ELDERLY_CLASS)).toBe(true))
  tap($(profile, '.elderly-switch'))
  await waitFor(() => expect(root(profile).classList.contains(ELDERLY_CLASS)).toBe(false))
  expect(taroFake.storage.get(ELDERLY_KEY)).toBe(false)
  const form = await openFormAfterRelaunch()
  expect(root(form).classList.contains(ELDERLY_CLASS)).toBe(false)
  expect($(form, '.category-select').classList.contains('chips--tiles')).toBe(false)
  const labels = fieldLabels(form)
  expect(labels.indexOf('投诉地点')).toBe(labels.indexOf('投诉类别') + 1)
  expect(labels.some((l) => l?.includes('涉及人员'))).toBe(true)
})
