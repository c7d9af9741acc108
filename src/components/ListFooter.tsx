import { View } from '@tarojs/components'

/** The line under a list: loading more, or the end. */
export default function ListFooter({ loadingMore, hasMore, count }: { loadingMore: boolean; hasMore: boolean; count: number }) {
  if (!count) return null
  return <View className='list-footer muted'>{loadingMore ? '加载中…' : hasMore ? '上拉加载更多' : `共 ${count} 条，没有更多了`}</View>
}
