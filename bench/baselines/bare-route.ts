import { readFileSync } from 'node:fs'
import Fastify from 'fastify'

/**
 * The Node ceiling for a memory-served read: a bare Fastify route answering
 * the same JSON the gateway serves on GET /cdn/price-tiers, held in memory,
 * with nothing else (no logger, hooks, schemas or auth).
 *
 *   BENCH_PORT=28002 BENCH_ANSWER_FILE=price-tiers.json node --import tsx bench/baselines/bare-route.ts
 */

const answer: unknown = JSON.parse(readFileSync(process.env.BENCH_ANSWER_FILE ?? '', 'utf8'))
const app = Fastify({ logger: false })
app.get('/cdn/price-tiers', async () => answer)
// A normal exit on SIGTERM, so that under `node --cpu-prof` (bench/profile.ts) the profile is written.
process.once('SIGTERM', () => process.exit(0))
await app.listen({ host: '127.0.0.1', port: Number(process.env.BENCH_PORT) })
