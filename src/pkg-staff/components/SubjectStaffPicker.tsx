import { useEffect } from 'react'
import { View, Text } from '@tarojs/components'
import { Input, Loading } from '@nutui/nutui-react-taro'
import { ROLES, label, type DepartmentCode } from '@shared/vocabulary'
import Field from '@/components/form/Field'
import { ChipSelect } from '@/components/form/ChipSelect'
import { departmentOptions, useDepartments } from '@/hooks/useDepartments'
import { useLoad } from '@/hooks/useLoad'
import { listStaff } from '@/services/people'
import { ApiError } from '@/services/api'
import { useSession } from '@/store/session'
import { LIMITS } from '@shared/limits'
import './SubjectStaffPicker.scss'

/** The staff member a complaint is about, as the form holds it until it is sent. */
export interface SubjectDraft {
  /** Picking from a department's staff (false), or typing the name of someone who is not staff (true). */
  outsider: boolean
  departmentCode?: DepartmentCode
  openid?: string
  name: string
  /** "秩序维护部 · 承办人", shown once someone is picked. */
  shown?: string
  /** The server does not let this user list staff (handlers): the name alone, which the server links. */
  unlisted?: boolean
}

export const NO_SUBJECT: SubjectDraft = { outsider: false, name: '' }

/** `subjectStaff` as complaint.act accept and complaint.register take it; undefined when nobody is named. */
export function subjectStaffOf(d: SubjectDraft): { name: string; openid?: string } | undefined {
  if (d.outsider) return d.name.trim() ? { name: d.name.trim() } : undefined
  return d.openid ? { name: d.name, openid: d.openid } : undefined
}

/** A department chosen without anyone in it is a half-made choice: say so before sending. */
export function subjectProblem(d: SubjectDraft): string | null {
  return !d.outsider && d.departmentCode && !d.openid ? '请选择被投诉的员工，或再次点击部门取消选择' : null
}

/** The staff of one department to choose from (staff.list; the server decides who may list). */
function StaffChoices({ dept, value, onChange }: { dept: DepartmentCode; value: SubjectDraft; onChange: (d: SubjectDraft) => void }) {
  const { nameOf } = useDepartments()
  // A refusal to list (handlers may not) turns the picker into a name field; other errors can be retried.
  const { data, loading, error, reload } = useLoad(
    () => listStaff(dept).catch((e) => (e instanceof ApiError && e.code === 'FORBIDDEN' ? null : Promise.reject(e))),
    [dept],
  )
  useEffect(() => {
    if (data === null) onChange({ ...NO_SUBJECT, outsider: true, unlisted: true })
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [data])
  if (loading || data === null)
    return (
      <Loading className='subject-picker__loading' type='circular'>
        正在加载员工名单…
      </Loading>
    )
  if (error) {
    return (
      <View className='subject-picker__note'>
        无法加载员工名单：{error}
        <Text className='link' onClick={() => reload()}>
          {' '}
          重试
        </Text>
      </View>
    )
  }
  // A supervisor's list is always their own department's: show only the department asked for.
  const people = (data ?? []).filter((u) => u.openid && u.departmentCode === dept && u.active !== false)
  if (!people.length) return <View className='subject-picker__note'>{nameOf(dept)}暂无可选员工。</View>
  return (
    <ChipSelect
      className='subject-staff-select'
      options={people.map((u) => ({ value: u.openid!, label: u.name, note: u.roleLabel ?? label(ROLES, u.role) }))}
      value={value.openid}
      onChange={(openid) => {
        const u = people.find((p) => p.openid === openid)!
        onChange({ ...value, openid, name: u.name, shown: `${nameOf(dept)} · ${u.roleLabel ?? label(ROLES, u.role)}` })
      }}
    />
  )
}

/**
 * H2-S, G3-P5: names the staff member a complaint is about — a department, then one of its staff —
 * or, for someone who is not staff (a contractor), their name as written. Optional. A handler, who
 * may not list staff, types the name and the server links the one active staff member of that name.
 */
export default function SubjectStaffPicker({ value, onChange }: { value: SubjectDraft; onChange: (d: SubjectDraft) => void }) {
  const { me } = useSession()
  const { listed } = useDepartments()
  // Handlers may not list staff (the server refuses): they name the person, and the server links them.
  const unlisted = value.unlisted || me?.user?.role === 'handler'
  const hint = '该员工将看不到投诉人信息，也不能承办此投诉。'
  return (
    <Field className='subject-picker' label='被投诉员工（如投诉涉及具体员工）' extra='选填' hint={hint}>
      {value.outsider || unlisted ? (
        <View>
          <Input
            className='subject-outsider-input'
            value={value.name}
            onChange={(name) => onChange({ ...value, name, outsider: true, unlisted })}
            maxLength={LIMITS.name}
            placeholder={unlisted ? '被投诉员工的姓名' : '非本处员工的姓名，如外包保洁员李某'}
          />
          {unlisted ? (
            <View className='subject-picker__note'>系统会按姓名关联本处的在职员工；外包等非本处人员也可直接填写姓名。</View>
          ) : (
            <View className='subject-picker__note'>
              仅用于记录非本处员工（如外包、施工单位人员）。
              <Text className='link subject-picker__switch' onClick={() => onChange(NO_SUBJECT)}>
                改为从员工名单选择
              </Text>
            </View>
          )}
        </View>
      ) : value.openid ? (
        <View className='subject-picker__picked'>
          <Text>
            <Text className='subject-picker__name'>{value.name}</Text>
            <Text className='muted'>（{value.shown}）</Text>
          </Text>
          <Text className='link subject-picker__clear' onClick={() => onChange({ ...NO_SUBJECT, departmentCode: value.departmentCode })}>
            重新选择
          </Text>
        </View>
      ) : (
        <View>
          <View className='subject-picker__step'>先选员工所在部门，再选员工：</View>
          <ChipSelect
            className='subject-dept-select'
            options={departmentOptions(listed)}
            value={value.departmentCode}
            onChange={(d) => onChange(d === value.departmentCode ? NO_SUBJECT : { ...NO_SUBJECT, departmentCode: d as DepartmentCode })}
          />
          {value.departmentCode && (
            <View className='subject-picker__staff'>
              <StaffChoices dept={value.departmentCode} value={value} onChange={onChange} />
            </View>
          )}
          <View className='subject-picker__note'>
            被投诉人不是本处员工？
            <Text className='link subject-picker__switch' onClick={() => onChange({ ...NO_SUBJECT, outsider: true })}>
              填写外包等人员姓名
            </Text>
          </View>
        </View>
      )}
    </Field>
  )
}
