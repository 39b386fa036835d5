/**
 * Building the page without innerHTML: every text goes in as a text node, so a note holding
 * `<img src=x onerror=…>` is shown as those characters and never parsed.
 */
import { formatNorwegian, isIsoDate } from '../domain/calendar';

type Child = Node | string | number | null | undefined | false;
type Attrs = Record<string, string | number | boolean | null | undefined | ((e: Event) => void)>;

export function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (typeof v === 'function') node.addEventListener(k.slice(2), v);
    else if (v === true) node.setAttribute(k, '');
    else if (v !== false && v !== null && v !== undefined) node.setAttribute(k, String(v));
  }
  append(node, ...children);
  return node;
}

export function append(node: Node, ...children: Child[]): void {
  for (const c of children) if (c !== null && c !== undefined && c !== false) node.appendChild(typeof c === 'object' ? c : document.createTextNode(String(c)));
}

export function clear(node: Node): void {
  while (node.firstChild) node.removeChild(node.firstChild);
}

/** `yyyy-MM-dd` → `dd.mm.yyyy`; blank stays blank. */
export function showDate(iso: string | null | undefined): string {
  return iso && isIsoDate(iso) ? formatNorwegian(iso) : '';
}

let uid = 0;
export function newId(prefix: string): string {
  uid += 1;
  return `${prefix}-${uid}`;
}
