import type { ChildProcess } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, relative, resolve } from 'node:path'
import { originalPositionFor, TraceMap } from '@jridgewell/trace-mapping'
import { startBareRoute, startMinimalTranslation } from './baselines/start.js'
import { memoryServedAnswer, startGateway } from './gateway.js'
import { startCannedNginx } from './nginx.js'
import { PORTS } from './ports.js'
import { stop, stopAll } from './processes.js'
import { startSlowUpstream } from './slow-upstream.js'
import { runWrk, writeScripts, type WrkRun } from './wrk.js'

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

const LOADS = {
  memory: { path: '/cdn/price-tiers', random: false, baseline: 'bare' },
  identical: { path: '/balance', random: false, baseline: 'node' },
  distinct: { path: '/subaccounts', random: true, baseline: 'node' },
} as const

interface ProfileNode { id: number, callFrame: { functionName: string, url: string, lineNumber: number, columnNumber: number }, hitCount?: number, children?: number[] }
interface CpuProfile { nodes: ProfileNode[], samples: number[], timeDeltas: number[], startTime: number }

/** V8 stamps samples with the monotonic clock in microseconds, the clock process.hrtime reads. */
const monotonicMicros = () => Number(process.hrtime.bigint() / 1000n)

/**
 * Keeps the samples taken between `fromUs` and `toUs`: each node's hitCount
 * becomes its self time in that window, in microseconds. Answers their sum.
 */
function keepWindow (profile: CpuProfile, fromUs: number, toUs: number): number {
  const selfMicros = new Map<number, number>()
  let at = profile.startTime
  let total = 0
  profile.samples.forEach((id, index) => {
    const delta = profile.timeDeltas[index] ?? 0
    at += delta
    if (at < fromUs || at > toUs) return
    selfMicros.set(id, (selfMicros.get(id) ?? 0) + delta)
    total += delta
  })
  for (const node of profile.nodes) node.hitCount = selfMicros.get(node.id) ?? 0
  return total
}

const nameOf = (node: ProfileNode) => {
  const { functionName, url, lineNumber } = node.callFrame
  const where = url === '' ? '' : ` ${relative(process.cwd(), url.replace(/^file:\/\//, ''))}:${lineNumber + 1}`
  return `${functionName || '(anonymous)'}${where}`
}

const ranked = (byFunction: Map<string, number>, total: number, count: number) =>
  [...byFunction].sort((a, b) => b[1] - a[1]).slice(0, count).map(([name, hits]) => `${(100 * hits / total).toFixed(1).padStart(5)}%  ${name}`)

function topSelfTime (profile: CpuProfile, total: number, count: number): string[] {
  const byFunction = new Map<string, number>()
  for (const node of profile.nodes) byFunction.set(nameOf(node), (byFunction.get(nameOf(node)) ?? 0) + (node.hitCount ?? 0))
  return ranked(byFunction, total, count)
}

/** Self time by where the code lives: a package of node_modules, a file of the gateway, Node itself. */
function selfTimeByPlace (profile: CpuProfile): Map<string, number> {
  const byPlace = new Map<string, number>()
  for (const node of profile.nodes) {
    const url = node.callFrame.url.replace(/^file:\/\//, '')
    const place = url === ''
      ? node.callFrame.functionName || '(native)'
      : /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url)?.[1] ?? (url.startsWith('node:') ? url : relative(process.cwd(), url))
    byPlace.set(place, (byPlace.get(place) ?? 0) + (node.hitCount ?? 0))
  }
  return byPlace
}

interface ProfiledRun { profile: CpuProfile, requests: number, requestsPerSecond: number }

/**
 * Both servers' CPU per request by place, the gateway's largest differences
 * first: what its features cost, and where. Idle time is left out.
 */
function comparedByPlace (baseline: ProfiledRun, gateway: ProfiledRun, count: number): string[] {
  const perRequest = (run: ProfiledRun) => {
    const byPlace = selfTimeByPlace(run.profile)
    byPlace.delete('(idle)')
    return new Map([...byPlace].map(([place, micros]) => [place, micros / run.requests]))
  }
  const base = perRequest(baseline)
  const ours = perRequest(gateway)
  const sum = (values: Map<string, number>) => [...values.values()].reduce((total, value) => total + value, 0)
  const places = [...new Set([...base.keys(), ...ours.keys()])]
    .map((place) => ({ place, base: base.get(place) ?? 0, ours: ours.get(place) ?? 0 }))
    .sort((a, b) => (b.ours - b.base) - (a.ours - a.base))
  const line = (place: string, baseMicros: number, ourMicros: number) =>
    `| ${place.slice(0, 48).padEnd(48)} | ${baseMicros.toFixed(1).padStart(8)} | ${ourMicros.toFixed(1).padStart(8)} | ${(ourMicros - baseMicros).toFixed(1).padStart(8)} |`
  return [
    `| ${'place'.padEnd(48)} | baseline | gateway  | gateway − baseline (µs per request) |`,
    `|${'-'.repeat(50)}|---------:|---------:|---------:|`,
    line('all CPU but idle', sum(base), sum(ours)),
    ...places.slice(0, count).map(({ place, base: baseMicros, ours: ourMicros }) => line(place, baseMicros, ourMicros)),
    // The same work can land in different places: JSON.parse and UTF-8 decoding run inside undici's
    // body.json() in the baseline, in the gateway's envelope reader and node:buffer in the gateway.
    `| ${'… where the baseline spends more:'.padEnd(48)} |          |          |          |`,
    ...places.slice(-5).filter(({ base: baseMicros, ours: ourMicros }) => ourMicros < baseMicros).map(({ place, base: baseMicros, ours: ourMicros }) => line(place, baseMicros, ourMicros)),
  ]
}

