import { spawn } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'

/** wrk runs and what they print, parsed. */

export interface WrkResult {
  requests: number
  requestsPerSecond: number
  p50Ms: number
  p99Ms: number
  /** Non-2xx answers plus socket errors (connect, read, write, timeout). */
  errors: number
}

export interface WrkRun {
  url: string
  connections: number
  seconds: number
  headers?: Record<string, string>
  script?: string
}

/** Lua scripts a run uses, written once into the run's directory. */
export function writeScripts (dir: string) {
  const randomPages = join(dir, 'random-pages.lua')
  writeFileSync(randomPages, 'request = function() return wrk.format(nil, "/subaccounts?page=" .. math.random(1, 1000000)) end\n')
  return { randomPages }
}

export async function runWrk ({ url, connections, seconds, headers = {}, script }: WrkRun): Promise<WrkResult> {
  const args = [
    '-t1', `-c${connections}`, `-d${seconds}s`, '--timeout', '10s', '--latency',
    ...Object.entries(headers).flatMap(([name, value]) => ['-H', `${name}: ${value}`]),
    ...(script === undefined ? [] : ['-s', script]),
    url,
  ]
  const output = await new Promise<string>((resolve, reject) => {
    const child = spawn('wrk', args, { stdio: ['ignore', 'pipe', 'inherit'] })
    let text = ''
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => { text += chunk })
    child.on('error', reject)
    child.on('close', () => resolve(text))
  })
  return parse(output)
}

export function parse (output: string): WrkResult {
  const number = (pattern: RegExp) => Number(pattern.exec(output)?.[1] ?? Number.NaN)
  const latency = (label: string) => {
    const match = new RegExp(`^\\s+${label}%\\s+([\\d.]+)(us|ms|s)`, 'm').exec(output)
    if (match === null) return Number.NaN
    const value = Number(match[1])
    return match[2] === 'us' ? value / 1000 : match[2] === 's' ? value * 1000 : value
  }
  const non2xx = number(/Non-2xx or 3xx responses: (\d+)/)
  const socketErrors = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(output)
  return {
    requests: number(/(\d+) requests in/),
    requestsPerSecond: number(/Requests\/sec:\s+([\d.]+)/),
    p50Ms: latency('50'),
    p99Ms: latency('99'),
    errors: (Number.isNaN(non2xx) ? 0 : non2xx) + (socketErrors === null ? 0 : socketErrors.slice(1).reduce((sum, n) => sum + Number(n), 0)),
  }
}
