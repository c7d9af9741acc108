/** The history a change writes (V2): the action, then each step chained to it. */
import { eventsOf } from '../../cloudfunctions/complaint/domain/history'
import * as fx from '../../cloudfunctions/complaint/domain/effects'
import { personRef, SYSTEM_ACTOR } from '../../cloudfunctions/complaint/domain/policy'
import { CAST, ctx, input, NOW, undispatched } from './fixtures'

describe('eventsOf', () => {
  it('given a plain change, writes one event from the state before to the state after', () => {
    const o = fx.take(undispatched({ status: 'dispatched', departmentCode: 'cleaning' }), input('take'), ctx(CAST.assignee))
    expect(eventsOf(o, { action: 'take', from: 'dispatched', actor: personRef(CAST.assignee), at: NOW })).toEqual([
      {
        action: 'take',
        actor: personRef(CAST.assignee),
        at: NOW,
        from: 'dispatched',
        to: 'investigating',
        reason: undefined,
        data: undefined,
      },
    ])
  })

  it('H1-E: given a resident’s emergency, writes the filing, then the system’s acceptance and dispatch', () => {
    const c = undispatched({ emergency: true, firstContact: undefined })
    const o = fx.submit(c, input('submit', { category: 'cleaning', location: '大门', description: '水管爆裂' }), ctx(CAST.complainant))
    const events = eventsOf(o, {
      action: 'submit',
      from: null,
      actor: personRef(CAST.complainant),
      chainedBy: personRef(SYSTEM_ACTOR),
      at: NOW,
    })
    expect(events.map((e) => [e.action, e.actor.role, e.from, e.to])).toEqual([
      ['submit', 'resident', null, 'submitted'],
      ['accept', 'system', 'submitted', 'accepted'],
      ['dispatch', 'system', 'accepted', 'dispatched'],
    ])
  })

  it('A2-3: given staff handling a complaint on the spot, every step is theirs', () => {
    const c = undispatched({ channel: 'email', firstContact: undefined })
    const registration = input('register', {
      category: 'cleaning',
      location: '大门',
      description: '垃圾未清',
      channel: 'email',
      complainant: { name: '王丽' },
      resolvedOnSpot: { summary: '已清理', mode: 'rectification' },
    })
    const o = fx.register(c, registration, ctx(CAST.agent))
    const events = eventsOf(o, { action: 'register', from: null, actor: personRef(CAST.agent), at: NOW })
    expect(events.map((e) => [e.action, e.actor.openid, e.to])).toEqual([
      ['register', CAST.agent.openid, 'submitted'],
      ['accept', CAST.agent.openid, 'accepted'],
      ['give_result', CAST.agent.openid, 'resolved'],
    ])
  })
})
