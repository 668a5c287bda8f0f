import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, relative, resolve } from 'node:path'
import { originalPositionFor, TraceMap } from '@jridgewell/trace-mapping'
import { startGateway } from './gateway.js'
import { startCannedNginx } from './nginx.js'
import { PORTS } from './ports.js'
import { stop, stopAll } from './processes.js'
import { runWrk, writeScripts } from './wrk.js'

/**
 * Where the gateway's time goes on one load: the gateway under
 * `node --cpu-prof` against the canned upstream, then the functions with
 * the most self time. The .cpuprofile is kept for a flame graph
 * (Chrome DevTools, speedscope) when BENCH_PROFILE_DIR is set.
 *
 *   npx tsx bench/profile.ts memory|identical|distinct [seconds]
 */

const LOADS = {
  memory: { path: '/cdn/price-tiers', random: false },
  identical: { path: '/balance', random: false },
  distinct: { path: '/subaccounts', random: true },
} as const

interface ProfileNode { id: number, callFrame: { functionName: string, url: string, lineNumber: number, columnNumber: number }, hitCount?: number, children?: number[] }
interface CpuProfile { nodes: ProfileNode[], samples: number[] }

const nameOf = (node: ProfileNode) => {
  const { functionName, url, lineNumber } = node.callFrame
  const where = url === '' ? '' : ` ${relative(process.cwd(), url.replace(/^file:\/\//, ''))}:${lineNumber + 1}`
  return `${functionName || '(anonymous)'}${where}`
}

const ranked = (byFunction: Map<string, number>, total: number, count: number) =>
  [...byFunction].sort((a, b) => b[1] - a[1]).slice(0, count).map(([name, hits]) => `${(100 * hits / total).toFixed(1).padStart(5)}%  ${name}`)

function topSelfTime (profile: CpuProfile, count: number): string[] {
  const byFunction = new Map<string, number>()
  for (const node of profile.nodes) byFunction.set(nameOf(node), (byFunction.get(nameOf(node)) ?? 0) + (node.hitCount ?? 0))
  return ranked(byFunction, profile.samples.length, count)
}

/** Self time by where the code lives: a package of node_modules, a file of the gateway, Node itself. */
function selfTimeByPlace (profile: CpuProfile, count: number): string[] {
  const byPlace = new Map<string, number>()
  for (const node of profile.nodes) {
    const url = node.callFrame.url.replace(/^file:\/\//, '')
    const place = url === ''
      ? node.callFrame.functionName || '(native)'
      : /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url)?.[1] ?? (url.startsWith('node:') ? url : relative(process.cwd(), url))
    byPlace.set(place, (byPlace.get(place) ?? 0) + (node.hitCount ?? 0))
  }
  return ranked(byPlace, profile.samples.length, count)
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
function topTotalTimeOfOwnCode (profile: CpuProfile, count: number): string[] {
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
  return ranked(totals, profile.samples.length, count)
}

async function main (): Promise<void> {
  const loadName = (process.argv[2] ?? 'distinct') as keyof typeof LOADS
  const load = LOADS[loadName]
  if (load === undefined) throw new Error(`unknown load ${loadName}: memory, identical or distinct`)
  const seconds = Number(process.argv[3] ?? 8)
  const dir = mkdtempSync(join(tmpdir(), 'gateway-profile-'))
  const profileDir = process.env.BENCH_PROFILE_DIR ?? join(dir, 'profiles')
  try {
    const { upstreamUrl } = await startCannedNginx(dir)
    const gateway = await startGateway({ port: PORTS.gateway, upstreamUrl, dir, nodeArgs: ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] })
    const script = load.random ? writeScripts(dir).randomPages : undefined
    await runWrk({ url: gateway.url + load.path, connections: 32, seconds: 2, headers: gateway.headers, script })
    const result = await runWrk({ url: gateway.url + load.path, connections: 32, seconds, headers: gateway.headers, script })
    await stop(gateway.process)
    const file = readdirSync(profileDir).find((name) => name.endsWith('.cpuprofile'))
    if (file === undefined) throw new Error('the gateway wrote no profile')
    const profile = JSON.parse(readFileSync(join(profileDir, file), 'utf8')) as CpuProfile
    toSourcePositions(profile)
    process.stdout.write(`${loadName}: ${result.requestsPerSecond.toFixed(0)} req/s under the profiler; top self time:\n${topSelfTime(profile, 30).join('\n')}\n`)
    process.stdout.write(`\nself time by place:\n${selfTimeByPlace(profile, 30).join('\n')}\n`)
    process.stdout.write(`\nthe gateway's own functions, with what they call:\n${topTotalTimeOfOwnCode(profile, 40).join('\n')}\n`)
  } finally {
    await stopAll()
    rmSync(dir, { recursive: true, force: true })
  }
}

await main()
