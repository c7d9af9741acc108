/**
 * Chinese labels for privacy records (issue 15): why personal data was seen or changed (the access
 * log), and where a file's content check stands. Pure data, safe to import from the mini-program.
 */
import type { LabelTable } from './labels'

const table = <K extends string>(labels: Record<K, string>): LabelTable<K> => labels as LabelTable<K>

/** Purposes of access-log entries. */
export const ACCESS_PURPOSES = table({
  reveal_contact: '查看投诉人联系方式',
  registration_form: '打印完整登记表',
  resident_lookup: '按房号查找住户',
  export_form: '导出完整登记表',
  export_list: '导出投诉清单（含联系方式）',
  account_deleted: '业主注销账号',
  retention_anonymised: '到期匿名化个人信息',
  retention_files_deleted: '到期删除照片',
  data_export: '业主导出本人数据',
})

/** Personal fields as the access log names them. */
export const PERSONAL_FIELDS = table({
  name: '姓名',
  room: '房号',
  phone: '电话',
  openid: '微信标识',
  photos: '照片',
  files: '照片与附件',
})

/** Where a file's content check stands. */
export const MEDIA_STATUSES = table({
  queued: '排队检测',
  sending: '检测中',
  sent: '等待结果',
  pass: '已通过',
  review: '待人工复核',
  risky: '未通过（已隐藏）',
  failed: '检测失败',
  timeout: '未收到结果',
  unsupported: '无法自动检测',
  deleted: '已删除',
})
