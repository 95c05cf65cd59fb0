import { useState } from 'react'
import { notifications } from '@mantine/notifications'
import type { DocumentView, ReparseSummary } from '../../../../shared/ipc/contract'
import { countOf } from '../../../../shared/text/plural'
import { callParley, toParleyIpcError } from '../../ipc/parley-client'

/** One line saying what a re-read changed, for the notification. */
export function describeReparse(summary: ReparseSummary): string {
  const text = summary.blocksChanged
    ? `Now ${countOf(summary.paragraphs, 'paragraph')}${summary.speechBlocks > 0 ? ` (${countOf(summary.speechBlocks, 'speech block')})` : ''}, ${countOf(summary.removedBlocks, 'removed block')}.`
    : 'The text came out the same.'
  const filled = summary.filled.length > 0 ? ` Filled in: ${summary.filled.map((f) => (f === 'publishedAt' ? 'date' : f)).join(', ')}.` : ''
  const { anchored, needsReview, orphaned } = summary.annotations
  const total = anchored + needsReview + orphaned
  const placed = total === 0 ? '' : ` Annotations: ${anchored} placed${needsReview > 0 ? `, ${needsReview} to review` : ''}${orphaned > 0 ? `, ${orphaned} unanchored` : ''}.`
  return `${text}${filled}${placed}`
}

/** The re-read action of the reader: its confirm dialog state, the call, and what the analyst is told. */
export function useReread(documentId: string, onDone: (view: DocumentView) => void) {
  const [confirming, setConfirming] = useState(false)
  const [busy, setBusy] = useState(false)
  const reread = async () => {
    setBusy(true)
    try {
      const { view, summary } = await callParley('reparseDocument', { documentId })
      onDone(view)
      setConfirming(false)
      notifications.show({ color: 'teal', title: 'Re-read from original', message: describeReparse(summary), autoClose: 8000 })
    } catch (error) {
      notifications.show({ color: 'red', title: 'Could not re-read the document', message: toParleyIpcError(error).message, autoClose: false })
    } finally {
      setBusy(false)
    }
  }
  return { confirming, busy, ask: () => setConfirming(true), cancel: () => setConfirming(false), reread }
}
