/**
 * The emulator's own pages (not part of the mini-program): choose a demo identity, see the
 * WeChat notifications that would have been delivered, and a small toolbar injected into the
 * H5 app. Plain HTML; every page says it is a local development tool.
 */
import type { DemoAccount } from '../demo-accounts'
import type { RecordedMessage } from '../recorder'
import type { RobotMessage } from '../wecom'
import { CUSTOMER_SERVICE, departmentName, type Department } from '@shared/departments'
import { ROLES } from '@shared/vocabulary'
import messages from '../../config/messages.json'

/** What each logical value of a template means, for people reading the recorded messages. */
const VALUE_LABELS: Record<string, string> = {
  no: '投诉编号',
  subject: '投诉事项',
  status: '状态',
  time: '时间',
  note: '备注',
  deadline: '期限',
  result: '处理结果',
}

/** `thing2` → `投诉事项`, through config/messages.json's field mapping of the template. */
function fieldLabel(templateTitle: string, key: string): string {
  const t = Object.values(messages.templates).find((x) => x.title === templateTitle) as { fields: Record<string, string> } | undefined
  const logical = t && Object.entries(t.fields).find(([, k]) => k === key)?.[0]
  return logical ? `${VALUE_LABELS[logical] ?? logical}（${key}）` : key
}

const esc = (s: unknown) => String(s ?? '').replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)

const STYLE = `body{font-family:-apple-system,"PingFang SC","Microsoft YaHei",sans-serif;margin:0;background:#f5f6f8;color:#1f2329}
header{background:#1f6feb;color:#fff;padding:16px 20px}header h1{margin:0;font-size:18px}header p{margin:6px 0 0;font-size:13px;opacity:.9}
.estate-title{font-size:17px;color:#1f2329;margin:24px 4px 4px;padding-top:12px;border-top:2px solid #d0d7e2}h3{font-size:14px;color:#646a73;margin:12px 4px 6px}
main{max-width:760px;margin:0 auto;padding:12px}h2{font-size:15px;color:#646a73;margin:18px 4px 8px}
.card{background:#fff;border-radius:10px;padding:12px 14px;margin:8px 0;box-shadow:0 1px 2px rgba(0,0,0,.05)}
.row{display:flex;align-items:center;justify-content:space-between;gap:12px}.muted{color:#8f959e;font-size:12px}
button{background:#1f6feb;color:#fff;border:0;border-radius:6px;padding:8px 14px;font-size:14px;cursor:pointer;white-space:nowrap;flex:none}
.tag{display:inline-block;font-size:12px;padding:1px 6px;border-radius:4px;background:#e8f0fe;color:#1f6feb;margin-left:6px}
.warn{background:#fff4e5;color:#a15c00;padding:8px 12px;border-radius:8px;font-size:13px}dl{margin:6px 0 0;display:grid;grid-template-columns:max-content 1fr;gap:2px 10px;font-size:13px}dt{color:#8f959e}dd{margin:0}
a{color:#1f6feb}`

/**
 * Issue 16: a demo account with the estate it belongs to ('' or absent for the company's own roles —
 * company administrator, quality department — and for a seed without estates).
 */
type LoginAccount = Omit<DemoAccount, 'estate' | 'estateName'> & { estate?: string; estateName?: string; companyRole?: string }

/** The account's estate, code and name, or undefined. */
function estateOf(a: LoginAccount): { code: string; name: string } | undefined {
  return a.estate ? { code: a.estate, name: a.estateName || a.estate } : undefined
}

/** One estate's accounts in the groups staff recognise: residents, customer service, departments, the manager. */
function roleGroups(accounts: LoginAccount[], departments: readonly Department[]): [string, LoginAccount[]][] {
  return [
    ['业主 / 住户', accounts.filter((a) => a.role === 'resident')],
    [
      departmentName(departments, CUSTOMER_SERVICE),
      accounts.filter((a) => a.role !== 'resident' && a.departmentCode === CUSTOMER_SERVICE && a.role !== 'manager'),
    ],
    [
      '各部门承办人与主管',
      accounts.filter((a) => (a.role === 'handler' || a.role === 'supervisor') && a.departmentCode !== CUSTOMER_SERVICE),
    ],
    ['管理处经理', accounts.filter((a) => a.role === 'manager')],
  ]
}

