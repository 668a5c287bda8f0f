import type { FastifyRequest } from 'fastify'

/**
 * What the registrar learns while handling a write that only it knows, kept
 * for the audit hook: the upstream's code and message on success (a failure
 * carries them in its problem), and what a money move moved.
 */

export interface RequestNote {
  upstream?: { code: string, message: string | null }
  amount?: string
  bytes?: number
}

const notes = new WeakMap<FastifyRequest, RequestNote>()

export function noteForAudit (request: FastifyRequest, note: RequestNote): void {
  notes.set(request, { ...notes.get(request), ...note })
}

export function auditNoteOf (request: FastifyRequest): RequestNote {
  return notes.get(request) ?? {}
}
