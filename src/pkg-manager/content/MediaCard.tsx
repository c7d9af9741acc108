import { View, Text, Image } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { Button } from '@nutui/nutui-react-taro'
import type { MediaItem } from '@/services/privacy'
import { formatTime } from '@/utils/time'
import { altText } from '@/utils/a11y'

interface Props {
  m: MediaItem
  busy: boolean
  onDecide: (show: boolean) => void
  onRetry: () => void
}

/** What the manager may do with a file: show or hide it after looking, or check it again. */
function Actions({ m, busy, onDecide, onRetry }: Props) {
  const canRetry = m.status === 'failed' || m.status === 'timeout'
  return (
    <View className='media-card__actions'>
      {m.status !== 'risky' && (
        <Button className='media-show' size='small' type='primary' disabled={busy} onClick={() => onDecide(true)}>
          对员工显示
        </Button>
      )}
      <Button className='media-hide' size='small' disabled={busy} onClick={() => onDecide(false)}>
        {m.status === 'risky' ? '确认隐藏' : '隐藏'}
      </Button>
      {canRetry && (
        <Button className='media-retry' size='small' disabled={busy} onClick={onRetry}>
          重新检测
        </Button>
      )}
    </View>
  )
}

/** One file the manager should look at: the picture, its verdict, who uploaded it, the manager's decision. */
export default function MediaCard(p: Props) {
  const { m } = p
  return (
    <View className={`card media-card media-${m.status}`}>
      <View className='row'>
        {m.url ? (
          <Image
            className='media-card__img'
            src={m.url}
            mode='aspectFill'
            onClick={() => Taro.previewImage({ urls: [m.url] })}
            {...altText('待检查的照片')}
          />
        ) : (
          <View className='media-card__img is-missing'>文件不存在</View>
        )}
        <View className='media-card__text'>
          <View className='media-card__status'>{m.statusLabel}</View>
          <View className='muted'>
            {m.uploaderName}（{m.uploaderRoleLabel}）· {formatTime(m.createdAt)}
          </View>
          <Text className='media-card__no' onClick={() => Taro.navigateTo({ url: `/pages/detail/index?id=${m.complaintId}` })}>
            投诉 {m.complaintNo}
          </Text>
          {m.decision && (
            <View className='media-card__decision'>
              {m.decision.by} 已{m.decision.show ? '对员工显示' : '隐藏'}（{formatTime(m.decision.at)}）
            </View>
          )}
        </View>
      </View>
      <Actions {...p} />
    </View>
  )
}
