import { useEffect, useRef, useState } from 'react'
import type { SearchResponse } from '../../../../shared/ipc/contract'
import { callParley, toParleyIpcError, type ParleyIpcError } from '../../ipc/parley-client'

/**
 * Searches main on every change of the query. Answers can arrive out of order; only the answer
 * to the latest query is shown.
 */
export function useSearch(query: string, options: { limit: number; prefixLast: boolean }) {
  const [response, setResponse] = useState<SearchResponse | null>(null)
  const [error, setError] = useState<ParleyIpcError | null>(null)
  const latest = useRef(0)
  const { limit, prefixLast } = options

  useEffect(() => {
    const ticket = ++latest.current
    if (query.trim() === '') {
      setResponse(null)
      setError(null)
      return
    }
    callParley('search', { query, limit, offset: 0, prefixLast }).then(
      (result) => {
        if (ticket !== latest.current) return
        setResponse(result)
        setError(null)
      },
      (failure: unknown) => ticket === latest.current && setError(toParleyIpcError(failure)),
    )
  }, [query, limit, prefixLast])

  return { response, error }
}
