/** WeChat has no print dialog: the registration form is exported as .xlsx and printed from there. */
export const canPrint = false

/** Nothing to print on WeChat (the page hides its print button). */
export function printPage(): void {}
