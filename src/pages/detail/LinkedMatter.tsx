import { useState } from 'react'
import { View, Text } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { Button } from '@nutui/nutui-react-taro'
import type { ComplaintView } from '@domain/view'
import { useLoad } from '@/hooks/useLoad'
import { linkMatter, matterCandidates, startMatter, unlinkMatter, type MatterCandidate } from '@/services/matters'
import { confirm, toast, toastError } from '@/utils/ui'
import { formatTime } from '@/utils/time'
import './LinkedMatter.scss'

type SetView = (v: ComplaintView) => void

/** Runs one matter change, shows the server's Chinese message on failure, and puts the answered view on the page. */
function useMatterChange(setData: SetView) {
  const [busy, setBusy] = useState<string>()
  const run = async (key: string, change: () => Promise<ComplaintView>, done: string) => {
    setBusy(key)
    try {
      setData(await change())
      toast(done, 'success')
    } catch (e) {
      toastError(e)
    } finally {
      setBusy(undefined)
    }
  }
  return { busy, run }
}

/** The shared progress of the complaint's matter: for the complainant the count and the stage only (G3-P5). */
function Progress({ c }: { c: ComplaintView }) {
  const m = c.linkedMatter!
  return (
    <>
      <View className='matter-summary'>{m.summary}</View>
      <View className='matter-stage'>
        <Text className='muted'>统一处理进度：</Text>
        {m.status === 'resolved' ? m.statusLabel : m.stage}
      </View>
      {m.notices.map((n) => (
        <View key={`${n.at}-${n.text}`} className='matter-notice'>
          <Text className='muted'>{formatTime(n.at)} 通知：</Text>
          {n.text}
        </View>
      ))}
    </>
  )
}

/** One candidate: number, title, place, how many it links, the reasons it was suggested, and 关联. */
function Candidate({ m, busy, onLink }: { m: MatterCandidate; busy: boolean; onLink: () => void }) {
  return (
    <View className={`matter-candidate matter-candidate-${m.id} ${m.suggested ? 'is-suggested' : ''}`}>
      <View className='matter-candidate__head'>
        <Text>{m.title}</Text>
        <Text className='muted'>
          {m.no} · {m.count} 件
        </Text>
      </View>
      {m.reasons.length > 0 && <View className='matter-candidate__reason tone-orange'>{m.reasons.join('；')}</View>}
      <Button className='matter-link' size='small' type='primary' fill='outline' loading={busy} disabled={busy} onClick={onLink}>
        关联到此事项
      </Button>
    </View>
  )
}

/** For customer service: the suggested and other open matters to link to, or start one from this complaint. */
function Choose({ c, setData }: { c: ComplaintView; setData: SetView }) {
  const { data } = useLoad(() => matterCandidates(c.id), [c.id, c.status, !!c.linkedMatter])
  const { busy, run } = useMatterChange(setData)
  if (!data || data.problem) return data?.problem ? <View className='muted matter-problem'>{data.problem}</View> : null
  const suggested = data.items.filter((m) => m.suggested)
  const others = data.items.filter((m) => !m.suggested)
  const link = (m: MatterCandidate) => run(m.id, () => linkMatter(c.id, m.id), `已关联事项 ${m.no}`)
  return (
    <>
      {suggested.length > 0 && <View className='matter-group-title'>系统建议（地点、类别、时间相近，请核实）</View>}
      {suggested.map((m) => (
        <Candidate key={m.id} m={m} busy={busy === m.id} onLink={() => link(m)} />
      ))}
      {others.length > 0 && <View className='matter-group-title'>其他进行中的事项</View>}
      {others.map((m) => (
        <Candidate key={m.id} m={m} busy={busy === m.id} onLink={() => link(m)} />
      ))}
      <Button
        className='matter-start'
        size='small'
        type='primary'
        loading={busy === 'start'}
        disabled={!!busy}
        onClick={() => run('start', () => startMatter(c.id), '已新建事项，此投诉为主办投诉')}
      >
        以此投诉新建事项
      </Button>
    </>
  )
}

/** Staff on a linked complaint: the matter's title, the page to open, and 解除关联 where the server allows it. */
function StaffLinked({ c, setData }: { c: ComplaintView; setData: SetView }) {
  const { busy, run } = useMatterChange(setData)
  const m = c.linkedMatter!
  const unlink = async () => {
    const ok = await confirm({ title: '解除关联', content: '解除后此投诉单独处理，已有的处理记录保留。', confirmText: '解除' })
    if (ok) await run('unlink', () => unlinkMatter(c.id), '已解除关联')
  }
  const mayUnlink = !!c.mayLinkMatter && !m.lead && m.status === 'open'
  return (
    <>
      <View className='matter-title'>{m.lead ? `${m.title}（本投诉为主办）` : m.title}</View>
      <Progress c={c} />
      <View className='matter-actions'>
        <Text className='link matter-open' onClick={() => Taro.navigateTo({ url: `/pkg-staff/matter/index?id=${m.id}` })}>
          查看事项 ›
        </Text>
        {mayUnlink && (
          <Button className='matter-unlink' size='small' fill='outline' loading={busy === 'unlink'} disabled={!!busy} onClick={unlink}>
            解除关联
          </Button>
        )}
      </View>
    </>
  )
}

/** What the section holds: the complainant's progress, staff's linked view, or customer service's choice. */
function Body({ c, staff, setData }: { c: ComplaintView; staff: boolean; setData: SetView }) {
  if (!c.linkedMatter) return <Choose c={c} setData={setData} />
  return staff ? <StaffLinked c={c} setData={setData} /> : <Progress c={c} />
}

/**
 * 关联事项 (issue 18). A linked complaint shows the matter's shared progress ("此问题已合并处理，共 N
 * 位业主反映") — to its complainant without anything of the others. Staff see the matter's number
 * and title and open the matter page; customer service and the manager (the server's
 * `mayLinkMatter`) link to a suggested or chosen matter, start one, or unlink.
 */
export default function LinkedMatter({ c, staff, setData }: { c: ComplaintView; staff: boolean; setData: SetView }) {
  const m = c.linkedMatter
  if (!m && !(staff && c.mayLinkMatter)) return null
  return (
    <View className='card section-linked-matter'>
      <View className='card__title'>
        <Text>{staff ? '关联事项' : '合并处理'}</Text>
        {m && staff && <Text className='card__extra'>{m.no}</Text>}
      </View>
      <Body c={c} staff={staff} setData={setData} />
    </View>
  )
}
