/**
 * The registration form (A2/V2) as worksheets: the form's own definition
 * (complaint/domain/registration-form.ts, the one the printable page renders) laid out as a
 * 登记表 sheet of `【section】` headings and label/value rows, and a 处理记录 sheet with the
 * processing record's columns. Pure.
 */
import type { RegistrationForm } from '../../complaint/domain/registration-form'
import type { Cell, SheetSpec } from './sheet'

/** The title line: the form, its number, when it was made and what the viewer is not shown. */
export const formTitle = (f: RegistrationForm) => `${f.title} ${f.no}（制表时间 ${f.madeAt}${f.notice ? `；${f.notice}` : ''}）`

/** The two sheets of a registration form. */
export function formSheets(form: RegistrationForm): SheetSpec[] {
  const rows: Cell[][] = form.sections.flatMap((s) => [[`【${s.title}】`, ''], ...s.rows])
  return [
    { name: '登记表', title: formTitle(form), widths: [16, 80], rows },
    {
      name: '处理记录',
      header: form.eventColumns.map(([, title]) => title),
      widths: [20, 14, 20, 24, 60],
      rows: form.events.map((e) => form.eventColumns.map(([key]) => e[key])),
    },
  ]
}
