// Filters the timeline's event list by type, year, actor and place, keeping the choice in the URL
// (?type=…&year=…) so a filtered view can be linked. Without JavaScript the form is not shown
// (`.js-only`) and the whole list shows.
const form = document.querySelector<HTMLFormElement>('#timeline-filters');
const list = document.querySelector<HTMLElement>('#timeline-events');
const shown = document.querySelector<HTMLOutputElement>('#timeline-shown');

if (form && list && shown) {
  const items = [...list.querySelectorAll<HTMLElement>(':scope > li')];
  const fields = ['type', 'year', 'actor', 'place'] as const;
  const has = (list: string | undefined, value: string) => (list ?? '').split(' ').includes(value);

  const apply = () => {
    const chosen = Object.fromEntries(
      fields.map((field) => [field, String(new FormData(form).get(field) ?? '')]),
    );
    let count = 0;
    for (const item of items) {
      const match =
        (!chosen.type || item.dataset.type === chosen.type) &&
        (!chosen.year || item.dataset.year === chosen.year) &&
        (!chosen.actor || has(item.dataset.actors, chosen.actor)) &&
        (!chosen.place || has(item.dataset.places, chosen.place));
      item.hidden = !match;
      if (match) count += 1;
    }
    shown.value = String(count);
    const query = new URLSearchParams(Object.entries(chosen).filter(([, value]) => value !== ''));
    history.replaceState(null, '', query.size > 0 ? `?${query}` : location.pathname);
  };

  const initial = new URLSearchParams(location.search);
  for (const field of fields) {
    const select = form.elements.namedItem(field);
    const value = initial.get(field);
    if (select instanceof HTMLSelectElement && value && [...select.options].some((o) => o.value === value)) {
      select.value = value;
    }
  }
  form.addEventListener('change', apply);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    apply();
  });
  apply();
}

// A module, not a global script: each filter's top-level names stay its own.
export {};
