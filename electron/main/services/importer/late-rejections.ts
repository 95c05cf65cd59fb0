/**
 * pdf.js can reject a promise of its own after a parse has already answered (a damaged stream it
 * was still reading: "FormatError: Illegal character"). That rejection belongs to no task; left
 * unhandled it would kill the parse worker, and the next file, not this one, would fail. The
 * task that caused it has its answer, and the deadline still guards every parse.
 */
export function ignoreLateRejections(): void {
  process.on('unhandledRejection', () => undefined)
}
