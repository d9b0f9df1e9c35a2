// Full-text search over the index the build writes in search/ (package
// search): meta.json says how many shards and lists there are; a query
// fetches only the shards of its tokens (search/s/<i>.json), the lists of
// the items it shows (search/d/<k>.json) and, for the passage, their pages.
// A query is cut into runs of units at spaces and punctuation; a unit is a
// Han character or a run of other letters and digits, as the build cuts
// text. Every run must occur in an item: a run of one or two units is a
// token of the index, exact; a longer one is a phrase whose bigrams give
// the candidates, each checked against the item's text before it is shown.
// Without scripts the page offers the lists and the archive instead.
(function () {
  var me = document.currentScript;
  var form = document.querySelector(".search-form");
  var input = document.getElementById("q");
  var status = document.querySelector(".search-status");
  var list = document.querySelector(".search-results");
  var more = document.querySelector(".search-more");
  if (!form || !input || !me || !window.fetch) return;
  var base = me.getAttribute("data-base");
  var filters = { c: "#c:", i: "#i:", y: "#y:" }; // form field → token prefix
  var PAGE = 10;
  var params = new URLSearchParams(location.search);
  input.value = params.get("q") || "";
  Object.keys(filters).forEach(function (k) {
    var f = form.elements[k];
    if (f && params.get(k)) f.value = params.get(k);
  });

  var cache = {};
  function get(url, kind) {
    if (!cache[url]) {
      cache[url] = fetch(url).then(function (r) {
        if (!r.ok) throw new Error(url + ": " + r.status);
        return kind === "text" ? r.text() : r.json();
      });
    }
    return cache[url];
  }

  // units cuts text as package search does, keeping where each unit is.
  var HAN = /\p{Script=Han}/u, WORD = /[\p{L}\p{N}]/u;
  function runs(text) {
    var out = [], run = [], word = "", from = 0, i = 0;
    function endWord(at) {
      if (word) run.push({ u: word, start: from, end: at });
      word = "";
    }
    for (var ch of text) {
      var c = ch.codePointAt(0);
      var f = c >= 0xff01 && c <= 0xff5e ? String.fromCodePoint(c - 0xfee0) : ch;
      if (HAN.test(f)) {
        endWord(i);
        run.push({ u: f, start: i, end: i + ch.length });
      } else if (WORD.test(f)) {
        if (!word) from = i;
        word += f.toLowerCase();
      } else {
        endWord(i);
        if (run.length) out.push(run);
        run = [];
      }
      i += ch.length;
    }
    endWord(i);
    if (run.length) out.push(run);
    return out;
  }
  function fnv(s) {
    var b = new TextEncoder().encode(s), h = 0x811c9dc5;
    for (var k = 0; k < b.length; k++) h = Math.imul(h ^ b[k], 0x01000193) >>> 0;
    return h;
  }
  function postings(meta, token) {
    var shard = fnv(token) & (meta.shards - 1);
    return get(base + "s/" + shard + ".json").then(function (s) {
      var r = Object.prototype.hasOwnProperty.call(s, token) ? s[token] : [], out = [], next = 0;
      for (var k = 0; k < r.length; k += 2) {
        var start = next + r[k];
        for (var j = 0; j < r[k + 1]; j++) out.push(start + j);
        next = start + r[k + 1];
      }
      return out;
    });
  }
  function intersect(lists) {
    lists.sort(function (a, b) { return a.length - b.length; });
    return lists.reduce(function (acc, l) {
      var out = [], j = 0;
      acc.forEach(function (n) {
        while (j < l.length && l[j] < n) j++;
        if (l[j] === n) out.push(n);
      });
      return out;
    });
  }
  // query is the runs of the words typed, each a list of units.
  function query(text) {
    var seen = {};
    return runs(text).map(function (r) { return r.map(function (x) { return x.u; }); }).filter(function (r) {
      var k = r.join("\u0000");
      return seen[k] ? false : (seen[k] = true);
    });
  }
  function tokens(q) {
    var out = [];
    q.forEach(function (r) {
      if (r.length === 1) out.push(r[0]);
      for (var k = 1; k < r.length; k++) out.push(r[k - 1] + r[k]);
    });
    Object.keys(filters).forEach(function (k) {
      var f = form.elements[k];
      if (f && f.value) out.push(filters[k] + f.value);
    });
    return out;
  }
  // occurrences are where the runs of q are found in text, in order.
  function occurrences(q, text) {
    var found = [];
    runs(text).forEach(function (run) {
      q.forEach(function (r) {
        for (var p = 0; p + r.length <= run.length; p++) {
          var k = 0;
          while (k < r.length && run[p + k].u === r[k]) k++;
          if (k === r.length) found.push({ start: run[p].start, end: run[p + k - 1].end, run: r });
        }
      });
    });
    return found.sort(function (a, b) { return a.start - b.start; });
  }
  function all(q, texts) {
    var joined = texts.join("\n");
    var found = occurrences(q, joined);
    return q.every(function (r) { return found.some(function (o) { return o.run === r; }); });
  }

  function el(tag, cls, content) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (content) e.textContent = content;
    return e;
  }
  // marked writes text from a to b with the occurrences in it marked.
  function marked(parent, text, found, a, b) {
    var at = a;
    found.forEach(function (o) {
      if (o.start < at || o.end > b) return;
      parent.appendChild(document.createTextNode(text.slice(at, o.start).replace(/\s+/g, " ")));
      parent.appendChild(el("mark", "", text.slice(o.start, o.end)));
      at = o.end;
    });
    parent.appendChild(document.createTextNode(text.slice(at, b).replace(/\s+/g, " ")));
  }
  // passage is the part of the body around its first occurrence.
  function passage(q, body) {
    var p = el("p", "search-passage");
    var found = occurrences(q, body);
    var a = 0, b = Math.min(body.length, 90);
    if (found.length) {
      a = Math.max(0, found[0].start - 30);
      b = Math.min(body.length, found[0].end + 60);
    }
    if (a > 0) p.appendChild(document.createTextNode("…"));
    marked(p, body, found, a, b);
    if (b < body.length) p.appendChild(document.createTextNode("…"));
    return p;
  }

  // now is an item's status today: the lists give it as on the day of
  // the build, and the days it turns on, which clock.js reads as pages do.
  // A superseded item stays so.
  function now(it) {
    var c = window.gongkaiClock;
    if (!c || it.status === "superseded") return { status: it.status, label: it.status_label };
    var st = c.status({ term: it.term, date: it.date, until: it.until || "", due: it.due || "", withdrawn: it.withdrawn || "" }, c.today());
    return { status: st, label: c.label(st, it.term) };
  }
  function item(meta, n) {
    return get(base + "d/" + Math.floor(n / meta.chunk) + ".json").then(function (l) { return l[n % meta.chunk]; });
  }
  function body(it) {
    return get(it.path, "text").then(function (html) {
      var d = new DOMParser().parseFromString(html, "text/html");
      var b = d.querySelector(".item-body") || d.querySelector("main") || d.body;
      if (!b) return "";
      // cells, paragraphs and lines apart, as a reader sees them
      b.querySelectorAll("td,th,p,li,h1,h2,h3,h4,h5,h6,br,div,dt,dd,figcaption").forEach(function (e) {
        e.appendChild(d.createTextNode(" "));
      });
      return b.textContent.trim();
    }, function () { return ""; });
  }
  function fields(it) {
    return [it.title, it.number || "", it.index_no || "", it.issuer_label || "", it.category_label];
  }
  function row(q, it, text) {
    var li = el("li", "row search-hit");
    var a = el("a", "row-title");
    a.href = it.path;
    marked(a, it.title, occurrences(q, it.title), 0, it.title.length);
    li.appendChild(a);
    if (q.length) li.appendChild(passage(q, text));
    var meta = el("span", "row-meta");
    var st = now(it);
    meta.appendChild(el("span", "status status-" + st.status, st.label));
    meta.appendChild(el("span", "", it.category_label));
    if (it.issuer_label) meta.appendChild(el("span", "", it.issuer_label));
    if (it.number) meta.appendChild(el("span", "", it.number));
    var d = it.date.split("-");
    var t = el("time", "", d[0] + "年" + Number(d[1]) + "月" + Number(d[2]) + "日");
    t.dateTime = it.date;
    meta.appendChild(t);
    li.appendChild(meta);
    return li;
  }

  var search = null; // the search under way: its candidates and how far it has read them
  function start() {
    var q = query(input.value), toks = tokens(q);
    list.textContent = "";
    list.hidden = true;
    more.hidden = true;
    if (!toks.length) { status.textContent = "请输入要查找的文字。"; search = null; return; }
    var mine = search = { q: q, exact: q.every(function (r) { return r.length <= 2; }), next: 0, shown: 0 };
    status.textContent = "正在检索……";
    get(base + "meta.json").then(function (meta) {
      mine.meta = meta;
      return Promise.all(toks.map(function (t) { return postings(meta, t); }));
    }).then(function (lists) {
      if (search !== mine) return;
      mine.candidates = intersect(lists);
      page(mine);
    }).catch(failed);
  }
  // page shows the next PAGE results, checking candidates in batches.
  function page(s) {
    s.want = s.shown + PAGE;
    more.hidden = true;
    list.setAttribute("aria-busy", "true");
    fill(s);
  }
  function fill(s) {
    var batch = s.candidates.slice(s.next, s.next + s.want - s.shown);
    if (!batch.length) return told(s);
    s.next += batch.length;
    Promise.all(batch.map(function (n) {
      return item(s.meta, n).then(function (it) {
        return (s.q.length ? body(it) : Promise.resolve("")).then(function (text) {
          return { it: it, text: text, ok: s.exact || all(s.q, fields(it).concat([text])) };
        });
      });
    })).then(function (hits) {
      if (search !== s) return;
      hits.forEach(function (h) {
        if (!h.ok) return;
        list.appendChild(row(s.q, h.it, h.text));
        s.shown++;
      });
      list.hidden = !s.shown;
      if (s.shown < s.want && s.next < s.candidates.length) return fill(s);
      told(s);
    }).catch(failed);
  }
  function told(s) {
    list.removeAttribute("aria-busy");
    var left = s.candidates.length - s.next, words = input.value.trim();
    if (s.exact || !left) {
      var total = s.exact ? s.candidates.length : s.shown;
      status.textContent = total ? "找到 " + total + " 项公开事项" + (s.shown < total ? "，显示前 " + s.shown + " 项。" : "。")
        : "没有找到" + (words ? "包含“" + words + "”" : "符合条件") + "的公开事项。";
    } else {
      status.textContent = "已显示 " + s.shown + " 项公开事项，还有 " + left + " 项待核对。";
    }
    more.hidden = !left;
  }
  function failed() {
    list.removeAttribute("aria-busy");
    status.textContent = "暂时无法检索，请稍后再试。";
  }

  more.addEventListener("click", function () { if (search) page(search); });
  form.addEventListener("submit", function (e) {
    e.preventDefault();
    again();
  });
  Object.keys(filters).forEach(function (k) {
    var f = form.elements[k];
    if (f) f.addEventListener("change", again);
  });
  // again searches what the form says now, and keeps it in the address
  function again() {
    var p = new URLSearchParams();
    if (input.value) p.set("q", input.value);
    Object.keys(filters).forEach(function (k) {
      var f = form.elements[k];
      if (f && f.value) p.set(k, f.value);
    });
    history.replaceState(null, "", "?" + p.toString());
    start();
  }
  // clock.js (deferred) has run once the document is parsed
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
