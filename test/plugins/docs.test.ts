import { existsSync } from 'node:fs'
import { chromium } from 'playwright-core'
import t from 'tap'
import { buildTestApp } from '../helper.js'

/**
 * GET /docs as a browser shows it: the "getting a key" section and the
 * operations are on screen once the page has loaded, with no loading
 * spinner and no second fetch of the spec; the page points at /openapi.json.
 */

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

t.test('the page says how to get a key and where the spec is', async (t) => {
  const app = await buildTestApp(t)
  const page = await app.inject({ method: 'GET', url: '/docs' })
  t.equal(page.statusCode, 200)
  t.match(page.headers['content-type'], /^text\/html/)
  t.match(page.body, '<h2 id="getting-a-key">Getting a key</h2>')
  t.match(page.body, 'npx verycloud-gateway keys create')
  t.match(page.body, '<a href="/openapi.json">/openapi.json</a>')
  t.notMatch(page.body, /\/docs\/json/, 'not the plugin\'s own copy of the spec')

  const init = await app.inject({ method: 'GET', url: '/docs/init.js' })
  t.match(init.headers['content-type'], /javascript/)
  t.notMatch(init.body, /<\/script/i, 'no string in the embedded spec can close the script element')
  t.match(init.body, '"operationId":"listSubaccounts"', 'the spec is embedded')
})

t.test('a headless browser sees the reference rendered, not a spinner', { skip: existsSync(CHROMIUM) ? false : `no browser at ${CHROMIUM}` }, async (t) => {
  const app = await buildTestApp(t)
  const address = await app.listen({ host: '127.0.0.1', port: 0 })
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] })
  t.teardown(() => browser.close())
  const page = await browser.newPage()
  const fetched: string[] = []
  page.on('request', (request) => fetched.push(new URL(request.url()).pathname))

  await page.goto(`${address}/docs`, { waitUntil: 'load' })
  t.ok(await page.getByRole('heading', { name: 'Getting a key' }).isVisible(), 'the getting-a-key section is on screen')
  t.notOk(await page.getByText('A typed REST API over VeryCloud API3.').isVisible(), 'the spec\'s description is not shown twice')
  // Rendering runs as the last script of the page, so it is done by the load event.
  t.ok(await page.locator('.opblock-tag').count() > 5, 'the operations are rendered')
  t.ok(await page.locator('text=listSubaccounts').or(page.locator('text=/subaccounts')).first().isVisible(), 'a route is visible')
  t.equal(await page.locator('.loading-container').count(), 0, 'no loading spinner')
  t.notOk(fetched.some((path) => path === '/openapi.json' || path.endsWith('/json')), `the spec is not fetched again (${fetched.join(', ')})`)
})
