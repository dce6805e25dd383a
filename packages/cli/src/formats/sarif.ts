import { createHash } from 'node:crypto';
import { type FormatContext, type FormatWriter, sarifWriter as writer } from '@dop/report';

/** SARIF with fingerprints hashed by node:crypto (the format itself lives in @dop/report). */
export function sarifWriter(ctx: FormatContext): FormatWriter {
  return writer(ctx, (key) => createHash('sha256').update(key).digest('hex').slice(0, 32));
}
