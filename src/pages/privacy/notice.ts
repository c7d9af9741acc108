/**
 * The 《用户隐私保护指引》 as the app shows it (issue 15): what is collected, why, who sees it, how
 * long it is kept and how it is deleted. docs/PRIVACY.md holds the same inventory for the office.
 */

/** One kind of personal information. */
export interface NoticeItem {
  what: string
  why: string
  who: string
  kept: string
}

export const COLLECTED: NoticeItem[] = [
  {
    what: '姓名、房号、联系电话',
    why: '登记投诉、联系您核实和答复',
    who: '客服、承办人、部门主管、首接人员、管理处经理（员工看到的是遮挡后的姓名和电话，需要时查看完整信息并留有记录）；被投诉的员工看不到',
    kept: '投诉办结后 36 个月（管理处可设置）匿名化；注销账号时立即匿名化',
  },
  {
    what: '投诉内容、地点、涉及人员、评价',
    why: '处理投诉、统计和改进服务',
    who: '与该投诉有关的员工和管理处经理；统计只用汇总数字',
    kept: '作为投诉记录保存；其中的姓名等个人信息按上述期限匿名化',
  },
  {
    what: '照片（您上传的）',
    why: '说明投诉的情况',
    who: '与该投诉有关的员工和管理处经理；照片先经微信内容安全检测，未通过的只有您和经理可见',
    kept: '投诉办结后 12 个月（管理处可设置）删除；注销账号时立即删除',
  },
  {
    what: '语音留言和视频（您录制或选择的）',
    why: '用说话或视频说明投诉情况，方便不便打字的业主',
    who: '与该投诉有关的员工和管理处经理；语音先经微信内容安全检测，未通过的只有您和经理可见；视频由经理查看',
    kept: '与照片相同：投诉办结后 12 个月（管理处可设置）删除；注销账号时立即删除',
  },
  {
    what: '语音输入的声音（转成文字时）',
    why: '把您说的话转成投诉内容的文字',
    who: '由微信同声传译插件即时识别，我们不保存声音，只保存您确认填入的文字',
    kept: '不保存',
  },
  {
    what: '微信标识（OpenID）',
    why: '识别是您本人在使用，把通知发给您',
    who: '不向员工展示',
    kept: '与账号同在；注销账号时删除，投诉记录中以化名代替',
  },
  {
    what: '通知授权与站内消息',
    why: '按您的授权发送投诉进度通知',
    who: '仅您本人',
    kept: '可随时撤回授权；注销账号时删除',
  },
]

/** What the resident may do, and where. */
export const RIGHTS = [
  '查看和导出：在“个人资料—我的数据”中查看我们保存的全部信息，并导出为表格。',
  '更正：在“个人资料”中修改姓名、房号和电话，正在处理的投诉会同步更新。',
  '撤回同意：在“个人资料”中撤回通知授权；也可拒绝本指引，此时仍可提交文字投诉，只是无法上传照片、语音和视频。',
  '删除：在“个人资料”中注销账号。进行中的投诉需先撤回或办结；已办结的投诉保留为记录，其中的个人信息以化名代替，照片、语音和视频删除。',
]

/** The system permissions the app asks for, and why. */
export const PERMISSIONS = [
  '选择照片或视频、使用摄像头：仅在您添加投诉照片或视频时',
  '麦克风：仅在您录制语音留言或使用语音输入时',
  '剪贴板：仅在管理处经理复制员工邀请码时',
]
