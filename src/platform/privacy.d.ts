/**
 * Privacy consent (issue 15). WeChat lets a mini-program use its privacy APIs (choosing photos, the
 * camera, the recorder, the clipboard …) only after the user agreed to its 《用户隐私保护指引》: on
 * WeChat our own dialog answers `onNeedPrivacyAuthorization` and the agreement goes through a button
 * with `open-type="agreePrivacyAuthorization"`; on H5 the same dialog stands in, and the answer is
 * kept in the browser.
 */

/** At launch: hands WeChat's privacy requests to our dialog (store/privacy). */
export declare function installPrivacy(): void

/**
 * Before a privacy API: asks for consent if it is still needed (the dialog).
 * @returns true when the API may be used, false when the user refused.
 */
export declare function requirePrivacy(): Promise<boolean>

/** Whether the user has agreed already (nothing left to ask). */
export declare function privacyAgreed(): Promise<boolean>

/** The agree button's platform props: WeChat's open-type and its event, or a plain tap on H5. */
export declare function agreeButtonProps(onAgreed: () => void): Record<string, unknown>

/** Opens the full 《用户隐私保护指引》: WeChat's page of it, or ours on H5. */
export declare function openPrivacyContract(): void

/** Whether WeChat has its own page of the guide to open (the mini-program), or only ours (H5). */
export declare const HAS_WECHAT_CONTRACT: boolean
