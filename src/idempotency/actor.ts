import type { FastifyRequest } from 'fastify'

/** Who a request acts as, for idempotency scopes and the audit log: the key's secretId, or "admin" for the admin token. */
export const ADMIN_ACTOR = 'admin'

export function actorOf (request: FastifyRequest): string {
  return request.apiKey?.secretId ?? ADMIN_ACTOR
}
