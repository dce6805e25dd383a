export type { BuildContext } from './types.js';
export { contextView, DOCKERIGNORE, normaliseSource, type ContextView, type SourceMatch } from './view.js';
export { parseIgnoreFile, type IgnoreFile, type IgnoreLine } from './ignore-file.js';
export { CONTEXT_LIMITS, contextFileWanted } from './wanted.js';
export {
  collectContext,
  ContextCollector,
  contextPath,
  type ContextEntry,
  type ContextLimits,
} from './collect.js';
export {
  projectFacts,
  type Fact,
  type ProjectFacts,
  type NodeFacts,
  type JavaFacts,
  type DotnetFacts,
  type PythonNativeFact,
} from './project-facts.js';
export { learnedLines, learnFromContext, type LearnedFile } from './learned.js';
