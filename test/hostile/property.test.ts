// Properties of the CSV reader and the validator, in process, on input no one would write by hand: arbitrary
// bytes, arbitrary UTF-16 (bidirectional controls, combining marks, emoji, NUL, lone surrogates) and huge
// fields, cut into chunks anywhere. Nothing crashes (a file that cannot be decoded is a UserError), nothing
// hangs, and rows read = rows accepted + rows rejected; what is accepted holds no control character and no
// text direction left open.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CsvReader, type CsvRecord } from '../../src/core/csv.js';
import { REQUIRED_COLUMNS } from '../../src/core/incident.js';
import { balanceBidi, controlCharacter } from '../../src/core/text-safety.js';
import { IncidentValidator } from '../../src/core/validate.js';
import { UserError } from '../../src/errors.js';
import { decodeText } from '../../src/io/encoding.js';
import { edition, reference } from '../core/fixtures.js';

const COLUMNS = [...REQUIRED_COLUMNS, 'location', 'summary_en'];

/** Text cut at the given points (each taken modulo the length), as chunks reach the reader from a file. */
function cut<T extends { length: number; subarray?: unknown; slice: (a: number, b?: number) => T }>(whole: T, points: number[]): T[] {
  const at = [...new Set(points.map((p) => (whole.length === 0 ? 0 : p % whole.length)))].sort((a, b) => a - b);
  const pieces: T[] = [];
  let from = 0;
  for (const p of at) {
    pieces.push(whole.slice(from, p));
    from = p;
  }
  pieces.push(whole.slice(from));
  return pieces;
}

function readAll(chunks: string[]): CsvRecord[] {
  const reader = new CsvReader();
  const records: CsvRecord[] = [];
  for (const chunk of chunks) records.push(...reader.push(chunk));
  records.push(...reader.end());
  return records;
}

/** Validates records as a file with this header; checks the accounting and what was accepted. */
function validateRecords(header: CsvRecord | undefined, records: CsvRecord[]): void {
  const validator = new IncidentValidator('prop.csv', header?.fields ?? COLUMNS, edition, reference, { today: '2025-01-01' });
  for (const r of records) validator.addRecord(r);
  const result = validator.finish();
  expect(result.rowsRead).toBe(records.length);
  expect(result.rowsAccepted + result.rowsRejected).toBe(result.rowsRead);
  expect(result.incidents).toHaveLength(result.rowsAccepted);
  for (const incident of result.incidents) {
    for (const value of Object.values(incident)) {
      if (typeof value !== 'string') continue;
      expect(controlCharacter(value)).toBeUndefined();
      expect(balanceBidi(value).changed).toBe(false);
    }
  }
}

const stripSuspect = (records: CsvRecord[]) => records.map(({ suspect: _, ...r }) => r);

/** Characters a hostile file is made of: CSV syntax, controls, bidi, combining marks, emoji, surrogate halves. */
const hostileChar = fc.oneof(
  fc.constantFrom(',', '"', '\n', '\r', '\r\n', '\t', '\0', '\u001b', '\u0085', '\u009b', '\u007f'),
  fc.constantFrom('\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069', '\u200f'),
  fc.constantFrom('\u0301', '\u0651', '🕌', '👩🏽‍⚖️', 'ﷺ', '\ud800', '\udc00', 'م', 'é'),
  fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
  fc.constantFrom('FR', 'negative', 'mosque', '2024-03-15', 'x'),
);
const hostileText = fc.array(hostileChar, { maxLength: 60 }).map((cs) => cs.join(''));

describe('the CSV reader and the validator on hostile input', () => {
  it('arbitrary bytes: a UserError or records whose accounting holds, whatever the chunks', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 400 }), fc.array(fc.nat(), { maxLength: 6 }), async (bytes, points) => {
        const header = Buffer.from(`${COLUMNS.join(',')}\n`);
        const whole = Buffer.concat([header, Buffer.from(bytes)]);
        async function* chunks() {
          for (const c of cut(whole, points)) yield c;
        }
        const text: string[] = [];
        try {
          for await (const t of decodeText(chunks(), 'prop.csv')) text.push(t);
        } catch (error) {
          expect(error).toBeInstanceOf(UserError);
          return;
        }
        const records = readAll(text);
        expect(records[0]?.fields).toEqual(COLUMNS);
        validateRecords(records[0], records.slice(1));
      }),
      { numRuns: 300 },
    );
  });

  it('arbitrary UTF-16 text: the same records in one chunk or many, and the accounting holds', () => {
    fc.assert(
      fc.property(fc.array(fc.array(hostileText, { minLength: 1, maxLength: COLUMNS.length + 1 }), { maxLength: 8 }), fc.array(fc.nat(), { maxLength: 8 }), (rows, points) => {
        const text = `${COLUMNS.join(',')}\n${rows.map((r) => r.join(',')).join('\n')}`;
        const whole = readAll([text]);
        expect(stripSuspect(readAll(cut(text, points)))).toEqual(stripSuspect(whole));
        validateRecords(whole[0], whole.slice(1));
      }),
      { numRuns: 400 },
    );
  });

  it('huge fields, quoted or not, closed or not: one record each, read in time linear in their size', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 200_000, max: 2_000_000 }),
        fc.boolean(),
        fc.boolean(),
        fc.array(fc.nat(), { minLength: 1, maxLength: 40 }),
        (size, quoted, closed, points) => {
          const body = 'ab\nc,"d'.repeat(Math.ceil(size / 7)).slice(0, size);
          const cell = quoted ? `"${body.replace(/"/g, '""')}${closed ? '"' : ''}` : body.replace(/[\n,"]/g, 'x');
          const text = `${COLUMNS.join(',')}\nT-1,negative,2024-03-15,FR,mosque,S,${cell},Paris,\nT-2,negative,2024-03-16,FR,mosque,S,Fine,Lyon,\n`;
          const started = Date.now();
          // Chunks of some 64 KB, as the decoder hands them over, cut at random points besides.
          const chunks = cut(text, [...points, ...Array.from({ length: Math.floor(text.length / 65536) }, (_, i) => (i + 1) * 65536)]);
          const records = readAll(chunks);
          expect(Date.now() - started).toBeLessThan(5_000);
          const closedRecord = !quoted || closed;
          expect(records).toHaveLength(closedRecord ? 3 : 2);
          if (size > 1_000_000) expect(records[1]!.problem).toBeDefined();
          if (closedRecord) expect(records[2]).toMatchObject({ fields: ['T-2', 'negative', '2024-03-16', 'FR', 'mosque', 'S', 'Fine', 'Lyon', ''] });
          validateRecords(records[0], records.slice(1));
        },
      ),
      { numRuns: 8 },
    );
  });
});
