import { useState } from 'react'
import { View } from '@tarojs/components'
import { Button, Input } from '@nutui/nutui-react-taro'
import { RELATIONS, type Relation } from '@shared/households'
import Field from '@/components/form/Field'
import { ChipSelect, optionsOf } from '@/components/form/ChipSelect'
import { bindRoom } from '@/services/households'
import { toast, toastError } from '@/utils/ui'

const RELATION_OPTIONS = optionsOf(RELATIONS, ['owner', 'family', 'tenant'])
const TEXT_FIELDS = [
  { key: 'building', label: '楼栋', placeholder: '如 3', required: true },
  { key: 'unit', label: '单元', placeholder: '没有单元可不填' },
  { key: 'room', label: '房号', placeholder: '如 1502', required: true },
  { key: 'name', label: '您的姓名', placeholder: '请填写姓名', required: true },
  { key: 'phone', label: '手机号', placeholder: '与物业登记的业主手机号一致可自动核验', required: true },
] as const

type Form = Record<(typeof TEXT_FIELDS)[number]['key'], string>

/** Bind a room (resident): verified at once when the mobile is the roster's owner phone, else customer service checks it. */
export default function BindForm({ onBound }: { onBound: () => void }) {
  const [form, setForm] = useState<Form>({ building: '', unit: '', room: '', name: '', phone: '' })
  const [relation, setRelation] = useState<Relation>('owner')
  const [busy, setBusy] = useState(false)
  const submit = async () => {
    if (busy) return
    setBusy(true)
    try {
      const r = await bindRoom({ ...form, relation })
      toast(r.status === 'verified' ? '已绑定，手机号与房屋台账一致' : '已提交，等待客服中心核验', 'success')
      setForm({ building: '', unit: '', room: '', name: '', phone: '' })
      onBound()
    } catch (e) {
      toastError(e)
    } finally {
      setBusy(false)
    }
  }
  return (
    <View className='form-card bind-form'>
      <Field label='您与房屋的关系' required>
        <ChipSelect options={RELATION_OPTIONS} value={relation} onChange={(v) => setRelation(v as Relation)} />
      </Field>
      {TEXT_FIELDS.map((f) => (
        <Field key={f.key} label={f.label} required={'required' in f}>
          <Input
            className={`bind-form__${f.key}`}
            value={form[f.key]}
            placeholder={f.placeholder}
            onChange={(v) => setForm({ ...form, [f.key]: v })}
          />
        </Field>
      ))}
      <Button className='bind-form__submit' type='primary' block loading={busy} disabled={busy} onClick={submit}>
        绑定房屋
      </Button>
    </View>
  )
}
