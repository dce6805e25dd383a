/** Which file names are Dockerfiles, as Docker, Podman and editors name them. */
const EXACT = new Set(['dockerfile', 'containerfile']);

/** `Dockerfile`, `Dockerfile.dev`, `api.Dockerfile`, `Containerfile`, `Containerfile.prod` (any case). */
export function isDockerfileName(name: string): boolean {
  const n = name.toLowerCase();
  if (EXACT.has(n)) return true;
  if (n.startsWith('dockerfile.') || n.startsWith('containerfile.')) return !n.endsWith('.dockerignore');
  return n.endsWith('.dockerfile') || n.endsWith('.containerfile');
}
