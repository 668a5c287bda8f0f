import { errors } from '../errors.js'

/** At most `max` open event streams per key (SSE_MAX_STREAMS_PER_KEY): each stream holds a slot while it is open. */
export class StreamSlots {
  private readonly open = new Map<string, number>()

  constructor (private readonly max: number) {}

  /** Throws the 429 when the key's slots are taken; otherwise returns the function that gives the slot back. */
  take (secretId: string): () => void {
    const taken = this.open.get(secretId) ?? 0
    if (taken >= this.max) throw errors.tooManyStreams(this.max)
    this.open.set(secretId, taken + 1)
    let released = false
    return () => {
      if (released) return
      released = true
      const left = (this.open.get(secretId) ?? 1) - 1
      if (left === 0) this.open.delete(secretId)
      else this.open.set(secretId, left)
    }
  }
}
