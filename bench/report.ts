import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Machine } from './machine.js'
import type { WrkResult } from './wrk.js'

/** The one table a run prints, its targets, and where it is kept (bench/results/, the README). */

export type Baseline = 'bare' | 'nginx' | 'node'

export interface Row {
  scenario: string
  server: string
  connections: number
  result: WrkResult
  /** The server's user + system CPU time over the requests it answered, in that measurement; NaN where not measured. */
  cpuMicrosPerRequest: number
  rssBeforeMiB: number
  rssAfterMiB: number
  /** This row's throughput over each baseline's in the same conditions. */
  ratios: Partial<Record<Baseline, number>>
}

export interface Target {
  goal: string
  measured: string
  /** Undefined: not measured in this run. */
  met: boolean | undefined
}

export interface Report {
  machine: Machine
  settings: string
  rows: Row[]
  targets: Target[]
  notes: string[]
  /** Markdown blocks after the notes: the profiles of the targets missed. */
  sections?: string[]
}

const fmt = (value: number | undefined, digits: number) => (value !== undefined && Number.isFinite(value) ? value.toFixed(digits) : '–')

/** The middle value, or the mean of the two middle ones; NaN for none. */
export function median (values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  if (sorted.length === 0) return Number.NaN
  return ((sorted[Math.floor((sorted.length - 1) / 2)] ?? 0) + (sorted[Math.ceil((sorted.length - 1) / 2)] ?? 0)) / 2
}

export function markdownTable (header: string[], rows: string[][]): string {
  const widths = header.map((cell, column) => Math.max(cell.length, ...rows.map((row) => row[column]?.length ?? 0)))
  const line = (cells: string[]) => `| ${cells.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join(' | ')} |`
  return [line(header), `|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`, ...rows.map(line)].join('\n')
}

export function resultsTable (rows: Row[]): string {
  return markdownTable(
    ['scenario', 'server', 'conns', 'req/s', 'p50 ms', 'p99 ms', 'errors', 'CPU µs/req', 'vs bare', 'vs nginx', 'vs node', 'RSS MiB before → after'],
    rows.map((row) => [
      row.scenario, row.server, String(row.connections), fmt(row.result.requestsPerSecond, 0), fmt(row.result.p50Ms, 2), fmt(row.result.p99Ms, 2), String(row.result.errors), fmt(row.cpuMicrosPerRequest, 0),
      fmt(row.ratios.bare, 2), fmt(row.ratios.nginx, 2), fmt(row.ratios.node, 2), `${fmt(row.rssBeforeMiB, 0)} → ${fmt(row.rssAfterMiB, 0)}`,
    ]),
  )
}

export function targetsTable (targets: Target[]): string {
  const verdict = (met: boolean | undefined) => (met === undefined ? 'not run' : met ? 'met' : 'MISSED')
  return markdownTable(['target', 'measured', ''], targets.map((target) => [target.goal, target.measured, verdict(target.met)]))
}

export function machineLine ({ date, cores, cpuModel, memoryGiB, node, nginx, wrk, commit, loadAverage }: Machine): string {
  return `${date}, ${cores} cores (${cpuModel}), ${memoryGiB} GiB, Node ${node}, nginx ${nginx}, ${wrk}, commit ${commit}, load average at start ${loadAverage}`
}

export function renderReport (report: Report): string {
  return [
    resultsTable(report.rows),
    '',
    targetsTable(report.targets),
    '',
    `Measured ${machineLine(report.machine)}.`,
    report.settings,
    ...report.notes.map((note) => `- ${note}`),
    ...(report.sections ?? []).flatMap((section) => ['', section]),
  ].join('\n')
}

/** bench/results/<date>.md, one file per day (a later run that day replaces it). */
export function writeResults (directory: string, report: Report): string {
  mkdirSync(directory, { recursive: true })
  const file = join(directory, `${report.machine.date.slice(0, 10)}.md`)
  writeFileSync(file, `# Benchmark, ${report.machine.date.slice(0, 10)}\n\n\`npm run bench\` on the machine below.\n\n${renderReport(report)}\n`)
  return file
}

const START = '<!-- bench:latest -->'
const END = '<!-- /bench:latest -->'

/** Replaces what stands between the README's markers; a README without them is left alone. */
export function updateReadme (readme: string, report: Report, resultsFile: string): boolean {
  const text = readFileSync(readme, 'utf8')
  const start = text.indexOf(START)
  const end = text.indexOf(END)
  if (start === -1 || end < start) return false
  const latest = `${START}\nLatest run (${resultsFile}):\n\n${renderReport(report)}\n${END}`
  writeFileSync(readme, text.slice(0, start) + latest + text.slice(end + END.length))
  return true
}
