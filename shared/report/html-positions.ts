import { safeColor, safeId } from './escape-html'
import { carriedByLine } from './model-findings'
import { dateRange, htmlParagraphs, joined, text } from './html-text'
import type { FindingClaim, FindingsSection, MatrixCell, MatrixSection } from './report-types'
import { SHIFTED_MARKER, type StanceLook } from '../domain/vocabulary'
import { countOf } from '../text/plural'

/** HTML of the positions matrix and the findings per issue. */

/** Symbol and word together: the stance never rests on colour. */
export const stanceHtml = (look: StanceLook): string => `<span class="stance">${text(look.symbol)} ${text(look.label)}</span>`

const shiftedHtml = (shifted: boolean) => (shifted ? ` <span class="marker">${text(SHIFTED_MARKER)}</span>` : '')


function cellHtml(cell: MatrixCell | null): string {
  // No claim: the cell stays empty. Silence is not neutrality.
  if (!cell) return '<td class="empty"></td>'
  const counts = `${countOf(cell.claimCount, 'claim', 'claims')} · ${countOf(cell.independentOutlets, 'report', 'reports')}`
  const dates = dateRange(cell.firstDate, cell.lastDate)
  return `<td>${stanceHtml(cell.look)}${shiftedHtml(cell.shifted)}<span class="cell-meta">${counts}</span>${dates ? `<span class="cell-meta">${dates}</span>` : ''}</td>`
}

export function matrixHtml(section: MatrixSection): string {
  const head = section.columns
    .map((c) => `<th scope="col"><span class="swatch" style="background:${safeColor(c.color)}"></span>${text(c.name)}</th>`)
    .join('')
  const rows = section.rows
    .map((row) => {
      const title = row.findingsAnchor ? `<a href="#${safeId(row.findingsAnchor)}">${text(row.title)}</a>` : text(row.title)
      return `<tr><th scope="row">${title}</th>${row.cells.map(cellHtml).join('')}</tr>`
    })
    .join('\n')
  return `<section class="major" id="${safeId(section.id)}"><h2>${text(section.title)}</h2>
<table class="matrix" aria-label="Positions by issue and party"><thead><tr><th scope="col">Issue</th>${head}</tr></thead>
<tbody>\n${rows}\n</tbody></table>
<p class="meta">Each cell: the party's current stance, its claims, independent reports and dates. An empty cell: no statement in scope.</p>
</section>`
}

function claimHtml(claim: FindingClaim): string {
  const document = claim.documentAnchor ? `<a href="#${safeId(claim.documentAnchor)}">${text(claim.documentTitle)}</a>` : text(claim.documentTitle)
  const where = [joined([claim.outlet]), document, joined([claim.date, claim.citation])].filter((p) => p !== '').join(', ')
  const flags = [claim.unanchored ? 'unanchored: passage not found in the current text' : null, claim.needsReview ? 'position needs review' : null]
  const flagHtml = flags.filter((f) => f !== null).map((f) => ` <span class="marker">${text(f)}</span>`).join('')
  return `<div class="claim">
<blockquote>“${text(claim.quote)}”</blockquote>
<div class="meta">${stanceHtml(claim.look)} · ${text(claim.reporting)} · <strong>${text(claim.sourceName)}</strong> · ${where}${flagHtml}</div>
<div class="meta">Grade <span class="grade">${text(claim.grade)}</span> ${text(claim.gradeMeaning)}</div>
${claim.carriedBy ? `<div class="meta">${text(carriedByLine(claim.carriedBy))}</div>` : ''}
${claim.note.length > 0 ? `<div class="note">${htmlParagraphs(claim.note)}</div>` : ''}
</div>`
}

export function findingsHtml(section: FindingsSection): string {
  const issues = section.issues
    .map((issue) => {
      const parties = issue.parties
        .map((party) => `<h4>${text(party.name)} — ${stanceHtml(party.look)}${shiftedHtml(party.shifted)}</h4>\n${party.claims.map(claimHtml).join('\n')}`)
        .join('\n')
      const description = issue.description.trim() ? `<p class="issue-description">${text(issue.description)}</p>` : ''
      return `<section class="issue" id="${safeId(issue.anchor)}"><h3>${text(issue.title)}</h3>${description}\n${parties}\n</section>`
    })
    .join('\n')
  return `<section class="major" id="${safeId(section.id)}"><h2>${text(section.title)}</h2>\n${issues}\n</section>`
}
