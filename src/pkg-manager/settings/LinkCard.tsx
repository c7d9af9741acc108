import { View } from '@tarojs/components'
import Taro from '@tarojs/taro'

interface Props {
  className: string
  title: string
  hint: string
  link: string
  url: string
}

/** A settings section kept on its own page (staff, failed notifications): what it is for, and the way there. */
export default function LinkCard({ className, title, hint, link, url }: Props) {
  return (
    <View className={`card settings-card ${className}`}>
      <View className='card__title'>{title}</View>
      <View className='hint'>{hint}</View>
      <View className='settings-link' onClick={() => Taro.navigateTo({ url })}>
        {link} ›
      </View>
    </View>
  )
}
