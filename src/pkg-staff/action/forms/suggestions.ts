import type { SuggestionsView } from '@domain/suggestions-view'
import type { DepartmentCode } from '@shared/vocabulary'
import type { SuggestionChip } from '../../components/SuggestionChips'
import { NO_SUBJECT, type SubjectDraft } from '../../components/SubjectStaffPicker'

/** The 受理 form's fields a suggestion can fill. */
interface AcceptFields {
  dept: DepartmentCode | undefined
  setDept: (d: DepartmentCode) => void
  subject: SubjectDraft
  setSubject: (s: SubjectDraft) => void
  /** Departments taking new work: a suggestion routing elsewhere only informs. */
  active: readonly { code: DepartmentCode }[]
}

/**
 * Issue 18: chips for the 受理 form — the category's department (fills 承办部门), the staff member it
 * is about (opens the staff picker at their department; staff still choose the person), and, to
 * read only, a possible refusal ground and a likely repeat.
 */
export function acceptChips(s: SuggestionsView | undefined, f: AcceptFields): SuggestionChip[] {
  if (!s) return []
  const takes = (d: DepartmentCode) => f.active.some((a) => a.code === d)
  const chips: SuggestionChip[] = []
  if (s.category) {
    const d = s.category.department
    chips.push({
      key: 'category',
      label: `${s.category.label} → 承办部门：${s.category.departmentLabel}`,
      reason: s.category.reason,
      onApply: takes(d) ? () => f.setDept(d) : undefined,
      applied: f.dept === d,
    })
  }
  if (s.aboutStaff) {
    const d = s.aboutStaff.department
    chips.push({
      key: 'staff',
      label: `涉及员工：${s.aboutStaff.label}（${s.aboutStaff.departmentLabel}）`,
      reason: s.aboutStaff.reason,
      onApply: takes(d) ? () => f.setSubject({ ...NO_SUBJECT, departmentCode: d }) : undefined,
      applied: !f.subject.outsider && f.subject.departmentCode === d,
    })
  }
  if (s.refusal) chips.push({ key: 'refusal', label: `可能不予受理：${s.refusal.label}`, reason: s.refusal.reason })
  if (s.repeat) chips.push({ key: 'repeat', label: `可能重复投诉：${s.repeat.no}`, reason: s.repeat.reason })
  return chips
}

/** The 不予受理 form's fields a suggestion can fill. */
interface RefuseFields {
  ground: string | undefined
  setGround: (g: string) => void
  text: string
  setText: (t: string) => void
  repeatOf: string | undefined
  setRepeatOf: (id: string) => void
}

/** A first draft of the explanation to the complainant for a suggested ground (A4), for staff to edit. */
export function explanationFor(r: NonNullable<SuggestionsView['refusal']>): string {
  if (r.ground === 'A4-R1') return `您反映的事项不属于物业管理处的职责范围，建议您向${r.referTo.map((b) => b.label).join('或')}反映。`
  if (r.ground === 'A4-R3') return '您反映的事项已进入诉讼、仲裁或行政复议程序，请以相关机构的处理结果为准。'
  return '您的投诉暂未说明具体的事情、地点和时间，请补充后重新提交，我们会尽快处理。'
}

/**
 * Issue 18: chips for the 不予受理 form — the suggested ground (fills the ground, and the
 * explanation when it is still empty) and a likely repeat (A4-R4 with the earlier complaint linked).
 */
export function refuseChips(s: SuggestionsView | undefined, f: RefuseFields): SuggestionChip[] {
  if (!s) return []
  const chips: SuggestionChip[] = []
  const r = s.refusal
  if (r) {
    chips.push({
      key: 'refusal',
      label: `不予受理理由：${r.label}`,
      reason: r.reason,
      onApply: () => {
        f.setGround(r.ground)
        if (!f.text.trim()) f.setText(explanationFor(r))
      },
      applied: f.ground === r.ground,
    })
  }
  const rep = s.repeat
  if (rep) {
    chips.push({
      key: 'repeat',
      label: `可能重复投诉：${rep.no}`,
      reason: rep.reason,
      onApply: () => {
        f.setGround('A4-R4')
        f.setRepeatOf(rep.id)
      },
      applied: f.ground === 'A4-R4' && f.repeatOf === rep.id,
    })
  }
  return chips
}
