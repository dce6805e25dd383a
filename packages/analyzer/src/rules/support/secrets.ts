/** What looks like a secret: variable names (DOP131–DOP134) and files copied from the build context (DOP135). */

import { trimTrailingSlashes } from '../../model/paths.js';

/**
 * Words of a variable name that mark a secret: BuildKit's SecretsUsedInArgOrEnv tokens (apikey,
 * auth, credential(s), key, password, pword, passwd, secret, token) plus common short forms.
 */
export const SECRET_NAME_WORDS: readonly string[] = [
  ...['apikey', 'auth', 'credential', 'credentials', 'key', 'password', 'pword', 'passwd'],
  ...['secret', 'token', 'pass', 'pwd', 'privatekey', 'accesskey', 'secretkey'],
];

/**
 * Words that make such a name harmless: BuildKit's `public`, plus the false positives its users
 * reported (moby/buildkit#5410, #6501): `*_FILE` (a path to a mounted secret), `*_VERSION`, and
 * public-key material such as the official images' `GPG_KEY` fingerprints.
 */
export const SECRET_NAME_ALLOW_WORDS: readonly string[] = [
  ...['public', 'pub', 'file', 'files', 'path', 'dir', 'version', 'url', 'uri', 'gpg', 'pgp'],
  ...['fingerprint', 'keyring', 'type', 'name', 'header', 'method', 'mode', 'len', 'length'],
];

/** Lower-case words of a name: split on `_`, `-`, `.` and camelCase boundaries. */
export function nameWords(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .split(/[_\-.]+/)
    .map((w) => w.toLowerCase())
    .filter((w) => w !== '');
}

/** The secret word a variable name contains, or null when it does not look like a secret. */
export function secretWord(name: string): string | null {
  const words = nameWords(name);
  if (words.some((w) => SECRET_NAME_ALLOW_WORDS.includes(w))) return null;
  return words.find((w) => SECRET_NAME_WORDS.includes(w)) ?? null;
}

/** Files and folders that hold credentials when copied from the build context (DOP135). */
export const SECRET_FILES = {
  /** Exact file names. */
  names: [
    ...['.env', '.npmrc', '.pypirc', '.netrc', '.git-credentials', '.dockercfg', '.pgpass', 'credentials'],
    ...['credentials.json', 'id_rsa', 'id_dsa', 'id_ecdsa', 'id_ed25519', 'htpasswd', '.htpasswd'],
  ],
  /** Folders whose content is credentials. */
  dirs: ['.ssh', '.aws', '.gnupg', '.docker', '.kube'],
  /** Extensions of private keys and key stores. */
  extensions: ['.pem', '.key', '.p12', '.pfx'],
  /** `.env.<suffix>` files that are templates, not secrets. */
  envTemplateSuffixes: ['example', 'sample', 'template', 'dist', 'defaults', 'default', 'tpl'],
  /** Name words that mark a `.pem`/`.key` file as public material (certificates, public keys). */
  publicWords: ['cert', 'certificate', 'ca', 'chain', 'fullchain', 'bundle', 'pub', 'public', 'root'],
} as const;

/** Why a COPY/ADD source path looks like a secret, or null. */
export function secretFileReason(path: string): string | null {
  const segments = trimTrailingSlashes(path)
    .split('/')
    .filter((s) => s !== '' && s !== '.');
  const base = segments[segments.length - 1] ?? '';
  const dir = segments.find((s) => (SECRET_FILES.dirs as readonly string[]).includes(s));
  if (dir) return dir;
  if ((SECRET_FILES.names as readonly string[]).includes(base)) return base;
  if (base.startsWith('.env.')) {
    const suffix = base.slice(5).toLowerCase();
    return (SECRET_FILES.envTemplateSuffixes as readonly string[]).includes(suffix) ? null : base;
  }
  const ext = SECRET_FILES.extensions.find((e) => base.toLowerCase().endsWith(e));
  if (!ext) return null;
  const words = nameWords(base.slice(0, -ext.length));
  return words.some((w) => (SECRET_FILES.publicWords as readonly string[]).includes(w)) ? null : base;
}
