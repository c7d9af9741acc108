/**
 * Drill-down filters (S1, report/domain/filters.ts), weak points (S2, weak-points.ts), corrective
 * actions' weak-point rules and effect (S3, improvement.ts) and the list and report sheets
 * (sheets.ts). Pure, in-process.
 */
import { discloseAt, type Disclosure } from '../../cloudfunctions/complaint/domain/disclosure'
import type { Complaint } from '../../cloudfunctions/complaint/domain/model'
import { count } from '../../cloudfunctions/report/domain/figures'
import { checkWeakPoint, effectOf, weakPointMatch } from '../../cloudfunctions/report/domain/improvement'
import { factConditions, parseFilter, storedConditions } from '../../cloudfunctions/report/domain/filters'
import { periodOf } from '../../cloudfunctions/report/domain/period'
import type { ResponsibilityRow } from '../../cloudfunctions/report/domain/pipelines'
import { LIST_HEADER, listRow, listSheet } from '../../cloudfunctions/report/domain/sheets'
import { departmentPoints, handlerPoints, recurringPairs } from '../../cloudfunctions/report/domain/weak-points'
import { SATISFIED_MIN } from '@shared/thresholds'
import { DEFAULT_DEPARTMENTS } from '@shared/departments'

const month = { period: 'month', date: '2026-11-15' }

describe('S1 drill-down filters', () => {
  it('given on-time without a clock, it asks which clock', () => {
    expect(() => parseFilter({ ...month, onTime: true }, DEFAULT_DEPARTMENTS)).toThrow('按是否按时筛选时请指明派单或处理时限')
  })

  it('given the dispatch clock with a complaint filter, it refuses: dispatch drill-downs list events', () => {
    expect(() => parseFilter({ ...month, clock: 'dispatch', category: 'cleaning' }, DEFAULT_DEPARTMENTS)).toThrow(
      '按派单时限下钻时只能再按部门和是否按时筛选',
    )
    expect(parseFilter({ ...month, clock: 'dispatch', onTime: false, departmentCode: 'cleaning' }, DEFAULT_DEPARTMENTS)).toMatchObject({
      onTime: false,
    })
  })

  it('given an unknown category, it names the field in Chinese', () => {
    expect(() => parseFilter({ ...month, category: 'gardening' }, DEFAULT_DEPARTMENTS)).toThrow('请选择有效的投诉类别')
  })

  it('given stored-field filters, they become equality conditions on indexable paths', () => {
    const f = parseFilter(
      { ...month, category: 'cleaning', ground: 'A4-R4', handler: 'o-1', emergency: false, location: '3栋大堂' },
      DEFAULT_DEPARTMENTS,
    )
    expect(storedConditions(f)).toEqual({
      category: 'cleaning',
      location: '3栋大堂',
      'refusal.ground': 'A4-R4',
      'assignee.openid': 'o-1',
      emergency: false,
    })
    expect(factConditions(f)).toEqual({})
  })

  it(`given satisfied or not, it splits the rated at ${SATISFIED_MIN} (shared/thresholds)`, () => {
    expect(factConditions(parseFilter({ ...month, satisfied: true }, DEFAULT_DEPARTMENTS))).toEqual({ '_f.level': { $gte: SATISFIED_MIN } })
    expect(factConditions(parseFilter({ ...month, satisfied: false }, DEFAULT_DEPARTMENTS))).toEqual({
      '_f.level': { $gte: 1, $lt: SATISFIED_MIN },
    })
  })

  it('given not rated, it means a standing result without a rating, not a complaint still open', () => {
    expect(factConditions(parseFilter({ ...month, rated: false }, DEFAULT_DEPARTMENTS))).toEqual({ '_f.standing': 1, '_f.level': 0 })
  })

  it('given the handling clock, it keeps standing results and judges them on time or late', () => {
    expect(factConditions(parseFilter({ ...month, clock: 'handling', onTime: true }, DEFAULT_DEPARTMENTS))).toEqual({
      '_f.standing': 1,
      '_f.late': 0,
    })
    expect(factConditions(parseFilter({ ...month, clock: 'handling' }, DEFAULT_DEPARTMENTS))).toEqual({ '_f.standing': 1 })
  })

  it('given flags, unassigned and refused, each becomes its fact condition', () => {
    expect(
      factConditions(parseFilter({ ...month, repeat: true, openOverdue: false, unassigned: true, refused: true }, DEFAULT_DEPARTMENTS)),
    ).toEqual({
      '_f.dept': 'none',
      '_f.ground': { $ne: 'none' },
      '_f.repeat': 1,
      '_f.openOverdue': 0,
    })
  })
})

