import type { PlacedBlock } from '../domain/content'
import { ADDRESSEE_VERBS, OBJECT_PRONOUNS, OBJECT_VERBS, POSSESSIVE_PRONOUNS, QUESTION_WORDS, SPEECH_VERBS, TOPIC_OBJECT_VERBS, WANT_VERBS, isClauseComma, isTopicPreposition } from './cue-words'
import { attitudePhraseEnd, callsSomethingSomething, evidenceBefore, viewedAs } from './cue-shapes'
import { isCue, reportsThing } from './cue-verbs'
import { clauseRightAfter, thatAfterAddressee, yesOrNo, endsClause, newAttribution, objectEnd, skipCircumstance, statementEnd, subjectOfClause, trimmed } from './statement-bounds'
import { tokenise, type Sentence, type Token } from './nlp-tokens'
import { adjacentQuote, endAtNamingQuote, findQuoteSpans, firstQuoteFrom, insideQuote, quoteAt, type QuoteSpan } from './quote-spans'
import { clauseSubject } from './clause-subject'
import { canSpeak, isTimeOnly, isTimeWord, phraseEndingAt, phraseStartingAt, skipToSubjectEnd, speakerBeforeTime, verbHungOn, type SourcePhrase } from './source-phrase'
import { SpeakerResolver } from './speakers'
import { spanOf, type AttributedStatement, type AttributionKind, type StatementDraft, type TextSpan } from './types'
import { findAnswerLines, findInterviewLines, speechBlockStatements } from './speech-lines'
import { clauseFrame, quoteFrame } from './quote-frames'
import { headlineStatements, namedQuotes, signedQuotes } from './standalone-lines'
import { openingSource } from './opening-sources'
import { accordingTo } from './according-to'
import { nominalStatement } from './nominal-cues'
import { adjectivalStatement } from './stance-adjectives'
import { claimed, dropDuplicates, extendQuoteRuns, isOwnedTitle, isQuotedTitle, titleBeforeClause, withOrphanQuotes, withoutNested, withoutTitles } from './statement-passes'
import { appositiveSubject, cueJustBefore, speaksAsIt, joinedClauseSpeaker, participleSubject, relativeAntecedent, restrictiveRelativeSubject } from './antecedents'

interface Context {
  text: string
  tokens: Token[]
  quotes: QuoteSpan[]
  resolver: SpeakerResolver
}


