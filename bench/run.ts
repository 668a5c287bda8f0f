import { spawnSync, type ChildProcess } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Pool } from 'undici'
import { startBareRoute, startMinimalTranslation } from './baselines/start.js'
import { copyGatewayAnswers, startGateway, type Gateway } from './gateway.js'
import { describeMachine } from './machine.js'
import { startCannedNginx } from './nginx.js'
import { PORTS } from './ports.js'
import { cpuSeconds, rssMiB, sleep, stop, stopAll } from './processes.js'
import { median, renderReport, updateReadme, writeResults, type Baseline, type Row, type Target } from './report.js'
import { busyMicrosPerRequest, comparedByPlace, LOADS, profileScenario, type Load as ProfiledLoad } from './profiler.js'
import { startSlowUpstream, type SlowUpstream } from './slow-upstream.js'
import { runWrk, writeScripts, type WrkResult } from './wrk.js'

/**
 * `npm run bench`: the gateway against its baselines in one run, on one
 * machine, against one canned upstream (see the README, "Benchmark").
 *
 *   npm run bench                  about 7 minutes (3 of them profiling the targets it misses)
 *   npm run bench -- --soak        adds the 1M-request soak (a few more minutes)
 *   npm run bench -- --soak-only   the soak alone, printed (nothing written)
 *   BENCH_SECONDS=20 BENCH_ROUNDS=2 npm run bench
 *   BENCH_SECONDS=1 BENCH_ROUNDS=1 BENCH_SOAK_REQUESTS=20000 npm run bench -- --soak   a trial of the harness
 */

const SECONDS = Number(process.env.BENCH_SECONDS ?? 5)
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 2)
const CONNECTIONS = 32
const MANY_CONNECTIONS = 1_000
const UPSTREAM_DELAY_MS = 50
const BURST_REQUESTS = 10_000
// BENCH_SOAK_REQUESTS shortens the soak for a trial of the harness; RSS is compared from its tenth on.
const SOAK_LAST = Number(process.env.BENCH_SOAK_REQUESTS ?? 1_000_000)
const SOAK_FIRST = SOAK_LAST / 10
const SOAK_STEP_SECONDS = 10
const SOAK = process.argv.includes('--soak')
const SOAK_ONLY = process.argv.includes('--soak-only')

interface Server {
  name: string
  process: ChildProcess
  url: string
  headers?: Record<string, string>
  /** False where the process started is not the one that serves (nginx's master forks its worker). */
  cpuMeasured?: boolean
}

interface Load {
  scenario: string
  path: string
  script?: string
  connections: number
}

function requireTool (name: string): void {
  if (spawnSync('sh', ['-c', `command -v ${name}`]).status !== 0) {
    process.stderr.write(`${name} is not installed: apt-get install -y nginx-light wrk\n`)
    process.exit(2)
  }
}

const progress = (text: string) => process.stderr.write(`bench: ${text}\n`)

interface Comparison {
  rows: Row[]
  gateway: Row
  baselines: Partial<Record<Baseline, Row>>
  /** Upstream calls counted while only the gateway was loaded, when a counter was given, and the requests it answered then. */
  gatewayUpstreamCalls: number
  gatewayRequests: number
}

interface Measured { result: WrkResult, cpuMicrosPerRequest: number }

const best = (runs: Measured[]) => runs.reduce((a, b) => (b.result.requestsPerSecond > a.result.requestsPerSecond ? b : a))

/**
 * The baselines and the gateway on one load, in ROUNDS interleaved rounds
 * (so a busy moment of the machine hurts every server alike), best round
 * each; the gateway's row carries its ratio to each baseline.
 */
