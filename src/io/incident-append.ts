// Adding rows to an edition's incidents.csv without damaging it: the file is read as the edition reads it (its
// BOM, or the edition's encoding), refused when it is not well-formed CSV (a quote never closed would swallow
// the rows appended after it), and rewritten as its own bytes followed by the new rows in the same encoding and
// line ends. The previous file is kept beside it as a backup, and the result is read back and counted before
// the command says it is done.
import { constants } from 'node:fs';
import { copyFile, rename } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { isUnclosed } from '../core/csv.js';
import { INCIDENT_COLUMNS } from '../core/incident.js';
import { EXIT, UserError } from '../errors.js';
import { csvLine } from './csv-write.js';
import { openIncidentFile, readIncidentFile } from './edition-data.js';
import { encodeText, type Encoding } from './encoding.js';
import { writeOutput } from './output.js';
import { displayPath } from './paths.js';
import { openRegularFile, readRegularBytes } from './safe-read.js';

/** An edition's incident file as found before an import. */
export interface TargetFile {
  path: string;
  /** Its bytes, unchanged (empty for a file that does not exist yet or holds only blank lines). */
  bytes: Buffer;
  columns: readonly string[];
  ids: Set<string>;
  rows: number;
  encoding: Encoding;
  eol: '\n' | '\r\n';
}

export async function readTarget(path: string, encoding: Encoding | undefined): Promise<TargetFile> {
  const exists = await openRegularFile(path, { within: dirname(path) }).then(
    async ({ handle }) => (await handle.close(), true),
    (error: unknown) => {
      if (error instanceof UserError && error.message.startsWith('there is no file')) return false;
      throw error;
    },
  );
  const empty: TargetFile = { path, bytes: Buffer.alloc(0), columns: INCIDENT_COLUMNS, ids: new Set(), rows: 0, encoding: 'utf-8', eol: '\n' };
  if (!exists) return empty;
  const bytes = await readRegularBytes(path, { within: dirname(path) });
  if (/^[\s\uFEFF]*$/.test(bytes.toString('latin1').replace(/\0/g, ''))) return empty;
  const stream = await openIncidentFile(path, encoding ? { encoding } : {});
  const ids = new Set<string>();
  const broken: string[] = [];
  let rows = 0;
  for await (const row of stream.rows) {
    rows++;
    if (isUnclosed(row.problem)) broken.push(`${stream.file}:${row.line}: ${row.problem}`);
    ids.add((row.cells.id ?? '').trim());
  }
  if (broken.length > 0) {
    throw new UserError(
      `${stream.file} is not well-formed CSV: rows imported after it would be swallowed into its broken row, so nothing was imported`,
      EXIT.usage,
      'Close the quote on the line listed (or remove the stray one), check with oic-report validate, then import again.',
      broken,
    );
  }
  const used = stream.encoding() ?? 'utf-8';
  return { path, bytes, columns: stream.columns, ids, rows, encoding: used, eol: lineEnd(bytes, used) };
}

export interface Appended {
  /** Where the previous file was kept, when there was one. */
  backup?: string;
  encoding: Encoding;
}

/**
 * Writes the target's bytes followed by the rows (the header first in a new file), in the target's encoding;
 * refuses (exit 2, nothing written) a row with a character that encoding cannot hold. `rows` are the cells of
 * each row in the target's column order.
 */
export async function appendRows(target: TargetFile, rows: readonly (readonly string[])[], ids: readonly string[]): Promise<Appended> {
  const file = displayPath(target.path);
  const lines = target.bytes.length === 0 ? [csvLine(target.columns)] : [];
  for (const cells of rows) lines.push(csvLine(cells));
  const text = lines.map((l) => l.slice(0, -1) + target.eol).join('');
  const encoded = encodeText(needsSeparator(target) ? target.eol + text : text, target.encoding);
  if ('unencodable' in encoded) {
    const { char } = encoded.unencodable;
    const row = rows.findIndex((cells) => cells.some((c) => c.includes(char)));
    throw new UserError(
      `${file} is ${target.encoding.toUpperCase()}, which has no character U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')} (in the row ${ids[row] ?? ''}): nothing was imported`,
      EXIT.usage,
      `Convert ${file} to UTF-8 once (iconv -f ${target.encoding.toUpperCase()} -t UTF-8), then import again.`,
    );
  }
  let backup: string | undefined;
  if (target.bytes.length > 0) {
    backup = join(dirname(target.path), `${basename(target.path)}.${new Date().toISOString().replace(/[:.]/g, '-')}.bak`);
    await copyFile(target.path, backup, constants.COPYFILE_EXCL);
  }
  await writeOutput(target.path, Buffer.concat([target.bytes, encoded.bytes]));
  await checkWritten(target, rows.length, backup);
  return { ...(backup ? { backup: displayPath(backup) } : {}), encoding: target.encoding };
}

/** The line end the file's first line ends with: new rows end the same way. */
function lineEnd(bytes: Buffer, encoding: Encoding): '\n' | '\r\n' {
  const unit = encoding.startsWith('utf-16') ? 2 : 1;
  const lf = encoding === 'utf-16le' ? Buffer.of(10, 0) : encoding === 'utf-16be' ? Buffer.of(0, 10) : Buffer.of(10);
  let at = bytes.indexOf(lf);
  while (at !== -1 && at % unit !== 0) at = bytes.indexOf(lf, at + 1);
  if (at < unit) return '\n';
  const cr = encoding === 'utf-16le' ? bytes[at - 2] === 13 && bytes[at - 1] === 0 : encoding === 'utf-16be' ? bytes[at - 2] === 0 && bytes[at - 1] === 13 : bytes[at - 1] === 13;
  return cr ? '\r\n' : '\n';
}

function needsSeparator(target: TargetFile): boolean {
  if (target.bytes.length === 0) return false;
  const last = target.encoding === 'utf-16le' ? target.bytes[target.bytes.length - 2] : target.bytes[target.bytes.length - 1];
  return last !== 10;
}

/** The file read back holds the rows it had and the rows added; else the previous file is put back. */
async function checkWritten(target: TargetFile, added: number, backup: string | undefined): Promise<void> {
  const after = await readIncidentFile(target.path, { encoding: target.encoding });
  if (after.rows.length === target.rows + added && after.rows.every((r) => !isUnclosed(r.problem))) return;
  if (backup) await copyFile(backup, target.path);
  else await rename(target.path, `${target.path}.failed`);
  throw new Error(`${displayPath(target.path)} read back holds ${after.rows.length} rows, not ${target.rows + added}: the previous file was put back`);
}
