import { View, Text } from '@tarojs/components'
import { Input } from '@nutui/nutui-react-taro'
import { CATEGORIES, type Category } from '@shared/vocabulary'
import { LIMITS, charCount } from '@shared/limits'
import PhotoPicker from '@/components/PhotoPicker'
import Field from '@/components/form/Field'
import TextBox from '@/components/form/TextBox'
import PlacePicker from '@/components/form/PlacePicker'
import { ChipSelect, optionsOf } from '@/components/form/ChipSelect'
import type { LocalPhoto } from '@/hooks/usePhotos'
import type { LocalClip } from '@/hooks/useClips'
import DictateButton from '@/components/DictateButton'
import VoiceNotes from '@/components/VoiceNotes'
import VideoPicker from '@/components/VideoPicker'
import { canRecord } from '@/platform/recorder'
import { useSession } from '@/store/session'
import { useElderly } from '@/store/display'
import type { Draft, SetField } from './useFiling'

/** One-tap places while the office has not listed its public areas. */
const PLACES = ['小区大门', '地下车库', '电梯', '楼道/楼梯间', '绿化区域', '垃圾收集点', '物业服务中心']

/** One-tap places: the resident's own room, then the estate's public areas (its names, so reports count them once). */
function usePlaces(): string[] {
  const { me, meta } = useSession()
  const room = me?.user?.room
  const areas = meta?.estate?.areas?.length ? meta.estate.areas.slice(0, 8) : PLACES
  return room ? [`${room}（室内）`, ...areas] : areas
}

interface Props {
  draft: Draft
  set: SetField
  photos: LocalPhoto[]
  setPhotos: (p: LocalPhoto[]) => void
  busy: boolean
}

/** Issue 19: the recordings of the filing. */
export interface RecordingFields {
  voiceNotes: LocalClip[]
  setVoiceNotes: (v: LocalClip[]) => void
  videos: LocalClip[]
  setVideos: (v: LocalClip[]) => void
  busy: boolean
}

/** Issue 19: voice notes (where the device records) and short videos, both optional. */
export function RecordingFields({ voiceNotes, setVoiceNotes, videos, setVideos, busy }: RecordingFields) {
  return (
    <View className='form-card'>
      {canRecord() && (
        <Field label='语音留言' extra={`选填，每段最长 ${LIMITS.voiceMs / 1000} 秒`}>
          <VoiceNotes notes={voiceNotes} onChange={setVoiceNotes} disabled={busy} />
        </Field>
      )}
      <Field label='视频' extra={`选填，每段最长 ${LIMITS.videoMs / 1000} 秒`}>
        <VideoPicker videos={videos} onChange={setVideos} disabled={busy} />
      </Field>
    </View>
  )
}

/**
 * A1: what the complaint is about — category, place (typed, picked from the estate or tapped), description, photos.
 * In elderly mode (issue 19) the categories are big tiles and the description, with its speech-to-text button first, comes
 * right after them: say what happened first, then where.
 */
export default function MatterFields({ draft, set, photos, setPhotos, busy }: Props) {
  const places = usePlaces()
  const elderly = useElderly()
  const category = (
    <Field key='category' label='投诉类别' required>
      <ChipSelect
        className={`category-select ${elderly ? 'chips--tiles' : ''}`}
        options={optionsOf(CATEGORIES)}
        value={draft.category}
        onChange={(v) => set('category', v as Category)}
      />
    </Field>
  )
  const place = (
    <Field key='place' label='投诉地点' required extra={`${charCount(draft.location)}/${LIMITS.location}`}>
      <Input
        className='location-input'
        value={draft.location}
        placeholder='如：3栋2单元电梯、地下车库B区'
        maxLength={LIMITS.location}
        onChange={(v) => set('location', v)}
        clearable
      />
      <View className='place-suggestions'>
        <PlacePicker disabled={busy} onPick={(p) => set('location', p)} />
        {places.map((p) => (
          <Text key={p} className={`place-suggestion ${draft.location === p ? 'is-active' : ''}`} onClick={() => set('location', p)}>
            {p}
          </Text>
        ))}
      </View>
    </Field>
  )
  const description = (
    <Field key='description' label='投诉内容' required>
      <DictateButton disabled={busy} onText={(t) => set('description', draft.description ? `${draft.description}\n${t}` : t)} />
      <TextBox
        className='description-input'
        name='投诉内容'
        value={draft.description}
        placeholder='请描述发生了什么、时间和经过，以及您希望如何处理'
        max={LIMITS.description}
        rows={5}
        onChange={(v) => set('description', v)}
      />
    </Field>
  )
  return (
    <View className='form-card'>
      {elderly ? [category, description, place] : [category, place, description]}
      <Field label='照片' extra={`选填，最多 ${LIMITS.photos} 张`}>
        <PhotoPicker photos={photos} onChange={setPhotos} max={LIMITS.photos} maxBytes={LIMITS.photoBytes} disabled={busy} />
      </Field>
    </View>
  )
}
