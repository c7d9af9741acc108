/**
 * The command a company's IT person runs: `npm run deploy -- --env production --dry-run`, as the
 * README says, on the build the deploy tests staged (reused while no source changed). It prints
 * the whole plan step by step, touches no network, and exits 0.
 */
import { spawnSync } from 'node:child_process'
import { join } from 'node:path'

const root = join(__dirname, '..', '..')

it('npm run deploy -- --env production --dry-run prints the complete plan and exits 0', () => {
  const args = [
    'run',
    'deploy',
    '--',
    '--env',
    'production',
    '--dry-run',
    '--reuse-build',
    ...(process.env.DEPLOY_TEST_STAGE ? ['--stage', process.env.DEPLOY_TEST_STAGE] : []),
  ]
  const r = spawnSync('npm', args, {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, TCB_SECRET_ID: '', TCB_SECRET_KEY: '' },
    timeout: 240_000,
  })
  const out = `${r.stdout}${r.stderr}`
  expect(r.status).toBe(0)
  for (const step of ['[1/7]', '[2/7]', '[3/7]', '[4/7]', '[5/7]', '[6/7]', '[7/7]']) expect(out).toContain(step)
  for (const part of [
    'Plan (dry run: nothing below was done)',
    'complaints  rule none {"read":false,"write":false}',
    'index no (unique): no ↑',
    'function complaint',
    'function report',
    'timer trigger supervise: 0 * * * * * *',
    'openapi permissions: subscribeMessage.send, security.msgSecCheck',
    'main package',
  ])
    expect(out).toContain(part)
}, 300_000)
