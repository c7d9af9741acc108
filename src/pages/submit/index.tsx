import { useState } from 'react'
import { View, Text } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { Button, Input, Switch } from '@nutui/nutui-react-taro'
import { CATEGORIES, type Category } from '@shared/vocabulary'
import PageShell from '@/components/PageShell'
import PhotoPicker from '@/components/PhotoPicker'
import Field from '@/components/form/Field'
import TextBox from '@/components/form/TextBox'
import PlacePicker from '@/components/form/PlacePicker'
import { ChipSelect, optionsOf } from '@/components/form/ChipSelect'
import { usePhotos } from '@/hooks/usePhotos'
import { clearDrafts, useDraft } from '@/hooks/useDraft'
import { submitComplaint } from '@/services/complaint'
import { askConsent, CONSENT_PURPOSE } from '@/services/subscription'
import { consentIds, useSession } from '@/store/session'
import { LIMITS, charCount } from '@shared/limits'
import { toast, toastError } from '@/utils/ui'
import '@/components/form/form.scss'
import './index.scss'

/** One-tap places while the office has not listed its public areas. */
const PLACES = ['小区大门', '地下车库', '电梯', '楼道/楼梯间', '绿化区域', '垃圾收集点', '物业服务中心']

interface Draft {
  category?: Category
  location: string
  description: string
  emergency: boolean
  involved: string
}

const EMPTY: Draft = { location: '', description: '', emergency: false, involved: '' }

/** What is missing before the form can go, in the words a resident understands; null when complete. */
function problemOf(d: Draft): string | null {
  if (!d.category) return '请选择投诉类别'
  if (!d.location.trim()) return '请填写投诉地点'
  if (charCount(d.location.trim()) > LIMITS.location) return `投诉地点不能超过 ${LIMITS.location} 个字`
  if (!d.description.trim()) return '请描述投诉内容'
  if (charCount(d.description.trim()) > LIMITS.description) return `投诉内容不能超过 ${LIMITS.description} 个字`
  return null
}

/**
 * The filing form, the resident's most important screen. On submit: consent to notifications
 * first (inside the tap), then the photo uploads, then complaint.submit, then the new record.
 */
export default function Submit() {
  const { me, meta } = useSession()
  const user = me?.user
  // Text survives leaving the page by accident; photos are temp files and do not.
  const [d, setD] = useDraft<Draft>('submit', EMPTY)
  const { photos, setPhotos, uploadAll } = usePhotos()
  const [stage, setStage] = useState<'idle' | 'consent' | 'upload' | 'submit'>('idle')
  const busy = stage !== 'idle'
  const set = <K extends keyof Draft>(k: K, v: Draft[K]) => setD((x) => ({ ...x, [k]: v }))

  const home = user?.room ? `${user.room}（室内）` : ''
  // The estate's own public areas when the office listed them (its names, so reports count them once).
  const areas = meta?.estate?.areas?.length ? meta.estate.areas.slice(0, 8) : PLACES
  const places = home ? [home, ...areas] : areas

  const send = async (consent: Promise<void>) => {
    setStage('consent')
    try {
      await consent
      setStage('upload')
      const fileIDs = await uploadAll()
      setStage('submit')
      const view = await submitComplaint({
        category: d.category!,
        location: d.location.trim(),
        description: d.description.trim(),
        photos: fileIDs,
        emergency: d.emergency,
        involved: d.involved.trim(),
      })
      clearDrafts('submit')
      Taro.redirectTo({ url: `/pages/detail/index?id=${view.id}&created=1` })
    } catch (e) {
      toastError(e)
    } finally {
      setStage('idle')
    }
  }

  const onSubmit = () => {
    if (busy) return
    if (!user) {
      toast('请先完善个人资料')
      Taro.navigateTo({ url: '/pages/profile/index' })
      return
    }
    const problem = problemOf(d)
    if (problem) return toast(problem)
    // WeChat shows the consent panel only when asked synchronously inside the tap.
    send(askConsent(consentIds('submit'), CONSENT_PURPOSE.submit))
  }

  const uploading = photos.filter((p) => !p.fileID).length
  const buttonText =
    stage === 'upload' ? (uploading ? `正在上传照片（剩余 ${uploading} 张）` : '请稍候…') : stage === 'submit' ? '正在提交…' : '提交投诉'

  return (
    <PageShell withBar className='submit-page'>
      {user && (
        <View className='submit-contact' onClick={() => Taro.navigateTo({ url: '/pages/profile/index' })}>
          <Text className='submit-contact__label'>投诉人</Text>
          <Text className='submit-contact__value'>
            {user.name} · {user.room} · {user.phone}
          </Text>
          <Text className='submit-contact__edit'>修改</Text>
        </View>
      )}
      <View className='form-card'>
        <Field label='投诉类别' required>
          <ChipSelect
            className='category-select'
            options={optionsOf(CATEGORIES)}
            value={d.category}
            onChange={(v) => set('category', v as Category)}
          />
        </Field>
        <Field label='投诉地点' required extra={`${charCount(d.location)}/${LIMITS.location}`}>
          <Input
            className='location-input'
            value={d.location}
            placeholder='如：3栋2单元电梯、地下车库B区'
            maxLength={LIMITS.location}
            onChange={(v) => set('location', v)}
            clearable
          />
          <View className='place-suggestions'>
            <PlacePicker disabled={busy} onPick={(p) => set('location', p)} />
            {places.map((p) => (
              <Text key={p} className={`place-suggestion ${d.location === p ? 'is-active' : ''}`} onClick={() => set('location', p)}>
                {p}
              </Text>
            ))}
          </View>
        </Field>
        <Field label='投诉内容' required>
          <TextBox
            className='description-input'
            name='投诉内容'
            value={d.description}
            placeholder='请描述发生了什么、时间和经过，以及您希望如何处理'
            max={LIMITS.description}
            rows={5}
            onChange={(v) => set('description', v)}
          />
        </Field>
        <Field label='照片' extra={`选填，最多 ${LIMITS.photos} 张`}>
          <PhotoPicker photos={photos} onChange={setPhotos} max={LIMITS.photos} maxBytes={LIMITS.photoBytes} disabled={busy} />
        </Field>
      </View>

      <View className='form-card'>
        <Field label='紧急投诉'>
          <View className='switch-row'>
            <View className='switch-row__text hint'>
              涉及人身安全（如电梯困人、燃气泄漏、火情），或重大设施设备故障（如停水停电、水管爆裂）时请打开，我们会立即通知相关部门处置。
            </View>
            <Switch className='emergency-switch' checked={d.emergency} onChange={(v) => set('emergency', v)} />
          </View>
        </Field>
        <Field label='涉及人员' extra='选填'>
          <Input
            className='involved-input'
            value={d.involved}
            placeholder='如涉及的工作人员、车辆或邻居'
            maxLength={LIMITS.text}
            onChange={(v) => set('involved', v)}
          />
        </Field>
      </View>
      <View className='submit-privacy hint'>您的姓名和联系方式仅用于处理本次投诉，不会告知被投诉的人员。</View>

      <View className='bottom-bar'>
        <Button className='submit-button' type='primary' block loading={busy} disabled={busy} onClick={onSubmit}>
          {buttonText}
        </Button>
      </View>
    </PageShell>
  )
}
