// Shows or hides the network's actors by kind; a tie shows only when both its ends do.
const form = document.querySelector<HTMLFormElement>('#network-filters');
const graph = document.querySelector<SVGElement>('#network');

if (form && graph) {
  const apply = () => {
    const shown = new Set(new FormData(form).getAll('kind').map(String));
    for (const node of graph.querySelectorAll<SVGElement>('[data-kind]')) {
      node.style.display = shown.has(node.dataset.kind!) ? '' : 'none';
    }
    for (const edge of graph.querySelectorAll<SVGElement>('[data-kinds]')) {
      const [a, b] = edge.dataset.kinds!.split(' ');
      edge.style.display = shown.has(a!) && shown.has(b!) ? '' : 'none';
    }
  };
  form.addEventListener('change', apply);
  apply();
}

// A module, not a global script: each filter's top-level names stay its own.
export {};
