import { z } from 'zod'
import { parleyIdSchema } from '../domain/ids'
import type { IpcResult } from './errors'
import type { ParleyDocument } from '../domain/document'
import type { PlacedBlock } from '../domain/content'
import { ipcChannels, type IpcMethod } from './channels'
import type { Annotation } from '../domain/annotation'
import type { Issue, Party, Source, Tag } from '../domain/registries'
import {
  createAnnotationSchema,
  deleteRegistryEntrySchema,
  mergeRegistryEntriesSchema,
  saveIssueSchema,
  savePartySchema,
  saveSourceSchema,
  saveTagSchema,
  updateAnnotationSchema,
  type AnnotationExportResult,
  type AnnotationImportResult,
  type HistoryChange,
  type HistoryState,
  type RegistriesView,
} from './annotation-contract'
export type * from './annotation-contract'
import { searchArgsSchema, type SearchResponse } from './search-contract'
export type * from './search-contract'
import { getCellEvidenceSchema, getEvidenceSchema, getIssueClaimsSchema, getPositionsSchema, getStatementSchema, linkSameStatementSchema, unlinkSameStatementSchema, type EvidenceItem, type PositionsView, type StatementView } from './positions-contract'
export type * from './positions-contract'
import { reportJobSchema, reportOptionsArgsSchema, revealReportSchema, startReportExportSchema, type ReportExportProgress, type ReportExportStart, type ReportPreview } from './report-contract'
import type { ReportOptions } from '../report/report-options'
import type { UnplacedView } from '../annotations/unplaced'
import { acceptProposalsSchema, dismissProposalsSchema, listDocumentProposalsSchema, reviewQueueSchema, suggestClaimsSchema, type AcceptProposalsResult, type DocumentProposals, type ReviewQueue, type SuggestClaimsResult } from './proposal-contract'
export type * from './proposal-contract'
export type * from './report-contract'

/**
 * The one IPC contract. Each entry is a method on `window.parley`: its channel name, the zod
 * schema main validates the argument with, and (as a type only) what it resolves to.
 * Add a channel to channels.ts and here, then its handler in electron/main/services/ipc/handler-table.ts;
 * the preload and the renderer pick it up from this table.
 */
interface ChannelDefinition<Args extends z.ZodType, Result> {
  channel: (typeof ipcChannels)[IpcMethod]
  args: Args
  /** Never set at run time; carries the result type. */
  result?: Result
}

function channel<Args extends z.ZodType, Result>(method: IpcMethod, args: Args): ChannelDefinition<Args, Result> {
  return { channel: ipcChannels[method], args }
}

const noArguments = z.object({}).strict()
const documentIdSchema = parleyIdSchema
const optionalText = (max: number) => z.string().trim().max(max).nullable().transform((value) => (value === '' ? null : value))

export interface LibraryNotice {
  level: 'info' | 'warning'
  title: string
  message: string
}

export interface LibraryInfo {
  location: string
  documentCount: number
  /** Things the user must be told once, such as a recovery from backup. */
  notices: LibraryNotice[]
}

export interface DocumentRef {
  id: string
  title: string
  outlet: string | null
}

/** A document as the reader shows it: text, every block (removed ones too) and related stories. */
export interface DocumentView {
  document: ParleyDocument
  text: string
  blocks: PlacedBlock[]
  sameStory: DocumentRef[]
}

/** What re-reading a document from its kept original changed. */
export interface ReparseSummary {
  documentId: string
  title: string
  textChanged: boolean
  blocksChanged: boolean
  /** Kept blocks, speech blocks among them, and blocks removed as boilerplate. */
  paragraphs: number
  speechBlocks: number
  removedBlocks: number
  /** Metadata fields that were empty and are now filled ("outlet", "publishedAt" …). */
  filled: string[]
  warnings: string[]
  /** Where the document's annotations landed in the new text. */
  annotations: { anchored: number; needsReview: number; orphaned: number }
}

export type ImportStatus = 'imported' | 'duplicate' | 'failed'

export interface ImportResult {
  fileName: string
  status: ImportStatus
  documentId: string | null
  title: string | null
  /** One line saying what happened, e.g. why a file failed. */
  message: string
  warnings: string[]
  /** What the importer found in an imported file; null for duplicates and failures. */
  found?: ImportFindings | null
  /** On the row of one article of a news-database export: which article of the file it is. */
  article?: ImportedArticle | null
  /** A file that held many articles (a news-database export): one row per article, in file order. */
  articles?: ImportResult[]
}

