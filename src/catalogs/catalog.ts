import { Type, type Static } from '@sinclair/typebox'
import { isGatewayError } from '../errors.js'

/**
 * One synced catalog (docs/api.md, "Synced catalogs"): an upstream list that changes
 * rarely, kept in memory with its last sync time and outcome. A failed sync
 * keeps the last good copy; before any sync has succeeded, a read syncs
 * right away (sharing any sync under way), so a failed start-up sync costs
 * readers one live upstream call instead of an outage.
 */

export const CatalogStatus = Type.Object({
  name: Type.String({ description: 'The catalog, e.g. permissions' }),
  operationId: Type.String({ description: 'The operation that serves it' }),
  path: Type.String({ description: 'Where it is served' }),
  status: Type.Union([Type.Literal('pending'), Type.Literal('ok'), Type.Literal('failed')], {
    description: 'pending: no sync has finished yet; ok: the last sync succeeded; failed: it failed (the last good copy, if any, is still served)',
  }),
  syncing: Type.Boolean({ description: 'A sync is under way' }),
  lastSyncAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()], { description: 'When the last sync finished, successful or not (UTC)' }),
  lastSuccessAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()], { description: 'When the copy served was synced (UTC)' }),
  lastDurationMs: Type.Union([Type.Integer({ minimum: 0 }), Type.Null()], { description: 'How long the last sync took, successful or not' }),
  itemCount: Type.Integer({ minimum: 0, description: 'Items in the copy served' }),
  lastError: Type.Union([Type.Object({ code: Type.String(), message: Type.String() }), Type.Null()], { description: 'Why the last sync failed; null when it succeeded' }),
}, { title: 'CatalogStatus' })

export type CatalogStatus = Static<typeof CatalogStatus>

export interface CatalogAnswer {
  items: unknown[]
}

export interface CatalogOptions {
  name: string
  operationId: string
  path: string
  /** One upstream call, mapped to the answer served. */
  load: () => Promise<CatalogAnswer>
  now?: () => Date
}

export class Catalog {
  private answer: CatalogAnswer | undefined
  private running: Promise<CatalogAnswer> | undefined
  private lastSyncAt: Date | undefined
  private lastSuccessAt: Date | undefined
  private lastDurationMs: number | null = null
  private lastError: { code: string, message: string } | null = null

  constructor (private readonly options: CatalogOptions) {}

  get name (): string {
    return this.options.name
  }

  get operationId (): string {
    return this.options.operationId
  }

  /** The copy in memory, or, when no sync has succeeded yet, a sync now. */
  async read (): Promise<CatalogAnswer> {
    return this.answer ?? this.refresh()
  }

  /** Syncs now, or joins the sync under way; rejects with its error when it fails. */
  refresh (): Promise<CatalogAnswer> {
    if (this.running === undefined) {
      const startedAt = this.now()
      this.running = this.options.load()
        .then((answer) => this.succeeded(answer, startedAt), (error: unknown) => this.failed(error, startedAt))
        .finally(() => { this.running = undefined })
    }
    return this.running
  }

  /** Like refresh, but never rejects: the outcome is in the status. For the scheduler and the admin API. */
  async sync (): Promise<CatalogStatus> {
    await this.refresh().catch(() => undefined)
    return this.status()
  }

  status (): CatalogStatus {
    return {
      name: this.options.name,
      operationId: this.options.operationId,
      path: this.options.path,
      status: this.lastSyncAt === undefined ? 'pending' : this.lastError === null ? 'ok' : 'failed',
      syncing: this.running !== undefined,
      lastSyncAt: this.lastSyncAt?.toISOString() ?? null,
      lastSuccessAt: this.lastSuccessAt?.toISOString() ?? null,
      lastDurationMs: this.lastDurationMs,
      itemCount: this.answer?.items.length ?? 0,
      lastError: this.lastError,
    }
  }

  private succeeded (answer: CatalogAnswer, startedAt: Date): CatalogAnswer {
    this.answer = answer
    this.lastSuccessAt = this.finished(startedAt)
    this.lastError = null
    return answer
  }

  private failed (error: unknown, startedAt: Date): never {
    this.finished(startedAt)
    this.lastError = isGatewayError(error)
      ? { code: error.code, message: error.message }
      : { code: 'GW_INTERNAL', message: error instanceof Error ? error.message : String(error) }
    throw error
  }

  private finished (startedAt: Date): Date {
    this.lastSyncAt = this.now()
    this.lastDurationMs = Math.max(0, this.lastSyncAt.getTime() - startedAt.getTime())
    return this.lastSyncAt
  }

  private now (): Date {
    return this.options.now?.() ?? new Date()
  }
}
