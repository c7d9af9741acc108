import { useEffect, useState } from 'react'
import { View, Text } from '@tarojs/components'
import Taro, { usePullDownRefresh, useRouter } from '@tarojs/taro'
import type { ActionName } from '@domain/validation'
import PageShell from '@/components/PageShell'
import StateView from '@/components/StateView'
import StatusTag from '@/components/StatusTag'
import DueBadge from '@/components/DueBadge'
import Timeline from '@/components/Timeline'
import { useLoad } from '@/hooks/useLoad'
import { act, getComplaint } from '@/services/complaint'
import { askConsent, CONSENT_PURPOSE } from '@/services/subscription'
import { consentIds, isStaffUser, useSession } from '@/store/session'
import { toast, toastError } from '@/utils/ui'
import { STATUS_HINT } from '@/utils/status'
import { clearDrafts } from '@/hooks/useDraft'
import { ComplainantSection, ConfirmationSection, HandlingSection, MatterSection } from './Sections'
import { InvestigationSection, PlanSection, RefusalSection, ResultSection } from './Progress'
import ActionBar from './ActionBar'
import RatePanel from './RatePanel'
import RepeatSection from './RepeatSection'
import { isDissatisfied } from '@shared/thresholds'
import './index.scss'

/**
 * One complaint for every role: status, deadline, the record, the timeline, and the actions the
 * server allows this caller now. Light actions run here; the others open their form.
 */
export default function Detail() {
  const { params } = useRouter()
  const id = String(params.id ?? '')
  const { me } = useSession()
  const staff = isStaffUser(me?.user)
  const { data: c, setData, error, loading, reload } = useLoad(() => getComplaint(id), [id], { refreshOnShow: true })
  const [busy, setBusy] = useState<string | null>(null)

  useEffect(() => {
    if (params.created) toast('投诉已提交，我们会尽快受理', 'success')
  }, [params.created])
  usePullDownRefresh(async () => {
    await reload(true)
    Taro.stopPullDownRefresh()
  })

  /** Runs a light action in place; resolves true once the server accepted it. */
  const run = async (action: ActionName, consent: Promise<void>, input: Record<string, unknown>, done: string): Promise<boolean> => {
    setBusy(action)
    try {
      await consent
      setData(await act(id, action, input))
      toast(done, 'success')
      return true
    } catch (e) {
      toastError(e)
      reload(true)
      return false
    } finally {
      setBusy(null)
    }
  }

  const onAction = (action: ActionName) => {
    if (busy || !c) return
    // Light actions run in place; consent is asked first, synchronously inside the tap.
    if (action === 'take') return run('take', askConsent(consentIds('staff'), CONSENT_PURPOSE.staff), {}, '已接单')
    if (action === 'confirm' && !staff)
      return run('confirm', askConsent(consentIds('submit'), CONSENT_PURPOSE.submit), { method: 'miniprogram' }, '已确认登记内容')
    Taro.navigateTo({ url: `/pkg-staff/action/index?id=${id}&action=${action}` })
  }

  const onRate = (level: number, comment: string) => {
    if (busy) return
    // Consent only where something follows: a satisfied rating closes the complaint (nothing more
    // to tell), a dissatisfied one reopens it (its progress and new result are sent).
    const consent = isDissatisfied(level) ? askConsent(consentIds('rate'), CONSENT_PURPOSE.rate) : Promise.resolve()
    run('rate', consent, { level, comment }, level >= 3 ? '感谢您的评价' : '已收到，我们将重新处理').then(
      (ok) => ok && clearDrafts(`${id}:rate:`),
    )
  }

  if (!c) {
    return (
      <PageShell>
        <StateView loading={loading} error={error ?? (loading ? undefined : '投诉不存在或您无权查看')} onRetry={() => reload()} />
      </PageShell>
    )
  }

  const awaitingMe = !staff && c.allowedActions.includes('confirm')
  return (
    <PageShell withBar className='detail-page'>
      <View className='card detail-head'>
        <View className='row row--between'>
          <Text className='detail-head__no'>{c.no}</Text>
          <StatusTag status={c.status} label={c.statusLabel} closure={c.closure} closureLabel={c.closureLabel} />
        </View>
        <View className='detail-head__title'>
          {c.emergency && <Text className='flag tone-red'>紧急</Text>}
          <Text>{c.categoryLabel}</Text>
        </View>
        <View className='detail-head__flags'>
          {/* The tier is graded on acceptance (H4): none to show on a refused or waiting complaint. */}
          {!c.emergency && !!c.acceptedAt && <Text className='flag tone-grey'>{c.tierLabel}</Text>}
          {c.escalationLevel > 0 && <Text className='flag tone-orange'>{c.escalationLevel > 1 ? '已升级至经理' : '已升级至主管'}</Text>}
          {c.reopenCount > 0 && <Text className='flag tone-red'>重新处理 {c.reopenCount} 次</Text>}
        </View>
        {!staff && <View className='detail-head__hint'>{STATUS_HINT[c.status]}</View>}
        {c.due && (
          <View className='detail-head__due'>
            <DueBadge due={c.due} />
          </View>
        )}
        {staff && (
          <View className='detail-form-link' onClick={() => Taro.navigateTo({ url: `/pkg-staff/form/index?id=${id}` })}>
            投诉登记表（打印 / 导出）›
          </View>
        )}
      </View>

      {awaitingMe && <View className='notice notice--warning'>工作人员已为您登记此投诉，请核对以下内容，无误后点击“确认登记内容”。</View>}
      {c.recourseNotice && <View className='notice notice--danger recourse-notice'>{c.recourseNotice}</View>}

      <MatterSection c={c} />
      <RepeatSection c={c} />
      <ComplainantSection c={c} />
      <ConfirmationSection c={c} />
      <RefusalSection c={c} />
      <HandlingSection c={c} />
      <PlanSection c={c} />
      <InvestigationSection c={c} />
      <ResultSection c={c} />
      {c.allowedActions.includes('rate') && (
        <RatePanel busy={busy === 'rate'} reopenCount={c.reopenCount} draftKey={`${id}:rate:`} onSubmit={onRate} />
      )}

      <View className='card section-timeline'>
        <View className='card__title'>处理进度</View>
        <Timeline events={c.events} />
      </View>

      <ActionBar allowed={c.allowedActions} blocked={c.blockedActions} busy={busy} onAction={onAction} />
    </PageShell>
  )
}
