/**
 * The build context: the files beside a Dockerfile that a build can see. The CLI reads it from the
 * folder of the Dockerfile (`--context DIR` as `docker build` takes one); the playground from files
 * the user adds. Plain data, so it crosses to a worker thread or a Web Worker as it is.
 */
export interface BuildContext {
  /** Every file listed, relative to the context root, `/`-separated (`src/app.py`). */
  files: readonly string[];
  /** The contents of the few files that matter (manifests, lock files, `.dockerignore`), by path. */
  texts: Readonly<Record<string, string>>;
  /**
   * Folders whose files were not listed (`.dockerignore` excludes them whole, or the listing
   * stopped at its bound): a path under one of them may exist.
   */
  unlisted?: readonly string[];
  /** The listing stopped early: a path not in `files` may still exist anywhere. */
  incomplete?: boolean;
}
