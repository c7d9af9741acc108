import { useState } from 'react'
import { View } from '@tarojs/components'
import { Button, Input } from '@nutui/nutui-react-taro'
import Field from '@/components/form/Field'
import { ChipMultiSelect, ChipSelect, optionsOf } from '@/components/form/ChipSelect'
import { departmentOptions } from '@/hooks/useDepartments'
import type { UserView } from '@/services/types'
import { CUSTOMER_SERVICE, type Department } from '@shared/departments'
import { toast } from '@/utils/ui'
import { DAY_TYPE_LABELS, WEEKDAY_LABELS } from './labels'
import type { Shift } from './useRoster'

const EMPTY = {
  departmentCode: CUSTOMER_SERVICE,
  openid: '',
  weekdays: ['1', '2', '3', '4', '5'],
  dayType: 'workday',
  start: '08:30',
  end: '17:30',
}

/** Staff who may be on duty for a department: its own, and the manager. */
export const staffOf = (staff: UserView[], dept: string) => staff.filter((u) => u.departmentCode === dept || u.role === 'manager')

/**
 * A new shift: department (one of `departments`, the office's active ones from settings), person,
 * weekdays, kind of day, start and end (an end before the start runs to the next morning).
 */
export default function ShiftForm({
  staff,
  departments,
  onAdd,
}: {
  staff: UserView[]
  departments: Department[]
  onAdd: (s: Shift) => void
}) {
  const [f, setF] = useState(EMPTY)
  const set = (k: keyof typeof EMPTY) => (v: string | string[]) => setF((x) => ({ ...x, [k]: v }))
  const add = () => {
    const who = staff.find((u) => u.openid === f.openid)
    if (!who) return toast('请选择值班人员')
    onAdd({
      ...f,
      departmentCode: f.departmentCode as Shift['departmentCode'],
      dayType: f.dayType as Shift['dayType'],
      name: who.name,
      weekdays: f.weekdays.map(Number),
    })
  }
  const people = staffOf(staff, f.departmentCode).map((u) => ({ value: u.openid!, label: u.name }))
  return (
    <View className='form-card shift-form'>
      <Field label='部门'>
        <ChipSelect
          className='shift-department'
          options={departmentOptions(departments)}
          value={f.departmentCode}
          onChange={(v) => setF((x) => ({ ...x, departmentCode: v, openid: '' }))}
        />
      </Field>
      <Field label='值班人员'>
        <ChipSelect className='shift-person' options={people} value={f.openid} onChange={set('openid')} />
      </Field>
      <Field label='星期'>
        <ChipMultiSelect className='shift-weekdays' options={optionsOf(WEEKDAY_LABELS)} value={f.weekdays} onChange={set('weekdays')} />
      </Field>
      <Field label='适用日期' hint='工作日和休息日按工作日历（法定节假日、调休）区分。'>
        <ChipSelect className='shift-daytype' options={optionsOf(DAY_TYPE_LABELS)} value={f.dayType} onChange={set('dayType')} />
      </Field>
      <Field label='时段' hint='结束早于开始的为跨夜班次（如 17:30–08:30）。'>
        <View className='row shift-times'>
          <Input className='shift-start' value={f.start} onChange={set('start')} placeholder='08:30' maxLength={5} />
          <Input className='shift-end' value={f.end} onChange={set('end')} placeholder='17:30' maxLength={5} />
        </View>
      </Field>
      <Button className='shift-add' size='small' type='primary' fill='outline' onClick={add}>
        添加班次
      </Button>
    </View>
  )
}
