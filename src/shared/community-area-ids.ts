// Community-area ids: name-based UUIDs (v5), so the same area has the same id on every laptop.
import { v5 as uuidv5 } from 'uuid'

/** The namespace of community-area ids; the HSDS export derives its own namespace from it. */
export const COMMUNITY_AREA_ID_NAMESPACE = '0b8f3c52-6d1e-4b7a-9a55-3c2f7e8d1a40'

export function communityAreaId(number: number): string {
  return uuidv5(`chicago-community-area:${number}`, COMMUNITY_AREA_ID_NAMESPACE)
}
