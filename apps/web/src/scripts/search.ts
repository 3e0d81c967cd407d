// The search page: loads the language's index on the first query and shows matches grouped by kind.
// Results are built with textContent, never as HTML.
import { matchDocuments, type SearchDoc } from '../lib/search-match.js';

const form = document.querySelector<HTMLFormElement>('#search-form');
const input = document.querySelector<HTMLInputElement>('#search-input');
const output = document.querySelector<HTMLElement>('#search-results');

if (form && input && output) {
  let index: Promise<SearchDoc[]> | undefined;
  const load = () => {
    index ??= fetch(output.dataset.index!)
      .then((response) => response.json() as Promise<{ docs: SearchDoc[] }>)
      .then((data) => data.docs);
    return index;
  };
  const groups = ['article', 'actor', 'event'] as const;

  const show = async (query: string) => {
    const results = matchDocuments(await load(), query);
    output.replaceChildren();
    let total = 0;
    for (const kind of groups) {
      const docs = results[kind];
      if (docs.length === 0) continue;
      total += docs.length;
      const section = document.createElement('section');
      const heading = document.createElement('h2');
      heading.textContent = output.dataset[`label${kind[0]!.toUpperCase()}${kind.slice(1)}`] ?? kind;
      const list = document.createElement('ul');
      list.className = 'entry-list';
      list.dataset.kind = kind;
      for (const doc of docs) {
        const item = document.createElement('li');
        const meta = document.createElement('span');
        meta.className = 'entry-meta';
        meta.textContent = doc.m;
        const link = document.createElement('a');
        link.href = doc.u;
        link.className = 'entry-title';
        link.textContent = doc.t;
        item.append(meta, document.createElement('br'), link);
        list.append(item);
      }
      section.append(heading, list);
      output.append(section);
    }
    if (total === 0 && query.trim() !== '') {
      const none = document.createElement('p');
      none.textContent = output.dataset.none ?? '';
      output.append(none);
    }
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const query = input.value;
    history.replaceState(null, '', query ? `?q=${encodeURIComponent(query)}` : location.pathname);
    void show(query);
  });
  const initial = new URLSearchParams(location.search).get('q');
  if (initial) {
    input.value = initial;
    void show(initial);
  }
}
