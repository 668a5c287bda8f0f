import { optionalInteger, type Body } from './params.js'

/**
 * `page` and `limit` of the upstream's paged lists. The envelope carries
 * `total` and `totalpage` next to `data`; each endpoint decides whether its
 * `total` is a string or a number, as the reference shows them differently.
 */

export const DEFAULT_PAGE = 1
export const DEFAULT_LIMIT = 30
const MAX_LIMIT = 1000

export interface PageRequest {
  page: number
  limit: number
}

export interface Page<Row> {
  rows: Row[]
  total: number
  totalpage: number
}

export function readPage (body: Body): PageRequest {
  return {
    page: optionalInteger(body, 'page', 1, 1_000_000) ?? DEFAULT_PAGE,
    limit: optionalInteger(body, 'limit', 1, MAX_LIMIT) ?? DEFAULT_LIMIT,
  }
}

export function paginate<Row> (rows: readonly Row[], request: PageRequest): Page<Row> {
  const start = (request.page - 1) * request.limit
  return {
    rows: rows.slice(start, start + request.limit),
    total: rows.length,
    totalpage: Math.ceil(rows.length / request.limit),
  }
}
