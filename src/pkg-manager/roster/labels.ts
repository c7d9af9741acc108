/** How the roster page names weekdays (ISO: 1 Monday … 7 Sunday) and kinds of day (domain/roster.ts DAY_TYPES). */
export const WEEKDAY_LABELS: Record<string, string> = { 1: '周一', 2: '周二', 3: '周三', 4: '周四', 5: '周五', 6: '周六', 7: '周日' }
export const DAY_TYPE_LABELS: Record<string, string> = { any: '每天', workday: '工作日', restday: '休息日及节假日' }

/** `[1, 2, 3, 4, 5]` → `周一至周五`; other sets listed. */
export function weekdaysText(days: number[]): string {
  const sorted = [...days].sort()
  const run = sorted.length > 2 && sorted.every((d, i) => i === 0 || d === sorted[i - 1] + 1)
  return run ? `${WEEKDAY_LABELS[sorted[0]]}至${WEEKDAY_LABELS[sorted.at(-1)!]}` : sorted.map((d) => WEEKDAY_LABELS[d]).join('、')
}
