import { Anchor, Group, Stack } from '@mantine/core'
import { ErrorState } from '../../components/ErrorState'
import { LoadingState } from '../../components/LoadingState'
import { BackIcon } from '../../components/icons'
import { hrefFor } from '../../app/use-hash-route'
import { useDocument } from './use-document'
import { ReaderView } from './ReaderView'

export function ReaderPage({ documentId }: { documentId: string }): React.JSX.Element {
  const query = useDocument(documentId)
  return (
    <Stack gap="md">
      <Group>
        <Anchor href={hrefFor({ page: 'library' })} size="sm" style={{ display: 'inline-flex', alignItems: 'center', gap: 6 }}>
          <BackIcon size={16} /> Library
        </Anchor>
      </Group>
      {query.status === 'error' ? (
        <ErrorState error={query.error} onRetry={query.reload} />
      ) : query.data ? (
        <ReaderView document={query.data.document} text={query.data.text} />
      ) : (
        <LoadingState label="Opening the article…" />
      )}
    </Stack>
  )
}
