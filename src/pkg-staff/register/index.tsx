import { View } from '@tarojs/components'
import { CHANNELS, type Channel } from '@shared/vocabulary'
import PageShell from '@/components/PageShell'
import Field from '@/components/form/Field'
import { ChipSelect, optionsOf } from '@/components/form/ChipSelect'
import { SubmitBar } from '../action/forms/common'
import SubjectStaffPicker from '../components/SubjectStaffPicker'
import ComplainantPicker from './ComplainantPicker'
import MatterFields from './MatterFields'
import OnSpot from './OnSpot'
import HotlineFields from './HotlineFields'
import { useRegistration } from './useRegistration'
import '@/components/form/form.scss'
import './index.scss'

const STAFF_CHANNELS = (Object.keys(CHANNELS) as Channel[]).filter((c) => c !== 'miniprogram')

/**
 * A1: staff register a complaint that came on site, by phone, in writing or online elsewhere, on
 * the complainant's behalf, with their confirmation (A3) and an on-the-spot result (A2-3).
 */
export default function Register() {
  const r = useRegistration()
  return (
    <PageShell withBar className='register-page'>
      <View className='form-card'>
        <Field label='投诉渠道' required>
          <ChipSelect
            className='channel-select'
            options={optionsOf(CHANNELS, STAFF_CHANNELS)}
            value={r.matter.channel}
            onChange={(v) => r.setMatter((m) => ({ ...m, channel: v as Channel }))}
          />
        </Field>
        {r.matter.channel === 'hotline' && <HotlineFields value={r.hotline} onChange={r.setHotline} />}
        <ComplainantPicker value={r.person} onChange={r.setPerson} />
      </View>
      <View className='form-card'>
        <MatterFields
          value={r.matter}
          onChange={r.setMatter}
          room={r.person.room}
          photos={r.photos.photos}
          setPhotos={r.photos.setPhotos}
          busy={r.busy}
        />
        <SubjectStaffPicker value={r.subject} onChange={r.setSubject} />
      </View>
      <OnSpot channel={r.matter.channel} value={r.onSpot} onChange={r.setOnSpot} />
      <SubmitBar busy={r.busy} label='提交登记' onClick={r.onSubmit} />
    </PageShell>
  )
}
