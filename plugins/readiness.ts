import fp from 'fastify-plugin'

/**
 * Readiness checks that other plugins register (the store, the upstream
 * token); GET /readyz runs them all. A check resolves when healthy and
 * throws with a reason when not. An `optional` check (Redis) failing leaves
 * the gateway ready but degraded: it still serves, alone.
 */

export type ReadinessCheck = () => Promise<void>

export interface CheckResult {
  name: string
  ok: boolean
  detail?: string
  optional?: true
}

export interface Readiness {
  add: (name: string, check: ReadinessCheck, options?: { optional?: boolean }) => void
  run: () => Promise<CheckResult[]>
}

declare module 'fastify' {
  interface FastifyInstance {
    readiness: Readiness
  }
}

const CHECK_TIMEOUT_MS = 5_000

export default fp(async (fastify) => {
  const checks = new Map<string, { check: ReadinessCheck, optional: boolean }>()
  fastify.decorate('readiness', {
    add: (name, check, options) => { checks.set(name, { check, optional: options?.optional === true }) },
    run: () => Promise.all([...checks].map(async ([name, { check, optional }]): Promise<CheckResult> => {
      const kind = optional ? { optional: true as const } : {}
      try {
        await withTimeout(check(), CHECK_TIMEOUT_MS)
        return { name, ok: true, ...kind }
      } catch (error) {
        return { name, ok: false, detail: error instanceof Error ? error.message : String(error), ...kind }
      }
    })),
  })
}, { name: 'readiness' })

async function withTimeout (work: Promise<void>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<never>((_resolve, reject) => { timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms) })
  try {
    await Promise.race([work, timeout])
  } finally {
    clearTimeout(timer)
  }
}
