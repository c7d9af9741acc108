/** H5 (local emulator only): the same function over HTTP; the emulator's session cookie says who calls. */
export async function send(action: string, payload: object): Promise<unknown> {
  const res = await fetch('/functions/complaint', {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ action, payload }),
  })
  // Error envelopes may come with a 4xx status; only a body that is not JSON is a transport failure.
  return res.json()
}
