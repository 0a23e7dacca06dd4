export * from "./types";
export type { ChoiceText, ContentNamespace, ContentNamespaces, ContentResources, QuestionText, RedFlagText } from "./resource-types";
export { DEFAULT_LANGUAGE, LANGUAGES, NAMESPACES, getT, isLanguage, resourcesFor, type ContentT } from "./i18n";
export { buildResources, type BuiltResources } from "./resources";
export { coreRedFlags, redFlagById, redFlags } from "./red-flags";
export { sources, sourceId } from "./sources";
export { studies, studyBySeed, type Study, type StudyKind } from "./studies";
export { helpContacts, HELP_CHECKED } from "./help";
export { figures } from "./figures";
export { glossary, glossaryTerms } from "./glossary";
export { migrationBasics, migrationSteps } from "./migration";
export { textSources } from "./text-sources";
export { citationOf } from "./refs";
export { questionBank } from "./questions";
export { coreQuiz } from "./quiz";
// A locale file's leaves as "a.b.c" → text (the checker uses it too; the checker itself is @waspada/content/check).
export { flatten } from "./check/parity";
export { QUESTION_TEXT_LIMITS, questionText, questionTextPaths, redFlagText, type TextPath } from "./question-text";
export { sessionChecks, sessionCheckSources, type SessionCheck } from "./session-checks";
export {
  CHANNELS_CHECKED, CHANNELS_FOR_STAGE, PLACES, SITUATIONS, channelById, channelHref, helpChannels,
  publishedFactById, publishedFacts,
  type ChannelKind, type HelpChannel, type Place, type PublishedFact, type PublishedSource, type Situation,
} from "./channels";
export { FILE_NAME, STUDY_KEYS, citedWork, readableCitation, studyAnchor, studyKeyOf } from "./references";