const COMPANY_ROLES: Record<string, string> = { admin: '公司管理员', quality: '品质部' }

/** A demo account's card: name, role, department or company role, room and what to try with it. */
function accountCard(a: LoginAccount, departments: readonly Department[]): string {
  const tags = [
    a.companyRole ? (COMPANY_ROLES[a.companyRole] ?? a.companyRole) : ROLES[a.role],
    a.departmentCode && a.role !== 'resident' && !a.companyRole ? departmentName(departments, a.departmentCode) : '',
  ].filter(Boolean)
  return `<form class="card row" method="post" action="/__emu/login"><div><b>${esc(a.name)}</b>${tags.map((t) => `<span class="tag">${esc(t)}</span>`).join('')}
    <div class="muted">${esc(a.room ?? '')} ${esc(a.hint)}</div></div>
    <input type="hidden" name="openid" value="${esc(a.openid)}"><button class="login-as" data-openid="${esc(a.openid)}">以此身份进入</button></form>`
}

/** One set of role groups (h2, or h3 inside an estate), empty groups left out. */
function groupsHtml(accounts: LoginAccount[], departments: readonly Department[], heading: 'h2' | 'h3'): string {
  return roleGroups(accounts, departments)
    .filter(([, list]) => list.length)
    .map(([title, list]) => `<${heading}>${esc(title)}</${heading}>${list.map((a) => accountCard(a, departments)).join('')}`)
    .join('')
}

/**
 * The accounts by estate (issue 16), each estate's in its role groups, the company's own roles
 * first; without estates on the accounts (a single-estate seed), the role groups alone.
 */
function accountsHtml(accounts: LoginAccount[], departments: readonly Department[]): string {
  if (!accounts.some((a) => a.estate)) return groupsHtml(accounts, departments, 'h2')
  const company = accounts.filter((a) => a.companyRole && !a.estate)
  const byEstate = new Map<string, { name: string; list: LoginAccount[] }>()
  const unplaced: LoginAccount[] = []
  for (const a of accounts) {
    const e = estateOf(a)
    if (e) (byEstate.get(e.code) ?? byEstate.set(e.code, { name: e.name, list: [] }).get(e.code)!).list.push(a)
    else if (!company.includes(a)) unplaced.push(a)
  }
  const section = (title: string, code: string, body: string) =>
    `<section class="estate-group" data-estate="${esc(code)}"><h2 class="estate-title">${esc(title)}</h2>${body}</section>`
  return [
    company.length ? section('公司', '', company.map((a) => accountCard(a, departments)).join('')) : '',
    ...[...byEstate].map(([code, e]) => section(e.name, code, groupsHtml(e.list, departments, 'h3'))),
    unplaced.length ? section('未加入小区', '', groupsHtml(unplaced, departments, 'h3')) : '',
  ].join('')
}

/**
 * The dev-login page: pick a demo account (or a brand-new WeChat user) to act as, grouped by estate
 * when the seed has several (issue 16); departments named as settings name them.
 */
export function loginPage(accounts: LoginAccount[], departments: readonly Department[]): string {
  return `<!doctype html><html lang="zh-CN"><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>选择身份 · 本地模拟器</title><style>${STYLE}</style>
<header><h1>选择身份（本地模拟器）</h1><p>仅用于本地开发与演示：在微信中，身份来自微信登录，生产环境没有此页面。</p></header><main>
<p class="warn">每个身份对应一个模拟的微信 OPENID。切换身份后，小程序只显示该身份有权看到的内容。</p>
${accountsHtml(accounts, departments)}
<h2>新用户</h2><form class="card row" method="post" action="/__emu/login"><div><b>新的微信用户</b><div class="muted">首次使用：扫描小区二维码或选择小区后填写个人信息，或用经理发的邀请码绑定员工身份</div></div><input type="hidden" name="openid" value="new"><button>进入</button></form>
<p class="muted"><a href="/__emu/notifications?all=1">查看全部已发送的微信通知</a> · <a href="/__emu/alerts">企业微信应用消息与短信</a></p></main></html>`
}

