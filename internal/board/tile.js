(spec) => {
  // Tile pages of the sheets on this page: see tileprint.go. Lengths in mm.
  const mm = (v) => v + "mm", m = spec.margin, pw = spec.pw, ph = spec.ph;
  const sheets = [...document.querySelectorAll(".sheet-page")];
  const style = document.createElement("style");
  style.textContent = `@page{size:${pw}mm ${ph}mm;margin:0}
body{margin:0;padding:0;background:#fff}
main,.toolbar{display:none!important}
.gk-tile{position:relative;width:${pw}mm;height:${ph}mm;overflow:hidden;break-after:page;background:#fff;color:#000;font-family:"WenQuanYi Micro Hei",sans-serif;font-synthesis:none}
.gk-tile:last-child{break-after:auto}
.gk-in{display:inline-block;position:relative;width:${pw}mm;height:${ph}mm;overflow:hidden;vertical-align:top}
.gk-win{position:absolute;left:${m}mm;top:${m}mm;overflow:hidden}
.gk-win>.sheet-page{position:absolute;margin:0;box-shadow:none}
.gk-label{position:absolute;left:${m + 8}mm;top:2.5mm;margin:0;font-size:8pt;line-height:1;white-space:nowrap}
.gk-marks{position:absolute;left:0;top:0;width:${pw}mm;height:${ph}mm}`;
  document.head.appendChild(style);
  const ns = "http://www.w3.org/2000/svg";
  const line = (svg, x1, y1, x2, y2, w) => {
    const l = document.createElementNS(ns, "line");
    for (const [k, v] of Object.entries({x1, y1, x2, y2, stroke: "#000", "stroke-width": w})) l.setAttribute(k, v);
    svg.appendChild(l);
  };
  const rect = (svg, x, y, w, h, fill) => {
    const r = document.createElementNS(ns, "rect");
    for (const [k, v] of Object.entries({x, y, width: w, height: h, fill, stroke: "#000", "stroke-width": 0.15})) r.setAttribute(k, v);
    svg.appendChild(r);
  };
  // Each tile's content sits in an inline-block (.gk-in): printed, an
  // inline-block is not split across pages, so a tall figure that crosses
  // the tile's window is drawn clipped to it rather than pushed on to the
  // next page and lost (a two-column sheet's flowchart was).
  const box = document.createElement("div");
  for (const t of spec.tiles) {
    const tile = document.createElement("section");
    tile.className = "gk-tile";
    const win = document.createElement("div");
    win.className = "gk-win";
    win.style.width = mm(t.w);
    win.style.height = mm(t.h);
    const copy = sheets[t.sheet].cloneNode(true);
    copy.style.left = mm(-(spec.bleed + t.x));
    copy.style.top = mm(-(spec.bleed + t.y));
    win.appendChild(copy);
    const inner = document.createElement("div");
    inner.className = "gk-in";
    tile.appendChild(inner);
    inner.appendChild(win);
    const svg = document.createElementNS(ns, "svg");
    svg.setAttribute("class", "gk-marks");
    svg.setAttribute("viewBox", `0 0 ${pw} ${ph}`);
    // The window's corners: marks on its edges extended, in the margin.
    const x0 = m, y0 = m, x1 = m + t.w, y1 = m + t.h;
    for (const x of [x0, x1]) for (const y of [y0, y1]) {
      const dx = x === x0 ? -1 : 1, dy = y === y0 ? -1 : 1;
      line(svg, x + dx, y, x + dx * 7, y, 0.2);
      line(svg, x, y + dy, x, y + dy * 7, 0.2);
    }
    // Where a neighbour's window begins or ends: short marks to align on.
    const ticksX = [], ticksY = [];
    if (t.col > 0) ticksX.push(x0 + spec.overlap);
    if (t.col < spec.cols - 1) ticksX.push(x1 - spec.overlap);
    if (t.row > 0) ticksY.push(y0 + spec.overlap);
    if (t.row < spec.rows - 1) ticksY.push(y1 - spec.overlap);
    for (const x of ticksX) { line(svg, x, y0 - 1, x, y0 - 4, 0.3); line(svg, x, y1 + 1, x, y1 + 4, 0.3); }
    for (const y of ticksY) { line(svg, x0 - 1, y, x0 - 4, y, 0.3); line(svg, x1 + 1, y, x1 + 4, y, 0.3); }
    // The map: the sheet's grid of tiles, this one filled.
    const cell = Math.min(2.5, 6 / spec.rows, 40 / spec.cols);
    const mx = pw - m - spec.cols * cell, my = ph - m + 2;
    for (let r = 0; r < spec.rows; r++) for (let c = 0; c < spec.cols; c++) {
      rect(svg, mx + c * cell, my + r * cell, cell, cell, r === t.row && c === t.col ? "#000" : "#fff");
    }
    inner.appendChild(svg);
    const label = document.createElement("p");
    label.className = "gk-label";
    label.textContent = t.label;
    inner.appendChild(label);
    box.appendChild(tile);
  }
  document.body.appendChild(box);
  return document.querySelectorAll(".gk-tile").length;
}
