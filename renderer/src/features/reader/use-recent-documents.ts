import { useEffect, useMemo, useState } from 'react'
import type { ParleyDocument } from '../../../../shared/domain/document'
import type { Route } from '../../app/use-hash-route'

const MAX_RECENT = 8

/** Documents opened in this session, most recent first, for quick return from the navigation. */
export function useRecentDocuments(route: Route, documents: readonly ParleyDocument[] | null): ParleyDocument[] {
  const [ids, setIds] = useState<string[]>([])
  const openId = route.page === 'reader' ? route.documentId : null
  useEffect(() => {
    if (openId) setIds((previous) => [openId, ...previous.filter((id) => id !== openId)].slice(0, MAX_RECENT))
  }, [openId])
  return useMemo(() => {
    const byId = new Map((documents ?? []).map((d) => [d.id, d]))
    return ids.map((id) => byId.get(id)).filter((d): d is ParleyDocument => d !== undefined)
  }, [ids, documents])
}
