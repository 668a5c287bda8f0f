import type { ChildProcess } from 'node:child_process'
import { startNode, waitForHttp } from '../processes.js'

/**
 * The two Node baselines as every bench script starts them: the bare
 * Fastify route (bare-route.ts) and the minimal translation
 * (minimal-translation.ts), each answering once this resolves.
 */

export interface Baseline {
  process: ChildProcess
  url: string
}

/** What the bare route answers, each with the gateway's own answer on that path. */
export const BARE_ROUTE_PATHS = ['/cdn/price-tiers', '/balance'] as const

/** The file in the answers directory that holds a path's answer. */
export const answerFileOf = (path: string) => `${path.slice(1).replaceAll('/', '-')}.json`

/** The bare route on `port`, answering BARE_ROUTE_PATHS with the JSON in `answersDir` (see bench/gateway.ts, copyGatewayAnswers). */
export async function startBareRoute ({ port, answersDir, nodeArgs }: { port: number, answersDir: string, nodeArgs?: string[] }): Promise<Baseline> {
  const process = startNode({ script: 'bench/baselines/bare-route.ts', env: { BENCH_PORT: String(port), BENCH_ANSWERS_DIR: answersDir }, nodeArgs })
  const url = `http://127.0.0.1:${port}`
  await waitForHttp(`${url}/cdn/price-tiers`)
  return { process, url }
}

/** The minimal translation on `port`, calling the upstream at `upstreamUrl`. */
export async function startMinimalTranslation ({ port, upstreamUrl, nodeArgs }: { port: number, upstreamUrl: string, nodeArgs?: string[] }): Promise<Baseline> {
  const process = startNode({ script: 'bench/baselines/minimal-translation.ts', env: { BENCH_PORT: String(port), BENCH_UPSTREAM: upstreamUrl }, nodeArgs })
  const url = `http://127.0.0.1:${port}`
  await waitForHttp(`${url}/balance`)
  return { process, url }
}