async function compare (load: Load, baselines: Partial<Record<Baseline, Server>>, gateway: Server, upstreamCalls?: () => Promise<number>): Promise<Comparison> {
  const servers = [...Object.entries(baselines), ['gateway', gateway]] as Array<[Baseline | 'gateway', Server]>
  const runs = new Map(servers.map(([name]) => [name, [] as Measured[]]))
  const rssBefore = new Map(servers.map(([name, server]) => [name, rssMiB(server.process)]))
  let gatewayUpstreamCalls = 0
  for (let round = 0; round < ROUNDS; round++) {
    for (const [name, server] of servers) {
      progress(`${load.scenario} on ${server.name}, ${load.connections} connections, round ${round + 1}`)
      // The previous server's requests still under way when its wrk stopped (up to 1,000 behind a slow
      // upstream) reach the upstream after it: let them land before counting the gateway's calls.
      const counted = name === 'gateway' ? upstreamCalls : undefined
      if (counted !== undefined) await sleep(2_000)
      const callsBefore = counted === undefined ? 0 : await counted()
      const cpuBefore = cpuSeconds(server.process)
      const result = await runWrk({ url: server.url + load.path, connections: load.connections, seconds: SECONDS, headers: server.headers, script: load.script })
      const cpuMicrosPerRequest = server.cpuMeasured === false ? Number.NaN : 1e6 * (cpuSeconds(server.process) - cpuBefore) / result.requests
      runs.get(name)?.push({ result, cpuMicrosPerRequest })
      if (counted !== undefined) gatewayUpstreamCalls += await counted() - callsBefore
    }
  }
  const rowOf = (name: Baseline | 'gateway', server: Server): Omit<Row, 'ratios'> => ({
    scenario: load.scenario, server: server.name, connections: load.connections, ...best(runs.get(name) ?? []), rssBeforeMiB: rssBefore.get(name) ?? Number.NaN, rssAfterMiB: rssMiB(server.process),
  })
  const measured: Partial<Record<Baseline, Row>> = {}
  for (const [name, server] of Object.entries(baselines) as Array<[Baseline, Server]>) measured[name] = { ...rowOf(name, server), ratios: { [name]: 1 } }
  // Every row is also set against nginx where nginx ran: the Node baselines' ratios say how far a Node server gets at all.
  const nginxRate = measured.nginx?.result.requestsPerSecond
  if (nginxRate !== undefined) for (const row of Object.values(measured)) row.ratios.nginx = row.result.requestsPerSecond / nginxRate
  const row = rowOf('gateway', gateway)
  const ratios = Object.fromEntries((Object.keys(measured) as Baseline[]).map((name) => [name, row.result.requestsPerSecond / (measured[name]?.result.requestsPerSecond ?? Number.NaN)]))
  const gatewayRequests = (runs.get('gateway') ?? []).reduce((sum, run) => sum + run.result.requests, 0)
  return { rows: [...Object.values(measured), { ...row, ratios }], gateway: { ...row, ratios }, baselines: measured, gatewayUpstreamCalls, gatewayRequests }
}

async function warm (server: Server, path: string, script?: string): Promise<void> {
  await runWrk({ url: server.url + path, connections: CONNECTIONS, seconds: 2, headers: server.headers, script })
}

const asServer = (name: string, gateway: Gateway): Server => ({ name, process: gateway.process, url: gateway.url, headers: gateway.headers })

/** 10,000 concurrent requests (distinct pages) on a gateway that has neither token nor key in memory yet. */
async function coldBurst (dir: string, delayed: SlowUpstream): Promise<{ authorizeCalls: number, ok: number, failed: number }> {
  progress(`cold burst of ${BURST_REQUESTS} requests`)
  const before = (await delayed.calls())['/API/OAuth/authorize'] ?? 0
  const gateway = await startGateway({ port: PORTS.gatewayColdBurst, upstreamUrl: delayed.url, dir: join(dir, 'burst') })
  const pool = new Pool(gateway.url, { connections: MANY_CONNECTIONS })
  const statuses = await Promise.all(Array.from({ length: BURST_REQUESTS }, async (_, index) => {
    try {
      const response = await pool.request({ method: 'GET', path: `/subaccounts?page=${index + 1}`, headers: gateway.headers })
      await response.body.dump()
      return response.statusCode
    } catch {
      return 0
    }
  }))
  await pool.close()
  await stop(gateway.process)
  const authorizeCalls = ((await delayed.calls())['/API/OAuth/authorize'] ?? 0) - before
  const ok = statuses.filter((status) => status === 200).length
  return { authorizeCalls, ok, failed: BURST_REQUESTS - ok }
}

