// Searching names as people type them: the same folding as the server's NameKey, so a list
// filtered in the browser finds what a search on the server would.

const ARABIC_MARKS = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/g
const FOLDS: Record<string, string> = {
  أ: 'ا',
  إ: 'ا',
  آ: 'ا',
  ٱ: 'ا',
  ٲ: 'ا',
  ٳ: 'ا',
  ؤ: 'و',
  ئ: 'ي',
  ى: 'ي',
  ی: 'ي',
  ة: 'ه',
  ء: ' ',
  ک: 'ك',
}

/** A name folded as NameKey folds it: hamza and alef forms, taa marbuta, alef maqsura, diacritics, case, accents. */
export function foldName(text: string): string {
  const arabic = text.replace(ARABIC_MARKS, '').replace(/[أإآٱٲٳؤئىیةءک]/g, (c) => FOLDS[c] ?? c)
  return arabic
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
}

/** Whether every word typed starts a word of the names, in any order and either script. */
export function matchesName(query: string, ...names: (string | null | undefined)[]): boolean {
  const words = foldName(query).split(' ').filter(Boolean)
  if (!words.length) return true
  const nameWords = foldName(names.filter(Boolean).join(' ')).split(' ')
  return words.every((word) => nameWords.some((name) => name.startsWith(word)))
}
