// The shape of each sample year: how often each category appears, how many rows, their spread over the months,
// and the waves of manifestations that follow events.
import type { Polarity } from '../../src/core/incident.js';
import type { Weighted } from './random.js';

/** How often each category appears within its polarity. Codes as in data/reference/categories.json. */
export const CATEGORY_WEIGHTS: Record<Polarity, Weighted<string>> = {
  negative: [
    ['discrimination', 14],
    ['assault', 12],
    ['hate_speech', 14],
    ['online_hate', 15],
    ['hijab', 8],
    ['mosque', 12],
    ['policy', 7],
    ['far_right', 8],
    ['sacred_symbols', 6],
    ['cemetery', 3],
  ],
  positive: [
    ['public_policy', 14],
    ['court_decision', 16],
    ['police_arrest', 16],
    ['positive_views', 14],
    ['far_right_counter', 10],
    ['mosque_support', 12],
    ['hijab_positive', 6],
    ['interfaith', 12],
  ],
};

// ---------------------------------------------------------------------------------------------------------------
// Year profiles: how many rows, how they spread over the months, and a few concentrated waves (the kind that follow
// a Qur'an burning, a war or riots). Invented for illustration; they measure nothing.

export interface Spike {
  /** Share of all rows drawn from this wave (always manifestations). */
  share: number;
  months: readonly number[];
  countries: readonly string[];
  categories: readonly string[];
}

export interface YearProfile {
  count: number;
  /** Relative weight of each month, January first. */
  months: readonly number[];
  spikes: readonly Spike[];
}

export const YEAR_PROFILES: Record<number, YearProfile> = {
  2023: {
    count: 2700,
    months: [8, 7, 8, 8, 8, 9, 10, 10, 8, 13, 14, 12],
    spikes: [
      {
        share: 0.04,
        months: [6, 7, 8],
        countries: ['SE', 'DK'],
        categories: ['sacred_symbols', 'far_right', 'mosque', 'online_hate'],
      },
      {
        share: 0.06,
        months: [10, 11, 12],
        countries: ['US', 'GB', 'FR', 'DE', 'CA'],
        categories: ['assault', 'hate_speech', 'online_hate', 'mosque', 'discrimination'],
      },
    ],
  },
  2024: {
    count: 3200,
    months: [12, 10, 9, 9, 9, 9, 8, 10, 8, 8, 8, 8],
    spikes: [
      {
        share: 0.04,
        months: [8],
        countries: ['GB'],
        categories: ['mosque', 'assault', 'far_right', 'online_hate'],
      },
      {
        share: 0.03,
        months: [4, 5, 6],
        countries: ['IN'],
        categories: ['hate_speech', 'online_hate', 'policy'],
      },
    ],
  },
};

export const DEFAULT_PROFILE: YearProfile = { count: 3000, months: Array.from({ length: 12 }, () => 1), spikes: [] };
