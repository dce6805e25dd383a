export function greet(name) {
  return `Hello, ${name}, from a bundled front end`;
}
