// A hand-written JSON or YAML file checked against its schema, each problem at its line: edition.json, the
// reference tables, the config file. `file:line: key: message`, in the file's order, as the reader goes down it.
import type { z } from 'zod';
import { EXIT, UserError, type ExitCode } from '../errors.js';
import { readStructuredFile, type StructuredFile, type StructuredFileOptions } from './structured-file.js';

export interface CheckedFileOptions extends StructuredFileOptions {
  /** What the file should be, in the message: "a valid edition description". */
  what: string;
  /** What to do next. */
  hint: string;
  exitCode?: ExitCode;
}

export async function readCheckedFile<T extends z.ZodType>(
  path: string,
  schema: T,
  options: CheckedFileOptions,
): Promise<{ file: string; value: z.output<T>; parsed: StructuredFile }> {
  const parsed = await readStructuredFile(path, options);
  const checked = schema.safeParse(parsed.value);
  if (!checked.success) {
    throw new UserError(`${parsed.file} is not ${options.what}`, options.exitCode ?? EXIT.usage, options.hint, issueLines(parsed, checked.error.issues));
  }
  return { file: parsed.file, value: checked.data, parsed };
}

/** One line per problem, at the line to fix; an unknown key on its own line, with the keys there are. */
export function issueLines(parsed: StructuredFile, issues: readonly z.core.$ZodIssue[], knownKeys?: readonly string[]): string[] {
  const at = (path: readonly PropertyKey[], text: string) => {
    const line = parsed.lineOf(path);
    return { line: line ?? 0, text: `${parsed.file}${line === undefined ? '' : `:${line}`}: ${text}` };
  };
  return issues
    .flatMap((issue) => {
      if (issue.code === 'unrecognized_keys') {
        const known = knownKeys ? `; the keys are ${knownKeys.join(', ')}` : '';
        return issue.keys.map((key) => at([...issue.path, key], `${keyName([...issue.path, key])}: unknown key${known}`));
      }
      const key = keyName(issue.path);
      return [at(issue.path, `${key ? `${key}: ` : ''}${issue.message.replace(/^Invalid input: /, '')}`)];
    })
    .sort((a, b) => a.line - b.line)
    .map((l) => l.text);
}

/** "languages, item 2", "regions, item 2, code": the items of a list are counted from 1, as a reader counts them. */
function keyName(path: readonly PropertyKey[]): string {
  const separator = (i: number) => (i === 0 ? '' : typeof path[i - 1] === 'number' ? ', ' : '.');
  return path.map((part, i) => (typeof part === 'number' ? `, item ${part + 1}` : `${separator(i)}${String(part)}`)).join('');
}
