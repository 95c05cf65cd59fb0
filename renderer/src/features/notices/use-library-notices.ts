import { useEffect } from 'react'
import { notifications } from '@mantine/notifications'
import { callParley, toParleyIpcError } from '../../ipc/parley-client'

/** Tells the analyst, once per start, what main had to do to open the library (e.g. a restore). */
export function useLibraryNotices(): void {
  useEffect(() => {
    let current = true
    callParley('getLibraryInfo', {}).then(
      (info) => {
        if (!current) return
        for (const notice of info.notices) {
          notifications.show({ id: `notice-${notice.title}`, color: notice.level === 'warning' ? 'orange' : 'blue', title: notice.title, message: notice.message, autoClose: notice.level === 'warning' ? false : 8000 })
        }
      },
      (error: unknown) => {
        if (current) notifications.show({ color: 'red', title: 'Library information unavailable', message: toParleyIpcError(error).message, autoClose: false })
      },
    )
    return () => {
      current = false
    }
  }, [])
}
