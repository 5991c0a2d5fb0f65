// French typography as the code applies it: the translator types ordinary spaces, the page gets the narrow
// no-break space (U+202F, written ⍽ in the expectations to be seen), guillemets, the apostrophe and "1er".
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { frenchTypography, frenchTypographyHtml, typographyFor } from '../../src/core/typography.js';

const shown = (s: string) => s.replace(/\u202F/g, '⍽');
const set = (s: string) => shown(frenchTypography(s));

describe('frenchTypography', () => {
  it('puts a narrow no-break space before : ; ! ?, whether a space was typed or not', () => {
    expect(set('Note : x')).toBe('Note⍽: x');
    expect(set('Note: x')).toBe('Note⍽: x');
    expect(set('Note\u00A0: x')).toBe('Note⍽: x');
    expect(set('a ; b ! c? d')).toBe('a⍽; b⍽! c⍽? d');
    expect(set('Vraiment?!')).toBe('Vraiment⍽?!');
    expect(set('(voir l’annexe) : ici')).toBe('(voir l’annexe)⍽: ici');
  });

  it('leaves a colon that does not end a clause: times, addresses, a question mark in a bracket', () => {
    expect(set('à 10:30 UTC')).toBe('à 10:30 UTC');
    expect(set('https://oic-oci.org/page?id=1')).toBe('https://oic-oci.org/page?id=1');
    expect(set('un doute (?)')).toBe('un doute (?)');
  });

  it('writes 12 % with the narrow space, typed or not, and does not double the one Intl writes', () => {
    expect(set('12 %')).toBe('12⍽%');
    expect(set('12%')).toBe('12⍽%');
    const intl = new Intl.NumberFormat('fr', { style: 'percent', maximumFractionDigits: 1 }).format(0.125);
    expect(set(intl)).toBe('12,5⍽%');
  });

  it('sets « guillemets » with the narrow space inside', () => {
    expect(set('« citation »')).toBe('«⍽citation⍽»');
    expect(set('«citation»')).toBe('«⍽citation⍽»');
    expect(set('le type « Discours de haine ».')).toBe('le type «⍽Discours de haine⍽».');
  });

  it('takes away a space before a full stop or a comma, and writes the apostrophe', () => {
    expect(set('dans le rapport .')).toBe('dans le rapport.');
    expect(set('un , deux')).toBe('un, deux');
    expect(set("l'islam et d'autres, aujourd'hui")).toBe('l’islam et d’autres, aujourd’hui');
    expect(set('0,5 et 1.5')).toBe('0,5 et 1.5');
  });

  it('writes the first of a month 1er, Gregorian or Hijri, in a range too; not 11 or 21', () => {
    expect(set('1 janvier 2024')).toBe('1er janvier 2024');
    expect(set('1–2 juin 2025')).toBe('1er–2 juin 2025');
    expect(set('30 juin – 1 juillet 2025')).toBe('30 juin – 1er juillet 2025');
    expect(set('1 déc. 2026')).toBe('1er déc. 2026');
    expect(set('1 ramadan 1446 H')).toBe('1er ramadan 1446 H');
    expect(set('11 janvier et 21 janvier')).toBe('11 janvier et 21 janvier');
    expect(set('1 octet')).toBe('1 octet');
  });

  it('is idempotent: text already set stays as it is', () => {
    const piece = fc.constantFrom('Note', ' ', ':', ';', '?', '!', '%', '«', '»', "'", '.', ',', '1', '12', 'janvier', 'l', '\u202F', '\u00A0', '(', ')');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const once = frenchTypography(pieces.join(''));
        expect(frenchTypography(once)).toBe(once);
      }),
      { numRuns: 500 },
    );
  });
});

describe('frenchTypographyHtml', () => {
  it('sets the text of HTML and leaves its tags and character references whole', () => {
    const html = '<p>Il a dit « bonjour » &amp; merci : <em>voilà</em> !</p><p><a href="https://x.org/?a=1">Vraiment</a>?</p>';
    expect(shown(frenchTypographyHtml(html))).toBe(
      '<p>Il a dit «⍽bonjour⍽» &amp; merci⍽: <em>voilà</em>⍽!</p><p><a href="https://x.org/?a=1">Vraiment</a>⍽?</p>',
    );
  });
});

describe('typographyFor', () => {
  it('leaves Arabic and English as they are', () => {
    expect(typographyFor('en')('Note: 12%')).toBe('Note: 12%');
    expect(typographyFor('ar')('ملاحظة: ١٢٪')).toBe('ملاحظة: ١٢٪');
    expect(shown(typographyFor('fr')('Note: 12%'))).toBe('Note⍽: 12⍽%');
  });
});
