/** H5: the browser's file picker, the file as a blob: URL the upload reads. */
export function pickSpreadsheet(): Promise<string | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input')
    input.type = 'file'
    input.accept = '.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
    input.onchange = () => {
      const f = input.files?.[0]
      resolve(f ? URL.createObjectURL(f) : null)
    }
    input.click()
  })
}
