import { useState } from 'react'
import { View, Text } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { Button, Input } from '@nutui/nutui-react-taro'
import type { DepartmentView } from '@domain/departments'
import { CUSTOMER_SERVICE, DEPARTMENT_NAME_MAX } from '@shared/departments'
import { confirm, toast } from '@/utils/ui'
import { withNewDepartment, type DepartmentDraft } from './departments'

/** Who supervises a saved department and what is live in it; for a new one, what saving it allows. */
function Facts({ d, view }: { d: DepartmentDraft; view?: DepartmentView }) {
  if (!view) return <View className='department-row__facts muted'>保存后可在派单规则中选择，并邀请该部门的员工</View>
  const invite = () => Taro.navigateTo({ url: `/pkg-manager/staff/index?dept=${view.code}&role=supervisor` })
  return (
    <View className='department-row__facts muted'>
      {view.supervisors.length ? `主管：${view.supervisors.join('、')}` : '未设主管'}
      {!view.supervisors.length && d.active && (
        <Text className='link department-invite' onClick={invite}>
          {' '}
          邀请主管 ›
        </Text>
      )}
      {` · 在岗 ${view.activeStaff} 人 · 未办结 ${view.openComplaints} 件`}
      {!d.active && ' · 已停用：不再接收派单，历史记录保留'}
    </View>
  )
}

interface RowProps {
  d: DepartmentDraft
  view?: DepartmentView
  onChange: (d: DepartmentDraft) => void
  onRemove: () => void
}

/** One department: its name to edit, 停用/启用 and 删除 (never for customer service), and its facts. */
function DepartmentRow({ d, view, onChange, onRemove }: RowProps) {
  const service = d.code === CUSTOMER_SERVICE
  return (
    <View className={`department-row department-${d.code ?? 'new'} ${d.active ? '' : 'is-inactive'}`}>
      <View className='department-row__main'>
        <Input
          className='department-row__name'
          value={d.name}
          maxLength={DEPARTMENT_NAME_MAX}
          onChange={(name) => onChange({ ...d, name })}
        />
        {service ? (
          <Text className='flag tone-blue'>受理与派单</Text>
        ) : (
          <>
            <Text className='link department-toggle' onClick={() => onChange({ ...d, active: !d.active })}>
              {d.active ? '停用' : '启用'}
            </Text>
            <Text className='link department-remove' onClick={onRemove}>
              删除
            </Text>
          </>
        )}
      </View>
      <Facts d={d} view={view} />
    </View>
  )
}

/** The row to add a department by its name. */
function AddDepartment({ value, onChange }: { value: DepartmentDraft[]; onChange: (v: DepartmentDraft[]) => void }) {
  const [name, setName] = useState('')
  const add = () => {
    const next = withNewDepartment(value, name)
    if (typeof next === 'string') return toast(next)
    onChange(next)
    setName('')
  }
  return (
    <View className='department-add'>
      <Input
        className='department-add__name'
        value={name}
        placeholder='新部门名称，如：电梯维保组'
        maxLength={DEPARTMENT_NAME_MAX}
        onChange={setName}
      />
      <Button className='department-add__button' size='small' type='primary' fill='outline' onClick={add}>
        添加部门
      </Button>
    </View>
  )
}

/** Why a department cannot be removed (its open complaints or active staff), or null. */
function removalProblem(view: DepartmentView | undefined): string | null {
  if (!view) return null
  const live = [
    view.openComplaints ? `${view.openComplaints} 件未办结的投诉` : '',
    view.activeStaff ? `${view.activeStaff} 名在岗员工` : '',
  ].filter(Boolean)
  return live.length ? `${view.name}还有 ${live.join('、')}，不能删除，可以停用` : null
}

interface Props {
  value: DepartmentDraft[]
  onChange: (v: DepartmentDraft[]) => void
  /** The saved departments with their supervisors and what is live in them (settings.get). */
  views: DepartmentView[]
}

/**
 * The office's departments (settings, no code change needed): rename, add, 停用 (no new work, history
 * kept) and 删除 (only with no open complaints and no active staff). Customer service accepts and
 * dispatches: renamed only. Supervisors are staff invited with that role. Saved with 保存设置.
 */
export default function DepartmentsForm({ value, onChange, views }: Props) {
  const set = (i: number) => (d: DepartmentDraft) => onChange(value.map((x, j) => (i === j ? d : x)))
  const remove = async (i: number) => {
    const d = value[i]
    const view = views.find((v) => v.code === d.code)
    const problem = removalProblem(view)
    if (problem) return toast(problem)
    if (
      view &&
      !(await confirm({
        title: `删除${view.name}？`,
        content: '删除后该部门不再出现在设置和选项中；已办结投诉的记录仍显示其名称。',
        confirmText: '删除',
      }))
    )
      return
    onChange(value.filter((_, j) => j !== i))
  }
  return (
    <View className='card settings-card settings-departments'>
      <View className='card__title'>
        <Text>部门</Text>
        <Text className='card__extra'>{value.filter((d) => d.active).length} 个在用</Text>
      </View>
      {value.map((d, i) => (
        <DepartmentRow key={d.key} d={d} view={views.find((v) => v.code === d.code)} onChange={set(i)} onRemove={() => remove(i)} />
      ))}
      <AddDepartment value={value} onChange={onChange} />
      <View className='hint'>
        部门主管是以“部门主管”角色邀请的该部门员工，负责审批方案和延期、接收超时督办。停用的部门不再接收派单，其投诉和统计照常保留。
      </View>
    </View>
  )
}
