import { memo, useRef } from 'react'
import { useVirtualizer } from '@tanstack/react-virtual'
import { Text } from '@mantine/core'
import type { PositionCellSummary, PositionsView } from '../../../../shared/ipc/contract'
import type { Issue, Party } from '../../../../shared/domain/registries'
import { stanceLook } from './stance-look'
import classes from './position-matrix.module.css'
import { countOf } from '../../../../shared/text/plural'

export interface PositionMatrixTableProps {
  view: PositionsView
  onOpenCell: (issueId: string, partyId: string) => void
}

/** A date range that breaks between its dates, never inside one. */
function DateRange({ from, to }: { from: string | null; to: string | null }): React.JSX.Element {
  if (from && to && from !== to) {
    return (
      <>
        <span className={classes.date}>{from}</span> – <span className={classes.date}>{to}</span>
      </>
    )
  }
  return <span className={classes.date}>{to ?? from ?? 'undated'}</span>
}
const ROW_ESTIMATE = 84
/** The sticky header row sits inside the scroll container, above the first issue. */
const HEADER_ESTIMATE = 44

/** Issues down, parties across; each filled cell summarises the party's stance with its evidence counts. */
export function PositionMatrixTable({ view, onOpenCell }: PositionMatrixTableProps): React.JSX.Element {
  const parties = view.parties.filter((p) => view.issues.some((i) => view.cells[`${i.id}|${p.id}`]))
  const issues = view.issues.filter((i) => parties.some((p) => view.cells[`${i.id}|${p.id}`]))
  const scrollRef = useRef<HTMLDivElement>(null)
  // Only the rows in view are laid out and painted: fifty rows of twenty cells took 200 ms to paint.
  const virtualizer = useVirtualizer({
    count: issues.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_ESTIMATE,
    paddingStart: HEADER_ESTIMATE,
    overscan: 4,
  })
  const rows = virtualizer.getVirtualItems()
  const paddingTop = (rows[0]?.start ?? HEADER_ESTIMATE) - HEADER_ESTIMATE
  const paddingBottom = rows.length > 0 ? virtualizer.getTotalSize() - rows[rows.length - 1]!.end : 0
  if (issues.length === 0) {
    return <Text c="dimmed">No claims match. Make claims in the reader (select text, press C), or loosen the filters.</Text>
  }
  return (
    <div ref={scrollRef} className={classes.scroll} data-testid="matrix-scroll">
      <table className={classes.table} aria-label="Positions by issue and party">
        <thead>
          <tr>
            <th className={classes.rowHead}>Issue</th>
            {parties.map((party) => (
              <th key={party.id} scope="col" className={classes.columnHead} style={{ borderTopColor: party.color }}>
                {party.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {paddingTop > 0 && <tr aria-hidden="true" style={{ height: paddingTop }} />}
          {rows.map((row) => {
            const issue = issues[row.index]!
            return (
              <tr key={issue.id} data-index={row.index} ref={virtualizer.measureElement}>
                <th scope="row" className={classes.rowHead}>
                  {issue.title}
                </th>
                {parties.map((party) => (
                  <MatrixCell key={party.id} issue={issue} party={party} cell={view.cells[`${issue.id}|${party.id}`]} onOpenCell={onOpenCell} />
                ))}
              </tr>
            )
          })}
          {paddingBottom > 0 && <tr aria-hidden="true" style={{ height: paddingBottom }} />}
        </tbody>
      </table>
    </div>
  )
}

interface MatrixCellProps {
  issue: Issue
  party: Party
  cell: PositionCellSummary | undefined
  onOpenCell: (issueId: string, partyId: string) => void
}

/** One cell; an empty cell stays empty rather than reading "neutral". */
const MatrixCell = memo(function MatrixCell({ issue, party, cell, onOpenCell }: MatrixCellProps): React.JSX.Element {
  if (!cell) return <td aria-label={`${party.name} on ${issue.title}: no claims`} />
  const look = stanceLook(cell.stance)
  return (
    <td>
      <button type="button" className={classes.cellButton} onClick={() => onOpenCell(issue.id, party.id)} aria-label={`${party.name} on ${issue.title}: ${cell.stance}, ${cell.claimCount} claims`}>
        <span className={classes.stance} style={{ background: `var(--mantine-color-${look.color}-light)`, color: `var(--mantine-color-${look.color}-light-color)` }}>
          <span aria-hidden="true">{look.symbol}</span>
          {look.label}
        </span>
        {cell.shifted && (
          <span className={classes.shifted} title="The stance changed over time">
            ↺ shifted
          </span>
        )}
        {cell.since && cell.previousStance && (
          <span className={classes.why} data-testid="cell-why">
            since <span className={classes.date}>{cell.since}</span> (was {stanceLook(cell.previousStance).label.toLowerCase()})
          </span>
        )}
        <span className={classes.detail}>
          {countOf(cell.claimCount, 'claim')} · {countOf(cell.independentOutlets, 'independent report')}
        </span>
        <span className={classes.detail}>
          <DateRange from={cell.firstDate} to={cell.lastDate} />
        </span>
      </button>
    </td>
  )
})
