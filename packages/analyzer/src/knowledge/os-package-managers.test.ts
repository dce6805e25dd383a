import { describe, expect, it } from 'vitest';
import { PACKAGE_MANAGER_BY_ID } from './package-managers.js';

describe('OS package-manager facts', () => {
  it('reads rpm pins as name-[epoch:]version[-release], not any dash-digit', () => {
    for (const id of ['dnf', 'yum', 'microdnf'] as const) {
      const pinned = PACKAGE_MANAGER_BY_ID[id].pinned!;
      for (const a of [
        'nginx-1.26.2',
        'nginx-1.26.2-1.fc40',
        'nginx-1:1.26.2-1.fc40.x86_64',
        'python3-3.12.1',
        'nginx-1.26*',
      ]) {
        expect(pinned(a), `${id} ${a}`).toBe(true);
      }
      for (const a of [
        'nginx',
        'java-17-openjdk',
        'java-17-openjdk-headless',
        'gcc-c++',
        'python3.12',
        'lib64-gcc',
      ]) {
        expect(pinned(a), `${id} ${a}`).toBe(false);
      }
    }
    expect(PACKAGE_MANAGER_BY_ID.dnf.pinned!('nginx>=1.26')).toBe(true);
  });

  it('knows which OS managers pin with =, and which arguments are not packages', () => {
    expect(PACKAGE_MANAGER_BY_ID['apt-get'].pinned!('curl=7.88.1-10')).toBe(true);
    expect(PACKAGE_MANAGER_BY_ID['apt-get'].pinned!('curl/bookworm-backports')).toBe(false);
    expect(PACKAGE_MANAGER_BY_ID.apk.pinned!('curl~8.9')).toBe(true);
    expect(PACKAGE_MANAGER_BY_ID.zypper.pinned!('nginx=1.21.5')).toBe(true);
    for (const a of ['./x.deb', '/tmp/x.rpm', '$PKG', 'curl=${V}']) {
      expect(
        PACKAGE_MANAGER_BY_ID['apt-get'].notAPackage(a) || PACKAGE_MANAGER_BY_ID['apt-get'].pinned!(a),
        a,
      ).toBe(true);
    }
  });
});
