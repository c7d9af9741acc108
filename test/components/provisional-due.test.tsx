/**
 * H4 on screen: a deadline counted before next year's holidays were entered says "（暂定）" beside
 * its date — on the due badge of lists and the detail page, in the detail page's deadline rows, and
 * in the 当前期限 of the extension form and of the supervisor's decision on it.
 */
import { render } from '@testing-library/react'
import DueBadge from '@/components/DueBadge'
import { HandlingSection } from '@/pages/detail/Sections'
import { DecisionForm } from '@/pkg-staff/action/forms/decision'
import { ExtensionForm } from '@/pkg-staff/action/forms/extension'
import { complaintView } from '../helpers/dom-fixtures'

const HOUR = 3_600_000
const at = Date.now() + 72 * HOUR

const rows = (root: HTMLElement) =>
  Object.fromEntries(
    [...root.querySelectorAll('.info-row')].map((r) => [
      r.querySelector('.info-row__label')!.textContent,
      r.querySelector('.info-row__value')!.textContent,
    ]),
  )

it('given a provisional due, the badge writes 暂定 right after the date, also when compact', () => {
  const due = { kind: 'handling' as const, at, overdue: false, near: false, provisional: true as const }
  const badge = render(<DueBadge due={due} />).container.querySelector('.due-badge')!
  expect(badge.textContent).toMatch(/^办结期限 .+ 前（暂定） · 剩余 \d 天$/)
  expect(badge.className).toMatch(/\bdue-provisional\b/)
  expect(render(<DueBadge due={due} compact />).container.querySelector('.due-badge')!.textContent).toMatch(/^剩余 \d 天（暂定）$/)
})

it('given an official due, the badge carries no mark', () => {
  const badge = render(<DueBadge due={{ kind: 'handling', at, overdue: false, near: false }} />).container.querySelector('.due-badge')!
  expect(badge.textContent).not.toContain('暂定')
  expect(badge.className).not.toMatch(/due-provisional/)
})

it('given a provisional handling deadline, the detail page marks that row and not the official dispatch row', () => {
  const c = complaintView({
    status: 'accepted',
    dispatchedAt: undefined,
    deadlines: { dispatchDueAt: at - 48 * HOUR, handlingDueAt: at, provisional: { handlingDueAt: true } },
  })
  const shown = rows(render(<HandlingSection c={c} />).container)
  expect(shown['办结期限']).toMatch(/前（暂定）$/)
  expect(shown['派单期限']).toMatch(/前$/)
})

it('given a provisional handling deadline, the extension form and the supervisor’s decision show 当前期限 with 暂定; an official one without', () => {
  const props = { busy: false, submit: jest.fn(), label: '申请延期', draftKey: 'c1:x:' }
  const extension = {
    newDeadline: '2027-01-08',
    reason: '材料未到',
    status: 'pending' as const,
    requestedBy: { openid: 'h', name: '张洁', role: 'handler' as const },
    requestedAt: at - 24 * HOUR,
  }
  const provisional = complaintView({
    status: 'handling',
    extension,
    deadlines: { handlingDueAt: at, provisional: { handlingDueAt: true } },
  })
  expect(rows(render(<ExtensionForm c={provisional} {...props} />).container)['当前期限']).toMatch(/（暂定）$/)
  expect(rows(render(<DecisionForm c={provisional} {...props} kind='approve_extension' />).container)['当前期限']).toMatch(/（暂定）$/)
  const official = complaintView({ status: 'handling', extension, deadlines: { handlingDueAt: at } })
  expect(rows(render(<ExtensionForm c={official} {...props} />).container)['当前期限']).not.toContain('暂定')
})