/**
 * The gateway runs bundled (scripts/build.ts): a frame in dist/ is moved to
 * the file and line it came from, through the bundle's source map, so time
 * is still told apart by package and by the gateway's own files.
 */
function toSourcePositions (profile: CpuProfile): void {
  const maps = new Map<string, TraceMap | undefined>()
  const mapOf = (file: string) => {
    if (!maps.has(file)) maps.set(file, existsSync(`${file}.map`) ? new TraceMap(readFileSync(`${file}.map`, 'utf8')) : undefined)
    return maps.get(file)
  }
  for (const { callFrame } of profile.nodes) {
    const file = callFrame.url.replace(/^file:\/\//, '')
    const map = file.includes('/dist/') ? mapOf(file) : undefined
    if (map === undefined) continue
    const original = originalPositionFor(map, { line: callFrame.lineNumber + 1, column: Math.max(callFrame.columnNumber, 0) })
    if (original.source === null) continue
    callFrame.url = resolve(dirname(file), original.source)
    callFrame.lineNumber = original.line - 1
  }
}

/**
 * Time spent in a function and everything it called, for the gateway's own
 * functions (src/, plugins/, routes/): what a feature costs in all, where self time spreads
 * it over the libraries it calls. A function on the stack twice counts once.
 */
function topTotalTimeOfOwnCode (profile: CpuProfile, total: number, count: number): string[] {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]))
  const isChild = new Set(profile.nodes.flatMap((node) => node.children ?? []))
  const totals = new Map<string, number>()
  const visit = (node: ProfileNode, onStack: ReadonlySet<string>): number => {
    let hits = node.hitCount ?? 0
    const name = nameOf(node)
    const stack = new Set(onStack).add(name)
    for (const child of node.children ?? []) {
      const childNode = byId.get(child)
      if (childNode !== undefined) hits += visit(childNode, stack)
    }
    if (/ (src|plugins|routes)\//.test(name) && !onStack.has(name)) totals.set(name, (totals.get(name) ?? 0) + hits)
    return hits
  }
  for (const root of profile.nodes.filter((node) => !isChild.has(node.id))) visit(root, new Set())
  return ranked(totals, total, count)
}

const cpuProfiling = (dir: string) => ['--cpu-prof', `--cpu-prof-dir=${dir}`]

/** A warm-up, then the measured load; the server is stopped so it writes its profile, read back for that load's window. */
async function profiledLoad (server: { url: string, process: ChildProcess, headers?: Record<string, string> }, profileDir: string, load: WrkRun): Promise<ProfiledRun> {
  await runWrk({ ...load, url: server.url + load.url, seconds: 2, headers: server.headers ?? {} })
  const fromUs = monotonicMicros()
  const result = await runWrk({ ...load, url: server.url + load.url, headers: server.headers ?? {} })
  const toUs = monotonicMicros()
  await stop(server.process)
  const file = readdirSync(profileDir).find((name) => name.endsWith('.cpuprofile'))
  if (file === undefined) throw new Error(`${server.url} wrote no profile`)
  const profile = JSON.parse(readFileSync(join(profileDir, file), 'utf8')) as CpuProfile
  toSourcePositions(profile)
  if (keepWindow(profile, fromUs, toUs) === 0) throw new Error('no sample of the profile falls in the measured load')
  return { profile, requests: result.requests, requestsPerSecond: result.requestsPerSecond }
}

async function main (): Promise<void> {
  const loadName = (process.argv[2] ?? 'distinct') as keyof typeof LOADS
  const load = LOADS[loadName]
  if (load === undefined) throw new Error(`unknown load ${loadName}: memory, identical or distinct`)
  const seconds = Number(process.argv[3] ?? 8)
  const dir = mkdtempSync(join(tmpdir(), 'gateway-profile-'))
  const profileDir = process.env.BENCH_PROFILE_DIR ?? join(dir, 'profiles')
  try {
    const nginx = await startCannedNginx(dir)
    const delayMs = process.env.BENCH_DELAY_MS
    const upstreamUrl = delayMs === undefined ? nginx.upstreamUrl : (await startSlowUpstream(dir, Number(delayMs))).url
    const wrk: WrkRun = { url: load.path, connections: delayMs === undefined ? 32 : 1000, seconds, ...(load.random ? { script: writeScripts(dir).randomPages } : {}) }
    const gateway = await startGateway({ port: PORTS.gateway, upstreamUrl, dir, nodeArgs: cpuProfiling(join(profileDir, 'gateway')) })
    const answerFile = join(dir, 'answer.json')
    if (load.baseline === 'bare') writeFileSync(answerFile, await memoryServedAnswer(gateway))
    const ours = await profiledLoad(gateway, join(profileDir, 'gateway'), wrk)
    const baselineProfileDir = join(profileDir, 'baseline')
    const baseline = load.baseline === 'bare'
      ? await startBareRoute({ port: PORTS.bareRoute, answerFile, nodeArgs: cpuProfiling(baselineProfileDir) })
      : await startMinimalTranslation({ port: PORTS.minimalTranslation, upstreamUrl, nodeArgs: cpuProfiling(baselineProfileDir) })
    const theirs = await profiledLoad(baseline, baselineProfileDir, wrk)

    const total = ours.profile.nodes.reduce((sum, node) => sum + (node.hitCount ?? 0), 0)
    const baselineName = load.baseline === 'bare' ? 'the bare Fastify route' : 'the minimal Node translation'
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
