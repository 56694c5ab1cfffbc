// A select's options as FieldOptions, read from its children (options and optgroups) rather than
// through HTMLOptionElement.text/.value, which cost several times more per option in Chromium.
// Same result: text with whitespace collapsed, value defaulting to that text (HTML §4.10.10).
import { sameOptions, type FieldOption } from '../fields/snapshot';
import { countId, countSubtree, type RootFacts } from './walk';
import { cleanText } from './words';

/** Long option lists (time zones, all countries) are cut here: traits need a sample, not all. */
export const MAX_OPTIONS = 400;

/**
 * Reads the option lists of one analysis. Forms repeat their lists (days, years, countries in
 * every person block): each list is compared, option by option as it is read, with the last list
 * that began with the same option, and when it ends the same it is that list's array, with no new
 * objects made for it. One array for all of them also keeps a page of thousands of selects from
 * holding thousands of copies (garbage collection grows with them).
 *
 * The walk does not enter selects: the ids inside (options, optgroups, anything a customizable
 * select holds) are counted here, past MAX_OPTIONS too, so selectors stay unique.
 */
export class OptionReader {
  /** Lists read so far, by their first option's text, the latest last. */
  private readonly lists = new Map<string, FieldOption[][]>();
  /** The list being read: the earlier list it matches so far, or its own options once it differs. */
  private like: FieldOption[] | undefined;
  private own: FieldOption[] | null = null;
  private count = 0;
  /**
   * Lists by their select's markup (innerHTML): the same markup parses to the same options, so a
   * list repeated as it stands (the days of every date, the countries of every person block) is
   * one serialisation and one look-up, not a DOM call per option. Only lists whose reading counted
   * no id and met no element inside an option are kept: those have nothing else to count again.
   */
  private readonly byMarkup = new Map<string, FieldOption[]>();
  /** The list being read counted no id and met no markup inside its options. */
  private plain = true;

  read(select: Element, facts: RootFacts): FieldOption[] {
    const markup = select.innerHTML;
    const known = this.byMarkup.get(markup);
    if (known) return known;
    this.like = undefined;
    this.own = null;
    this.count = 0;
    this.plain = true;
    this.children(select, facts);
    const options = this.result();
    if (this.plain) this.byMarkup.set(markup, options);
    return options;
  }

  private result(): FieldOption[] {
    const like = this.like as FieldOption[] | undefined;
    let own = this.own as FieldOption[] | null;
    if (own === null) {
      if (like === undefined) return []; // no option at all
      if (this.count === like.length) return like;
      own = like.slice(0, this.count); // a shorter list than the one it began like
    }
    return this.remember(own);
  }

  private children(parent: Element, facts: RootFacts): void {
    for (let o = parent.firstElementChild; o; o = o.nextElementSibling) {
      // Most options of long lists (days, years) carry no attribute at all: hasAttributes() is a
      // cheaper question than getAttribute('value'), which converts its argument on every call.
      const attributed = o.hasAttributes();
      if (attributed) {
        const id = o.id;
        if (id) {
          countId(facts, id);
          this.plain = false;
        }
      }
      const tag = o.nodeName;
      if (tag === 'OPTGROUP') {
        this.children(o, facts);
        continue;
      }
      if (o.firstElementChild) {
        // markup inside an option, or another child (a customizable select's button), may carry ids
        countSubtree(o, facts);
        this.plain = false;
      }
      if (tag !== 'OPTION' || this.count >= MAX_OPTIONS) continue;
      // With no element inside, textContent is the option's text nodes: one DOM call, not one per node.
      const text = cleanText(o.textContent);
      this.add((attributed ? o.getAttribute('value') : null) ?? text, text);
    }
  }

  private add(value: string, text: string): void {
    if (this.count === 0) {
      const bucket = this.lists.get(text);
      this.like = bucket?.[bucket.length - 1];
    }
    let own = this.own;
    if (own === null) {
      const same = this.like?.[this.count];
      if (same && same.value === value && same.text === text) {
        this.count++;
        return;
      }
      own = this.own = this.like ? this.like.slice(0, this.count) : [];
    }
    own.push({ value, text });
    this.count++;
  }

  /** A list read in full: an equal one read before, else this one, kept for the lists after it. */
  private remember(options: FieldOption[]): FieldOption[] {
    const first = (options[0] as FieldOption).text;
    const bucket = this.lists.get(first);
    if (!bucket) {
      this.lists.set(first, [options]);
      return options;
    }
    for (const known of bucket) if (sameOptions(known, options)) return known;
    bucket.push(options);
    return options;
  }
}
