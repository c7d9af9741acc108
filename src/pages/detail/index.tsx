import { useEffect } from 'react'
import { View } from '@tarojs/components'
import Taro, { usePullDownRefresh, useRouter } from '@tarojs/taro'
import PageShell from '@/components/PageShell'
import StateView from '@/components/StateView'
import Timeline from '@/components/Timeline'
import { useLoad } from '@/hooks/useLoad'
import { getComplaint } from '@/services/complaint'
import { isStaffUser, useSession } from '@/store/session'
import { toast } from '@/utils/ui'
import DetailHead from './DetailHead'
import { ComplainantSection, ConfirmationSection, HandlingSection, MatterSection } from './Sections'
import { InvestigationSection, PlanSection, RefusalSection, ResultSection } from './Progress'
import ActionBar from './ActionBar'
import RatePanel from './RatePanel'
import RepeatSection from './RepeatSection'
import HotlineSection from './HotlineSection'
import LinkedMatter from './LinkedMatter'
import { useDetailActions } from './useDetailActions'
import { AlertSection, EmergencyNoticeCard, ExpectationNote } from './Emergency'
import { useResidentActions, useSeenMark } from './useResidentActions'
import ResidentPanels from './ResidentPanels'
import { AdditionsSection, ConversationCard, RefersToRow, UrgeSection, WithdrawalSection } from './ResidentPart'
import './index.scss'

/**
 * One complaint for every role: status, deadline, the record, the timeline, and the actions the
 * server allows this caller now. Light actions run here; the others open their form.
 */
export default function Detail() {
  const { params } = useRouter()
  const id = String(params.id ?? '')
  const staff = isStaffUser(useSession().me?.user)
  const { data: c, setData, error, loading, reload } = useLoad(() => getComplaint(id), [id], { refreshOnShow: true })
  const { busy, onAction, onRate } = useDetailActions(id, staff, setData, reload)
  const mine = useResidentActions(id, setData, reload)
  useSeenMark(id, !!c?.newInfo)

  useEffect(() => {
    if (params.created) toast('投诉已提交，我们会尽快受理', 'success')
  }, [params.created])
  usePullDownRefresh(async () => {
    await reload(true)
    Taro.stopPullDownRefresh()
  })

  if (!c) {
    return (
      <PageShell>
        <StateView loading={loading} error={error ?? (loading ? undefined : '投诉不存在或您无权查看')} onRetry={() => reload()} />
      </PageShell>
    )
  }
  return (
    <PageShell withBar className='detail-page'>
      <DetailHead c={c} staff={staff} />
      <EmergencyNoticeCard c={c} />
      <ExpectationNote c={c} />
      <AlertSection c={c} />
      {!staff && c.allowedActions.includes('confirm') && (
        <View className='notice notice--warning'>工作人员已为您登记此投诉，请核对以下内容，无误后点击“确认登记内容”。</View>
      )}
      {c.recourseNotice && <View className='notice notice--danger recourse-notice'>{c.recourseNotice}</View>}
      <RefersToRow c={c} />
      <MatterSection c={c} />
      <HotlineSection c={c} />
      <LinkedMatter c={c} staff={staff} setData={setData} />
      <AdditionsSection c={c} />
      <RepeatSection c={c} />
      <ComplainantSection c={c} />
      <ConfirmationSection c={c} />
      <RefusalSection c={c} />
      <HandlingSection c={c} />
      <PlanSection c={c} />
      <InvestigationSection c={c} />
      <ResultSection c={c} />
      <WithdrawalSection c={c} resident={!staff} />
      <UrgeSection c={c} />
      <ConversationCard c={c} resident={!staff} />
      <ResidentPanels c={c} mine={mine} />
      {c.allowedActions.includes('rate') && (
        <RatePanel busy={busy === 'rate'} reopenCount={c.reopenCount} draftKey={`${id}:rate:`} onSubmit={onRate} />
      )}
      <View className='card section-timeline'>
        <View className='card__title'>处理进度</View>
        <Timeline events={c.events} />
      </View>
      <ActionBar allowed={c.allowedActions} blocked={c.blockedActions} busy={busy ?? mine.busy} onAction={mine.routing(onAction)} />
    </PageShell>
  )
}
