/**
 * Test helper: replaces a file carefully, alternating two contents, until it is killed. The
 * data-safety test kills it at a random moment and checks the file holds one content whole.
 * Usage: tsx write-forever.ts FILE A_BYTES B_BYTES
 */
import { writeFileCarefully } from '../../src/safe-write.js';

const [file, a, b] = process.argv.slice(2) as [string, string, string];
const contents = [Buffer.alloc(Number(a), 'a'), Buffer.alloc(Number(b), 'b')];
process.stdout.write('ready\n');
for (let i = 0; ; i++) await writeFileCarefully(file, contents[i % 2]!);
