/**
 * Issue 19 in a real browser on the H5 app: chromium's MediaRecorder with its built-in fake
 * microphone records a voice note on the filing form; it is uploaded to the voice folder, attached
 * to the complaint and played on its page. Where the browser has no MediaRecorder the control is
 * not shown and the complaint goes as text. Screenshots go to test-results/e2e/.
 */
import { U } from '../helpers/emulator'
import { allowNotifications, open, startE2E, type E2E } from './browser'

const NOW = Date.parse('2026-11-30T02:00:00Z') // Monday 10:00 in Shanghai
let e: E2E

beforeAll(async () => {
  e = await startE2E(NOW)
}, 60_000)
afterAll(async () => {
  await e?.close()
})

const idOf = (url: string) => new URL(url.replace('#/', '')).searchParams.get('id')!

it('given MediaRecorder, a resident records a voice note with the complaint and hears it on its page', async () => {
  const resident = await e.as(U.wangli)
  await open(resident, e.base, '/pages/submit/index', '.submit-contact')
  if (!(await resident.evaluate(() => typeof MediaRecorder === 'function'))) {
    // A chromium built without it: the control must then be hidden.
    expect(await resident.locator('.voice-notes__mic').count()).toBe(0)
    return
  }
  await resident.click('.category-select .chip-cleaning')
  await resident.fill('.location-input input', '3栋大堂')
  await resident.fill('.description-input textarea', '大堂地面很脏，说不清楚，录了一段语音。')
  await resident.click('.voice-notes__mic')
  // The privacy guide first (our dialog stands in for WeChat's on H5), then the microphone.
  await resident.click('.privacy-agree')
  await resident.locator('.voice-notes__stop').waitFor({ timeout: 10_000 })
  await resident.waitForTimeout(1600)
  await resident.click('.voice-notes__stop')
  await resident.locator('.voice-notes__item', { hasText: '语音 1 · 0:0' }).waitFor({ timeout: 10_000 })
  await e.shot(resident, 'resident-voice-note', true)
  await resident.click('.submit-button')
  await allowNotifications(resident)
  await resident.waitForURL(/pages\/detail\/index\?id=/, { timeout: 20_000 })
  const id = idOf(resident.url())
  const stored = await e.call(U.manager, 'complaint.get', { id })
  expect(stored.voiceNotes).toEqual([
    expect.objectContaining({
      fileID: expect.stringMatching(/\/voice\/[0-9a-f]{24}\/\d{8}\/\w+\.(webm|ogg|m4a)$/),
      durationMs: expect.any(Number),
    }),
  ])
  expect(stored.voiceNotes[0].durationMs).toBeGreaterThanOrEqual(1000)
  const audio = await resident.request.get(`${e.base}${stored.voiceNotes[0].url}`)
  expect(audio.status()).toBe(200)
  expect((await audio.body()).length).toBeGreaterThan(100)
  await resident.locator('.clip-list__voice', { hasText: '语音 1' }).waitFor({ timeout: 10_000 })
  expect(await resident.locator('.clip-list__voice .voice-notes__play').textContent()).toBe('▶ 播放')
  await e.shot(resident, 'resident-voice-detail', true)
}, 90_000)

it('given a browser without MediaRecorder, the voice control is hidden and the complaint goes as text', async () => {
  const resident = await e.as(U.chen)
  await resident.addInitScript(() => {
    delete (window as { MediaRecorder?: unknown }).MediaRecorder
  })
  await open(resident, e.base, '/pages/submit/index', '.submit-contact')
  expect(await resident.locator('.voice-notes__mic').count()).toBe(0)
  expect(await resident.locator('text=语音留言').count()).toBe(0)
  await resident.click('.category-select .chip-cleaning')
  await resident.fill('.location-input input', '5栋门口')
  await resident.fill('.description-input textarea', '门口垃圾没人清理。')
  await resident.click('.submit-button')
  await allowNotifications(resident)
  await resident.waitForURL(/pages\/detail\/index\?id=/, { timeout: 20_000 })
  expect((await e.call(U.manager, 'complaint.get', { id: idOf(resident.url()) })).voiceNotes).toEqual([])
}, 60_000)
