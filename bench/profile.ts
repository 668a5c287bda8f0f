import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startCannedNginx } from './nginx.js'
import { stopAll } from './processes.js'
import { comparedByPlace, LOADS, profileScenario, topSelfTime, topTotalTimeOfOwnCode, type Load } from './profiler.js'
import { trialUpstream } from './slow-upstream.js'
import { writeScripts } from './wrk.js'

/**
 * Where the gateway's time goes on one load, and how it compares with the
 * scenario's Node baseline (the bare route for memory-served reads, the
 * minimal translation for the others): each runs under `node --cpu-prof`
 * against the canned upstream, and only the samples taken while the
 * measured load ran count (not start-up, warm-up or schema compilation).
 * Prints the gateway's functions with the most self time, its own functions
 * with what they call, and both servers' CPU per request by place (a
 * package, a file of the gateway, a part of Node), side by side. The
 * .cpuprofile files are kept for a flame graph (Chrome DevTools, speedscope)
 * when BENCH_PROFILE_DIR is set.
 *
 *   npm run build && npx tsx bench/profile.ts memory|identical|distinct [seconds]
 *
 * BENCH_DELAY_MS=50 profiles behind the slow upstream with 1,000 connections.
 */

async function main (): Promise<void> {
  const loadName = (process.argv[2] ?? 'distinct') as keyof typeof LOADS
  const load = LOADS[loadName] as Load | undefined
  if (load === undefined) throw new Error(`unknown load ${loadName}: memory, identical or distinct`)
  const seconds = Number(process.argv[3] ?? 8)
  const dir = mkdtempSync(join(tmpdir(), 'gateway-profile-'))
  const profileDir = process.env.BENCH_PROFILE_DIR ?? join(dir, 'profiles')
  try {
    const nginx = await startCannedNginx(dir)
    const { upstreamUrl, connections } = await trialUpstream(dir, nginx.upstreamUrl)
    const { gateway: ours, baseline: theirs, baselineName } = await profileScenario({
      load,
      upstreamUrl,
      dir,
      profileDir,
      seconds,
      connections,
      randomPages: writeScripts(dir).randomPages,
    })

    const total = ours.profile.nodes.reduce((sum, node) => sum + (node.hitCount ?? 0), 0)
    process.stdout.write(`${loadName}: the gateway ${ours.requestsPerSecond.toFixed(0)} req/s, ${baselineName} ${theirs.requestsPerSecond.toFixed(0)} req/s, both under the profiler\n`)
    process.stdout.write(`\nthe gateway's top self time:\n${topSelfTime(ours.profile, total, 30).join('\n')}\n`)
    process.stdout.write(`\nthe gateway's own functions, with what they call:\n${topTotalTimeOfOwnCode(ours.profile, total, 40).join('\n')}\n`)
    process.stdout.write(`\nCPU per request by place, ${baselineName} and the gateway:\n${comparedByPlace(theirs, ours, 25).join('\n')}\n`)
  } finally {
    await stopAll()
    rmSync(dir, { recursive: true, force: true })
  }
}

await main()
