/**
 * Migration 001: the first manager. Staff join with one-time invite codes that only a manager can
 * issue (invite.create), so a new environment needs one code to start: if no active manager exists
 * and no unused manager invite is pending, this writes one (valid 30 days) and prints it for the
 * person deploying. They open the mini-program, tap 我是物业工作人员，使用邀请码绑定 and enter the code; that WeChat
 * account becomes the manager, who then invites everyone else. The document has the shape that
 * `invite.create` writes (cloudfunctions/complaint/actions/account.ts).
 */
import { randomBytes } from 'node:crypto'

const DAY = 86_400_000

/** @param db the cloud database (wx-server-sdk). @param ctx { log, now, env } */
export async function up(db, ctx) {
  const _ = db.command
  const managers = await db.collection('users').where({ role: 'manager', active: true }).count()
  if (managers.total > 0) {
    ctx.log('a manager exists already: no invite needed')
    return
  }
  const pending = await db
    .collection('invites')
    .where({ role: 'manager', usedBy: null, expiresAt: _.gt(ctx.now) })
    .limit(1)
    .get()
  if (pending.data.length) {
    ctx.log(
      `an unused manager invite is pending: ${pending.data[0].code} (valid until ${new Date(pending.data[0].expiresAt).toISOString().slice(0, 10)})`,
    )
    return
  }
  const code = randomBytes(6).toString('hex').toUpperCase()
  const expiresAt = ctx.now + 30 * DAY
  await db
    .collection('invites')
    .doc(code)
    .set({
      data: {
        code,
        role: 'manager',
        departmentCode: 'customer_service',
        name: '管理处经理',
        phone: '',
        createdBy: { openid: 'deploy', name: `npm run deploy (${ctx.env})`, role: 'manager' },
        createdAt: ctx.now,
        expiresAt,
        usedBy: null,
        usedAt: null,
      },
    })
  ctx.log(
    `first manager invite code: ${code} (valid until ${new Date(expiresAt).toISOString().slice(0, 10)}; mini-program → 我是物业工作人员，使用邀请码绑定)`,
  )
}
