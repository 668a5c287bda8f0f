import { configure } from 'safe-stable-stringify'

/** JSON with object keys sorted, so equal values always give equal text (cache keys, idempotency fingerprints). */
export const canonicalJson: (value: unknown) => string = configure({ deterministic: true, bigint: false, circularValue: Error }) as (value: unknown) => string
