import { recordActivity } from '../activity-log.js'
import { Rejection, success } from '../envelope.js'
import { agoText, epochString, slashDateTime } from '../formats.js'
import type { Endpoint, Handler } from '../handler.js'
import { formatUnits, scaleUnitsUp, toUnits } from '../money.js'
import { paginate, readPage } from '../pagination.js'
import { optionalText, requireAmount, requireChoice, requireText, type Body } from '../params.js'
import { newestFirst, nextId, type InvoiceRecord } from '../state.js'

/**
 * Invoices: applying for one draws on the invoiceable amount
 * (invoiceBalance, answered as a JSON number, unlike other money). Money
 * here has two decimals in answers except `fees`.
 */

/** The tax-handling fee the reference's example shows: 16.0000 on 200.00. */
const FEE_PERCENT = 8n
const EXPRESS_FEE = '10.0000'
/** What a VAT special invoice (invoicetype 1) needs on top of the common fields. */
const SPECIAL_INVOICE_FIELDS = ['registerno', 'bankname', 'card', 'address', 'tel'] as const
const OPTIONAL_FIELDS = ['registerno', 'bankname', 'card', 'address', 'tel', 'businesslicense', 'taxcertificate', 'taxatorqual'] as const

const money2 = (decimal: string): string => formatUnits(toUnits(decimal), 2)

/** The fields both answer shapes (list row, application) open with, in the reference's order. */
function invoiceHead (invoice: InvoiceRecord, uid: string) {
  return {
    id: invoice.id,
    uid,
    title: invoice.title,
    price: money2(invoice.price),
    type: invoice.type,
    invoicetype: invoice.invoicetype,
  }
}

const invoiceList: Handler = (body, { state, nowSeconds }) => {
  const page = paginate(newestFirst(state.invoices), readPage(body))
  const rows = page.rows.map((invoice) => ({
    ...invoiceHead(invoice, state.account.uid),
    status: invoice.status,
    expressname: invoice.expressname,
    expresscode: invoice.expresscode,
    mailaddress: invoice.mailaddress,
    content: invoice.content,
    created: slashDateTime(invoice.createdAt),
    created_ago: agoText(invoice.createdAt, nowSeconds),
  }))
  return success(rows, { total: String(page.total), totalpage: page.totalpage })
}

function readOptionalFields (body: Body, invoicetype: '1' | '2') {
  const fields = Object.fromEntries(OPTIONAL_FIELDS.map((field) => [field, optionalText(body, field) ?? '']))
  if (invoicetype === '1') {
    for (const field of SPECIAL_INVOICE_FIELDS) requireText(body, field)
  }
  return fields as Record<typeof OPTIONAL_FIELDS[number], string>
}

const invoiceApply: Handler = (body, context) => {
  const { state } = context
  const title = requireText(body, 'title')
  const price = requireAmount(body, 'price', 2)
  const type = requireChoice(body, 'type', ['1', '2'] as const)
  const invoicetype = requireChoice(body, 'invoicetype', ['1', '2'] as const)
  const optional = readOptionalFields(body, invoicetype)
  const recipients = requireText(body, 'recipients')
  const mailaddress = requireText(body, 'mailaddress')
  const phone = requireText(body, 'phone')
  const postcode = requireText(body, 'postcode')
  if (!/^\d{6}$/.test(postcode)) throw new Rejection('邮编格式不正确')
  if (price <= 0n) throw new Rejection('发票金额必须大于0')
  const available = toUnits(state.invoiceBalance)
  if (price > available) throw new Rejection('可开发票金额不足')

  const invoice: InvoiceRecord = {
    id: nextId(state, 'invoice'),
    title,
    price: formatUnits(price),
    type,
    invoicetype,
    status: '1',
    ...optional,
    fees: formatUnits(scaleUnitsUp(price, FEE_PERCENT, 100n)),
    express: EXPRESS_FEE,
    expressname: '',
    expresscode: '',
    recipients,
    mailaddress,
    phone,
    postcode,
    content: null,
    createdAt: context.nowSeconds,
  }
  state.invoices.push(invoice)
  state.invoiceBalance = formatUnits(available - price)
  recordActivity(context, { type: 'finance', op: '1', title: '发票申请', content: `发票金额:${money2(invoice.price)}` })

  return success({
    ...invoiceHead(invoice, state.account.uid),
    registerno: invoice.registerno,
    bankname: invoice.bankname,
    card: invoice.card,
    address: invoice.address,
    tel: invoice.tel,
    businesslicense: invoice.businesslicense,
    taxcertificate: invoice.taxcertificate,
    taxatorqual: invoice.taxatorqual,
    fees: invoice.fees,
    express: money2(invoice.express),
    status: invoice.status,
    created: epochString(invoice.createdAt),
    expressname: invoice.expressname,
    expresscode: invoice.expresscode,
    recipients: invoice.recipients,
    mailaddress: invoice.mailaddress,
    phone: invoice.phone,
    postcode: invoice.postcode,
    platform: '1',
    content: invoice.content,
    username: context.settings.username,
  })
}

/** A JSON number, as the reference answers it ("invoiceprice": 57300): the one money field that is not a string. */
const invoiceBalance: Handler = (_body, { state }) => success({ invoiceprice: Number(formatUnits(toUnits(state.invoiceBalance), 2)) })

export const invoiceEndpoints: Endpoint[] = [
  { path: '/API/profile/invoiceList', handler: invoiceList },
  { path: '/API/profile/invoiceApply', handler: invoiceApply },
  { path: '/API/profile/invoiceBalance', handler: invoiceBalance },
]
