/** Whether this platform can print the page (H5 in a browser); the mini-program exports instead. */
export declare const canPrint: boolean

/** Opens the browser's print dialog for the current page (print CSS hides navigation and toolbars). */
export declare function printPage(): void
