import { useState } from 'react'
import Taro from '@tarojs/taro'
import type { Category, Channel } from '@shared/vocabulary'
import { LIMITS, PHONE_PATTERN, charCount, phoneOf } from '@shared/limits'
import { clearDrafts, useDraft } from '@/hooks/useDraft'
import { usePhotos } from '@/hooks/usePhotos'
import { registerComplaint, type RegisterInput } from '@/services/complaint'
import { uploadLocalFile } from '@/services/files'
import { askConsent, CONSENT_PURPOSE } from '@/services/subscription'
import { consentIds } from '@/store/session'
import { toast, toastError, toastOnReturn } from '@/utils/ui'
import { NO_SUBJECT, subjectProblem, subjectStaffOf, type SubjectDraft } from '../components/SubjectStaffPicker'
import type { ComplainantDraft } from './ComplainantPicker'
import type { OnSpotDraft } from './OnSpot'
import { hotlineOf, hotlineProblem, NO_HOTLINE, type HotlineDraft } from './HotlineFields'

/** What the complaint is about, as the staff member records it. */
export interface Matter {
  channel: Channel
  category?: Category
  location: string
  description: string
  emergency: boolean
  involved: string
}

const NEW_MATTER: Matter = { channel: 'onsite', location: '', description: '', emergency: false, involved: '' }

/** Who complained: a resident found by room, or a name and a phone that reads as one. */
function complainantProblem(p: ComplainantDraft): string | null {
  if (p.openid) return null
  if (!p.name.trim()) return '请填写投诉人姓名，或按房号查找住户'
  return p.phone.trim() && !PHONE_PATTERN.test(phoneOf(p.phone)) ? '联系电话格式不正确（手机号 11 位，或带区号的固话）' : null
}

/** The matter: category, place and description within their limits. */
function matterProblem(m: Matter): string | null {
  if (!m.category) return '请选择投诉类别'
  if (!m.location.trim()) return '请填写投诉地点'
  if (!m.description.trim()) return '请填写投诉内容'
  return charCount(m.description.trim()) > LIMITS.description ? `投诉内容不能超过 ${LIMITS.description} 个字` : null
}

/** The first thing that keeps the registration from being sent, in Chinese; null when it can go. */
function problemOf(m: Matter, p: ComplainantDraft, s: OnSpotDraft, subject: SubjectDraft, h: HotlineDraft): string | null {
  const onSpot = s.resolved && (!s.mode || !s.summary.trim()) ? '请填写当场处理的方式和结果' : null
  return hotlineProblem(m.channel, h) ?? complainantProblem(p) ?? matterProblem(m) ?? onSpot ?? subjectProblem(subject)
}

/** A3: how the complainant confirmed at registration — a signature on site or a phone read-back — if they did. */
function confirmationOf(m: Matter, s: OnSpotDraft, signatureFile?: string): RegisterInput['confirmation'] {
  if (signatureFile) return { method: 'signature', signatureFile }
  return m.channel === 'phone' && s.readBack ? { method: 'phone_readback' } : undefined
}

/**
 * The registration form's state and its submit (A1): the staff consent first (inside the tap),
 * the photos and the signature uploaded, complaint.register, then the new complaint's page. The
 * matter and the complainant survive leaving the page (a phone call can be long); the signature
 * and photos do not.
 */
export function useRegistration() {
  const [matter, setMatter] = useDraft<Matter>('register:matter', NEW_MATTER)
  const [person, setPerson] = useDraft<ComplainantDraft>('register:complainant', { name: '', room: '', phone: '' })
  const [hotline, setHotline] = useDraft<HotlineDraft>('register:hotline', NO_HOTLINE)
  const [subject, setSubject] = useState<SubjectDraft>(NO_SUBJECT)
  const [onSpot, setOnSpot] = useState<OnSpotDraft>({ signature: '', readBack: false, resolved: false, summary: '' })
  const photos = usePhotos()
  const [busy, setBusy] = useState(false)

  const send = async (consent: Promise<void>) => {
    setBusy(true)
    try {
      await consent
      const files = await photos.uploadAll()
      const signed = matter.channel === 'onsite' && onSpot.signature
      const signatureFile = signed ? await uploadLocalFile(onSpot.signature, undefined, 'signatures') : undefined
      const view = await registerComplaint({
        channel: matter.channel as Exclude<Channel, 'miniprogram'>,
        category: matter.category!,
        location: matter.location.trim(),
        description: matter.description.trim(),
        photos: files,
        emergency: matter.emergency,
        involved: matter.involved.trim(),
        complainant: {
          name: person.name.trim(),
          room: person.room,
          phone: person.openid ? '' : phoneOf(person.phone),
          openid: person.openid,
        },
        subjectStaff: subjectStaffOf(subject),
        confirmation: confirmationOf(matter, onSpot, signatureFile),
        resolvedOnSpot: onSpot.resolved ? { summary: onSpot.summary.trim(), mode: onSpot.mode as 'explanation' } : undefined,
        hotline: hotlineOf(matter.channel, hotline),
      })
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
    const problem = problemOf(matter, person, onSpot, subject, hotline)
    if (problem) return toast(problem)
    send(askConsent(consentIds('staff'), CONSENT_PURPOSE.staff))
  }

  return { matter, setMatter, person, setPerson, hotline, setHotline, subject, setSubject, onSpot, setOnSpot, photos, busy, onSubmit }
}
