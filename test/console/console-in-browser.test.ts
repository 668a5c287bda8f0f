import type { FastifyInstance } from 'fastify'
import t from 'tap'
import type { Locator, Page } from 'playwright-core'
import { newWebhookId, RAW_SECRET, reviewEvent, signedHeaders } from '../callbacks/support/signed-callback.js'
import { startListeningGateway } from '../events/support/listening-gateway.js'
import { TEST_ADMIN_TOKEN } from '../helper.js'
import { startCallbackReceiver } from '../support/callback-receiver.js'
import { chromiumMissing, launchChromium, openPage } from './support/browser.js'

/** Whether the element shows up within 5 s: the screens render what they fetch a moment after their heading. */
const shown = (locator: Locator) => locator.waitFor({ state: 'visible', timeout: 5_000 }).then(() => true, () => false)

/**
 * The console driven in headless Chromium against a gateway listening on
 * 127.0.0.1 with the sandbox upstream: one browser and one page, the
 * operator's day in order (sign in, keys, upstream check, sync, callbacks),
 * then what the page must never do (leave the origin, keep the token).
 */

const admin = { authorization: `Bearer ${TEST_ADMIN_TOKEN}` }

async function until (what: string, check: () => Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

async function signIn (page: Page, token: string): Promise<void> {
  await page.getByLabel('Admin token').fill(token)
  await page.getByLabel('Admin token').press('Enter')
}

async function adminGet (app: FastifyInstance, url: string) {
  const response = await app.inject({ method: 'GET', url, headers: admin })
  return response.json()
}

t.test('the console in a browser', { skip: chromiumMissing }, async (t) => {
  const receiver = await startCallbackReceiver()
  t.teardown(() => receiver.close())
  receiver.answer([], 500)
  const { app, origin } = await startListeningGateway(t, { CALLBACK_SECRET: RAW_SECRET, RELAY_ALLOW_PRIVATE: 'true', RELAY_RETRY_SCHEDULE_MS: '100' })
  const browser = await launchChromium(t)
  const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1440, height: 900 } })
  const { page, requests, consoleMessages, screenshot } = await openPage(context)
  const dialogs: string[] = []
  let acceptDialogs = true
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message())
    void (acceptDialogs ? dialog.accept() : dialog.dismiss())
  })
  const secrets: string[] = [TEST_ADMIN_TOKEN]
  let created: { secretId: string, secretKey: string } | undefined

  const response = await page.goto(`${origin}/console`)
  t.equal(response?.status(), 200)

  await t.test('a wrong token is refused beside the field; the admin token signs in with the keyboard', async (t) => {
    t.equal(await page.evaluate('document.activeElement?.id'), 'admin-token', 'the token field has the focus')
    t.ok(await shown(page.getByRole('button', { name: 'Sign in' })))
    await signIn(page, 'not-the-admin-token')
    const fieldError = page.locator('.field-error:visible')
    await fieldError.waitFor()
    t.match(await fieldError.textContent(), /Authentication required: .+/, 'the problem\'s title and detail, in words')
    t.equal(await page.getByLabel('Admin token').getAttribute('aria-invalid'), 'true')

    await page.keyboard.press('Control+A')
    await page.keyboard.type(TEST_ADMIN_TOKEN)
    await page.keyboard.press('Enter')
    await page.getByRole('navigation', { name: 'Screens' }).waitFor()
    t.ok(await shown(page.getByRole('heading', { name: 'API keys' })), 'the key screen opens first')
    t.equal(await page.getByLabel('Admin token').count(), 0, 'the token field is gone')
  })

  await t.test('an invalid whitelist is refused as it is typed, with the reason beside the field', async (t) => {
    await page.getByRole('button', { name: 'Create key' }).click()
    const whitelist = page.getByLabel('IP whitelist')
    const create = page.getByRole('button', { name: 'Create', exact: true })
    await whitelist.pressSequentially('10.0.0.1,999.1.1.1')
    const reason = page.locator('.field-error:visible')
    t.equal(await reason.textContent(), 'Entry 2 ("999.1.1.1") is not an IPv4 or IPv6 address or CIDR range.')
    await screenshot('keys-whitelist-refused')
    t.ok(await create.isDisabled(), 'Create is disabled while the list is invalid')
    t.equal(await whitelist.getAttribute('aria-invalid'), 'true')

    await whitelist.fill('10.0.0.1,0.0.0.0/0')
    t.match(await reason.textContent(), /^Entry 2 \("0\.0\.0\.0\/0"\) is too broad/, 'a range that admits everyone is refused too')
    t.ok(await create.isDisabled())

    await whitelist.fill(Array.from({ length: 11 }, (_, index) => `10.0.0.${index + 1}`).join(','))
    t.equal(await reason.textContent(), 'At most 10 entries; this lists 11.')
    t.ok(await create.isDisabled())

    await whitelist.fill('127.0.0.1, ::1, 10.0.0.0/24')
    t.equal(await page.locator('.field-error:visible').count(), 0, 'a valid list says nothing')
    t.ok(await create.isEnabled())
  })

  await t.test('a refusal the page cannot foresee is shown beside its field, and nothing is created', async (t) => {
    await page.getByLabel('Callback URL').fill('http://user:password@127.0.0.1:9/hooks')
    await page.getByRole('button', { name: 'Create', exact: true }).click()
    const refusal = page.locator('.field', { has: page.getByLabel('Callback URL') }).locator('.field-error')
    await refusal.waitFor()
    t.equal(await refusal.textContent(), 'it must not carry a user name or password', 'the gateway\'s reason, beside the Callback URL')
    t.equal((await adminGet(app, '/admin/api-keys')).total, 0, 'no key was created')
  })

  await t.test('a key is created; its secrets are shown once, work, and are gone after a reload', async (t) => {
    await page.getByLabel('Callback URL').fill(receiver.url)
    await page.getByLabel('Note').fill('browser test key')
    await page.getByRole('button', { name: 'Create', exact: true }).click()
    const panel = page.locator('section.secrets')
    await panel.waitFor()
    const secretId = await panel.getByLabel('SecretId').inputValue()
    const secretKey = await panel.getByLabel('SecretKey').inputValue()
    const authorization = await panel.getByLabel('Authorization header').inputValue()
    const webhookSecret = await panel.getByLabel('Webhook secret').inputValue()
    created = { secretId, secretKey }
    secrets.push(secretKey, webhookSecret)
    receiver.secret = webhookSecret
    t.match(secretId, /^AKID/)
    t.equal(authorization, `Bearer ${secretId}.${secretKey}`, 'the ready Authorization value')
    t.match(webhookSecret, /^whsec_/)
    t.equal(await panel.getByRole('button', { name: 'Copy', exact: true }).count(), 4, 'a Copy button for each')

    const stored = await adminGet(app, `/admin/api-keys/${secretId}`)
    t.match(stored, { scopes: ['read', 'write'], ipWhitelist: ['127.0.0.1', '::1', '10.0.0.0/24'], callbackUrl: receiver.url, note: 'browser test key', disabled: false })
    const balance = await fetch(`${origin}/balance`, { headers: { authorization } })
    t.equal(balance.status, 200, 'the Authorization value shown works')
    t.ok(await shown(page.getByRole('row').filter({ hasText: secretId })), 'the new key is listed')
    await screenshot('keys-created')

    await page.reload()
    await signIn(page, TEST_ADMIN_TOKEN)
    await page.getByRole('row').filter({ hasText: secretId }).waitFor()
    const html = await page.content()
    const values = await page.evaluate<string[]>('[...document.querySelectorAll("input")].map((input) => input.value)')
    t.notOk(html.includes(secretKey) || values.includes(secretKey), 'the SecretKey is not shown again')
    t.notOk(html.includes(webhookSecret), 'nor the webhook secret')
    await screenshot('keys')
  })

  await t.test('disable, enable, and delete after confirmation change the key on the gateway', async (t) => {
    const spare = await app.inject({ method: 'POST', url: '/admin/api-keys', headers: admin, payload: { scopes: ['read'], ipWhitelist: '10.9.9.9', note: 'spare' } })
    const spareId = (spare.json() as { secretId: string }).secretId
    await page.getByRole('button', { name: 'API keys' }).click()
    const row = page.getByRole('row').filter({ hasText: spareId })
    await row.getByRole('button', { name: 'Disable' }).click()
    await row.getByRole('button', { name: 'Enable' }).waitFor()
    t.equal((await adminGet(app, `/admin/api-keys/${spareId}`)).disabled, true, 'Disable disabled it')
    await row.getByRole('button', { name: 'Enable' }).click()
    await row.getByRole('button', { name: 'Disable' }).waitFor()
    t.equal((await adminGet(app, `/admin/api-keys/${spareId}`)).disabled, false, 'Enable enabled it')

    acceptDialogs = false
    await row.getByRole('button', { name: 'Delete' }).click()
    t.equal((await app.inject({ method: 'GET', url: `/admin/api-keys/${spareId}`, headers: admin })).statusCode, 200, 'a dismissed confirmation deletes nothing')
    acceptDialogs = true
    await row.getByRole('button', { name: 'Delete' }).click()
    await page.getByText(`Key ${spareId} deleted.`).waitFor()
    t.equal((await app.inject({ method: 'GET', url: `/admin/api-keys/${spareId}`, headers: admin })).statusCode, 404, 'a confirmed Delete deletes it')
    t.match(dialogs.at(-1), `Delete key ${spareId}?`, 'the confirmation names the key')
  })

  await t.test('Edit saves the key; Rotate shows a new SecretKey once and the old one stops working', async (t) => {
    if (created === undefined) return t.fail('no key was created')
    const { secretId, secretKey: oldKey } = created
    const row = page.getByRole('row').filter({ hasText: secretId })
    await row.getByRole('button', { name: 'Edit' }).click()
    await page.getByLabel('Note').fill('renamed in the console')
    await page.getByRole('button', { name: 'Save' }).click()
    await page.getByText(`Key ${secretId} saved.`).waitFor()
    t.match(await adminGet(app, `/admin/api-keys/${secretId}`), { note: 'renamed in the console', callbackUrl: receiver.url, ipWhitelist: ['127.0.0.1', '::1', '10.0.0.0/24'] }, 'the note changed, the rest stayed')

    await row.getByRole('button', { name: 'Rotate' }).click()
    const panel = page.locator('section.secrets')
    await panel.waitFor()
    const newKey = await panel.getByLabel('SecretKey').inputValue()
    t.not(newKey, oldKey)
    t.equal(await panel.getByLabel('Webhook secret').count(), 0, 'the webhook secret stays as it was')
    secrets.push(newKey)
    created = { secretId, secretKey: newKey }
    t.equal((await fetch(`${origin}/balance`, { headers: { authorization: `Bearer ${secretId}.${oldKey}` } })).status, 401, 'the old secret is refused')
    t.equal((await fetch(`${origin}/balance`, { headers: { authorization: `Bearer ${secretId}.${newKey}` } })).status, 200, 'the new one works')
    await page.getByRole('button', { name: 'Done, I have stored them' }).click()
    t.equal(await panel.count(), 0, 'Done drops the secrets from the page')
    t.notOk((await page.content()).includes(newKey))
  })

  await t.test('the upstream check, reached by keyboard, shows the sandbox balance', async (t) => {
    await page.getByRole('button', { name: 'API keys' }).focus()
    await page.keyboard.press('Tab')
    await page.keyboard.press('Enter')
    await page.getByRole('heading', { name: 'Upstream interface check' }).waitFor()
    t.ok(await shown(page.getByText('built-in sandbox, not to VeryCloud')), 'the sandbox is said plainly')
    await page.getByRole('button', { name: 'Check now' }).click()
    const status = page.getByRole('status').filter({ hasText: 'Reachable in' })
    await status.waitFor()
    const { lastCheck } = await adminGet(app, '/admin/upstream')
    const sandboxBalance = (await (await fetch(`${origin}/balance`, { headers: { authorization: `Bearer ${created?.secretId}.${created?.secretKey}` } })).json() as { amount: string }).amount
    t.equal(lastCheck.balance, sandboxBalance, 'the check read the sandbox\'s balance')
    t.match(await status.textContent(), `balance ${sandboxBalance}.`, 'and the page shows it')
    t.equal(await page.locator('.balance').textContent(), sandboxBalance)
    await screenshot('upstream')
  })

  await t.test('Sync all syncs every catalog and shows each one\'s state', async (t) => {
    await page.getByRole('navigation').getByRole('button', { name: 'Sync' }).click()
    await page.getByRole('heading', { name: 'Catalog sync' }).waitFor()
    await page.getByRole('button', { name: 'Sync all' }).click()
    await page.getByRole('status').filter({ hasText: 'Synced:' }).waitFor()
    const { catalogs } = await adminGet(app, '/admin/sync') as { catalogs: Array<{ name: string, itemCount: number, status: string }> }
    t.ok(catalogs.length >= 2)
    for (const catalog of catalogs) {
      const row = page.getByRole('row').filter({ has: page.locator(`#catalog-${catalog.name}`) })
      t.equal(catalog.status, 'ok')
      t.match(await row.textContent(), new RegExp(`ok.*ms${catalog.itemCount}`), `${catalog.name}: status, duration, ${catalog.itemCount} items`)
    }
    const rowButtons = page.locator('main table').getByRole('button', { name: 'Sync', exact: true })
    t.equal(await rowButtons.count(), catalogs.length, 'a Sync button per catalog')
    await screenshot('sync')
  })

  await t.test('a row\'s Sync syncs that catalog only', async (t) => {
    const before = await adminGet(app, '/admin/sync') as { catalogs: Array<{ name: string, lastSyncAt: string }> }
    const [first, second] = before.catalogs
    await page.getByRole('row').filter({ has: page.locator(`#catalog-${first?.name}`) }).getByRole('button', { name: 'Sync', exact: true }).click()
    await until('the row sync to finish', async () => (await adminGet(app, '/admin/sync')).catalogs[0].lastSyncAt !== first?.lastSyncAt)
    const after = await adminGet(app, '/admin/sync') as typeof before
    t.equal(after.catalogs[1]?.lastSyncAt, second?.lastSyncAt, `${second?.name} was left alone`)
    await page.getByRole('status').filter({ hasText: 'Synced:' }).waitFor()
  })

  await t.test('a signed callback arrives live; a failed delivery is retried', async (t) => {
    await page.getByRole('navigation').getByRole('button', { name: 'Callbacks' }).click()
    await page.getByRole('status').filter({ hasText: 'Live: receiving callbacks' }).waitFor()
    const body = JSON.stringify(reviewEvent({ data: { id: 'tpl-console-7', name: 'Console login code', status: 'rejected', reason: 'signature missing' } }))
    const posted = await fetch(`${origin}/callbacks/sms`, { method: 'POST', headers: signedHeaders({ body, webhookId: newWebhookId() }), body })
    t.equal(posted.status, 200)
    const live = page.getByRole('row').filter({ hasText: 'Console login code' })
    await live.waitFor()
    t.match(await live.textContent(), /template.*tpl-console-7.*rejected.*signature missing/)

    // The relay tries twice (the schedule has one retry), the receiver refuses both: failed.
    await receiver.waitFor(2)
    const failedRow = page.getByRole('row').filter({ hasText: 'failed' })
    await until('the delivery to show as failed', async () => {
      await page.getByRole('button', { name: 'Refresh' }).click()
      return (await failedRow.count()) > 0
    })
    t.match(await failedRow.textContent(), /2500/, 'two attempts, last status 500')
    await screenshot('callbacks')
    receiver.answer([], 204)
    await failedRow.getByRole('button', { name: 'Retry' }).click()
    await receiver.waitFor(3)
    t.equal(receiver.received[2]?.answeredWith, 204)
    t.ok(receiver.received[2]?.signatureValid, 'the retried delivery is signed with the key\'s webhook secret')
    await until('the delivery to show as delivered', async () => {
      await page.getByRole('button', { name: 'Refresh' }).click()
      return (await page.getByRole('row').filter({ hasText: 'delivered' }).count()) > 0
    })
    const { items } = await adminGet(app, '/admin/deliveries') as { items: Array<{ state: string }> }
    t.equal(items[0]?.state, 'delivered')
  })

  // GET /admin/audit and GET /admin/idempotency come with issue 8 (branch pipeline); until they are merged, this is a todo.
  const auditBuilt = app.hasRoute({ method: 'GET', url: '/admin/audit' }) && app.hasRoute({ method: 'GET', url: '/admin/idempotency' })
  const auditTodo = auditBuilt ? false : 'GET /admin/audit and GET /admin/idempotency are built on branch pipeline (issue 8) and not merged here yet'
  await t.test('the audit screen lists the writes, filters them, and lists the unknown money outcomes', { todo: auditTodo }, async (t) => {
    // A money move whose outcome the gateway could not learn, as the idempotency layer records it after a timeout.
    const now = Date.now()
    const iso = (offsetMs: number) => new Date(now + offsetMs).toISOString()
    await app.store.idempotency.claim({ scope: created?.secretId ?? 'admin', idempotencyKey: 'buy-flow-console-1', fingerprint: 'f', operationId: 'buyCdnFlowPackage', path: '/cdn/flow-packages', requestId: 'req-console-unknown', createdAt: iso(0), expiresAt: iso(86_400_000), leaseUntil: iso(60_000) }, iso(0))
    await app.store.idempotency.finish(created?.secretId ?? 'admin', 'buy-flow-console-1', 'unknown', { status: 504, headers: {}, body: '{}' })

    await page.getByRole('navigation').getByRole('button', { name: 'Audit' }).click()
    await page.getByRole('heading', { name: 'Audit log' }).waitFor()
    const { items } = await adminGet(app, '/admin/audit?limit=50') as { items: Array<{ operationId: string }> }
    t.ok(items.length > 0, 'the writes above were audited')
    const auditTable = page.locator('section', { has: page.getByRole('heading', { name: 'Audit log' }) }).locator('tbody tr')
    await auditTable.first().waitFor({ timeout: 5000 })
    t.equal(await auditTable.count(), items.length, 'every entry is listed')
    t.ok(await auditTable.filter({ hasText: 'createApiKey' }).count() > 0, 'the key created above is there')

    await page.getByLabel('Operation', { exact: true }).fill('deleteApiKey')
    await page.getByRole('button', { name: 'Apply filters' }).click()
    await until('the filter to apply', async () => (await auditTable.count()) === (await adminGet(app, '/admin/audit?operationId=deleteApiKey')).items.length)
    t.ok(await auditTable.filter({ hasText: 'createApiKey' }).count() === 0, 'filtered by operation')

    const unknownSection = page.locator('section', { has: page.getByRole('heading', { name: 'Unknown money outcomes' }) })
    const unknownRow = unknownSection.locator('tbody tr')
    t.equal(await unknownRow.count(), 1, 'the unknown outcome is listed')
    t.match(await unknownRow.textContent(), /buyCdnFlowPackage.*\/cdn\/flow-packages.*buy-flow-console-1.*req-console-unknown/, 'with its operation, path, key and request id, to reconcile')

    await page.getByLabel('Outcome', { exact: true }).selectOption('rejected')
    await page.getByLabel('Operation', { exact: true }).fill('')
    await page.getByRole('button', { name: 'Apply filters' }).click()
    await until('the outcome filter to apply', async () => (await auditTable.count()) === (await adminGet(app, '/admin/audit?outcome=rejected')).items.length || (await page.getByText('No entries match.').count()) > 0)
    await page.getByLabel('Outcome', { exact: true }).selectOption('')
    await page.getByRole('button', { name: 'Apply filters' }).click()
    await auditTable.nth(items.length - 1).waitFor()
    await screenshot('audit')
  })

  await t.test('the language switch turns every screen Chinese', async (t) => {
    await page.getByLabel('Language').selectOption('zh')
    t.equal(await page.evaluate('document.documentElement.lang'), 'zh-CN')
    await page.getByRole('navigation', { name: '页面' }).getByRole('button', { name: '接口检测' }).click()
    await page.getByRole('button', { name: '接口检测' }).last().click()
    await page.getByRole('status').filter({ hasText: '连通' }).waitFor()
    await screenshot('upstream-zh')
    await page.getByRole('button', { name: 'API密钥管理' }).click()
    t.ok(await shown(page.getByRole('button', { name: '创建API密钥' })))
    await page.getByLabel('语言').selectOption('en')
    t.ok(await shown(page.getByRole('button', { name: 'Create key' })), 'and back')
  })

  await t.test('a Chinese browser gets the Chinese console', async (t) => {
    const zhContext = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1440, height: 900 } })
    t.teardown(() => zhContext.close())
    const zh = await openPage(zhContext)
    await zh.page.goto(`${origin}/console`)
    await zh.page.getByLabel('管理令牌').waitFor()
    t.ok(await shown(zh.page.getByRole('button', { name: '登录' })))
    await zh.screenshot('sign-in-zh')
  })

  await t.test('no request left the origin; the credentials are in no URL, storage or cookie', async (t) => {
    t.ok(requests.length > 10, `${requests.length} requests were made`)
    const elsewhere = requests.filter((request) => new URL(request.url()).origin !== origin)
    t.strictSame(elsewhere.map((request) => request.url()), [], 'every request went to the gateway')
    t.strictSame(requests.filter((request) => secrets.some((secret) => request.url().includes(secret))).map((request) => request.url()), [], 'no secret in any URL')
    t.strictSame(requests.filter((request) => request.headers().cookie !== undefined).map((request) => request.url()), [], 'no cookie sent')
    const authorized = requests.filter((request) => request.headers().authorization !== undefined)
    t.ok(authorized.every((request) => new URL(request.url()).pathname.startsWith('/admin/')), 'the credential went to the admin API only')
    // Evaluated in the page (a string: this file is type-checked without the DOM library).
    const stored = await page.evaluate(`(async () => ({
      local: localStorage.length,
      session: sessionStorage.length,
      cookie: document.cookie,
      databases: (await indexedDB.databases()).length,
      caches: (await caches.keys()).length,
    }))()`)
    t.strictSame(stored, { local: 0, session: 0, cookie: '', databases: 0, caches: 0 })
    t.strictSame(await context.cookies(), [])
    t.strictSame(consoleMessages.filter((message) => /Content Security Policy|pageerror/i.test(message)), [], 'no CSP violation and no script error')
  })
})
