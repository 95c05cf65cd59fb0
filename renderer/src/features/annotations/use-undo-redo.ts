import { useCallback } from 'react'
import { useHotkeys } from '@mantine/hooks'
import { notifications } from '@mantine/notifications'
import { callParley, toParleyIpcError } from '../../ipc/parley-client'
import { announceLibraryChange } from '../../app/library-changes'

/**
 * Ctrl/Cmd+Z and Ctrl/Cmd+Shift+Z (and Ctrl+Y) undo and redo annotation, claim and registry
 * actions in main. In text fields the keys keep their usual meaning.
 */
export function useUndoRedo(): { undo: () => Promise<void>; redo: () => Promise<void> } {
  const step = useCallback(async (direction: 'undo' | 'redo') => {
    try {
      const change = await callParley(direction, {})
      if (!change.label) {
        notifications.show({ color: 'gray', title: direction === 'undo' ? 'Nothing to undo' : 'Nothing to redo', message: '', autoClose: 2000 })
        return
      }
      announceLibraryChange({ all: true, registries: true, documentIds: change.documentIds })
      notifications.show({ color: 'blue', title: direction === 'undo' ? 'Undone' : 'Redone', message: change.label, autoClose: 3000 })
    } catch (error) {
      notifications.show({ color: 'red', title: `Could not ${direction}`, message: toParleyIpcError(error).message, autoClose: false })
    }
  }, [])
  const undo = useCallback(() => step('undo'), [step])
  const redo = useCallback(() => step('redo'), [step])
  useHotkeys([
    ['mod+Z', () => void undo()],
    ['mod+shift+Z', () => void redo()],
    ['ctrl+Y', () => void redo()],
  ])
  return { undo, redo }
}
