/**
 * The console's 接口检测 (interface check): can the gateway obtain a token
 * and read the balance, and how long does it take. The balance is read
 * through the operation table's own row (the caller passes it in, as
 * src/upstream does not know the table); the last result is kept for
 * GET /admin/upstream.
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

  /** `readBalance` makes a live call (no cached answer) and resolves to the balance. */
  constructor (private readonly readBalance: () => Promise<string | null>) {}

  get lastResult (): ProbeResult | undefined {
    return this.last
  }

  async check (): Promise<ProbeResult> {
    const started = performance.now()
    const checkedAt = new Date().toISOString()
    try {
      const balance = await this.readBalance()
      this.last = { reachable: true, checkedAt, latencyMs: elapsed(started), balance, error: null }
    } catch (error) {
      this.last = { reachable: false, checkedAt, latencyMs: elapsed(started), balance: null, error: error instanceof Error ? error.message : String(error) }
    }
    return this.last
  }
}

const elapsed = (started: number) => Math.round((performance.now() - started) * 10) / 10
