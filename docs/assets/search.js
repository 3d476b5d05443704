// Header search: one Pagefind bundle per language (pagefind/fr, pagefind/ar), each
// with its own stemmer, queried together; results merged by score. Facets (language,
// year, actor) come from both bundles' filters. Loaded on first use only.
const root = document.querySelector("[data-archive-search]");
const LANGS = ["fr", "ar"];

if (root) {
  const input = root.querySelector("input");
  const panel = root.querySelector(".archive-search__panel");
  const status = root.querySelector(".archive-search__status");
  const list = root.querySelector(".archive-search__results");
  const selects = [...root.querySelectorAll("select[data-filter]")];
  const siteRoot = new URL(root.dataset.base, document.baseURI);
  let bundles = null;
  let searchId = 0;
  let timer = null;

  const text = (tag, value, cls) => {
    const el = document.createElement(tag);
    el.textContent = value;
    if (cls) el.className = cls;
    return el;
  };

  // One Pagefind module instance per language bundle: each loads its own stemmer (two
  // instances of one module would share its WebAssembly state). Every bundle ships the same
  // pagefind.js, so it is downloaded once and instantiated per bundle from blob: URLs, each
  // told where its bundle lives. No web worker: a first query downloads only the module, the
  // stemmers and the index chunks it needs.
  let moduleText = null;
  async function importPagefind(lang) {
    const url = new URL(`pagefind/${lang}/pagefind.js`, siteRoot);
    moduleText ??= fetch(url).then((response) => (response.ok ? response.text() : null));
    const source = await moduleText.catch(() => null);
    if (!source) return import(url.href);
    const blob = URL.createObjectURL(new Blob([source], { type: "text/javascript" }));
    try {
      return await import(blob);
    } finally {
      URL.revokeObjectURL(blob);
    }
  }

  async function load() {
    if (!bundles) {
      bundles = Promise.all(
        LANGS.map(async (lang) => {
          try {
            const pf = await importPagefind(lang);
            const basePath = new URL(`pagefind/${lang}/`, siteRoot).pathname;
            await pf.options({ basePath, baseUrl: siteRoot.pathname, excerptLength: 24, noWorker: true });
            await pf.init();
            return { lang, pf };
          } catch (error) {
            console.warn(`search: no ${lang} index`, error);
            return null;
          }
        }),
      )
        .then((loaded) => loaded.filter(Boolean));
    }
    return bundles;
  }

  // Facets are filled when the reader reaches for them, so a first query does not
  // download every filter chunk.
  let filled = null;
  function ensureFilters() {
    filled ??= load().then(fillFilters);
    return filled;
  }

  async function fillFilters(found) {
    const counts = {};
    for (const { pf } of found) {
      const filters = await pf.filters();
      for (const [key, values] of Object.entries(filters)) {
        counts[key] ??= {};
        for (const [value, n] of Object.entries(values)) counts[key][value] = (counts[key][value] ?? 0) + n;
      }
    }
    for (const select of selects) {
      const key = select.dataset.filter;
      const values = Object.keys(counts[key] ?? {});
      values.sort(key === "year" ? (a, b) => b.localeCompare(a) : (a, b) => a.localeCompare(b));
      for (const value of values) {
        const label = key === "lang" ? root.dataset[`lang${value[0].toUpperCase()}${value.slice(1)}`] ?? value : value;
        const option = text("option", `${label} (${counts[key][value]})`);
        option.value = value;
        select.append(option);
      }
    }
  }

  function chosenFilters() {
    if (!filled) return {};
    const filters = {};
    for (const select of selects) if (select.value) filters[select.dataset.filter] = [select.value];
    return filters;
  }

  // Pagefind excerpts are escaped text with <mark> around matches: rebuild them as nodes.
  function excerptNode(excerpt) {
    const p = document.createElement("p");
    excerpt.split(/(<mark>.*?<\/mark>)/).forEach((part) => {
      const marked = part.startsWith("<mark>");
      const raw = marked ? part.slice(6, -7) : part;
      const decoded = new DOMParser().parseFromString(raw, "text/html").documentElement.textContent;
      p.append(marked ? text("mark", decoded) : document.createTextNode(decoded));
    });
    return p;
  }

  // Results come a page at a time (10, or data-page-size): each costs one fragment download.
  const pageSize = () => Number(root.dataset.pageSize) || 10;
  let shown = null;
  const more = text("button", root.dataset.more, "archive-search__more");
  more.type = "button";
  more.addEventListener("click", () => showMore());

  async function showMore() {
    const batch = shown.hits.slice(shown.next, shown.next + pageSize());
    shown.next += batch.length;
    const loaded = await Promise.all(batch.map(async ({ lang, r }) => ({ lang, data: await r.data() })));
    if (shown.id !== searchId) return;
    const kept = loaded.filter(({ data }) => isRealMatch(data, shown.term));
    // Pagefind's prefix fallback ("Savchenko" → "sa") yields results with no real match.
    if (kept.length < loaded.length) shown.total = list.children.length + kept.length;
    render(kept, shown.total);
    more.hidden = kept.length < loaded.length || shown.next >= shown.hits.length;
    setTimeout(ensureFilters, 800);
  }

  function render(items, total) {
    const lang = document.documentElement.lang;
    const forms = JSON.parse(root.dataset.count);
    const form = forms[new Intl.PluralRules(lang).select(total)] ?? forms.other;
    status.textContent = total ? form.replace("{n}", total.toLocaleString(lang)) : root.dataset.none;
    for (const { lang, data } of items) {
      const li = document.createElement("li");
      li.lang = lang;
      li.dir = lang === "ar" ? "rtl" : "ltr";
      const link = text("a", data.meta.title || data.url);
      link.href = new URL(data.url.replace(/^\//, ""), siteRoot).href;
      li.append(link);
      const meta = [data.meta.date, root.dataset[`lang${lang[0].toUpperCase()}${lang.slice(1)}`]].filter(Boolean).join(" · ");
      li.append(text("span", meta, "archive-search__meta"));
      // Matches only in the hidden tail (names in the other script) make a poor excerpt.
      const tail = Number(data.meta.tail || 0);
      const inBody = (data.locations ?? []).some((at) => at < data.word_count - tail - 2);
      const title = data.meta.title || "";
      const body = data.content.startsWith(title) ? data.content.slice(title.length) : data.content;
      const lead = body.replace(/^[\s.]+/, "").split(/\s+/).slice(0, 40).join(" ");
      li.append(inBody ? excerptNode(data.excerpt) : text("p", `${lead} …`));
      list.append(li);
    }
    list.after(more);
  }

  // With no exact match Pagefind falls back to a short prefix of the query ("Savchenko"
  // → "sa"): keep a result only if a highlighted word is at least half the query word.
  function isRealMatch(data, term) {
    if (!term) return true;
    const longest = Math.max(...term.split(/\s+/).map((w) => [...w].length));
    const marked = [...data.excerpt.matchAll(/<mark>(.*?)<\/mark>/g)].map((m) => [...m[1]].length);
    return marked.some((n) => n >= Math.min(3, longest) && n >= longest / 2);
  }

  async function run() {
    const id = ++searchId;
    const term = input.value.trim();
    const filters = chosenFilters();
    const open = term !== "" || Object.keys(filters).length > 0;
    panel.hidden = !open && document.activeElement !== input;
    if (!open) {
      list.replaceChildren();
      status.textContent = "";
      return;
    }
    status.textContent = root.dataset.loading;
    const found = await load();
    const answers = await Promise.all(
      found.map(async ({ lang, pf }) => ({ lang, answer: await pf.search(term || null, { filters }) })),
    );
    if (id !== searchId) return;
    const hits = answers.flatMap(({ lang, answer }) => (answer?.results ?? []).map((r) => ({ lang, r })));
    hits.sort((a, b) => b.r.score - a.r.score);
    shown = { id, term, hits, next: 0, total: hits.length };
    list.replaceChildren();
    await showMore();
  }

  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(run, 150);
  };
  input.addEventListener("input", schedule);
  root.querySelector(".archive-search__filters").addEventListener("pointerenter", ensureFilters);
  root.querySelector(".archive-search__filters").addEventListener("focusin", ensureFilters);
  input.addEventListener("focus", () => {
    load();
    panel.hidden = false;
  });
  selects.forEach((select) => select.addEventListener("change", run));
  document.addEventListener("keydown", (event) => {
    if (event.key === "Escape" && !panel.hidden) {
      panel.hidden = true;
      input.blur();
    }
  });
  document.addEventListener("click", (event) => {
    if (!root.contains(event.target)) panel.hidden = true;
  });
}
