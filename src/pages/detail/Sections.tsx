import { useState } from 'react'
import { View, Text, Image } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { ComplaintView } from '@domain/view'
import InfoRow from '@/components/InfoRow'
import PhotoGrid from '@/components/PhotoGrid'
import ClipList from '@/components/ClipList'
import { revealContact } from '@/services/complaint'
import { confirm, toastError } from '@/utils/ui'
import { formatDate, formatDue, formatTime } from '@/utils/time'
import { CONFIRM_METHODS } from '@shared/labels'
import { altText } from '@/utils/a11y'

/**
 * What the complaint is about (A2): the registration form's matter. The staff member it is about
 * sees only the allegation as staff summarised it, and the day (H2-S, G3-P5: the server sends no more).
 */
export function MatterSection({ c }: { c: ComplaintView }) {
  const accused = c.disclosure === 'accused'
  return (
    <View className='card section-matter'>
      <View className='card__title'>{accused ? '投诉要点' : '投诉内容'}</View>
      {accused && (
        <View className='notice accused-notice'>本投诉涉及您本人。按规定只向您告知投诉要点，不显示投诉人信息；承办人将听取您的陈述。</View>
      )}
      <View className='detail-description text-pre'>{c.description}</View>
      <PhotoGrid files={c.photos} />
      <ClipList voiceNotes={c.voiceNotes} videos={c.videos} />
      <View className='detail-rows'>
        <InfoRow label='投诉地点' value={c.location} />
        <InfoRow label='涉及人员' value={c.involved} />
        <InfoRow label='被投诉员工' value={c.subjectStaffName} />
        <InfoRow label='投诉渠道' value={c.channelLabel} />
        <InfoRow label='投诉时间' value={accused ? formatDate(c.createdAt) : formatTime(c.createdAt)} />
        <InfoRow
          label='首问责任人'
          value={c.firstContact && `${c.firstContact.name}${c.firstContact.accountable ? '（负责跟进至派单）' : ''}`}
        />
      </View>
    </View>
  )
}

/** Who complained, masked for staff; full details on request, which the server logs (G3-P5). */
export function ComplainantSection({ c }: { c: ComplaintView }) {
  const [full, setFull] = useState<{ name: string; room: string; phone: string }>()
  const [busy, setBusy] = useState(false)
  const p = c.complainant
  if (!p || !p.masked) return null
  const shown = full ?? p
  const reveal = async () => {
    const ok = await confirm({ title: '查看完整联系方式', content: '投诉人信息仅用于处理本投诉，查看记录将被保存。', confirmText: '查看' })
    if (!ok) return
    setBusy(true)
    try {
      setFull(await revealContact(c.id))
    } catch (e) {
      toastError(e)
    } finally {
      setBusy(false)
    }
  }
  return (
    <View className='card section-complainant'>
      <View className='card__title'>
        <Text>投诉人</Text>
        {p.canReveal && !full && (
          <Text className='card__extra reveal-contact' onClick={busy ? undefined : reveal}>
            查看完整信息
          </Text>
        )}
      </View>
      <InfoRow label='姓名' value={shown.name} />
      <InfoRow label='房号' value={c.roomVerified === false ? `${shown.room}（未核验）` : shown.room} />
      <InfoRow
        label='联系电话'
        value={
          full ? (
            <Text className='link' onClick={() => Taro.makePhoneCall({ phoneNumber: full.phone })}>
              {full.phone}（拨打）
            </Text>
          ) : (
            shown.phone
          )
        }
      />
    </View>
  )
}

/** A deadline as the detail page writes it, with "（暂定）" while it is provisional (H4). */
const dueText = (at: number, provisional?: boolean) => `${formatDue(at)}${provisional ? '（暂定）' : ''}`

/** Department, handler, tier, deadlines and handling mode. */
export function HandlingSection({ c }: { c: ComplaintView }) {
  const d = c.deadlines
  const rows = [c.departmentName, c.assigneeName, d.dispatchDueAt, d.handlingDueAt, c.modeLabel].some(Boolean)
  if (!rows) return null
  return (
    <View className='card section-handling'>
      <View className='card__title'>办理信息</View>
      <InfoRow label='投诉级别' value={c.tierLabel} />
      <InfoRow label='承办部门' value={c.departmentName} />
      <InfoRow label='承办人' value={c.assigneeName} />
      <InfoRow label='协同部门' value={c.coordinatingDepartmentNames.join('、')} />
      <InfoRow label='处理方式' value={c.modeLabel} />
      <InfoRow label='受理时间' value={c.acceptedAt && formatTime(c.acceptedAt)} />
      <InfoRow
        label='派单期限'
        value={d.dispatchDueAt && !c.dispatchedAt ? dueText(d.dispatchDueAt, d.provisional?.dispatchDueAt) : undefined}
      />
      <InfoRow label='派单时间' value={c.dispatchedAt && formatTime(c.dispatchedAt)} />
      <InfoRow label='响应期限' value={d.responseDueAt && formatDue(d.responseDueAt)} />
      <InfoRow label='办结期限' value={d.handlingDueAt && dueText(d.handlingDueAt, d.provisional?.handlingDueAt)} />
      <InfoRow label='办结时间' value={c.resolvedAt && formatTime(c.resolvedAt)} />
    </View>
  )
}

/** A3: how the complainant confirmed a registration, with the captured signature. */
export function ConfirmationSection({ c }: { c: ComplaintView }) {
  const k = c.confirmation
  if (!k.required) return null
  return (
    <View className='card section-confirmation'>
      <View className='card__title'>登记确认</View>
      <InfoRow label='确认状态' value={k.confirmed ? '已确认' : '待投诉人确认'} />
      <InfoRow label='确认方式' value={k.method && CONFIRM_METHODS[k.method]} />
      {k.signature?.url && (
        <Image
          className='signature-image'
          {...altText('投诉人签名')}
          src={k.signature.url}
          mode='aspectFit'
          onClick={() => Taro.previewImage({ urls: [k.signature!.url] })}
        />
      )}
    </View>
  )
}
