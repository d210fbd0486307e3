// Search for the DigestSite built-in theme. The index is split into files under /search/: a small manifest, then
// only the shards of the words typed and the records of the digests shown. No dependencies. Results are built
// with DOM nodes and textContent, never innerHTML, so digest text is never read as markup. Without this script
// the form leads to the topic index.
(function () {
  "use strict";

  var root = document.querySelector("[data-search]");
  if (!root || !window.fetch || !window.Map) return;

  function $(name) { return root.querySelector("[data-search-" + name + "]"); }
  var form = $("form"), input = $("input"), status = $("status"), list = $("results");
  var topicSelect = $("topic"), yearSelect = $("year"), pager = $("pager");
  var prevButton = $("prev"), nextButton = $("next");
  var PAGE = 10, MAX_CHECKED = 50, MAX_PREFIX_SHARDS = 3;
  var indexUrl = root.getAttribute("data-index-url");
  var base = indexUrl.replace(/[^\/]*$/, "");
  var manifest = null, shardKeys = [], stop = new Set(), files = new Map(), wordStems = new Map();
  var current = { hits: [], page: 1 }, run = 0, timer = 0;

  // As the index folds words: compatibility forms, lower case, no accents.
  function fold(text) {
    return String(text).normalize("NFKC").toLowerCase().normalize("NFD").replace(/\p{Mn}/gu, "").normalize("NFC");
  }
  // As the index splits text: letters and digits; "A.I." is one word.
  var WORD = /\p{L}(?:\.\p{L}(?![\p{L}\p{N}]))+\.?|[\p{L}\p{N}\p{M}]+/gu;
  function words(text) {
    var out = [], m;
    WORD.lastIndex = 0;
    while ((m = WORD.exec(text))) out.push({ at: m.index, text: m[0], word: fold(m[0].replace(/\./g, "")) });
    return out;
  }

  function get(path) {
    if (!files.has(path)) {
      files.set(path, fetch(base + path, { credentials: "same-origin" }).then(function (r) {
        if (!r.ok) throw new Error("HTTP " + r.status);
        return r.json();
      }));
    }
    return files.get(path);
  }

  // The shard an entry is in: the longest shard prefix it starts with.
  function shardOf(text) {
    var best = null;
    for (var i = 0; i < shardKeys.length; i++) {
      var k = shardKeys[i];
      if (text.lastIndexOf(k, 0) === 0 && (best === null || k.length > best.length)) best = k;
    }
    return best;
  }
  function shard(key) {
    return key === null ? Promise.resolve({ w: {}, t: {} }) : get("s/" + manifest.shards[key] + ".json").then(function (s) {
      for (var w in s.w) wordStems.set(w, s.w[w]);
      return s;
    });
  }

  var FINAL = "0123456789abcdefghijklmnopqrstuv", MORE = "wxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-_";
  // Postings as [gap, value, gap, value...]. A set is "!" and three lists (has it; in the title; in a topic),
  // each bits after "b" or gaps after "i": its digests count at a middle level, with the flags of the other two.
  function ids(part) {
    var out = [], i, id = -1;
    if (part.charAt(0) === "i") { decode(part.slice(1)).forEach(function (g) { out.push(id += g + 1); }); return out; }
    for (i = 1; i < part.length; i++) {
      var bits = FINAL.indexOf(part.charAt(i));
      for (var b = 0; b < 5; b++) if (bits & (1 << b)) out.push((i - 1) * 5 + b);
    }
    return out;
  }
  function pairs(text) {
    if (text.charAt(0) !== "!") return decode(text);
    var parts = text.slice(1).split("|"), flags = new Map(), out = [], last = -1;
    ids(parts[1]).forEach(function (id) { flags.set(id, 1); });
    ids(parts[2]).forEach(function (id) { flags.set(id, (flags.get(id) || 0) | 2); });
    ids(parts[0]).forEach(function (id) {
      out.push(id - last - 1, manifest.setLevel * 4 + (flags.get(id) || 0));
      last = id;
    });
    return out;
  }

  function decode(text) {
    var out = [], v = 0;
    for (var i = 0; i < text.length; i++) {
      var c = text.charAt(i), f = FINAL.indexOf(c);
      if (f >= 0) { out.push(v * 32 + f); v = 0; } else v = v * 32 + MORE.indexOf(c);
    }
    return out;
  }

  // The stems a typed word matches: its own (weight 1) and, for three letters or more, those of the words it
  // begins (weight 0.5), so "minis" finds "minister".
  function stemsOf(q) {
    var keys = [shardOf(q)];
    if (q.length >= 3) {
      var longer = shardKeys.filter(function (k) { return k.length > q.length && k.lastIndexOf(q, 0) === 0; });
      if (longer.length <= MAX_PREFIX_SHARDS) keys = keys.concat(longer);
    }
    return Promise.all(keys.map(shard)).then(function (shards) {
      var found = new Map();
      shards.forEach(function (s) {
        if (s.w[q]) found.set(s.w[q], 1);
        if (s.t[q] !== undefined) found.set(q, 1);
        if (q.length < 3) return;
        for (var w in s.w) if (w.lastIndexOf(q, 0) === 0 && !found.has(s.w[w])) found.set(s.w[w], 0.5);
        for (var t in s.t) if (t.lastIndexOf(q, 0) === 0 && !found.has(t)) found.set(t, 0.5);
      });
      return found;
    });
  }

  // Digests that have a word, each with its score: the stem's rarity times its packed BM25 part, with a bonus
  // when the word is in the title or a topic.
  function postings(q) {
    return stemsOf(q).then(function (stems) {
      var list = Array.from(stems.keys());
      return Promise.all(list.map(function (s) { return shard(shardOf(s)); })).then(function (shards) {
        var docs = new Map(), n = manifest.digests, k1 = manifest.k1, levels = manifest.levels;
        list.forEach(function (stem, i) {
          var code = shards[i].t[stem];
          if (code === undefined) return;
          var p = pairs(code), df = p.length / 2, idf = Math.log(1 + (n - df + 0.5) / (df + 0.5)), id = -1;
          for (var j = 0; j < p.length; j += 2) {
            id += p[j] + 1;
            var v = p[j + 1], part = (v >> 2) / levels * (k1 + 1) + (v & 1 ? 1.5 : 0) + (v & 2 ? 1 : 0);
            var s = idf * part * stems.get(stem), had = docs.get(id);
            if (!had || had.score < s) docs.set(id, { score: s, title: (v & 1) === 1 || !!(had && had.title) });
            else if (v & 1) had.title = true;
          }
        });
        return { docs: docs, stems: stems };
      });
    });
  }

  function parse(query) {
    var phrases = [], rest = query.replace(/"([^"]*)"?/g, function (all, p) {
      var w = words(p).map(function (x) { return x.word; });
      if (w.length) phrases.push(w);
      return " " + p + " ";
    });
    var seen = new Set(), terms = words(rest).map(function (x) { return x.word; }).filter(function (w) {
      if (stop.has(w) || seen.has(w)) return false;
      seen.add(w);
      return true;
    });
    return { terms: terms, phrases: phrases };
  }

  function monthIndex(id) {
    var m = manifest.months, lo = 0, hi = m.length - 1;
    while (lo < hi) { var mid = (lo + hi + 1) >> 1; if (m[mid][1] <= id) lo = mid; else hi = mid - 1; }
    return lo;
  }

  function filterSet() {
    var topic = topicSelect.value, year = yearSelect.value;
    var byTopic = topic ? get("f/" + topic + ".json").then(function (a) {
      var ids = new Set(), id = -1;
      decode(a[0]).forEach(function (gap) { id += gap + 1; ids.add(id); });
      return ids;
    }) : Promise.resolve(null);
    return byTopic.then(function (ids) {
      return function (id) {
        return (!ids || ids.has(id)) && (!year || manifest.months[monthIndex(id)][0].slice(0, 4) === year);
      };
    });
  }

  function record(id) {
    var t = Math.floor(id / manifest.tableSize);
    return get("t/" + manifest.tables[t] + ".json").then(function (table) {
      return get("d/" + table[id - t * manifest.tableSize] + ".json");
    });
  }

  function textOf(r) { return [r.t, r.s].concat(r.x).join(" \n "); }
  function hasPhrase(r, phrase) {
    var seq = " " + words(textOf(r)).map(function (x) { return x.word; }).join(" ") + " ";
    return seq.indexOf(" " + phrase.join(" ") + " ") >= 0;
  }

  function search(query) {
    var parsed = parse(query);
    if (!parsed.terms.length) return Promise.resolve(null);
    return Promise.all([Promise.all(parsed.terms.map(postings)), filterSet()]).then(function (all) {
      var perWord = all[0], keep = all[1], last = manifest.months.length - 1, hits = [];
      perWord[0].docs.forEach(function (first, id) {
        var score = first.score, inTitle = first.title ? 1 : 0;
        for (var i = 1; i < perWord.length; i++) {
          var s = perWord[i].docs.get(id);
          if (s === undefined) return;
          score += s.score;
          if (s.title) inTitle++;
        }
        if (!keep(id)) return;
        // A title that holds every word of the query (the reader typed it, or most of it) comes first.
        if (inTitle === perWord.length) score *= 2;
        var age = last - monthIndex(id);
        hits.push({ id: id, score: score * (1 + 0.3 * Math.pow(0.5, age / 12)) });
      });
      hits.sort(function (a, b) { return b.score - a.score || b.id - a.id; });
      var marks = { stems: new Map(), prefixes: [] };
      perWord.forEach(function (w, i) {
        w.stems.forEach(function (weight, stem) { marks.stems.set(stem, true); });
        if (parsed.terms[i].length >= 3) marks.prefixes.push(parsed.terms[i]);
      });
      var result = { hits: hits, marks: marks, capped: false };
      if (!parsed.phrases.length) return result;
      // A phrase is checked in the digests' text, the best candidates first.
      result.capped = hits.length > MAX_CHECKED;
      var checked = hits.slice(0, MAX_CHECKED);
      return Promise.all(checked.map(function (h) { return record(h.id); })).then(function (records) {
        result.hits = checked.filter(function (h, i) {
          return parsed.phrases.every(function (p) { return hasPhrase(records[i], p); });
        });
        return result;
      });
    });
  }

  function marked(word, marks) {
    var stem = wordStems.get(word) || word;
    if (marks.stems.has(stem)) return true;
    return marks.prefixes.some(function (p) { return word.lastIndexOf(p, 0) === 0; });
  }

  // Text into a node, the matched words in <mark>.
  function highlight(node, text, marks) {
    var at = 0;
    words(text).forEach(function (w) {
      if (!marked(w.word, marks)) return;
      node.appendChild(document.createTextNode(text.slice(at, w.at)));
      node.appendChild(el("mark", w.text));
      at = w.at + w.text.length;
    });
    node.appendChild(document.createTextNode(text.slice(at)));
    return node;
  }

  // The stretch of about 30 words with the most matched words, from the headlines and paragraphs.
  function excerpt(r, marks) {
    var lines = r.x.length ? r.x : [r.s], best = { line: lines[0] || "", from: 0, score: -1 };
    lines.forEach(function (line) {
      var w = words(line);
      for (var i = 0; i < Math.max(1, w.length - 29); i++) {
        var s = 0;
        for (var j = i; j < Math.min(w.length, i + 30); j++) if (marked(w[j].word, marks)) s++;
        if (s > best.score) best = { line: line, words: w, from: i, score: s };
      }
    });
    var w = best.words || [], start = best.from ? w[best.from].at : 0;
    var endWord = w[Math.min(w.length, best.from + 30) - 1];
    var end = endWord && best.from + 30 < w.length ? endWord.at + endWord.text.length : best.line.length;
    return (start ? "\u2026" : "") + best.line.slice(start, end) + (end < best.line.length ? "\u2026" : "");
  }

  function el(tag, text, className) {
    var node = document.createElement(tag);
    if (text !== undefined) node.textContent = text;
    if (className) node.className = className;
    return node;
  }

  var MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December"];
  function dateText(iso) {
    var m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
    return m ? Number(m[3]) + " " + MONTHS[Number(m[2]) - 1] + " " + m[1] : iso;
  }

  function renderHit(r, marks) {
    var li = el("li", undefined, "search-result"), h = el("h2", undefined, "summary-title"), a = el("a");
    a.href = r.u;
    h.appendChild(highlight(a, r.t, marks));
    li.appendChild(h);
    var meta = el("p", undefined, "meta"), time = el("time", dateText(r.d));
    time.setAttribute("datetime", r.d);
    meta.appendChild(time);
    if (r.k.length) meta.appendChild(document.createTextNode(" \u00b7 " + r.k.join(", ")));
    li.appendChild(meta);
    li.appendChild(highlight(el("p", undefined, "summary"), excerpt(r, marks), marks));
    return li;
  }

  function show(query, page, announce) {
    var mine = ++run;
    remember(query, page);
    search(query).then(function (result) {
      if (mine !== run) return null;
      if (!result) {
        current = { hits: [], page: 1 };
        list.textContent = "";
        pager.hidden = true;
        status.textContent = query.trim() ? "Type a word that is not as common as \u201c" + query.trim() + "\u201d." : "Type a word or two: a place, a person, a subject.";
        root.setAttribute("data-search-shown", query);
        return null;
      }
      var pages = Math.max(1, Math.ceil(result.hits.length / PAGE));
      page = Math.min(Math.max(1, page), pages);
      var shown = result.hits.slice((page - 1) * PAGE, page * PAGE);
      return Promise.all(shown.map(function (h) { return record(h.id); })).then(function (records) {
        if (mine !== run) return;
        current = { hits: result.hits, page: page };
        list.textContent = "";
        records.forEach(function (r) { list.appendChild(renderHit(r, result.marks)); });
        var n = result.hits.length, text = n === 0 ? "No digest matches \u201c" + query.trim() + "\u201d."
          : (n === 1 ? "1 digest matches." : n + (result.capped ? " or more" : "") + " digests match.");
        if (pages > 1) text += " Page " + page + " of " + pages + ".";
        status.textContent = text;
        pager.hidden = pages < 2;
        prevButton.disabled = page < 2;
        nextButton.disabled = page >= pages;
        remember(query, page);
        root.setAttribute("data-search-shown", query);
        if (announce) list.focus();
      });
    }).catch(function () {
      if (mine === run) status.textContent = "The search index could not be loaded.";
    });
  }

  // The query, filters and page in the address, so a search can be shared and survives going back.
  function remember(query, page) {
    if (!window.history || !history.replaceState) return;
    var url = new URL(window.location.href), p = url.searchParams;
    [["q", query.trim() ? query : ""], ["topic", topicSelect.value], ["year", yearSelect.value],
      ["page", page > 1 ? String(page) : ""]].forEach(function (kv) {
      if (kv[1]) p.set(kv[0], kv[1]); else p.delete(kv[0]);
    });
    history.replaceState(null, "", url.toString());
  }

  function option(select, value, text) {
    var o = el("option", text);
    o.value = value;
    select.appendChild(o);
  }

  function start() {
    var params = new URLSearchParams(window.location.search);
    manifest.topics.forEach(function (t) { option(topicSelect, t[2], t[0] + " (" + t[1] + ")"); });
    var years = [];
    manifest.months.forEach(function (m) { var y = m[0].slice(0, 4); if (years.indexOf(y) < 0) years.unshift(y); });
    years.forEach(function (y) { option(yearSelect, y, y); });
    topicSelect.value = params.get("topic") || "";
    yearSelect.value = params.get("year") || "";
    input.value = params.get("q") || "";
    form.removeAttribute("action");
    function now() { clearTimeout(timer); show(input.value, 1); }
    input.addEventListener("input", function () { clearTimeout(timer); timer = setTimeout(now, 200); });
    topicSelect.addEventListener("change", now);
    yearSelect.addEventListener("change", now);
    form.addEventListener("submit", function (e) { e.preventDefault(); now(); });
    prevButton.addEventListener("click", function () { show(input.value, current.page - 1, true); });
    nextButton.addEventListener("click", function () { show(input.value, current.page + 1, true); });
    // Arrow keys move between the search box and the results' links; Escape goes back to the box.
    root.addEventListener("keydown", function (e) {
      var links = Array.prototype.slice.call(list.querySelectorAll("a"));
      var at = links.indexOf(document.activeElement);
      if (e.key === "ArrowDown" && (document.activeElement === input || at >= 0) && links.length) {
        e.preventDefault();
        links[Math.min(at + 1, links.length - 1)].focus();
      } else if (e.key === "ArrowUp" && at >= 0) {
        e.preventDefault();
        if (at === 0) input.focus(); else links[at - 1].focus();
      } else if (e.key === "Escape" && at >= 0) input.focus();
    });
    show(input.value, Number(params.get("page")) || 1);
    if (!input.value) input.focus();
  }

  status.textContent = "Loading the index\u2026";
  get(indexUrl.slice(base.length)).then(function (m) {
    manifest = m;
    shardKeys = Object.keys(m.shards);
    stop = new Set(m.stopWords);
    start();
  }).catch(function () {
    status.textContent = "The search index could not be loaded.";
  });
})();
