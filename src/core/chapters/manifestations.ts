// Manifestations: their charts, the status by region, one section per region, and the other trends.
import type { ChapterDefinition } from './context.js';
import { regionSections } from './regions.js';

// The hotspot list is a chart of its own (with its table): see chartSpecs.
export const manifestations: ChapterDefinition = {
  id: 'manifestations',
  numbered: true,
  build: (ctx) => {
    const { t, input, section, narrative, chartFigures } = ctx;
    return section('manifestations', t.manifestations.heading, {
      ...narrative('manifestations'),
      // Built in print order, for the figure numbers: this chapter's charts, then the regions'.
      figures: chartFigures('manifestations'),
      sections: [
        section('regions', t.regions.heading, { figures: chartFigures('regions') }),
        ...regionSections(ctx),
        // Printed where its Markdown has any text, even text that renders to nothing; the narrative chapters
        // (see ifWritten) look at the HTML instead.
        ...(input.narrative['other-trends']?.trim()
          ? [section('other-trends', t.otherTrends.heading, narrative('other-trends'))]
          : []),
      ],
    });
  },
};
