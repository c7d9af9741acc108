/** Connects to WeChat cloud once at start-up (weapp); nothing to do in H5, where the emulator serves. */
export declare function initCloud(): void
