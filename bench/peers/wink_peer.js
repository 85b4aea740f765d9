// The wink-nlp peer: splits the same text files into sentences with wink-nlp
// (wink-eng-lite-web-model) and tests every sentence against the same theme
// patterns oftrack uses (exported by `oftrack_bench patterns`), each theme's
// patterns as one case-insensitive, word-bounded JavaScript RegExp.
//
//   node wink_peer.js PATTERNS.json FOLDER
//
// Prints one line of key=value pairs: files, bytes, sentences, labelled
// (sentences with at least one theme), skipped_patterns (RE2 syntax JS cannot
// read), load_s (model load), wall_s and cpu_s (reading + splitting + matching).
'use strict';
const fs = require('fs');
const path = require('path');

function listFiles(dir) {
  const out = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...listFiles(full));
    else if (/\.(txt|md)$/i.test(entry.name)) out.push(full);
  }
  return out.sort();
}

// RE2 spellings JavaScript reads differently: \x{HHHH} and inline (?i).
function toJs(pattern) {
  return pattern.replace(/\\x\{([0-9a-fA-F]+)\}/g, '\\u{$1}').replace(/\(\?i\)/g, '');
}

function compileThemes(themes) {
  let skipped = 0;
  const compiled = [];
  for (const theme of themes) {
    const ok = [];
    for (const p of theme.patterns) {
      try {
        new RegExp(toJs(p), 'iu');
        ok.push('(?:' + toJs(p) + ')');
      } catch (e) {
        skipped++;
      }
    }
    if (ok.length) compiled.push({ id: theme.id, re: new RegExp('\\b(?:' + ok.join('|') + ')\\b', 'iu') });
  }
  return { compiled, skipped };
}

function main() {
  const [patternsFile, folder] = process.argv.slice(2);
  if (!patternsFile || !folder) {
    console.error('usage: node wink_peer.js PATTERNS.json FOLDER');
    process.exit(2);
  }
  const loadStart = process.hrtime.bigint();
  const winkNLP = require('wink-nlp');
  const model = require('wink-eng-lite-web-model');
  const nlp = winkNLP(model);
  const { compiled, skipped } = compileThemes(JSON.parse(fs.readFileSync(patternsFile, 'utf8')).themes);
  const loadSeconds = Number(process.hrtime.bigint() - loadStart) / 1e9;

  const files = listFiles(folder);
  const cpuStart = process.cpuUsage();
  const start = process.hrtime.bigint();
  let bytes = 0, sentences = 0, labelled = 0;
  for (const file of files) {
    const text = fs.readFileSync(file, 'utf8');
    bytes += Buffer.byteLength(text, 'utf8');
    const doc = nlp.readDoc(text);
    for (const sentence of doc.sentences().out()) {
      sentences++;
      let any = false;
      for (const theme of compiled) {
        if (theme.re.test(sentence)) any = true;
      }
      if (any) labelled++;
    }
  }
  const wall = Number(process.hrtime.bigint() - start) / 1e9;
  const cpu = process.cpuUsage(cpuStart);
  console.log(`files=${files.length} bytes=${bytes} sentences=${sentences} labelled=${labelled} ` +
              `skipped_patterns=${skipped} load_s=${loadSeconds.toFixed(3)} wall_s=${wall.toFixed(3)} ` +
              `cpu_s=${((cpu.user + cpu.system) / 1e6).toFixed(3)} mb_per_s=${(bytes / 1e6 / wall).toFixed(3)}`);
}

main();
