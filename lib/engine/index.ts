/** Selfkind's engine: pure TypeScript, no DOM, no browser APIs. */
export { analyze, createAnalyzer } from './analyzer';
export * from './types';
export { carriesContact, clauseStart, offersFor, suggestionsFor, type Offer } from './suggestions';
