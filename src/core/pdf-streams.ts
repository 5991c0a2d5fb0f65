// Streams read and written with Node's zlib rather than pdf-lib's JavaScript inflate and pako: several times
// quicker on the pages of a large annex, and without pako's costly set-up for each small stream.
import { deflateSync, inflateSync } from 'node:zlib';
import {
  PDFArray,
  PDFContentStream,
  PDFFlateStream,
  PDFName,
  PDFRawStream,
  decodePDFRawStream,
  type PDFContext,
  type PDFDict,
  type PDFOperator,
  type PDFRef,
} from 'pdf-lib';

type StreamDict = NonNullable<Parameters<PDFContext['stream']>[1]>;

/** A stream of `bytes` deflated now with zlib, its dictionary `dict` and a FlateDecode filter. */
export function deflatedStream(context: PDFContext, bytes: Uint8Array, dict: StreamDict = {}): PDFRawStream {
  return context.stream(deflateSync(bytes), { ...dict, Filter: 'FlateDecode' });
}

/**
 * A stream kept as plain bytes until the document is saved, then deflated once with zlib. A later pass that edits
 * the same content (the text layer rewrites what the structure pass marked) reads it without inflating it, and
 * replacing it costs no deflate of bytes that are thrown away.
 */
export class ZlibStream extends PDFFlateStream {
  private deflated: Uint8Array | undefined;

  private constructor(
    dict: PDFDict,
    private readonly bytes: Uint8Array,
  ) {
    super(dict, true);
  }

  static of(context: PDFContext, bytes: Uint8Array, dict: StreamDict = {}): ZlibStream {
    return new ZlibStream(context.obj(dict), bytes);
  }

  override getUnencodedContents(): Uint8Array {
    return this.bytes;
  }

  override getContents(): Uint8Array {
    return (this.deflated ??= deflateSync(this.bytes));
  }

  override getContentsSize(): number {
    return this.getContents().length;
  }

  override clone(context?: PDFContext): ZlibStream {
    return new ZlibStream(this.dict.clone(context), this.bytes);
  }
}

/** The decoded bytes of a stream: zlib for a plain FlateDecode one (what Chromium writes), pdf-lib for the rest. */
export function decodedBytes(stream: PDFRawStream): Uint8Array {
  const filter = stream.dict.get(PDFName.of('Filter'));
  const flate = filter === PDFName.of('FlateDecode') || (filter instanceof PDFArray && filter.size() === 1 && filter.get(0) === PDFName.of('FlateDecode'));
  if (flate && !stream.dict.has(PDFName.of('DecodeParms'))) {
    try {
      return inflateSync(stream.contents);
    } catch {
      // A damaged or truncated stream: pdf-lib's decoder reads what it can of it.
    }
  }
  return decodePDFRawStream(stream).decode();
}

/** A small content stream of `operators`, registered and left unencoded: deflating a few bytes only adds to them. */
export function plainContent(context: PDFContext, operators: PDFOperator[]): PDFRef {
  return context.register(PDFContentStream.of(context.obj({}), operators, false));
}
