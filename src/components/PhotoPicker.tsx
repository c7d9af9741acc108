import { View, Image, Text } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { LocalPhoto } from '@/hooks/usePhotos'
import { pickImages } from '@/platform/media'
import { requirePrivacy } from '@/platform/privacy'
import { PRIVACY_REFUSED, usePrivacyDialog } from '@/store/privacy'
import { toast } from '@/utils/ui'
import './PhotoGrid.scss'
import './PhotoPicker.scss'
import { altText } from '@/utils/a11y'

interface Props {
  photos: LocalPhoto[]
  onChange: (photos: LocalPhoto[]) => void
  max: number
  maxBytes: number
  disabled?: boolean
}

/** Privacy consent first (issue 15): refused, nothing is opened and the resident is told what that means. */
async function consented(): Promise<boolean> {
  if (await requirePrivacy()) return true
  toast(PRIVACY_REFUSED)
  return false
}

/**
 * Choose photos (album or camera) once the privacy guide is agreed to, preview, delete; shows each
 * upload's progress while submitting.
 */
export default function PhotoPicker({ photos, onChange, max, maxBytes, disabled }: Props) {
  const { refused } = usePrivacyDialog()
  const add = async () => {
    if (disabled || !(await consented())) return
    try {
      const room = max - photos.length
      const files = await pickImages(room)
      const fitting = files.filter((f) => !f.size || f.size <= maxBytes)
      const known = new Set(photos.map((p) => p.path))
      const fresh = fitting.filter((f) => !known.has(f.path)).map((f) => ({ path: f.path }))
      // The browser's file chooser ignores `count`: whatever does not fit is named, never dropped silently.
      const notes = [
        fitting.length < files.length && `单张照片不能超过 ${Math.round(maxBytes / 1048576)} MB，已略过过大的照片`,
        fresh.length > room && `最多上传 ${max} 张照片，多选的 ${fresh.length - room} 张未添加`,
      ].filter(Boolean)
      if (notes.length) toast(notes.join('；'))
      // New photos go after the ones already there, in the order they were chosen.
      onChange([...photos, ...fresh.slice(0, room)])
    } catch {
      // Closing the chooser is not an error.
    }
  }
  const remove = (path: string) => onChange(photos.filter((p) => p.path !== path))
  const preview = (path: string) => Taro.previewImage({ urls: photos.map((p) => p.path), current: path })

  return (
    <View className='photo-grid photo-picker'>
      {photos.map((p, i) => (
        <View key={p.path} className='photo-grid__cell photo-picker__cell' onClick={() => preview(p.path)}>
          <Image className='photo-grid__img' src={p.path} mode='aspectFill' {...altText(`照片 ${i + 1}`)} />
          {p.progress !== undefined && p.progress < 100 && <View className='photo-picker__progress'>{p.progress}%</View>}
          {p.failed && <View className='photo-picker__progress is-failed'>上传失败</View>}
          {!disabled && (
            <View
              className='photo-picker__remove'
              ariaRole='button'
              ariaLabel={`删除照片 ${i + 1}`}
              onClick={(e) => {
                e.stopPropagation()
                remove(p.path)
              }}
            >
              ×
            </View>
          )}
        </View>
      ))}
      {refused && (
        <View className='photo-picker__privacy' onClick={add}>
          未同意隐私保护指引，暂不能添加照片。点此重新查看
        </View>
      )}
      {photos.length < max && (
        <View
          className={`photo-grid__cell photo-picker__add ${disabled ? 'is-disabled' : ''}`}
          ariaRole='button'
          ariaLabel={`添加照片 ${photos.length}/${max}`}
          onClick={add}
        >
          <Text className='photo-picker__plus'>＋</Text>
          <Text className='photo-picker__count'>
            {photos.length}/{max}
          </Text>
        </View>
      )}
    </View>
  )
}
