export { countFile, emptySummary, type Summary, summarize } from '@dop/report';
