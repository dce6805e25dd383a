/**
 * Python packages whose install compiles against, or loads at run time, a system library that a
 * slim image does not ship. A package compiled from source names its header packages per
 * distribution (`headers`); the library it then loads at run time is the one
 * knowledge/runtime-libraries.ts gives for each header (libpq-dev → libpq5), the one table of
 * those names. A package that loads a library without compiling (ctypes, cffi) names the library
 * itself (`loads`). Packages that ship manylinux/musllinux wheels with the library inside
 * (`psycopg2-binary`) need nothing and are left out; `lxml` and `Pillow` ship such wheels too, so
 * they need the library only when built from source (`fromSourceOnly`: a requirements file that
 * says `--no-binary` for them). Names are PEP 503 normalised (lower case, `-`). Each entry names
 * the page that documents it; package names from packages.debian.org (bookworm) and
 * pkgs.alpinelinux.org (3.20). Reviewed 2026-12-07.
 */
import { type LibraryDistro, runtimeLibraryOf } from './runtime-libraries.js';

type PerDistro = { debian: readonly string[]; alpine: readonly string[] };

export interface NativePythonPackage {
  /** Header packages a source build compiles against (Ubuntu uses the Debian names). */
  headers?: PerDistro;
  /** Libraries loaded at run time without compiling against them (Ubuntu uses the Debian names). */
  loads?: PerDistro;
  /** The library is needed only when the package is built from source (its wheels bundle it). */
  fromSourceOnly?: boolean;
}

export const NATIVE_PYTHON_PACKAGES: Readonly<Record<string, NativePythonPackage>> = {
  // https://www.psycopg.org/docs/install.html#build-prerequisites (libpq headers; libpq at run time)
  psycopg2: { headers: { debian: ['libpq-dev'], alpine: ['postgresql-dev'] } },
  // https://www.psycopg.org/psycopg3/docs/basic/install.html#pure-python-installation
  // psycopg 3 loads libpq through ctypes: nothing to compile, but the library must be there
  psycopg: { loads: { debian: ['libpq5'], alpine: ['libpq'] } },
  // https://github.com/PyMySQL/mysqlclient#linux (MariaDB Connector/C headers on Debian and Alpine)
  mysqlclient: { headers: { debian: ['default-libmysqlclient-dev'], alpine: ['mariadb-dev'] } },
  // https://www.python-ldap.org/en/python-ldap-3.4.4/installing.html#debian and #alpine
  'python-ldap': {
    headers: { debian: ['libldap2-dev', 'libsasl2-dev'], alpine: ['openldap-dev', 'cyrus-sasl-dev'] },
  },
  // https://github.com/mkleehammer/pyodbc/wiki/Install (unixODBC headers)
  pyodbc: { headers: { debian: ['unixodbc-dev'], alpine: ['unixodbc-dev'] } },
  // https://github.com/ahupp/python-magic#installation (loads libmagic through ctypes)
  'python-magic': { loads: { debian: ['libmagic1'], alpine: ['libmagic'] } },
  // https://doc.courtbouillon.org/weasyprint/stable/first_steps.html#linux (Pango through cffi)
  weasyprint: { loads: { debian: ['libpango-1.0-0', 'libpangoft2-1.0-0'], alpine: ['pango'] } },
  // https://lxml.de/installation.html#requirements (libxml2 and libxslt when built from source)
  lxml: {
    headers: { debian: ['libxml2-dev', 'libxslt1-dev'], alpine: ['libxml2-dev', 'libxslt-dev'] },
    fromSourceOnly: true,
  },
  // https://pillow.readthedocs.io/en/stable/installation/building-from-source.html
  // (libjpeg and zlib are required to build; the other image libraries are optional)
  pillow: {
    headers: { debian: ['libjpeg-dev', 'zlib1g-dev'], alpine: ['jpeg-dev', 'zlib-dev'] },
    fromSourceOnly: true,
  },
};

/** PEP 503 name normalisation: `Python_LDAP` → `python-ldap`. */
export function normalisePythonName(name: string): string {
  return name.toLowerCase().replace(/[-_.]+/g, '-');
}

/** The libraries a package needs at run time on a distribution: what it loads, and what its headers build against. */
export function pythonRuntimeLibraries(pkg: NativePythonPackage, distro: LibraryDistro): string[] {
  const names = (p: PerDistro | undefined) => (distro === 'alpine' ? p?.alpine : p?.debian) ?? [];
  const built = names(pkg.headers).flatMap((h) => runtimeLibraryOf(h, distro) ?? []);
  return [...new Set([...names(pkg.loads), ...built])];
}
