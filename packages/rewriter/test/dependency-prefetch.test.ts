import { describe, expect, it } from 'vitest';
import { rewrite } from '../src/index.js';

const prefetches = (text: string) => rewrite(text).changes.some((c) => c.transform === 'dependency-prefetch');

describe('dependency-prefetch', () => {
  it('fetches Cargo dependencies before the source in a plain build', () => {
    expect(prefetches('FROM rust:1 AS build\nWORKDIR /app\nCOPY . .\nRUN cargo build --release\n')).toBe(
      true,
    );
  });

  it('leaves a build that downloads into a cache mount (a fetch outside the mount would fill a layer it never reads)', () => {
    const build = (flags: string) =>
      `FROM rust:1 AS build\nWORKDIR /app\nCOPY . .\nRUN ${flags}cargo build --release\n`;
    expect(prefetches(build('--mount=type=cache,target=/usr/local/cargo/registry '))).toBe(false);
    expect(prefetches(build('--mount=type=secret,id=token '))).toBe(true);
  });

  it('starts in the working directory a stage inherits from the stage it is built on', () => {
    const text =
      'FROM rust:1 AS base\nWORKDIR /src\nFROM base AS build\nCOPY Cargo.toml .\nCOPY src ./src\nRUN cargo build --release\n';
    expect(rewrite(text).output).toContain(
      "COPY Cargo.toml .\nRUN mkdir -p src && echo 'fn main() {}' > src/main.rs && cargo fetch && rm -r src\nCOPY src ./src",
    );
  });

  it('leaves a stage whose dependencies the author already builds before the source (cargo chef)', () => {
    const chef = [
      'FROM rust:1 AS chef',
      'RUN cargo install cargo-chef --locked',
      'WORKDIR /app',
      'FROM chef AS planner',
      'COPY . .',
      'RUN cargo chef prepare --recipe-path recipe.json',
      'FROM chef AS builder',
      'COPY --from=planner /app/recipe.json recipe.json',
      'RUN cargo chef cook --release --recipe-path recipe.json',
      'COPY . .',
      'RUN cargo build --release',
      '',
    ].join('\n');
    expect(prefetches(chef)).toBe(false);
  });

  it('fetches between the manifest COPY and the source COPY when the file copies them apart', () => {
    const split =
      'FROM maven:3-eclipse-temurin-21 AS build\nWORKDIR /app\nCOPY pom.xml .\nCOPY src ./src\nRUN mvn package -DskipTests\n';
    const r = rewrite(split);
    expect(r.output).toContain('COPY pom.xml .\nRUN mvn -B dependency:go-offline\nCOPY src ./src\n');
    expect(r.changes.find((c) => c.transform === 'dependency-prefetch')!.risk).toBe('review');
    expect(r.layers.after.installsRerunOnSourceChange).toBe(0);
    expect(r.layers.before.installsRerunOnSourceChange).toBe(1);
  });

  it('leaves a split copy whose build runs a wrapper the manifests did not bring, or fetches already', () => {
    expect(
      prefetches(
        'FROM eclipse-temurin:21\nWORKDIR /app\nCOPY build.gradle .\nCOPY src ./src\nRUN ./gradlew build\n',
      ),
    ).toBe(false);
    expect(
      prefetches(
        'FROM maven:3\nWORKDIR /app\nCOPY pom.xml .\nRUN mvn dependency:go-offline\nCOPY src ./src\nRUN mvn package\n',
      ),
    ).toBe(false);
    // the manifests land elsewhere than where the build runs
    expect(
      prefetches('FROM maven:3\nWORKDIR /app\nCOPY pom.xml /tmp/\nCOPY src ./src\nRUN mvn package\n'),
    ).toBe(false);
  });
});

