import { createHash } from 'node:crypto';

/**
 * Names one golden rewrite (its output and suggested .dockerignore): the build lab records it
 * beside each golden's result, so the golden test knows whether that result is about the output
 * it checks today or an older one.
 */
export function goldenDigest(output: string, dockerignore: string): string {
  return createHash('sha256').update(output).update('\0').update(dockerignore).digest('hex').slice(0, 16);
}
