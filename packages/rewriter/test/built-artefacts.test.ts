/** Built files found as a reader of the Dockerfile would: through -o, the toolchain's bin folder and the PATH. */
import type { BuildContext } from '@dop/analyzer';
import { describe, expect, it } from 'vitest';
import { rewrite } from '../src/index.js';

const split = (text: string, context?: BuildContext) => {
  const r = rewrite(text, { context });
  return { out: r.output, change: r.changes.find((c) => c.transform === 'multi-stage'), notes: r.notes };
};

describe('built artefacts', () => {
  it('finds `go build -o` through the image PATH for a bare CMD', () => {
    const { out } = split(
      'FROM golang:1.22\nWORKDIR /src\nCOPY . .\nRUN go build -o /usr/local/bin/api\nCMD ["api"]\n',
    );
    expect(out).toContain('COPY --from=build /usr/local/bin/api /usr/local/bin/api');
  });
  it('puts a `go install` binary where the runtime image’s PATH finds it, naming it from go.mod', () => {
    const text = 'FROM golang:1.22\nWORKDIR /src\nCOPY . .\nRUN go install\nCMD ["api"]\n';
    const ctx = { files: ['go.mod', 'main.go'], texts: { 'go.mod': 'module example.com/acme/api\n' } };
    const { out, change } = split(text, ctx);
    expect(out).toContain('COPY --from=build /go/bin/api /usr/local/bin/api');
    expect(change?.explanation.en).toContain('go.mod');
  });
  it('takes a static Go build (CGO_ENABLED=0) to distroless static', () => {
    const { out } = split(
      'FROM golang:1.22\nWORKDIR /src\nCOPY . .\nRUN CGO_ENABLED=0 go build -o /out/api .\nCMD ["/out/api"]\n',
    );
    expect(out).toContain('FROM gcr.io/distroless/static-debian12:nonroot');
  });
  it('finds `cargo install --path .` in cargo’s bin folder and `cargo build --release` in target/release', () => {
    expect(
      split('FROM rust:1.80\nWORKDIR /app\nCOPY . .\nRUN cargo install --path .\nCMD ["myapp"]\n').out,
    ).toContain('COPY --from=build /usr/local/cargo/bin/myapp /usr/local/bin/myapp');
    const release =
      'FROM rust:1.80\nWORKDIR /app\nCOPY . .\nRUN cargo build --release\nENV PATH=/app/target/release:$PATH\nCMD ["myapp"]\n';
    const ctx = { files: ['Cargo.toml'], texts: { 'Cargo.toml': '[package]\nname = "myapp"\n' } };
    expect(split(release, ctx).out).toContain(
      'COPY --from=build /app/target/release/myapp /usr/local/bin/myapp',
    );
  });
  it('says which file was missing when only it could name the binary', () => {
    const text = 'FROM golang:1.22\nWORKDIR /src\nCOPY . .\nRUN go build\nCMD ["./api"]\n';
    // `./api` names a path: found without go.mod
    expect(split(text).out).toContain('COPY --from=build /src/api /src/api');
    const install = 'FROM rust:1.80\nWORKDIR /app\nCOPY . .\nRUN cargo build --release\nCMD ["myapp"]\n';
    const note = split(install)
      .notes.map((n) => n.message.en)
      .join(' ');
    expect(note).toContain('Cargo.toml');
    expect(note).toContain('--context');
  });
  it('copies the one jar pom.xml names for a `target/*.jar` command, and the glob to its folder otherwise', () => {
    const text =
      'FROM maven:3.9-eclipse-temurin-21\nWORKDIR /app\nCOPY . .\nRUN mvn -B package\nCMD java -jar target/*.jar\n';
    expect(split(text).out).toContain('COPY --from=build /app/target/*.jar /app/target/');
    const pom = '<project><artifactId>demo</artifactId><version>1.0</version></project>';
    const { out, change } = split(text, { files: ['pom.xml'], texts: { 'pom.xml': pom } });
    expect(out).toContain('COPY --from=build /app/target/demo-1.0.jar /app/target/demo-1.0.jar');
    expect(change?.explanation.en).toContain('pom.xml');
  });
});
