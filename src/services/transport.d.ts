/** Sends one call to the `complaint` function; resolves with its raw result envelope. */
export declare function send(action: string, payload: object): Promise<unknown>
