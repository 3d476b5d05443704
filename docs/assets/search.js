// Header search: one Pagefind bundle per language (pagefind/fr, pagefind/ar), each
// with its own stemmer. A query is searched in the bundle of its script (Latin: French,
// Arabic: Arabic; digits alone: both); the other language is reached through the actors
// the query names: search/names.json and each actor's latest articles per language, a
// few kilobytes instead of a second bundle. Once the reader picks a facet (language,
// year, actor), both bundles are searched, results merged by score. Loaded on first use.
const root = document.querySelector("[data-archive-search]");
const LANGS = ["fr", "ar"];
const ARABIC = /[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]/;
const LATIN = /[A-Za-z\u00c0-\u024f]/;

// The language whose bundle a query's script points to; null for digits alone or mixed scripts.
function scriptOf(term) {
  const arabic = ARABIC.test(term);
  return arabic === LATIN.test(term) ? null : arabic ? "ar" : "fr";
}

// Folding as the gazetteer folds names (generator/extract/normalize.py): case, Latin
// accents, Arabic marks and tatweel, alef/hamza variants, ta marbuta, alif maqsura.
const fold = (value) =>
  value
    .normalize("NFKD")
    .replace(/[\u0300-\u036f\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]/g, "")
    .replace(/[\u0623\u0625\u0622\u0671]/g, "\u0627")
    .replace(/\u0624/g, "\u0648")
    .replace(/[\u0626\u0649\u06cc]/g, "\u064a")
    .replace(/\u0629/g, "\u0647")
    .replace(/\u06a9/g, "\u0643")
    .toLowerCase();
const words = (value) => fold(value).split(/[^\p{L}\p{N}]+/u).filter(Boolean);

// Actors a query names: every query word is a word of the actor's names ("Mistura"), or
// one of the actor's names is all in the query ("Kerry Lavrov" names both). The last word
// may be a prefix of at least three letters: the reader is still typing it.
function namedActors(table, term) {
  const query = words(term);
  const last = query.length - 1;
  if (!query.some((w) => [...w].length >= 3)) return [];
  const is = (t, i) => t === query[i] || (i === last && [...query[i]].length >= 3 && t.startsWith(query[i]));
  const total = (actor) => Object.values(actor.n).reduce((a, b) => a + b, 0);
  return table.actors
    .filter((actor) => {
      const forms = actor.forms.map((form) => form.split(" "));
      const all = forms.flat();
      return query.every((_, i) => all.some((t) => is(t, i))) || forms.some((form) => form.every((t) => query.some((_, i) => is(t, i))));
    })
    .sort((a, b) => total(b) - total(a))
    .slice(0, 3);
}

