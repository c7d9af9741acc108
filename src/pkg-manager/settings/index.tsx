import { useEffect, useState } from 'react'
import { View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { Button } from '@nutui/nutui-react-taro'
import PageShell from '@/components/PageShell'
import StateView from '@/components/StateView'
import CalendarWarning from '@/components/CalendarWarning'
import FilterTabs from '@/components/FilterTabs'
import { useSession } from '@/store/session'
import DeadlinesForm from './DeadlinesForm'
import CalendarForm from './CalendarForm'
import { DutySection, EstateSection, NotificationsSection, RoutingSection, SECTIONS, Section, StaffSection } from './sections'
import { useSettingsForm } from './useSettingsForm'
import { PrivacySection } from './PrivacySection'
import '@/components/form/form.scss'
import './index.scss'

/**
 * The office's settings (manager), by section: the office and its estate (buildings and public
 * areas), the departments and routing of categories to them, deadlines and the working calendar, notifications
 * (WeCom group robots, failed pushes), staff. `?focus=calendar` opens the calendar.
 */
export default function Settings() {
  const { params } = useRouter()
  const { meta } = useSession()
  const [section, setSection] = useState(params.focus === 'calendar' ? 'deadlines' : 'estate')
  const [opened, setOpened] = useState(() => new Set([section]))
  const [focus, setFocus] = useState(params.focus === 'calendar')
  const open = (s: string) => {
    setSection(s)
    setOpened((o) => new Set(o).add(s))
  }
  const toCalendar = () => {
    open('deadlines')
    setFocus(true)
  }
  const f = useSettingsForm(toCalendar)
  const { data, draft, set } = f

  // Once the calendar's section shows, scroll to the calendar (opened from a warning, or to save a year).
  useEffect(() => {
    if (!focus || !draft) return
    setFocus(false)
    setTimeout(() => Taro.pageScrollTo({ selector: '.settings-calendar', duration: 300 }).catch(() => undefined), 300)
  }, [focus, draft])

  if (!data || !draft) {
    return (
      <PageShell>
        <StateView loading={f.loading || (!f.error && !draft)} error={f.error} onRetry={() => f.reload()} />
      </PageShell>
    )
  }
  return (
    <PageShell withBar={section !== 'staff'} className='settings-page'>
      <FilterTabs className='settings-nav' tabs={SECTIONS} value={section} onChange={open} />
      <CalendarWarning onEnter={toCalendar} />
      <Section id='estate' current={section} opened={opened}>
        <EstateSection draft={draft} set={set} />
      </Section>
      <Section id='routing' current={section} opened={opened}>
        <RoutingSection draft={draft} set={set} views={data.departments ?? []} />
        <DutySection />
      </Section>
      <Section id='deadlines' current={section} opened={opened}>
        <DeadlinesForm value={draft.deadlines} onChange={set('deadlines')} />
        <CalendarForm
          data={data}
          missingYear={meta?.calendar?.missingYear}
          closures={draft.closures}
          onClosures={set('closures')}
          onSaveYear={f.saveYear}
          busy={f.busy}
          onUnsaved={f.setUnsavedYear}
        />
      </Section>
      <Section id='notifications' current={section} opened={opened}>
        <NotificationsSection draft={draft} set={set} />
      </Section>
      <Section id='staff' current={section} opened={opened}>
        <StaffSection />
      </Section>
      <Section id='privacy' current={section} opened={opened}>
        <PrivacySection value={draft.retention} onChange={set('retention')} />
      </Section>
      {section !== 'staff' && (
        <View className='bottom-bar'>
          <Button className='settings-save' type='primary' block loading={f.busy} disabled={f.busy} onClick={f.saveAll}>
            保存设置
          </Button>
        </View>
      )}
    </PageShell>
  )
}
