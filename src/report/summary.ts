// The one-line summary is the judgement's text and is produced in compare/summary.ts; the renderers
// import it from there. Kept here for the callers that still import it from the report.
export { summaryLine, type SummaryOptions } from '../compare/summary.ts';
