// Templates → HTML. The report's HTML is a pure function of the templates' text and the view, shared by every
// target (the print, the HTML edition, a preview). Handlebars escapes every {{value}}, so incident text cannot
// inject markup. Every template is parsed and checked before any slow work starts, so a broken one is reported
// with its file, line and column, never as a failure of whatever ran it.
import Handlebars from 'handlebars';
import { TemplateError } from '../errors.js';
import type { ReportView } from './view-model.js';

/** One template file: its name as the user knows it (for messages) and its text. */
export interface TemplateFile {
  file: string;
  text: string;
}

export interface TemplateSources {
  /** templates/report.hbs */
  layout: TemplateFile;
  /** templates/partials/*.hbs by file name without extension. */
  partials: Record<string, TemplateFile>;
}

/** A report layout compiled with its partials, ready to render views. */
export interface ReportTemplate {
  render(view: ReportView): string;
}

interface JisonHash {
  loc?: { first_line: number; first_column: number; last_line: number; last_column: number };
  token?: string;
}

// Handlebars' parser throws a bare Error whose position is only in its text; its hook keeps the position.
const parser = (Handlebars as unknown as { Parser: { parseError(message: string, hash: JisonHash): never } }).Parser;
parser.parseError = (message, hash) => {
  throw Object.assign(new Error(message), { hash });
};

const BLOCK_HELPERS = new Set(['if', 'unless', 'each', 'with']);

export interface CompileOptions {
  /**
   * A value the view does not have is an error at the template's line, not an empty string (oic-report check):
   * {{cover.titel}} is found before it prints a blank cover.
   */
  strict?: boolean;
}

export function compileReport(sources: TemplateSources, options: CompileOptions = {}): ReportTemplate {
  // A private environment: partials registered for one build never leak into another.
  const handlebars = Handlebars.create();
  const all = [sources.layout, ...Object.values(sources.partials)];
  const programs = new Map(all.map((t) => [t, parseTemplate(handlebars, t)]));
  for (const [template, program] of programs) checkReferences(template, program, sources.partials);
  const strict = options.strict ?? false;
  for (const [name, template] of Object.entries(sources.partials)) {
    const partial = compileOne(handlebars, template, programs.get(template)!, strict);
    // A partial's error is told at the partial's own file and line, not at the line that calls it.
    handlebars.registerPartial(name, ((context: unknown, runtime: Handlebars.RuntimeOptions) => {
      try {
        return partial(context, runtime);
      } catch (error) {
        throw runtimeError(error, template);
      }
    }) as unknown as Handlebars.Template);
  }
  const layout = compileOne(handlebars, sources.layout, programs.get(sources.layout)!, strict);
  return {
    render(view) {
      try {
        return layout(view);
      } catch (error) {
        throw runtimeError(error, sources.layout);
      }
    },
  };
}

/**
 * Every problem of every template, not only the first: each file parsed and compiled on its own, then the
 * partials and blocks each calls (oic-report check).
 */
export function templateProblems(sources: TemplateSources): TemplateError[] {
  const handlebars = Handlebars.create();
  const problems: TemplateError[] = [];
  for (const template of [sources.layout, ...Object.values(sources.partials)]) {
    try {
      const program = parseTemplate(handlebars, template);
      checkReferences(template, program, sources.partials);
      compileOne(handlebars, template, program, false);
    } catch (error) {
      if (!(error instanceof TemplateError)) throw error;
      problems.push(error);
    }
  }
  return problems;
}

/** Parses, compiles and renders in one step (tests, one-off use). */
export function renderReportHtml(sources: TemplateSources, view: ReportView): string {
  return compileReport(sources).render(view);
}

function parseTemplate(handlebars: typeof Handlebars, template: TemplateFile): hbs.AST.Program {
  try {
    return handlebars.parse(template.text);
  } catch (error) {
    const hash = (error as { hash?: JisonHash }).hash;
    const firstLine = (error as Error).message.split('\n')[0] ?? '';
    if (hash?.token === 'EOF') {
      // The parser only knows the file ended: the block left open is what the reader must find.
      const open = unclosedBlock(template.text);
      if (open) throw at(template, open.line, open.column, `{{#${open.name}}} is never closed: add {{/${open.name}}} where the block ends`);
    }
    const loc = hash?.loc;
    const expected = (error as Error).message.split('\n').at(-1) ?? firstLine;
    throw at(template, loc?.last_line ?? lineOf(firstLine), loc ? loc.last_column + 1 : undefined, `Handlebars cannot parse this: ${expected}`);
  }
}

