/** Cloud functions the mini-program calls: workflow (`complaint`), statistics (`report`) and .xlsx exports (`export`). */
export type FunctionName = 'complaint' | 'report' | 'export' | 'households'

/** Sends one call to a cloud function (default `complaint`); resolves with its raw result envelope. */
export declare function send(action: string, payload: object, fn?: FunctionName): Promise<unknown>
