// The annexes: the methodology, the quality of the data, and the list of incidents.
import { annexCut, incidentGroups, incidentListFileName } from '../annex.js';
import type { ChapterDefinition } from './context.js';

export const methodology: ChapterDefinition = {
  id: 'methodology',
  numbered: false,
  build: ({ t, locale, reference, data, m, section }) =>
    section('methodology', t.methodology.heading, {
      paragraphs: [
        t.methodology.body,
        m(t.methodology.rows, { read: data.rowsRead, file: data.file, accepted: data.rowsAccepted, rejected: data.rowsRejected }),
        m(t.methodology.fingerprint, { hash: data.fingerprint }),
      ],
      tables: (['negative', 'positive'] as const).map((polarity) => ({
        id: `categories-${polarity}`,
        title: locale.text(`${t.methodology.definitions}: ${t.methodology[polarity]}`),
        head: [t.methodology.label, t.methodology.code],
        rows: reference.categories[polarity].map((c) => [c[locale.lang], c.code]),
        // The codes are English words: tagged so in the other editions (the PDF's /Lang).
        ...(locale.lang === 'en' ? {} : { columnLang: ['', 'en'] }),
      })),
    }),
};

export const dataQuality: ChapterDefinition = {
  id: 'data-quality',
  numbered: false,
  build: ({ t, data, n, m, section }) => {
    const rejected = data.rejected ?? [];
    return section('data-quality', t.dataQuality.heading, {
      paragraphs: [
        rejected.length === 0 && data.rowsRejected === 0
          ? m(t.dataQuality.allAccepted, { count: data.rowsRead })
          : m(t.dataQuality.someRejected, { rejected: data.rowsRejected, read: data.rowsRead, listed: rejected.length > 0 ? 'yes' : 'no' }),
      ],
      tables:
        rejected.length > 0
          ? [
              {
                id: 'rejected-rows',
                title: m(t.dataQuality.table, { file: data.file }),
                head: [t.dataQuality.line, t.dataQuality.id, t.dataQuality.reasons],
                rows: rejected.map((r) => [n(r.line), r.id, r.reasons.join('; ')]),
              },
            ]
          : [],
    });
  },
};

// The annex lists the manifestations, as the Observatory's reports do; positive developments are counted
// and charted in their chapter. It comes last, so a layout print can leave its rows out (see layoutOnly).
export const incidentsAnnex: ChapterDefinition = {
  id: 'annex-incidents',
  numbered: false,
  build: ({ input, t, reference, locale, m, section }) => {
    // The layout print leaves the rows out: the annex is last, so nothing in it moves a heading before it.
    const groups = input.layoutOnly ? [] : incidentGroups(input.incidents, 'negative', reference, locale, t, input.edition);
    // A limited annex says so, with its numbers and the file holding the full list, instead of "every incident".
    const cut = annexCut(groups, input.edition.annex?.limit);
    return section('annex-incidents', t.annex.heading, {
      paragraphs: [cut ? m(t.annex.limited, { ...cut, file: incidentListFileName(input.edition.year) }) : t.annex.lead],
      incidentGroups: groups,
    });
  },
};
