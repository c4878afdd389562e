// Full-text search on /search/ with Pagefind's JS API (index in ./pagefind/, plus its shards on a large archive).
// Loaded only by the search page. No inline styles or HTML from the index: results are built as DOM nodes.
const form = document.querySelector('[data-search-form]');
const input = form && form.querySelector('input[name="q"]');
const status = document.getElementById('search-status');
const list = document.getElementById('search-results');
const noJs = document.querySelector('[data-search-nojs]');
const siteRoot = new URL('./', import.meta.url);

if (form && input && status && list) {
  if (noJs) noJs.hidden = true;
  let pagefind;
  let seq = 0;
  const lang = document.documentElement.lang || undefined;
  const locales = navigator.languages && navigator.languages.length ? [...navigator.languages] : lang;
  const dayFormat = new Intl.DateTimeFormat(locales, { weekday: 'short', year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' });

  const load = async () => {
    if (!pagefind) {
      pagefind = await import(new URL('pagefind/pagefind.js', siteRoot).href);
      await pagefind.options({ baseUrl: siteRoot.pathname, excerptLength: 24 });
      await pagefind.init();
      // A large archive's index comes in shards (pagefind/shards.json lists the others): search them all.
      const listed = await fetch(new URL('pagefind/shards.json', siteRoot)).then((r) => (r.ok ? r.json() : []), () => []);
      const shards = Array.isArray(listed) ? listed.filter((p) => typeof p === 'string' && /^pagefind\/shards\/\d+\/$/.test(p)) : [];
      await Promise.all(shards.map((p) => pagefind.mergeIndex(new URL(p, siteRoot).pathname, { baseUrl: siteRoot.pathname, excerptLength: 24 })));
    }
    return pagefind;
  };

  const formatDay = (day) => {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day || '');
    return m ? dayFormat.format(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : day || '';
  };

  // Pagefind excerpts mark hits with <mark>; keep only text and <mark>, never other markup.
  const excerptNodes = (excerpt) => {
    const doc = new DOMParser().parseFromString(`<body>${excerpt}</body>`, 'text/html');
    return [...doc.body.childNodes].map((node) => {
      if (node.nodeName === 'MARK') {
        const mark = document.createElement('mark');
        mark.textContent = node.textContent;
        return mark;
      }
      return document.createTextNode(node.textContent || '');
    });
  };

  const el = (tag, className, text) => {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text != null) node.textContent = text;
    return node;
  };

  const render = (items, query, total) => {
    list.replaceChildren(
      ...items.map((item) => {
        const meta = item.meta || {};
        const li = el('li', 'search-result');
        const heading = el('h2', 'search-result-title');
        const link = el('a', null, meta.title || item.url);
        link.href = item.url;
        heading.append(link);
        const facts = el('p', 'search-result-meta');
        const type = meta.type === 'article' ? 'Article' : meta.kind === 'scheduled' ? 'Scheduled' : 'Event';
        const time = el('time', null, formatDay(meta.day));
        if (meta.day) time.dateTime = meta.day;
        facts.append(el('span', 'search-result-type', type), ' · ', time);
        if (meta.outlet) facts.append(' · ', el('span', 'search-result-outlet', meta.outlet));
        const excerpt = el('p', 'search-result-excerpt');
        excerpt.append(...excerptNodes(item.excerpt || ''));
        li.append(heading, facts, excerpt);
        return li;
      }),
    );
    status.textContent = query
      ? items.length === 0
        ? `No results for “${query}”.`
        : total > items.length
          ? `The first ${items.length} of ${total} results for “${query}”.`
          : `${items.length} result${items.length === 1 ? '' : 's'} for “${query}”.`
      : '';
  };

  const run = async (query) => {
    const mine = ++seq;
    query = query.trim();
    if (!query) {
      render([], '', 0);
      return;
    }
    status.textContent = 'Searching…';
    try {
      const pf = await load();
      const search = await pf.search(query);
      if (mine !== seq || !search) return;
      const items = await Promise.all(search.results.slice(0, 30).map((r) => r.data()));
      if (mine !== seq) return;
      render(items, query, search.results.length);
    } catch (error) {
      if (mine === seq) status.textContent = 'Search is unavailable right now.';
      console.warn('search:', error);
    }
  };

  const params = new URLSearchParams(location.search);
  const initial = params.get('q') || '';
  input.value = initial;
  let timer;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      const url = new URL(location.href);
      if (input.value.trim()) url.searchParams.set('q', input.value.trim());
      else url.searchParams.delete('q');
      history.replaceState(null, '', url);
      run(input.value);
    }, 200);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    const url = new URL(location.href);
    url.searchParams.set('q', input.value.trim());
    history.replaceState(null, '', url);
    run(input.value);
  });
  if (initial) run(initial);
}
