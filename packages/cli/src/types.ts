/** The CLI's formats read the same results the report package writes. */
export type { FileResult, FormatContext, Lang } from '@dop/report';
