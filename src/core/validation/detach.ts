/**
 * A copy of `s` that keeps nothing else alive. V8 cuts a long string out of a text without copying it, and the
 * piece keeps the whole text in memory: an id of 18 characters kept from a 256 KB chunk of the file would keep
 * the chunk, and one id per chunk the whole file. What outlives its row (ids, remembered values, problems) is
 * copied.
 */
export function detach(s: string): string {
  return s.length < 13 ? s : ` ${s}`.slice(1);
}
