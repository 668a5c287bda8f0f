import type { ChildProcess } from 'node:child_process'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { originalPositionFor, TraceMap } from '@jridgewell/trace-mapping'
import { startBareRoute, startMinimalTranslation } from './baselines/start.js'
import { copyGatewayAnswers, startGateway } from './gateway.js'
import { PORTS } from './ports.js'
import { stop } from './processes.js'
import { runWrk, type WrkRun } from './wrk.js'

/**
 * Where a server's CPU goes on one load: it runs under `node --cpu-prof`,
 * only the samples taken while the measured load ran count (not start-up,
 * warm-up or schema compilation), and frames of the bundle are mapped back
 * to their source. The tables compare the gateway with the scenario's Node
 * baseline, per request and by place (a package, a file of the gateway, a
 * part of Node). Used by bench/profile.ts and by `npm run bench` for each
 * target it misses.
 */

export interface Load {
  path: string
  /** Random pages (wrk's script), or the same URL every time. */
  random: boolean
  baseline: 'bare' | 'node'
}

export const LOADS = {
  memory: { path: '/cdn/price-tiers', random: false, baseline: 'bare' },
  identical: { path: '/balance', random: false, baseline: 'bare' },
  distinct: { path: '/subaccounts', random: true, baseline: 'node' },
} as const satisfies Record<string, Load>

interface ProfileNode { id: number, callFrame: { functionName: string, url: string, lineNumber: number, columnNumber: number }, hitCount?: number, children?: number[] }
export interface CpuProfile { nodes: ProfileNode[], samples: number[], timeDeltas: number[], startTime: number }

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

export function topSelfTime (profile: CpuProfile, total: number, count: number): string[] {
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

export interface ProfiledRun { profile: CpuProfile, requests: number, requestsPerSecond: number }

/** Busy CPU (idle left out) per request, by place. */
function perRequestByPlace (run: ProfiledRun): Map<string, number> {
  const byPlace = selfTimeByPlace(run.profile)
  byPlace.delete('(idle)')
  return new Map([...byPlace].map(([place, micros]) => [place, micros / run.requests]))
}

const sum = (values: Map<string, number>) => [...values.values()].reduce((total, value) => total + value, 0)

/** The JavaScript thread's busy CPU per request, in microseconds. */
export const busyMicrosPerRequest = (run: ProfiledRun): number => sum(perRequestByPlace(run))

/**
 * Both servers' CPU per request by place, the gateway's largest differences
 * first: what its features cost, and where. Idle time is left out.
 */
export function comparedByPlace (baseline: ProfiledRun, gateway: ProfiledRun, count: number): string[] {
  const base = perRequestByPlace(baseline)
  const ours = perRequestByPlace(gateway)
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
export function topTotalTimeOfOwnCode (profile: CpuProfile, total: number, count: number): string[] {
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

export const cpuProfiling = (dir: string) => ['--cpu-prof', `--cpu-prof-dir=${dir}`]

/** A warm-up, then the measured load; the server is stopped so it writes its profile, read back for that load's window. */
export async function profiledLoad (server: { url: string, process: ChildProcess, headers?: Record<string, string> }, profileDir: string, load: WrkRun): Promise<ProfiledRun> {
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


export interface ScenarioProfile {
  gateway: ProfiledRun
  baseline: ProfiledRun
  baselineName: string
}

export interface ScenarioOptions {
  load: Load
  upstreamUrl: string
  /** Where the gateway keeps its data and its answers are copied for the bare route. */
  dir: string
  /** Where the .cpuprofile files are written (a gateway/ and a baseline/ directory). */
  profileDir: string
  seconds: number
  connections: number
  randomPages: string
}

/** The gateway, then the load's baseline, each started under the profiler, loaded and stopped. */
export async function profileScenario ({ load, upstreamUrl, dir, profileDir, seconds, connections, randomPages }: ScenarioOptions): Promise<ScenarioProfile> {
  const wrk: WrkRun = { url: load.path, connections, seconds, ...(load.random ? { script: randomPages } : {}) }
  const gatewayProfileDir = join(profileDir, 'gateway')
  const gateway = await startGateway({ port: PORTS.gatewayProfiled, upstreamUrl, dir: join(dir, 'profiled'), nodeArgs: cpuProfiling(gatewayProfileDir) })
  const answersDir = load.baseline === 'bare' ? await copyGatewayAnswers(gateway, join(dir, 'profiled-answers')) : ''
  const ours = await profiledLoad(gateway, gatewayProfileDir, wrk)
  const baselineProfileDir = join(profileDir, 'baseline')
  const baseline = load.baseline === 'bare'
    ? await startBareRoute({ port: PORTS.bareRoute, answersDir, nodeArgs: cpuProfiling(baselineProfileDir) })
    : await startMinimalTranslation({ port: PORTS.minimalTranslation, upstreamUrl, nodeArgs: cpuProfiling(baselineProfileDir) })
  const theirs = await profiledLoad(baseline, baselineProfileDir, wrk)
  return { gateway: ours, baseline: theirs, baselineName: load.baseline === 'bare' ? 'the bare Fastify route' : 'the minimal Node translation' }
}
