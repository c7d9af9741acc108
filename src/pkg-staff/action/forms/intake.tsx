import { useState } from 'react'
import { View } from '@tarojs/components'
import { DEPARTMENTS, REFUSAL_GROUNDS, TIERS, type DepartmentCode } from '@shared/vocabulary'
import Field from '@/components/form/Field'
import { useDraft } from '@/hooks/useDraft'
import StateView from '@/components/StateView'
import SignaturePad from '@/components/SignaturePad'
import RepeatHint from '@/components/RepeatHint'
import { ChipSelect, optionsOf } from '@/components/form/ChipSelect'
import { useLoad } from '@/hooks/useLoad'
import { repeatCandidates } from '@/services/complaint'
import { listStaff } from '@/services/people'
import { uploadLocalFile } from '@/services/files'
import { useSession } from '@/store/session'
import { LIMITS } from '@shared/limits'
import SubjectStaffPicker, { NO_SUBJECT, subjectProblem, subjectStaffOf, type SubjectDraft } from '../../components/SubjectStaffPicker'
import { SubmitBar, TextField, type FormProps } from './common'

/** The view names the department; forms need its code. */
function departmentCodeOf(c: FormProps['c']): DepartmentCode | undefined {
  return (Object.keys(DEPARTMENTS) as DepartmentCode[]).find((k) => DEPARTMENTS[k] === c.departmentName)
}

/** The department already set, or the one the office routes this category to (meta.routing). */
function useDefaultDepartment(c: FormProps['c']): DepartmentCode | undefined {
  const { meta } = useSession()
  return departmentCodeOf(c) ?? meta?.routing?.[c.category]
}

/** Earlier complaints this one may repeat (A4-R4); a failed lookup just shows none. */
function useRepeats(id: string) {
  return useLoad(() => repeatCandidates(id).catch(() => []), [id]).data ?? []
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
  return (
    <View>
      <RepeatHint items={repeats} />
      <View className='form-card'>
        <Field label='投诉级别' required hint='一般投诉按一般时限办结；复杂或重大投诉时限较长；紧急投诉需立即响应。'>
          <ChipSelect className='tier-select' options={optionsOf(TIERS)} value={tier} onChange={setTier} />
        </Field>
        <Field label='承办部门' hint='默认按投诉类别分派，可调整。'>
          <ChipSelect className='department-select' options={optionsOf(DEPARTMENTS)} value={dept} onChange={setDept} />
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
  return (
    <View>
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
          submit(
            !ground
              ? '请选择不予受理理由'
              : repeat && repeats.length && !repeatOf
                ? '请关联所重复的原投诉'
                : !text.trim()
                  ? '请填写向投诉人的说明'
                  : null,
            () => ({ ground, explanation: text.trim(), repeatOf: repeat ? repeatOf : undefined }),
          )
        }
      />
    </View>
  )
}

/** H1: hand the complaint to the responsible department. */
export function DispatchForm({ c, busy, submit, label }: FormProps) {
  const [dept, setDept] = useState<string | undefined>(useDefaultDepartment(c))
  const [note, setNote] = useState('')
  return (
    <View>
      <View className='form-card'>
        <Field label='承办部门' required>
          <ChipSelect className='department-select' options={optionsOf(DEPARTMENTS)} value={dept} onChange={setDept} />
        </Field>
        <TextField label='派单说明' value={note} onChange={setNote} max={LIMITS.text} placeholder='选填，交代需要注意的情况' />
      </View>
      <SubmitBar
        busy={busy}
        label={label}
        onClick={() => submit(!dept ? '请选择承办部门' : null, () => ({ departmentCode: dept, note: note.trim() }))}
      />
    </View>
  )
}

/** H1: move it to another department, with the reason. */
export function TransferForm({ c, busy, submit, label, draftKey }: FormProps) {
  const [dept, setDept] = useState<string>()
  const [reason, setReason] = useDraft(`${draftKey}reason`, '')
  const others = Object.keys(DEPARTMENTS).filter((d) => d !== departmentCodeOf(c))
  return (
    <View>
      <View className='form-card'>
        <Field label='转派至' required hint={c.departmentName ? `当前承办部门：${c.departmentName}` : undefined}>
          <ChipSelect className='department-select' options={optionsOf(DEPARTMENTS, others)} value={dept} onChange={setDept} />
        </Field>
        <TextField label='转派原因' required value={reason} onChange={setReason} max={LIMITS.text} placeholder='为什么应由该部门处理' />
      </View>
      <SubmitBar
        busy={busy}
        label={label}
        onClick={() =>
          submit(!dept ? '请选择部门' : !reason.trim() ? '请填写转派原因' : null, () => ({ departmentCode: dept, reason: reason.trim() }))
        }
      />
    </View>
  )
}

/** H1: the supervisor names the handler. */
export function AssignForm({ c, busy, submit, label }: FormProps) {
  const [who, setWho] = useState<string>()
  const { data, loading, error, reload } = useLoad(() => listStaff(departmentCodeOf(c)), [c.departmentName])
  const options = (data ?? [])
    .filter((u) => u.openid)
    .map((u) => ({ value: u.openid!, label: u.name, note: [u.roleLabel, u.departmentName].filter(Boolean).join(' · ') }))
  return (
    <View>
      <View className='form-card'>
        <Field label='承办人' required hint={c.assigneeName ? `当前承办人：${c.assigneeName}` : undefined}>
          <StateView
            loading={loading}
            error={error}
            onRetry={() => reload()}
            empty={!loading && !error && !options.length}
            emptyText='该部门暂无可指派的员工'
          />
          {!loading && <ChipSelect className='assignee-select' block options={options} value={who} onChange={setWho} />}
        </Field>
      </View>
      <SubmitBar busy={busy} label={label} onClick={() => submit(!who ? '请选择承办人' : null, () => ({ assigneeOpenid: who }))} />
    </View>
  )
}

const METHODS = [
  { value: 'signature', label: '现场签字', note: '投诉人在本机上签名确认' },
  { value: 'phone_readback', label: '电话复述确认', note: '已向投诉人复述登记要点，投诉人确认无误' },
]

/** A3: the complainant confirms a registration by signature on this phone, or after a phone read-back. */
export function ConfirmForm({ busy, submit, label }: FormProps) {
  const [method, setMethod] = useState('signature')
  const [signature, setSignature] = useState('')
  return (
    <View>
      <View className='form-card'>
        <Field label='确认方式' required>
          <ChipSelect className='method-select' block options={METHODS} value={method} onChange={setMethod} />
        </Field>
        {method === 'signature' && (
          <Field label='投诉人签名' required>
            <SignaturePad value={signature} onChange={setSignature} />
          </Field>
        )}
      </View>
      {method === 'phone_readback' && <View className='notice'>请先向投诉人逐项复述投诉内容、地点和诉求，确认无误后再提交。</View>}
      <SubmitBar
        busy={busy}
        label={label}
        onClick={() =>
          submit(method === 'signature' && !signature ? '请投诉人签名并点击“确认签名”' : null, async () =>
            method === 'signature' ? { method, signatureFile: await uploadLocalFile(signature, undefined, 'signatures') } : { method },
          )
        }
      />
    </View>
  )
}