/** Where an imported article sat in its export ("Nexis, article 3 of 10, 355 words"). */
export interface ImportedArticle {
  database: string
  position: number
  count: number
  /** The length as the database states it ("355 words"); null when it gives none. */
  statedLength: string | null
}

/** How far one import call has got: a news-database export reads its file, then its articles one by one, then saves them; an annotation file places its annotations one by one. */
export interface ImportProgress {
  stage: 'reading' | 'articles' | 'saving' | 'annotations' | 'proposals'
  done: number
  total: number
}

/** What an import read from a file, so the analyst can check it at a glance. */
export interface ImportFindings {
  outlet: string | null
  byline: string | null
  publishedAt: string | null
  /** With no date: the month (1–12) and day its dateline gave without a year, else null. */
  monthDay?: { month: number; day: number } | null
  paragraphs: number
  speechBlocks: number
  removedBlocks: number
}

/** Files the analyst chose in the system dialog (folders already expanded), imported one by one. */
export interface ImportBatch {
  /** Null when the analyst closed the dialog without choosing. */
  batchId: string | null
  files: Array<{ index: number; name: string }>
  /** Folders chosen that hold nothing to import, each with the sentence that says so. */
  emptyFolders?: Array<{ name: string; message: string }>
}

/** Up to 50 MB of file content as base64. */
const MAX_BASE64_LENGTH = Math.ceil((50 * 1024 * 1024) / 3) * 4

export const documentDetailsSchema = z
  .object({
    title: z.string().trim().min(1, 'A title is required.').max(1000),
    outlet: optionalText(300),
    byline: optionalText(500),
    publishedAt: z
      .string()
      .trim()
      .regex(/^(\d{4}-\d{2}-\d{2})?$/, 'Dates are written YYYY-MM-DD.')
      .nullable()
      .transform((value) => (value ? value : null)),
    language: optionalText(35),
  })
  .strict()
export type DocumentDetailsInput = z.input<typeof documentDetailsSchema>

/** A real calendar day, YYYY-MM-DD: "2017-02-30" is refused, not rolled over to March. */
export const calendarDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Dates are written YYYY-MM-DD.')
  .refine((value) => {
    const [year, month, day] = value.split('-').map(Number) as [number, number, number]
    const date = new Date(Date.UTC(year, month - 1, day))
    return year >= 1000 && date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  }, 'That day does not exist.')

const publishedDatesSchema = z
  .object({ dates: z.array(z.object({ documentId: documentIdSchema, publishedAt: calendarDateSchema }).strict()).min(1).max(20_000) })
  .strict()

/** What the Annotations menu exports: W3C JSON-LD, claims as CSV, or a REFI-QDA project. */
export type AnnotationExportFormat = 'w3c' | 'csv' | 'qdpx' | 'md' | 'hypothesis'

/** A long call the renderer follows with getImportProgress, under an id it chose. */
const progressArguments = z.object({ progressId: parleyIdSchema.optional() }).strict()

