import { useCallback, useEffect, useState } from 'react'
import type { IpcArgs, IpcMethod, IpcResultOf } from '../../../shared/ipc/contract'
import { callParley, toParleyIpcError, type ParleyIpcError } from './parley-client'

export type QueryState<T> =
  | { status: 'loading'; data: T | null; error: null }
  | { status: 'success'; data: T; error: null }
  | { status: 'error'; data: T | null; error: ParleyIpcError }

/** Loads one IPC query, keyed by `key`; reload() fetches again and keeps showing the old data meanwhile. */
export function useIpcQuery<M extends IpcMethod>(method: M, args: IpcArgs<M>, key: string) {
  const [state, setState] = useState<QueryState<IpcResultOf<M>>>({ status: 'loading', data: null, error: null })
  const [generation, setGeneration] = useState(0)

  useEffect(() => {
    let current = true
    setState((previous) => ({ status: 'loading', data: previous.data, error: null }))
    callParley(method, args).then(
      (data) => current && setState({ status: 'success', data, error: null }),
      (error: unknown) => current && setState((previous) => ({ status: 'error', data: previous.data, error: toParleyIpcError(error) })),
    )
    return () => {
      current = false
    }
    // `key` stands for `args`, which callers build inline.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [method, key, generation])

  const reload = useCallback(() => setGeneration((g) => g + 1), [])
  /** Shows data main returned from a change, without fetching again. */
  const replace = useCallback((data: IpcResultOf<M>) => setState({ status: 'success', data, error: null }), [])
  return { ...state, reload, replace }
}
