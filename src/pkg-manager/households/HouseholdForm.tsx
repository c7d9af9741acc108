import { useState } from 'react'
import { View } from '@tarojs/components'
import { Button, Input } from '@nutui/nutui-react-taro'
import Field from '@/components/form/Field'
import { saveHousehold, type HouseholdInput, type HouseholdRow } from '@/services/households'
import { toast, toastError } from '@/utils/ui'

const EMPTY: HouseholdInput = { building: '', unit: '', room: '', area: '', ownerName: '', ownerPhone: '' }
const FIELDS: { key: keyof HouseholdInput; label: string; required?: boolean; type?: 'digit' | 'number' }[] = [
  { key: 'building', label: '楼栋', required: true },
  { key: 'unit', label: '单元', type: 'number' },
  { key: 'room', label: '房号', required: true },
  { key: 'area', label: '面积（㎡）', type: 'digit' },
  { key: 'ownerName', label: '业主姓名', required: true },
  { key: 'ownerPhone', label: '业主电话', required: true, type: 'number' },
]

const inputOf = (h?: HouseholdRow): HouseholdInput =>
  h
    ? {
        previous: h.roomKey,
        building: h.building,
        unit: h.unit,
        room: h.room,
        area: h.area === null ? '' : String(h.area),
        ownerName: h.ownerName,
        ownerPhone: h.ownerPhone,
      }
    : EMPTY

/** Add a household, or edit `editing` (manager); the server checks it as an import row would be checked. */
export default function HouseholdForm({
  editing,
  onSaved,
  onCancel,
}: {
  editing?: HouseholdRow
  onSaved: () => void
  onCancel: () => void
}) {
  const [form, setForm] = useState<HouseholdInput>(() => inputOf(editing))
  const [busy, setBusy] = useState(false)
  const save = async () => {
    if (busy) return
    setBusy(true)
    try {
      const r = await saveHousehold(form)
      toast(`已保存 ${r.roomKey}`, 'success')
      onSaved()
    } catch (e) {
      toastError(e)
    } finally {
      setBusy(false)
    }
  }
  return (
    <View className='form-card household-form'>
      {FIELDS.map((f) => (
        <Field key={f.key} label={f.label} required={f.required}>
          <Input
            className={`household-form__${f.key}`}
            type={f.type ?? 'text'}
            value={form[f.key] ?? ''}
            placeholder={`请填写${f.label}`}
            onChange={(v) => setForm({ ...form, [f.key]: v })}
          />
        </Field>
      ))}
      <View className='household-form__actions'>
        <Button className='household-form__save' type='primary' loading={busy} disabled={busy} onClick={save}>
          {editing ? '保存修改' : '添加房屋'}
        </Button>
        <Button className='household-form__cancel' fill='outline' onClick={onCancel}>
          取消
        </Button>
      </View>
    </View>
  )
}