function compileOne(handlebars: typeof Handlebars, template: TemplateFile, program: hbs.AST.Program, strict: boolean): Handlebars.TemplateDelegate {
  try {
    // Keep the prototype-access guards of Handlebars 4.6+ on: templates are edited by people, not code.
    const options = { knownHelpersOnly: true, strict };
    // compile() compiles lazily, at the first render; precompile() now finds what the compiler refuses
    // (an unknown helper) before any slow work starts.
    handlebars.precompile(program, options);
    return handlebars.compile(program, options);
  } catch (error) {
    throw runtimeError(error, template);
  }
}

/** Every partial a template calls must exist, and every block must be one of the helpers Handlebars has. */
function checkReferences(template: TemplateFile, program: hbs.AST.Program, partials: Record<string, TemplateFile>) {
  const visit = (node: hbs.AST.Node) => {
    const loc = (node as { loc?: hbs.AST.SourceLocation }).loc;
    if (node.type === 'PartialStatement' || node.type === 'PartialBlockStatement') {
      const name = ((node as hbs.AST.PartialStatement).name as hbs.AST.PathExpression).original;
      if (typeof name === 'string' && !Object.hasOwn(partials, name)) {
        const known = Object.keys(partials).sort().join(', ') || 'none';
        throw at(template, loc?.start.line, loc ? loc.start.column + 1 : undefined, `there is no partial "${name}" (partials/${name}.hbs); the partials are: ${known}`);
      }
    }
    if (node.type === 'BlockStatement') {
      const block = node as hbs.AST.BlockStatement;
      const name = (block.path as hbs.AST.PathExpression).original;
      if (!BLOCK_HELPERS.has(name)) {
        throw at(template, loc?.start.line, loc ? loc.start.column + 1 : undefined, `{{#${name}}} is not a block the templates can use; use #if, #unless, #each or #with`);
      }
      if (block.program) block.program.body.forEach(visit);
      if (block.inverse) block.inverse.body.forEach(visit);
    }
  };
  program.body.forEach(visit);
}

/** The innermost block opened and not closed, scanning the text as Handlebars reads its mustaches. */
function unclosedBlock(text: string): { name: string; line: number; column: number } | undefined {
  const open: { name: string; line: number; column: number }[] = [];
  for (const match of text.matchAll(/\{\{~?\s*([#/])\s*([\w.-]+)/g)) {
    const before = text.slice(0, match.index);
    const line = before.split('\n').length;
    const column = match.index - before.lastIndexOf('\n');
    if (match[1] === '#') open.push({ name: match[2]!, line, column });
    else if (open.at(-1)?.name === match[2]) open.pop();
  }
  return open.at(-1);
}

function runtimeError(error: unknown, template: TemplateFile): unknown {
  if (error instanceof TemplateError || !(error instanceof Error)) return error;
  const { lineNumber, column } = error as { lineNumber?: number; column?: number };
  // Handlebars' own messages end with " - line:column" when it knows them; a strict lookup names the object as
  // "[object Object]", which says nothing to a translator.
  const reason = error.message
    .replace(/ - \d+:\d+$/, '')
    .replace(/^"([^"]+)" not defined in .*$/s, '{{$1}}: the report has no value of this name here (misspelt?)');
  return at(template, lineNumber, column === undefined ? undefined : column + 1, reason);
}

function at(template: TemplateFile, line: number | undefined, column: number | undefined, reason: string): TemplateError {
  const excerpt = line === undefined ? undefined : template.text.split('\n')[line - 1];
  return new TemplateError({ file: template.file, ...(line !== undefined ? { line } : {}), ...(column !== undefined ? { column } : {}) }, reason, excerpt);
}

function lineOf(message: string): number | undefined {
  const n = /line (\d+)/.exec(message)?.[1];
  return n === undefined ? undefined : Number(n);
}
