// The generated sample data (scripts/generate-sample-data.ts) says in every row that it is not a real incident,
// in its source name. The core knows the phrase so that an illustrative edition's annex can print the catalog's
// wording, in the edition's language, in its place.
export const SAMPLE_SOURCE_NAME = 'Illustrative sample data (generated, not a real incident)';
