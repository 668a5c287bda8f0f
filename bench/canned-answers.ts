import { startSandbox } from '../src/sandbox/index.js'

/**
 * The upstream's answers the bench serves, taken from the built-in sandbox
 * (seeded from the reference's examples), so every body has the exact shape
 * and size VeryCloud answers with. The sub-account page is filled to the
 * default 30 rows: a full page is what a real account lists.
 */

export const UPSTREAM_PATHS = {
  authorize: '/API/OAuth/authorize',
  balance: '/API/profile/balance',
  subaccountList: '/API/profile/subaccountList',
  flowPriceList: '/API/cdn/flowPriceList',
} as const

export type CannedAnswers = Record<keyof typeof UPSTREAM_PATHS, string>

const USERNAME = 'bench'
const PASSWORD = 'bench-password'
const PAGE_ROWS = 30

export async function cannedAnswers (): Promise<CannedAnswers> {
  const sandbox = await startSandbox({ username: USERNAME, password: PASSWORD, passwordEncoding: 'none' })
  try {
    const post = async (path: string, body: Record<string, unknown>) => {
      const response = await fetch(sandbox.url + path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })
      return await response.json() as Record<string, unknown>
    }
    const authorize = await post(UPSTREAM_PATHS.authorize, { username: USERNAME, password: PASSWORD })
    const token = String(authorize.access_token)
    // Far in the future: the canned token never expires during a run.
    authorize.expires = 4102444800
    const subaccounts = await post(UPSTREAM_PATHS.subaccountList, { token, page: 1, limit: PAGE_ROWS })
    return {
      authorize: JSON.stringify(authorize),
      balance: JSON.stringify(await post(UPSTREAM_PATHS.balance, { token })),
      subaccountList: JSON.stringify(fullPage(subaccounts)),
      flowPriceList: JSON.stringify(await post(UPSTREAM_PATHS.flowPriceList, { token })),
    }
  } finally {
    await sandbox.close()
  }
}

function fullPage (envelope: Record<string, unknown>): Record<string, unknown> {
  const seeded = envelope.data as Array<Record<string, unknown>>
  const rows = Array.from({ length: PAGE_ROWS }, (_, index) => ({ ...seeded[index % seeded.length], uid: String(7002123456 + index) }))
  return { ...envelope, data: rows, total: 30_000_000, totalpage: 1_000_000 }
}
