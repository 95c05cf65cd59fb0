import { Badge, Button, Drawer, Group, Stack } from '@mantine/core'
import type { EvidenceItem } from '../../../../shared/ipc/contract'
import { ClaimEvidence } from './ClaimEvidence'

export interface EvidenceDrawerProps {
  title: string
  evidence: EvidenceItem[] | null
  onClose: () => void
  /** Opens the "same statement" links of one claim. */
  onOpenStatement: (claimId: string) => void
  /** Claims that decide the cell's stance: listed first and marked. */
  decisiveClaimIds?: readonly string[]
}

/** The claims behind a cell, newest first; each quote opens the reader at its passage. */
export function EvidenceDrawer({ title, evidence, onClose, onOpenStatement, decisiveClaimIds = [] }: EvidenceDrawerProps): React.JSX.Element {
  const decides = (item: EvidenceItem) => decisiveClaimIds.includes(item.claim.id)
  const sorted = [...(evidence ?? [])].sort(
    (a, b) => Number(decides(b)) - Number(decides(a)) || (b.claim.statementDate ?? b.document.publishedAt ?? '').localeCompare(a.claim.statementDate ?? a.document.publishedAt ?? ''),
  )
  return (
    <Drawer opened={evidence !== null} onClose={onClose} position="right" size="lg" title={title}>
      <Stack gap="lg">
        {sorted.map((item) => (
          <ClaimEvidence
            key={item.claim.id}
            item={item}
            actions={
              <Group gap="xs">
                {decides(item) && (
                  <Badge size="sm" variant="light" color="grape" data-testid="decisive-claim">
                    Decides the cell
                  </Badge>
                )}
                <Button size="compact-xs" variant="subtle" onClick={() => onOpenStatement(item.claim.id)}>
                  Same statement…
                </Button>
              </Group>
            }
          />
        ))}
      </Stack>
    </Drawer>
  )
}
