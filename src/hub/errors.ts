// Why a Hub look-up gave nothing, as the answer reports it.
import type { HubFailureReason } from '../core/issues.js';

export class HubLookupError extends Error {
  constructor(readonly reason: HubFailureReason, message: string) {
    super(message);
    this.name = 'HubLookupError';
  }
}

/** The Hub's answer for a repo or file: 404 missing, 401/403 gated or private, anything else down. */
export function reasonForStatus(status: number): HubFailureReason {
  if (status === 404) return 'not_found';
  return status === 401 || status === 403 ? 'gated' : 'unavailable';
}
