import type { FunctionName } from './transport'

/** H5 (local emulator only): the same functions over HTTP; the emulator's session cookie says who calls. */
export async function send(action: string, payload: object, fn: FunctionName = 'complaint'): Promise<unknown> {
  const res = await fetch(`/functions/${fn}`, {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ action, payload }),
  })
  // Error envelopes may come with a 4xx status; only a body that is not JSON is a transport failure.
  return res.json()
}
