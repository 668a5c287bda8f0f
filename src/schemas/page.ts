import { Type, type TSchema } from '@sinclair/typebox'

/** Query and answer shapes of paginated lists (docs/api.md, "Representation rules"). */

export const PageQuery = {
  page: Type.Integer({ minimum: 1, default: 1, description: 'Page number, from 1' }),
  limit: Type.Integer({ minimum: 1, maximum: 100, default: 30, description: 'Items per page, 1 to 100' }),
}

export const Page = <T extends TSchema>(item: T, title: string) => Type.Object({
  items: Type.Array(item),
  page: Type.Integer({ minimum: 1 }),
  limit: Type.Integer({ minimum: 1 }),
  total: Type.Integer({ minimum: 0 }),
  totalPages: Type.Integer({ minimum: 0 }),
}, { title })

/** Lists the upstream does not page. */
export const ItemList = <T extends TSchema>(item: T, title: string) => Type.Object({
  items: Type.Array(item),
}, { title })
