import { useEffect, useRef, useState } from 'react'
import { View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { Button, Input } from '@nutui/nutui-react-taro'
import PageShell from '@/components/PageShell'
import StateView from '@/components/StateView'
import CalendarWarning from '@/components/CalendarWarning'
import Field from '@/components/form/Field'
import { useLoad } from '@/hooks/useLoad'
import { getSettings, saveSettings, type SettingsData, type SettingsPatch, type YearSchedule } from '@/services/admin'
import { loadSession, useSession } from '@/store/session'
import { confirm, toast, toastError } from '@/utils/ui'
import DeadlinesForm, { deadlinesOf, draftOf, type DeadlineDraft } from './DeadlinesForm'
import RoutingForm from './RoutingForm'
import CalendarForm from './CalendarForm'
import RobotsForm, { changedRobots, type RobotDraft } from './RobotsForm'
import EstateForm, { estateDraftOf, estateOf, type EstateDraft } from './EstateForm'
import '@/components/form/form.scss'
import './index.scss'

/**
 * The office's settings (manager): office name, the estate's buildings and areas, deadlines, routing, WeCom group robots and the working calendar.
 * The procedure's inferred clauses ship as defaults changed here; the server validates and its
 * Chinese message is shown as it is.
 */
export default function Settings() {
  const { params } = useRouter()
  const { meta } = useSession()
  const { data, setData, error, loading, reload } = useLoad(getSettings, [])
  const [officeName, setOfficeName] = useState('')
  const [deadlines, setDeadlines] = useState<DeadlineDraft>()
  const [routing, setRouting] = useState<SettingsData['settings']['routing']>()
  const [closures, setClosures] = useState<string[]>([])
  const [robots, setRobots] = useState<RobotDraft>({})
  const [estate, setEstate] = useState<EstateDraft>({ buildings: [], areas: [] })
  const [busy, setBusy] = useState(false)
  const [unsavedYear, setUnsavedYear] = useState<string | null>(null)

  const adopt = (d: SettingsData) => {
    setData(d)
    setOfficeName(d.settings.officeName)
    setDeadlines(draftOf(d.settings.deadlines))
    setRouting(d.settings.routing)
    setClosures(d.settings.calendar.closures ?? [])
    setRobots({ ...(d.settings.wecomRobots ?? {}) })
    setEstate(estateDraftOf(d.settings.estate))
  }
  useEffect(() => {
    if (data && !deadlines) adopt(data)
  })

  // Opened from the home page's calendar warning (?focus=calendar): go straight to the calendar.
  const toCalendar = () => Taro.pageScrollTo({ selector: '.settings-calendar', duration: 300 }).catch(() => undefined)
  const focused = useRef(false)
  const ready = !!(data && deadlines && routing)
  useEffect(() => {
    if (!ready || focused.current || params.focus !== 'calendar') return
    focused.current = true
    setTimeout(toCalendar, 300)
  }, [ready, params.focus])

  const save = async (patch: SettingsPatch, done: string) => {
    if (busy) return false
    setBusy(true)
    try {
      adopt(await saveSettings(patch))
      toast(done, 'success')
      loadSession(true)
      return true
    } catch (e) {
      toastError(e)
      return false
    } finally {
      setBusy(false)
    }
  }
  const saveOthers = () =>
    save(
      {
        officeName,
        estate: estateOf(estate),
        deadlines: deadlinesOf(deadlines!),
        routing,
        calendar: { closures },
        wecomRobots: changedRobots(robots, data?.settings.wecomRobots ?? {}),
      },
      '设置已保存',
    )
  // A year's holidays are saved by their own button after a check; "设置已保存" must not let the
  // manager believe typed dates were saved with the rest.
  const saveAll = async () => {
    if (!unsavedYear) return saveOthers()
    const ok = await confirm({
      title: `${unsavedYear} 年放假安排尚未保存`,
      content: `“保存设置”不包括放假安排。请在工作日历中核对识别结果，再点击“确认无误，保存 ${unsavedYear} 年安排”。`,
      confirmText: '先保存其他',
      cancelText: '去保存安排',
    })
    if (ok) return saveOthers()
    toCalendar()
    return false
  }
  const saveYear = (year: string, schedule: YearSchedule) => save({ calendar: { years: { [year]: schedule } } }, `${year} 年安排已保存`)

  if (!data || !deadlines || !routing) {
    return (
      <PageShell>
        <StateView loading={loading || (!error && !deadlines)} error={error} onRetry={() => reload()} />
      </PageShell>
    )
  }
  return (
    <PageShell withBar className='settings-page'>
      <CalendarWarning onEnter={toCalendar} />
      <View className='form-card settings-office'>
        <Field label='管理处名称'>
          <Input className='settings-office-name' value={officeName} onChange={setOfficeName} maxLength={40} />
        </Field>
      </View>
      <EstateForm value={estate} onChange={setEstate} />
      <DeadlinesForm value={deadlines} onChange={setDeadlines} />
      <RoutingForm value={routing} onChange={setRouting} />
      <CalendarForm
        data={data}
        missingYear={meta?.calendar?.missingYear}
        closures={closures}
        onClosures={setClosures}
        onSaveYear={saveYear}
        busy={busy}
        onUnsaved={setUnsavedYear}
      />
      <RobotsForm value={robots} onChange={setRobots} />
      <View className='bottom-bar'>
        <Button className='settings-save' type='primary' block loading={busy} disabled={busy} onClick={saveAll}>
          保存设置
        </Button>
      </View>
    </PageShell>
  )
}
