import type { Dispatch, SetStateAction } from 'react'
import { View, Text } from '@tarojs/components'
import { Input, Switch } from '@nutui/nutui-react-taro'
import { CATEGORIES, type Category } from '@shared/vocabulary'
import { LIMITS } from '@shared/limits'
import PhotoPicker from '@/components/PhotoPicker'
import Field from '@/components/form/Field'
import TextBox from '@/components/form/TextBox'
import PlacePicker from '@/components/form/PlacePicker'
import { ChipSelect, optionsOf } from '@/components/form/ChipSelect'
import type { LocalPhoto } from '@/hooks/usePhotos'
import type { Matter } from './useRegistration'

interface Props {
  value: Matter
  onChange: Dispatch<SetStateAction<Matter>>
  /** The complainant's room, offered as the place ("…（室内）"). */
  room: string
  photos: LocalPhoto[]
  setPhotos: (p: LocalPhoto[]) => void
  busy: boolean
}

/** A1-A2: what the complaint is about, as the complainant told it — category, place, account, photos, urgency, who was involved. */
export default function MatterFields({ value: m, onChange, room, photos, setPhotos, busy }: Props) {
  const set = <K extends keyof Matter>(k: K, v: Matter[K]) => onChange((x) => ({ ...x, [k]: v }))
  const indoors = `${room}（室内）`
  return (
    <>
      <Field label='投诉类别' required>
        <ChipSelect
          className='category-select'
          options={optionsOf(CATEGORIES)}
          value={m.category}
          onChange={(v) => set('category', v as Category)}
        />
      </Field>
      <Field label='投诉地点' required>
        <Input
          className='location-input'
          value={m.location}
          onChange={(v) => set('location', v)}
          maxLength={LIMITS.location}
          placeholder={room ? `如：${room}` : '如：3栋2单元电梯'}
        />
        <View className='place-suggestions'>
          <PlacePicker disabled={busy} onPick={(v) => set('location', v)} />
          {room && (
            <Text className={`place-suggestion ${m.location === indoors ? 'is-active' : ''}`} onClick={() => set('location', indoors)}>
              {indoors}
            </Text>
          )}
        </View>
      </Field>
      <Field label='投诉内容' required>
        <TextBox
          className='description-input'
          name='投诉内容'
          value={m.description}
          onChange={(v) => set('description', v)}
          max={LIMITS.description}
          rows={5}
          placeholder='记录投诉人所述的事情经过和诉求'
        />
      </Field>
      <Field label='照片/材料' extra={`选填，最多 ${LIMITS.photos} 张`}>
        <PhotoPicker photos={photos} onChange={setPhotos} max={LIMITS.photos} maxBytes={LIMITS.photoBytes} disabled={busy} />
      </Field>
      <Field label='紧急投诉'>
        <View className='switch-row'>
          <View className='switch-row__text hint'>涉及人身安全或重大设施设备故障，将立即通知相关部门。</View>
          <Switch className='emergency-switch' ariaLabel='紧急投诉' checked={m.emergency} onChange={(v) => set('emergency', v)} />
        </View>
      </Field>
      <Field label='涉及人员' extra='选填'>
        <Input
          className='involved-input'
          value={m.involved}
          onChange={(v) => set('involved', v)}
          maxLength={LIMITS.text}
          placeholder='投诉人提到的相关人员'
        />
      </Field>
    </>
  )
}
