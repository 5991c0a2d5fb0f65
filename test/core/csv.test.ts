import { describe, expect, it } from 'vitest';
import { CsvReader, type CsvRecord } from '../../src/core/csv.js';

/** Reads `text` fed in pieces of `size` characters, as a stream would deliver it. */
function read(text: string, size = text.length): CsvRecord[] {
  const reader = new CsvReader();
  const out: CsvRecord[] = [];
  for (let i = 0; i < text.length; i += size) out.push(...reader.push(text.slice(i, i + size)));
  out.push(...reader.end());
  return out;
}

describe('CsvReader', () => {
  const text = 'a,b,c\r\n1,"x, y",3\r\n\r\n2,"line one\r\nline two","say ""hi"""\r\n3,,\n4,last,row';
  const expected = [
    { line: 1, fields: ['a', 'b', 'c'] },
    { line: 2, fields: ['1', 'x, y', '3'] },
    { line: 4, fields: ['2', 'line one\r\nline two', 'say "hi"'] },
    { line: 6, fields: ['3', '', ''] },
    { line: 7, fields: ['4', 'last', 'row'] },
  ];

  it('reads quoted commas, quotes and line breaks, CRLF and LF, giving each record its first physical line', () => {
    expect(read(text)).toEqual(expected);
  });

  it('gives the same records whatever the chunk boundaries', () => {
    for (const size of [1, 2, 3, 5, 7, 16]) expect(read(text, size)).toEqual(expected);
  });

  it('flags a stray quote and an unclosed quote on the record, without throwing', () => {
    const records = read('id,t\n1,say "hi"\n2,"never closed\n3,x\n');
    expect(records[1]).toMatchObject({ line: 2, problem: expect.stringContaining('double quote inside a field') });
    expect(records[2]).toMatchObject({ line: 3, problem: expect.stringContaining('never closed') });
    expect(records).toHaveLength(3);
  });
});
