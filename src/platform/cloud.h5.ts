/** H5 talks to the local emulator over HTTP; there is no cloud SDK to set up. */
export function initCloud(): void {}
