/**
 * Python packages whose install compiles against, or loads at run time, a system library that a
 * slim image does not ship. `headers` are what a build stage needs to compile the package from
 * source (Debian names); `runtime` is what the image that runs the app needs (Debian / Alpine).
 * Packages that ship manylinux wheels with the library inside (`psycopg2-binary`, `Pillow`,
 * `lxml`) need nothing and are left out. Names are PEP 503 normalised (lower case, `-`).
 * From the packages' install pages and the distributions' package indexes; reviewed 2026-12-07.
 */
export interface NativePythonPackage {
  headers: readonly string[];
  runtime: { debian: readonly string[]; alpine: readonly string[] };
}

export const NATIVE_PYTHON_PACKAGES: Readonly<Record<string, NativePythonPackage>> = {
  psycopg2: { headers: ['libpq-dev'], runtime: { debian: ['libpq5'], alpine: ['libpq'] } },
  // psycopg 3 loads libpq through ctypes: nothing to compile, but the library must be there
  psycopg: { headers: [], runtime: { debian: ['libpq5'], alpine: ['libpq'] } },
  mysqlclient: {
    headers: ['default-libmysqlclient-dev', 'pkg-config'],
    runtime: { debian: ['libmariadb3'], alpine: ['mariadb-connector-c'] },
  },
  'python-ldap': {
    headers: ['libldap2-dev', 'libsasl2-dev'],
    runtime: { debian: ['libldap-2.5-0', 'libsasl2-2'], alpine: ['libldap', 'libsasl'] },
  },
  pyodbc: { headers: ['unixodbc-dev'], runtime: { debian: ['unixodbc'], alpine: ['unixodbc'] } },
  'python-magic': { headers: [], runtime: { debian: ['libmagic1'], alpine: ['libmagic'] } },
  weasyprint: {
    headers: [],
    runtime: { debian: ['libpango-1.0-0', 'libpangoft2-1.0-0'], alpine: ['pango'] },
  },
};

/** PEP 503 name normalisation: `Python_LDAP` → `python-ldap`. */
export function normalisePythonName(name: string): string {
  return name.toLowerCase().replace(/[-_.]+/g, '-');
}
