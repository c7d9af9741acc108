/** The emulator's `wxacode.getUnlimited` (C5) answers as WeChat does: a PNG for a valid request, WeChat's errors otherwise. */
import { getUnlimited, linkOf } from '../../emulator/wxacode'

it('C5: a valid request answers a PNG of the H5 link to the page with the scene', async () => {
  const r = await getUnlimited({ scene: 'b3-2', page: 'pages/submit/index' }, 'http://localhost:8787/')
  expect(r).toMatchObject({ errCode: 0, contentType: 'image/png' })
  expect(r.buffer.subarray(1, 4).toString()).toBe('PNG')
  expect(linkOf('http://localhost:8787/', 'pages/submit/index', 'b3-2')).toBe('http://localhost:8787/#/pages/submit/index?scene=b3-2')
})

it('C5: a scene over 32 characters or with characters WeChat refuses is 40169; a page with a leading slash is 41030', async () => {
  await expect(getUnlimited({ scene: 'b'.repeat(33), page: 'pages/submit/index' }, 'x')).rejects.toMatchObject({ errCode: 40169 })
  await expect(getUnlimited({ scene: '3栋', page: 'pages/submit/index' }, 'x')).rejects.toMatchObject({ errCode: 40169 })
  await expect(getUnlimited({ scene: 'b3', page: '/pages/submit/index' }, 'x')).rejects.toMatchObject({ errCode: 41030 })
})
