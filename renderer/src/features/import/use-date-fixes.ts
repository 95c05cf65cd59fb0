import { useCallback, useState } from 'react'
import { notifications } from '@mantine/notifications'
import { callParley, toParleyIpcError } from '../../ipc/parley-client'

/**
 * Dates set from the import results, by document id. Setting them writes to the library in one
 * call and refreshes the library list; a refusal (a day that does not exist) is shown, not lost.
 */
export function useDateFixes(onChanged: () => void) {
  const [datesSet, setDatesSet] = useState<ReadonlyMap<string, string>>(new Map())
  const setDates = useCallback(
    async (dates: Array<{ documentId: string; publishedAt: string }>): Promise<boolean> => {
      try {
        const updated = await callParley('setPublishedDates', { dates })
        setDatesSet((previous) => new Map([...previous, ...updated.map((d) => [d.id, d.publishedAt ?? ''] as const)]))
        onChanged()
        return true
      } catch (error) {
        notifications.show({ color: 'red', title: 'The date was not set', message: toParleyIpcError(error).message, autoClose: 8000 })
        return false
      }
    },
    [onChanged],
  )
  const forget = useCallback(() => setDatesSet(new Map()), [])
  return { datesSet, setDates, forget }
}
export type DateFixes = ReturnType<typeof useDateFixes>
