import type { ReactNode } from 'react'
import { Stack } from '@mantine/core'
import { ErrorState } from '../../components/ErrorState'
import { LoadingState } from '../../components/LoadingState'
import type { RegistriesView } from '../../../../shared/ipc/annotation-contract'
import type { RegistriesQuery } from './use-registries'

export interface RegistryQueryStatesProps {
  query: RegistriesQuery
  loadingLabel: string
  children: (view: RegistriesView) => ReactNode
}

/**
 * Loading and error states of the registries; once loaded, the page itself. A failed reload keeps
 * the last registries on screen below the error.
 */
export function RegistryQueryStates({ query, loadingLabel, children }: RegistryQueryStatesProps): React.JSX.Element {
  if (query.status === 'error' && !query.data) return <ErrorState error={query.error} onRetry={query.reload} />
  if (!query.data) return <LoadingState label={loadingLabel} />
  return (
    <Stack gap="sm">
      {query.status === 'error' && <ErrorState error={query.error} onRetry={query.reload} />}
      {children(query.data)}
    </Stack>
  )
}
