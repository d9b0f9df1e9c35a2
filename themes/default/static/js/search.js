// Site search over index.json: every word typed must appear in an item's
// title, number, category, issuer or status. Without scripts the page
// offers the lists and the archive instead.
(function () {
  var me = document.currentScript;
  var form = document.querySelector(".search-form");
  var input = document.getElementById("q");
  var status = document.querySelector(".search-status");
  var list = document.querySelector(".search-results");
  if (!form || !input || !me) return;
  var items = null;
  var q = new URLSearchParams(location.search).get("q") || "";
  input.value = q;

  // now is an item's status today: index.json gives it as on the day of
  // the build, and the days it turns on, which clock.js reads as pages do.
  // A superseded item stays so.
  function now(it) {
    var c = window.gongkaiClock;
    if (!c || it.status === "superseded") return { status: it.status, label: it.status_label };
    var st = c.status({ term: it.term, date: it.date, until: it.until || "", due: it.due || "", withdrawn: it.withdrawn || "" }, c.today());
    return { status: st, label: c.label(st, it.term) };
  }
  function text(it) {
    return [it.title, it.number, it.category_label, it.issuer_label, now(it).label, it.date].join(" ").toLowerCase();
  }
  function el(tag, cls, content) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (content) e.textContent = content;
    return e;
  }
  function show() {
    var words = input.value.toLowerCase().split(/\s+/).filter(Boolean);
    list.textContent = "";
    if (!words.length) { status.textContent = "请输入要查找的文字。"; list.hidden = true; return; }
    var found = items.filter(function (it) {
      if (it.unlisted) return false; // an ended notice taken out of the lists
      var t = text(it);
      return words.every(function (w) { return t.indexOf(w) >= 0; });
    });
    status.textContent = found.length ? "找到 " + found.length + " 项公开事项。" : "没有找到包含“" + input.value + "”的公开事项。";
    found.slice(0, 200).forEach(function (it) {
      var li = el("li", "row");
      var a = el("a", "row-title", it.title);
      a.href = it.path;
      var meta = el("span", "row-meta");
      var st = now(it);
      meta.appendChild(el("span", "status status-" + st.status, st.label));
      meta.appendChild(el("span", "", it.category_label));
      var t = el("time", "", it.date);
      t.dateTime = it.date;
      meta.appendChild(t);
      li.appendChild(a);
      li.appendChild(meta);
      list.appendChild(li);
    });
    list.hidden = !found.length;
  }
  status.textContent = "正在载入……";
  var xhr = new XMLHttpRequest();
  xhr.open("GET", me.getAttribute("data-index"));
  xhr.onload = function () {
    try { items = JSON.parse(xhr.responseText).items; } catch (e) { items = null; }
    if (!items) { status.textContent = "暂时无法检索，请稍后再试。"; return; }
    // clock.js (deferred) has run once the document is parsed
    if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", show);
    else show();
  };
  xhr.onerror = function () { status.textContent = "暂时无法检索，请稍后再试。"; };
  xhr.send();
  form.addEventListener("submit", function (e) {
    if (!items) return;
    e.preventDefault();
    history.replaceState(null, "", "?q=" + encodeURIComponent(input.value));
    show();
  });
})();
