// Every value a template prints must be one the view model has: the templates rendered in strict mode against
// real views (each language, a draft too, so the draft's branches are read). Strict rendering stops at the first
// missing value; that mustache is set aside and the rendering run again, so one check lists them all.
import { TemplateError } from '../../errors.js';
import { compileReport, type TemplateFile, type TemplateSources } from '../html.js';
import type { ReportView } from '../view-model.js';

/** Enough for any real set of templates; a bound, so that no template can make the check loop. */
const MAX_FINDINGS = 50;

export function missingValues(sources: TemplateSources, views: readonly ReportView[]): TemplateError[] {
  const findings: TemplateError[] = [];
  let current = sources;
  while (findings.length < MAX_FINDINGS) {
    const found = firstMissing(current, views);
    if (!found) break;
    findings.push(found);
    const next = withoutMustacheAt(current, found);
    if (!next) break;
    current = next;
  }
  return findings;
}

function firstMissing(sources: TemplateSources, views: readonly ReportView[]): TemplateError | undefined {
  const template = compileReport(sources, { strict: true });
  for (const view of views) {
    try {
      template.render(view);
    } catch (error) {
      if (error instanceof TemplateError) return error;
      throw error;
    }
  }
  return undefined;
}

/** The sources with the mustache at the error's place blanked out, or undefined when it cannot be found. */
function withoutMustacheAt(sources: TemplateSources, error: TemplateError): TemplateSources | undefined {
  const { file, line, column } = error.position;
  const blank = (template: TemplateFile): TemplateFile | undefined => {
    if (template.file !== file || line === undefined || column === undefined) return undefined;
    const lines = template.text.split('\n');
    const text = lines[line - 1] ?? '';
    const start = text.lastIndexOf('{{', column);
    const end = text.indexOf('}}', Math.max(start, 0));
    if (start < 0 || end < 0) return undefined;
    lines[line - 1] = text.slice(0, start) + text.slice(end + 2);
    return { file: template.file, text: lines.join('\n') };
  };
  const layout = blank(sources.layout);
  if (layout) return { ...sources, layout };
  for (const [name, partial] of Object.entries(sources.partials)) {
    const replaced = blank(partial);
    if (replaced) return { ...sources, partials: { ...sources.partials, [name]: replaced } };
  }
  return undefined;
}
