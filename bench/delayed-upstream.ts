import { createServer } from 'node:http'
import { readFileSync } from 'node:fs'

/**
 * The canned upstream with latency: every call answered after
 * BENCH_DELAY_MS, as a distant upstream would, counting calls per path
 * (GET /calls). nginx-light has no echo_sleep, hence plain node:http.
 *
 *   BENCH_PORT=28010 BENCH_DELAY_MS=50 BENCH_ANSWERS_DIR=dir node bench/delayed-upstream.ts
 */

const delayMs = Number(process.env.BENCH_DELAY_MS ?? 50)
const dir = process.env.BENCH_ANSWERS_DIR ?? '.'
const answers = new Map([
  ['/API/OAuth/authorize', 'authorize'],
  ['/API/profile/balance', 'balance'],
  ['/API/profile/subaccountList', 'subaccountList'],
  ['/API/cdn/flowPriceList', 'flowPriceList'],
].map(([path, name]) => [path, readFileSync(`${dir}/${name}.json`)]))
const calls: Record<string, number> = {}

createServer((request, response) => {
  if (request.method === 'GET' && request.url === '/calls') {
    response.setHeader('content-type', 'application/json')
    response.end(JSON.stringify(calls))
    return
  }
  const path = request.url ?? ''
  calls[path] = (calls[path] ?? 0) + 1
  request.resume()
  request.on('end', () => setTimeout(() => {
    const body = answers.get(path)
    response.statusCode = body === undefined ? 404 : 200
    response.setHeader('content-type', 'application/json')
    response.end(body ?? '{"code":0,"message":"unknown endpoint"}')
  }, delayMs))
}).listen(Number(process.env.BENCH_PORT), '127.0.0.1', 4096)
