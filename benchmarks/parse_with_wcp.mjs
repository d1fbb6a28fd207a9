// Parse an export with the npm package whatsapp-chat-parser (4.x) and print
// "<messages> <parse seconds>". Used by bench_reader.py for comparison only.
import { readFileSync } from "node:fs";
import { parseString } from "whatsapp-chat-parser";

const started = process.hrtime.bigint();
const text = readFileSync(process.argv[2], "utf8");
const messages = parseString(text);
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
console.log(`${messages.length} ${seconds.toFixed(3)}`);
