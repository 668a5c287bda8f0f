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

/** The bare route on `port`, answering GET /cdn/price-tiers with the JSON in `answerFile`. */
export async function startBareRoute ({ port, answerFile, nodeArgs }: { port: number, answerFile: string, nodeArgs?: string[] }): Promise<Baseline> {
  const process = startNode({ script: 'bench/baselines/bare-route.ts', env: { BENCH_PORT: String(port), BENCH_ANSWER_FILE: answerFile }, nodeArgs })
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
