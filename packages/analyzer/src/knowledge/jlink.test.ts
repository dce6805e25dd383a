import { describe, expect, it } from 'vitest';
import { jlinkJdk } from './jlink.js';

const image = (name: string, tag: string | null, registry: string | null = null) => ({
  registry,
  name,
  tag,
  digest: null,
});
const major = (name: string, tag: string | null) => {
  const r = jlinkJdk(image(name, tag));
  return 'why' in r ? null : r.major;
};

describe('jlinkJdk', () => {
  it('reads the Java major of the JDK images that ship jmods', () => {
    expect(major('eclipse-temurin', '17-jdk')).toBe('17');
    expect(major('eclipse-temurin', '17')).toBe('17');
    expect(major('eclipse-temurin', '21.0.5_11-jdk-noble')).toBe('21');
    expect(major('maven', '3.9-eclipse-temurin-21')).toBe('21');
    expect(major('maven', '3.9.6-eclipse-temurin-17-jammy')).toBe('17');
    expect(major('gradle', '8.10-jdk21')).toBe('21');
    expect(major('gradle', 'jdk17-jammy')).toBe('17');
  });
  it('takes --compress=2 on 17 and zip-6 from 21, where the numeric levels are deprecated', () => {
    expect(jlinkJdk(image('eclipse-temurin', '17-jdk'))).toMatchObject({ compress: '2' });
    expect(jlinkJdk(image('eclipse-temurin', '21-jdk'))).toMatchObject({ compress: 'zip-6' });
    expect(jlinkJdk(image('eclipse-temurin', '25'))).toMatchObject({ compress: 'zip-6', alwaysModules: [] });
  });
  it('says why for a JRE, an Alpine JDK, an unchecked version or another JDK', () => {
    const why = (name: string, tag: string | null, registry: string | null = null) => {
      const r = jlinkJdk(image(name, tag, registry));
      return 'why' in r ? r.why.en : null;
    };
    expect(why('eclipse-temurin', '17-jre')).toMatch(/not one whose jlink options were checked/);
    expect(why('eclipse-temurin', '17-jdk-alpine')).toMatch(/musl/);
    expect(why('maven', '3.9-eclipse-temurin-21-alpine')).toMatch(/musl/);
    expect(why('eclipse-temurin', '11-jdk')).toMatch(/17, 21, 25/);
    expect(why('eclipse-temurin', null)).toMatch(/latest/);
    expect(why('gradle', '8.10-jdk21-corretto')).toMatch(/not one whose/);
    expect(why('amazoncorretto', '21')).toMatch(/not a JDK image known to ship jmods/);
    expect(why('eclipse-temurin', '21', 'ghcr.io')).toMatch(/not a JDK image/);
  });
});
