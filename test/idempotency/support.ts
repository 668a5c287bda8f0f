import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { FastifyInstance } from 'fastify'
import { fixtures, type OperationFixture } from '../operations/fixtures/index.js'
import type { FakeUpstream } from '../support/fake-upstream.js'

/** Requests built from the table's fixtures, so what goes upstream and back is known to be right. */

export const fixtureOf = (operationId: string): OperationFixture => {
  const fixture = fixtures.find((candidate) => candidate.operationId === operationId)
  if (fixture === undefined) throw new Error(`no fixture for ${operationId}`)
  return fixture
}

/** Answers every fixture's upstream path with its fixture's answer. */
export function answerLikeFixtures (fake: FakeUpstream): void {
  for (const fixture of fixtures) fake.on(fixture.upstreamPath, { json: fixture.upstreamAnswer })
}

export function sendFixture (app: FastifyInstance, operationId: string, headers: Record<string, string>, body?: unknown) {
  const { request } = fixtureOf(operationId)
  const payload = body ?? request.body
  return app.inject({ method: request.method, url: request.url, headers, ...(payload === undefined ? {} : { payload: payload as object }) })
}

/**
 * A DATA_DIR that outlives one app, for restarts. Not `t.testdir()`: the
 * helper calls that for every app it builds, which empties it.
 */
export function lastingDataDir (t: { teardown: (fn: () => void) => void }): string {
  const dir = mkdtempSync(join(tmpdir(), 'gateway-restart-'))
  t.teardown(() => rmSync(dir, { recursive: true, force: true }))
  return dir
}
