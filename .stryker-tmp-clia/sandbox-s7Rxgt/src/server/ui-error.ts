// @ts-nocheck
import { ApiError } from './errors.ts';

/** An ApiError that also says, in Arabic, what went wrong and what to do (shown on the HTML page). */
export class UiError extends ApiError {
  constructor(
    status: ApiError['status'],
    code: string,
    message: string,
    readonly ar: string,
  ) {
    super(status, code, message);
  }
}
