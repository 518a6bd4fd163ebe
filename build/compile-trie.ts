/**
 * The character trie of the forms, built with Maps at build time and flattened for the page into
 * the integer arrays of CompiledTrie (lib/match/compiled-matcher.ts).
 */
import type { CompiledTrie } from '../lib/match/compiled-matcher';

interface BuildNode {
  children: Map<number, BuildNode>;
  /** Indices of the forms (into the list given) that end exactly here, in that list's order. */
  forms: number[];
}

export interface FlatTrie {
  trie: CompiledTrie;
  /** The forms' indices in trie order: the order CompiledForms stores them in. */
  formOrder: number[];
}

const newNode = (): BuildNode => ({ children: new Map(), forms: [] });

/** `foldedForms[i]` is form i's folded codes (build/fold-form.ts). */
export function flattenTrie(foldedForms: number[][]): FlatTrie {
  const root = newNode();
  foldedForms.forEach((codes, form) => {
    let node = root;
    for (const code of codes) {
      let next = node.children.get(code);
      if (!next) node.children.set(code, (next = newNode()));
      node = next;
    }
    node.forms.push(form);
  });

  // A node's children go together, sorted by code, right before the children of its first child:
  // a chain of single children ("…lizumab") lies node after node, one apart.
  const order = [root];
  const trie: CompiledTrie = { codes: [-1], childCounts: [], firstChildDistances: [], formCounts: [], firstForms: [] };
  const layOutChildren = (position: number) => {
    const children = [...order[position].children].sort(([a], [b]) => a - b);
    const first = order.length;
    for (const [code, child] of children) {
      order.push(child);
      trie.codes.push(code);
    }
    trie.childCounts[position] = children.length;
    trie.firstChildDistances[position] = children.length > 0 ? first - position : 0;
    children.forEach((_, index) => layOutChildren(first + index));
  };
  layOutChildren(0);

  const formOrder: number[] = [];
  for (const node of order) {
    trie.formCounts.push(node.forms.length);
    trie.firstForms.push(node.forms.length > 0 ? formOrder.length : -1);
    formOrder.push(...node.forms);
  }
  return { trie, formOrder };
}
