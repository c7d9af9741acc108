/**
 * Facility kinds (issue 18, S2 weak points): a place normalised to the kind of facility it is, so
 * that "5栋1单元电梯" and "10栋2单元电梯" show up together as a recurring lift problem while the
 * exact place is kept beside it. Pure, no I/O.
 */
import { normalizePlace } from '@shared/place'
import type { Category } from '@shared/vocabulary'

/** Facility kinds with their Chinese label, the words that name them, and the category they lean to. */
export const FACILITY_KINDS = {
  elevator: { label: '电梯', terms: ['电梯', '轿厢', '电梯井', '电梯机房', '货梯', '客梯'], category: 'engineering' },
  elevator_lobby: { label: '电梯厅/大堂', terms: ['电梯厅', '候梯厅', '大堂', '门厅'], category: 'cleaning' },
  access_control: { label: '门禁', terms: ['门禁', '单元门', '防盗门', '可视对讲', '对讲', '人脸识别'], category: 'engineering' },
  fire_exit: {
    label: '消防通道',
    terms: ['消防通道', '消防车道', '安全出口', '疏散通道', '安全通道', '消防楼梯', '逃生通道', '消防门'],
    category: 'security',
  },
  stairwell: { label: '楼道/楼梯间', terms: ['楼道', '楼梯间', '楼梯', '走廊', '过道'], category: 'cleaning' },
  refuse_point: {
    label: '垃圾收集点',
    terms: ['垃圾收集点', '垃圾房', '垃圾站', '垃圾桶', '垃圾分类点', '垃圾池', '垃圾亭', '厨余'],
    category: 'cleaning',
  },
  underground_garage: {
    label: '地下车库',
    terms: ['地下车库', '地库', '车库', '地下停车场', '负一层', '负二层', 'B1', 'B2'],
    category: 'parking',
  },
  surface_parking: { label: '地面停车位', terms: ['停车场', '停车位', '车位', '地面车位', '道闸', '车辆出入口'], category: 'parking' },
  bike_shed: { label: '非机动车棚/充电桩', terms: ['非机动车棚', '电动车棚', '自行车棚', '车棚', '充电桩', '充电棚'], category: 'parking' },
  gate: { label: '小区出入口', terms: ['小区大门', '大门', '南门', '北门', '东门', '西门', '岗亭', '门岗'], category: 'security' },
  road: { label: '小区道路', terms: ['主干道', '小区道路', '道路', '路面', '人行道', '路灯'], category: 'engineering' },
  green: { label: '绿化/花园', terms: ['中心花园', '花园', '绿化带', '草坪', '花坛', '绿地'], category: 'landscaping' },
  playground: { label: '儿童游乐区', terms: ['儿童游乐区', '游乐区', '游乐场', '滑梯', '秋千'], category: 'other' },
  fitness: { label: '健身/会所', terms: ['健身区', '健身房', '健身器材', '会所', '游泳池', '泳池'], category: 'other' },
  roof_facade: { label: '屋面/外墙', terms: ['楼顶', '屋顶', '天台', '屋面', '外墙'], category: 'engineering' },
  plant_room: {
    label: '设备用房',
    terms: ['配电房', '水泵房', '泵房', '水箱', '水电井', '管道井', '电表箱', '配电箱', '变电房', '机房'],
    category: 'engineering',
  },
  basement: { label: '地下室', terms: ['地下室'], category: 'engineering' },
  service_center: {
    label: '物业服务中心',
    terms: ['物业服务中心', '客服中心', '服务中心', '前台', '物业办公室'],
    category: 'customer_service',
  },
  parcel_locker: { label: '快递柜/信报箱', terms: ['快递柜', '信报箱'], category: 'other' },
  shops: { label: '底商/商铺', terms: ['底商', '商铺', '沿街商铺'], category: 'other' },
} as const satisfies Record<string, { label: string; terms: readonly string[]; category: Category }>
export type FacilityKind = keyof typeof FACILITY_KINDS

const ENTRIES = Object.entries(FACILITY_KINDS).flatMap(([kind, k]) => k.terms.map((term) => ({ kind: kind as FacilityKind, term })))

/**
 * The kind of facility a place is, or null when it names none (a room, "3栋").
 * Takes a place as typed or stored; it is normalised first (`normalizePlace`). The head noun
 * decides, and in Chinese it comes last: "地下车库B区电梯" is a lift, "3栋2单元电梯厅" a lobby.
 * So the kind whose word ends latest wins; at the same end, the longer word ("电梯厅" over "厅").
 */
export function facilityKindOf(place: string | null | undefined): FacilityKind | null {
  const p = normalizePlace(place ?? '')
  let best: { kind: FacilityKind; end: number; len: number } | null = null
  for (const { kind, term } of ENTRIES) {
    const i = p.lastIndexOf(term)
    if (i < 0) continue
    const end = i + term.length
    if (!best || end > best.end || (end === best.end && term.length > best.len)) best = { kind, end, len: term.length }
  }
  return best?.kind ?? null
}

/** Chinese label of a facility kind ("电梯"); '其他' for null. */
export function facilityLabel(kind: FacilityKind | null): string {
  return kind ? FACILITY_KINDS[kind].label : '其他'
}
