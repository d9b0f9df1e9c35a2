// The clock: brings what a page says about the day up to date in the
// reader's browser, on load and again just after each midnight in the
// site's timezone, so that a page built days ago reads right today. Without
// scripts the page says what it said on the day it was built, and says
// which day that was.
//
// The page carries its dates as data (written by the layouts):
//   <html data-built="2026-11-27" data-zone="[[0,480]]">  the build's day and
//       the site's UTC offsets (calendar.Offsets), the same table kiosks use
//   data-term, data-date, data-until, data-due, data-withdrawn,
//       data-superseded, data-comment-start, data-comment-end
//       on an element that stands for an item (partials/clock.html); inside
//       it (or on it):
//     data-status-class  its status-* class follows the item's status
//     data-status-label  its text is the status in Chinese
//     data-show="a b"    shown only while one of these holds: a status
//                        (in-force, ended, …), "comment" (open for comment)
//                        or "notice" (in force and not open for comment)
//     data-end="2026-11-29" data-left="还剩 {n} 天" data-last="今天截止"
//                        counts the days left to data-end, today included
//   data-today="今天是 {date}"   today, in Chinese
//   data-panel   a list of items: [data-count="{n} 项"] counts those shown;
//                [data-empty] shows when none is, or else the panel hides
//   the catalog: tr[data-coverage] rows, ul[data-shows], li[data-newest],
//     [data-coverage-label], [data-more], [data-covered], [data-percent],
//     [data-uncovered]
//   li[data-stage-end]: a decision stage in progress through that day
//   data-urgent-until="2026-11-29": an urgent item's banner, hidden after that day
//
// The rules are Go's (internal/model/status.go, statusOf); a browser test
// compares them case by case (internal/web clock_test.go).
(function () {
  "use strict";
  var doc = document, root = doc.documentElement;

  // ---- the site's calendar (as the kiosks' script keeps it) ----
  var zone = null;
  try { zone = JSON.parse(root.getAttribute("data-zone")); } catch (e) { zone = null; }
  function offset(t) {
    if (!zone || !zone.length) { return -new Date(t).getTimezoneOffset(); }
    var o = zone[0][1];
    for (var i = 1; i < zone.length; i++) { if (t >= zone[i][0]) { o = zone[i][1]; } }
    return o;
  }
  function two(n) { return n < 10 ? "0" + n : "" + n; }
  function dayAt(t) {
    var d = new Date(t + offset(t) * 60000);
    return d.getUTCFullYear() + "-" + two(d.getUTCMonth() + 1) + "-" + two(d.getUTCDate());
  }
  // nextMidnight is the instant the site's next day begins.
  function nextMidnight(t) {
    var d = new Date(t + offset(t) * 60000);
    var m = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() + 1);
    return m - offset(m - offset(t) * 60000) * 60000;
  }
  function utc(day) { var p = day.split("-"); return Date.UTC(+p[0], +p[1] - 1, +p[2]); }
  function daysBetween(a, b) { return Math.round((utc(b) - utc(a)) / 86400000); }
  function chinese(day) { var p = day.split("-"); return +p[0] + "年" + +p[1] + "月" + +p[2] + "日"; }
  function fill(text, key, value) { return (text || "").split("{" + key + "}").join(value); }

  // ---- an item's status on a day: statusOf ----
  // Days are "YYYY-MM-DD" strings, "" when not given; they compare as text.
  function status(d, today) {
    if (d.superseded && today >= d.superseded) { return "superseded"; }
    if (d.withdrawn && today >= d.withdrawn) { return "withdrawn"; }
    if (d.term === "immediate") {
      if (today < (d.date || "")) { return "upcoming"; }
      if (today > (d.until || "")) { return "ended"; }
      return "in-force";
    }
    if (d.term === "periodic") { return d.due && today > d.due ? "overdue" : "current"; }
    return "in-force";
  }
  // Status.LabelOpen
  var labels = { upcoming: "未开始", ended: "已结束", current: "现行", overdue: "逾期未更新",
    superseded: "已更新", withdrawn: "已废止" };
  function label(st, term, open) {
    if (st === "in-force") { return open ? "征求意见中" : term === "immediate" ? "公示中" : "有效"; }
    return labels[st] || st;
  }
  // Open for comment: model.OpenForComment.
  function commentOpen(d, st, today) {
    return !!d.commentStart && d.commentStart <= today && today <= d.commentEnd &&
      st !== "superseded" && st !== "withdrawn";
  }
  // the facts data-show names
  function facts(d, today) {
    var st = status(d, today), open = commentOpen(d, st, today);
    var out = [st];
    if (open) { out.push("comment"); }
    if (st === "in-force" && d.term === "immediate" && !open) { out.push("notice"); }
    return out;
  }

  // ---- the page ----
  function all(sel, el) { return Array.prototype.slice.call((el || doc).querySelectorAll(sel)); }
  function attr(el, name) { return el.getAttribute(name) || ""; }
  function datesOf(el) {
    return { term: attr(el, "data-term"), date: attr(el, "data-date"), until: attr(el, "data-until"),
      due: attr(el, "data-due"), withdrawn: attr(el, "data-withdrawn"), superseded: attr(el, "data-superseded"),
      commentStart: attr(el, "data-comment-start"), commentEnd: attr(el, "data-comment-end") };
  }
  // setClass makes prefix+value the one class of prefix+values on el.
  function setClass(el, prefix, values, value) {
    values.forEach(function (v) { el.classList.remove(prefix + v); });
    el.classList.add(prefix + value);
  }
  var statuses = ["upcoming", "in-force", "ended", "current", "overdue", "superseded", "withdrawn"];
  // within lists an item's elements: itself and those inside it that belong
  // to no item inside it.
  function within(item, sel) {
    var out = item.matches(sel) ? [item] : [];
    all(sel, item).forEach(function (el) { if (el.parentNode.closest("[data-term]") === item) { out.push(el); } });
    return out;
  }
  function showItem(item, today) {
    var d = datesOf(item), st = status(d, today), f = facts(d, today);
    item.gongkaiStatus = st;
    within(item, "[data-status-class]").forEach(function (el) { setClass(el, "status-", statuses, st); });
    within(item, "[data-status-label]").forEach(function (el) { el.textContent = label(st, d.term, f.indexOf("comment") >= 0); });
    within(item, "[data-show]").forEach(function (el) {
      el.hidden = !attr(el, "data-show").split(/\s+/).some(function (x) { return f.indexOf(x) >= 0; });
    });
    within(item, "[data-end]").forEach(function (el) { countdown(el, today); });
  }
  function countdown(el, today) {
    var n = daysBetween(today, attr(el, "data-end")) + 1;
    el.textContent = n === 1 ? attr(el, "data-last") : fill(attr(el, "data-left"), "n", n);
    var shown = !el.hasAttribute("data-show") || !el.hidden;
    el.hidden = !shown || n < 1;
  }
  function panels() {
    all("[data-panel]").forEach(function (panel) {
      var n = all("[data-term]", panel).filter(function (el) { return !el.hidden; }).length;
      all("[data-count]", panel).forEach(function (el) {
        el.textContent = fill(attr(el, "data-count"), "n", n);
        el.hidden = n === 0;
      });
      all("ul, ol", panel).forEach(function (el) { el.hidden = n === 0; });
      var empty = panel.querySelector("[data-empty]");
      if (empty) { empty.hidden = n > 0; } else { panel.hidden = n === 0; }
    });
  }
  // catalog: an entry is covered while one of its items is current.
  var coverage = { covered: "已公开", stale: "未及时更新", missing: "未公开" }; // Coverage.Label
  var coverages = Object.keys(coverage);
  function catalog() {
    var rows = all("tr[data-coverage]"), covered = 0;
    if (!rows.length) { return; }
    rows.forEach(function (row) {
      var items = all("[data-term]", row);
      var cur = items.filter(function (el) { return el.gongkaiStatus === "in-force" || el.gongkaiStatus === "current"; });
      var c = cur.length ? "covered" : items.length ? "stale" : "missing";
      if (c === "covered") { covered++; }
      setClass(row, "coverage-", coverages, c);
      all("[data-coverage-label]", row).forEach(function (el) { setClass(el, "coverage-", coverages, c); el.textContent = coverage[c]; });
      var list = row.querySelector("[data-shows]"), max = list ? +attr(list, "data-shows") : 0;
      items.forEach(function (el) {
        el.hidden = cur.length ? !(cur.indexOf(el) >= 0 && cur.indexOf(el) < max) : !el.hasAttribute("data-newest");
      });
      all("[data-more]", row).forEach(function (el) {
        el.textContent = fill(attr(el, "data-more"), "n", cur.length - max);
        el.hidden = cur.length <= max;
      });
    });
    all("[data-covered]").forEach(function (el) { el.textContent = covered; });
    all("[data-percent]").forEach(function (el) { el.textContent = Math.floor(covered * 100 / rows.length); });
    all("[data-uncovered]").forEach(function (el) { el.hidden = covered === rows.length; });
  }
  // a decision's stage in progress is done after its last day
  function stages(today) {
    all("[data-stage-end]").forEach(function (li) {
      if (today <= attr(li, "data-stage-end")) { return; }
      setClass(li, "stage-", ["current"], "done");
      all(".stage-dot", li).forEach(function (el) { el.textContent = "✓"; });
      all(".stage-state", li).forEach(function (el) { el.textContent = attr(li, "data-done"); });
    });
  }
  function update(today) {
    all("[data-today]").forEach(function (el) { el.textContent = fill(attr(el, "data-today"), "date", chinese(today)); });
    all("[data-term]").forEach(function (el) { showItem(el, today); });
    panels();
    catalog();
    stages(today);
    // an urgent item's banner (home.html) goes after its last day
    all("[data-urgent-until]").forEach(function (el) { el.hidden = today > attr(el, "data-urgent-until"); });
    all("section.urgent").forEach(function (el) { el.hidden = !el.querySelector("[data-urgent-until]:not([hidden])"); });
  }

  // ---- keeping time ----
  // The preview (gongkai serve) shows the site as on its --now: the day
  // the page was built stays today there.
  function today() {
    return window.gongkaiClockHold ? attr(root, "data-built") : dayAt(Date.now());
  }
  var shown = "", timer = null;
  function tick() {
    try {
      var d = today();
      if (d && d !== shown) { update(d); shown = d; }
    } catch (e) { /* the page keeps what it says */ }
    schedule();
  }
  // schedule wakes just after the site's next midnight; at least hourly,
  // as timers run late after a computer sleeps.
  function schedule() {
    clearTimeout(timer);
    if (window.gongkaiClockHold) { return; }
    var t = Date.now();
    timer = setTimeout(tick, Math.max(50, Math.min(nextMidnight(t) - t + 50, 3600000)));
  }
  doc.addEventListener("visibilitychange", function () { if (!doc.hidden) { tick(); } });
  window.addEventListener("pageshow", tick);
  window.gongkaiClock = { status: status, label: label, commentOpen: commentOpen, coverageLabel: function (c) { return coverage[c]; }, today: today };
  if (doc.readyState === "loading") { doc.addEventListener("DOMContentLoaded", tick); } else { tick(); }
})();
