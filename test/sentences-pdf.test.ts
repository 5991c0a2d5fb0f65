// A tiny edition (three manifestations, one country, no positive development, no previous edition) printed by the
// real command, read back from its PDFs: none of the sentences that only the sample data's shape made true.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { dataFolder, EDITION_2024, row, runCli, toCsv } from './helpers.js';
import { pdfText } from './pdf.js';

describe('a tiny edition, printed', () => {
  const out = mkdtempSync(join(tmpdir(), 'oic-tiny-'));
  const data = dataFolder(
    toCsv([
      row({ id: 'T-1', country: 'CA', location: 'Toronto', date: '2024-03-02', category: 'mosque', title_ar: 'تخريب مسجد في تورنتو' }),
      row({ id: 'T-2', country: 'CA', location: 'Ottawa', date: '2024-03-05', category: 'hate_speech', title_ar: 'خطاب كراهية في تجمع' }),
      row({ id: 'T-3', country: 'CA', location: 'Montreal', date: '2024-04-11', category: 'mosque', title_ar: 'كسر نافذة مسجد' }),
    ]),
    { ...EDITION_2024, languages: ['ar', 'en', 'fr'] },
  );
  const text = (lang: string) => pdfText(join(out, `oic-islamophobia-report-2024-${lang}.pdf`));

  beforeAll(async () => {
    const r = await runCli(['build', '2024', '--data', data, '--out', out, '--format', 'pdf'], { env: { SOURCE_DATE_EPOCH: '1750464000' } });
    expect(r.code, r.stderr).toBe(0);
    // Every narrative chapter is missing: the build says so for each language, and leaves them out.
    expect(r.stdout).toMatch(/foreword\.md: is not written/);
  });

  it('English: one country, one region, no positive development, no previous period, each said as such', () => {
    const en = text('en');
    expect(en).toContain('the Observatory recorded 3 manifestations of Islamophobia and no positive development, in one country.');
    expect(en).toContain('All the manifestations were recorded in North America.');
    expect(en).toContain('the only region where any was recorded');
    // …and refers to the table of the region's countries, at its page.
    expect(en).toMatch(/All of them were recorded in Canada \(3\); see Table 1, p\. \d+\./);
    expect(en).toContain('No positive developments were recorded in this period.');
    for (const wrong of ['1 countries', ' 1 incidents', '0 positive developments', '100%', 'The countries with the most manifestations were', 'grey bars', 'five most frequent', 'previous', 'Share of each type of positive development', 'Foreword by']) {
      expect(en).not.toContain(wrong);
    }
  });

  it('Arabic: counts in their grammatical forms, sections numbered ٢-١, no ranking of one', () => {
    // Spaces set aside (poppler may add one after و before a number on a justified line); short vowels compared.
    const bare = (s: string) => s.replace(/\s/g, '');
    const ar = bare(text('ar'));
    expect(ar).not.toMatch(/[٠-٩]\.[٠-٩]/);
    expect(ar).toMatch(/[٠-٩]-[٠-٩]/);
    expect(ar).toContain(bare('دولة واحدة'));
    expect(ar).toContain(bare('لم تُرصد أي تطورات إيجابية في هذه الفترة'));
    expect(ar).toContain(bare('رُصدت ٣ مظاهر للإسلاموفوبيا'));
    for (const wrong of ['في ٣ دولة', '١ حادثة', 'الأعمدة الرمادية', 'أكثر الدول تسجيلًا للمظاهر:', 'نصيب كل نوع']) {
      expect(ar).not.toContain(bare(wrong));
    }
  });

  it('French: one country, one region, no positive development, each said in the singular or as none', () => {
    const fr = text('fr');
    expect(fr).toContain('l’Observatoire a recensé 3 manifestations d’islamophobie et aucune évolution positive, dans un pays.');
    expect(fr).toContain('Toutes les manifestations ont été recensées en Amérique du Nord.');
    expect(fr).toContain('seule région où des manifestations ont été recensées');
    expect(fr).toMatch(/Elles ont toutes été recensées dans un seul pays : Canada \(3\) ; voir le tableau 1, p\. \d+\./);
    expect(fr).toContain('Aucune évolution positive n’a été recensée au cours de la période.');
    for (const wrong of ['1 pays', ' 1 incidents', '0 évolution', '100 %', 'Les pays ayant enregistré', 'barres grises', 'précédent', 'Part de chaque type', 'Avant-propos']) {
      expect(fr).not.toContain(wrong);
    }
  });
});
