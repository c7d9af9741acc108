import { View, Image } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { FileView } from '@domain/view'
import './PhotoGrid.scss'

/** Stored photos as thumbnails; tapping one opens the full-screen preview. */
export default function PhotoGrid({ files }: { files: FileView[] }) {
  if (!files.length) return null
  const urls = files.map((f) => f.url)
  return (
    <View className='photo-grid'>
      {files.map((f) => (
        <View key={f.fileID} className='photo-grid__cell' onClick={() => Taro.previewImage({ urls, current: f.url })}>
          <Image className='photo-grid__img' src={f.url} mode='aspectFill' lazyLoad />
        </View>
      ))}
    </View>
  )
}
