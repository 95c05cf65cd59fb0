import { useState } from 'react'
import { Anchor, Group, Stack } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { ErrorState } from '../../components/ErrorState'
import { LoadingState } from '../../components/LoadingState'
import { BackIcon } from '../../components/icons'
import { hrefFor } from '../../app/use-hash-route'
import { callParley, toParleyIpcError } from '../../ipc/parley-client'
import type { DocumentDetailsInput } from '../../../../shared/ipc/contract'
import { useDocument } from './use-document'
import { ReaderView } from './ReaderView'
import { DocumentDetailsModal } from './DocumentDetailsModal'

export function ReaderPage({ documentId, onDocumentChanged }: { documentId: string; onDocumentChanged: () => void }): React.JSX.Element {
  const query = useDocument(documentId)
  const [showRemoved, setShowRemoved] = useState(false)
  const [editing, setEditing] = useState(false)

  const setBlockRemoved = async (blockIndex: number, removed: boolean) => {
    try {
      query.replace(await callParley('setBlockRemoved', { documentId, blockIndex, removed }))
      onDocumentChanged()
      notifications.show({ color: 'teal', title: removed ? 'Marked as boilerplate' : 'Restored', message: removed ? 'The block is out of the text; “Show removed text” brings it back.' : 'The block is back in the text.', autoClose: 3000 })
    } catch (error) {
      notifications.show({ color: 'red', title: 'Could not change the text', message: toParleyIpcError(error).message, autoClose: false })
    }
  }

  const saveDetails = async (details: DocumentDetailsInput) => {
    try {
      const document = await callParley('updateDocumentDetails', { documentId, details })
      if (query.data) query.replace({ ...query.data, document })
      onDocumentChanged()
      return null
    } catch (error) {
      return toParleyIpcError(error)
    }
  }

  return (
    <Stack gap="md">
      <Group>
        <Anchor href={hrefFor({ page: 'library' })} size="sm" style={{ display: 'inline-flex', alignItems: 'center', gap: 6 }}>
          <BackIcon size={16} /> Library
        </Anchor>
      </Group>
      {query.status === 'error' && !query.data ? (
        <ErrorState error={query.error} onRetry={query.reload} />
      ) : query.data ? (
        <>
          <ReaderView
            view={query.data}
            showRemoved={showRemoved}
            onShowRemovedChange={setShowRemoved}
            onSetBlockRemoved={(index, removed) => void setBlockRemoved(index, removed)}
            onEditDetails={() => setEditing(true)}
          />
          {editing && <DocumentDetailsModal document={query.data.document} opened onClose={() => setEditing(false)} onSave={saveDetails} />}
        </>
      ) : (
        <LoadingState label="Opening the article…" />
      )}
    </Stack>
  )
}
