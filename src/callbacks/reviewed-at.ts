import { toIsoTime } from '../operations/convert.js'

/**
 * The sender's review time, normalised like every upstream time: its
 * `2023-08-31 20:16:53` and epoch values become ISO 8601 with +08:00, an
 * ISO value with an offset is kept, and anything else is kept as given
 * (never dropped). `ms` is set only when the value could be read as a time;
 * it ranks reviews of the same signature or template.
 */

const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})$/
const EPOCH_MILLISECONDS = /^\d{13}$/

export interface ReviewTime {
  text: string | null
  ms: number | undefined
}

export function normaliseReviewedAt (value: string | number | null | undefined): ReviewTime {
  if (value === null || value === undefined || value === '') return { text: null, ms: undefined }
  const text = String(value).trim()
  const iso = EPOCH_MILLISECONDS.test(text) ? toIsoTime(Math.floor(Number(text) / 1000)) : toIsoTime(value)
  if (iso !== null) return { text: iso, ms: Date.parse(iso) }
  if (ISO_WITH_OFFSET.test(text) && !Number.isNaN(Date.parse(text))) return { text, ms: Date.parse(text) }
  return { text, ms: undefined }
}
