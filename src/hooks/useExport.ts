import { useState } from 'react'
import { openExport } from '@/platform/files'
import type { ExportFile } from '@/services/report'
import { toast, toastError } from '@/utils/ui'

/**
 * Runs an .xlsx export and opens the file (platform/files): `busy` disables the button meanwhile,
 * and a server refusal (e.g. too many rows) is shown in its own words.
 */
export function useExport() {
  const [busy, setBusy] = useState(false)
  const run = async (make: () => Promise<ExportFile>) => {
    if (busy) return
    setBusy(true)
    try {
      const file = await make()
      toast(file.rows !== undefined ? `已生成 ${file.rows} 条记录` : '已生成文件', 'success')
      await openExport(file)
    } catch (e) {
      toastError(e)
    } finally {
      setBusy(false)
    }
  }
  return { busy, run }
}
