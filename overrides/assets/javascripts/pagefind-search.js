// Search through Pagefind's index in Material's search box, for archives too large for the
// index Material builds in the browser. Pagefind fetches only the index chunks a query needs.
// Results are built as DOM nodes from text: nothing from the index is parsed as live markup.
(() => {
  "use strict";
  const template = document.getElementById("ex-search");
  const header = document.querySelector(".md-header__inner");
  const toggle = document.getElementById("__search");
  if (!template || !header || !toggle) return;
  const config = JSON.parse(document.getElementById("__config").textContent);
  const base = new URL(config.base + "/", location.href);
  const before = header.querySelector(".md-header__source");
  header.insertBefore(template.content.cloneNode(true), before);

  const input = header.querySelector(".md-search__input");
  const meta = header.querySelector(".md-search-result__meta");
  const list = header.querySelector(".md-search-result__list");
  const limit = 20;
  let pagefind = null;
  let latest = 0;

  const load = () => {
    pagefind ??= import(new URL("pagefind/pagefind.js", base).href).then(async (module) => {
      await module.options({ baseUrl: base.pathname, excerptLength: 24 });
      module.init();
      return module;
    });
    return pagefind;
  };

  // Pagefind's excerpt is HTML with <mark> around matches: keep its text and its marks only.
  const excerpt = (html) => {
    const out = document.createElement("p");
    const parsed = new DOMParser().parseFromString(`<body>${html}</body>`, "text/html");
    for (const node of parsed.body.childNodes) {
      if (node.nodeName === "MARK") {
        const mark = document.createElement("mark");
        mark.textContent = node.textContent;
        out.append(mark);
      } else {
        out.append(document.createTextNode(node.textContent));
      }
    }
    return out;
  };

  const item = (data) => {
    const li = document.createElement("li");
    li.className = "md-search-result__item";
    const link = document.createElement("a");
    link.className = "md-search-result__link";
    link.href = new URL(data.url, location.href).href;
    const article = document.createElement("article");
    article.className = "md-search-result__article md-typeset";
    const title = document.createElement("h1");
    title.textContent = data.meta.title || data.url;
    article.append(title, excerpt(data.excerpt));
    link.append(article);
    li.append(link);
    return li;
  };

  const search = async () => {
    const query = input.value.trim();
    const ticket = ++latest;
    if (!query) {
      list.replaceChildren();
      meta.textContent = config.translations["search.result.placeholder"];
      return;
    }
    const module = await load();
    const found = await module.debouncedSearch(query, {}, 100);
    if (found === null || ticket !== latest) return; // a newer query is on its way
    const data = await Promise.all(found.results.slice(0, limit).map((r) => r.data()));
    if (ticket !== latest) return;
    const count = found.results.length;
    meta.textContent = count === 0 ? config.translations["search.result.none"]
      : count === 1 ? config.translations["search.result.one"]
        : config.translations["search.result.other"].replace("#", count);
    list.replaceChildren(...data.map(item));
  };

  input.addEventListener("focus", () => { toggle.checked = true; load(); });
  input.addEventListener("input", search);
  header.querySelector(".md-search__form").addEventListener("submit", (event) => {
    event.preventDefault();
    list.querySelector(".md-search-result__link")?.click();
  });
  toggle.addEventListener("change", () => { if (toggle.checked) input.focus(); });
  document.addEventListener("keydown", (event) => {
    if (event.key === "Escape" && toggle.checked) {
      toggle.checked = false;
      input.blur();
    } else if ((event.key === "/" || event.key === "s") && !toggle.checked
               && !(event.target instanceof HTMLInputElement)) {
      event.preventDefault();
      toggle.checked = true;
      input.focus();
    }
  });
})();
