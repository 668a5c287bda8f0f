import type { Upstream } from './upstream.js'
import { toMoney, record } from '../operations/convert.js'

/**
 * The console's 接口检测 (interface check): can the gateway obtain a token
 * and read the balance, and how long does it take. The last result is kept
 * for GET /admin/upstream.
 */

export interface ProbeResult {
  reachable: boolean
  checkedAt: string
  latencyMs: number
  balance: string | null
  error: string | null
}

export class UpstreamProbe {
  private last: ProbeResult | undefined

  constructor (private readonly upstream: Upstream) {}

  get lastResult (): ProbeResult | undefined {
    return this.last
  }

  async check (): Promise<ProbeResult> {
    const started = performance.now()
    const checkedAt = new Date().toISOString()
    try {
      const envelope = await this.upstream.call('/API/profile/balance', {})
      const row = Array.isArray(envelope.data) ? envelope.data[0] : envelope.data
      this.last = { reachable: true, checkedAt, latencyMs: elapsed(started), balance: toMoney(record(row).price), error: null }
    } catch (error) {
      this.last = { reachable: false, checkedAt, latencyMs: elapsed(started), balance: null, error: error instanceof Error ? error.message : String(error) }
    }
    return this.last
  }
}

const elapsed = (started: number) => Math.round((performance.now() - started) * 10) / 10
