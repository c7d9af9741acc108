/** WeChat has no print dialog: the registration form is exported as .xlsx and printed from there. */
export const canPrint = false

export function printPage(): void {}
