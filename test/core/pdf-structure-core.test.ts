// The PDF finishing steps of issue 14, in process on small hand-written inputs: artifacts in a content stream
// written the way Chromium writes one, the exact page box, and the XMP packet.
import { PDFArray, PDFContentStream, PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { markArtifacts } from '../../src/core/pdf-structure/artifacts.js';
import { operators } from '../../src/core/pdf-structure/content-stream.js';
import { setExactPageSize } from '../../src/core/pdf-page-size.js';
import { xmpPacket } from '../../src/core/pdf-metadata.js';

const bytes = (text: string) => new Uint8Array([...text].map((c) => c.charCodeAt(0)));
const latin1 = (data: Uint8Array) => String.fromCharCode(...data);

// A page as Chromium prints it: CSS px, y down; the header (y 49 px) and page number (y 1085 px) untagged, a
// rule drawn between two tagged paragraphs, the heading tagged.
const PAGE = `.24 0 0 -.24 0 841.92 cm
q
3.125 0 0 3.125 0 0 cm
BT
/Span<</ActualText <FEFF2068> >> BDC
/F4 10.66 Tf
1 0 0 -1 90.7 49 Tm
<0003> Tj
EMC
0 0 Td <0032> Tj
ET
BT
/F4 12 Tf
1 0 0 -1 404.9 1085 Tm
<0018> Tj
ET
Q
q
/H1 <</MCID 0 >>BDC
BT
1 0 0 -1 0 200 Tm
(Title) Tj
ET
EMC
488 300 147 4 re
f
BT
/P <</MCID 1 >>BDC
1 0 0 -1 0 400 Tm
<0040> Tj
EMC
( stray) Tj
ET
Q
`;

describe('artifacts', () => {
  const marked = markArtifacts(bytes(PAGE), { pageHeight: 841.92, marginTop: 68, marginBottom: 62 });
  const text = latin1(marked.bytes);

  it('wraps the header, the page number, the rule and stray text, and nothing tagged', () => {
    expect(marked.artifacts).toBe(4);
    expect(text).toContain('/Artifact <</Type /Pagination /Subtype /Header>> BDC\nBT\n/Span');
    expect(text).toContain('/Artifact <</Type /Pagination /Subtype /Footer>> BDC\nBT\n/F4 12 Tf');
    expect(text).toContain('/Artifact BMC\n488 300 147 4 re\nf\n\nEMC');
    // Inside a text object that holds tagged content, the artifact opens and closes within it.
    expect(text).toMatch(/\/Artifact BMC\n\( stray\) Tj\s+EMC\s+ET/);
    // Each ends with the graphics state it began in.
    expect(text).toMatch(/<0018> Tj\nET\s+EMC\s+Q\nq\n\/H1/);
    expect(text).not.toMatch(/\/Artifact[^\n]*\n\/H1/);
  });

  it('leaves marked content balanced, and every painting operator inside it', () => {
    let depth = 0;
    for (const op of operators(marked.bytes)) {
      if (op.op === 'BDC' || op.op === 'BMC') depth++;
      else if (op.op === 'EMC') depth--;
      else if (['Tj', 'f'].includes(op.op)) expect(depth, `${op.op} at ${op.start}`).toBeGreaterThan(0);
      expect(depth).toBeGreaterThanOrEqual(0);
    }
    expect(depth).toBe(0);
  });

  it('gives back the very bytes when all is tagged', () => {
    const tagged = bytes('/P <</MCID 0 >>BDC\nBT (x) Tj ET\nEMC\n');
    expect(markArtifacts(tagged, { pageHeight: 800, marginTop: 60, marginBottom: 60 }).bytes).toBe(tagged);
  });

  it('reads strings, hex strings, dictionaries and inline images as operands, not operators', () => {
    const ops = operators(bytes('(a \\) Tj ( nested ) BT) Tj <00ff> Tj /Name <</K [1 2]>> BDC BI /W 1 ID \x00ET EI EMC'));
    expect(ops.map((o) => o.op)).toEqual(['Tj', 'Tj', 'BDC', 'BI', 'ID', 'EI', 'EMC']);
  });
});

describe('the exact page size', () => {
  it('sets the A4 box and keeps the content where it was from the top', async () => {
    const pdf = await PDFDocument.create();
    const page = pdf.addPage([594.96, 841.92]);
    page.drawText('x', { x: 10, y: 800 });
    setExactPageSize(pdf, { width: (210 * 72) / 25.4, height: (297 * 72) / 25.4 });
    const box = page.getMediaBox();
    expect([box.x, box.y, box.width, box.height]).toEqual([0, 0, 595.276, 841.89]);
    // Moved down by the 0.03 pt the page lost at its top.
    const first = pdf.context.lookup((page.node.Contents() as PDFArray).get(0)) as PDFContentStream;
    expect(latin1(first.getUnencodedContents())).toContain('1 0 0 1 0 -0.03 cm');
  });
});

describe('the XMP packet', () => {
  it('says what the document information says, escaped, with the date in seconds', () => {
    const xmp = xmpPacket({
      title: 'A & B <report>',
      author: 'OIC',
      subject: '2024',
      keywords: ['a', 'b'],
      lang: 'ar',
      creator: 'oic-report',
      producer: 'oic-report (Chromium, pdf-lib)',
      date: new Date('2025-06-21T00:00:00Z'),
    });
    expect(xmp).toContain('<rdf:li xml:lang="x-default">A &#38; B &#60;report&#62;</rdf:li>');
    expect(xmp).toContain('<xmp:CreateDate>2025-06-21T00:00:00Z</xmp:CreateDate>');
    expect(xmp).toContain('<dc:language><rdf:Bag><rdf:li>ar</rdf:li></rdf:Bag></dc:language>');
    expect(xmp).not.toContain('pdfuaid');
    expect(xmpPacket({ title: '', author: '', subject: '', keywords: [], lang: 'en', creator: '', producer: '', date: new Date(0), pdfUaPart: 1 })).toContain(
      '<pdfuaid:part>1</pdfuaid:part>',
    );
  });
});
