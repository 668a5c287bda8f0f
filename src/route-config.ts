import type { Scope } from './operations/types.js'

/** What routes tell the cross-cutting plugins (auth, rate limit, idempotency) through `config`. */
declare module 'fastify' {
  interface FastifyContextConfig {
    /** The scope an API key needs; absent on public routes. */
    scope?: Scope
    /** A public route limited per client IP, like unauthenticated callers of keyed routes (callbacks). */
    limitPerIp?: boolean
    /** Money-moving operation: its OpenAPI entry declares Idempotency-Key. */
    movesMoney?: boolean
    /** A resource POST or PATCH: plugins/idempotency.ts honours Idempotency-Key. */
    idempotent?: boolean
  }
}

export {}
