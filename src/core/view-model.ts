// Everything a template prints, computed here: strings resolved from the catalog, numbers and dates
// formatted for the edition, charts as images, narrative as safe HTML. Templates only place these
// values, so translators never meet logic, and the HTML stays a pure function of this view.
import type { Catalog } from './catalog.js';
import { chapterContext, type ChapterContext } from './chapters/context.js';
import { buildChapters } from './chapters/registry.js';
import type { Edition } from './edition.js';
import type { Locale } from './locale.js';
import { MAX_ORDINAL_WORDS, ordinalNumeral, ordinalWords } from './ordinals.js';
import { pageStyle } from './page-style.js';
import { rectoPlan } from './recto.js';
import { withContinuedTitles } from './continued-tables.js';
import { frontMatter } from './front-matter.js';
import { listedPage, resolveReferences } from './references.js';
import type { ReportInput, ReportView, SectionView } from './report-view.js';

// The view's types live in report-view.ts; importers of view-model.js keep finding them here.
export * from './report-view.js';

/** The title with the report's ordinal in words, agreeing with التقرير in Arabic: "Seventeenth", "السابع عشر". */
export function reportTitle(edition: Edition, catalog: Catalog, locale: Locale): string {
  const ordinal = ordinalWords(edition.number, locale.lang, { gender: 'masculine', capitalised: true });
  return locale.message(catalog.cover.title, { ordinal });
}

export function buildReportView(input: ReportInput): ReportView {
  const ctx = chapterContext(input);
  const { locale, t } = ctx;
  const built = withContinuedTitles(buildChapters(ctx), (title) => locale.message(t.charts.continued, { title }));
  const title = reportTitle(input.edition, t, locale);
  const coverView = cover(ctx, title);
  const usesRecto = input.edition.rectoChapters && input.pages !== undefined;
  // The front matter opens on a right-hand page too: its sections are planned with the chapters.
  const frontSections = usesRecto ? frontRecto(frontMatter(ctx, built, coverView)) : [];
  const recto = usesRecto ? rectoPlan([...frontSections, ...built], input.pages!, input.rectoBlanks ?? []) : undefined;
  const chapters = recto ? built.map((c) => (recto.blanks.includes(c.id) ? { ...c, blankBefore: true } : c)) : built;
  // Contents, lists and references give the pages the headings will have once the blank pages are in.
  const paged = recto ? { ...ctx, input: { ...input, pages: recto.pages } } : ctx;
  const unresolvedReferences = resolveReferences(chapters, paged);
  const front = frontMatter(paged, chapters, coverView);
  const blankBefore = (id: string | undefined) => id !== undefined && (recto?.blanks.includes(id) ?? false);
  return {
    lang: locale.lang,
    dir: locale.dir,
    documentTitle: title,
    stylesheet: input.stylesheet,
    pageStyle: reportPageStyle(ctx, chapters, front.pages),
    ...(input.edition.illustrative ? { illustrative: t.cover.illustrative } : {}),
    ...(input.draft ? { draft: { watermark: t.running.watermark } } : {}),
    cover: coverView,
    toc: contents(paged, chapters, front.contents),
    lists: front.lists,
    ...(front.abbreviations ? { abbreviations: front.abbreviations } : {}),
    frontBlanks: { lists: blankBefore(front.lists[0]?.id), abbreviations: front.abbreviations !== undefined && blankBefore('abbreviations') },
    // The cover is one page: the contents then open on page 3 (printed editions only; a screen has no pages).
    blankAfterCover: input.edition.rectoChapters && (input.pages !== undefined || input.layoutOnly === true),
    chapters,
    unresolvedReferences,
    ...(recto ? { recto } : {}),
  };
}

/** The front matter's sections as the recto plan sees them: each opens a page, at its first heading. */
function frontRecto(front: { lists: { id: string }[]; abbreviations?: unknown }): { id: string; sections: { id: string }[] }[] {
  const [first, ...rest] = front.lists;
  return [...(first ? [{ id: first.id, sections: rest }] : []), ...(front.abbreviations ? [{ id: 'abbreviations', sections: [] }] : [])];
}

