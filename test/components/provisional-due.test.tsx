/**
 * H4 on screen: a deadline counted before next year's holidays were entered says "（暂定）" beside
 * its date — on the due badge of lists and the detail page, and in the detail page's deadline rows.
 */
import { render } from '@testing-library/react'
import DueBadge from '@/components/DueBadge'
import { HandlingSection } from '@/pages/detail/Sections'
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
