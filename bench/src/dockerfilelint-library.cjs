// dockerfilelint's library over many files in one process, as a tool built on it would run it:
// each file read and checked, a file it throws on counted and skipped (its CLI stops the whole run
// at the first such file). Prints JSON: files checked, files it threw on, findings.
// Usage: node dockerfilelint-library.cjs PEERS_DIR FILE...
const fs = require('node:fs');
const path = require('node:path');
const [peers, ...files] = process.argv.slice(2);
const dockerfilelint = require(path.join(peers, 'node_modules', 'dockerfilelint'));
let findings = 0;
let threw = 0;
for (const file of files) {
  try {
    findings += dockerfilelint.run(path.dirname(path.resolve(file)), fs.readFileSync(file, 'utf8')).length;
  } catch {
    threw++;
  }
}
process.stdout.write(`${JSON.stringify({ files: files.length, threw, findings })}\n`);
