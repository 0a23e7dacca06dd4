export * from "./types";
export type { ChoiceText, ContentNamespace, ContentNamespaces, ContentResources, QuestionText, RedFlagText } from "./resource-types";
export { DEFAULT_LANGUAGE, LANGUAGES, NAMESPACES, getT, isLanguage, resourcesFor, type ContentT } from "./i18n";
export { buildResources, type BuiltResources } from "./resources";
export { coreRedFlags, redFlagById, redFlags } from "./red-flags";
export { sources, sourceId } from "./sources";
export { helpContacts, HELP_CHECKED } from "./help";
export { figures } from "./figures";
export { glossary, glossaryTerms } from "./glossary";
export { migrationBasics, migrationSteps } from "./migration";
export { textSources } from "./text-sources";
export { citationOf } from "./refs";
export { questionBank } from "./questions";
export { coreQuiz } from "./quiz";
export { checkContent, type ContentInput, type ContentReport } from "./check/check-content";
export { formatCoverage, type Coverage, type CoverageRow } from "./check/coverage";
export { flatten } from "./check/parity";
export {
  CHANNELS_CHECKED, CHANNELS_FOR_STAGE, PLACES, SITUATIONS, channelById, channelHref, helpChannels,
  publishedFactById, publishedFacts,
  type ChannelKind, type HelpChannel, type Place, type PublishedFact, type PublishedSource, type Situation,
} from "./channels";
export { FILE_NAME, STUDY_KEYS, citedWork, readableCitation, studyAnchor, studyKeyOf } from "./references";
