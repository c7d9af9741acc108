import { useState } from 'react'
import { View } from '@tarojs/components'
import { REFUSAL_GROUNDS, TIERS } from '@shared/vocabulary'
import Field from '@/components/form/Field'
import { useDraft } from '@/hooks/useDraft'
import RepeatHint from '@/components/RepeatHint'
import { ChipSelect, optionsOf } from '@/components/form/ChipSelect'
import { departmentOptions, useDepartments } from '@/hooks/useDepartments'
import { useLoad } from '@/hooks/useLoad'
import { repeatCandidates } from '@/services/complaint'
import { LIMITS } from '@shared/limits'
import SubjectStaffPicker, { NO_SUBJECT, subjectProblem, subjectStaffOf, type SubjectDraft } from '../../components/SubjectStaffPicker'
import SuggestionChips from '../../components/SuggestionChips'
import { SubmitBar, TextField, type FormProps } from './common'
import { useDefaultDepartment } from './department'
import { acceptChips, refuseChips } from './suggestions'

/** Earlier complaints this one may repeat (A4-R4); a failed lookup just shows none. */
function useRepeats(id: string) {
  return useLoad(() => repeatCandidates(id).catch(() => []), [id]).data ?? []
}

/**
 * What keeps a refusal from being sent (A4), in Chinese; null when it can go. Takes the ground,
 * whether an A4-R4 repeat still lacks the earlier complaint it repeats, and the explanation.
 */
function refusalProblem(ground: string | undefined, repeatUnlinked: boolean, explanation: string): string | null {
  if (!ground) return '请选择不予受理理由'
  if (ground === 'A4-R4' && repeatUnlinked) return '请关联所重复的原投诉'
  return explanation.trim() ? null : '请填写向投诉人的说明'
}

/**
 * A2-3, H1: accept, with the tier that sets the deadline, the department that will handle it and,
 * when the complaint is about a staff member, who (H2-S).
 */
export function AcceptForm({ c, busy, submit, label }: FormProps) {
  const [tier, setTier] = useState<string>(c.tier)
  const [dept, setDept] = useState<string | undefined>(useDefaultDepartment(c))
  const [note, setNote] = useState('')
  const [subject, setSubject] = useState<SubjectDraft>(NO_SUBJECT)
  const repeats = useRepeats(c.id)
  const { active } = useDepartments()
  const chips = acceptChips(c.suggestions, { dept, setDept, subject, setSubject, active })
  return (
    <View>
      <SuggestionChips items={chips} />
      <RepeatHint items={repeats} />
      <View className='form-card'>
        <Field label='投诉级别' required hint='一般投诉按一般时限办结；复杂或重大投诉时限较长；紧急投诉需立即响应。'>
          <ChipSelect className='tier-select' options={optionsOf(TIERS)} value={tier} onChange={setTier} />
        </Field>
        <Field label='承办部门' hint='默认按投诉类别分派，可调整。'>
          <ChipSelect className='department-select' options={departmentOptions(active)} value={dept} onChange={setDept} />
        </Field>
        <SubjectStaffPicker value={subject} onChange={setSubject} />
        <TextField label='受理说明' value={note} onChange={setNote} max={LIMITS.text} placeholder='选填，如已与投诉人沟通的情况' />
      </View>
      <SubmitBar
        busy={busy}
        label={label}
        onClick={() =>
          submit(subjectProblem(subject), () => ({ tier, departmentCode: dept, note: note.trim(), subjectStaff: subjectStaffOf(subject) }))
        }
      />
    </View>
  )
}

/** A4: refuse only on one of the five grounds, always with an explanation to the complainant. */
export function RefuseForm({ c, busy, submit, label, draftKey }: FormProps) {
  const [ground, setGround] = useState<string>()
  const [text, setText] = useDraft(`${draftKey}text`, '')
  const [repeatOf, setRepeatOf] = useState<string>()
  const repeats = useRepeats(c.id)
  const grounds = Object.entries(REFUSAL_GROUNDS).map(([value, l]) => ({ value, label: l }))
  const repeat = ground === 'A4-R4'
  const chips = refuseChips(c.suggestions, { ground, setGround, text, setText, repeatOf, setRepeatOf })
  return (
    <View>
      <SuggestionChips items={chips} />
      <View className='form-card'>
        <Field label='不予受理理由' required>
          <ChipSelect className='ground-select' block options={grounds} value={ground} onChange={setGround} />
        </Field>
      </View>
      {repeat && !repeats.length && (
        <View className='notice notice--warning'>未找到此投诉人同类别、同地点的已处理投诉，请核实是否属于重复投诉。</View>
      )}
      <RepeatHint className='repeat-select' items={repeats} selected={repeatOf} onSelect={repeat ? setRepeatOf : undefined} />
      <View className='form-card'>
        <TextField
          label='向投诉人的说明'
          required
          value={text}
          onChange={setText}
          max={LIMITS.text}
          className='explanation-input'
          placeholder='请说明不予受理的依据，以及投诉人可以如何处理'
        />
      </View>
      <View className='notice notice--warning'>投诉人将收到不予受理的理由和说明。</View>
      <SubmitBar
        danger
        busy={busy}
        label={label}
        onClick={() =>
          submit(refusalProblem(ground, repeats.length > 0 && !repeatOf, text), () => ({
            ground,
            explanation: text.trim(),
            repeatOf: repeat ? repeatOf : undefined,
          }))
        }
      />
    </View>
  )
}
