import type { SelectQueryBuilder } from 'kysely'
import type { PageOf, PageRequest } from '../callbacks.js'

/**
 * One page of a filtered query, as every admin list answers it: the total
 * of rows the filters match, and the rows `select` picks and orders, at
 * most `limit` of them from `(page - 1) × limit` (pages count from 1).
 */
export async function readPage<DB, TB extends keyof DB, Row, Item> (
  filtered: SelectQueryBuilder<DB, TB, object>,
  select: (query: SelectQueryBuilder<DB, TB, object>) => SelectQueryBuilder<DB, TB, Row>,
  toItem: (row: Row) => Item,
  page: PageRequest,
): Promise<PageOf<Item>> {
  // Generic over the table, Kysely cannot name the selected alias: the count is read as what it is.
  const { total } = await filtered.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow() as unknown as { total: number | string | bigint }
  const rows = await select(filtered).limit(page.limit).offset((page.page - 1) * page.limit).execute()
  return { items: rows.map((row) => toItem(row as Row)), total: Number(total) }
}
