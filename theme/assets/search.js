// Search for the DigestSite built-in theme: fetches search-index.json once and filters it as the reader types.
// No dependencies. Results are built with DOM nodes and textContent, never innerHTML, so digest text is never
// read as markup. Without this script the page shows its fallback links instead.
(function () {
  "use strict";

  var root = document.querySelector("[data-search]");
  if (!root || !window.fetch) return;

  var form = root.querySelector("[data-search-form]");
  var input = root.querySelector("[data-search-input]");
  var status = root.querySelector("[data-search-status]");
  var list = root.querySelector("[data-search-results]");
  var fallback = root.querySelector("[data-search-fallback]");
  var MAX_SHOWN = 50;
  var entries = [];

  // Lower case without accents, so "sao tome" finds "São Tomé".
  function fold(text) {
    return String(text || "").normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  }

  function prepare(item) {
    var topics = Array.isArray(item.topics) ? item.topics : [];
    return {
      item: item,
      title: fold(item.title),
      topics: fold(topics.join(" \u0001 ")),
      summary: fold(item.summary)
    };
  }

  // Every word must appear somewhere; a word in the title counts most, then in a topic, then in the summary.
  function score(entry, words) {
    var total = 0;
    for (var i = 0; i < words.length; i++) {
      var w = words[i];
      var s = 0;
      if (entry.title.indexOf(w) >= 0) s += 3;
      if (entry.topics.indexOf(w) >= 0) s += 2;
      if (entry.summary.indexOf(w) >= 0) s += 1;
      if (s === 0) return 0;
      total += s;
    }
    return total;
  }

  function search(query) {
    var words = fold(query).split(/\s+/).filter(Boolean);
    if (words.length === 0) return null;
    var hits = [];
    for (var i = 0; i < entries.length; i++) {
      var s = score(entries[i], words);
      // The index is newest first; keeping the position makes equal scores stay newest first.
      if (s > 0) hits.push({ score: s, order: i, item: entries[i].item });
    }
    hits.sort(function (a, b) { return b.score - a.score || a.order - b.order; });
    return hits;
  }

  function element(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  var MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December"];

  // "2026-11-18T00:00:00+00:00" as the pages show dates, "18 November 2026". The date part is already in the
  // site's time zone, so it is read as written rather than through the reader's clock.
  function dateText(iso) {
    var m = /^(\d{4})-(\d{2})-(\d{2})/.exec(String(iso));
    return m ? Number(m[3]) + " " + MONTHS[Number(m[2]) - 1] + " " + m[1] : String(iso);
  }

  function renderHit(item) {
    var li = element("li", "search-result");
    var title = element("h2", "summary-title");
    var link = element("a", null, item.title);
    link.href = item.url;
    title.appendChild(link);
    li.appendChild(title);
    if (item.date) {
      var meta = element("p", "meta");
      var time = element("time", null, dateText(item.date));
      time.setAttribute("datetime", item.date);
      meta.appendChild(time);
      if (item.topics && item.topics.length) meta.appendChild(document.createTextNode(" · " + item.topics.join(", ")));
      li.appendChild(meta);
    }
    if (item.summary) li.appendChild(element("p", "summary", item.summary));
    return li;
  }

  function show(query) {
    var hits = search(query);
    list.textContent = "";
    if (hits === null) {
      status.textContent = "Type a word or two: a place, a person, a subject.";
      return;
    }
    var shown = Math.min(hits.length, MAX_SHOWN);
    for (var i = 0; i < shown; i++) list.appendChild(renderHit(hits[i].item));
    if (hits.length === 0) status.textContent = "No digest matches \u201c" + query.trim() + "\u201d.";
    else if (hits.length === 1) status.textContent = "1 digest matches.";
    else if (shown < hits.length) status.textContent = hits.length + " digests match; the best " + shown + " are shown.";
    else status.textContent = hits.length + " digests match.";
  }

  // Keep the query in the address, so a search can be shared and survives going back.
  function remember(query) {
    if (!window.history || !history.replaceState) return;
    var url = new URL(window.location.href);
    if (query.trim()) url.searchParams.set("q", query); else url.searchParams.delete("q");
    history.replaceState(null, "", url.toString());
  }

  form.hidden = false;
  fallback.hidden = true;
  input.value = new URLSearchParams(window.location.search).get("q") || "";
  status.textContent = "Loading the index\u2026";

  fetch(root.getAttribute("data-index-url"), { credentials: "same-origin" })
    .then(function (response) {
      if (!response.ok) throw new Error("HTTP " + response.status);
      return response.json();
    })
    .then(function (index) {
      entries = (Array.isArray(index) ? index : []).map(prepare);
      input.addEventListener("input", function () {
        show(input.value);
        remember(input.value);
      });
      form.addEventListener("submit", function (event) {
        event.preventDefault();
        show(input.value);
      });
      show(input.value);
      input.focus();
    })
    .catch(function () {
      status.textContent = "The search index could not be loaded.";
      fallback.hidden = false;
    });
})();
