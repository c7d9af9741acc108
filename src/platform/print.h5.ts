import './print.scss'

/** A browser can print. */
export const canPrint = true

/** H5: the browser's own print dialog; print.scss hides the app's bars and shapes the sheet. */
export function printPage(): void {
  window.print()
}
