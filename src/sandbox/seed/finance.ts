import { chinaEpoch, orderStamp } from '../formats.js'
import type { InvoiceRecord, PaymentProduct, PaymentRecord, PaymentType, RechargeRecord, RechargeType } from '../state.js'

/**
 * Recharges, payments and invoices. The first row of each is the
 * reference's example; the rest are generated deterministically (no
 * randomness, so every sandbox starts identical) to make paging and filters
 * meaningful: 12 recharges, 45 payments, 11 invoices.
 */

export const SEED_BALANCE = '750.6346'
export const SEED_INVOICE_BALANCE = '57300.0000'

const HOUR = 3600
const DAY = 24 * HOUR

/** A deterministic six-digit tail for generated order codes. */
function codeTail (first: number, index: number): string {
  return String((first + index * 7919) % 1_000_000).padStart(6, '0')
}

const RECHARGE_TYPES: RechargeType[] = [3, 1, 2, 4, 5, 1]
const RECHARGE_PRICES = ['1000.0000', '500.0000', '200.0000', '50.0000', '20.0000', '3000.0000']

export function seedRecharges (): RechargeRecord[] {
  const first = chinaEpoch(2015, 3, 17, 15, 6, 37)
  return Array.from({ length: 12 }, (_, index) => {
    const createdAt = first - index * 9 * DAY - index * 5 * HOUR
    return {
      id: String(2331234567 - index),
      name: '充值',
      price: RECHARGE_PRICES[index % RECHARGE_PRICES.length] as string,
      code: orderStamp(createdAt) + codeTail(485662, index),
      type: RECHARGE_TYPES[index % RECHARGE_TYPES.length] as RechargeType,
      status: '1',
      createdAt,
    }
  })
}

interface PaymentTemplate {
  type: PaymentType
  paytype: PaymentProduct
  name: string
  bid: string
  price: string
}

const PAYMENT_TEMPLATES: PaymentTemplate[] = [
  { type: 1, paytype: 1, name: 'i-230x2mmn', bid: '100231', price: '0.4395' },
  { type: 1, paytype: 2, name: 'd-8fk2l1qa', bid: '200118', price: '0.1200' },
  { type: 1, paytype: 5, name: 'cdn.example.com', bid: '300045', price: '3.2000' },
  { type: 1, paytype: 7, name: 'example.com', bid: '400012', price: '0.0500' },
  { type: 2, paytype: 1, name: 'i-230x2mmn', bid: '100231', price: '12.5000' },
  { type: 3, paytype: 8, name: '发票款', bid: '0', price: '26.0000' },
  { type: 4, paytype: 5, name: '代金券抵扣', bid: '300045', price: '20.0000' },
  { type: 1, paytype: 9, name: 'p-77ab01', bid: '500003', price: '8.8800' },
  { type: 1, paytype: 3, name: 'b_n22ovkdx', bid: '100231', price: '0.0300' },
  { type: 1, paytype: 6, name: '购买1.00T流量包', bid: '100004', price: '320.0000' },
]

export function seedPayments (): PaymentRecord[] {
  const first = chinaEpoch(2015, 3, 19, 15, 0)
  return Array.from({ length: 45 }, (_, index) => {
    const template = PAYMENT_TEMPLATES[index % PAYMENT_TEMPLATES.length] as PaymentTemplate
    // Seven hours apart, so some times fall before 10:00 and show the unpadded hour.
    const createdAt = first - index * 7 * HOUR
    return {
      id: String(1081361123 - index),
      code: orderStamp(createdAt) + codeTail(447822, index),
      status: '1',
      createdAt,
      ...template,
    }
  })
}

const INVOICE_STATUSES = ['3', '2', '2', '1', '2', '2', '3', '2', '2', '2', '2']

export function seedInvoices (): InvoiceRecord[] {
  const first = chinaEpoch(2014, 12, 31, 17, 12)
  return INVOICE_STATUSES.map((status, index) => {
    const shipped = status === '2'
    return {
      id: String(3212345678 - index * 1000),
      title: '发票申请',
      price: index === 0 ? '200.0000' : `${(index + 1) * 500}.0000`,
      type: '1',
      invoicetype: index % 3 === 0 ? '1' : '2',
      status,
      registerno: '',
      bankname: '',
      card: '',
      address: '',
      tel: '',
      businesslicense: '',
      taxcertificate: '',
      taxatorqual: '',
      fees: '16.0000',
      express: '10.0000',
      expressname: shipped ? '顺丰速运' : '',
      expresscode: shipped ? String(960000000000 + index) : '',
      recipients: '财务部',
      mailaddress: '地址',
      phone: '13584145363',
      postcode: '214000',
      content: status === '3' ? '地址不正确' : '',
      createdAt: first - index * 20 * DAY,
    }
  })
}
