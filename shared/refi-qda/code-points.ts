/**
 * REFI-QDA counts positions in characters (Unicode code points); Parley's offsets are UTF-16
 * code units, as JavaScript strings are. They differ after any character outside the Basic
 * Multilingual Plane (an emoji, some CJK): each counts two units but one character.
 */
export function codePointOffsets(text: string): (utf16: number) => number {
  const astralBefore: number[] = []
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) astralBefore.push(i + 1)
  }
  if (astralBefore.length === 0) return (utf16) => utf16
  // The code point offset is the UTF-16 offset less the low surrogates before it.
  return (utf16) => {
    let low = 0
    let high = astralBefore.length
    while (low < high) {
      const mid = (low + high) >> 1
      if (astralBefore[mid]! < utf16) low = mid + 1
      else high = mid
    }
    return utf16 - low
  }
}
