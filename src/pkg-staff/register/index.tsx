import { useState } from 'react'
import { View, Text } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { Input, Switch } from '@nutui/nutui-react-taro'
import { CATEGORIES, CHANNELS, type Category, type Channel } from '@shared/vocabulary'
import PageShell from '@/components/PageShell'
import PhotoPicker from '@/components/PhotoPicker'
import Field from '@/components/form/Field'
import { clearDrafts, useDraft } from '@/hooks/useDraft'
import TextBox from '@/components/form/TextBox'
import PlacePicker from '@/components/form/PlacePicker'
import { ChipSelect, optionsOf } from '@/components/form/ChipSelect'
import { usePhotos } from '@/hooks/usePhotos'
import { registerComplaint, type RegisterInput } from '@/services/complaint'
import { uploadLocalFile } from '@/services/files'
import { askConsent, CONSENT_PURPOSE } from '@/services/subscription'
import { consentIds } from '@/store/session'
import { LIMITS, PHONE_PATTERN, charCount, phoneOf } from '@shared/limits'
import { toast, toastError, toastOnReturn } from '@/utils/ui'
import { SubmitBar } from '../action/forms/common'
import ComplainantPicker, { type ComplainantDraft } from './ComplainantPicker'
import OnSpot, { type OnSpotDraft } from './OnSpot'
import SubjectStaffPicker, { NO_SUBJECT, subjectProblem, subjectStaffOf, type SubjectDraft } from '../components/SubjectStaffPicker'
import '@/components/form/form.scss'
import './index.scss'

const STAFF_CHANNELS = (Object.keys(CHANNELS) as Channel[]).filter((c) => c !== 'miniprogram')

interface Matter {
  channel: Channel
  category?: Category
  location: string
  description: string
  emergency: boolean
  involved: string
}

function problemOf(m: Matter, p: ComplainantDraft, s: OnSpotDraft, subject: SubjectDraft): string | null {
  if (!p.openid && !p.name.trim()) return '请填写投诉人姓名，或按房号查找住户'
  if (!p.openid && p.phone.trim() && !PHONE_PATTERN.test(phoneOf(p.phone))) return '联系电话格式不正确（手机号 11 位，或带区号的固话）'
  if (!m.category) return '请选择投诉类别'
  if (!m.location.trim()) return '请填写投诉地点'
  if (!m.description.trim()) return '请填写投诉内容'
  if (charCount(m.description.trim()) > LIMITS.description) return `投诉内容不能超过 ${LIMITS.description} 个字`
  if (s.resolved && (!s.mode || !s.summary.trim())) return '请填写当场处理的方式和结果'
  return subjectProblem(subject)
}

/**
 * A1: staff register a complaint that came on site, by phone, in writing or online elsewhere, on
 * the complainant's behalf, with their confirmation (A3) and an on-the-spot result (A2-3).
 */
