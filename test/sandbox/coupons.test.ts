import t from 'tap'
import { EXPIRED_COUPON_ID, REDEEMABLE_COUPONS, USED_COUPON_ID, VOID_COUPON_ID } from '../../src/sandbox/index.js'
import { manualClock, startTestSandbox, tokenCaller } from './support/sandbox-client.js'

t.test('an unused coupon is activated once', async (t) => {
  const sandbox = await startTestSandbox(t)
  const call = await tokenCaller(sandbox)
  const [coupon] = REDEEMABLE_COUPONS
  t.equal((await call('/API/profile/couponExchange', { couponid: coupon?.couponid })).code, 1)
  t.match(sandbox.state.coupons.find((candidate) => candidate.couponid === coupon?.couponid), { status: '1', priceover: '100.0000' })
  t.equal((await call('/API/profile/couponBalance')).data, '1680.0000')
  t.same(await call('/API/profile/couponExchange', { couponid: coupon?.couponid }), { code: 0, message: '代金券已领取' })
  t.equal((await call('/API/profile/couponBalance')).data, '1680.0000', 'not twice')
})

t.test('coupons that cannot be redeemed', async (t) => {
  const sandbox = await startTestSandbox(t)
  const call = await tokenCaller(sandbox)
  t.same(await call('/API/profile/couponExchange', { couponid: USED_COUPON_ID }), { code: 0, message: '代金券已使用' })
  t.same(await call('/API/profile/couponExchange', { couponid: VOID_COUPON_ID }), { code: 0, message: '代金券已作废' })
  t.same(await call('/API/profile/couponExchange', { couponid: EXPIRED_COUPON_ID }), { code: 0, message: '代金券已过期' })
  t.same(await call('/API/profile/couponExchange', { couponid: '00000000000000000000000000000000' }), { code: 0, message: '代金券不存在' })
  t.same(await call('/API/profile/couponExchange'), { code: 0, message: '缺少必要参数: couponid' })
  t.equal((await call('/API/profile/couponBalance')).data, '1580.0000')
})

t.test('a coupon past its end time is expired even if never used, and stops counting', async (t) => {
  const clock = manualClock()
  const sandbox = await startTestSandbox(t, { now: clock.now })
  const call = await tokenCaller(sandbox)
  const coupon = sandbox.state.coupons.find((candidate) => candidate.couponid === REDEEMABLE_COUPONS[1]?.couponid)
  if (coupon === undefined) throw new Error('seed changed')
  coupon.endsAt = Math.floor(clock.now() / 1000)
  t.same(await call('/API/profile/couponExchange', { couponid: coupon.couponid }), { code: 0, message: '代金券已过期' })

  const activated = sandbox.state.coupons.find((candidate) => candidate.status === '1' && candidate.price === '500.0000')
  if (activated === undefined) throw new Error('seed changed')
  activated.endsAt = Math.floor(clock.now() / 1000) + 60
  clock.advance(60_000)
  t.equal((await call('/API/profile/couponBalance')).data, '1080.0000')
})
