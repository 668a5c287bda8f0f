import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import Fastify from 'fastify'
import { BARE_ROUTE_PATHS, answerFileOf } from './start.js'

/**
 * The Node ceiling for a read served from memory: a bare Fastify route
 * answering, from memory, the JSON the gateway answers on GET
 * /cdn/price-tiers (a synced catalog) and GET /balance (a read-cached
 * call), with nothing else (no logger, hooks, schemas or auth).
 *
 *   BENCH_PORT=28002 BENCH_ANSWERS_DIR=dir node --import tsx bench/baselines/bare-route.ts
 */

const dir = process.env.BENCH_ANSWERS_DIR ?? '.'
const app = Fastify({ logger: false })
for (const path of BARE_ROUTE_PATHS) {
  const answer: unknown = JSON.parse(readFileSync(join(dir, answerFileOf(path)), 'utf8'))
  app.get(path, async () => answer)
}
// A normal exit on SIGTERM, so that under `node --cpu-prof` (bench/profile.ts) the profile is written.
process.once('SIGTERM', () => process.exit(0))
await app.listen({ host: '127.0.0.1', port: Number(process.env.BENCH_PORT) })
