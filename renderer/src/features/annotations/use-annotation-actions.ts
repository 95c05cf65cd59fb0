import { useCallback } from 'react'
import { notifications } from '@mantine/notifications'
import type { Annotation } from '../../../../shared/domain/annotation'
import type { ClaimFields, CreateAnnotationInput, UpdateAnnotationInput } from '../../../../shared/ipc/annotation-contract'
import { callParley, toParleyIpcError } from '../../ipc/parley-client'
import { announceLibraryChange } from '../../app/library-changes'

/** Creating, editing and deleting a document's annotations; each change is saved at once. */
export function useAnnotationActions(documentId: string) {
  const run = useCallback(
    async <T,>(work: () => Promise<T>, failure: string): Promise<T | string> => {
      try {
        const result = await work()
        announceLibraryChange({ documentIds: [documentId] })
        return result
      } catch (error) {
        const message = toParleyIpcError(error).message
        notifications.show({ color: 'red', title: failure, message, autoClose: 8000 })
        return message
      }
    },
    [documentId],
  )

  const create = useCallback(
    (input: Omit<CreateAnnotationInput, 'documentId'>) => run(() => callParley('createAnnotation', { ...input, documentId }), 'Could not save the annotation'),
    [run, documentId],
  )

  const update = useCallback(
    (annotation: Annotation, changes: Partial<Pick<UpdateAnnotationInput, 'color' | 'note' | 'tagIds' | 'claim' | 'confirmPosition'>>) => {
      const claim: ClaimFields | null =
        annotation.kind === 'claim'
          ? { sourceId: annotation.sourceId, partyIds: annotation.partyIds, issueId: annotation.issueId, stance: annotation.stance, reporting: annotation.reporting, statementDate: annotation.statementDate, credibility: annotation.credibility }
          : null
      return run(
        () => callParley('updateAnnotation', { documentId, id: annotation.id, color: annotation.color, note: annotation.note, tagIds: annotation.tagIds, claim, confirmPosition: false, ...changes }),
        'Could not save the change',
      )
    },
    [run, documentId],
  )

  const remove = useCallback((annotation: Annotation) => run(() => callParley('deleteAnnotation', { documentId, id: annotation.id }), 'Could not delete the annotation'), [run, documentId])

  return { create, update, remove }
}
