import type { ReactNode } from 'react'
import { View } from '@tarojs/components'
import { Button, Empty, Loading } from '@nutui/nutui-react-taro'
import { Order, Tips } from '@nutui/icons-react-taro'
import './StateView.scss'

interface Props {
  loading?: boolean
  error?: string
  empty?: boolean
  emptyText?: string
  onRetry?: () => void
  /** Shown under the empty text, e.g. a "file a complaint" button. */
  emptyAction?: { text: string; onClick: () => void }
}

/** Our own picture: NutUI's default ones are fetched from a remote CDN. */
const picture = (icon: ReactNode, tone: string) => <View className={`state-view__picture tone-${tone}`}>{icon}</View>

/**
 * Loading, error and empty states in one place. Renders nothing when there is data to show,
 * so a page writes `<StateView … />` above its content.
 */
export default function StateView({ loading, error, empty, emptyText, onRetry, emptyAction }: Props) {
  if (loading) {
    return (
      <View className='state-view state-loading'>
        <Loading type='circular'>加载中…</Loading>
      </View>
    )
  }
  if (error) {
    return (
      <View className='state-view state-error'>
        <Empty image={picture(<Tips size={30} />, 'orange')} title='加载失败' description={error} size='small' />
        {onRetry && (
          <Button className='retry-button' size='small' fill='outline' type='primary' onClick={onRetry}>
            重新加载
          </Button>
        )}
      </View>
    )
  }
  if (empty) {
    return (
      <View className='state-view state-empty'>
        <Empty image={picture(<Order size={30} />, 'grey')} description={emptyText ?? '暂无内容'} size='small' />
        {emptyAction && (
          <Button className='empty-action' size='small' type='primary' onClick={emptyAction.onClick}>
            {emptyAction.text}
          </Button>
        )}
      </View>
    )
  }
  return null
}
