/**
 * Errors the handling rules raise. Each carries a stable code for programs and a Chinese
 * message for the person using the mini-program. The function router turns them into
 * `{ ok: false, error: { code, message } }`; anything else is a bug and is rethrown.
 */
export type ErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'INVALID_INPUT'
  | 'INVALID_STATE'
  | 'CONFLICT'
  | 'GUARD_FAILED'
  /** The official calendar (the report's statistics) has no schedule for a year; deadlines never raise it (they are 暂定). */
  | 'CALENDAR_UNKNOWN_YEAR'
  | 'CONTENT_RISKY'
  | 'INVITE_INVALID'
  | 'UNKNOWN_ACTION'

export class AppError extends Error {
  /** @param code stable identifier for programs; @param message Chinese text shown to the user. */
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message)
    this.name = 'AppError'
  }
}

export const forbidden = (message = '您没有权限进行此操作') => new AppError('FORBIDDEN', message)
export const notFound = (message = '投诉不存在或您无权查看') => new AppError('NOT_FOUND', message)
export const invalidInput = (message: string, details?: Record<string, unknown>) => new AppError('INVALID_INPUT', message, details)
export const invalidState = (message: string) => new AppError('INVALID_STATE', message)
export const conflict = (message = '该投诉刚刚被他人处理，请刷新后重试') => new AppError('CONFLICT', message)
export const guardFailed = (message: string) => new AppError('GUARD_FAILED', message)

export function isAppError(e: unknown): e is AppError {
  return e instanceof Error && (e as AppError).name === 'AppError' && typeof (e as AppError).code === 'string'
}
