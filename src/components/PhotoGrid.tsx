import { View, Image } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { FileView } from '@domain/view'
import './PhotoGrid.scss'
import { altText } from '@/utils/a11y'

/** Stored photos as thumbnails; tapping one opens the full-screen preview. */
export default function PhotoGrid({ files }: { files: FileView[] }) {
  if (!files.length) return null
  const urls = files.map((f) => f.url)
  return (
    <View className='photo-grid'>
      {files.map((f, i) => (
        <View key={f.fileID} className='photo-grid__cell' onClick={() => Taro.previewImage({ urls, current: f.url })}>
          <Image className='photo-grid__img' src={f.url} mode='aspectFill' lazyLoad {...altText(`照片 ${i + 1}`)} />
        </View>
      ))}
    </View>
  )
}
