import t from 'tap'
import { TEST_DATABASE_URL } from './support/databases.js'

/**
 * Says plainly, in every `npm test`, what the run did not cover: without
 * TEST_DATABASE_URL the PostgreSQL half of the store tests and the second
 * run of the whole suite on PostgreSQL are skipped.
 */

const HOW = 'npm run test:shared (it starts PostgreSQL and Redis with scripts/test-services.sh, or uses TEST_DATABASE_URL and TEST_REDIS_URL when set)'

t.test('the store tests and the whole suite on PostgreSQL', { skip: TEST_DATABASE_URL === undefined ? `skipped: TEST_DATABASE_URL is not set. To run them: ${HOW}` : false }, async (t) => {
  t.match(TEST_DATABASE_URL, /^postgres(ql)?:\/\//, 'TEST_DATABASE_URL names a PostgreSQL server')
})
