/**
 * Issue 12, the edge's pure parts: one normaliser for free text (what is stored and counted), and
 * the names of uploaded files with the rule of whose file a field may take.
 */
import fc from 'fast-check'
import { attachmentProblem, attachmentsProblem } from '../../cloudfunctions/complaint/domain/attachments'
import { cleanText, textLength } from '@shared/text'
import { parseFileId, parseUploadPath, uploadPath } from '@shared/uploads'

describe('cleanText: what a typed text is stored as', () => {
  it.each([
    ['NUL only', '\u0000\u0000\u0000', ''],
    ['zero-width spaces only', '\u200B\u200B\uFEFF', ''],
    ['bidi controls only', '\u202E\u202D\u2066\u2069\u200E\u200F', ''],
    ['Hangul fillers and the Braille blank', '\u3164\uFFA0\u2800', ''],
    ['full-width spaces around', '\u3000电梯坏了\u3000', '电梯坏了'],
    ['a zero-width space inside a word', '电\u200B梯', '电梯'],
    ['a right-to-left override inside', '3栋\u202E大堂', '3栋大堂'],
    ['control characters inside', 'a\u0007b\u001Bc\u007Fd', 'abcd'],
    ['decomposed accents', 'Cafe\u0301', 'Café'],
    ['an accent kept apart from its letter by a zero-width space', 'Cafe\u200B\u0301', 'Café'],
  ])('given %s, it keeps only the visible text', (_what, typed, stored) => {
    expect(cleanText(typed)).toBe(stored)
    expect(cleanText(typed, { multiline: true })).toBe(stored)
  })

  it('given line breaks, it keeps them in multi-line text and reads them as spaces in one-line text', () => {
    expect(cleanText('第一行\r\n第二行\r第三行\u2028', { multiline: true })).toBe('第一行\n第二行\n第三行')
    expect(cleanText('王\n丽\t')).toBe('王 丽')
  })

  it('given emoji, it keeps them whole (joined sequences too) and counts each as one character', () => {
    expect(cleanText('👩\u200D🔧 修好了 👍🏽')).toBe('👩\u200D🔧 修好了 👍🏽')
    expect(textLength('漏水💧')).toBe(3)
    expect(cleanText('a\u200Db')).toBe('ab')
  })

  it('given any string, cleaning twice changes nothing, and nothing invisible is left at either end', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), fc.boolean(), (typed, multiline) => {
        const once = cleanText(typed, { multiline })
        expect(cleanText(once, { multiline })).toBe(once)
        expect(once).toBe(once.trim())
        expect([...once].filter((ch) => (ch < ' ' && ch !== '\n') || '\u007F\u200B\u202E\uFEFF'.includes(ch))).toEqual([])
        if (!multiline) expect(once).not.toContain('\n')
      }),
      { seed: 12, numRuns: 500 },
    )
  })
})

describe('upload paths: <folder>/<fileKey>/<yyyymmdd>/<uploadId>.<ext>', () => {
  const key = '0123456789abcdef01234567'
  const other = 'fedcba9876543210fedcba98'
  const id = (path: string, env = 'local-emulator') => `cloud://${env}.emulator-bucket/${path}`

  it('given the parts, it names the path and takes it apart again', () => {
    const path = uploadPath('complaints', key, '20261130', 'k3x9a0b1c2', 'JPG')
    expect(path).toBe(`complaints/${key}/20261130/k3x9a0b1c2.jpg`)
    expect(parseUploadPath(path)).toEqual({ folder: 'complaints', fileKey: key, day: '20261130', uploadId: 'k3x9a0b1c2', ext: 'jpg' })
    expect(parseFileId(id(path))).toMatchObject({ env: 'local-emulator', folder: 'complaints', fileKey: key })
  })

  it.each([
    ['javascript:alert(1)'],
    ['https://evil.example/a.jpg'],
    ['wxfile://tmp_abc.jpg'],
    ['cloud://local-emulator.emulator-bucket/complaints/20261130/a.jpg'],
    [`cloud://local-emulator.emulator-bucket/complaints/${key}/20261130/../../x.jpg`],
    [`cloud://local-emulator.emulator-bucket/complaints/${key}/20261130/abcdefgh.exe`],
    [`cloud://local-emulator.emulator-bucket/complaints/${key}/20261130/abcdefgh.pdf`],
    [`cloud://local-emulator.emulator-bucket/exports/${key}/20261130/abcdefgh.xlsx`],
  ])('given %s, it is no upload the mini-program makes', (fileID) => {
    expect(parseFileId(fileID)).toBeNull()
  })

  it("given the field's folder and the caller, it takes only the caller's own uploads of this environment", () => {
    const by = { env: 'local-emulator', fileKey: key }
    const photo = { folder: 'complaints', label: '照片' } as const
    expect(attachmentProblem(id(uploadPath('complaints', key, '20261130', 'abcdefgh', 'jpg')), photo, by)).toBeNull()
    expect(attachmentProblem(id(uploadPath('complaints', other, '20261130', 'abcdefgh', 'jpg')), photo, by)).toBe(
      '只能使用您本人上传的照片，请重新上传',
    )
    expect(attachmentProblem(id(uploadPath('complaints', key, '20261130', 'abcdefgh', 'jpg'), 'prod-env'), photo, by)).toBe(
      '照片无效，请重新上传',
    )
    expect(attachmentProblem(id(uploadPath('evidence', key, '20261130', 'abcdefgh', 'jpg')), photo, by)).toBe(
      '照片应上传到“投诉照片”，请重新上传',
    )
    expect(attachmentProblem('javascript:alert(1)', photo, by)).toBe('照片无效，请重新上传')
    const evidence = { ids: [id(uploadPath('evidence', key, '20261130', 'abcdefgh', 'pdf'))], folder: 'evidence', label: '附件' } as const
    expect(attachmentsProblem([evidence, { ids: [], folder: 'signatures', label: '签字图片' }], by)).toBeNull()
  })
})
