/**
 * What a .NET project file tells about the image that runs it. The project SDK
 * (`<Project Sdk="Microsoft.NET.Sdk.Web">`) says whether the app needs the ASP.NET Core shared
 * framework (the `aspnet` image) or only the .NET runtime (the smaller `runtime` image); a
 * `<FrameworkReference Include="Microsoft.AspNetCore.App" />` asks for ASP.NET Core whatever the
 * SDK. The target framework (`net8.0`) is the runtime version the app rolls forward from: by
 * default only to a later minor of the same major, so the runtime image must carry that major.
 * Sources: https://learn.microsoft.com/dotnet/core/project-sdk/overview#available-sdks (the SDKs
 * and what each references), https://learn.microsoft.com/dotnet/core/versions/selection#framework-dependent-apps-roll-forward
 * (roll-forward), https://learn.microsoft.com/dotnet/standard/frameworks#supported-target-frameworks
 * (target framework monikers), the MAR pages of dotnet/aspnet and dotnet/runtime (the tags).
 * Reviewed 2026-12-07.
 */
export type DotnetRuntimeImage = 'aspnet' | 'runtime';

/** Project SDK → the runtime image it needs. An SDK not listed leaves the choice as it was. */
export const DOTNET_SDK_RUNTIMES: Readonly<Record<string, DotnetRuntimeImage>> = {
  'Microsoft.NET.Sdk': 'runtime',
  'Microsoft.NET.Sdk.Worker': 'runtime',
  'Microsoft.NET.Sdk.Web': 'aspnet',
  'Microsoft.NET.Sdk.Razor': 'aspnet',
};

/** The framework reference that makes any project need the ASP.NET Core shared framework. */
export const ASPNET_FRAMEWORK_REFERENCE = 'Microsoft.AspNetCore.App';

/** Versions mcr.microsoft.com publishes `dotnet/aspnet` and `dotnet/runtime` images for. */
export const DOTNET_RUNTIME_VERSIONS: readonly string[] = ['6.0', '7.0', '8.0', '9.0', '10.0'];

/**
 * The runtime version a target framework runs on (`net8.0` → `8.0`, `netcoreapp3.1` → `3.1`),
 * or null for one no Linux image runs (`net48`, `net8.0-windows`, `netstandard2.0`).
 */
export function dotnetVersionOfTfm(tfm: string): string | null {
  const m = /^net(?:coreapp)?(\d+\.\d+)$/.exec(tfm.trim());
  return m?.[1] !== undefined && DOTNET_RUNTIME_VERSIONS.includes(m[1]) ? m[1] : null;
}
