import { Type, type Static } from '@sinclair/typebox'
import { Page, PageQuery } from '../schemas/page.js'
import { DateTime, Id, Money, MoneyInput, Nullable, StringEnum } from '../schemas/primitives.js'
import { codeFor, pick, record, requireId, requireRecord, toIsoTime, toMoney, toPage, toText, wordFor, wordsOf } from './convert.js'
import { PhoneNumber } from './fields.js'
import { defineOperation } from './types.js'

/** Invoices: the list, applying for one (it draws on the invoiceable amount) and that amount. */

const TAGS = ['invoices']

/** invoiceApply's `type` (开具类型): 1 企业 2 个人. */
const INVOICE_TITLE_TYPE = { 1: 'company', 2: 'personal' } as const
/** invoiceApply's `invoicetype`: 1 增值税专用发票 2 增值税普通发票. */
const INVOICE_KIND = { 1: 'vat_special', 2: 'vat_general' } as const
/**
 * The reference does not list invoice statuses; its examples show "1" on a
 * fresh application and "3" with a refusal reason, and "2" is an invoice
 * that was issued and sent (its courier and tracking number set).
 */
const INVOICE_STATUS = { 1: 'pending', 2: 'issued', 3: 'rejected' } as const

const InvoiceTitleType = StringEnum(wordsOf(INVOICE_TITLE_TYPE), 'company (upstream 1) or personal (2)')
const InvoiceKind = StringEnum(wordsOf(INVOICE_KIND), 'vat_special (upstream 1, 增值税专用发票) or vat_general (2, 增值税普通发票)')
const InvoiceStatus = StringEnum(wordsOf(INVOICE_STATUS), 'pending (upstream 1), issued (2) or rejected (3)')

/** What the apply answer adds to a list row; each is present only when the upstream sends it. */
const InvoiceDetails = {
  registrationNo: Type.Optional(Type.String({ description: 'Tax registration number' })),
  bankName: Type.Optional(Type.String()),
  bankAccount: Type.Optional(Type.String()),
  address: Type.Optional(Type.String({ description: 'Registered address' })),
  tel: Type.Optional(Type.String({ description: 'Registered landline' })),
  businessLicense: Type.Optional(Type.String({ description: 'Copy of the business licence' })),
  taxCertificate: Type.Optional(Type.String({ description: 'Copy of the tax registration certificate' })),
  taxpayerQualification: Type.Optional(Type.String({ description: 'Copy of the general-taxpayer qualification' })),
  recipient: Type.Optional(Type.String()),
  phone: Type.Optional(Type.String()),
  postcode: Type.Optional(Type.String()),
  fee: Type.Optional(Money('Tax handling fee')),
  shippingFee: Type.Optional(Money('Courier fee')),
}

export const Invoice = Type.Object({
  id: Id(),
  title: Type.String({ description: 'The invoice header (抬头)' }),
  amount: Money('Invoiced amount'),
  type: Nullable(InvoiceTitleType),
  invoiceType: Nullable(InvoiceKind),
  status: Nullable(InvoiceStatus),
  remark: Type.String({ description: 'The reviewer\'s remark, e.g. why it was rejected' }),
  courier: Type.String({ description: 'Courier company, once sent' }),
  trackingNo: Type.String({ description: 'Courier tracking number, once sent' }),
  mailAddress: Type.String(),
  createdAt: Nullable(DateTime()),
  ...InvoiceDetails,
}, { title: 'Invoice' })

const Text = (description: string, maxLength = 255) => Type.String({ minLength: 1, maxLength, description })

export const CreateInvoice = Type.Object({
  title: Text('The invoice header (抬头)', 100),
  amount: MoneyInput('Amount to invoice, at most the invoiceable balance'),
  type: InvoiceTitleType,
  invoiceType: InvoiceKind,
  registrationNo: Type.Optional(Text('Tax registration number (VAT special invoices)', 64)),
  bankName: Type.Optional(Text('Bank of the basic account (VAT special invoices)')),
  bankAccount: Type.Optional(Text('Basic account number (VAT special invoices)', 64)),
  address: Type.Optional(Text('Registered address (VAT special invoices)')),
  tel: Type.Optional(Text('Registered landline (VAT special invoices)', 32)),
  businessLicense: Type.Optional(Text('Copy of the business licence', 1024)),
  taxCertificate: Type.Optional(Text('Copy of the tax registration certificate', 1024)),
  taxpayerQualification: Type.Optional(Text('Copy of the general-taxpayer qualification', 1024)),
  recipient: Text('Who receives the paper invoice', 64),
  mailAddress: Text('Where it is sent'),
  phone: PhoneNumber('The recipient\'s phone'),
  postcode: Type.String({ pattern: '^\\d{6}$', description: 'Postcode' }),
}, { additionalProperties: false, title: 'CreateInvoice' })

export const ListInvoicesQuery = Type.Object({ ...PageQuery }, { additionalProperties: false, title: 'ListInvoicesQuery' })

export const InvoiceBalance = Type.Object({ amount: Money('What may still be invoiced') }, { title: 'InvoiceBalance' })