if (root) {
  const input = root.querySelector("input");
  const panel = root.querySelector(".archive-search__panel");
  const status = root.querySelector(".archive-search__status");
  const list = root.querySelector(".archive-search__results");
  // The other language's articles about the actors a query names come after the results.
  const others = document.createElement("div");
  others.className = "archive-search__others";
  list.after(others);
  const selects = [...root.querySelectorAll("select[data-filter]")];
  const siteRoot = new URL(root.dataset.base, document.baseURI);
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

  // One instance per bundle, created on first use; null when a bundle is missing.
  const bundles = {};
  function bundle(lang) {
    bundles[lang] ??= (async () => {
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
    })();
    return bundles[lang];
  }
  const load = (langs = LANGS) => Promise.all(langs.map(bundle)).then((loaded) => loaded.filter(Boolean));

  const getJSON = (path) =>
    fetch(new URL(path, siteRoot))
      .then((response) => (response.ok ? response.json() : null))
      .catch(() => null);
  let names = null;
  const nameTable = () => (names ??= getJSON("search/names.json"));

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

  // Escaped text (Pagefind's excerpts, titles in search/actors/) back to text, in an inert
  // document; inside a <p>, so spaces around a match survive (a document drops leading ones).
  const asText = (raw) => new DOMParser().parseFromString(`<p>${raw}</p>`, "text/html").body.textContent;

  // Pagefind excerpts are escaped text with <mark> around matches: rebuild them as nodes.
  function excerptNode(excerpt) {
    const p = document.createElement("p");
    excerpt.split(/(<mark>.*?<\/mark>)/).forEach((part) => {
      const marked = part.startsWith("<mark>");
      const raw = marked ? part.slice(6, -7) : part;
      p.append(marked ? text("mark", asText(raw)) : document.createTextNode(asText(raw)));
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
  }

  function render(items, total) {
    const lang = document.documentElement.lang;
    const forms = JSON.parse(root.dataset.count);
    const form = forms[new Intl.PluralRules(lang).select(total)] ?? forms.other;
    // A query searched in one language says so when it finds nothing there.
    const scope = shown.scope && root.dataset[`lang${shown.scope[0].toUpperCase()}${shown.scope.slice(1)}`];
    const none = scope ? root.dataset.noneIn.replace("{lang}", scope) : root.dataset.none;
    status.textContent = total ? form.replace("{n}", total.toLocaleString(lang)) : none;
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

  // The other language's articles about the actors a query names, newest first.
  async function crossLanguage(term, searched) {
    const others = LANGS.filter((lang) => !searched.includes(lang));
    const table = others.length && term ? await nameTable() : null;
    if (!table) return [];
    return Promise.all(
      namedActors(table, term).map(async (actor) => ({
        actor,
        lists: await Promise.all(
          others
            .filter((lang) => actor.n[lang])
            .map(async (lang) => ({ lang, entries: (await getJSON(`search/actors/${actor.id}.${lang}.json`)) ?? [] })),
        ),
      })),
    );
  }

  function renderCrossLanguage(found) {
    const ui = document.documentElement.lang;
    for (const { actor, lists } of found) {
      const section = document.createElement("section");
      section.className = "archive-search__actor";
      const head = document.createElement("p");
      const link = text("a", LANGS.map((lang) => actor.name[lang]).join(" · "));
      link.href = new URL(`actors/${actor.id}/`, siteRoot).href;
      head.append(link);
      section.append(head);
      for (const { lang, entries } of lists) {
        const label = root.dataset[`section${lang[0].toUpperCase()}${lang.slice(1)}`];
        const count = root.dataset.other.replace("{section}", label).replace("{n}", actor.n[lang].toLocaleString(ui));
        section.append(text("p", count, "archive-search__meta"));
        const ol = document.createElement("ol");
        ol.className = "archive-search__results archive-search__results--other";
        for (const entry of entries) {
          const li = document.createElement("li");
          li.lang = lang;
          li.dir = lang === "ar" ? "rtl" : "ltr";
          const a = text("a", asText(entry.title));
          a.href = new URL(entry.url, siteRoot).href;
          li.append(a, text("span", entry.date, "archive-search__meta"));
          ol.append(li);
        }
        section.append(ol);
      }
      others.append(section);
    }
  }

  async function run() {
    const id = ++searchId;
    const term = input.value.trim();
    const filters = chosenFilters();
    const open = term !== "" || Object.keys(filters).length > 0;
    panel.hidden = !open && document.activeElement !== input;
    if (!open) {
      list.replaceChildren();
      others.replaceChildren();
      status.textContent = "";
      return;
    }
    status.textContent = root.dataset.loading;
    // With a facet chosen every bundle answers (each indexes actors' names in both scripts).
    const script = Object.keys(filters).length ? null : scriptOf(term);
    const langs = script ? [script] : LANGS;
    const [found, cross] = await Promise.all([load(langs), crossLanguage(term, langs)]);
    const answers = await Promise.all(
      found.map(async ({ lang, pf }) => ({ lang, answer: await pf.search(term || null, { filters }) })),
    );
    if (id !== searchId) return;
    const hits = answers.flatMap(({ lang, answer }) => (answer?.results ?? []).map((r) => ({ lang, r })));
    hits.sort((a, b) => b.r.score - a.r.score);
    shown = { id, term, hits, next: 0, total: hits.length, scope: script };
    list.replaceChildren();
    others.replaceChildren();
    await showMore();
    if (id === searchId) renderCrossLanguage(cross);
  }

  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(run, 150);
  };
  input.addEventListener("input", schedule);
  root.querySelector(".archive-search__filters").addEventListener("pointerenter", ensureFilters);
  root.querySelector(".archive-search__filters").addEventListener("focusin", ensureFilters);
  // The bundle a query will need starts loading at its first letter.
  input.addEventListener("input", () => {
    const lang = scriptOf(input.value);
    if (lang) bundle(lang);
  });
  input.addEventListener("focus", () => {
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
