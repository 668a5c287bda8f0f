import type { ChildProcess } from 'node:child_process'
import { join } from 'node:path'
import { PORTS } from './ports.js'
import { startNode, waitForHttp } from './processes.js'

/** The canned answers behind a delay (bench/delayed-upstream.ts), up and answering. */
export interface SlowUpstream {
  process: ChildProcess
  url: string
  /** Calls it has answered so far, by upstream path. */
  calls: () => Promise<Record<string, number>>
}

/** `dir` is the one startCannedNginx was given: its answers are served, `delayMs` late. */
export async function startSlowUpstream (dir: string, delayMs: number): Promise<SlowUpstream> {
  const child = startNode({ script: 'bench/delayed-upstream.ts', env: { BENCH_PORT: String(PORTS.delayedUpstream), BENCH_DELAY_MS: String(delayMs), BENCH_ANSWERS_DIR: join(dir, 'answers') } })
  const url = `http://127.0.0.1:${PORTS.delayedUpstream}`
  await waitForHttp(`${url}/calls`)
  const calls = async () => await (await fetch(`${url}/calls`)).json() as Record<string, number>
  return { process: child, url, calls }
}

/**
 * For a trial of one scenario (bench/quick.ts, bench/profile.ts): the canned
 * upstream at 32 connections, or with BENCH_DELAY_MS set, the slow upstream
 * at 1,000 connections, as the full run's slow scenarios have it.
 */
export async function trialUpstream (dir: string, cannedUrl: string): Promise<{ upstreamUrl: string, connections: number }> {
  const delayMs = process.env.BENCH_DELAY_MS
  if (delayMs === undefined) return { upstreamUrl: cannedUrl, connections: 32 }
  return { upstreamUrl: (await startSlowUpstream(dir, Number(delayMs))).url, connections: 1_000 }
}
