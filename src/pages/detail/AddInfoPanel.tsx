import { View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { LIMITS } from '@shared/limits'
import PhotoPicker from '@/components/PhotoPicker'
import TextBox from '@/components/form/TextBox'
import { useDraft } from '@/hooks/useDraft'
import { usePhotos } from '@/hooks/usePhotos'
import { useClips } from '@/hooks/useClips'
import VoiceNotes from '@/components/VoiceNotes'
import type { AdditionFiles } from './useResidentActions'
import { toast } from '@/utils/ui'

interface Props {
  /** The complaint's id: the text is a draft under `<id>:add_info:text` until sent. */
  id: string
  /** F3: the result was given, so the complainant chooses to have it handled again or only to add. */
  afterResult: boolean
  busy: boolean
  onSend: (text: string, upload: () => Promise<AdditionFiles>, reopen?: boolean) => void
  onCancel: () => void
}

/** C1: text, photos and voice notes (issue 19) the complainant adds; after the result, the choice F3 asks for. */
export default function AddInfoPanel({ id, afterResult, busy, onSend, onCancel }: Props) {
  const [text, setText] = useDraft(`${id}:add_info:text`, '')
  const { photos, setPhotos, uploadAll } = usePhotos()
  const voice = useClips('voice')
  const send = (reopen?: boolean) => {
    if (!text.trim() && !photos.length && !voice.clips.length) return toast('请填写补充内容或添加照片')
    onSend(text.trim(), async () => ({ photos: await uploadAll(), voiceNotes: await voice.uploadAll() }), reopen)
  }
  return (
    <View className='card add-info-panel'>
      <View className='card__title'>补充信息</View>
      <TextBox
        className='add-info-text'
        name='补充内容'
        value={text}
        onChange={setText}
        max={LIMITS.text}
        rows={3}
        placeholder='如：今天又漏了，比昨天更严重'
      />
      <PhotoPicker photos={photos} onChange={setPhotos} max={LIMITS.photos} maxBytes={LIMITS.photoBytes} disabled={busy} />
      <VoiceNotes notes={voice.clips} onChange={voice.setClips} disabled={busy} />
      {afterResult && (
        <View className='hint add-info-panel__hint'>
          处理结果已反馈。如问题仍未解决，可要求重新处理（视为对本次处理结果不满意）；也可仅补充信息。
        </View>
      )}
      <View className='add-info-panel__buttons'>
        <Button className='add-info-cancel' size='small' fill='outline' disabled={busy} onClick={onCancel}>
          取消
        </Button>
        {afterResult ? (
          <>
            <Button className='add-info-only' size='small' fill='outline' loading={busy} disabled={busy} onClick={() => send(false)}>
              仅补充
            </Button>
            <Button className='add-info-reopen' size='small' type='danger' loading={busy} disabled={busy} onClick={() => send(true)}>
              要求重新处理
            </Button>
          </>
        ) : (
          <Button className='add-info-send' size='small' type='primary' loading={busy} disabled={busy} onClick={() => send()}>
            提交补充
          </Button>
        )}
      </View>
    </View>
  )
}
