/**
 * Issue 19: WeChat's simultaneous-interpretation plugin (同声传译, WechatSI) in the compiled WeChat
 * build. WeChat lets a plugin used by one subpackage be declared in that subpackage only; then only
 * that subpackage's pages may load it and it is downloaded with them, not at launch. These tests
 * read the build's app.json and its code, and run the dictation page and the filing form with
 * WeChat's `requirePlugin` stubbed: the plugin is loaded by the dictation page and nowhere else,
 * and a plugin that fails to load is said in Chinese.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { launchWeapp, WEAPP_DIST, type WeappApp } from '../helpers/weapp-harness'

const RESIDENT = 'demo-resident-01'
const WECHAT_SI = 'wx069ba97219f66d99'

/** Every .js file of the build, relative to its root. */
function scripts(dir = WEAPP_DIST): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name)
    if (e.isDirectory()) return scripts(path)
    return e.name.endsWith('.js') ? [relative(WEAPP_DIST, path)] : []
  })
}

describe('the plugin declaration in the build', () => {
  const appJson = () => JSON.parse(readFileSync(join(WEAPP_DIST, 'app.json'), 'utf8'))

  it('given the app config, WechatSI is declared in the pkg-voice subpackage only, not for the whole app', () => {
    const app = appJson()
    expect(app.plugins).toBeUndefined()
    const withPlugins = app.subPackages.filter((p: { plugins?: unknown }) => p.plugins)
    expect(withPlugins).toEqual([
      {
        root: 'pkg-voice',
        pages: ['dictate/index'],
        plugins: { WechatSI: { version: expect.stringMatching(/^\d+\.\d+\.\d+$/), provider: WECHAT_SI } },
      },
    ])
  })

  it('given the compiled code, only files of pkg-voice call requirePlugin, and they do', () => {
    const calling = scripts().filter((f) => /\brequirePlugin\s*\(/.test(readFileSync(join(WEAPP_DIST, f), 'utf8')))
    expect(calling.length).toBeGreaterThan(0)
    expect(calling.filter((f) => !f.startsWith('pkg-voice/'))).toEqual([])
  })
})

describe('loading the plugin at run time', () => {
  let app: WeappApp
  const loaded: string[] = []
  const g = globalThis as any
  const manager = { start: jest.fn(), stop: jest.fn(), onRecognize: null, onStop: null, onError: null } as any

  beforeAll(async () => {
    g.requirePlugin = (name: string) => {
      loaded.push(name)
      if (name !== 'WechatSI') throw new Error(`plugin ${name} is not declared`)
      return { getRecordRecognitionManager: () => manager }
    }
    app = await launchWeapp({ openid: RESIDENT })
  })
  afterAll(() => {
    app?.close()
    delete g.requirePlugin
  })

  it('given the filing form, no plugin is loaded; its dictation button opens the pkg-voice page', async () => {
    const page = await app.open('pages/submit/index')
    await page.waitForText('投诉人')
    expect(loaded).toEqual([])
    await page.tap('dictate-button')
    await page.waitFor(() => app.wx.navigations.find((n) => n.url === '/pkg-voice/dictate/index'), 'the dictation page')
    expect(loaded).toEqual([])
    page.close()
  })

  it('given the dictation page, tapping the microphone loads WechatSI and hands the recognised text over', async () => {
    const page = await app.open('pkg-voice/dictate/index')
    await page.waitForText('点击开始说话')
    await page.tap('dictate-mic')
    expect(loaded).toEqual(['WechatSI'])
    expect(manager.start).toHaveBeenCalledWith({ duration: 60_000, lang: 'zh_CN' })
    manager.onRecognize({ result: '电梯' })
    await page.waitForText('电梯')
    manager.onStop({ result: '电梯坏了' })
    await page.waitFor(() => page.find('dictate-keep'), 'the keep button')
    page.close()
  })

  it('given the plugin failing to load, the page says so in Chinese and offers typing instead', async () => {
    const working = g.requirePlugin
    g.requirePlugin = () => {
      throw new Error('plugin not found')
    }
    try {
      const page = await app.open('pkg-voice/dictate/index')
      await page.waitForText('点击开始说话')
      await page.tap('dictate-mic')
      await page.waitForText('语音识别暂不可用，请直接输入文字')
      expect(page.find('dictate-back')).not.toBeNull()
      page.close()
    } finally {
      g.requirePlugin = working
    }
  })
})
