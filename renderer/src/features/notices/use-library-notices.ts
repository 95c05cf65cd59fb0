import { useEffect } from 'react'
import { notifications } from '@mantine/notifications'
import { callParley, toParleyIpcError } from '../../ipc/parley-client'
import type { LibraryNotice } from '../../../../shared/ipc/contract'

/** Main can repair a damaged file at any time (a side file read later): it is asked again now and then. */
const RECHECK_MS = 10_000

const keyOf = (notice: LibraryNotice) => `${notice.title}\u0000${notice.message}`

/** Tells the analyst, once each, what main had to do with the library: a restore, a repair, a lock taken over. */
export function useLibraryNotices(): void {
  useEffect(() => {
    let current = true
    let failed = false
    const shown = new Set<string>()
    const check = () =>
      callParley('getLibraryInfo', {}).then(
        (info) => {
          if (!current) return
          for (const notice of info.notices) {
            const key = keyOf(notice)
            if (shown.has(key)) continue
            shown.add(key)
            notifications.show({ id: `notice-${shown.size}`, color: notice.level === 'warning' ? 'orange' : 'blue', title: notice.title, message: notice.message, autoClose: notice.level === 'warning' ? false : 8000 })
          }
        },
        (error: unknown) => {
          if (!current || failed) return
          failed = true
          notifications.show({ color: 'red', title: 'Library information unavailable', message: toParleyIpcError(error).message, autoClose: false })
        },
      )
    void check()
    const timer = setInterval(() => void check(), RECHECK_MS)
    return () => {
      current = false
      clearInterval(timer)
    }
  }, [])
}
