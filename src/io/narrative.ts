// The editors' narrative chapters: data/<year>/narrative/<lang>/<section>.md. A section written in one
// language of the build but not in another is reported, never silently left out of one edition. A stub (see
// core/stub.ts) counts as not written, and is listed so that a final build can refuse it.
import { readdir } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { Language } from '../core/incident.js';
import { isStub } from '../core/stub.js';
import type { Problem } from '../core/validate.js';
import { NARRATIVE_CHAPTERS, NARRATIVE_SECTIONS, type NarrativeSection } from '../core/view-model.js';
import { displayPath } from './paths.js';
import { readRegularText } from './safe-read.js';

export type Narrative = Partial<Record<NarrativeSection, string>>;

export interface NarrativeStub {
  lang: Language;
  section: NarrativeSection;
  /** As messages name it. */
  file: string;
}

export async function readNarrative(
  editionDir: string,
  languages: readonly Language[],
  regionCodes: readonly string[],
): Promise<{ byLanguage: Partial<Record<Language, Narrative>>; problems: Problem[]; stubs: NarrativeStub[] }> {
  const known = new Set<string>([...NARRATIVE_SECTIONS, ...regionCodes.map((r) => `region-${r}`)]);
  const byLanguage: Partial<Record<Language, Narrative>> = {};
  const problems: Problem[] = [];
  const stubs: NarrativeStub[] = [];
  for (const lang of languages) {
    const dir = join(editionDir, 'narrative', lang);
    const files = (await readdir(dir).catch(() => [] as string[])).filter((f) => f.endsWith('.md')).sort();
    const narrative: Narrative = {};
    for (const file of files) {
      const section = basename(file, '.md');
      if (!known.has(section)) {
        problems.push({
          severity: 'warning',
          kind: 'unknown_narrative_section',
          file: displayPath(join(dir, file)),
          message: `is not a narrative section and is not printed; the sections are: ${[...known].join(', ')}`,
        });
        continue;
      }
      // Inside the edition's folder only: a narrative linked to /etc/passwd would print it in the report.
      const text = await readRegularText(join(dir, file), { within: editionDir });
      if (isStub(text)) stubs.push({ lang, section: section as NarrativeSection, file: displayPath(join(dir, file)) });
      else narrative[section as NarrativeSection] = text;
    }
    byLanguage[lang] = narrative;
  }
  for (const section of known) {
    const have = languages.filter((l) => byLanguage[l]?.[section as NarrativeSection]?.trim());
    const missing = languages.filter((l) => !have.includes(l));
    // A chapter that is the editors' text alone is left out where it is not written: say so, in every language.
    if ((NARRATIVE_CHAPTERS as readonly string[]).includes(section)) {
      for (const lang of missing) {
        const stub = stubs.some((s) => s.lang === lang && s.section === section);
        problems.push({
          severity: 'warning',
          kind: 'unwritten_chapter',
          file: displayPath(join(editionDir, 'narrative', lang, `${section}.md`)),
          message:
            `${stub ? 'is a stub, not written yet' : 'is not written'}: the ${section} chapter is left out of the ${lang} edition` +
            `${have.length > 0 ? ` (the ${have.join(', ')} edition has it)` : ''}; a draft shows a placeholder where it goes` +
            `${stub ? ', a final build refuses it unless --allow-stubs' : ''}`,
        });
      }
    } else if (have.length > 0 && missing.length > 0) {
      for (const lang of missing) {
        problems.push({
          severity: 'warning',
          kind: 'missing_narrative',
          file: displayPath(join(editionDir, 'narrative', lang, `${section}.md`)),
          message: `is missing: the ${have.join(', ')} edition has this section, the ${lang} edition will not`,
        });
      }
    }
  }
  return { byLanguage, problems, stubs };
}
