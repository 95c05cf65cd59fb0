import { useCallback, useEffect, useState } from 'react'
import { notifications } from '@mantine/notifications'
import type { UnplacedView } from '../../../../shared/annotations/unplaced'
import { callParley, toParleyIpcError } from '../../ipc/parley-client'
import { announceLibraryChange } from '../../app/library-changes'

/** Imported annotations waiting for a document: the list, and placing or discarding one. */
export function useUnplaced() {
  const [items, setItems] = useState<UnplacedView[]>([])
  const [opened, setOpened] = useState(false)
  const reload = useCallback(async () => {
    try {
      setItems(await callParley('listUnplacedAnnotations', {}))
    } catch (error) {
      notifications.show({ color: 'red', title: 'Unplaced annotations', message: toParleyIpcError(error).message, autoClose: false })
    }
  }, [])
  useEffect(() => {
    void reload()
  }, [reload])

  const assign = useCallback(
    async (id: string, documentId: string): Promise<string | null> => {
      try {
        const { status } = await callParley('assignUnplacedAnnotation', { id, documentId })
        announceLibraryChange({ documentIds: [documentId], registries: true })
        notifications.show({ color: 'teal', title: 'Annotation placed', message: status === 'needs-review' ? 'Found by a close match: check it in the reader.' : 'Its words were found in the document.', autoClose: 5000 })
        await reload()
        return null
      } catch (error) {
        return toParleyIpcError(error).message
      }
    },
    [reload],
  )
  const discard = useCallback(
    async (id: string) => {
      try {
        await callParley('discardUnplacedAnnotation', { id })
        await reload()
      } catch (error) {
        notifications.show({ color: 'red', title: 'Not discarded', message: toParleyIpcError(error).message, autoClose: 8000 })
      }
    },
    [reload],
  )
  return { items, opened, open: () => (void reload(), setOpened(true)), close: () => setOpened(false), reload, assign, discard }
}
export type Unplaced = ReturnType<typeof useUnplaced>
