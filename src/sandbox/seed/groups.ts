import { chinaEpoch } from '../formats.js'
import type { GroupRecord, GroupRoleRecord, PermissionModule } from '../state.js'

/**
 * Sub-account groups, their roles and the permission catalog. 测试组 and
 * 测试组2 and their times are the reference's; the older groups only make
 * paging real. 测试组's `created` is the reference's "1422081708".
 */

export function seedGroups (): GroupRecord[] {
  return [
    { id: '1441234567', name: '测试组', note: '测试组', createdAt: 1422081708 },
    { id: '1451234567', name: '测试组2', note: '测试组2', createdAt: chinaEpoch(2014, 12, 11, 9, 58) },
    { id: '1431234567', name: '运维组', note: '负责云主机运维', createdAt: chinaEpoch(2014, 11, 3, 10, 15) },
    { id: '1421234567', name: '财务组', note: '只读财务', createdAt: chinaEpoch(2014, 10, 8, 8, 30) },
    { id: '1411234567', name: '开发组', note: '', createdAt: chinaEpoch(2014, 9, 15, 17, 45) },
  ]
}

export function seedGroupRoles (): GroupRoleRecord[] {
  return [
    { id: '7448123456', gid: '1441234567', value: 'API/instance/cloudDiskAdd', createdAt: chinaEpoch(2015, 1, 20, 13, 0) },
    { id: '7412123456', gid: '1441234567', value: 'API/instance/cloudDiskList', createdAt: chinaEpoch(2015, 1, 7, 10, 28) },
    { id: '7301123456', gid: '1451234567', value: 'API/cdn/domainList', createdAt: chinaEpoch(2014, 12, 12, 9, 0) },
  ]
}

/** What groupPermissions answers and what groupRoleAdd/Update accept as a role `value`. */
export function seedPermissionCatalog (): PermissionModule[] {
  return [
    {
      module: 'cloud_cdn',
      name: 'CDN',
      subs: {
        'API/cdn/domainList': '频道列表',
        'API/cdn/domainAdd': '新增频道',
        'API/cdn/flowPriceList': 'CDN套餐列表',
        'API/cdn/payFlowAdd': '流量包购买',
        'API/cdn/payFlowList': '流量消费列表',
      },
    },
    {
      module: 'cloud_instance',
      name: '云主机',
      subs: {
        'API/instance/instanceList': '云主机列表',
        'API/instance/instanceAdd': '创建云主机',
        'API/instance/cloudDiskList': '云硬盘列表',
        'API/instance/cloudDiskAdd': '创建云硬盘',
      },
    },
    {
      module: 'cloud_dns',
      name: '云DNS',
      subs: {
        'API/dns/domainList': '域名列表',
        'API/dns/recordAdd': '添加解析记录',
      },
    },
    {
      module: 'finance',
      name: '财务管理',
      subs: {
        'API/profile/balance': '账户余额',
        'API/profile/payList': '消费列表',
        'API/profile/invoiceList': '发票列表',
      },
    },
  ]
}
