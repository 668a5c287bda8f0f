import { agoText, epochString, slashDateTime } from '../formats.js'
import type { GroupRecord } from '../state.js'

/**
 * A group as the upstream writes it. Embedded in other rows and answered
 * by groupAdd/groupUpdate, `created` is an epoch string ("1422081708");
 * in groupList it is a slash date with its `_ago`.
 */

export function groupSummary (group: GroupRecord, accountUid: string) {
  return { id: group.id, uid: accountUid, name: group.name, note: group.note, created: epochString(group.createdAt) }
}

export function groupListRow (group: GroupRecord, accountUid: string, username: string, nowSeconds: number) {
  return {
    username,
    id: group.id,
    name: group.name,
    uid: accountUid,
    note: group.note,
    created: slashDateTime(group.createdAt),
    created_ago: agoText(group.createdAt, nowSeconds),
  }
}
