// What a build can write. Kept apart from the build itself so that reading the command line does not load the
// browser and chart libraries the build needs.
export const BUILD_FORMATS = ['pdf', 'html', 'figures'] as const;
export type BuildFormat = (typeof BUILD_FORMATS)[number];
export const DEFAULT_FORMATS: readonly BuildFormat[] = ['pdf', 'figures'];
