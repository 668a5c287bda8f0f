import { Catalog, type CatalogAnswer, type CatalogStatus } from './catalog.js'
import type { Operation } from '../operations/types.js'

/**
 * The synced catalogs, made from the rows of the operation table that name
 * one (`catalog`): each is filled by its own row's upstream call and answer
 * mapping, so the table stays the one description of every operation.
 */

/** What a catalog needs of the upstream: the row invoked without input, outside any client request; resolves to its answer. */
export type CatalogCall = (operation: Operation) => Promise<unknown>

export class Catalogs {
  private readonly byOperationId: ReadonlyMap<string, Catalog>

  constructor (operations: readonly Operation[], call: CatalogCall, now?: () => Date) {
    this.byOperationId = new Map(operations.filter((operation) => operation.catalog !== undefined).map((operation) => [
      operation.operationId,
      new Catalog({ name: operation.catalog as string, operationId: operation.operationId, path: operation.path, load: () => load(operation, call), ...(now ? { now } : {}) }),
    ]))
  }

  /** The answer of a catalog operation, from memory. */
  read (operationId: string): Promise<CatalogAnswer> {
    const catalog = this.byOperationId.get(operationId)
    if (catalog === undefined) throw new Error(`${operationId} is not a synced catalog`)
    return catalog.read()
  }

  /** Syncs every catalog at once; never rejects. */
  syncAll (): Promise<CatalogStatus[]> {
    return Promise.all([...this.byOperationId.values()].map((catalog) => catalog.sync()))
  }

  /** Syncs the catalog of that name; undefined when there is none. Never rejects. */
  syncOne (name: string): Promise<CatalogStatus> | undefined {
    return [...this.byOperationId.values()].find((catalog) => catalog.name === name)?.sync()
  }

  get names (): string[] {
    return [...this.byOperationId.values()].map((catalog) => catalog.name)
  }

  statuses (): CatalogStatus[] {
    return [...this.byOperationId.values()].map((catalog) => catalog.status())
  }

  get size (): number {
    return this.byOperationId.size
  }
}

async function load (operation: Operation, call: CatalogCall): Promise<CatalogAnswer> {
  const answer = await call(operation)
  if (!isItemList(answer)) throw new Error(`${operation.operationId} does not answer {items}: it cannot be a synced catalog`)
  return answer
}

function isItemList (answer: unknown): answer is CatalogAnswer {
  return typeof answer === 'object' && answer !== null && Array.isArray((answer as { items?: unknown }).items)
}
