// What a chart specification holds, and the strings of the catalog that charts are written with.
import type { ChartConfiguration } from 'chart.js';
import type { MessageValues } from '../messages.js';

/** The chapters of the report a chart can stand in (see the view model). */
export type ChartSection = 'trends' | 'manifestations' | 'regions' | 'positive';

export interface ChartSpec {
  id: string;
  /** The chapter that prints the chart; charts of a chapter keep the order chartSpecs gives them. */
  section: ChartSection;
  title: string;
  caption: string;
  width: number;
  height: number;
  /** Text direction of the labels; the renderer sets it on the canvas. */
  direction: 'rtl' | 'ltr';
  fontFamily: string;
  config: ChartConfiguration;
  /** What the chart shows, in words and its main figures: the image's alternate text (PDF /Alt). */
  alt: string;
  /** The chart's data as a table: its text alternative, printed beside it. */
  table: { head: string[]; rows: string[][] };
  /** Printed under the chart: the map's disclaimer on boundaries and names. */
  note?: string;
}

/**
 * What a chart's module builds: its spec but for what chartSpecs gives every chart alike. Its title and caption
 * are catalog messages, filled by chartSpecs with `values` (ICU MessageFormat).
 */
export type ChartContent = Omit<ChartSpec, 'id' | 'section' | 'width' | 'direction' | 'fontFamily' | 'alt'> & {
  values?: MessageValues;
  /** The chart shows a selection (the first ten): its alternate text states no total. */
  selection?: boolean;
};

export type Titled = { title: string; caption: string };

/** The strings a chart needs from the language's catalog. */
export interface ChartStrings {
  negative: string;
  positive: string;
  month: string;
  category: string;
  region: string;
  incidents: string;
  country: string;
  targetType: string;
  previous: string;
  change: string;
  /** Heads of the columns in per cent: the change against the previous period, a type's share of all. */
  changePercent: string;
  share: string;
  other: string;
  unspecified: string;
  monthOfPeriod: string;
  monthlyTrend: Titled;
  /** `{current}` and `{previous}` name the two periods. */
  monthlyComparison: Titled;
  negativeByCategory: Titled;
  topCountries: Titled;
  map: Titled;
  mapDisclaimer: string;
  byTargetType: Titled;
  byRegion: Titled;
  regionByCategory: Titled;
  positiveByCategory: Titled;
  positiveTypes: Titled;
  /**
   * The alternate text: `kind` names the kind of chart and its title (`{kind}`: bar, line, doughnut, map);
   * `series` one series' total (`{total}`, where `{hasTotal}` is yes) and its largest values (`{series}`, `{top}`).
   */
  alt: { kind: string; series: string };
}
