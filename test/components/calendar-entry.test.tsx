/**
 * Bulk entry of a year's holidays (pkg-manager/settings): the State Council notice's dates pasted
 * as text are read into the day lists settings.save takes, every unreadable line is named, and the
 * year editor saves only what it shows for checking.
 */
import { waitFor } from '@testing-library/react'
import PageShell from '@/components/PageShell'
import YearEditor from '@/pkg-manager/settings/YearEditor'
import { checkSchedule, formatDays, parseDays } from '@/pkg-manager/settings/parseDates'
import { $, answerDialog, renderPage, tap, typeInto } from '../helpers/dom-page'
import { useState } from 'react'

const range = (from: number, to: number, month = '02') =>
  Array.from({ length: to - from + 1 }, (_, i) => `2027-${month}-${String(from + i).padStart(2, '0')}`)

it('given single dates and ranges with ~ or 至, it reads every day, sorted and once each', () => {
  const r = parseDays('2027-01-01\n2027-02-06~2027-02-12\n2027-02-10至2027-02-13', '2027')
  expect(r.errors).toEqual([])
  expect(r.days).toEqual(['2027-01-01', ...range(6, 13)])
})

it("given the notice's own wording, it reads the dates and ignores the words and day counts", () => {
  const r = parseDays('元旦：1月1日放假，共1天。\n春节：2月6日（农历除夕）至12日（农历正月初六）放假调休，共7天。', '2027')
  expect(r.errors).toEqual([])
  expect(r.days).toEqual(['2027-01-01', ...range(6, 12)])
})

it('given a day that does not exist, one outside the year or a line it cannot read, it names the line and keeps none of it', () => {
  const r = parseDays('2027-02-30\n2026-12-31\n2027-01-01\n第二批 3 号', '2027')
  expect(r.days).toEqual(['2027-01-01'])
  expect(r.errors).toHaveLength(3)
  expect(r.errors[0]).toContain('第 1 行')
  expect(r.errors[1]).toContain('不在 2027 年内')
  expect(r.errors[2]).toContain('第 4 行')
})

it('given saved days, it writes them back as one line per run, which reads back the same', () => {
  const days = ['2027-01-01', ...range(6, 12), '2027-04-05']
  expect(formatDays(days)).toBe('2027-01-01\n2027-02-06~2027-02-12\n2027-04-05')
  expect(parseDays(formatDays(days), '2027').days).toEqual(days)
})

it('given a day both off and on, or a make-up working day in the week, it blocks the first and questions the second', () => {
  const c = checkSchedule(['2027-02-10'], ['2027-02-10', '2027-02-14'])
  expect(c.errors.join()).toContain('2027-02-10 同时出现在放假和上班日期中')
  expect(c.warnings.join()).toContain('2027-02-10（周三）')
  expect(c.warnings.join()).not.toContain('2027-02-14')
})

it('given pasted dates and a source, the editor shows the count and first and last day, and saves exactly those days', async () => {
  const onSave = jest.fn()
  function Host() {
    const [v, setV] = useState({ holidays: '', workdays: '', source: '' })
    return (
      <PageShell>
        <YearEditor year='2027' value={v} onChange={setV} onSave={onSave} busy={false} />
      </PageShell>
    )
  }
  const { container: page } = renderPage(<Host />)
  typeInto($(page, '.calendar-holidays-input'), '2027-01-01\n2027-02-06~2027-02-12')
  typeInto($(page, '.calendar-workdays-input'), '2027-02-14')
  await waitFor(() => expect($(page, '.calendar-parsed--holidays').textContent).toContain('共 8 天'))
  expect($(page, '.calendar-parsed--holidays').textContent).toContain('1月1日（周五）至 2月12日（周五）')
  tap($(page, '.calendar-year-save'))
  expect(onSave).not.toHaveBeenCalled() // no source yet
  typeInto($(page, '.calendar-source'), '国办发明电〔2026〕7号')
  await waitFor(() => expect($(page, '.calendar-preview').textContent).toContain('依据：国办发明电〔2026〕7号'))
  // Two breaks where a notice has seven: the preview says so, and saving asks for a second look.
  expect($(page, '.calendar-preview').textContent).toContain('只识别出 2 段假期（共 8 天）')
  tap($(page, '.calendar-year-save'))
  expect(await answerDialog('cancel')).toContain('请核对是否漏录')
  expect(onSave).not.toHaveBeenCalled()
  tap($(page, '.calendar-year-save'))
  await answerDialog('ok')
  await waitFor(() => expect(onSave).toHaveBeenCalledWith(['2027-01-01', ...range(6, 12)], ['2027-02-14'], '国办发明电〔2026〕7号'))
})
