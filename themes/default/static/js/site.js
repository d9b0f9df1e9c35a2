// 长者模式 (elder mode), remembered across pages. The site works without
// this file: the links 长者模式 and 标准模式 go to #elder and #standard,
// and site.css turns the mode on while #elder is the page's target. This
// script makes the choice stick: a page opened with #elder or #standard
// (a link, or an address someone shared) sets it, and every page after
// that opens in the chosen mode (localStorage). docs/accessibility.md
(function () {
  var root = document.documentElement;
  var key = "gongkai-elder";
  var old = "gongkai-large-text"; // the 大字模式 of earlier versions
  function stored() {
    try {
      var v = localStorage.getItem(key);
      if (v === null && localStorage.getItem(old) === "1") { v = "1"; }
      return v === "1";
    } catch (e) { return false; }
  }
  function set(on) {
    root.classList.toggle("elder", on);
    try { localStorage.setItem(key, on ? "1" : "0"); localStorage.removeItem(old); } catch (e) {}
  }
  function fromHash() {
    if (location.hash === "#elder") { set(true); return true; }
    if (location.hash === "#standard") { set(false); return true; }
    return false;
  }
  if (!fromHash() && stored()) { root.classList.add("elder"); }
  window.addEventListener("hashchange", fromHash);
})();

// 打印本页: the item page's print button, hidden without scripts (the page
// then says to press Ctrl+P). (gov.cn conventions)
document.addEventListener("DOMContentLoaded", function () {
  Array.prototype.forEach.call(document.querySelectorAll("[data-print]"), function (btn) {
    btn.hidden = false;
    btn.addEventListener("click", function () { window.print(); });
  });
});
