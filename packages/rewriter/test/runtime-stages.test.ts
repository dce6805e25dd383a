/**
 * Runtime stages an expert writes: Java on a runtime linked with jlink on debian slim where the JDK
 * image can link one, the JRE image where it cannot (and the change says why); .NET 8+ as the
 * image’s own app user; Rust on distroless cc where its glibc allows.
 */
import { describe, expect, it } from 'vitest';
import { checkRewrite } from './invariants.js';

const run = (text: string) => {
  const { result, violations } = checkRewrite(text);
  expect(violations).toEqual([]);
  const split = result.changes.find((c) => c.transform === 'multi-stage');
  return { out: result.output, split };
};
const JAVAC = (from: string) =>
  `FROM ${from}\nWORKDIR /app\nCOPY . .\nRUN javac Main.java\nEXPOSE 8081\nCMD ["java", "Main"]\n`;
const MAVEN = (from: string, cmd = 'ENTRYPOINT ["java", "-jar", "target/app.jar"]') =>
  `FROM ${from}\nWORKDIR /app\nCOPY . .\nRUN mvn -B package -DskipTests\nEXPOSE 8080\n${cmd}\n`;

describe('a jlink runtime', () => {
  it('links the modules jdeps finds in the javac classes and runs them on debian slim as non-root', () => {
    const { out, split } = run(JAVAC('eclipse-temurin:17-jdk'));
    expect(split?.risk).toBe('review');
    expect(out).toContain(
      'RUN javac Main.java\nRUN jdeps --ignore-missing-deps --print-module-deps --multi-release 17 /app/*.class > /tmp/jre-modules\n\n',
    );
    // a stage of its own: the link stays cached while the module list does not change
    expect(out).toContain(
      'FROM eclipse-temurin:17-jdk AS jre\nCOPY --from=build /tmp/jre-modules /tmp/jre-modules\n' +
        'RUN jlink --add-modules "$(cat /tmp/jre-modules),jdk.crypto.ec" \\\n' +
        '    --strip-debug --no-man-pages --no-header-files --compress=2 --output /opt/jre\n\n',
    );
    const runtime = out.slice(out.indexOf('\nFROM debian:bookworm-slim\n'));
    expect(runtime).toContain('ENV JAVA_HOME=/opt/jre LANG=C.UTF-8 \\\n    PATH="/opt/jre/bin:${PATH}"\n');
    expect(runtime).toContain('COPY --from=jre /opt/jre /opt/jre\n');
    expect(runtime).toContain('COPY --from=build /app/*.class /app/\n');
    expect(runtime).toMatch(/USER 10001:10001\nEXPOSE 8081\nCMD \["java", "Main"\]\n$/);
    // the review names what it depends on and how to add a module jdeps cannot see
    expect(split?.explanation.en).toMatch(/reflection or ServiceLoader/);
    expect(split?.explanation.en).toContain('--add-modules "$(cat /tmp/jre-modules),jdk.localedata"');
    expect(split?.explanation.ko).toContain('ServiceLoader');
  });
  it('reads a jar and the jars nested in it, with zip-6 on Java 21', () => {
    const { out, split } = run(MAVEN('maven:3.9-eclipse-temurin-21'));
    expect(out).toContain(
      'RUN mkdir /tmp/app-jar && cd /tmp/app-jar && jar xf /app/target/app.jar \\\n' +
        " && jdeps --ignore-missing-deps --print-module-deps --multi-release 21 /app/target/app.jar $(find /tmp/app-jar -name '*.jar') > /tmp/jre-modules\n\n" +
        'FROM maven:3.9-eclipse-temurin-21 AS jre\n',
    );
    expect(out).toContain('--compress=zip-6 --output /opt/jre');
    expect(out).not.toContain('--compress=2');
    expect(out).toContain('FROM debian:bookworm-slim\n');
    expect(split?.explanation.en).toContain('BOOT-INF/lib');
  });
  it('unpacks every jar of a glob it could not name', () => {
    const { out } = run(MAVEN('maven:3.9-eclipse-temurin-17', 'CMD java -jar target/*.jar'));
    expect(out).toContain('for jar in /app/target/*.jar; do jar xf "$jar"; done');
    expect(out).toContain('--multi-release 17 /app/target/*.jar $(find');
  });
  it('keeps the JRE image where jlink cannot apply, and says why', () => {
    for (const [from, why] of [
      ['eclipse-temurin:17-jdk-alpine', /musl/],
      ['eclipse-temurin:11-jdk', /jlink options were checked \(17, 21, 25\)/],
    ] as const) {
      const { out, split } = run(JAVAC(from));
      expect(out).not.toContain('jlink');
      expect(out).toMatch(/\nFROM eclipse-temurin:(17-jre|11-jre)\n/);
      expect(split?.explanation.en).toMatch(/rather than a runtime linked with jlink/);
      expect(split?.explanation.en).toMatch(why);
    }
  });
});

describe('the .NET runtime stage’s user', () => {
  const DOTNET = (tag: string) =>
    `FROM mcr.microsoft.com/dotnet/sdk:${tag}\nWORKDIR /src\nCOPY . .\nRUN dotnet publish -c Release -o /app/out\nWORKDIR /app/out\nENTRYPOINT ["dotnet", "Api.dll"]\n`;
  it('is the image’s own app user, by its APP_UID variable, from .NET 8', () => {
    const { out, split } = run(DOTNET('8.0'));
    expect(out).toMatch(/FROM mcr\.microsoft\.com\/dotnet\/aspnet:8\.0\n[\s\S]*USER \$APP_UID\nENTRYPOINT/);
    expect(split?.explanation.en).toContain('own non-root user app (uid 1654)');
  });
  it('is a numeric user before .NET 8, whose images ship no app user', () => {
    const { out } = run(DOTNET('6.0'));
    expect(out).toContain('FROM mcr.microsoft.com/dotnet/aspnet:6.0\n');
    expect(out).toContain('USER 10001:10001\n');
    expect(out).not.toContain('APP_UID');
  });
});

describe('a Rust binary’s runtime', () => {
  const RUST = (tag: string) =>
    `FROM rust:${tag}\nWORKDIR /usr/src/app\nCOPY . .\nRUN cargo build --release\nCMD ["./target/release/app"]\n`;
  it('is distroless cc, as its non-root user, where the build’s glibc is not newer than Debian 12’s', () => {
    for (const tag of ['1.80', '1.85-bookworm', '1.85-slim-bullseye']) {
      const { out, split } = run(RUST(tag));
      const runtime = out.slice(out.lastIndexOf('FROM'));
      expect(runtime).toMatch(/^FROM gcr\.io\/distroless\/cc-debian12:nonroot\n/);
      expect(runtime).toContain('USER 65532:65532\n');
      expect(split?.explanation.en).toContain('(libpq, SQLite) needs a Debian slim runtime');
    }
  });
  it('stays Debian slim where the build’s release is unknown or newer, and Alpine on Alpine', () => {
    expect(run(RUST('1.90')).out).toContain('\nFROM debian:bookworm-slim\n');
    expect(run(RUST('1.80-alpine')).out).toContain('\nFROM alpine:3.20\n');
    expect(run(RUST('1.80-alpine')).out).not.toContain('distroless');
  });
});