function statementForCue(context: Context, sentence: Sentence, i: number, kind: AttributionKind): StatementDraft | null {
  const { text, tokens } = context
  const cueToken = tokens[i]!
  let cueEnd = i + 1
  if (/^(out|for|on|to)$/.test(tokens[cueEnd]?.lower ?? '') && /^(point|call|add|object)$/.test(cueToken.lemma)) cueEnd++
  // "talked about immigration": the topic after the preposition is what is credited.
  // "voiced support for Trump": the attitude's object is what is credited.
  // ("expressed confidence that …" goes on with a clause, as "said that …" does.)
  const attitudeEnd = attitudePhraseEnd(tokens, i, sentence.last)
  const clause = attitudeEnd >= 0 && tokens[attitudeEnd - 1]!.lower === 'that'
  const topical = isTopicPreposition(cueToken.lemma, tokens[i + 1]?.lower) || (attitudeEnd >= 0 && !clause)
  if (attitudeEnd >= 0) cueEnd = clause ? attitudeEnd - 1 : attitudeEnd
  else if (cueToken.lemma === 'make') cueEnd += tokens[i + 1]!.lower === 'it' ? 2 : 1
  else if (topical) cueEnd++
  const cue = spanOf(text, cueToken.start, tokens[cueEnd - 1]!.end)

  const hangsOn = verbHungOn(tokens, i)
  const subjectEnd = skipToSubjectEnd(tokens, hangsOn, sentence.first)
  // "met in Sochi on 22 November to announce the congress": the infinitive's speaker is the
  // clause's subject, not the words before "to" ("wants to say" keeps its own).
  const purpose = hangsOn === i && tokens[i - 1]?.lower === 'to' && tokens[i - 1]!.pos === 'PART' && tokens[i - 2]?.pos !== 'VERB' && tokens[i - 2]?.pos !== 'AUX'
  let phrase = purpose ? clauseSubject(tokens, sentence, i - 1) : phraseEndingAt(tokens, subjectEnd, sentence.first)
  // "Delegates attending the talks in Geneva said": the noun a participle follows is the subject.
  if (phrase) phrase = participleSubject(tokens, sentence, phrase) ?? restrictiveRelativeSubject(tokens, sentence, phrase) ?? phrase
  if (phrase && tokens[phrase.first]?.lower === 'who' ) phrase = null
  // "A poll released on Tuesday showed …": the evidence noun heads the subject.
  if (phrase && isTimeOnly(tokens, phrase)) phrase = speakerBeforeTime(tokens, phrase, sentence.first)
  const evidence = !phrase && (cueToken.lemma === 'show' || cueToken.lemma === 'find') ? evidenceBefore(tokens, i, sentence.first) : -1
  if (evidence >= 0) phrase = phraseEndingAt(tokens, evidence, sentence.first)
  // "voters, who say the senator lacks experience": the speaker is who "who" stands for.
  const relative = !phrase && tokens[subjectEnd]?.lower === 'who'
  if (relative) {
    const antecedentEnd = tokens[subjectEnd - 1]?.text === ',' ? subjectEnd - 2 : subjectEnd - 1
    const antecedent = phraseEndingAt(tokens, antecedentEnd, sentence.first)
    if (antecedent && canSpeak(tokens, antecedent)) phrase = antecedent
  }
  // "voters who said Wall Street …" credits the voters; a position in such a clause describes the person
  // ("a Republican who endorsed Trump", "a bully who pledged to …") and is no statement of theirs.
  if (phrase && (OBJECT_VERBS.has(cueToken.lemma) || cueToken.lemma === 'pledge') && phrase.first - 1 >= sentence.first && /^(who|which)$/.test(tokens[phrase.last]?.lower ?? '')) phrase = null
  // "… thanked Miami and said …", "…, saying …": the clause's subject said it.
  if (!phrase) phrase = joinedClauseSpeaker(tokens, sentence, subjectEnd, cueToken)

  // Inverted order after a quote or clause: `"…," said Mr. Smith.` / `…, said the ministry.`
  const before = tokens[subjectEnd]
  if ((!phrase || !canSpeak(tokens, phrase)) && before?.text === ',') phrase = relativeAntecedent(tokens, sentence, subjectEnd) ?? phrase
  // (A position is never inverted: "…, backed Cruz" is not "…, said Cruz".)
  // (A slip may close a quote with an opening mark: `… here,“ said Jim Clyburn`.)
  // (A participle never inverts: `…,” referencing the Cuban exiles` names no speaker.)
  if ((!phrase || !canSpeak(tokens, phrase)) && before && /^[,"”“':—]$/.test(before.text) && !OBJECT_VERBS.has(cueToken.lemma) && !topical && !/ing$/.test(cueToken.lower)) {
    const after = phraseStartingAt(tokens, cueEnd, sentence.last)
    const quote = adjacentQuote(context.text, context.quotes, cueToken.start, cueToken.end, 'before')
    // A closing mark with no quotation before it ends a title or scare quote, not a statement.
    const markWithoutQuote = /^["”“']$/.test(before.text) && !quote
    // (What comes before an inverted cue is a clause or a quote: "Sen. Cruz, a hopeful, called the KKK …" is a subject.)
    const clauseBefore = !!quote || tokens.slice(sentence.first, subjectEnd).some((t) => t.pos === 'VERB' || t.pos === 'AUX')
    if (after && !markWithoutQuote && clauseBefore && canSpeak(tokens, after) && endsClause(tokens, after.appositive ? after.appositive[1] : after.last, sentence.last) && !subjectOfClause(tokens, after.appositive ? after.appositive[1] : after.last, sentence.last)) {
      const content = quote ? spanOf(text, quote.start, quote.end) : trimmed(text, sentence.start, before.start)
      if (!content) return null
      return { kind: quote ? 'direct' : kind, content, cue, source: spanOf(text, tokens[after.first]!.start, tokens[after.last - 1]!.end), phrase: after }
    }
    // "Erdogan, who joined … in Sochi, has said": the name before the relative clause;
    // "Paul Porter, a truck driver who …, said": the subject before a long appositive.
    // (`Humphrey, who calls Trump a “sociopath,” said …`: a comma inside the closing mark ends an aside
    // too, when words come before the quotation; a quotation opening the sentence is what was said.)
    const aside = before.text === ',' || (isClauseComma(tokens, subjectEnd) && /\p{L}/u.test(text.slice(sentence.start, quote?.start ?? sentence.start)))
    if (aside) phrase = relativeAntecedent(tokens, sentence, subjectEnd) ?? clauseSubject(tokens, sentence, subjectEnd)
  } else if ((!phrase || !canSpeak(tokens, phrase)) && before?.text === ',') {
    // "Morton Blackwell, founder of the institute, endorsed Cruz": a name, then only its description.
    phrase = appositiveSubject(tokens, sentence, subjectEnd) ?? phrase
  }
  if (!phrase || (!canSpeak(tokens, phrase) && !speaksAsIt(context.text, tokens, context.quotes, sentence, phrase, i))) return null
  const source = spanOf(text, tokens[phrase.first]!.start, tokens[phrase.last - 1]!.end)

  // `"…," he said` — the quote ends right before the source (unless a colon sends us forward).
  // (`"…," he said, noting that …`: the quote is the first cue's; the participle says what follows it.)
  const borrowed = phrase.last < subjectEnd && tokens[subjectEnd]?.text === ',' && /ing$/.test(cueToken.lower)
  const adjacent = tokens[cueEnd]?.text === ':' || borrowed ? undefined : adjacentQuote(context.text, context.quotes, source.start, source.end, 'before')
  // `… soft.” He says referees …`: a quote closed by a full stop belongs to the sentence before.
  const wordsFollow = tokens.slice(cueEnd, sentence.last).some((t) => /\p{L}/u.test(t.text))
  // `On Fox News's "Sunday Morning Futures," Rep. Issa said …`: a quoted title is not the words said.
  const adjacentText = adjacent ? text.slice(adjacent.start, adjacent.end) : ''
  // (`…, “… far less,” one of them said the cases differ`: a cue with a clause of its own says that clause.)
  // (`Citing “obligations,” the spokeswoman told POLITICO that …`: so does a that-clause after the person told.)
  const ownClause = (clauseRightAfter(tokens, cueEnd, sentence.last) && !ADDRESSEE_VERBS.has(cueToken.lemma) && /^\p{Ll}/u.test(cueToken.text)) || thatAfterAddressee(tokens, cueEnd, sentence.last)
  const quoteBefore = adjacent && wordsFollow && (/\.\s*(?:["”’]|'')$/.test(adjacentText) || isQuotedTitle(adjacentText) || isOwnedTitle(text, adjacent) || ownClause) ? undefined : adjacent
  if (quoteBefore) {
    const quoteAfter = adjacentQuote(context.text, context.quotes, cue.start, cue.end, 'after')
    const end = quoteAfter && /^[\s,]*$/.test(text.slice(cue.end, quoteAfter.start)) && text.slice(cue.end, quoteAfter.start).includes(',') ? quoteAfter.end : quoteBefore.end
    // `The plan is "a disaster," he said.`: a quote that finishes the sentence's clause carries the clause.
    // A colon before the quote introduces it (`declared: "…," she said`): the quote alone is said.
    const lead = text.slice(sentence.start, quoteBefore.start)
    // So does a cue of its own just before it (`… but added, "…," Pence said`).
    const from = /\p{L}/u.test(lead) && !/:\s*$/.test(lead) && !cueJustBefore(tokens, phrase.first, quoteBefore.start) ? sentence.start : quoteBefore.start
    return { kind: from === quoteBefore.start ? 'direct' : kind, content: spanOf(text, from, end), cue, source, phrase }
  }
  // Content after the cue: skip the addressee ("told reporters"), then a quote or the clause.
  let k = cueEnd
  if (ADDRESSEE_VERBS.has(cueToken.lemma) || ADDRESSEE_VERBS.has(cueToken.lower)) {
    // "told me he …", "assured them that …": an object pronoun is the person told.
    const pronoun = /^(me|us|him|her|them)$/.test(tokens[k]?.lower ?? '') ? { first: k, last: k + 1, appositive: null } : null
    const addressee = pronoun ?? phraseStartingAt(tokens, k, sentence.last)
    // "warned the measure would fail": the phrase is the statement's subject, not the person told.
    const then = tokens[addressee?.last ?? k]
    if (addressee && !/^(that|if|whether)$/.test(tokens[k]!.lower) && !(then && (then.pos === 'AUX' || then.pos === 'VERB'))) k = addressee.last
  }
  const afterAddressee = k
  k = skipCircumstance(tokens, k, sentence.last)
  // "the things Trump said about Latinos", "what he said was": the cue sits in a relative clause.
  const first = tokens[k]
  // "Many of the closures, he said, have involved …": the cue interrupts the statement.
  // (Only a speaker right before the cue: one found as the clause's subject stands elsewhere.)
  // (`…, his top aide, Tad Devine, told …`: an appositive's closing comma may come between.)
  const sourceFollowsComma = tokens[phrase.first - 1]?.text === ',' && (phrase.last > subjectEnd || (phrase.last === subjectEnd && tokens[subjectEnd]?.text === ','))
  // ("The solution, the partner told them, was simple": the person told may come before the closing comma.)
  const parenthetical = sourceFollowsComma && (tokens[cueEnd]?.text === ',' || tokens[afterAddressee]?.text === ',') && phrase.first - 1 > sentence.first
  // (A capitalised "verb" after the cue is a name the tagger misread: "The Times said Cook provided …";
  // after "says," the statement may open with any word: "says, win or lose, he is staying".)
  const nameOrPause = (first?.pos === 'VERB' && /^\p{Lu}\p{Ll}/u.test(first.text)) || tokens[cueEnd]?.text === ','
  // "the vote, which she has said was a mistake": the relative pronoun is what the speaker says something of.
  // ("in what analysts said was a sign of …" too; "What he said was wrong" opening a sentence is the writer's judgement.)
  const saidOfRelative = phrase.last <= i && phrase.first > sentence.first && (/^(which|that|who|whom)$/.test(tokens[phrase.first - 1]!.lower) || (tokens[phrase.first - 1]!.lower === 'what' && phrase.first - 1 > sentence.first)) && (first?.pos === 'AUX' || first?.pos === 'VERB')
  // `… the committee said about its platform:` ⏎ `"The platform goes further …"`: the quote the colon introduces
  // is what was said (when no other verb of saying comes between).
  const introduced = tokens[sentence.last - 1]?.text === ':' ? context.quotes[firstQuoteFrom(context.quotes, sentence.end)] : undefined
  if (introduced && /^\s*$/.test(text.slice(sentence.end, introduced.start)) && SPEECH_VERBS.has(cueToken.lemma) && !tokens.slice(cueEnd, sentence.last).some((t) => t.pos === 'VERB' && SPEECH_VERBS.has(t.lemma))) {
    return { kind: 'direct', content: spanOf(text, introduced.start, introduced.end), cue, source, phrase }
  }
  if (!parenthetical && !nameOrPause && !saidOfRelative && first && !quoteAt(context.quotes, first.start) && (first.pos === 'AUX' || (first.pos === 'VERB' && !/ing$/.test(first.lower)) || (/^(about|of|below|above)$/.test(first.lower) && !/^(NUM|DET)$/.test(tokens[k + 1]?.pos ?? '') && tokens[k + 1]?.lower !== 'half'))) return null
  // "Ankara opposes the Kurdish participation": the position's object is what it states.
  // "Neither side wants conflict", "Aid agencies want access to Madaya": what is wanted, named.
  const wanted = WANT_VERBS.has(cueToken.lemma) && !!first && k === cueEnd && (/^(DET|NOUN|PROPN|ADJ|NUM)$/.test(first.pos) || POSSESSIVE_PRONOUNS.has(first.lower))
  const topicObject = (TOPIC_OBJECT_VERBS.has(cueToken.lemma) || reportsThing(tokens, i, sentence)) && !!first && first.lower !== 'that' && !QUESTION_WORDS.test(first.lower)
  if ((OBJECT_VERBS.has(cueToken.lemma) || topical || wanted || topicObject) && first) {
    // ("talked about how his forces must be ready": a question word opens a clause, which runs as statements do.)
    const objectStop = QUESTION_WORDS.test(first.lower) ? statementEnd(tokens, context.quotes, k, sentence) : tokens[objectEnd(tokens, k, sentence) - 1]!.end
    // (An object never ends inside a quotation: "defended the “Sochi format,”".)
    const openQuote = quoteAt(context.quotes, objectStop - 1)
    const end = openQuote && openQuote.start < objectStop && openQuote.end > objectStop ? openQuote.end : objectStop
    const content = trimmed(text, first.start, end, 2)
    return content ? { kind, content, cue, source, phrase } : null
  }
  const contentStart = tokens[k]?.start ?? sentence.end
  const quoteAfter = adjacentQuote(context.text, context.quotes, cue.end, Math.min(contentStart, cue.end), 'after') ?? (tokens[k] && quoteAt(context.quotes, tokens[k]!.start)?.start === tokens[k]!.start ? quoteAt(context.quotes, tokens[k]!.start) : undefined)
  if (quoteAfter && quoteAfter.start >= cue.end && quoteAfter.start - cue.end < 40) {
    // `said "it gets me mad" every time he thinks …`: a quoted fragment the sentence carries on from.
    // (A clause of the writer's own — "and left", "for an hour" — does not carry it on.)
    const carriesOn = !/[.!?,;:]\s*(?:["”’]|'')$/.test(text.slice(quoteAfter.start, quoteAfter.end)) && /^\s+(?!(?:and|but|or|then|before|after|while|as)\b)\p{Ll}/u.test(text.slice(quoteAfter.end, sentence.end))
    let after = k
    while (after < sentence.last && tokens[after]!.start < quoteAfter.end) after++
    const end = after >= sentence.last ? sentence.end : statementEnd(context.tokens, context.quotes, after - 1, sentence)
    if (carriesOn && tokens.slice(after, sentence.last).some((t) => t.start < end && (t.pos === 'VERB' || t.pos === 'AUX'))) {
      const content = trimmed(text, quoteAfter.start, end)
      if (content) return { kind: 'direct', content, cue, source, phrase }
    }
    return { kind: 'direct', content: spanOf(text, quoteAfter.start, quoteAfter.end), cue, source, phrase }
  }
  // `The talks failed, he said.` — the clause before the source, when nothing follows the cue.
  // `…, Mr. Manafort said, adding that …`: what the writer adds after the cue is not the statement's.
  let added = cueEnd
  while (added < sentence.last - 1 && !(tokens[added]!.text === ',' && tokens[added + 1]!.pos === 'VERB' && /ing$/.test(tokens[added + 1]!.lower))) added++
  if (added >= sentence.last - 1) added = sentence.last
  const rest = text.slice(cue.end, added < sentence.last ? tokens[added]!.start : sentence.end)
  const ahead = tokens.slice(cueEnd, added)
  // What is called for may be a short phrase ("called for her ouster"); a statement has a clause.
  const calledFor = cueToken.lemma === 'call' && tokens[cueEnd - 1]?.lower === 'for'
  // (`…, Trump was calling for change.`: what is called for follows; the clause before is not it.)
  // (`…, Sanders questioned Mr. Trump's veracity.`: a verb with its object closes nothing.)
  const hasObject = !!first && first.start < cue.end + 3 && (first.pos === 'DET' || (first.pos === 'PROPN' && !isTimeWord(first.lower)) || POSSESSIVE_PRONOUNS.has(first.lower) || OBJECT_PRONOUNS.test(first.lower))
  const answer = yesOrNo(text, cue.end, sentence.end)
  if (answer) return { kind, content: answer, cue, source, phrase }
  if (sourceFollowsComma && !calledFor && !hasObject && !ahead.some((t) => t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'SCONJ') && rest.length < 60) {
    // (A role before the name is the speaker's, not the statement's: "…, his top aide, Tad Devine, told …".)
    const speakerStart = phrase.appositive && phrase.appositive[0] < phrase.first ? phrase.appositive[0] : phrase.first
    const content = trimmed(text, sentence.start, tokens[speakerStart - 1]!.start)
    // "…, he asked." closes a question; "…, the moderators did not ask." closes none.
    if (!content || (cueToken.lemma === 'ask' && !/\?\W*$/.test(content.text))) return null
    const quote = quoteAt(context.quotes, content.start)
    return { kind: quote && quote.end >= content.end ? 'direct' : kind, content, cue, source, phrase }
  }
  // ("…, records show, and experts say …": a second speaker after "and"; the words end at the first source.)
  const closesClause = parenthetical && tokens[cueEnd]?.text === ',' && /^(and|but)$/.test(tokens[cueEnd + 1]?.lower ?? '') && newAttribution(tokens, cueEnd + 2, sentence.last)
  let content = closesClause ? trimmed(text, sentence.start, tokens[phrase.first - 1]!.start) : parenthetical ? trimmed(text, sentence.start, sentence.end) : trimmed(text, contentStart, statementEnd(context.tokens, context.quotes, k, sentence), calledFor ? 1 : undefined)
  const colonThenQuote = /:\s*$/.test(text.slice(contentStart, sentence.end)) ? [context.quotes[firstQuoteFrom(context.quotes, sentence.end)]].find((q) => q && /^\s*$/.test(text.slice(sentence.end, q.start))) : undefined
  if (colonThenQuote && content) content = spanOf(text, content.start, colonThenQuote.end)
  const runsOn = content ? context.quotes[firstQuoteFrom(context.quotes, content.end) - 1] : undefined
  if (runsOn && content && runsOn.start >= content.start && runsOn.end > content.end) content = spanOf(text, content.start, runsOn.end)
  if (!content || ahead.length < (calledFor ? 1 : 3)) return null
  // In a relative clause ("delegates, who say X, stayed") the statement ends with the clause.
  const clauseEnd = relative || saidOfRelative ? content.text.indexOf(', ') : -1
  if (clauseEnd >= 8) content = spanOf(text, content.start, content.start + clauseEnd)
  // ("Others who want to ban abortion said the ruling …": the main clause's verb of saying ends the relative one.)
  // (Searched from the cue to the end of its sentence, not over the whole document.)
  let mainCue = relative ? cueEnd : sentence.last
  while (mainCue < sentence.last && !(tokens[mainCue]!.start > content.start && tokens[mainCue]!.end <= content.end && tokens[mainCue]!.pos === 'VERB' && SPEECH_VERBS.has(tokens[mainCue]!.lemma) && !/ing$/.test(tokens[mainCue]!.lower) && tokens[mainCue - 1]?.pos === 'NOUN')) mainCue++
  if (mainCue < sentence.last) content = trimmed(text, content.start, tokens[mainCue]!.start)
  if (content && /^(call|consider|deem)$/.test(cueToken.lemma) && !topical && !/^(for|on|upon)$/.test(tokens[i + 1]?.lower ?? '')) content = spanOf(text, content.start, endAtNamingQuote(context.quotes, content.start, content.end))
  if (!content) return null
  if (ahead.every((t) => t.pos !== 'VERB' && t.pos !== 'AUX') && kind === 'belief' && viewedAs(tokens, i, sentence.last) < 0 && !callsSomethingSomething(tokens, i, sentence.last)) return null
  const wholeQuote = quoteAt(context.quotes, content.start)
  return { kind: wholeQuote && wholeQuote.start === content.start ? 'direct' : kind, content, cue, source, phrase }
}

const BASE_CONFIDENCE: Record<AttributionKind, number> = { direct: 0.95, 'speech-block': 0.95, 'according-to': 0.85, indirect: 0.8, belief: 0.6 }

/**
 * Finds the attributed statements in a document's reading text: direct quotes with their cue,
 * indirect speech, "according to X", beliefs and intentions, transcript speech blocks and
 * interview lines. Pure: text (and the document's placed blocks) in, statements out.
 */
export function findAttributions(text: string, blocks: readonly PlacedBlock[] = []): AttributedStatement[] {
  if (text.trim().length === 0) return []
  const { tokens, sentences } = tokenise(text)
  const context: Context = { text, tokens, quotes: findQuoteSpans(text), resolver: new SpeakerResolver(text, tokens) }
  const found: AttributedStatement[] = [...speechBlockStatements(text, blocks)]
  const blockedRanges = found.map((s) => [s.content.start, s.content.end] as const)
  found.push(...findInterviewLines(text, blockedRanges))
  const lined = found.map((s) => [s.content.start, s.content.end] as const)
  const free = (s: AttributedStatement) => !lined.some(([a, b]) => a < s.content.end && s.content.start < b)
  found.push(...headlineStatements(text).filter(free), ...signedQuotes(text).filter(free), ...namedQuotes(text, context.quotes).filter(free))
  // Sentences inside a speech block or interview line belong to it; sentences come in order, so a cursor suffices.
  const blocksInOrder = found.map((f) => f.content).sort((a, b) => a.start - b.start)
  let nextBlock = 0
  const covered = (offset: number) => {
    while (nextBlock < blocksInOrder.length && blocksInOrder[nextBlock]!.end <= offset) nextBlock++
    const block = blocksInOrder[nextBlock]
    return !!block && block.start <= offset
  }
  // An interview's answers hold statements of their own ("my brother said …"), so their sentences are read too.
  found.push(...findAnswerLines(text, blockedRanges, (before) => context.resolver.firstPersonBefore(before)))
  let namesUpTo = 0
  const add = (draft: StatementDraft, at: number) => {
    namesUpTo = context.resolver.noteNamesBefore(draft.source?.start ?? at, namesUpTo)
    const resolved = context.resolver.resolve(draft.phrase)
    const { phrase: _phrase, ...statement } = draft
    found.push({ ...statement, speaker: resolved.speaker, role: resolved.role, confidence: Math.round(BASE_CONFIDENCE[statement.kind] * resolved.certainty * 100) / 100 })
  }
  for (const [s, sentence] of sentences.entries()) {
    if (covered(sentence.start)) continue
    // Quotes that open in this sentence and no cue verb claimed: read their frame.
    for (let q = firstQuoteFrom(context.quotes, sentence.start); q < context.quotes.length && context.quotes[q]!.start < sentence.end; q++) {
      const quote = context.quotes[q]!
      if (claimed(found, quote.start)) continue
      if (sentenceHasCueFor(context, sentence, quote) || titleBeforeClause(text, tokens, sentence, quote) || isOwnedTitle(text, quote)) continue
      const framed = quoteFrame(text, tokens, sentences, s, quote) ?? clauseFrame(text, tokens, sentence, quote)
      if (framed) add({ kind: 'direct', content: spanOf(text, quote.start, quote.end), ...framed }, quote.start)
    }
    for (let i = sentence.first; i < sentence.last; i++) {
      const token = tokens[i]!
      if (insideQuote(context.quotes, token.start)) continue
      let draft = null
      if (token.lower === 'according') draft = accordingTo(text, tokens, context.quotes, sentence, i)
      else if (i === sentence.first && token.lower === 'in') draft = openingSource(text, tokens, sentence)
      else if (token.pos === 'NOUN') draft = nominalStatement(text, tokens, context.quotes, sentence, i) ?? adjectivalStatement(text, tokens, context.quotes, sentence, i)
      else {
        const kind = isCue(tokens, i, sentence)
        if (kind) draft = statementForCue(context, sentence, i, kind)
        else draft = adjectivalStatement(text, tokens, context.quotes, sentence, i)
      }
      if (draft && !found.some((f) => f.content.start === draft.content.start && f.content.end === draft.content.end)) add(draft, token.start)
    }
  }
  const statements = extendQuoteRuns(text, context.quotes, dropDuplicates(found).sort((a, b) => a.content.start - b.content.start))
  return withoutTitles(withOrphanQuotes(text, context.quotes, withoutNested(statements)))
}

/** True when a listed cue verb in the sentence will claim this quote (the cue pass runs next). */
function sentenceHasCueFor(context: Context, sentence: Sentence, quote: QuoteSpan): boolean {
  for (let i = sentence.first; i < sentence.last; i++) {
    const t = context.tokens[i]!
    if (insideQuote(context.quotes, t.start) || !isCue(context.tokens, i, sentence)) continue
    const draft = statementForCue(context, sentence, i, 'indirect')
    if (draft && draft.content.start <= quote.start && quote.start < draft.content.end) return true
  }
  return false
}
