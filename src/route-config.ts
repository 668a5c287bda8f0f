import type { Scope } from './operations/types.js'

/** What routes tell the cross-cutting plugins (auth, rate limit, idempotency) through `config`. */
declare module 'fastify' {
  interface FastifyContextConfig {
    /** The scope an API key needs; absent on public routes. */
    scope?: Scope
    /** Money-moving operation: its OpenAPI entry declares Idempotency-Key. */
    movesMoney?: boolean
    /** A resource POST or PATCH: plugins/idempotency.ts honours Idempotency-Key. */
    idempotent?: boolean
  }
}

export {}
