import { useEffect, useState } from 'react'
import { useLoad } from '@/hooks/useLoad'
import { getSettings, saveSettings, type SettingsData, type SettingsPatch, type YearSchedule } from '@/services/admin'
import { loadSession } from '@/store/session'
import { confirm, toast, toastError } from '@/utils/ui'
import { deadlinesOf, draftOf, type DeadlineDraft } from './DeadlinesForm'
import { changedRobots, type RobotDraft } from './RobotsForm'
import { alertDraftOf, alertsOf, type AlertDraft } from './AlertsForm'
import { changedDepartments, departmentsDraftOf, type DepartmentDraft } from './departments'
import { estateDraftOf, estateOf, type EstateDraft } from './estate'
import { retentionOf, type RetentionDraft } from './PrivacySection'

/** Everything 保存设置 sends, as the manager edits it. */
export interface SettingsDraft {
  officeName: string
  estate: EstateDraft
  deadlines: DeadlineDraft
  departments: DepartmentDraft[]
  routing: SettingsData['settings']['routing']
  closures: string[]
  robots: RobotDraft
  alerts: AlertDraft
  retention: RetentionDraft
}

function draftsOf(d: SettingsData): SettingsDraft {
  return {
    officeName: d.settings.officeName,
    estate: estateDraftOf(d.settings.estate),
    deadlines: draftOf(d.settings.deadlines),
    departments: departmentsDraftOf(d.settings.departments),
    routing: d.settings.routing,
    closures: d.settings.calendar.closures ?? [],
    robots: { ...(d.settings.wecomRobots as RobotDraft) },
    alerts: alertDraftOf(d.settings.alerts),
    retention: {
      anonymiseAfterMonths: String(d.settings.retention?.anonymiseAfterMonths ?? 36),
      deleteFilesAfterMonths: String(d.settings.retention?.deleteFilesAfterMonths ?? 12),
    },
  }
}

/**
 * The settings page's data and drafts (settings.get), and its two saves: 保存设置 (everything but a
 * year's holidays, which are saved by their own checked button — typed but unsaved dates are named
 * first, and `toCalendar` is called when the manager goes back to them) and a year's schedule.
 * The server validates; its Chinese message is shown as it is.
 */
export function useSettingsForm(toCalendar: () => void) {
  const { data, setData, error, loading, reload } = useLoad(getSettings, [])
  const [draft, setDraft] = useState<SettingsDraft>()
  const [busy, setBusy] = useState(false)
  const [unsavedYear, setUnsavedYear] = useState<string | null>(null)
  const set =
    <K extends keyof SettingsDraft>(k: K) =>
    (v: SettingsDraft[K]) =>
      setDraft((d) => d && { ...d, [k]: v })

  const adopt = (d: SettingsData) => {
    setData(d)
    setDraft(draftsOf(d))
  }
  useEffect(() => {
    if (data && !draft) setDraft(draftsOf(data))
  }, [data, draft])

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
  const saveOthers = (d: SettingsDraft) =>
    save(
      {
        officeName: d.officeName,
        estate: estateOf(d.estate),
        deadlines: deadlinesOf(d.deadlines),
        departments: changedDepartments(d.departments, data?.settings.departments ?? []),
        routing: d.routing,
        calendar: { closures: d.closures },
        wecomRobots: changedRobots(d.robots, (data?.settings.wecomRobots ?? {}) as RobotDraft),
        alerts: alertsOf(d.alerts),
        retention: retentionOf(d.retention) as SettingsPatch['retention'],
      },
      '设置已保存',
    )
  // "设置已保存" must not let the manager believe typed holiday dates were saved with the rest.
  const saveAll = async () => {
    if (!draft) return false
    if (!unsavedYear) return saveOthers(draft)
    const ok = await confirm({
      title: `${unsavedYear} 年放假安排尚未保存`,
      content: `“保存设置”不包括放假安排。请在工作日历中核对识别结果，再点击“确认无误，保存 ${unsavedYear} 年安排”。`,
      confirmText: '先保存其他',
      cancelText: '去保存安排',
    })
    if (ok) return saveOthers(draft)
    toCalendar()
    return false
  }
  const saveYear = (year: string, schedule: YearSchedule) => save({ calendar: { years: { [year]: schedule } } }, `${year} 年安排已保存`)

  return { data, draft, set, error, loading, reload, busy, saveAll, saveYear, setUnsavedYear }
}