const row = (
  p: 0 | 1,
  dept: string,
  handler: string,
  n: number,
  overdue: number,
  dissatisfied: number,
  handlerName = '',
): ResponsibilityRow => ({
  _id: { p, dept, handler },
  handlerName,
  n,
  overdue,
  dissatisfied,
})

describe('S2 weak points', () => {
  const rows = [
    row(1, 'cleaning', 'o-zhang', 5, 1, 1, '张洁'),
    row(0, 'cleaning', 'o-zhang', 4, 3, 0, '张洁'),
    row(1, 'engineering', 'o-zhao', 3, 2, 1, '赵工'),
    row(1, 'engineering', 'none', 2, 0, 0),
    row(1, 'security', 'o-wang', 2, 0, 0, '王强'),
  ]

  it('given departments, it orders them by overdue + dissatisfied, leaves out those with none, and compares with before', () => {
    expect(departmentPoints(rows, DEFAULT_DEPARTMENTS).map((d) => [d.key, d.label, d.score, d.overdue.previous])).toEqual([
      ['engineering', '工程部', 3, 0],
      ['cleaning', '保洁部', 2, 3],
    ])
  })

  it('given handlers, complaints never assigned count for no handler', () => {
    const handlers = handlerPoints(rows, DEFAULT_DEPARTMENTS)
    expect(handlers.map((x) => [x.key, x.label])).toEqual([
      ['o-zhao', '赵工（工程部）'],
      ['o-zhang', '张洁（保洁部）'],
    ])
    expect(handlers[1].total).toEqual(count(5, 4))
  })

  it('given a recurring place, its key and label are what action.create takes', () => {
    expect(recurringPairs([{ _id: { location: '3栋大堂', category: 'cleaning' }, n: 3, before: 1 }])).toEqual([
      {
        kind: 'location_category',
        key: 'cleaning:3栋大堂',
        label: '3栋大堂 · 清洁卫生',
        location: '3栋大堂',
        category: 'cleaning',
        categoryLabel: '清洁卫生',
        count: count(3, 1),
      },
    ])
  })
})

describe('S3 corrective actions on a weak point', () => {
  it('given a place weak point, its figure counts that category at that place', () => {
    expect(weakPointMatch({ kind: 'location_category', key: 'cleaning:3栋:大堂', label: '' })).toEqual({
      category: 'cleaning',
      location: '3栋:大堂',
    })
    expect(weakPointMatch({ kind: 'handler', key: 'o-zhang', label: '' })).toEqual({ 'assignee.openid': 'o-zhang' })
  })

  it('given a malformed weak point, it refuses it', () => {
    expect(() => checkWeakPoint({ kind: 'location_category', key: 'gardening:3栋', label: '' }, DEFAULT_DEPARTMENTS)).toThrow(
      '薄弱环节格式不正确',
    )
    expect(() => checkWeakPoint({ kind: 'location_category', key: ':3栋', label: '' }, DEFAULT_DEPARTMENTS)).toThrow('薄弱环节格式不正确')
    expect(() => checkWeakPoint({ kind: 'department', key: 'kitchen', label: '' }, DEFAULT_DEPARTMENTS)).toThrow('薄弱环节格式不正确')
    expect(() => checkWeakPoint({ kind: 'handler', key: 'o-anyone', label: '' }, DEFAULT_DEPARTMENTS)).not.toThrow()
  })

  it('given months without complaints, the effect shows 0 for them; the figure is overdue + dissatisfied for a department', () => {
    const shown = [periodOf('month', '2026-10-01'), periodOf('month', '2026-11-01')]
    const effect = effectOf('department', shown, [{ _id: shown[1].start, n: 4, overdue: 1, dissatisfied: 2 }])
    expect(effect.map((m) => [m.key, m.baseline, m.complaints, m.value])).toEqual([
      ['2026-10', true, 0, 0],
      ['2026-11', false, 4, 3],
    ])
  })
})

