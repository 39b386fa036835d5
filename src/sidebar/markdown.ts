/**
 * The user guide's Markdown drawn as DOM, for the help dialog: headings (with the anchors of domain/help.ts),
 * paragraphs, lists, quotes, **bold**, `code` and links. Text goes in as text nodes only. Pictures are left out:
 * the dialog carries no files, and the guide's text never depends on them.
 */
import { headingSlug } from '../domain/help';
import { el } from './dom';

type Inline = Node | string;

/** **bold**, `code`, [text](#anchor) and [text](https://…) within one line. */
export function inline(text: string): Inline[] {
  const out: Inline[] = [];
  const re = /\*\*([^*]+)\*\*|`([^`]+)`|\[([^\]]+)\]\(([^)\s]+)\)/g;
  let last = 0;
  for (const m of text.matchAll(re)) {
    if (m.index! > last) out.push(text.slice(last, m.index));
    if (m[1] !== undefined) out.push(el('strong', {}, m[1]));
    else if (m[2] !== undefined) out.push(el('code', {}, m[2]));
    else {
      const href = m[4]!;
      // Links inside the guide jump to the heading; others open outside the dialog. Never a javascript: URL.
      if (href.startsWith('#')) out.push(el('a', { href: `#${headingSlug(decodeURIComponent(href.slice(1)).replace(/-/g, ' '))}` }, m[3]!));
      else if (/^https:\/\//.test(href)) out.push(el('a', { href, target: '_blank', rel: 'noopener' }, m[3]!));
      else out.push(m[3]!);
    }
    last = m.index! + m[0].length;
  }
  if (last < text.length) out.push(text.slice(last));
  return out;
}

/** The headings of a Markdown text, in order (for the tests and the contents list). */
export function headings(md: string): Array<{ level: number; text: string }> {
  return md.split('\n').map((l) => /^(#{1,4})\s+(.+?)\s*$/.exec(l)).filter((m): m is RegExpExecArray => m !== null).map((m) => ({ level: m[1]!.length, text: m[2]! }));
}

export function renderMarkdown(md: string): DocumentFragment {
  const root = document.createDocumentFragment();
  let list: HTMLElement | null = null;
  let para: string[] = [];
  const flush = () => {
    if (para.length > 0) root.append(el('p', {}, ...inline(para.join(' '))));
    para = [];
  };
  for (const raw of md.split('\n')) {
    const line = raw.trimEnd();
    const heading = /^(#{1,4})\s+(.+)$/.exec(line);
    const item = /^\s*(?:[-*]|\d+\.)\s+(.+)$/.exec(line);
    if (heading || line === '' || /^!\[/.test(line) || /^<!--/.test(line)) {
      flush();
      list = null;
      if (heading) {
        const level = heading[1]!.length as 1 | 2 | 3 | 4;
        root.append(el(`h${level}`, { id: headingSlug(heading[2]!), tabindex: -1 }, ...inline(heading[2]!)));
      }
    } else if (item) {
      flush();
      if (!list) root.append((list = el(/^\s*\d/.test(line) ? 'ol' : 'ul', {})));
      list.append(el('li', {}, ...inline(item[1]!)));
    } else if (line.startsWith('>')) {
      flush();
      list = null;
      root.append(el('blockquote', {}, ...inline(line.replace(/^>\s?/, ''))));
    } else if (list && /^\s+\S/.test(raw)) {
      list.lastElementChild?.append(' ', ...inline(line.trim()));
    } else {
      list = null;
      para.push(line.trim());
    }
  }
  flush();
  return root;
}
