import type { Scope } from './operations/types.js'

/** What routes tell the cross-cutting plugins (auth, rate limit, idempotency) through `config`. */
declare module 'fastify' {
  interface FastifyContextConfig {
    /** The scope an API key needs; absent on public routes. */
    scope?: Scope
    /** Money-moving operation: Idempotency-Key applies. */
    movesMoney?: boolean
  }
}

export {}
