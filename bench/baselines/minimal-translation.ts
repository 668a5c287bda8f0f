import Fastify from 'fastify'
import { Pool } from 'undici'

/**
 * The Node floor for a translation: fastify and undici with no features.
 * One token fetched at start, GET /balance and GET /subaccounts?page=N
 * turned into the upstream POSTs, the envelope unwrapped into a plain
 * answer. No auth, validation, logging, metrics, retries or deadlines.
 *
 *   BENCH_PORT=28003 BENCH_UPSTREAM=http://127.0.0.1:28000 node --import tsx bench/baselines/minimal-translation.ts
 */

interface Envelope { code: number, data?: unknown, total?: number, totalpage?: number, access_token?: string }

const pool = new Pool(process.env.BENCH_UPSTREAM ?? '')
const post = async (path: string, body: Record<string, unknown>): Promise<Envelope> => {
  const response = await pool.request({ method: 'POST', path, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })
  return await response.body.json() as Envelope
}

const { access_token: token } = await post('/API/OAuth/authorize', { username: 'bench', password: 'bench-password' })
const app = Fastify({ logger: false })

app.get('/balance', async () => {
  const { data } = await post('/API/profile/balance', { token })
  return { balance: (data as Array<{ price: string }>)[0]?.price }
})

app.get('/subaccounts', async (request) => {
  const page = Number((request.query as { page?: string }).page ?? 1)
  const { data, total, totalpage } = await post('/API/profile/subaccountList', { token, page, limit: 30 })
  return { items: data, page, limit: 30, total, totalPages: totalpage }
})

// A normal exit on SIGTERM, so that under `node --cpu-prof` (bench/profile.ts) the profile is written.
process.once('SIGTERM', () => process.exit(0))
await app.listen({ host: '127.0.0.1', port: Number(process.env.BENCH_PORT) })
