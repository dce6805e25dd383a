// Temporary until the analyzer's ecosystem table lands (knowledge/ecosystems.ts).
const MANIFESTS =
  /(^|\/)(requirements[^/]*\.txt|Pipfile(\.lock)?|pyproject\.toml|poetry\.lock|uv\.lock|package(-lock)?\.json|npm-shrinkwrap\.json|yarn\.lock|pnpm-lock\.yaml|\.yarnrc\.yml|go\.(mod|sum)|pom\.xml|build\.gradle(\.kts)?|settings\.gradle(\.kts)?|Cargo\.(toml|lock)|Gemfile(\.lock)?|composer\.(json|lock)|[^/]*\.csproj|[^/]*\.sln|packages\.lock\.json|package\*\.json)$/;

export function isManifestOrLock(path: string): boolean {
  return MANIFESTS.test(path.replace(/(?<!\/)\/+$/, ''));
}
