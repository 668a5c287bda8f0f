import fp from 'fastify-plugin'

/**
 * Readiness checks that other plugins register (the store, the upstream
 * token); GET /readyz runs them all. A check resolves when healthy and
 * throws with a reason when not.
 */

export type ReadinessCheck = () => Promise<void>

export interface Readiness {
  add: (name: string, check: ReadinessCheck) => void
  run: () => Promise<Array<{ name: string, ok: boolean, detail?: string }>>
}

declare module 'fastify' {
  interface FastifyInstance {
    readiness: Readiness
  }
}

const CHECK_TIMEOUT_MS = 5_000

export default fp(async (fastify) => {
  const checks = new Map<string, ReadinessCheck>()
  fastify.decorate('readiness', {
    add: (name, check) => { checks.set(name, check) },
    run: () => Promise.all([...checks].map(async ([name, check]) => {
      try {
        await withTimeout(check(), CHECK_TIMEOUT_MS)
        return { name, ok: true }
      } catch (error) {
        return { name, ok: false, detail: error instanceof Error ? error.message : String(error) }
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
