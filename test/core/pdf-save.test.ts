// Writing a finished PDF with zlib (core/pdf-save.ts, pdf-streams.ts, pdf-attachments.ts): what readers need of the
// file (a cross-reference stream that finds every object, object streams they can unpack) and nothing lost.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFNumber, PDFRawStream, PDFString, decodePDFRawStream } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { attachFiles } from '../../src/core/pdf-attachments.js';
import { savePdf } from '../../src/core/pdf-save.js';
import { ZlibStream } from '../../src/core/pdf-streams.js';

/** Three pages, 450 small objects (three object streams' worth), a stream held plain until saved. */
async function sample(): Promise<PDFDocument> {
  const pdf = await PDFDocument.create();
  // pdf-lib dates a new document now: the same date every time, for the same bytes.
  pdf.setCreationDate(new Date('2025-06-21T00:00:00Z'));
  pdf.setModificationDate(new Date('2025-06-21T00:00:00Z'));
  for (let i = 0; i < 3; i++) pdf.addPage([600, 800]);
  const items = Array.from({ length: 450 }, (_, i) => pdf.context.register(pdf.context.obj({ Type: 'Item', N: i, T: PDFHexString.fromText(`élément ${i}`) })));
  pdf.catalog.set(PDFName.of('Items'), pdf.context.obj(items));
  const content = new TextEncoder().encode('BT /F1 12 Tf (kept plain until saved) Tj ET\n'.repeat(50));
  pdf.getPage(0).node.set(PDFName.of('Contents'), pdf.context.register(ZlibStream.of(pdf.context, content)));
  return pdf;
}

const latin1 = (bytes: Uint8Array) => Buffer.from(bytes).toString('latin1');

/** The entries of the file's cross-reference stream, read as a reader reads them: from startxref. */
function crossReferences(bytes: Uint8Array): Map<number, [number, number, number]> {
  const text = latin1(bytes);
  const start = Number(/startxref\s+(\d+)/.exec(text.slice(-64))![1]);
  const pdf = text.slice(start);
  const dict = pdf.slice(0, pdf.indexOf('stream'));
  const widths = /\/W \[ ?(\d+) (\d+) (\d+) ?\]/.exec(dict)!.slice(1).map(Number);
  const index = /\/Index \[([\d ]+)\]/.exec(dict)![1]!.trim().split(' ').map(Number);
  expect(dict).toMatch(/\/Predictor 12/);
  const length = Number(/\/Length (\d+)/.exec(dict)![1]);
  const from = start + pdf.indexOf('stream') + 'stream\n'.length;
  const row = widths[0]! + widths[1]! + widths[2]!;
  // PNG Up rows: a filter byte, then each byte added to the one above.
  const predicted = inflateSync(bytes.subarray(from, from + length));
  const table = new Uint8Array((predicted.length / (row + 1)) * row);
  for (let r = 0; r < table.length / row; r++) {
    expect(predicted[r * (row + 1)]).toBe(2);
    for (let c = 0; c < row; c++) table[r * row + c] = (predicted[r * (row + 1) + 1 + c]! + (r > 0 ? table[(r - 1) * row + c]! : 0)) & 0xff;
  }
  const field = (at: number, width: number) => table.subarray(at, at + width).reduce((v, b) => v * 256 + b, 0);
  const entries = new Map<number, [number, number, number]>();
  let at = 0;
  for (let i = 0; i < index.length; i += 2) {
    for (let n = index[i]!; n < index[i]! + index[i + 1]!; n++, at += row) {
      entries.set(n, [field(at, widths[0]!), field(at + widths[0]!, widths[1]!), field(at + widths[0]! + widths[1]!, widths[2]!)]);
    }
  }
  return entries;
}

