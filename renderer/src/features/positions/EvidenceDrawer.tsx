import { Button, Drawer, Stack } from '@mantine/core'
import type { EvidenceItem } from '../../../../shared/ipc/contract'
import { ClaimEvidence } from './ClaimEvidence'

export interface EvidenceDrawerProps {
  title: string
  evidence: EvidenceItem[] | null
  onClose: () => void
  /** Opens the "same statement" links of one claim. */
  onOpenStatement: (claimId: string) => void
}

/** The claims behind a cell, newest first; each quote opens the reader at its passage. */
export function EvidenceDrawer({ title, evidence, onClose, onOpenStatement }: EvidenceDrawerProps): React.JSX.Element {
  const sorted = [...(evidence ?? [])].sort((a, b) => (b.claim.statementDate ?? b.document.publishedAt ?? '').localeCompare(a.claim.statementDate ?? a.document.publishedAt ?? ''))
  return (
    <Drawer opened={evidence !== null} onClose={onClose} position="right" size="lg" title={title}>
      <Stack gap="lg">
        {sorted.map((item) => (
          <ClaimEvidence
            key={item.claim.id}
            item={item}
            actions={
              <Button size="compact-xs" variant="subtle" onClick={() => onOpenStatement(item.claim.id)}>
                Same statement…
              </Button>
            }
          />
        ))}
      </Stack>
    </Drawer>
  )
}
