// The world map's geometry for chartjs-chart-geo: the plugin registered on each canvas's Chart.js, and the
// spec's countries (ISO numeric codes and counts) joined to world-atlas's shapes at draw time.
import type { ChartConfiguration } from 'chart.js';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

// chartjs-chart-geo must extend the Chart.js that this canvas instance loaded, which is still in require's
// cache while chartCallback runs: load the plugin afresh against it.
export function registerGeo(chartJs: { register(...items: unknown[]): void }): void {
  delete require.cache[require.resolve('chartjs-chart-geo')];
  const geo = require('chartjs-chart-geo') as Record<string, unknown>;
  chartJs.register(geo.ChoroplethController, geo.GeoFeature, geo.ColorScale, geo.ProjectionScale);
}

interface GeoFeature {
  id?: string;
  type: string;
}
let worldShapes: GeoFeature[] | undefined;

/** Countries of world-atlas (Natural Earth 1:110m) as GeoJSON features keyed by ISO numeric code, Antarctica left out. */
function world(): GeoFeature[] {
  if (!worldShapes) {
    const topology = require('world-atlas/countries-110m.json') as { objects: { countries: unknown } };
    const { topojson } = require('chartjs-chart-geo') as {
      topojson: { feature(t: unknown, o: unknown): { features: GeoFeature[] } };
    };
    worldShapes = topojson.feature(topology, topology.objects.countries).features.filter((f) => f.id !== '010');
  }
  return worldShapes;
}

// The spec names countries by ISO numeric code; a country it does not name had no incident and takes the
// colour scale's `missing` colour. The map is fitted to the inhabited latitudes (58° S to 84° N), not to
// the whole sphere, so it fills the chart instead of leaving Antarctica's band empty.
export function attachWorldShapes(config: ChartConfiguration): void {
  const dataset = config.data.datasets[0] as unknown as { data: unknown[]; outline?: unknown; clipMap?: boolean };
  const values = new Map((dataset.data as { feature: string; value: number }[]).map((d) => [d.feature, d.value]));
  const features = world();
  config.data.labels = features.map((f) => f.id ?? '');
  dataset.data = features.map((f) => ({ feature: f, value: values.get(f.id ?? '') ?? null }));
  dataset.outline = INHABITED;
  dataset.clipMap = false;
  const scales = (config.options as { scales: { projection: Record<string, unknown> } }).scales;
  scales.projection = { ...scales.projection, display: false };
  Object.assign(config.options as object, { showOutline: false, showGraticule: false });
}

const INHABITED = {
  type: 'MultiPoint',
  coordinates: [
    ...Array.from({ length: 73 }, (_, i) => [-180 + i * 5, 84]),
    ...Array.from({ length: 73 }, (_, i) => [-180 + i * 5, -58]),
    ...Array.from({ length: 72 }, (_, i) => [-180, -58 + i * 2]),
    ...Array.from({ length: 72 }, (_, i) => [180, -58 + i * 2]),
  ],
};
