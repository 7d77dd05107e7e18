// Derives core/traditional-chinese.json from OpenCC's dictionaries (opencc-js, a development
// dependency): every CJK ideograph that Taiwan's or Hong Kong's standard writes differently from
// mainland China's, and that converts to one other character. Run `node scripts/traditional-chinese.mjs`
// after upgrading opencc-js; a test checks that the committed table is what this derives.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as OpenCC from 'opencc-js';

/** The table: traditional character → simplified character, sorted by code point. */
export function traditionalToSimplified() {
  const converters = [OpenCC.Converter({ from: 'tw', to: 'cn' }), OpenCC.Converter({ from: 'hk', to: 'cn' })];
  const table = {};
  // CJK Unified Ideographs and Extension A: every one a single UTF-16 code unit, so folding keeps offsets.
  for (let code = 0x3400; code <= 0x9fff; code++) {
    const char = String.fromCharCode(code);
    for (const convert of converters) {
      const simplified = convert(char);
      if (simplified !== char && simplified.length === 1 && table[char] === undefined) table[char] = simplified;
    }
  }
  // Folding twice must change nothing: a character that converts to one that converts again goes straight to the last.
  for (const char of Object.keys(table)) while (table[table[char]] !== undefined) table[char] = table[table[char]];
  return table;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const file = fileURLToPath(new URL('../core/traditional-chinese.json', import.meta.url));
  writeFileSync(file, `${JSON.stringify(traditionalToSimplified())}\n`);
  console.log(`wrote ${file}`);
}