interface Soaked {
  /** Median RSS (MiB) over the steps that ended between SOAK_FIRST and 2 × SOAK_FIRST requests, the counts that window spans and its steps. */
  atFirst: number
  firstWindow: SoakWindow
  /** The same over the last SOAK_FIRST requests, up to SOAK_LAST or just past it. */
  atLast: number
  lastWindow: SoakWindow
  errors: number
}

interface SoakWindow { from: number, to: number, steps: number }

/**
 * Distinct reads on a fresh gateway until 1M are answered, RSS read after
 * every step of SOAK_STEP_SECONDS (a wrk script that stops at an exact count
 * leaves wrk waiting out its duration). At steady state RSS follows V8's
 * garbage-collection sawtooth, several percent from one step to the next,
 * so one reading at each end can show growth that is not there, or hide
 * some: each end is the median of the readings over a window of SOAK_FIRST
 * requests, from the 100k-th and up to the 1M-th.
 */
async function soak (dir: string, randomPages: string): Promise<Soaked> {
  progress(`soak: ${SOAK_LAST} requests`)
  const gateway = await startGateway({ port: PORTS.gatewaySoak, upstreamUrl: `http://127.0.0.1:${PORTS.cannedUpstream}`, dir: join(dir, 'soak') })
  let answered = 0
  let errors = 0
  const readings: Array<{ count: number, rss: number }> = []
  while (answered < SOAK_LAST) {
    const step = await runWrk({ url: `${gateway.url}/subaccounts`, connections: CONNECTIONS, seconds: SOAK_STEP_SECONDS, headers: gateway.headers, script: randomPages })
    if (!(step.requests > 0)) throw new Error('a soak step answered no request')
    answered += step.requests
    errors += step.errors
    readings.push({ count: answered, rss: rssMiB(gateway.process) })
  }
  await stop(gateway.process)
  progress(`soak: ${answered} requests answered`)
  // Steps longer than the window (a short trial run) still leave the first reading past SOAK_FIRST.
  const pastFirst = readings.filter(({ count }) => count >= SOAK_FIRST)
  const firstWindow = pastFirst.filter(({ count }) => count < 2 * SOAK_FIRST)
  const first = medianOver(firstWindow.length > 0 ? firstWindow : pastFirst.slice(0, 1))
  const last = medianOver(readings.filter(({ count }) => count > answered - SOAK_FIRST))
  return { atFirst: first.rss, firstWindow: first.window, atLast: last.rss, lastWindow: last.window, errors }
}

function medianOver (readings: Array<{ count: number, rss: number }>): { rss: number, window: SoakWindow } {
  const rss = median(readings.map((reading) => reading.rss))
  return { rss, window: { from: readings[0]?.count ?? 0, to: readings.at(-1)?.count ?? 0, steps: readings.length } }
}

const span = (window: SoakWindow) => `${window.from.toLocaleString('en')}–${window.to.toLocaleString('en')} (${window.steps} readings)`
const soakSummary = (soaked: Soaked) =>
  `median ${soaked.atFirst.toFixed(0)} MiB over ${span(soaked.firstWindow)} → ${soaked.atLast.toFixed(0)} MiB over ${span(soaked.lastWindow)} (${(100 * (soaked.atLast / soaked.atFirst - 1)).toFixed(1)}%)`

const times = (value: number | undefined) => (value === undefined ? '–' : `${value.toFixed(2)}×`)

interface MissedCandidate {
  target: string
  load: ProfiledLoad
  /** The target's verdict in the measured run; a met one is not profiled. */
  met: boolean
  measured: string
  /** The gateway's throughput over the profiled baseline's that would meet the target. */
  neededRatio: number
}

const PROFILE_SECONDS = 8

/**
 * For each target missed, the gateway and its Node baseline profiled on
 * that load: where the gateway's CPU goes, place by place, next to the
 * baseline's, and how far it is from what the target allows.
 */
