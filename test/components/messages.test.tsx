/**
 * The in-app messages page: a message about a complaint opens it; issue 16: a message of another
 * of the caller's estates names that estate, and opening it switches there first.
 */
import { waitFor } from '@testing-library/react'
import Messages from '@/pages/messages'
import { listMessages, markRead } from '@/services/messages'
import { switchEstate } from '@/services/estates'
import { HANDLER } from '../helpers/dom-fixtures'
import { $$, renderPage, shows, signIn, tap, taroFake } from '../helpers/dom-page'

jest.mock('@/services/me')
jest.mock('@/services/meta')
jest.mock('@/services/messages')
jest.mock('@/services/estates')

const AT = Date.parse('2026-11-30T02:00:00Z')
const HERE = { id: 'm1', title: '新投诉待受理', complaintId: 'c1', complaintNo: 'TS20261130-0001', fields: [], read: false, at: AT }
const THERE = { ...HERE, id: 'm2', complaintId: 'c2', complaintNo: 'TS20261130-0002', estate: 'lakeside', estateName: '湖畔雅苑' }

beforeEach(async () => {
  await signIn(HANDLER)
  jest.mocked(listMessages).mockResolvedValue({ items: [HERE, THERE], unread: 2 })
  jest.mocked(markRead).mockResolvedValue({ unread: 1 })
  jest.mocked(switchEstate).mockResolvedValue(HANDLER)
})

it('given a message of this estate, tapping it opens its complaint without switching', async () => {
  const { container } = renderPage(<Messages />)
  await shows('TS20261130-0001')
  tap($$(container, '.message-item')[0])
  await waitFor(() => expect(taroFake.navigations).toContainEqual({ kind: 'navigateTo', url: '/pages/detail/index?id=c1' }))
  expect(switchEstate).not.toHaveBeenCalled()
})

it('given a message of another of the caller’s estates, it names the estate; tapping switches there, then opens the complaint', async () => {
  const { container } = renderPage(<Messages />)
  await shows('湖畔雅苑')
  expect($$(container, '.message-item__estate').map((e) => e.textContent)).toEqual(['湖畔雅苑'])
  tap($$(container, '.message-item')[1])
  await waitFor(() => expect(taroFake.navigations).toContainEqual({ kind: 'navigateTo', url: '/pages/detail/index?id=c2' }))
  expect(switchEstate).toHaveBeenCalledWith('lakeside')
})
