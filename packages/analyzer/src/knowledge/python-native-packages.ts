/**
 * Python packages whose install compiles against, or loads at run time, a system library that a
 * slim image does not ship. `headers` are what a build stage needs to compile the package from
 * source (Debian names); `runtime` is what the image that runs the app needs (Debian / Alpine).
 * Packages that ship manylinux/musllinux wheels with the library inside (`psycopg2-binary`) need
 * nothing and are left out; `lxml` and `Pillow` ship such wheels too, so they need the library only
 * when built from source (`fromSourceOnly`: a requirements file that says `--no-binary` for them).
 * Names are PEP 503 normalised (lower case, `-`). Each entry names the page that documents it;
 * runtime package names from packages.debian.org (bookworm) and pkgs.alpinelinux.org (3.20).
 * This is the one table of these facts: the analyzer's project facts and the rewriter's runtime
 * stages read it. Reviewed 2026-12-07.
 */
export interface NativePythonPackage {
  headers: readonly string[];
  runtime: { debian: readonly string[]; alpine: readonly string[] };
  /** The library is needed only when the package is built from source (its wheels bundle it). */
  fromSourceOnly?: boolean;
}

export const NATIVE_PYTHON_PACKAGES: Readonly<Record<string, NativePythonPackage>> = {
  // https://www.psycopg.org/docs/install.html#runtime-requirements (libpq at run time)
  psycopg2: { headers: ['libpq-dev'], runtime: { debian: ['libpq5'], alpine: ['libpq'] } },
  // https://www.psycopg.org/psycopg3/docs/basic/install.html#pure-python-installation
  // psycopg 3 loads libpq through ctypes: nothing to compile, but the library must be there
  psycopg: { headers: [], runtime: { debian: ['libpq5'], alpine: ['libpq'] } },
  // https://github.com/PyMySQL/mysqlclient#linux (MariaDB Connector/C on Debian: libmariadb3)
  mysqlclient: {
    headers: ['default-libmysqlclient-dev', 'pkg-config'],
    runtime: { debian: ['libmariadb3'], alpine: ['mariadb-connector-c'] },
  },
  // https://www.python-ldap.org/en/python-ldap-3.4.4/installing.html#debian
  'python-ldap': {
    headers: ['libldap2-dev', 'libsasl2-dev'],
    runtime: { debian: ['libldap-2.5-0', 'libsasl2-2'], alpine: ['libldap', 'libsasl'] },
  },
  // https://github.com/mkleehammer/pyodbc/wiki/Install (unixODBC driver manager)
  pyodbc: { headers: ['unixodbc-dev'], runtime: { debian: ['unixodbc'], alpine: ['unixodbc'] } },
  // https://github.com/ahupp/python-magic#installation (loads libmagic through ctypes)
  'python-magic': { headers: [], runtime: { debian: ['libmagic1'], alpine: ['libmagic'] } },
  // https://doc.courtbouillon.org/weasyprint/stable/first_steps.html#linux (Pango through cffi)
  weasyprint: {
    headers: [],
    runtime: { debian: ['libpango-1.0-0', 'libpangoft2-1.0-0'], alpine: ['pango'] },
  },
  // https://lxml.de/installation.html#requirements (libxml2 and libxslt when built from source)
  lxml: {
    headers: ['libxml2-dev', 'libxslt1-dev'],
    runtime: { debian: ['libxml2', 'libxslt1.1'], alpine: ['libxml2', 'libxslt'] },
    fromSourceOnly: true,
  },
  // https://pillow.readthedocs.io/en/stable/installation/building-from-source.html
  // (libjpeg and zlib are required to build; the other image libraries are optional)
  pillow: {
    headers: ['libjpeg-dev', 'zlib1g-dev'],
    runtime: { debian: ['libjpeg62-turbo', 'zlib1g'], alpine: ['libjpeg-turbo', 'zlib'] },
    fromSourceOnly: true,
  },
};

/** PEP 503 name normalisation: `Python_LDAP` → `python-ldap`. */
export function normalisePythonName(name: string): string {
  return name.toLowerCase().replace(/[-_.]+/g, '-');
}
