import type { SourcePhrase } from './source-phrase'

/** A stretch of the document's reading text: offsets are UTF-16 code units, end exclusive. */
export interface TextSpan {
  start: number
  end: number
  text: string
}

export const spanOf = (text: string, start: number, end: number): TextSpan => ({ start, end, text: text.slice(start, end) })

/**
 * How a statement is attributed: a direct quote with a cue, indirect speech, "according to X",
 * a belief or intention credited to someone, or a transcript's speech block / interview line.
 */
export type AttributionKind = 'direct' | 'indirect' | 'according-to' | 'belief' | 'speech-block'

export const ATTRIBUTION_KINDS: readonly AttributionKind[] = ['direct', 'indirect', 'according-to', 'belief', 'speech-block']

/** One attributed statement found in a document's text. */
export interface AttributedStatement {
  kind: AttributionKind
  content: TextSpan
  /** The words that mark the attribution ("said", "according to", a speaker header's colon). */
  cue: TextSpan
  /** Where the text names the speaker here ("he", "Erdogan"); null when only a speech block's header names it. */
  source: TextSpan | null
  /** The speaker as first introduced in full ("Recep Tayyip Erdogan"); null when the text never says. */
  speaker: string | null
  /** Role or affiliation the text gives the speaker ("Turkish President"), if any. */
  role: string | null
  /** 0–1: how sure the finder is that this is an attributed statement with the right speaker. */
  confidence: number
}

/** A statement before its speaker is resolved: the token range of the phrase that names the speaker. */
export type StatementDraft = Omit<AttributedStatement, 'speaker' | 'role' | 'confidence'> & { phrase: SourcePhrase }