describe('savePdf', () => {
  it('writes a cross-reference stream that finds every object, at its offset or in its object stream', async () => {
    const pdf = await sample();
    const objects = pdf.context.enumerateIndirectObjects().length;
    const bytes = await savePdf(pdf);
    const entries = crossReferences(bytes);
    const text = latin1(bytes);
    let packed = 0;
    for (const [n, [type, second]] of entries) {
      if (type === 1) expect(text.startsWith(`${n} 0 obj`, second), `object ${n} at ${second}`).toBe(true);
      if (type === 2) {
        packed++;
        expect(entries.get(second)?.[0], `object stream ${second}`).toBe(1);
      }
    }
    expect(packed).toBeGreaterThan(450);
    // Every object of the document, its object streams (200 objects each) and the cross-reference stream.
    expect(entries.size).toBe(1 + objects + Math.ceil(packed / 200) + 1);
  });

  it('is read back whole, by pdf-lib and by poppler, and gives the same bytes every time', async () => {
    const bytes = await savePdf(await sample());
    const again = await savePdf(await sample());
    expect(Buffer.from(again).equals(Buffer.from(bytes))).toBe(true);
    const read = await PDFDocument.load(bytes, { updateMetadata: false });
    const items = read.catalog.lookup(PDFName.of('Items'), PDFArray);
    expect(items.size()).toBe(450);
    const last = read.context.lookup(items.get(449), PDFDict);
    expect([last.get(PDFName.of('N')), last.lookup(PDFName.of('T'), PDFHexString).decodeText()]).toEqual([PDFNumber.of(449), 'élément 449']);
    const content = read.context.lookup(read.getPage(0).node.get(PDFName.of('Contents'))) as PDFRawStream;
    expect(latin1(decodePDFRawStream(content).decode())).toContain('(kept plain until saved) Tj');
    const file = join(mkdtempSync(join(tmpdir(), 'oic-save-')), 'saved.pdf');
    writeFileSync(file, bytes);
    expect(execFileSync('pdfinfo', [file], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })).toMatch(/Pages:\s+3/);
  });
});

describe('attachFiles', () => {
  it('embeds each file deflated, named in sorted order, listed in /AF, dated, that pdfdetach gets back unchanged', async () => {
    const pdf = await sample();
    const csv = new TextEncoder().encode('id,title\n'.concat('1,"مسجد"\n'.repeat(2000)));
    const date = new Date('2025-06-21T00:00:00Z');
    attachFiles(
      pdf,
      [
        { name: 'incidents.csv', bytes: csv, mimeType: 'text/csv', description: 'The incidents', relationship: 'Source' },
        { name: 'figures.json', bytes: new TextEncoder().encode('{"total":2000}'), mimeType: 'application/json', description: 'Figures', relationship: 'Data' },
      ],
      date,
    );
    const dir = mkdtempSync(join(tmpdir(), 'oic-attach-'));
    const file = join(dir, 'attached.pdf');
    writeFileSync(file, await savePdf(pdf));
    const read = await PDFDocument.load(readFileSync(file), { updateMetadata: false });
    const names = read.catalog.lookup(PDFName.of('Names'), PDFDict).lookup(PDFName.of('EmbeddedFiles'), PDFDict).lookup(PDFName.of('Names'), PDFArray);
    expect([0, 2].map((i) => names.lookup(i, PDFHexString).decodeText())).toEqual(['figures.json', 'incidents.csv']);
    const specs = read.catalog.lookup(PDFName.of('AF'), PDFArray).asArray().map((ref) => read.context.lookup(ref, PDFDict));
    expect(specs.map((s) => s.get(PDFName.of('AFRelationship'))?.toString())).toEqual(['/Data', '/Source']);
    const stream = read.context.lookup(specs[1]!.lookup(PDFName.of('EF'), PDFDict).get(PDFName.of('F'))) as PDFRawStream;
    expect(stream.dict.get(PDFName.of('Filter'))).toBe(PDFName.of('FlateDecode'));
    expect(stream.contents.length).toBeLessThan(csv.length / 10);
    const params = stream.dict.lookup(PDFName.of('Params'), PDFDict);
    expect(params.lookup(PDFName.of('ModDate'), PDFString).decodeDate()).toEqual(date);
    execFileSync('pdfdetach', ['-saveall', '-o', dir, file]);
    expect(Buffer.from(readFileSync(join(dir, 'incidents.csv'))).equals(Buffer.from(csv))).toBe(true);
  });
});

describe('savePdf, a large edition', () => {
  it('writes the cross-reference stream of more objects than a function call may take arguments', async () => {
    // 100k incidents make some 600k objects; Math.max(...offsets) overflowed the stack there.
    const pdf = await PDFDocument.create();
    pdf.addPage([600, 800]);
    const items = Array.from({ length: 200_000 }, (_, i) => pdf.context.register(PDFNumber.of(i)));
    pdf.catalog.set(PDFName.of('Items'), pdf.context.obj(items));
    const bytes = await savePdf(pdf);
    const entries = crossReferences(bytes);
    expect(entries.size).toBeGreaterThan(200_000);
    const again = await PDFDocument.load(bytes);
    expect(again.getPageCount()).toBe(1);
  }, 120_000);
});