function invoiceFrom (value: unknown): Static<typeof Invoice> {
  const row = record(value)
  const details = pick(row, {
    registerno: ['registrationNo', toText],
    bankname: ['bankName', toText],
    card: ['bankAccount', toText],
    address: ['address', toText],
    tel: ['tel', toText],
    businesslicense: ['businessLicense', toText],
    taxcertificate: ['taxCertificate', toText],
    taxatorqual: ['taxpayerQualification', toText],
    recipients: ['recipient', toText],
    phone: ['phone', toText],
    postcode: ['postcode', toText],
    fees: ['fee', toMoney],
    express: ['shippingFee', toMoney],
  }) as Partial<Static<typeof Invoice>>
  return {
    id: requireId(row.id, 'data[].id'),
    title: toText(row.title),
    amount: toMoney(row.price, 'data[].price'),
    type: wordFor(INVOICE_TITLE_TYPE, row.type, null),
    invoiceType: wordFor(INVOICE_KIND, row.invoicetype, null),
    status: wordFor(INVOICE_STATUS, row.status, null),
    remark: toText(row.content),
    courier: toText(row.expressname),
    trackingNo: toText(row.expresscode),
    mailAddress: toText(row.mailaddress),
    createdAt: toIsoTime(row.created),
    ...details,
  }
}

export const listInvoices = defineOperation({
  operationId: 'listInvoices',
  method: 'GET',
  path: '/invoices',
  tags: TAGS,
  summary: 'List invoices',
  description: 'Invoice applications, newest first, with their review status and shipping.',
  upstream: '/API/profile/invoiceList',
  cache: { ttlSeconds: 5 },
  status: 200,
  query: ListInvoicesQuery,
  response: Page(Invoice, 'InvoicePage'),
  toUpstream: ({ query }) => ({ page: query.page, limit: query.limit }),
  fromUpstream: (envelope, { query }) => toPage(envelope, query, invoiceFrom),
  examples: {
    response: {
      items: [{ id: '3212345678', title: '发票申请', amount: '200.00', type: 'company', invoiceType: 'vat_special', status: 'rejected', remark: '地址不正确', courier: '', trackingNo: '', mailAddress: '地址', createdAt: '2014-12-31T17:12:00+08:00' }],
      page: 1,
      limit: 30,
      total: 11,
      totalPages: 1,
    },
  },
})

export const createInvoice = defineOperation({
  operationId: 'createInvoice',
  method: 'POST',
  path: '/invoices',
  tags: TAGS,
  summary: 'Apply for an invoice',
  description: 'Applies for a paper invoice over part of the invoiceable balance. A VAT special invoice (`vat_special`) also needs the company\'s registration and bank fields.',
  upstream: '/API/profile/invoiceApply',
  invalidates: ['listInvoices', 'getInvoiceBalance', 'getBalance', 'getProfile'],
  moved: ({ body }) => ({ amount: body.amount }),
  movesMoney: true,
  status: 201,
  body: CreateInvoice,
  response: Invoice,
  // Amounts travel as the client's decimal string, so none passes through a float.
  toUpstream: ({ body }) => pick(body, {
    title: ['title'],
    amount: ['price'],
    type: ['type', codeFor(INVOICE_TITLE_TYPE)],
    invoiceType: ['invoicetype', codeFor(INVOICE_KIND)],
    registrationNo: ['registerno'],
    bankName: ['bankname'],
    bankAccount: ['card'],
    address: ['address'],
    tel: ['tel'],
    businessLicense: ['businesslicense'],
    taxCertificate: ['taxcertificate'],
    taxpayerQualification: ['taxatorqual'],
    recipient: ['recipients'],
    mailAddress: ['mailaddress'],
    phone: ['phone'],
    postcode: ['postcode'],
  }),
  fromUpstream: ({ data }) => invoiceFrom(data),
  examples: {
    request: { title: '发票', amount: '200', type: 'personal', invoiceType: 'vat_general', recipient: 'test', mailAddress: '地址', phone: '13211111111', postcode: '214400' },
    response: {
      id: '3512345678',
      title: '发票',
      amount: '200.00',
      type: 'personal',
      invoiceType: 'vat_general',
      status: 'pending',
      remark: '',
      courier: '',
      trackingNo: '',
      mailAddress: '地址',
      createdAt: '2015-03-19T15:39:17+08:00',
      registrationNo: '',
      bankName: '',
      bankAccount: '',
      address: '',
      tel: '',
      businessLicense: '',
      taxCertificate: '',
      taxpayerQualification: '',
      recipient: 'test',
      phone: '13211111111',
      postcode: '214400',
      fee: '16.0000',
      shippingFee: '10.00',
    },
  },
})

export const getInvoiceBalance = defineOperation({
  operationId: 'getInvoiceBalance',
  method: 'GET',
  path: '/invoices/balance',
  tags: TAGS,
  summary: 'Get the invoiceable balance',
  description: 'How much may still be invoiced. The upstream answers this one amount as a JSON number; it is given here as a decimal string like all money.',
  upstream: '/API/profile/invoiceBalance',
  cache: { ttlSeconds: 5 },
  status: 200,
  response: InvoiceBalance,
  toUpstream: () => ({}),
  fromUpstream: ({ data }) => ({ amount: toMoney(requireRecord(data, 'data').invoiceprice, 'data.invoiceprice') }),
  examples: { response: { amount: '57300' } },
})
