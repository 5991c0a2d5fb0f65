import { describe, expect, it } from 'vitest';
import { errorPage, previewPage, PREVIEW_SCRIPT, PREVIEW_SCRIPT_PATH, screenStyle, withoutPreviewBlock } from '../../src/core/preview-page.js';
import { TemplateError, UserError, EXIT } from '../../src/errors.js';

const REPORT = '<!DOCTYPE html>\n<html lang="ar" dir="rtl">\n<head>\n<title>t</title>\n</head>\n<body><section class="cover">x</section></body>\n</html>\n';

describe('the page a preview serves', () => {
  it('is the report with one block before </head>, which removed gives the report back to the byte', () => {
    const page = previewPage(REPORT, 7, 'A4');
    expect(page.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(page.indexOf('<meta name="oic-preview-version" content="7">')).toBeLessThan(page.indexOf('</head>'));
    expect(page).toContain(`<script src="${PREVIEW_SCRIPT_PATH}" defer></script>`);
    expect(withoutPreviewBlock(page)).toBe(REPORT);
  });

  it('keeps the doctype first when the layout has no </head>', () => {
    const bare = '<!DOCTYPE html><p>x</p>';
    const page = previewPage(bare, 1, 'Letter');
    expect(page.startsWith(bare)).toBe(true);
    expect(withoutPreviewBlock(page)).toBe(bare);
  });

  it('lays the printed pages out as sheets of the paper, for screens only', () => {
    const style = screenStyle('A4');
    expect(style).toMatch(/@media screen \{/);
    // 210 mm less the inner (24) and outer (18) margins.
    expect(style).toContain('width: 168mm');
    expect(screenStyle('Letter')).toContain('width: 173.9mm');
  });

  it('has a script that follows the events and keeps the reader\'s place', () => {
    for (const part of ["new EventSource('/events')", "addEventListener('reload'", "addEventListener('pdf'", 'sessionStorage']) expect(PREVIEW_SCRIPT).toContain(part);
  });
});

describe('the error page', () => {
  it('gives a template error\'s file, line and the line itself, escaped', () => {
    const error = new TemplateError({ file: 'templates/partials/figure.hbs', line: 2, column: 3 }, '{{#if}} is never closed', '  {{#if label}}<figcaption>');
    const page = errorPage(error, 4);
    expect(page).toContain('templates/partials/figure.hbs:2:3: {{#if}} is never closed');
    expect(page).toContain('{{#if label}}&lt;figcaption&gt;');
    expect(page).not.toContain('<figcaption>');
    expect(page).toContain('<meta name="oic-preview-version" content="4">');
  });

  it('escapes whatever the message, details and hint hold', () => {
    const page = errorPage(new UserError('<script>alert(1)</script>', EXIT.invalidData, 'a & b', ['data/2024/incidents.csv:3: "<b>"']), 1);
    expect(page).not.toMatch(/<script>alert|<b>/);
    expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(page).toContain('a &amp; b');
    expect(page).toContain('incidents.csv:3');
  });

  it('names a bug as one, with its stack', () => {
    expect(errorPage(new TypeError('x is undefined'), 1)).toMatch(/internal error: x is undefined[\s\S]*a bug in oic-report/);
  });
});
