// usage: node label.mjs NAME URL LANG SOURCE < "selector key person" lines
import { readFileSync, writeFileSync } from 'node:fs';
const [name, url, lang, source] = process.argv.slice(2);
const fields = readFileSync(0, 'utf8').split('\n').filter((l) => l.trim() && !l.startsWith('//')).map((l) => {
  const [sel, key, person] = l.trim().split(/\s+/);
  return { selector: sel, key: key === 'null' ? null : key, person: key === 'null' ? null : (person ?? 'applicant'), original: 'hand label', score: true };
});
writeFileSync(`${name}.expected.json`, JSON.stringify({ form: `${name}.html`, url, lang, source, license: 'EUPL-1.2 (Formlotse replica; field list from the official form)', origin: {}, ground_truth: 'hand-labelled from the official field list before any rule was written for this form', fields }, null, 1) + '\n');
console.log(fields.length, 'fields,', fields.filter((f) => !f.key).length, 'null');
