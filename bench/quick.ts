import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startBareRoute, startMinimalTranslation } from './baselines/start.js'
import { copyGatewayAnswers, startGateway } from './gateway.js'
import { startCannedNginx } from './nginx.js'
import { PORTS } from './ports.js'
import { cpuSeconds, stopAll } from './processes.js'
import { LOADS as PROFILED_LOADS } from './profiler.js'
import { trialUpstream } from './slow-upstream.js'
import { runWrk, writeScripts } from './wrk.js'

/**
 * One scenario of `npm run bench`, the gateway against its one baseline,
 * in a minute: for trying a change to the hot path before the full run.
 * Besides requests/s it prints the CPU time each server spent per request
 * (from /proc), which a busy machine disturbs far less than throughput.
 * Run `npm run build` first (the gateway runs from dist/).
 *
 *   npx tsx bench/quick.ts memory|identical|distinct [rounds] [seconds]
 *
 * BENCH_LOG_LEVEL=warn runs the gateway at another LOG_LEVEL, to see what logging costs.
 * BENCH_DELAY_MS=50 puts the slow upstream (bench/delayed-upstream.ts) behind
 * both servers and opens 1,000 connections, as the full run's slow scenarios do.
 */

// The profiler's loads, but identical reads against nginx, as their target is.
const LOADS = { ...PROFILED_LOADS, identical: { ...PROFILED_LOADS.identical, baseline: 'nginx' } } as const

async function main (): Promise<void> {
  const loadName = (process.argv[2] ?? 'distinct') as keyof typeof LOADS
  const load = LOADS[loadName]
  if (load === undefined) throw new Error(`unknown load ${loadName}: memory, identical or distinct`)
  const rounds = Number(process.argv[3] ?? 3)
  const seconds = Number(process.argv[4] ?? 5)
  const dir = mkdtempSync(join(tmpdir(), 'gateway-quick-'))
  try {
    const nginx = await startCannedNginx(dir)
    const { upstreamUrl, connections } = await trialUpstream(dir, nginx.upstreamUrl)
    const logLevel = process.env.BENCH_LOG_LEVEL
    const gateway = await startGateway({ port: PORTS.gateway, upstreamUrl, dir: join(dir, 'main'), env: logLevel === undefined ? {} : { LOG_LEVEL: logLevel } })
    let baselineUrl = nginx.translationUrl
    let baselineProcess = nginx.process
    if (load.baseline === 'bare') {
      const bare = await startBareRoute({ port: PORTS.bareRoute, answersDir: await copyGatewayAnswers(gateway, join(dir, 'gateway-answers')) })
      baselineProcess = bare.process
      baselineUrl = bare.url
    } else if (load.baseline === 'node') {
      const minimal = await startMinimalTranslation({ port: PORTS.minimalTranslation, upstreamUrl })
      baselineProcess = minimal.process
      baselineUrl = minimal.url
    }
    const script = load.random ? writeScripts(dir).randomPages : undefined
    const servers = [['baseline', baselineUrl, {}, baselineProcess], ['gateway', gateway.url, gateway.headers, gateway.process]] as const
    for (const [, url, headers] of servers) await runWrk({ url: url + load.path, connections, seconds: 2, headers, script })
    const best = { baseline: 0, gateway: 0 }
    const cpu = { baseline: Infinity, gateway: Infinity }
    for (let round = 0; round < rounds; round++) {
      for (const [name, url, headers, child] of servers) {
        const before = cpuSeconds(child)
        const result = await runWrk({ url: url + load.path, connections, seconds, headers, script })
        const microsPerRequest = 1e6 * (cpuSeconds(child) - before) / result.requests
        process.stdout.write(`${loadName} round ${round + 1} ${name}: ${result.requestsPerSecond.toFixed(0)} req/s, p99 ${result.p99Ms.toFixed(2)} ms, ${microsPerRequest.toFixed(0)} µs CPU per request, ${result.errors} errors\n`)
        best[name] = Math.max(best[name], result.requestsPerSecond)
        cpu[name] = Math.min(cpu[name], microsPerRequest)
      }
    }
    // nginx's master is the process started; its worker, which serves, is not measured.
    const cpuComparison = load.baseline === 'nginx' ? `CPU per request ${cpu.gateway.toFixed(0)} µs (nginx's not measured)` : `CPU per request ${cpu.gateway.toFixed(0)} / ${cpu.baseline.toFixed(0)} µs = ${(cpu.baseline / cpu.gateway).toFixed(2)}× as cheap`
    process.stdout.write(`${loadName}: gateway ${best.gateway.toFixed(0)} / ${load.baseline} ${best.baseline.toFixed(0)} req/s = ${(best.gateway / best.baseline).toFixed(2)}×; ${cpuComparison}\n`)
  } finally {
    await stopAll()
    rmSync(dir, { recursive: true, force: true })
  }
}

await main()
