import { defineRule } from './define.js';
import { finalBaseInfo } from './support/images.js';

export const rule = defineRule({
  meta: {
    id: 'DOP029',
    slug: 'toolchain-in-runtime-image',
    title: { en: 'Final image is a build toolchain', ko: '최종 이미지가 빌드 도구 이미지' },
    severity: 'info',
    practices: ['P15', 'P09', 'P14'],
    aka: {},
    fixable: 'none',
    restructuredBy: 'multi-stage',
    explanation: {
      en: 'The image you ship is based on a compiler or SDK (golang, maven, gradle, rust, a JDK, dotnet/sdk): hundreds of MB of tools the running program does not use, and more for an attacker to use. Build in a stage on the toolchain and copy only the result into a runtime image (a JRE, aspnet, distroless or scratch for static binaries).',
      ko: '배포하는 이미지가 컴파일러나 SDK(golang, maven, gradle, rust, JDK, dotnet/sdk) 위에 만들어져 있습니다. 실행 중인 프로그램은 쓰지 않는 도구가 수백 MB이고, 공격자가 쓸 수 있는 도구도 그만큼 많아집니다. 빌드 도구 이미지의 스테이지에서 빌드하고, 결과물만 런타임 이미지(JRE, aspnet, distroless, 정적 바이너리라면 scratch)로 복사하세요.',
    },
    examples: {
      bad: 'FROM golang:1.22\nWORKDIR /src\nCOPY . .\nRUN go build -o /app .\nCMD ["/app"]\n',
      badLines: [1],
      onbuild: 'same',
      good: 'FROM golang:1.22 AS build\nWORKDIR /src\nCOPY . .\nRUN CGO_ENABLED=0 go build -o /app .\nFROM gcr.io/distroless/static-debian12:nonroot\nCOPY --from=build /app /app\nCMD ["/app"]\n',
    },
  },
  check(ctx) {
    const found = finalBaseInfo(ctx.model);
    if (found?.info.role !== 'toolchain') return;
    const { stage, info } = found;
    // Prefer the family's own runtime variant (JDK → JRE, sdk → aspnet), then the table's suggestions.
    const sameFamily = info.smaller && info.smaller.variant.role === 'runtime' ? [info.smaller.image] : [];
    const runtimes = [...sameFamily, ...(info.family.runtimeImages ?? [])].slice(0, 2);
    const list = runtimes.map((r) => `\`${r}\``).join(' or ');
    const current = stage.image.resolved;
    ctx.report({
      span: stage.image.span,
      message: {
        en: `The final image is based on the ${info.ecosystem} toolchain \`${current}\` (about ${info.size.uncompressedMb} MB). Build in a separate stage and copy the output into a runtime image${list ? ` such as ${list}` : ''}.`,
        ko: `최종 이미지가 ${info.ecosystem} 빌드 도구 이미지 \`${current}\`(약 ${info.size.uncompressedMb} MB) 위에 있습니다. 별도 스테이지에서 빌드하고 결과물만 ${list ? `${runtimes.map((r) => `\`${r}\``).join(' 또는 ')} 같은 ` : ''}런타임 이미지로 복사하세요.`,
      },
    });
  },
});