describe('dependency-prefetch: a context folder copied where the build runs', () => {
  it('copies the manifests from the folder, moving the WORKDIR above a relative copy', () => {
    const text =
      'FROM golang:1.22 AS build\nWORKDIR /go/src\nCOPY ./server/ ./server/\nWORKDIR /go/src/server\nRUN go build -o /out/server .\n';
    const r = rewrite(text, { multiStage: false });
    expect(r.output).toContain(
      'WORKDIR /go/src\nWORKDIR /go/src/server\nCOPY server/go.mod server/go.sum* ./\nRUN go mod download\nCOPY ./server/ ./\nRUN go build',
    );
    expect(r.layers.after.installsRerunOnSourceChange).toBe(0);
    expect(r.changes.find((c) => c.transform === 'dependency-prefetch')!.risk).toBe('review');
  });

  it('copies them in place when the folder lands in the working directory, other source after', () => {
    const text =
      'FROM gradle:8-jdk17 AS build\nWORKDIR /usr/src/app/\nCOPY ./src/fraud/ ./\nCOPY ./pb/ ./src/main/proto/\nRUN gradle shadowJar\n';
    expect(rewrite(text, { multiStage: false }).output).toContain(
      'COPY src/fraud/build.gradle* src/fraud/settings.gradle* src/fraud/gradle.properties* ./\nRUN gradle dependencies --no-daemon\nCOPY ./src/fraud/ ./\n',
    );
  });

  it('reads the folder’s own files when the build context is given', () => {
    const text = 'FROM golang:1.22 AS build\nWORKDIR /app\nCOPY svc/ ./\nRUN go build -o /out/app .\n';
    const context = {
      files: ['svc/go.mod', 'svc/main.go', 'README.md'],
      texts: { 'svc/go.mod': 'module x\n' },
    };
    expect(rewrite(text, { multiStage: false, context }).output).toContain(
      'COPY svc/go.mod ./\nRUN go mod download\n',
    );
  });

  it('leaves a folder that lands elsewhere, a file, or a WORKDIR after a RUN', () => {
    for (const text of [
      'FROM golang:1.22\nWORKDIR /app\nCOPY svc/ ./svc/\nRUN go build -o /out/app .\n',
      'FROM golang:1.22\nWORKDIR /app\nCOPY main.go ./\nRUN go build -o /out/app .\n',
      'FROM golang:1.22\nWORKDIR /src\nCOPY svc/ ./svc/\nRUN ls\nWORKDIR /src/svc\nRUN go build -o /out/app .\n',
    ])
      expect(prefetches(text), text).toBe(false);
  });
});

describe('dependency-prefetch: a restore that names its project', () => {
  it('moves `dotnet restore app.csproj` before the source with the project file', () => {
    const text =
      'FROM mcr.microsoft.com/dotnet/sdk:8.0 AS build\nWORKDIR /app\nCOPY . .\nRUN dotnet restore cartservice.csproj\nRUN dotnet build "./cartservice.csproj" -c Debug -o /out\n';
    const r = rewrite(text, { multiStage: false });
    expect(r.output).toContain(
      'COPY ./cartservice.csproj ./\nRUN dotnet restore cartservice.csproj\nCOPY . .\nRUN dotnet build',
    );
    expect(r.layers.after.installsRerunOnSourceChange).toBe(0);
  });

  it('leaves a restore of another project than the one the build names', () => {
    const text =
      'FROM mcr.microsoft.com/dotnet/sdk:8.0 AS build\nWORKDIR /app\nCOPY . .\nRUN dotnet restore other.csproj\nRUN dotnet build app.csproj\n';
    expect(prefetches(text)).toBe(false);
  });
});

describe('dependency-prefetch: a build context without the manifest', () => {
  const text = 'FROM maven:3.9-eclipse-temurin-21\nWORKDIR /app\nCOPY . .\nRUN mvn clean package\n';

  it('fetches nothing and says which file it looked for and how to give it', () => {
    const r = rewrite(text, {
      multiStage: false,
      context: { files: ['Dockerfile', 'README.md'], texts: {} },
    });
    expect(r.output).toBe(text);
    const note = r.notes.find((n) => n.message.en.includes('pom.xml'));
    expect(note?.message.en).toMatch(
      /no pom\.xml in the folder the build runs in.*give its folder as the build context/,
    );
    expect(note?.message.ko).toContain('pom.xml');
  });

  it('fetches from the manifest when the context has it', () => {
    const r = rewrite(text, {
      multiStage: false,
      context: { files: ['pom.xml', 'src/Main.java'], texts: {} },
    });
    expect(r.output).toContain('COPY pom.xml ./\nRUN mvn -B dependency:go-offline\nCOPY . .\n');
    expect(r.notes.some((n) => n.message.en.includes('no pom.xml'))).toBe(false);
  });
});
