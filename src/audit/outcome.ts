import type { GatewayError } from '../errors.js'
import type { AuditOutcome } from '../store/audit.js'

/**
 * How a write ended, for the audit log: ok (2xx), rejected (the client's or
 * the upstream's refusal, 4xx), unknown (a money move whose effect could not
 * be learnt), failed (the gateway or the upstream broke, 5xx).
 */
export function outcomeOf (status: number, problem: GatewayError | undefined): AuditOutcome {
  if (problem?.extras.outcome === 'unknown') return 'unknown'
  if (status < 400) return 'ok'
  if (status < 500) return 'rejected'
  return 'failed'
}
