// Rows that repeat one another: the same id (an error) and, probably, the same incident (same date, country,
// category and English title: a warning). Only the first line of each id and a 64-bit hash of each content key
// are kept, so a million rows cost their ids and no titles.
import { FirstLines, Hash64 } from '../first-lines.js';

export class DuplicateFinder {
  readonly ids = new FirstLines(true);
  readonly contents = new FirstLines(false);
  private readonly hash = new Hash64();

  /** The line that used this id first, when it is not this one. */
  idSeenAt(id: string, line: number): number | undefined {
    return this.ids.claim(id, line);
  }

  /** The line of a row with the same content key before this one. */
  contentSeenAt(date: string, country: string, category: string, title: string, line: number): number | undefined {
    const { h1, h2 } = this.contentKey(date, country, category, title);
    return this.contents.claimHash(h1, h2, line);
  }

  /**
   * The hash of (date, country, category, English title in small letters): probable duplicates are found by
   * hash, so their text need not be kept; ASCII titles are lower-cased as they are hashed (toLowerCase on a
   * title cut from a two-byte text is slow).
   */
  private contentKey(date: string, country: string, category: string, title: string): Hash64 {
    const h = this.hash.begin().add(date).separator().add(country).separator().add(category).separator();
    for (let i = 0; i < title.length; i++) if (title.charCodeAt(i) > 127) return h.add(title.toLowerCase()).end();
    return h.add(title, true).end();
  }
}
