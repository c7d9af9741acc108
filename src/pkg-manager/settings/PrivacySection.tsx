import { View } from '@tarojs/components'
import LinkCard from './LinkCard'
import { NumberRows, numbersOf, type NumberRow } from './NumberRows'

/** The retention periods as typed (months). */
export interface RetentionDraft {
  anonymiseAfterMonths: string
  deleteFilesAfterMonths: string
}

const ROWS: NumberRow<keyof RetentionDraft>[] = [
  { key: 'deleteFilesAfterMonths', label: '照片保存期限', unit: '个月', note: '投诉结案后满该期限，删除其照片和附件' },
  { key: 'anonymiseAfterMonths', label: '个人信息保存期限', unit: '个月', note: '投诉结案后满该期限，投诉人姓名、房号、电话以化名代替' },
]

/** The draft as the server takes it (an empty field is sent as it is, for the server to name). */
export function retentionOf(d: RetentionDraft): Record<keyof RetentionDraft, number | null> {
  return numbersOf(d)
}

/**
 * Privacy settings (issue 15, PIPL art. 19): how long closed complaints keep their photos and their
 * complainants' personal fields — the timer applies them every run; reports still count the
 * complaints — and the manager's records: the access log and content checks.
 */
export function PrivacySection({ value, onChange }: { value: RetentionDraft; onChange: (v: RetentionDraft) => void }) {
  return (
    <>
      <View className='card settings-card settings-retention'>
        <View className='card__title'>保存期限</View>
        <NumberRows rows={ROWS} prefix='retention' value={value} onChange={onChange} />
        <View className='hint'>默认照片 12 个月、个人信息 36 个月。照片的期限不能长于个人信息的期限。统计报表仍计入这些投诉。</View>
      </View>
      <LinkCard
        className='settings-accesslog'
        title='个人信息访问记录'
        hint='员工查看投诉人完整联系方式、打印或导出完整登记表，以及注销和到期处理的记录。'
        link='查看访问记录'
        url='/pkg-manager/accesslog/index'
      />
      <LinkCard
        className='settings-content'
        title='内容安全'
        hint='未通过或未能完成微信内容安全检测的照片，需经理查看处理。'
        link='查看内容安全'
        url='/pkg-manager/content/index'
      />
    </>
  )
}
