/**
 * The complaints and events the reports read: the indexed `$match` of a period (built with the
 * SDK's commands, so the server's indexes serve it: `created`, `department_created`,
 * `action_at`), aggregations behind it, and the pages a drill-down lists. Every query shape here
 * is checked against config/database.json by test/deploy.
 */
import type { Complaint, ComplaintEvent } from '../../complaint/domain/model'
import type { Stage } from '../domain/pipelines'
import { database } from './cloud'
import { aggregate, C, count, find } from './store'

export { getComplaint } from './store'

export type Match = Record<string, unknown>

/** A time range [start, end), ms UTC. */
export interface Range {
  start: number
  end: number
}

/** The `$match` of `estate`'s complaints created in the range, optionally of one department (issue 16: every report is of one estate). */
export function createdIn(range: Range, departmentCode: string | null, estate: string): Match {
  const _ = database().command
  return { estate, createdAt: _.gte(range.start).and(_.lt(range.end)), ...(departmentCode ? { departmentCode } : {}) }
}

/** The `$match` of `estate`'s dispatch events in the range, optionally to one department (H1). */
export function dispatchedIn(range: Range, departmentCode: string | null, estate: string): Match {
  const _ = database().command
  return {
    estate,
    action: 'dispatch',
    at: _.gte(range.start).and(_.lt(range.end)),
    ...(departmentCode ? { 'data.departmentCode': departmentCode } : {}),
  }
}

/** Runs `stages` over the complaints matching `match`; at most `limit` results. */
export function aggregateComplaints<T>(match: Match, stages: Stage[], limit: number): Promise<T[]> {
  return aggregate<T>(C.complaints, match, stages, limit)
}

/** Runs `stages` over the events matching `match`; at most `limit` results. */
export function aggregateEvents<T>(match: Match, stages: Stage[], limit: number): Promise<T[]> {
  return aggregate<T>(C.events, match, stages, limit)
}

/**
 * H1 drill-down: one page of the complaints whose dispatch in the range was on time, late
 * (`onTime` false: the rule recorded it late), or either; newest dispatch first.
 * @returns the complaints of the page in that order, and how many dispatches match in all.
 */
export async function dispatchedComplaints(
  range: Range,
  departmentCode: string | null,
  onTime: boolean | undefined,
  page: { skip: number; limit: number },
  estate: string,
): Promise<{ docs: Complaint[]; total: number }> {
  const _ = database().command
  const where = {
    ...dispatchedIn(range, departmentCode, estate),
    ...(onTime === undefined ? {} : { 'data.onTime': onTime ? _.neq(false) : false }),
  }
  const [events, total] = await Promise.all([
    find<ComplaintEvent>(C.events, where, { orderBy: [['at', 'desc']], skip: page.skip, limit: page.limit }),
    count(C.events, where),
  ])
  const ids = events.map((e) => e.complaintId)
  const docs = ids.length ? await find<Complaint>(C.complaints, { _id: _.in(ids) }, { limit: ids.length }) : []
  const byId = new Map(docs.map((d) => [d._id, d]))
  return { docs: ids.map((id) => byId.get(id)).filter((d): d is Complaint => !!d), total }
}

const OPERATORS = ['$gt', '$gte', '$lt', '$lte', '$ne'] as const

/** A condition value with MongoDB operators (`{ $gte: 4 }`) as the SDK's commands. */
function asCommand(v: unknown): unknown {
  if (!v || typeof v !== 'object' || Array.isArray(v) || !Object.keys(v).every((k) => (OPERATORS as readonly string[]).includes(k)))
    return v
  const _ = database().command
  const parts = Object.entries(v as Record<string, number>).map(([op, x]) => {
    const name = op.slice(1) as 'gt' | 'gte' | 'lt' | 'lte'
    return op === '$ne' ? _.neq(x) : _[name](x)
  })
  return parts.length === 1 ? parts[0] : _.and(parts as never[])
}

/**
 * One page of the complaints matching `match` (plain equalities, ranges built with commands, and
 * `{ $gt … }` values), newest first, through an index, and how many match in all: page 1 reads
 * the page (issue 17).
 */
export async function pageOfComplaints(match: Match, page: { skip: number; limit: number }): Promise<{ docs: Complaint[]; total: number }> {
  const where = Object.fromEntries(Object.entries(match).map(([k, v]) => [k, asCommand(v)]))
  const [docs, total] = await Promise.all([
    find<Complaint>(C.complaints, where, {
      orderBy: [
        ['createdAt', 'desc'],
        ['_id', 'asc'],
      ],
      skip: page.skip,
      limit: page.limit,
    }),
    count(C.complaints, where),
  ])
  return { docs, total }
}

/** Events of a complaint, oldest first (V2: the registration form's processing record). */
export function eventsOf(complaintId: string): Promise<ComplaintEvent[]> {
  return find<ComplaintEvent>(C.events, { complaintId }, { orderBy: [['seq', 'asc']], limit: 1000 })
}
