// Large-text switch for elderly readers. The site works without this file;
// the button stays hidden when scripts do not run.
(function () {
  var root = document.documentElement;
  var key = "gongkai-large-text";
  try { if (localStorage.getItem(key) === "1") root.classList.add("large"); } catch (e) {}
  document.addEventListener("DOMContentLoaded", function () {
    var btn = document.querySelector(".textsize");
    if (!btn) return;
    btn.hidden = false;
    var sync = function () {
      var on = root.classList.contains("large");
      btn.setAttribute("aria-pressed", on ? "true" : "false");
      btn.textContent = on ? "标准字号" : "大字模式";
    };
    sync();
    btn.addEventListener("click", function () {
      root.classList.toggle("large");
      try { localStorage.setItem(key, root.classList.contains("large") ? "1" : "0"); } catch (e) {}
      sync();
    });
  });
})();

// 打印本页: the item page's print button, hidden without scripts (the page
// then says to press Ctrl+P). (gov.cn conventions)
document.addEventListener("DOMContentLoaded", function () {
  Array.prototype.forEach.call(document.querySelectorAll("[data-print]"), function (btn) {
    btn.hidden = false;
    btn.addEventListener("click", function () { window.print(); });
  });
});
