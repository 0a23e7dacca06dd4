// `@waspada/content/check`: the content checker, kept out of the runtime entry point so the site's
// bundles never carry it. `npm run content:check` runs it.
export { checkContent, packageContent, type ContentInput, type ContentReport } from "./check-content";
export { formatCoverage, type Coverage, type CoverageRow } from "./coverage";
export { flatten } from "./parity";
