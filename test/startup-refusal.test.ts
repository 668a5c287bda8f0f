import t from 'tap'
import { ConfigError } from '../src/config.js'
import { startupRefusal } from '../src/startup-refusal.js'

/** Which start-up failures are the operator's to fix (one line, exit 78) and which stay bugs (stack trace). */

const listen = { HOST: '127.0.0.1', PORT: 3000, DATABASE_URL: undefined }
const coded = (code: string, message = '') => Object.assign(new Error(message), { code })

t.test('a ConfigError is its own message', async (t) => {
  t.equal(startupRefusal(new ConfigError('TRUST_PROXY', 'has a bad entry'), listen), 'Invalid configuration: TRUST_PROXY has a bad entry')
})

t.test('a port in use names PORT and HOST and suggests another port', async (t) => {
  t.match(startupRefusal(coded('EADDRINUSE'), listen), /^Invalid configuration: PORT 3000 on HOST 127\.0\.0\.1 is already in use by another process\..*example: PORT=3001$/)
  t.match(startupRefusal(coded('EADDRINUSE'), { ...listen, PORT: 8080 }), /example: PORT=3000$/)
})

t.test('a privileged port and a foreign HOST say what is accepted', async (t) => {
  t.match(startupRefusal(coded('EACCES'), { ...listen, PORT: 80 }), /PORT 80 needs privileges.*Accepted: a port from 1024 to 65535/)
  t.match(startupRefusal(coded('EADDRNOTAVAIL'), { ...listen, HOST: '10.9.9.9' }), /HOST 10\.9\.9\.9 is not an address of this machine.*example: HOST=127\.0\.0\.1/)
})

t.test('a database that cannot be reached or logged in to names DATABASE_URL without its password', async (t) => {
  const config = { ...listen, DATABASE_URL: 'postgres://gateway:s3cret-pw@db.internal:5432/gateway' }
  const refused = new AggregateError([coded('ECONNREFUSED', 'connect ECONNREFUSED 10.0.0.5:5432')], '')
  Object.assign(refused, { code: 'ECONNREFUSED' })
  const message = startupRefusal(new Error('could not open the store', { cause: refused }), config)
  t.match(message, /^Invalid configuration: DATABASE_URL \(postgres:\/\/gateway:\*\*\*@db\.internal:5432\/gateway\) cannot be opened: ECONNREFUSED/)
  t.match(message, /Accepted: postgres:\/\/user:password@host:5432\/database$/)
  t.notMatch(message, /s3cret-pw/)
  t.match(startupRefusal(coded('28P01', 'password authentication failed for user "gateway"'), config), /cannot be opened: 28P01 \(password authentication failed/)
  t.match(startupRefusal(coded('3D000', 'database "gateway" does not exist'), config), /3D000 \(database "gateway" does not exist\)/)
  t.match(startupRefusal(new Error('DATABASE_URL=postgres://… is not supported yet'), config), /cannot be opened: DATABASE_URL=postgres:\/\/… is not supported yet/)
})

t.test('anything else is a bug and is not dressed up as configuration', async (t) => {
  t.equal(startupRefusal(new TypeError('x is undefined'), listen), undefined)
  t.equal(startupRefusal(coded('ECONNREFUSED'), listen), undefined, 'without DATABASE_URL a refused connection is not about the database')
  t.equal(startupRefusal(coded('42P01', 'relation "x" does not exist'), { ...listen, DATABASE_URL: 'postgres://h/db' }), undefined, 'a SQL bug is not a setup problem')
  t.equal(startupRefusal(undefined, listen), undefined)
})
