// What an official document has after its contents: the lists of figures and of tables, each entry with its
// number, title and page, and the abbreviations the report uses with their expansions. A list with nothing in it
// is left out. The pages come from the layout print, as the contents' do.
import { sourceName } from './annex.js';
import type { ChapterContext } from './chapters/context.js';
import { elementId, listedPage } from './references.js';
import type { ReportView, SectionView } from './view-model.js';

export interface EntryListView {
  /** The heading's id: list-of-figures, list-of-tables. */
  id: string;
  heading: string;
  entries: { target: string; label: string; title: string; page: string }[];
}

export interface AbbreviationsView {
  heading: string;
  entries: { short: string; long: string }[];
}

export interface FrontMatter {
  lists: EntryListView[];
  abbreviations?: AbbreviationsView;
  /** Their entries at the head of the contents. */
  contents: ReportView['toc']['entries'];
  /** Their pages' running titles, by the id of the section that holds them (see page-style.ts). */
  pages: { id: string; title: string }[];
}

export function frontMatter(ctx: ChapterContext, chapters: readonly SectionView[], cover: ReportView['cover']): FrontMatter {
  const { t } = ctx;
  const lists = entryLists(ctx, chapters);
  const abbreviations = abbreviationList(ctx, stringsOf(chapters, stringsOf(cover)), incidentTerms(ctx));
  const page = (id: string) => listedPage(ctx, id);
  const contents = [...lists.map((l) => ({ id: l.id, title: l.heading })), ...(abbreviations ? [{ id: 'abbreviations', title: abbreviations.heading }] : [])].map(
    (entry) => ({ level: 1, ...entry, page: page(entry.id) }),
  );
  const pages = [
    ...(lists.length > 0 ? [{ id: 'lists', title: lists.length === 1 ? lists[0]!.heading : t.lists.running }] : []),
    ...(abbreviations ? [{ id: 'abbreviations', title: abbreviations.heading }] : []),
  ];
  return { lists, ...(abbreviations ? { abbreviations } : {}), contents, pages };
}

/** The figures and the tables in print order, which is their numbers' order. */
function entryLists(ctx: ChapterContext, chapters: readonly SectionView[]): EntryListView[] {
  const { t, m } = ctx;
  const figures: EntryListView['entries'] = [];
  const tables: EntryListView['entries'] = [];
  const page = (element: string) => listedPage(ctx, element);
  const visit = (s: SectionView) => {
    for (const f of s.figures) {
      const target = elementId('figure', f.id);
      figures.push({ target, label: m(t.charts.figure, { number: f.number }), title: f.title, page: page(target) });
    }
    for (const table of s.tables) {
      const target = elementId('table', table.id);
      tables.push({ target, label: m(t.lists.table, { number: table.number ?? 0 }), title: table.title, page: page(target) });
    }
    s.sections.forEach(visit);
  };
  chapters.forEach(visit);
  return [
    { id: 'list-of-figures', heading: t.lists.figures, entries: figures },
    { id: 'list-of-tables', heading: t.lists.tables, entries: tables },
  ].filter((list) => list.entries.length > 0);
}

/**
 * The catalog's abbreviations whose short form the report's text uses, as a word (not inside one: "H" of "1446 H",
 * not of "Hijab"), sorted as the language sorts (Arabic by Arabic collation, Arabic script before Latin).
 */
export function abbreviationList(
  { t, locale }: Pick<ChapterContext, 't' | 'locale'>,
  texts: readonly string[],
  alsoUsed: ReadonlySet<string> = new Set(),
): AbbreviationsView | undefined {
  const text = texts.join('\n');
  const used = Object.values(t.abbreviations.terms).filter((term) => alsoUsed.has(term.short) || wordPattern(term.short).test(text));
  if (used.length === 0) return undefined;
  const collator = new Intl.Collator(locale.tag);
  const entries = used.sort((a, b) => collator.compare(a.short, b.short) || collator.compare(a.long, b.long)).map(({ short, long }) => ({ short, long }));
  return { heading: t.abbreviations.heading, entries };
}

const wordPattern = (short: string) => new RegExp(`(?<![\\p{L}\\p{M}])${short.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{M}])`, 'u');

/** Every string a view holds but its images and ids: what the pages print (gathered in one array: a view is large). */
function stringsOf(value: unknown, into: string[] = []): string[] {
  if (typeof value === 'string') into.push(value.includes('<') ? value.replace(/<[^>]*>/g, ' ') : value);
  else if (Array.isArray(value)) for (const item of value) stringsOf(item, into);
  else if (value && typeof value === 'object') {
    const proto = Object.getPrototypeOf(value);
    if (!proto || proto === Object.prototype) {
      for (const key in value) if (key !== 'image' && key !== 'id') stringsOf((value as Record<string, unknown>)[key], into);
    } else into.push(String(value));
  }
  return into;
}

// The incident annex's text, read from the incidents themselves: the layout print leaves the annex out, and the list
// must be the same in both prints. The short forms it uses are found once per incident list and language, as a build
// makes several views of each and the annex is most of the text.
const incidentTermCache = new WeakMap<object, Map<string, Set<string>>>();

function incidentTerms({ input, locale, t }: ChapterContext): Set<string> {
  const byLang = incidentTermCache.get(input.incidents) ?? new Map<string, Set<string>>();
  incidentTermCache.set(input.incidents, byLang);
  const key = `${locale.lang}\u0000${Object.values(t.abbreviations.terms).map((term) => term.short).join('\u0000')}`;
  let found = byLang.get(key);
  if (!found) {
    const lang = locale.lang;
    const text = input.incidents
      .filter((i) => i.polarity === 'negative')
      .map((i) => [i[`title_${lang}`] ?? i.title_en, (lang === 'en' ? undefined : i[`location_${lang}`]) ?? i.location ?? '', sourceName(i.source_name, input.edition, t)].join('\n'))
      .join('\n');
    found = new Set(Object.values(t.abbreviations.terms).map((term) => term.short).filter((short) => wordPattern(short).test(text)));
    byLang.set(key, found);
  }
  return found;
}
