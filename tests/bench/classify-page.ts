// Shared by the classify benchmark and the CLI/browser parity test: the content script's own
// lib/detect + lib/classify bundled with esbuild into one script for a plain page, generated
// government-style forms of any size, and a page-safe copy of saved HTML.
import { build } from 'esbuild';
import { resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');

/** An IIFE that puts analysePage and analysePageInSlices on globalThis.__formlotse. */
export async function bundleClassifier(): Promise<string> {
  const result = await build({
    stdin: {
      contents: "import { analysePage, analysePageInSlices } from './lib/detect/analyse';\n(globalThis as any).__formlotse = { analysePage, analysePageInSlices };\n",
      resolveDir: ROOT,
      loader: 'ts',
      sourcefile: 'classify-bench-entry.ts',
    },
    bundle: true,
    format: 'iife',
    target: 'chrome120',
    write: false,
    logLevel: 'silent',
  });
  const out = result.outputFiles[0];
  if (!out) throw new Error('esbuild produced no output');
  return out.text;
}

const COUNTRIES = ['Deutschland', 'Frankreich', 'Italien', 'Österreich', 'Polen', 'Spanien', 'Türkei', 'Ukraine', 'Vereinigte Staaten', 'Indien', 'Schweiz', 'Niederlande'];
const PEOPLE = ['Angaben zur antragstellenden Person', 'Angaben zum Ehegatten', 'Angaben zum Kind', 'Angaben zum Kind', 'Einladende Person'];

/** One block of a German application (25 controls): the label routes real portals use. */
function block(i: number): string {
  const p = `p${i}`;
  const countries = COUNTRIES.map((c, j) => `<option value="C${j}">${c}</option>`).join('');
  const days = Array.from({ length: 31 }, (_, d) => `<option>${d + 1}</option>`).join('');
  const months = Array.from({ length: 12 }, (_, m) => `<option>${m + 1}</option>`).join('');
  const years = Array.from({ length: 80 }, (_, y) => `<option>${1940 + y}</option>`).join('');
  return `<fieldset><legend>${PEOPLE[i % PEOPLE.length]} (${i + 1})</legend>
  <div class="row"><label for="${p}-name">Familienname</label><input id="${p}-name" name="person[${i}].familienname"></div>
  <div class="row"><label for="${p}-gebname">Geburtsname</label><input id="${p}-gebname" name="person[${i}].geburtsname"></div>
  <div class="row"><label>Vorname(n) <input name="person[${i}].vorname"></label></div>
  <div class="row"><span id="${p}-geb">Geburtsdatum</span>
    <select aria-labelledby="${p}-geb" name="person[${i}].gebTag"><option value="">TT</option>${days}</select>
    <select name="person[${i}].gebMonat"><option value="">MM</option>${months}</select>
    <select name="person[${i}].gebJahr"><option value="">JJJJ</option>${years}</select></div>
  <div class="row"><div>Geburtsort</div><input name="person[${i}].geburtsort"></div>
  <div class="row"><label for="${p}-sta">Staatsangehörigkeit</label><select id="${p}-sta" name="person[${i}].sta">${countries}</select></div>
  <div class="row" role="radiogroup" aria-label="Geschlecht">
    <label><input type="radio" name="person[${i}].geschlecht" value="m"> männlich</label>
    <label><input type="radio" name="person[${i}].geschlecht" value="w"> weiblich</label>
    <label><input type="radio" name="person[${i}].geschlecht" value="d"> divers</label></div>
  <div class="row"><label for="${p}-str">Straße</label><input id="${p}-str" name="person[${i}].strasse">
    <label for="${p}-hnr">Hausnummer</label><input id="${p}-hnr" name="person[${i}].hnr" maxlength="6"></div>
  <div class="row"><p>PLZ / Ort</p><input name="person[${i}].plz" maxlength="5"><input name="person[${i}].ort"></div>
  <div class="row"><label for="${p}-land">Land</label><select id="${p}-land" name="person[${i}].land">${countries}</select></div>
  <div class="row"><input type="email" name="person[${i}].email" placeholder="E-Mail-Adresse"></div>
  <div class="row"><input type="tel" name="person[${i}].tel" aria-label="Telefonnummer (tagsüber)"></div>
  <div class="row"><label for="${p}-idnr">Steuerliche Identifikationsnummer</label><input id="${p}-idnr" name="person[${i}].idnr" aria-describedby="${p}-idnr-hint"><small id="${p}-idnr-hint">11 Ziffern, siehe Steuerbescheid</small></div>
  <div class="row"><label for="${p}-beruf">Beruf</label><input id="${p}-beruf" name="person[${i}].beruf"></div>
  <div class="row"><label for="${p}-iban">IBAN</label><input id="${p}-iban" name="person[${i}].iban"></div>
  <div class="row"><label for="${p}-az">Aktenzeichen</label><input id="${p}-az" name="person[${i}].az"></div>
  <div class="row"><label for="${p}-bem">Bemerkungen</label><textarea id="${p}-bem" name="person[${i}].bemerkung"></textarea></div>
  <div class="row"><label><input type="checkbox" name="person[${i}].einw" value="1"> Ich willige in die Verarbeitung meiner Daten ein.</label></div>
  <div class="row"><label for="${p}-od">Ort, Datum</label><input id="${p}-od" name="person[${i}].ortDatum"></div>
</fieldset>`;
}

export const CONTROLS_PER_BLOCK = 25;

/** A form with exactly `controls` fillable controls, a multiple of 25. */
export function generatedForm(controls: number): string {
  if (controls % CONTROLS_PER_BLOCK !== 0) throw new Error(`generatedForm: ${controls} is not a multiple of ${CONTROLS_PER_BLOCK}`);
  const blocks = controls / CONTROLS_PER_BLOCK;
  const body = Array.from({ length: blocks }, (_, i) => block(i)).join('\n');
  return `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Antrag</title></head><body>
<h1>Antrag auf Leistungen</h1><form id="antrag">${body}</form></body></html>`;
}

const SCRIPT_OR_STYLE = /<!--[\s\S]*?-->|<(script|style)\b((?:[^>"']|"[^"]*"|'[^']*')*)>[\s\S]*?<\/\1\s*>/gi;

/** Saved HTML without the contents of its scripts and styles: the same elements, nothing runs. */
export function inertHtml(html: string): string {
  return html.replace(SCRIPT_OR_STYLE, (match, tag: string | undefined, attrs: string) => (tag ? `<${tag}${attrs}></${tag}>` : match));
}
