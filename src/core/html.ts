// View → HTML. A pure function of the templates' text and the view, shared by the print and, later,
// the preview server. Handlebars escapes every {{value}}, so incident text cannot inject markup.
import Handlebars from 'handlebars';
import type { ReportView } from './view-model.js';

export interface TemplateSources {
  /** templates/report.hbs */
  layout: string;
  /** templates/partials/*.hbs by file name without extension. */
  partials: Record<string, string>;
}

export function renderReportHtml(templates: TemplateSources, view: ReportView): string {
  // A private environment: partials registered for one build never leak into another.
  const handlebars = Handlebars.create();
  for (const [name, source] of Object.entries(templates.partials)) handlebars.registerPartial(name, source);
  const template = handlebars.compile<ReportView>(templates.layout, {
    knownHelpersOnly: true,
    // Keep the prototype-access guards of Handlebars 4.6+ on: templates are edited by people, not code.
    strict: false,
  });
  return template(view);
}