async function profileMissed (dir: string, upstreamUrl: string, randomPages: string, candidates: MissedCandidate[]): Promise<string[]> {
  const sections: string[] = []
  for (const [index, { target, load, met, measured, neededRatio }] of candidates.entries()) {
    if (met) continue
    progress(`profiling, for the missed target "${target}"`)
    const profiled = await profileScenario({ load, upstreamUrl, dir: join(dir, `profile-${index}`), profileDir: join(dir, `profile-${index}`, 'profiles'), seconds: PROFILE_SECONDS, connections: CONNECTIONS, randomPages })
    const ours = busyMicrosPerRequest(profiled.gateway)
    const theirs = busyMicrosPerRequest(profiled.baseline)
    const allowed = theirs / neededRatio
    sections.push([
      `**Where the time goes: ${target}** (measured ${measured}). The gateway and ${profiled.baselineName} profiled on the same load (${PROFILE_SECONDS} s, ${CONNECTIONS} connections, \`node --cpu-prof\`): busy CPU of the JavaScript thread per request, by place, the gateway's largest extra costs first.${load.baseline === 'node' ? ' The same work can land in different places: the baseline parses and decodes the upstream\'s answer inside undici, the gateway in src/upstream/envelope.ts and node:buffer.' : ''}`,
      `Meeting the target takes ${neededRatio.toFixed(2)}× ${profiled.baselineName}'s throughput: at most ${allowed.toFixed(0)} µs per request where it takes ${theirs.toFixed(0)}, so ${Math.max(0, allowed - theirs).toFixed(0)} µs for every feature together. The gateway takes ${ours.toFixed(0)}, ${(ours - allowed).toFixed(0)} µs over.`,
      '',
      ...comparedByPlace(profiled.baseline, profiled.gateway, 16),
    ].join('\n'))
  }
  return sections
}

