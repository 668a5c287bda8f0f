import { spawnSync } from 'node:child_process'
import { cpus, loadavg, totalmem } from 'node:os'

/** What a result was measured on, written next to it: numbers from another machine are not comparable. */

export interface Machine {
  date: string
  cores: number
  cpuModel: string
  memoryGiB: number
  node: string
  nginx: string
  wrk: string
  commit: string
  loadAverage: string
}

/** nginx -v and wrk -v print to stderr, and wrk exits 1: read both streams, whatever the status. */
const firstLine = (command: string, args: string[]) => {
  const result = spawnSync(command, args, { encoding: 'utf8' })
  return `${result.stdout ?? ''}${result.stderr ?? ''}`.split('\n')[0]?.trim() || 'unknown'
}

export function describeMachine (): Machine {
  return {
    date: new Date().toISOString(),
    cores: Number(firstLine('nproc', [])),
    cpuModel: cpus()[0]?.model ?? 'unknown',
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    nginx: firstLine('nginx', ['-v']).replace(/^nginx version: /, ''),
    wrk: firstLine('wrk', ['-v']).split(' [')[0] ?? 'unknown',
    commit: firstLine('git', ['rev-parse', '--short', 'HEAD']),
    loadAverage: loadavg().map((load) => load.toFixed(2)).join(' '),
  }
}
