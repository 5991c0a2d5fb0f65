// Manifestations: their charts, the status by region, one section per region, and the other trends.
import { ifWritten, type ChapterDefinition } from './context.js';
import { regionSections } from './regions.js';

// The hotspot list is a chart of its own (with its table): see chartSpecs.
export const manifestations: ChapterDefinition = {
  id: 'manifestations',
  numbered: true,
  build: (ctx) => {
    const { t, section, narrative, chartFigures } = ctx;
    return section('manifestations', t.manifestations.heading, {
      ...narrative('manifestations'),
      // Built in print order, for the figure numbers: this chapter's charts, then the regions'.
      figures: chartFigures('manifestations'),
      sections: [
        section('regions', t.regions.heading, { figures: chartFigures('regions') }),
        ...regionSections(ctx),
        // The editors' text alone, printed where they wrote it, as the narrative chapters are (see ifWritten).
        ...[ifWritten(section('other-trends', t.otherTrends.heading, narrative('other-trends')), ctx)].filter((s) => s !== undefined),
      ],
    });
  },
};
