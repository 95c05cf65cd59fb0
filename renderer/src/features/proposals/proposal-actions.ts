import { notifications } from '@mantine/notifications'
import type { ClaimFields } from '../../../../shared/ipc/contract'
import type { ClaimProposal } from '../../../../shared/proposals/types'
import { countOf } from '../../../../shared/text/plural'
import { announceLibraryChange } from '../../app/library-changes'
import { callParley, toParleyIpcError } from '../../ipc/parley-client'

const refs = (proposals: readonly ClaimProposal[]) => proposals.map((p) => ({ documentId: p.documentId, key: p.key }))
const documentsOf = (proposals: readonly ClaimProposal[]) => [...new Set(proposals.map((p) => p.documentId))]

/**
 * Accepts proposals as claims through main (one undo step). Those still missing an issue, a party
 * or a source stay waiting and the notice says so; returns how many were accepted.
 */
export async function acceptProposals(proposals: readonly ClaimProposal[], claim?: Partial<ClaimFields>): Promise<number> {
  if (proposals.length === 0) return 0
  try {
    // The stance the card showed is the one accepted, even if the record behind it moved since.
    const items = proposals.map((p) => ({ documentId: p.documentId, key: p.key, claim: { stance: p.stance, ...claim } }))
    const result = await callParley('acceptProposals', { items })
    announceLibraryChange({ documentIds: documentsOf(proposals), registries: result.createdSources > 0 })
    const waiting = result.needsChoice.length
    const reasons = [...new Set(result.needsChoice.map((n) => n.reason))].join(', ')
    notifications.show({
      color: waiting > 0 ? 'orange' : 'teal',
      title: result.accepted > 0 ? `${countOf(result.accepted, 'claim')} accepted` : 'Nothing accepted yet',
      message: [
        result.createdSources > 0 ? `${countOf(result.createdSources, 'new source')} added to the registry.` : '',
        waiting > 0 ? `${countOf(waiting, 'proposal')} still waiting: ${reasons} (Edit sets them).` : '',
        result.accepted > 0 ? 'Ctrl+Z undoes it.' : '',
      ].filter(Boolean).join(' '),
      autoClose: waiting > 0 ? 8000 : 3000,
    })
    return result.accepted
  } catch (error) {
    notifications.show({ color: 'red', title: 'Could not accept', message: toParleyIpcError(error).message, autoClose: false })
    return 0
  }
}

export async function dismissProposals(proposals: readonly ClaimProposal[]): Promise<number> {
  if (proposals.length === 0) return 0
  try {
    const { dismissed } = await callParley('dismissProposals', { items: refs(proposals) })
    announceLibraryChange({ documentIds: documentsOf(proposals) })
    notifications.show({ color: 'gray', title: `${countOf(dismissed, 'proposal')} dismissed`, message: 'They will not come back when claims are proposed again. Ctrl+Z undoes it.', autoClose: 3000 })
    return dismissed
  } catch (error) {
    notifications.show({ color: 'red', title: 'Could not dismiss', message: toParleyIpcError(error).message, autoClose: false })
    return 0
  }
}