describe('the complaint list export (S1)', () => {
  const c = {
    no: 'TS1',
    createdAt: Date.parse('2026-11-02T01:00:00Z'),
    channel: 'phone',
    category: 'cleaning',
    tier: 'general',
    location: '3栋大堂',
    description: '地面很脏',
    complainant: { name: '王丽', room: '3栋2单元1502', phone: '13800001111' },
    status: 'closed',
    closure: 'satisfied',
    departmentCode: 'cleaning',
    assignee: { openid: 'o-zhang', name: '张洁', role: 'handler' },
    deadlines: {},
    rating: { level: 4, comment: '', channel: 'self', at: 0 },
    ratings: [],
    reopenCount: 1,
    photos: [],
    investigation: [],
    confirmation: { required: false },
    supervision: { level: 0 },
  } as unknown as Complaint
  const col = (cells: unknown[], name: string) => cells[LIST_HEADER.indexOf(name)]
  /** The row as a viewer of `level` gets it; `reveal` for the manager's full export. */
  const row = (level: Disclosure, facts?: Record<string, number>, reveal = false) =>
    listRow(discloseAt(c, level, { reveal }), facts, DEFAULT_DEPARTMENTS)

  it('given a late standing result, the row says so with its working days, in LIST_HEADER’s order', () => {
    const cells = row('contact', { standing: 1, late: 1, hd: 6 }, true)
    expect(cells).toHaveLength(LIST_HEADER.length)
    expect([
      col(cells, '投诉时间'),
      col(cells, '状态'),
      col(cells, '处理按时'),
      col(cells, '处理时长（工作日）'),
      col(cells, '满意度'),
    ]).toEqual(['2026-11-02 09:00', '已结案（满意结案）', '超时', 6, '满意'])
  })

  it('given a masked caller, or the complaint’s subject, the complainant is masked or left out (G3-P5)', () => {
    expect([col(row('contact'), '投诉人'), col(row('contact'), '联系电话')]).toEqual(['王*', '138****1111'])
    expect([col(row('contact', undefined, true), '投诉人'), col(row('contact', undefined, true), '联系电话')]).toEqual([
      '王丽',
      '13800001111',
    ])
    expect([col(row('accused'), '投诉人'), col(row('accused'), '房号')]).toEqual(['', ''])
    expect(col(row('masked'), '处理按时')).toBe('')
  })

  it('given the complaint’s subject, the row holds neither the matter nor its exact time nor its outcome (H2-S)', () => {
    const cells = row('accused', { standing: 1, late: 1, hd: 6 })
    expect([col(cells, '地点'), col(cells, '内容'), col(cells, '投诉时间'), col(cells, '满意度'), col(cells, '处理按时')]).toEqual([
      '',
      '有一件投诉涉及您的工作，承办人将向您说明投诉要点并听取您的陈述。',
      '2026-11-02',
      '',
      '',
    ])
  })

  it('given the rows, the sheet title says how many, when, and that contacts are masked', () => {
    const sheet = listSheet([row('contact')], '2026年11月', Date.parse('2026-11-20T02:00:00Z'), false)
    expect(sheet.title).toBe('投诉清单（2026年11月，共 1 条，导出于 2026-11-20 10:00，联系方式已脱敏）')
    expect(sheet.header).toBe(LIST_HEADER)
  })
})
