// gongkai serve: reloads this page when the site is rebuilt, and shows the
// build's errors over it. Added by `gongkai serve` only; never in the
// built site.
(function () {
  'use strict';
  var me = document.currentScript;
  var build = me ? Number(me.getAttribute('data-build')) : 0;
  var path = me ? me.getAttribute('data-path') : '';
  // With --now the preview shows the site as on that day: the pages' clock
  // script (clock.js, which runs after this one) keeps it as today.
  window.gongkaiClockHold = !!me && me.hasAttribute('data-hold');
  var overlay = null;

  function el(tag, css, text) {
    var e = document.createElement(tag);
    if (css) e.style.cssText = css;
    if (text) e.textContent = text;
    return e;
  }

  function hide() {
    if (overlay) overlay.remove();
    overlay = null;
  }

  function show(errors) {
    hide();
    if (!errors || !errors.length) return;
    overlay = el('div', 'position:fixed;inset:0;z-index:2147483647;overflow:auto;background:rgba(0,0,0,.72);' +
      'font:20px/1.7 "Noto Sans CJK SC","Source Han Sans SC","PingFang SC","Microsoft YaHei","WenQuanYi Micro Hei",sans-serif;color:#111');
    overlay.id = 'gongkai-overlay';
    overlay.setAttribute('role', 'alertdialog');
    overlay.setAttribute('aria-labelledby', 'gongkai-overlay-title');
    var box = el('div', 'max-width:60rem;margin:4vh auto;background:#fff;border:6px solid #b00020;border-radius:8px;padding:1.5rem 2rem');
    var h = el('h1', 'margin:0 0 .5rem;font-size:28px;color:#b00020', '网站没有更新：文件中有错误');
    h.id = 'gongkai-overlay-title';
    box.appendChild(h);
    box.appendChild(el('p', 'margin:0 0 1rem', '请按下面的提示修改文件并保存，页面会自动刷新。修好之前，下面显示的仍是上一次成功生成的网站。'));
    var list = el('ol', 'margin:0;padding-left:1.5rem');
    errors.forEach(function (p) {
      var li = el('li', 'margin:0 0 1rem');
      if (p.file) {
        var where = p.file + (p.line ? '  第 ' + p.line + ' 行' : '');
        li.appendChild(el('strong', 'display:block;font-size:22px;font-family:ui-monospace,Consolas,"Noto Sans Mono CJK SC",monospace;color:#000;word-break:break-all', where));
      }
      li.appendChild(el('span', 'display:block;white-space:pre-wrap', p.msg));
      list.appendChild(li);
    });
    box.appendChild(list);
    var close = el('button', 'margin-top:1rem;font:inherit;padding:.3rem 1.2rem;border:2px solid #111;background:#fff;color:#111;border-radius:4px;cursor:pointer',
      '暂时关闭（修好后自动消失）');
    close.type = 'button';
    close.onclick = hide;
    box.appendChild(close);
    overlay.appendChild(box);
    var style = el('style');
    style.textContent = '@media print{#gongkai-overlay{display:none!important}}';
    overlay.appendChild(style);
    (document.body || document.documentElement).appendChild(overlay);
  }

  // mine: this page's file, or a file in its folder (not the site's root).
  var folder = path.slice(0, path.lastIndexOf('/') + 1);
  function mine(p) { return p === path || (folder !== '' && p.indexOf(folder) === 0); }

  var handlers = {
    hello: function (d) {
      if (d.build !== build) { location.reload(); return; }
      document.documentElement.setAttribute('data-gongkai-live', 'connected'); // for tests
      document.documentElement.setAttribute('data-gongkai-build', build);
      show(d.errors);
    },
    reload: function (d) {
      if (d.all || (d.paths || []).some(mine)) { location.reload(); return; }
      build = d.build;
      document.documentElement.setAttribute('data-gongkai-build', build);
      hide();
    },
    errors: function (d) { show(d.errors); }
  };

  // Only visible pages keep a connection: browsers allow a handful per
  // server, and a tab in the background catches up (hello) when shown.
  var events = null;
  function connect() {
    if (events) return;
    events = new EventSource('/__gongkai/events');
    Object.keys(handlers).forEach(function (name) {
      events.addEventListener(name, function (e) { handlers[name](JSON.parse(e.data)); });
    });
  }
  function disconnect() {
    if (events) events.close();
    events = null;
  }
  document.addEventListener('visibilitychange', function () {
    if (document.hidden) disconnect(); else connect();
  });
  if (!document.hidden) connect();
})();