/** Recorded subscription messages and WeCom group-robot posts, newest first. */
export function notificationsPage(list: RecordedMessage[], accounts: DemoAccount[], mine: boolean, groups: RobotMessage[] = []): string {
  const nameOf = (openid: string) => accounts.find((a) => a.openid === openid)?.name ?? openid
  const items = [...list].reverse().map(
    (
      m,
    ) => `<div class="card message" data-touser="${esc(m.touser)}"><div class="row"><b>${esc(m.title)}</b><span class="muted">${new Date(m.at).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai' })}</span></div>
    <div class="muted">发给 ${esc(nameOf(m.touser))} · 打开 ${esc(m.page)} · ${esc(m.miniprogramState)}</div>
    <dl>${Object.entries(m.data)
      .map(([k, v]) => `<dt>${esc(fieldLabel(m.title, k))}</dt><dd>${esc(v.value)}</dd>`)
      .join('')}</dl></div>`,
  )
  return `<!doctype html><html lang="zh-CN"><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>微信通知 · 本地模拟器</title><style>${STYLE}</style>
<header><h1>微信通知（订阅消息）</h1><p>本地模拟器记录的、在微信中会送达的订阅消息。${mine ? '仅显示当前身份收到的。' : '全部用户。'}</p></header><main>
<p class="muted"><a href="/">返回小程序</a> · ${mine ? '<a href="/__emu/notifications?all=1">查看全部</a>' : '<a href="/__emu/notifications">只看我的</a>'} · <a href="/__emu/alerts">紧急告警（企业微信应用消息、短信）</a></p>
${items.join('') || '<div class="card muted">还没有通知。</div>'}
${
  groups.length
    ? `<h2>企业微信群机器人（员工群，${groups.length} 条）</h2>${[...groups]
        .reverse()
        .map(
          (g) =>
            `<div class="card wecom"><div class="row"><span class="muted">机器人 ••••${esc(g.key.slice(-4))}</span><span class="muted">${new Date(g.at).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai' })}</span></div><pre style="white-space:pre-wrap;font:13px/1.6 inherit;margin:6px 0 0">${esc(g.content.replace(/<[^>]+>/g, ''))}</pre></div>`,
        )
        .join('')}`
    : ''
}</main></html>`
}

/**
 * The tab the emulator injects into the H5 app: a small capsule in the navigation bar's empty
 * right end (where WeChat draws its own menu capsule), so it never covers the page's content; it
 * opens who you are, switch, notifications.
 */
export { STYLE, esc }

export const OVERLAY_JS = `(function(){
  var tab=document.createElement('div');tab.id='emu-bar';
  tab.style.cssText='position:fixed;right:8px;top:8px;z-index:99999;font:12px/1.3 -apple-system,sans-serif;text-align:right';
  var handle=document.createElement('div');
  handle.style.cssText='display:inline-flex;align-items:center;gap:4px;height:24px;padding:0 10px;border-radius:12px;background:rgba(31,35,41,.55);color:#fff;font-size:12px;cursor:pointer';
  var panel=document.createElement('div');
  panel.style.cssText='display:none;margin-top:6px;background:rgba(31,35,41,.92);color:#fff;padding:8px 12px;border-radius:8px;line-height:2;text-align:left';
  tab.appendChild(handle);tab.appendChild(panel);document.body.appendChild(tab);
  handle.onclick=function(){panel.style.display=panel.style.display==='none'?'block':'none'};
  function render(me,count){
    handle.innerHTML='模拟器'+(count?'<span title="'+count+' 条微信通知" style="min-width:16px;padding:0 4px;text-align:center;background:#fa2c19;border-radius:8px;font-size:11px;line-height:16px">'+count+'</span>':'');
    panel.innerHTML='<div>当前：'+(me.name||'未登录')+'</div><div><a style="color:#8cb4ff" href="/__emu/login">切换身份</a></div><div><a style="color:#8cb4ff" href="/__emu/notifications" target="_blank">微信通知'+(count?'（'+count+'）':'')+'</a></div><div><a style="color:#8cb4ff" href="/__emu/alerts" target="_blank">企业微信与短信</a></div><div style="opacity:.7">仅用于本地演示</div>';
  }
  function refresh(){Promise.all([fetch('/__emu/whoami').then(function(r){return r.json()}),fetch('/__emu/notifications.json').then(function(r){return r.json()})]).then(function(a){render(a[0],a[1].length)}).catch(function(){});}
  refresh();setInterval(refresh,5000);
})();`
