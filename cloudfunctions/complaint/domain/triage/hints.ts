/**
 * What a resident should do now when an emergency rule fires (issue 14, H1-E), by hint key. The
 * alert shows it with the rule; the numbers are national ones (96333 is the lift rescue line in
 * most cities — an office elsewhere changes the text, not the key).
 */
export const EMERGENCY_HINTS = {
  elevator_rescue: '请被困人员保持冷静，按轿厢内警铃或拨打电梯内张贴的救援电话（多数城市为 96333），不要扒门或自行爬出。',
  gas: '不要开关电器、不要点火，打开门窗通风，关闭燃气阀门，到室外后拨打燃气公司抢修电话；有明火拨打 119。',
  power_off: '远离冒烟、打火或带电的设备和电线，不要用手或湿物触碰；能安全做到时断开电闸；起火拨打 119，有人触电拨打 120。',
  fire: '立即拨打 119，沿安全出口疏散，不要乘电梯，用湿毛巾捂住口鼻。',
  water_valve: '关闭进户水阀或总阀，断开进水区域的电源，把物品移到高处，不要涉水靠近带电设备。',
  clear_exit: '请勿在被堵的通道停留；物业会立即清理。遇到火情拨打 119。',
  medical: '拨打 120 急救电话，不要随意搬动伤者，留在旁边等待救援。',
  keep_away: '远离危险区域并提醒旁人绕行；有人受伤拨打 120，高空抛物可拨打 110。',
  police: '立即拨打 110 报警，远离冲突现场，先保护好自己。',
  call_help: '如有人身危险，请立即拨打 110（警情）、119（火情）或 120（急救）。',
} as const
export type HintKey = keyof typeof EMERGENCY_HINTS