export default function Register() {
  // The matter and the complainant survive leaving the page (a phone call can be long); the signature and photos do not.
  const [m, setM] = useDraft<Matter>('register:matter', {
    channel: 'onsite',
    location: '',
    description: '',
    emergency: false,
    involved: '',
  })
  const [subject, setSubject] = useState<SubjectDraft>(NO_SUBJECT)
  const [p, setP] = useDraft<ComplainantDraft>('register:complainant', { name: '', room: '', phone: '' })
  const [s, setS] = useState<OnSpotDraft>({ signature: '', readBack: false, resolved: false, summary: '' })
  const { photos, setPhotos, uploadAll } = usePhotos()
  const [busy, setBusy] = useState(false)
  const set = <K extends keyof Matter>(k: K, v: Matter[K]) => setM((x) => ({ ...x, [k]: v }))

  const send = async (consent: Promise<void>) => {
    setBusy(true)
    try {
      await consent
      const files = await uploadAll()
      const signatureFile = m.channel === 'onsite' && s.signature ? await uploadLocalFile(s.signature, undefined, 'signatures') : undefined
      const input: RegisterInput = {
        channel: m.channel as Exclude<Channel, 'miniprogram'>,
        category: m.category!,
        location: m.location.trim(),
        description: m.description.trim(),
        photos: files,
        emergency: m.emergency,
        involved: m.involved.trim(),
        complainant: { name: p.name.trim(), room: p.room, phone: p.openid ? '' : phoneOf(p.phone), openid: p.openid },
        subjectStaff: subjectStaffOf(subject),
        confirmation: signatureFile
          ? { method: 'signature', signatureFile }
          : m.channel === 'phone' && s.readBack
            ? { method: 'phone_readback' }
            : undefined,
        resolvedOnSpot: s.resolved ? { summary: s.summary.trim(), mode: s.mode as 'explanation' } : undefined,
      }
      const view = await registerComplaint(input)
      clearDrafts('register:')
      toastOnReturn('登记成功')
      Taro.redirectTo({ url: `/pages/detail/index?id=${view.id}` })
    } catch (e) {
      toastError(e)
      setBusy(false)
    }
  }

  const onSubmit = () => {
    if (busy) return
    const problem = problemOf(m, p, s, subject)
    if (problem) return toast(problem)
    send(askConsent(consentIds('staff'), CONSENT_PURPOSE.staff))
  }

  return (
    <PageShell withBar className='register-page'>
      <View className='form-card'>
        <Field label='投诉渠道' required>
          <ChipSelect
            className='channel-select'
            options={optionsOf(CHANNELS, STAFF_CHANNELS)}
            value={m.channel}
            onChange={(v) => set('channel', v as Channel)}
          />
        </Field>
        <ComplainantPicker value={p} onChange={setP} />
      </View>
      <View className='form-card'>
        <Field label='投诉类别' required>
          <ChipSelect
            className='category-select'
            options={optionsOf(CATEGORIES)}
            value={m.category}
            onChange={(v) => set('category', v as Category)}
          />
        </Field>
        <Field label='投诉地点' required>
          <Input
            className='location-input'
            value={m.location}
            onChange={(v) => set('location', v)}
            maxLength={LIMITS.location}
            placeholder={p.room ? `如：${p.room}` : '如：3栋2单元电梯'}
          />
          <View className='place-suggestions'>
            <PlacePicker disabled={busy} onPick={(v) => set('location', v)} />
            {p.room && (
              <Text
                className={`place-suggestion ${m.location === `${p.room}（室内）` ? 'is-active' : ''}`}
                onClick={() => set('location', `${p.room}（室内）`)}
              >
                {p.room}（室内）
              </Text>
            )}
          </View>
        </Field>
        <Field label='投诉内容' required>
          <TextBox
            className='description-input'
            name='投诉内容'
            value={m.description}
            onChange={(v) => set('description', v)}
            max={LIMITS.description}
            rows={5}
            placeholder='记录投诉人所述的事情经过和诉求'
          />
        </Field>
        <Field label='照片/材料' extra={`选填，最多 ${LIMITS.photos} 张`}>
          <PhotoPicker photos={photos} onChange={setPhotos} max={LIMITS.photos} maxBytes={LIMITS.photoBytes} disabled={busy} />
        </Field>
        <Field label='紧急投诉'>
          <View className='switch-row'>
            <View className='switch-row__text hint'>涉及人身安全或重大设施设备故障，将立即通知相关部门。</View>
            <Switch className='emergency-switch' checked={m.emergency} onChange={(v) => set('emergency', v)} />
          </View>
        </Field>
        <Field label='涉及人员' extra='选填'>
          <Input
            className='involved-input'
            value={m.involved}
            onChange={(v) => set('involved', v)}
            maxLength={LIMITS.text}
            placeholder='投诉人提到的相关人员'
          />
        </Field>
        <SubjectStaffPicker value={subject} onChange={setSubject} />
      </View>
      <OnSpot channel={m.channel} value={s} onChange={setS} />
      <SubmitBar busy={busy} label='提交登记' onClick={onSubmit} />
    </PageShell>
  )
}