export const ipcContract = {
  getLibraryInfo: channel<typeof noArguments, LibraryInfo>('getLibraryInfo', noArguments),
  listDocuments: channel<typeof noArguments, ParleyDocument[]>('listDocuments', noArguments),
  getDocument: channel<z.ZodObject<{ id: typeof documentIdSchema }>, DocumentView>(
    'getDocument',
    z.object({ id: documentIdSchema }).strict(),
  ),
  setBlockRemoved: channel<z.ZodType<{ documentId: string; blockIndex: number; removed: boolean }>, DocumentView>(
    'setBlockRemoved',
    z.object({ documentId: documentIdSchema, blockIndex: z.number().int().nonnegative().max(1_000_000), removed: z.boolean() }).strict(),
  ),
  updateDocumentDetails: channel<z.ZodType<{ documentId: string; details: z.output<typeof documentDetailsSchema> }, { documentId: string; details: DocumentDetailsInput }>, ParleyDocument>(
    'updateDocumentDetails',
    z.object({ documentId: documentIdSchema, details: documentDetailsSchema }).strict(),
  ),
  /** Dates for documents imported without one (the import results' "Set date", "Set the year for all"). */
  setPublishedDates: channel<typeof publishedDatesSchema, ParleyDocument[]>('setPublishedDates', publishedDatesSchema),
  replaceWithNewerVersion: channel<z.ZodType<{ documentId: string }>, DocumentView | null>(
    'replaceWithNewerVersion',
    z.object({ documentId: documentIdSchema }).strict(),
  ),
  reparseDocument: channel<z.ZodType<{ documentId: string }>, { view: DocumentView; summary: ReparseSummary }>(
    'reparseDocument',
    z.object({ documentId: documentIdSchema }).strict(),
  ),
  pickImportFiles: channel<z.ZodType<{ kind: 'files' | 'folder' }>, ImportBatch>(
    'pickImportFiles',
    z.object({ kind: z.enum(['files', 'folder']) }).strict(),
  ),
  importPickedFile: channel<z.ZodType<{ batchId: string; index: number; progressId?: string }>, ImportResult>(
    'importPickedFile',
    z.object({ batchId: parleyIdSchema, index: z.number().int().nonnegative().max(1_000_000), progressId: parleyIdSchema.optional() }).strict(),
  ),
  /** How far the import call started with this progress id has got; null before it starts and once it is done. */
  getImportProgress: channel<z.ZodType<{ progressId: string }>, ImportProgress | null>('getImportProgress', z.object({ progressId: parleyIdSchema }).strict()),
  importDroppedFile: channel<z.ZodType<{ name: string; dataBase64: string; progressId?: string }>, ImportResult>(
    'importDroppedFile',
    z
      .object({
        name: z.string().trim().min(1).max(1000),
        dataBase64: z.string().max(MAX_BASE64_LENGTH, 'The file is over the 50 MB limit.'),
        progressId: parleyIdSchema.optional(),
      })
      .strict(),
  ),
  importPasted: channel<z.ZodType<{ format: 'text' | 'html'; content: string }>, ImportResult>(
    'importPasted',
    z.object({ format: z.enum(['text', 'html']), content: z.string().min(1, 'The clipboard is empty.').max(50 * 1024 * 1024) }).strict(),
  ),
  listAnnotations: channel<z.ZodType<{ documentId: string }>, Annotation[]>('listAnnotations', z.object({ documentId: documentIdSchema }).strict()),
  createAnnotation: channel<typeof createAnnotationSchema, Annotation>('createAnnotation', createAnnotationSchema),
  updateAnnotation: channel<typeof updateAnnotationSchema, Annotation>('updateAnnotation', updateAnnotationSchema),
  deleteAnnotation: channel<z.ZodType<{ documentId: string; id: string }>, null>(
    'deleteAnnotation',
    z.object({ documentId: documentIdSchema, id: documentIdSchema }).strict(),
  ),
  exportAnnotations: channel<z.ZodType<{ format: AnnotationExportFormat; documentId: string | null }>, AnnotationExportResult>(
    'exportAnnotations',
    z.object({ format: z.enum(['w3c', 'csv', 'qdpx', 'md', 'hypothesis']), documentId: documentIdSchema.nullable() }).strict(),
  ),
  importAnnotations: channel<typeof progressArguments, AnnotationImportResult>('importAnnotations', progressArguments),
  /** A REFI-QDA project (.qdpx) from another QDA package: its sources, codes and coded selections. */
  importQdaProject: channel<typeof progressArguments, AnnotationImportResult>('importQdaProject', progressArguments),
  /** Imported annotations that found no document or no words, waiting to be assigned or discarded. */
  listUnplacedAnnotations: channel<typeof noArguments, UnplacedView[]>('listUnplacedAnnotations', noArguments),
  assignUnplacedAnnotation: channel<z.ZodType<{ id: string; documentId: string }>, { status: 'anchored' | 'needs-review' }>(
    'assignUnplacedAnnotation',
    z.object({ id: parleyIdSchema, documentId: documentIdSchema }).strict(),
  ),
  discardUnplacedAnnotation: channel<z.ZodType<{ id: string }>, null>('discardUnplacedAnnotation', z.object({ id: parleyIdSchema }).strict()),
  /** Claims Parley proposes in one document, still to review. */
  listDocumentProposals: channel<typeof listDocumentProposalsSchema, DocumentProposals>('listDocumentProposals', listDocumentProposalsSchema),
  /** Finds the statements in some or all documents, with progress under progressId. */
  suggestClaims: channel<typeof suggestClaimsSchema, SuggestClaimsResult>('suggestClaims', suggestClaimsSchema),
  getReviewQueue: channel<typeof reviewQueueSchema, ReviewQueue>('getReviewQueue', reviewQueueSchema),
  dismissProposals: channel<typeof dismissProposalsSchema, { dismissed: number }>('dismissProposals', dismissProposalsSchema),
  acceptProposals: channel<typeof acceptProposalsSchema, AcceptProposalsResult>('acceptProposals', acceptProposalsSchema),
  getRegistries: channel<typeof noArguments, RegistriesView>('getRegistries', noArguments),
  saveSource: channel<typeof saveSourceSchema, Source>('saveSource', saveSourceSchema),
  saveParty: channel<typeof savePartySchema, Party>('saveParty', savePartySchema),
  saveIssue: channel<typeof saveIssueSchema, Issue>('saveIssue', saveIssueSchema),
  saveTag: channel<typeof saveTagSchema, Tag>('saveTag', saveTagSchema),
  deleteRegistryEntry: channel<typeof deleteRegistryEntrySchema, true>('deleteRegistryEntry', deleteRegistryEntrySchema),
  mergeRegistryEntries: channel<typeof mergeRegistryEntriesSchema, true>('mergeRegistryEntries', mergeRegistryEntriesSchema),
  undo: channel<typeof noArguments, HistoryChange>('undo', noArguments),
  redo: channel<typeof noArguments, HistoryChange>('redo', noArguments),
  getHistoryState: channel<typeof noArguments, HistoryState>('getHistoryState', noArguments),
  search: channel<typeof searchArgsSchema, SearchResponse>('search', searchArgsSchema),
  getPositions: channel<typeof getPositionsSchema, PositionsView>('getPositions', getPositionsSchema),
  getEvidence: channel<typeof getEvidenceSchema, EvidenceItem[]>('getEvidence', getEvidenceSchema),
  getCellEvidence: channel<typeof getCellEvidenceSchema, EvidenceItem[]>('getCellEvidence', getCellEvidenceSchema),
  getIssueClaims: channel<typeof getIssueClaimsSchema, EvidenceItem[]>('getIssueClaims', getIssueClaimsSchema),
  getStatement: channel<typeof getStatementSchema, StatementView>('getStatement', getStatementSchema),
  linkSameStatement: channel<typeof linkSameStatementSchema, StatementView>('linkSameStatement', linkSameStatementSchema),
  unlinkSameStatement: channel<typeof unlinkSameStatementSchema, null>('unlinkSameStatement', unlinkSameStatementSchema),
  getReportOptions: channel<typeof noArguments, ReportOptions>('getReportOptions', noArguments),
  saveReportOptions: channel<typeof reportOptionsArgsSchema, ReportOptions>('saveReportOptions', reportOptionsArgsSchema),
  previewReport: channel<typeof reportOptionsArgsSchema, ReportPreview>('previewReport', reportOptionsArgsSchema),
  startReportExport: channel<typeof startReportExportSchema, ReportExportStart>('startReportExport', startReportExportSchema),
  getReportExport: channel<typeof reportJobSchema, ReportExportProgress>('getReportExport', reportJobSchema),
  revealReportExport: channel<typeof revealReportSchema, void>('revealReportExport', revealReportSchema),
  cancelReportExport: channel<typeof reportJobSchema, ReportExportProgress>('cancelReportExport', reportJobSchema),
} satisfies { [M in IpcMethod]: ChannelDefinition<z.ZodType, unknown> }

export type IpcContract = typeof ipcContract
export type { IpcMethod }
export type IpcArgs<M extends IpcMethod> = z.input<IpcContract[M]['args']>
export type IpcValidArgs<M extends IpcMethod> = z.output<IpcContract[M]['args']>
export type IpcResultOf<M extends IpcMethod> = Exclude<IpcContract[M]['result'], undefined>

/** What the preload puts on `window.parley`: one method per channel, nothing else. */
export type ParleyApi = {
  [M in IpcMethod]: (args: IpcArgs<M>) => Promise<IpcResult<IpcResultOf<M>>>
}