async function main (): Promise<void> {
  requireTool('nginx')
  requireTool('wrk')
  const machine = describeMachine()
  const dir = mkdtempSync(join(tmpdir(), 'gateway-bench-'))
  try {
    const nginx = await startCannedNginx(dir)
    if (SOAK_ONLY) {
      // The soak alone, printed and not written anywhere: for checking a change to memory use.
      const soaked = await soak(dir, writeScripts(dir).randomPages)
      process.stdout.write(`soak: ${soakSummary(soaked)}, ${soaked.errors} errors\n`)
      return
    }
    const nginxServer: Server = { name: 'nginx translation (1 worker)', process: nginx.process, url: nginx.translationUrl, cpuMeasured: false }
    const upstreamUrl = nginx.upstreamUrl
    const scripts = writeScripts(dir)

    const gatewayProcess = await startGateway({ port: PORTS.gateway, upstreamUrl, dir: join(dir, 'main') })
    const gateway = asServer('gateway', gatewayProcess)
    const answersDir = await copyGatewayAnswers(gatewayProcess, join(dir, 'gateway-answers'))
    const bare: Server = { name: 'bare Fastify route', ...await startBareRoute({ port: PORTS.bareRoute, answersDir }) }
    const minimal: Server = { name: 'minimal Node translation', ...await startMinimalTranslation({ port: PORTS.minimalTranslation, upstreamUrl }) }

    progress('warming up (JIT, connection pools, token)')
    for (const server of [bare, gateway]) await warm(server, '/cdn/price-tiers')
    for (const server of [bare, gateway]) await warm(server, '/balance')
    for (const server of [nginxServer, minimal, gateway]) await warm(server, '/subaccounts', scripts.randomPages)

    const rows: Row[] = []
    const memory = await compare({ scenario: 'memory-served GET /cdn/price-tiers', path: '/cdn/price-tiers', connections: CONNECTIONS }, { bare }, gateway)
    const identical = await compare({ scenario: 'identical GET /balance', path: '/balance', connections: CONNECTIONS }, { nginx: nginxServer, node: minimal, bare }, gateway, async () => (await nginx.calls()).balance)
    const identicalGatewayCalls = identical.gatewayUpstreamCalls
    const distinct = await compare({ scenario: 'distinct GET /subaccounts?page=<random>', path: '/subaccounts', script: scripts.randomPages, connections: CONNECTIONS }, { nginx: nginxServer, node: minimal }, gateway)
    rows.push(...memory.rows, ...identical.rows, ...distinct.rows)
    const gatewayLogLines = readFileSync(gatewayProcess.logFile, 'utf8').split('\n').length - 1
    const gatewayRequests = memory.gatewayRequests + identical.gatewayRequests + distinct.gatewayRequests
    for (const server of [bare, minimal, gateway]) await stop(server.process)

    // The slow upstream: 50 ms per call, 1,000 connections.
    const delayed = await startSlowUpstream(dir, UPSTREAM_DELAY_MS)
    const delayedUrl = delayed.url
    const slowMinimal: Server = { name: 'minimal Node translation', ...await startMinimalTranslation({ port: PORTS.minimalTranslationDelayed, upstreamUrl: delayedUrl }) }
    const slowGateway = asServer('gateway', await startGateway({ port: PORTS.gatewayDelayed, upstreamUrl: delayedUrl, dir: join(dir, 'delayed') }))
    for (const server of [slowMinimal, slowGateway]) await warm(server, '/subaccounts', scripts.randomPages)
    const slowScenario = (name: string) => `${name}, upstream +${UPSTREAM_DELAY_MS} ms`
    const slowDistinct = await compare({ scenario: slowScenario('distinct GET /subaccounts?page=<random>'), path: '/subaccounts', script: scripts.randomPages, connections: MANY_CONNECTIONS }, { node: slowMinimal }, slowGateway)
    const slowIdentical = await compare({ scenario: slowScenario('identical GET /balance'), path: '/balance', connections: MANY_CONNECTIONS }, { node: slowMinimal }, slowGateway, async () => (await delayed.calls())['/API/profile/balance'] ?? 0)
    const slowIdenticalGatewayCalls = slowIdentical.gatewayUpstreamCalls
    rows.push(...slowDistinct.rows, ...slowIdentical.rows)
    for (const server of [slowMinimal, slowGateway]) await stop(server.process)

    const burst = await coldBurst(dir, delayed)
    await stop(delayed.process)
    const soaked = SOAK ? await soak(dir, scripts.randomPages) : undefined

    const nginxIdentical = identical.baselines.nginx
    const allErrors = rows.reduce((sum, row) => sum + row.result.errors, 0) + burst.failed + (soaked?.errors ?? 0)
    const soakChange = soaked === undefined ? undefined : soaked.atLast / soaked.atFirst - 1
    const memoryTarget: Target = { goal: 'memory-served reads ≥ 0.9× the bare Fastify route', measured: times(memory.gateway.ratios.bare), met: (memory.gateway.ratios.bare ?? 0) >= 0.9 }
    const identicalTarget: Target = { goal: 'identical reads ≥ 1.0× nginx\'s bare translation', measured: `${times(identical.gateway.ratios.nginx)} (the bare Fastify route answering the same JSON from memory: ${times(identical.baselines.bare?.ratios.nginx)})`, met: (identical.gateway.ratios.nginx ?? 0) >= 1 }
    const identicalP99Target: Target = { goal: 'identical reads: p99 at most 1 ms above nginx\'s', measured: `${identical.gateway.result.p99Ms.toFixed(2)} ms vs ${nginxIdentical?.result.p99Ms.toFixed(2) ?? '–'} ms`, met: identical.gateway.result.p99Ms <= (nginxIdentical?.result.p99Ms ?? 0) + 1 }
    const distinctTarget: Target = { goal: 'distinct reads ≥ 0.9× the minimal Node translation', measured: times(distinct.gateway.ratios.node), met: (distinct.gateway.ratios.node ?? 0) >= 0.9 }
    const errorsTarget: Target = { goal: 'zero errors', measured: String(allErrors), met: allErrors === 0 }
    const burstTarget: Target = { goal: `a ${BURST_REQUESTS.toLocaleString('en')}-request cold burst makes exactly one authorize call`, measured: `${burst.authorizeCalls} authorize call(s), ${burst.ok} answered 200`, met: burst.authorizeCalls === 1 && burst.failed === 0 }
    const slowDistinctTarget: Target = { goal: `+${UPSTREAM_DELAY_MS} ms upstream, ${MANY_CONNECTIONS} connections: distinct reads ≥ 0.9× the minimal Node translation`, measured: times(slowDistinct.gateway.ratios.node), met: (slowDistinct.gateway.ratios.node ?? 0) >= 0.9 }
    const slowIdenticalTarget: Target = { goal: `+${UPSTREAM_DELAY_MS} ms upstream, ${MANY_CONNECTIONS} connections: identical reads make ≤ 1% as many upstream calls as requests`, measured: `${slowIdenticalGatewayCalls} calls for ${slowIdentical.gatewayRequests} requests (${(100 * slowIdenticalGatewayCalls / slowIdentical.gatewayRequests).toFixed(2)}%)`, met: slowIdenticalGatewayCalls <= slowIdentical.gatewayRequests / 100 }
    const soakTarget: Target = { goal: `soak: RSS within ±10% from the ${SOAK_FIRST.toLocaleString('en')}-th to the ${SOAK_LAST.toLocaleString('en')}-th request`, measured: soaked === undefined ? 'run with -- --soak' : soakSummary(soaked), met: soakChange === undefined ? undefined : Math.abs(soakChange) <= 0.1 }
    const targets = [memoryTarget, identicalTarget, identicalP99Target, distinctTarget, errorsTarget, burstTarget, slowDistinctTarget, slowIdenticalTarget, soakTarget]
    const whereTheTimeGoes = await profileMissed(dir, upstreamUrl, scripts.randomPages, [
      { target: memoryTarget.goal, met: memoryTarget.met === true, measured: memoryTarget.measured, load: LOADS.memory, neededRatio: 0.9 },
      { target: identicalTarget.goal, met: identicalTarget.met === true && identicalP99Target.met === true, measured: `${identicalTarget.measured}; p99 ${identicalP99Target.measured}`, load: LOADS.identical, neededRatio: 1 / (identical.baselines.bare?.ratios.nginx ?? Number.NaN) },
      { target: `${distinctTarget.goal} (and behind the +${UPSTREAM_DELAY_MS} ms upstream: the same code)`, met: distinctTarget.met === true && slowDistinctTarget.met === true, measured: `${distinctTarget.measured}; ${slowDistinctTarget.measured} behind the slow upstream`, load: LOADS.distinct, neededRatio: 0.9 },
    ])
    const report = {
      machine,
      targets,
      rows,
      settings: `wrk -t1, ${SECONDS} s per measurement, best of ${ROUNDS}; one process each (nginx: 1 worker); gateway from dist/ at default settings, LOG_LEVEL=info logging to a file, one API key with a whitelist, rate limit set not to trigger.`,
      notes: [
        `identical GET /balance at ${CONNECTIONS} connections: the gateway made ${identicalGatewayCalls} upstream calls for ${identical.gatewayRequests} requests`,
        `gateway log: ${gatewayLogLines} lines for ${gatewayRequests} measured requests (plus warm-up and start-up)`,
        'All servers, wrk and the upstreams share the machine\'s cores: compare ratios within one run, not absolute numbers across runs.',
        'CPU µs/req: the server process\'s user + system CPU time (all its threads: garbage collection, libuv) over the requests it answered; not measured for nginx, whose worker is not the process started.',
      ],
      sections: whereTheTimeGoes,
    }
    const text = renderReport(report)
    process.stdout.write(`\n${text}\n`)
    const resultsFile = writeResults(join('bench', 'results'), report)
    const inReadme = updateReadme('README.md', report, resultsFile)
    progress(`written to ${resultsFile}${inReadme ? ' and README.md' : ''}`)
  } finally {
    await stopAll()
    rmSync(dir, { recursive: true, force: true })
  }
}

await main()
