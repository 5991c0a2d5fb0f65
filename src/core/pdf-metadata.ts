// The XMP metadata stream: what archives and accessibility checkers read instead of (or beside) the document
// information dictionary. It says the same as that dictionary, with the same dates, so the two never disagree.
import { PDFName, type PDFDocument } from 'pdf-lib';

export interface XmpMetadata {
  title: string;
  author: string;
  subject: string;
  keywords: string[];
  /** BCP 47 language of the document. */
  lang: string;
  creator: string;
  producer: string;
  date: Date;
  /** PDF/UA part to claim (pdfuaid:part); left out unless the structure is proven to meet it. */
  pdfUaPart?: number;
}

/** Writes the catalog's /Metadata stream (uncompressed XML, as readers expect to find it). */
export function setXmpMetadata(pdf: PDFDocument, meta: XmpMetadata): void {
  const stream = pdf.context.stream(new TextEncoder().encode(xmpPacket(meta)), { Type: 'Metadata', Subtype: 'XML' });
  pdf.catalog.set(PDFName.of('Metadata'), pdf.context.register(stream));
}

export function xmpPacket(meta: XmpMetadata): string {
  // Seconds, as the information dictionary has them (D:YYYYMMDDHHmmSSZ).
  const date = meta.date.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const lang = escapeXml(meta.lang);
  const pdfUa =
    meta.pdfUaPart === undefined
      ? ''
      : `\n   <rdf:Description rdf:about="" xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/">\n    <pdfuaid:part>${meta.pdfUaPart}</pdfuaid:part>\n   </rdf:Description>`;
  return `<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
   <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">
    <dc:format>application/pdf</dc:format>
    <dc:title><rdf:Alt><rdf:li xml:lang="x-default">${escapeXml(meta.title)}</rdf:li><rdf:li xml:lang="${lang}">${escapeXml(meta.title)}</rdf:li></rdf:Alt></dc:title>
    <dc:creator><rdf:Seq><rdf:li>${escapeXml(meta.author)}</rdf:li></rdf:Seq></dc:creator>
    <dc:description><rdf:Alt><rdf:li xml:lang="x-default">${escapeXml(meta.subject)}</rdf:li></rdf:Alt></dc:description>
    <dc:subject><rdf:Bag>${meta.keywords.map((k) => `<rdf:li>${escapeXml(k)}</rdf:li>`).join('')}</rdf:Bag></dc:subject>
    <dc:language><rdf:Bag><rdf:li>${lang}</rdf:li></rdf:Bag></dc:language>
   </rdf:Description>
   <rdf:Description rdf:about="" xmlns:pdf="http://ns.adobe.com/pdf/1.3/">
    <pdf:Producer>${escapeXml(meta.producer)}</pdf:Producer>
    <pdf:Keywords>${escapeXml(meta.keywords.join(' '))}</pdf:Keywords>
   </rdf:Description>
   <rdf:Description rdf:about="" xmlns:xmp="http://ns.adobe.com/xap/1.0/">
    <xmp:CreatorTool>${escapeXml(meta.creator)}</xmp:CreatorTool>
    <xmp:CreateDate>${date}</xmp:CreateDate>
    <xmp:ModifyDate>${date}</xmp:ModifyDate>
    <xmp:MetadataDate>${date}</xmp:MetadataDate>
   </rdf:Description>${pdfUa}
 </rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>`;
}

function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