/** The page rules: paper, running header and footers, and each chapter's title for its pages. */
function reportPageStyle({ input, locale, t, data }: ChapterContext, chapters: SectionView[], front: { id: string; title: string }[]): string {
  const { edition } = input;
  const draftLine = input.draft
    ? locale.message(t.running.draft, { time: draftTime(input.draft.builtAt, locale), fingerprint: data.fingerprint.slice(0, 12) })
    : undefined;
  return pageStyle({
    locale,
    paper: input.paper ?? 'A4',
    pageNumbers: locale.lang === 'ar' && edition.arabicDigits === 'arab' ? 'arabic-indic' : 'decimal',
    listMarker: t.numbering.listMarker,
    // Isolated, so a Latin symbol keeps its own order inside an Arabic line.
    header: `\u2068${edition.documentSymbol}\u2069`,
    ...(edition.illustrative ? { footerStart: t.running.illustrative } : {}),
    ...(draftLine ? { footerEnd: draftLine } : {}),
    chapters: [{ id: 'toc', title: t.toc.heading }, ...front, ...chapters.map((c) => ({ id: c.id, title: numbered(c) }))],
    ...(input.bleedMm ? { bleedMm: input.bleedMm } : {}),
  });
}

function cover({ input, locale, t, m, period }: ChapterContext, title: string): ReportView['cover'] {
  const { edition } = input;
  // The session's dates in both calendars, each range saying its month and year once; the catalog orders them
  // (Arabic: the Hijri date first, then الموافق and the Gregorian).
  const dates = {
    city: edition.cfm.city[locale.lang] ?? edition.cfm.city.en,
    gregorian: locale.dateRange(edition.cfm.start, edition.cfm.end),
    hijri: locale.hijriRange(edition.cfm.start, edition.cfm.end),
  };
  return {
    organisation: t.cover.organisation,
    title,
    period: m(t.cover.period, period),
    presentedTo: m(t.cover.presentedTo, sessionOrdinals(edition.cfm.session, locale)),
    venue: m(t.cover.venue, dates),
    hijri: m(t.cover.hijri, dates),
    symbol: edition.documentSymbol,
    ...(input.issued ? { issued: m(t.cover.issued, { gregorian: locale.date(input.issued), hijri: locale.hijriDate(input.issued) }) } : {}),
    ...(edition.originalLanguage !== locale.lang || locale.lang === 'en'
      ? { original: m(t.cover.original, { language: t.language[edition.originalLanguage] }) }
      : {}),
  };
}

/** The contents: the front matter's lists, every chapter and its sections, with their pages where a print has found them. */
function contents(ctx: ChapterContext, chapters: SectionView[], front: ReportView['toc']['entries']): ReportView['toc'] {
  return {
    heading: ctx.t.toc.heading,
    entries: [
      ...front,
      ...chapters.flatMap((chapter) =>
        [chapter, ...chapter.sections].map((s) => ({ level: s === chapter ? 1 : 2, id: s.id, title: numbered(s), page: listedPage(ctx, s.id) })),
      ),
    ],
  };
}

/** The heading as printed: with its number, as in the contents and the bookmarks. */
export function numbered(s: SectionView): string {
  return s.number ? `${s.number} ${s.heading}` : s.heading;
}

/**
 * The CFM session as the catalog may write it: in words, feminine and genitive after إلى الدورة in Arabic (الحادية
 * والخمسين), or with digits ("51st", "51e", feminine as "session" is: "1re"). English capitalises the words of its
 * title-cased "Fifty-first Session"; French writes them in the small letters of running text ("la cinquante et
 * unième session").
 */
function sessionOrdinals(session: number, locale: Locale): { sessionWords: string; sessionNumeral: string } {
  const options = { gender: 'feminine', case: 'genitive', capitalised: locale.lang === 'en' } as const;
  const words = session <= MAX_ORDINAL_WORDS ? ordinalWords(session, locale.lang, options) : locale.number(session);
  const numeral = locale.lang === 'ar' ? locale.number(session) : ordinalNumeral(session, locale.lang, { gender: 'feminine' });
  return { sessionWords: words, sessionNumeral: numeral };
}

function draftTime(iso: string, locale: Locale): string {
  const when = new Date(iso);
  return new Intl.DateTimeFormat(locale.tag, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' }).format(when) + ' UTC';
}
