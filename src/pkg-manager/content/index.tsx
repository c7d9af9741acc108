import { useState } from 'react'
import { View } from '@tarojs/components'
import PageShell from '@/components/PageShell'
import StateView from '@/components/StateView'
import { usePaged } from '@/hooks/usePagedList'
import { decideMedia, listMediaChecks, retryMedia, type MediaItem } from '@/services/privacy'
import { toast, toastError } from '@/utils/ui'
import MediaCard from './MediaCard'
import './index.scss'

/**
 * Content security for the manager (issue 15): photos and files WeChat's check found risky (hidden
 * from everyone else), suggested for review (shown to staff once the manager decides), or could not
 * check (failed, no verdict) — never silent. The manager looks, shows or hides, or checks again.
 */
export default function Content() {
  const list = usePaged<MediaItem>((page) => listMediaChecks(page), 'media', 20)
  const [busy, setBusy] = useState<string>()
  const act = async (id: string, run: () => Promise<unknown>, done: string) => {
    if (busy) return
    setBusy(id)
    try {
      await run()
      toast(done, 'success')
      await list.refresh(true)
    } catch (e) {
      toastError(e)
    } finally {
      setBusy(undefined)
    }
  }
  return (
    <PageShell className='content-page'>
      <View className='notice'>
        照片和附件上传后经微信内容安全检测。未通过的仅上传者和经理可见；建议复核或未能检测的，请查看后决定是否对员工显示。
      </View>
      <StateView
        loading={list.loading}
        error={list.error}
        onRetry={() => list.refresh()}
        empty={!list.items.length}
        emptyText='没有需要处理的文件'
      />
      {list.items.map((m) => (
        <MediaCard
          key={m.id}
          m={m}
          busy={busy === m.id}
          onDecide={(show) => act(m.id, () => decideMedia(m.id, show), show ? '已对员工显示' : '已隐藏')}
          onRetry={() => act(m.id, () => retryMedia(m.id), '已重新加入检测队列')}
        />
      ))}
    </PageShell>
  )
}
