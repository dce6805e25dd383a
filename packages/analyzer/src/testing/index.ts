/** Test and tooling helpers (Node only): never imported by the browser bundle. */
export { corpusDir, corpusEntries, corpusFiles, type CorpusEntry } from './corpus.js';
export {
  applyEdits,
  asOnbuild,
  everyRuleOptions,
  findingLines,
  fixed,
  lint,
  ruleCrashes,
  wrapInOnbuild,
} from './lint.js';
