// Label rows above input rows: a table (or a grid of divs) whose first row names the columns and
// whose next rows hold the inputs, as in the children tables of German benefit forms
// ("Vorname | Geburtsdatum | Verwandtschaftsverhältnis") and many travel-booking passenger grids.
import { visibleText } from './text';

const CONTROLS = 'input, select, textarea';
const MAX_HEADER = 80;

function columnOf(cell: Element, row: Element): number {
  let col = 0;
  for (let c = row.firstElementChild; c && c !== cell; c = c.nextElementSibling) col += Number(c.getAttribute('colspan')) || 1;
  return col;
}

function cellAt(row: Element, col: number): Element | null {
  let at = 0;
  for (let c = row.firstElementChild; c; c = c.nextElementSibling) {
    const span = Number(c.getAttribute('colspan')) || 1;
    if (col >= at && col < at + span) return c;
    at += span;
  }
  return null;
}

/**
 * What sameWidth reads of a row: its children's colspan attributes and its width. Rows are
 * compared once per control beneath them (a fieldset of 25 controls against the one before it),
 * so the per-analysis GridCache reads each row's children once, not once per control.
 */
interface RowShape {
  spans: (string | null)[];
  width: number;
}

function shapeOf(row: Element, cache: GridCache | undefined): RowShape {
  let shape = cache?.shapes.get(row);
  if (!shape) {
    const spans: (string | null)[] = [];
    for (let c = row.firstElementChild; c; c = c.nextElementSibling) spans.push(c.getAttribute('colspan'));
    let width = 0;
    for (const span of spans) width += Number(span) || 1;
    shape = { spans, width };
    cache?.shapes.set(row, shape);
  }
  return shape;
}

/** Equal column counts, without counting past the shorter row. */
function sameWidth(a: Element, b: Element, cache: GridCache | undefined): boolean {
  const x = shapeOf(a, cache);
  const y = shapeOf(b, cache);
  let i = 0;
  while (i < x.spans.length && i < y.spans.length && x.spans[i] === y.spans[i]) i++;
  const xDone = i >= x.spans.length;
  const yDone = i >= y.spans.length;
  return xDone && yDone ? true : !xDone && !yDone ? x.width === y.width : false;
}

function hasControls(el: Element, cache: GridCache | undefined): boolean {
  let known = cache?.controls.get(el);
  if (known === undefined) {
    known = el.querySelector(CONTROLS) !== null;
    cache?.controls.set(el, known);
  }
  return known;
}

/** Row facts remembered for one analysis of one page (never across analyses: the DOM may change). */
export interface GridCache {
  shapes: Map<Element, RowShape>;
  controls: Map<Element, boolean>;
  rows: Map<Element, RowFacts>;
}

export function gridCache(): GridCache {
  return { shapes: new Map(), controls: new Map(), rows: new Map() };
}

/**
 * What a row (any parent of a control's cell) says whatever the cell: whether it can be a grid row
 * at all, and the header row above it if any. Every control of a fieldset, form or table shares
 * these ancestors, so they are worked out once per row, not once per control.
 */
interface RowFacts {
  isTableRow: boolean;
  /** A table row, or a row of two or more children. */
  gridRow: boolean;
  /** The nearest row above of the same width without controls (within reach), and how many rows up. */
  header: Element | null;
  distance: number;
  /** The first cell holds text and no control (a row header); worked out on first ask. */
  headed?: boolean;
}

function rowFacts(row: Element, cache: GridCache | undefined): RowFacts {
  let facts = cache?.rows.get(row);
  if (facts) return facts;
  const isTableRow = row.nodeName === 'TR';
  // Two or more children, tested in O(1): childElementCount counts them one by one in Blink.
  facts = { isTableRow, gridRow: isTableRow || row.firstElementChild !== row.lastElementChild, header: null, distance: 0 };
  if (facts.gridRow) {
    let above = rowAbove(row);
    // In a table, skip up over earlier input rows (the children table's row 1, row 2…); div
    // grids are read one row up only, since their "rows" may be whole sections of the form.
    const reach = isTableRow ? MAX_ROWS : 1;
    for (let n = 1; above && n <= reach; n++, above = rowAbove(above)) {
      if (isTableRow) {
        if (above.nodeName !== 'TR') break;
        // A row of one cell across the table, right above, labels the row below it ("Code postal /
        // Commune" over two inputs, CAF); further up, past rows of inputs, it is a subheading of
        // those rows ("Wohnanschrift (Elternteil 2 nur ausfüllen, wenn abweichend)" over "Straße",
        // "PLZ", "Telefon", Elterngeld Bayern, held-out set 25), not the columns' names.
        if (n > 1 && above.firstElementChild === above.lastElementChild && shapeOf(row, cache).width > 1) continue;
        if (!sameWidth(above, row, cache)) break;
        if (hasControls(above, cache)) continue;
      } else if (above.nodeName !== row.nodeName || hasControls(above, cache) || !sameWidth(above, row, cache)) {
        // One row up only: a row of controls above is no header whatever its width, and the
        // question whether it holds one (cached per row) is cheaper than reading both rows' cells.
        break;
      }
      facts.header = above;
      facts.distance = n;
      break;
    }
  }
  cache?.rows.set(row, facts);
  return facts;
}

/** Whether the row's first cell, another than `cell`, holds text and no control. */
function startsWithText(row: Element, facts: RowFacts, cell: Element, cache: GridCache | undefined): boolean {
  const first = row.firstElementChild;
  if (first === null || first === cell) return false;
  facts.headed ??= !hasControls(first, cache) && visibleText(first) !== '';
  return facts.headed;
}

/** The row above: the previous sibling, or for a table's first body row the last row of its thead. */
function rowAbove(row: Element): Element | null {
  const prev = row.previousElementSibling;
  if (prev || row.nodeName !== 'TR') return prev;
  const section = row.parentElement;
  const before = section?.previousElementSibling;
  return before && (before.nodeName === 'THEAD' || before.nodeName === 'TBODY') ? before.lastElementChild : null;
}

export interface ColumnHeader {
  text: string;
  /** Which input row below the header the control is in (1 for the first): repeated rows are repeated persons. */
  row: number;
  /** The row's first cell, before the control's, holds text and no control: a row header ("Name | [A] | [B]"). */
  rowHeader: boolean;
}

/** Table rows of inputs under one header row are read up to this many rows down. */
const MAX_ROWS = 40;

/** The header cell text above the control's cell, or null when the control is not in such a grid. */
export function columnHeader(el: Element, cache?: GridCache): ColumnHeader | null {
  let cell: Element = el;
  for (let depth = 0; depth < 4; depth++) {
    const row = cell.parentElement;
    if (!row) return null;
    const facts = rowFacts(row, cache);
    if (facts.gridRow) {
      if (facts.header) {
        const header = cellAt(facts.header, columnOf(cell, row));
        const text = header ? visibleText(header) : '';
        if (text && text.length <= MAX_HEADER) return { text, row: facts.distance, rowHeader: startsWithText(row, facts, cell, cache) };
      }
      if (facts.isTableRow) return null;
    }
    cell = row;
  }
  return null;
}
