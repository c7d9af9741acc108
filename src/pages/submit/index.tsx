import { useEffect, useState } from 'react'
import { View, Text } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { Button } from '@nutui/nutui-react-taro'
import PageShell from '@/components/PageShell'
import type { UserView } from '@/services/types'
import { buttonTextOf, useFiling, type SetField } from './useFiling'
import { useScanned, type FilingExtras } from './useScanned'
import MatterFields, { RecordingFields } from './MatterFields'
import ExtraFields from './ExtraFields'
import '@/components/form/form.scss'
import './index.scss'

/** Who is complaining, as on file; tapping edits the profile. */
function ContactBar({ user }: { user: UserView }) {
  return (
    <View className='submit-contact' onClick={() => Taro.navigateTo({ url: '/pages/profile/index' })}>
      <Text className='submit-contact__label'>投诉人</Text>
      <Text className='submit-contact__value'>
        {user.name} · {user.room} · {user.phone}
      </Text>
      <Text className='submit-contact__edit'>修改</Text>
    </View>
  )
}

/** C5, C3: what the page was opened with — a scanned place, a withdrawn complaint to take up — and its notice. */
function Scanned({ set, onExtras }: { set: SetField; onExtras: (x: FilingExtras) => void }) {
  const { extras, notice } = useScanned(set)
  useEffect(() => onExtras(extras), [extras.placeCode, extras.refersTo]) // eslint-disable-line react-hooks/exhaustive-deps
  if (!notice) return null
  return <View className={`notice scan-notice ${notice.warning ? 'notice--warning' : ''}`}>{notice.text}</View>
}

/**
 * The filing form, the resident's most important screen (A1): who, what and where, photos, the
 * emergency switch; submitting asks consent first, uploads, files and opens the new record.
 */
export default function Submit() {
  const [extras, setExtras] = useState<FilingExtras>({})
  const f = useFiling(extras)
  return (
    <PageShell withBar className='submit-page'>
      <Scanned set={f.set} onExtras={setExtras} />
      {f.user && <ContactBar user={f.user} />}
      <MatterFields draft={f.draft} set={f.set} photos={f.photos} setPhotos={f.setPhotos} busy={f.busy} />
      <RecordingFields {...f.recordings} busy={f.busy} />
      <ExtraFields draft={f.draft} set={f.set} />
      <View className='submit-privacy hint'>您的姓名和联系方式仅用于处理本次投诉，不会告知被投诉的人员。</View>
      <View className='bottom-bar'>
        <Button className='submit-button' type='primary' block loading={f.busy} disabled={f.busy} onClick={f.onSubmit}>
          {buttonTextOf(f.stage, f.photos, [...f.recordings.voiceNotes, ...f.recordings.videos])}
        </Button>
      </View>
    </PageShell>
  )
}
