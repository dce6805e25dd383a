/** The CLI's formats read the same results the report package writes. */
export type { FileResult, FormatContext, FormatWriter, Lang } from '@dop/report';
