import { useState } from 'react'
import { View } from '@tarojs/components'
import Field from '@/components/form/Field'
import { useDraft } from '@/hooks/useDraft'
import StateView from '@/components/StateView'
import { ChipSelect } from '@/components/form/ChipSelect'
import { departmentOptions, useDepartments } from '@/hooks/useDepartments'
import { useLoad } from '@/hooks/useLoad'
import { listStaff } from '@/services/people'
import { LIMITS } from '@shared/limits'
import { SubmitBar, TextField, type FormProps } from './common'
import { useDefaultDepartment } from './department'

/** H1: hand the complaint to the responsible department. */
export function DispatchForm({ c, busy, submit, label }: FormProps) {
  const [dept, setDept] = useState<string | undefined>(useDefaultDepartment(c))
  const [note, setNote] = useState('')
  const { active } = useDepartments()
  return (
    <View>
      <View className='form-card'>
        <Field label='承办部门' required>
          <ChipSelect className='department-select' options={departmentOptions(active)} value={dept} onChange={setDept} />
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
  const others = useDepartments().active.filter((d) => d.code !== c.departmentCode)
  return (
    <View>
      <View className='form-card'>
        <Field label='转派至' required hint={c.departmentName ? `当前承办部门：${c.departmentName}` : undefined}>
          <ChipSelect className='department-select' options={departmentOptions(others)} value={dept} onChange={setDept} />
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
  const { data, loading, error, reload } = useLoad(() => listStaff(c.departmentCode), [c.departmentCode])
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
