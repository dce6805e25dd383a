export { type Summary, summarize } from '@dop/report';
