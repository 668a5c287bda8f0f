import t from 'tap'
import { encodePassword } from '../../src/upstream/password-cipher.js'
import { obtainToken, PASSWORD, post, startTestSandbox, tokenCaller, USERNAME } from './support/sandbox-client.js'

interface Detail {
  mail: string
  profile: Record<string, string>
  balance: Record<string, string>
}

t.test('profile changes show in detail', async (t) => {
  const sandbox = await startTestSandbox(t)
  const call = await tokenCaller(sandbox)

  const updated = await call('/API/profile/update', {
    tel: '051086994256', company: '新公司', qq: 123456, other_mail: 'a@x.cn, b@y.cn', other_phone: '13500000001', daily_report: 0, week_report: '0', recieve_sms: true,
  })
  t.same(updated.data, { phone: '13584145363' }, 'update answers the phone, as in the reference')
  await call('/API/profile/pictureUpdate', { picture: 'https://example.com/me.png' })
  await call('/API/profile/mailUpdate', { mail: 'new@verycloud.cn' })
  await call('/API/profile/phoneUpdate', { phone: '13511111111' })

  const { data } = await call<Detail>('/API/profile/detail')
  t.equal(data.mail, 'new@verycloud.cn')
  t.match(data.profile, {
    tel: '051086994256', company: '新公司', qq: '123456', other_mail: 'a@x.cn,b@y.cn', other_phone: '13500000001', daily_report: '0', week_report: '0', picture: 'https://example.com/me.png', phone: '13511111111',
  })
  t.equal(sandbox.state.account.profile.recieve_sms, '1', 'stored, though detail does not show it (nor does the reference)')

  await call('/API/profile/update', { other_mail: '' })
  t.equal((await call<Detail>('/API/profile/detail')).data.profile.other_mail, '', 'an empty string clears a field')
})

t.test('bad profile values are refused', async (t) => {
  const sandbox = await startTestSandbox(t)
  const call = await tokenCaller(sandbox)
  t.same(await call('/API/profile/update', {}), { code: 0, message: '没有需要更新的资料' })
  t.equal((await call('/API/profile/update', { recieve_mail: false })).code, 1, 'booleans are taken as switches')
  t.equal(sandbox.state.account.profile.recieve_mail, '0')
  t.same(await call('/API/profile/update', { daily_report: 2 }), { code: 0, message: '参数格式不正确: daily_report' })
  t.same(await call('/API/profile/update', { other_mail: 'a@x.cn,nope' }), { code: 0, message: '其他邮件地址格式不正确' })
  t.same(await call('/API/profile/update', { qq: 'abc' }), { code: 0, message: 'QQ号码格式不正确' })
  t.same(await call('/API/profile/mailUpdate', { mail: 'not-a-mail' }), { code: 0, message: '邮箱格式不正确' })
  t.same(await call('/API/profile/phoneUpdate', { phone: '12345' }), { code: 0, message: '手机号码格式不正确' })
  t.same(await call('/API/profile/pictureUpdate', { picture: 'ftp://x' }), { code: 0, message: '头像地址格式不正确' })
  t.same(await call('/API/profile/mailUpdate'), { code: 0, message: '缺少必要参数: mail' })
  t.equal(sandbox.state.account.mail, 'example_user@verycloud.cn')
})

t.test('a password change needs the old password and a matching repeat', async (t) => {
  const sandbox = await startTestSandbox(t)
  const call = await tokenCaller(sandbox)
  t.same(await call('/API/profile/passwordUpdate', { old_password: 'wrong', new_password: 'next-pass-2', new_password2: 'next-pass-2' }), { code: 0, message: '原密码错误' })
  t.same(await call('/API/profile/passwordUpdate', { old_password: PASSWORD, new_password: 'next-pass-2', new_password2: 'next-pass-3' }), { code: 0, message: '两次输入的新密码不一致' })
  t.same(await call('/API/profile/passwordUpdate', { old_password: PASSWORD, new_password: 'short', new_password2: 'short' }), { code: 0, message: '密码长度不能少于6位' })
  t.same(await call('/API/profile/passwordUpdate', { new_password: 'next-pass-2', new_password2: 'next-pass-2' }), { code: 0, message: '缺少必要参数: old_password' })
  t.equal(sandbox.state.account.password, PASSWORD, 'nothing changed')

  t.same(await call('/API/profile/passwordUpdate', { old_password: PASSWORD, new_password: 'next-pass-2', new_password2: 'next-pass-2' }), { code: 1, message: '操作完成' })
  t.equal((await post(sandbox, '/API/OAuth/authorize', { username: USERNAME, password: encodePassword(PASSWORD) })).code, 0, 'the old password no longer authorizes')
  t.ok(await obtainToken(sandbox, 'next-pass-2'), 'the new one does')
  t.equal((await call('/API/profile/balance')).code, 1, 'tokens issued before the change stay valid')
})

t.test('the balance alarm is stored and echoed in detail', async (t) => {
  const sandbox = await startTestSandbox(t)
  const call = await tokenCaller(sandbox)
  const set = await call('/API/profile/balanceAlarm', { alarm: 0, alarm_num: 5, alarm_value: '123.4' })
  t.same(set.data, { alarm: '0', alarm_num: '5', alarm_value: '123.40' })
  const { data } = await call<Detail>('/API/profile/detail')
  t.match(data.balance, { alarm: '0', alarm_num: '5', alarm_value: '123.40', price: '750.6346' })

  await call('/API/profile/balanceAlarm', { alarm: 1 })
  t.match((await call<Detail>('/API/profile/detail')).data.balance, { alarm: '1', alarm_num: '5', alarm_value: '123.40' }, 'unsent settings are kept')
  t.same(await call('/API/profile/balanceAlarm', { alarm_num: 1 }), { code: 0, message: '缺少必要参数: alarm' })
  t.same(await call('/API/profile/balanceAlarm', { alarm: 1, alarm_value: '1.234' }), { code: 0, message: '参数格式不正确: alarm_value' })
})

t.test('register checks what a sign-up form would', async (t) => {
  const sandbox = await startTestSandbox(t)
  const form = { username: 'new_user', password: '12345678', confirm_password: '12345678', mail: 'new_user@verycloud.cn', phone: '13545678945' }
  t.same(await post(sandbox, '/API/profile/register', { ...form, confirm_password: 'different' }), { code: 0, message: '两次输入的密码不一致' })
  t.same(await post(sandbox, '/API/profile/register', { ...form, username: USERNAME }), { code: 0, message: '用户名已存在' })
  t.same(await post(sandbox, '/API/profile/register', { ...form, username: 'x' }), { code: 0, message: '用户名格式不正确' })
  t.same(await post(sandbox, '/API/profile/register', { ...form, mail: undefined }), { code: 0, message: '缺少必要参数: mail' })
  const first = await post<{ uid: number }>(sandbox, '/API/profile/register', form)
  const second = await post<{ uid: number }>(sandbox, '/API/profile/register', { ...form, username: 'new_user2' })
  t.equal(second.data.uid, first.data.uid + 1)
  t.same(await post(sandbox, '/API/profile/register', form), { code: 0, message: '用户名已存在' }, 'a signed-up name is taken')
  t.equal(sandbox.state.registeredAccounts.length, 2)
})
