import type { ConsentResult } from './types'

/**
 * Asks the user to allow the given subscription templates (at most 3). Call it as the FIRST
 * thing in a tap handler, before any await: WeChat refuses the panel otherwise.
 * Never rejects; resolves with the answer per template id (empty when nothing was asked).
 * `purpose` words the H5 stand-in dialog; WeChat's own panel shows the template titles.
 */
export declare function requestConsent(tmplIds: string[], purpose?: string): Promise<Record<string, ConsentResult>>
