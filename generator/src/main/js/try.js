/** @preserve attention-course: the try box. Its source, with comments: generator/src/main/js/try.js */
/* A course model reads the reader's sentence in this browser: its weights come from a script the
   bake writes (models/NAME.weights.js; file:// refuses fetch), the forward pass is
   model/Forward.java's, sum for sum, and the charts are drawn from the style the bake writes beside
   the weights (chart/ChartStyle.java). What the reader types only becomes text. The bake ships this
   file without its comments and spaces (Closure Compiler, WHITESPACE_ONLY, see generator/pom.xml):
   no renaming and no rewriting of arithmetic, so every sum stays as written. */
(function () {
  "use strict";

  var SVG = "http://www.w3.org/2000/svg";
  var me = document.currentScript;
  // the site's root, from this script's address, so that the weights load from any depth
  var root = me ? me.getAttribute("src").replace(/js\/try\.js$/, "") : "";
  var models = {};
  var waiting = {};
  var style; // of the charts being drawn

  /* A model's weights, loaded once per page however many boxes show it; null if they do not load. */
  function load(name, path, then) {
    if (models[name] !== undefined) { then(models[name]); return; }
    if (waiting[name]) { waiting[name].push(then); return; }
    waiting[name] = [then];
    var script = document.createElement("script");
    script.src = root + path.split("/").map(encodeURIComponent).join("/");
    script.onload = script.onerror = function () {
      var raw = (window.COURSE_MODELS || []).filter(function (m) { return m.name === name; })[0];
      models[name] = raw ? decode(raw) : null;
      waiting[name].forEach(function (callback) { callback(models[name]); });
      delete waiting[name];
    };
    document.head.appendChild(script);
  }

  function decode(raw) {
    var t = {};
    raw.tensors.forEach(function (e) { t[e[0]] = matrix(e[1], e[2], e[3]); });
    var index = new Map();
    raw.vocabulary = raw.vocabulary.split(" ");
    raw.vocabulary.forEach(function (word, i) { index.set(word, i); });
    return { raw: raw, t: t, index: index };
  }

  // float32, big-endian, row by row, in base64, as weights.txt holds them
  function matrix(rows, cols, base64) {
    var bytes = atob(base64);
    var view = new DataView(new ArrayBuffer(bytes.length));
    for (var i = 0; i < bytes.length; i++) { view.setUint8(i, bytes.charCodeAt(i)); }
    var m = zeros(rows, cols);
    for (i = 0; i < m.d.length; i++) { m.d[i] = view.getFloat32(4 * i); }
    return m;
  }

  function zeros(rows, cols) { return { r: rows, c: cols, d: new Float64Array(rows * cols) }; }

  // A·B, or A·Bᵀ; each entry summed from k = 0 up, as EJML sums it     (n×k)·(k×m) → (n×m)
  function mult(a, b, transposed) {
    var m = transposed ? b.r : b.c;
    var c = zeros(a.r, m);
    for (var i = 0; i < a.r; i++) {
      for (var j = 0; j < m; j++) {
        var total = 0;
        for (var k = 0; k < a.c; k++) { total += a.d[i * a.c + k] * (transposed ? b.d[j * b.c + k] : b.d[k * b.c + j]); }
        c.d[i * m + j] = total;
      }
    }
    return c;
  }

  // A + B, or A + the row B added to each of its rows
  function add(a, b) {
    var c = zeros(a.r, a.c);
    for (var i = 0; i < c.d.length; i++) { c.d[i] = a.d[i] + b.d[b.r === 1 ? i % a.c : i]; }
    return c;
  }

  // γ(x − μ)/√(σ² + ε) + β by row, σ² the biased variance, ε = 1e-5 (model/LayerNorm.java)
  function layerNorm(x, gain, bias) {
    var y = zeros(x.r, x.c);
    var d = x.c;
    for (var i = 0; i < x.r; i++) {
      var sum = 0;
      var squares = 0;
      var j;
      for (j = 0; j < d; j++) { sum += x.d[i * d + j]; }
      var mean = sum / d;
      for (j = 0; j < d; j++) { squares += (x.d[i * d + j] - mean) * (x.d[i * d + j] - mean); }
      var inverse = 1 / Math.sqrt(squares / d + 1e-5);
      for (j = 0; j < d; j++) { y.d[i * d + j] = gain.d[j] * ((x.d[i * d + j] - mean) * inverse) + bias.d[j]; }
    }
    return y;
  }

  // GELU, tanh form, as x·σ(2u) with u = √(2/π)(x + 0.044715x³) (model/Gelu.java)
  var GELU_C = Math.sqrt(2 / Math.PI);
  function gelu(x) { return x * (1 / (1 + Math.exp(-2 * GELU_C * (x + 0.044715 * x * x * x)))); }

  /* The weights of every head of every layer on known words: x₀ = E[words] + P; per block
     softmax(QKᵀ/√d_k) on LN₁(x), then x + MultiHead and + FFN, which the last block needs not. */
  function forward(model, words) {
    var t = model.t;
    var raw = model.raw;
    var d = t.token_embedding.c;
    var x = zeros(words.length, d);
    words.forEach(function (word, i) {
      var row = model.index.get(word);
      for (var c = 0; c < d; c++) { x.d[i * d + c] = t.token_embedding.d[row * d + c] + t.position_embedding.d[i * d + c]; }
    });
    var found = [];
    for (var l = 1; l <= raw.layers; l++) {
      var block = "block" + l + ".";
      var normed = layerNorm(x, t[block + "norm1.gain"], t[block + "norm1.bias"]);
      var heads = [];
      for (var h = 1; h <= raw.heads; h++) {
        var head = block + "head" + h + ".";
        var Q = mult(normed, t[head + "w_q"]);
        var A = softmax(mult(Q, mult(normed, t[head + "w_k"]), true), Math.sqrt(Q.c), raw.causal);
        found.push({ layer: l, head: h, weights: A });
        if (l < raw.layers) { heads.push(mult(A, mult(normed, t[head + "w_v"]))); }
      }
      if (l < raw.layers) { x = feedForward(x, heads, t, block); }
    }
    return found;
  }

  // softmax(S/scale) by row, a weight of 0 where the causal mask hides a key (engine/Softmax.java)
  function softmax(S, scale, causal) {
    var A = zeros(S.r, S.c);
    for (var i = 0; i < S.r; i++) {
      var max = -Infinity;
      var sum = 0;
      var j;
      for (j = 0; j < S.c; j++) {
        A.d[i * S.c + j] = causal && j > i ? -Infinity : S.d[i * S.c + j] / scale;
        max = Math.max(max, A.d[i * S.c + j]);
      }
      for (j = 0; j < S.c; j++) {
        A.d[i * S.c + j] = Math.exp(A.d[i * S.c + j] - max);
        sum += A.d[i * S.c + j];
      }
      for (j = 0; j < S.c; j++) { A.d[i * S.c + j] /= sum; }
    }
    return A;
  }

  // x + Concat(heads)·W_O, then + GELU(LN₂(·)·W₁ + b₁)·W₂ + b₂
  function feedForward(x, heads, t, block) {
    var dv = heads[0].c;
    var H = zeros(x.r, heads.length * dv);
    heads.forEach(function (o, h) {
      for (var i = 0; i < o.d.length; i++) { H.d[Math.floor(i / dv) * H.c + h * dv + i % dv] = o.d[i]; }
    });
    var after = add(x, mult(H, t[block + "w_o"]));
    var hidden = add(mult(layerNorm(after, t[block + "norm2.gain"], t[block + "norm2.bias"]), t[block + "ffn.w1"]), t[block + "ffn.b1"]);
    hidden.d = hidden.d.map(gelu);
    return add(after, add(mult(hidden, t[block + "ffn.w2"]), t[block + "ffn.b2"]));
  }

  /* The words as model/Tokenizer.java splits them: lower case; a run of letters, digits,
     apostrophes and hyphens is a word, any other visible character one of its own, [MASK] (in any
     case) the mask token. Each keeps where it stands in the lower-cased text. */
  var SPACE = /[\p{Zs}\p{Zl}\p{Zp}\t\n\v\f\r\x1c-\x1f]/u;
  var PART = /[\p{L}\p{Nd}\p{Mn}'-]/u;
  function tokenize(text, maskToken) {
    var lower = text.toLowerCase();
    var mask = maskToken.toLowerCase();
    var words = [];
    var i = 0;
    function at(k) { return String.fromCodePoint(lower.codePointAt(k)); }
    while (i < lower.length) {
      var c = at(i);
      var from = i;
      i += c.length;
      if (SPACE.test(c)) { continue; }
      if (lower.startsWith(mask, from)) {
        i = from + mask.length;
        words.push({ word: maskToken, from: from, to: i });
        continue;
      }
      while (PART.test(c) && i < lower.length && PART.test(c = at(i))) { i += c.length; }
      words.push({ word: lower.slice(from, i), from: from, to: i });
    }
    return { words: words, sameLength: lower.length === text.length };
  }

  /* Up to three known words nearest by edit distance, then alphabetically, never the mask token
     (model/Vocabulary.java). A word over 40 letters gets none: none is near, and a pasted page
     would take seconds. */
  function closest(model, word) {
    if (word.length > 40) { return []; }
    return model.raw.vocabulary.filter(function (known) { return known !== model.raw.maskToken; })
      .map(function (known) { return { word: known, distance: distance(word, known) }; })
      .sort(function (a, b) { return a.distance - b.distance || (a.word < b.word ? -1 : a.word > b.word ? 1 : 0); })
      .slice(0, 3).map(function (c) { return c.word; });
  }

  function distance(a, b) {
    var previous = [];
    var current = [];
    for (var j = 0; j <= b.length; j++) { previous[j] = j; }
    for (var i = 1; i <= a.length; i++) {
      current[0] = i;
      for (j = 1; j <= b.length; j++) {
        current[j] = Math.min(previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1), Math.min(previous[j], current[j - 1]) + 1);
      }
      var swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length];
  }

  /* As format/Weights.java writes them, rounded half up from the exact value, as toFixed rounds. */
  function share(w, almostNone, almostAll, text) {
    var h = parseInt(w.toFixed(2).replace(".", ""), 10);
    return h === 0 && w > 0 ? almostNone : h === 100 && w < 1 ? almostAll : text(h);
  }
  function percent(w) { return share(w, style.almostNone, style.almostAll, function (h) { return h + "%"; }); }
  function twoDecimals(w) { return share(w, style.almostNoneDecimals, style.almostAllDecimals, function () { return w.toFixed(2); }); }

  /* A query's weights as the page shows them (figure/ShownWeights.java): NaN where masked; a share
     that doubles round to 0 or 1 while another key is visible stays inside, to read <1% or >99%. */
  function shown(A, i, causal) {
    var row = Array.from(A.d.slice(i * A.c, (i + 1) * A.c));
    var visible = causal ? i + 1 : A.c;
    return row.map(function (w, j) {
      return causal && j > i ? NaN : visible < 2 || w > 0 && w < 1 ? w : w <= 0 ? Number.MIN_VALUE : 1 - Math.pow(2, -53);
    });
  }

  /* Colours as chart/Palette.java mixes them, and black or white text, whichever contrasts more. */
  function viridis(w) {
    var v = style.viridis;
    var at = Math.min(1, Math.max(0, w)) * (v.length - 1);
    var below = Math.min(Math.floor(at), v.length - 2);
    return [0, 1, 2].map(function (c) { return Math.round(v[below][c] + (v[below + 1][c] - v[below][c]) * (at - below)); });
  }
  function rgb(c) { return "rgb(" + c.join(",") + ")"; }
  function luminance(c) {
    return [0.2126, 0.7152, 0.0722].reduce(function (sum, k, i) {
      var s = c[i] / 255;
      return sum + k * (s <= 0.04045 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4));
    }, 0);
  }
  function contrast(a, b) {
    return (Math.max(luminance(a), luminance(b)) + 0.05) / (Math.min(luminance(a), luminance(b)) + 0.05);
  }
  function textOn(background) {
    return contrast(background, style.ink) >= contrast(background, style.paper) ? style.ink : style.paper;
  }

  /* The layouts of chart/HeatmapChart.java and chart/BarChart.java, with widths measured in the
     reader's sans-serif, which the baked charts name too. */
  var measure = document.createElement("canvas").getContext("2d");
  var widths = new Map(); // setting a canvas's font parses it anew: measure each text in each font once
  function width(text, size, bold) {
    var font = (bold ? "bold " : "") + size + "px " + style.family;
    var key = font + "\n" + text;
    if (!widths.has(key)) {
      measure.font = font;
      widths.set(key, measure.measureText(text).width);
    }
    return widths.get(key);
  }
  function widest(texts, size, bold) {
    return texts.reduce(function (most, text) { return Math.max(most, width(text, size, bold)); }, 0);
  }
  function labels(tokens) {
    return tokens.map(function (token) {
      var points = Array.from(token);
      return points.length <= style.maxTokenLength ? token : points.slice(0, style.maxTokenLength - 1).join("") + "\u2026";
    });
  }
  function lineHeight(size) { return style.lineHeight[size]; }
  function titleSpace(size) { return lineHeight(size) + 2 * style.titleInsets + 1; }

  function node(name, attributes, parent) {
    var e = document.createElementNS(SVG, name);
    Object.keys(attributes).forEach(function (key) { e.setAttribute(key, attributes[key]); });
    if (parent) { parent.appendChild(e); }
    return e;
  }
  function svgRoot(w, h, prefix, title, description) {
    var svg = node("svg", { width: w, height: h, viewBox: "0 0 " + w + " " + h, role: "img",
      "aria-labelledby": prefix + "title " + prefix + "desc" });
    node("title", { id: prefix + "title" }, svg).textContent = title;
    node("desc", { id: prefix + "desc" }, svg).textContent = description;
    return svg;
  }
  // centred on (x, y) unless anchored otherwise; upright is a quarter turn left
  function text(svg, x, y, content, size, o) {
    var e = node("text", { x: x, y: y, "font-family": style.family, "font-size": size, fill: rgb(o.fill || style.ink),
      "text-anchor": o.anchor || "middle", "dominant-baseline": "central" }, svg);
    if (o.bold) { e.setAttribute("font-weight", "bold"); }
    if (o.upright) { e.setAttribute("transform", "rotate(-90 " + x + " " + y + ")"); }
    e.textContent = content;
  }

  /* A masked weight (chart/MaskedArea.java): grey, hatched, labelled on a plain patch. */
  function maskedArea(svg, x, y, w, h, label, size) {
    node("rect", { x: x, y: y, width: w, height: h, fill: rgb(style.maskedFill) }, svg);
    var lines = "";
    for (var k = style.hatchStep; k < w + h; k += style.hatchStep) {
      lines += "M" + (x + Math.max(0, k - h)) + " " + (y + Math.min(k, h)) + "L" + (x + Math.min(k, w)) + " " + (y + Math.max(0, k - w));
    }
    node("path", { d: lines, stroke: rgb(style.hatch), fill: "none" }, svg);
    var along = width(label, size) + 2 * style.maskedPadding;
    var upright = along > w && h > w;
    var pw = upright ? lineHeight(size) : along;
    var ph = upright ? along : lineHeight(size);
    node("rect", { x: x + (w - pw) / 2, y: y + (h - ph) / 2, width: pw, height: ph, fill: rgb(style.maskedFill) }, svg);
    text(svg, x + w / 2, y + h / 2, label, size, { fill: textOn(style.maskedFill), upright: upright });
  }

  function heatmap(prefix, title, tokens, rows) {
    var H = style.heatmap;
    var k = labels(tokens);
    var cell = Math.max(H.minCell, Math.min(H.maxCell, Math.floor(H.maxGrid / k.length)));
    var line = lineHeight(H.tickSize);
    var widestKey = widest(k, H.tickSize) + style.tickInsets;
    var upright = widestKey > cell;
    var x0 = H.pad + Math.ceil(widest(k, H.tickSize) + style.tickInsets + titleSpace(H.titleSize));
    var y0 = H.pad + Math.ceil((upright ? widestKey : line + style.tickInsets) + titleSpace(H.titleSize));
    var grid = k.length * cell;
    var strip = x0 + grid + H.legendGap;
    var svg = svgRoot(strip + H.legendStrip + H.legendTicksOffset + Math.ceil(width("100%", H.legendSize) + style.tickInsets) + H.pad,
      y0 + grid + H.pad, prefix, title, "Heatmap of how much each query token (rows) attends to each key token (columns);"
      + " each cell shows the weight as a percentage. The same numbers are in the weights table.");
    // the key labels stand on the grid (upright when too wide for a cell), the axis title on them
    var keyY = y0 - 2 * style.tickInsetTop;
    var title = keyY - (upright ? widestKey - style.tickInsets : line) - style.titleInsets - lineHeight(H.titleSize) / 2;
    text(svg, x0 + grid / 2, title, H.keyTitle, H.titleSize, { bold: true });
    text(svg, H.pad + style.titleInsets + lineHeight(H.titleSize) / 2, y0 + grid / 2, H.queryTitle, H.titleSize, { bold: true, upright: true });
    k.forEach(function (label, j) {
      text(svg, x0 + (j + 0.5) * cell, upright ? keyY : keyY - line / 2, label, H.tickSize, { upright: upright, anchor: upright ? "start" : "" });
      text(svg, x0 - style.tickInsets / 2, y0 + (j + 0.5) * cell, label, H.tickSize, { anchor: "end" });
    });
    var size = cell >= H.largeLabelCell ? H.largeLabelSize : H.smallLabelSize;
    var masked = width(style.maskedLabel, H.maskedSize) + 2 * style.maskedPadding <= cell - 3 * H.gap ? style.maskedLabel : style.maskedShort;
    var inner = cell - H.gap;
    // the cells' labels share their font and anchoring in one group, painted after the cells: the
    // browser sets a third of the attributes it would, and building the chart is most of its time
    var shares = node("g", { "font-family": style.family, "font-size": size, "text-anchor": "middle", "dominant-baseline": "central" });
    rows.forEach(function (row, i) {
      row.forEach(function (w, j) {
        var x = x0 + j * cell + H.gap / 2;
        var y = y0 + i * cell + H.gap / 2;
        if (isNaN(w)) {
          maskedArea(svg, x, y, inner, inner, masked, H.maskedSize);
          return;
        }
        var fill = viridis(w);
        node("rect", { x: x, y: y, width: inner, height: inner, fill: rgb(fill) }, svg);
        node("text", { x: x + inner / 2, y: y + inner / 2, fill: rgb(textOn(fill)) }, shares).textContent = percent(w);
      });
    });
    svg.appendChild(shares);
    var step = grid / H.legendSubdivisions;
    for (var s = 0; s < H.legendSubdivisions; s++) {
      node("rect", { x: strip, y: y0 + grid - (s + 1) * step, width: H.legendStrip, height: step + 0.5, fill: rgb(viridis(s / H.legendSubdivisions)) }, svg);
    }
    style.ticks.forEach(function (tick) {
      text(svg, strip + H.legendStrip + H.legendTicksOffset + style.tickInsets / 2, y0 + grid * (1 - tick[0]), tick[1], H.legendSize, { anchor: "start" });
    });
    return svg;
  }

  function bars(prefix, title, description, tokens, weights) {
    var B = style.bars;
    var k = labels(tokens);
    var slot = Math.max(B.minSlot, Math.min(B.maxSlot, Math.floor(B.maxPlotWidth / k.length)));
    var line = lineHeight(B.tickSize);
    var widestKey = widest(k, B.tickSize, true) + style.tickInsets;
    var upright = widestKey > slot;
    var x0 = B.pad + Math.ceil(width("100%", B.tickSize) + style.tickInsets + titleSpace(B.titleSize));
    var plot = k.length * slot;
    var height = B.pad + B.plotHeight + Math.ceil(B.labelOffset + (upright ? widestKey : line + style.tickInsets) + titleSpace(B.titleSize)) + B.pad;
    var svg = svgRoot(x0 + plot + B.pad, height, prefix, title, description);
    function y(w) { return B.pad + B.plotHeight * (1 - w / B.headroom); }
    style.ticks.forEach(function (tick) {
      node("line", { x1: x0, y1: y(tick[0]), x2: x0 + plot, y2: y(tick[0]), stroke: rgb(style.grid) }, svg);
      text(svg, x0 - style.tickInsets / 2, y(tick[0]), tick[1], B.tickSize, { anchor: "end" });
    });
    node("line", { x1: x0, y1: y(0), x2: x0 + plot, y2: y(0), stroke: rgb(style.ink), "stroke-width": 0.5 }, svg);
    text(svg, B.pad + style.titleInsets + lineHeight(B.titleSize) / 2, B.pad + B.plotHeight / 2, B.weightTitle, B.titleSize, { bold: true, upright: true });
    text(svg, x0 + plot / 2, height - B.pad - style.titleInsets - lineHeight(B.titleSize) / 2, style.heatmap.keyTitle, B.titleSize, { bold: true });
    var top = -1;
    weights.forEach(function (w, j) { if (!isNaN(w) && (top < 0 || w > weights[top])) { top = j; } });
    var barW = slot * (1 - B.gap);
    weights.forEach(function (w, j) {
      var x = x0 + j * slot + slot * B.gap / 2;
      var labelY = y(0) + B.labelOffset + style.tickInsetTop;
      text(svg, x + barW / 2, upright ? labelY : labelY + line / 2, k[j], B.tickSize, { upright: upright, anchor: upright ? "end" : "", bold: j === top });
      if (isNaN(w)) {
        maskedArea(svg, x, B.pad, barW, B.plotHeight, style.maskedLabel, B.tickSize);
        return;
      }
      node("rect", { x: x, y: y(w), width: barW, height: y(0) - y(w), fill: rgb(j === top ? style.highlight : style.bar) }, svg);
      text(svg, x + barW / 2, y(w) - style.tickInsetTop - line / 2, percent(w), B.tickSize, { bold: j === top });
    });
    return svg;
  }

  /* HTML, as elements with text: nothing the reader typed is ever parsed as markup. */
  function element(name, className, parent, content) {
    var e = document.createElement(name);
    if (className) { e.className = className; }
    if (content !== undefined) { e.textContent = content; }
    if (parent) { parent.appendChild(e); }
    return e;
  }

  function table(parent, id, caption, words, rows) {
    var box = element("div", "table-scroll", parent);
    box.setAttribute("role", "region");
    box.tabIndex = 0;
    box.setAttribute("aria-labelledby", id);
    var t = element("table", "matrix", box);
    element("caption", null, t, caption).id = id;
    var head = element("tr", null, element("thead", null, t));
    ["query \\ key"].concat(words).forEach(function (word) { element("th", null, head, word).setAttribute("scope", "col"); });
    var body = element("tbody", null, t);
    rows.forEach(function (row, i) {
      var tr = element("tr", null, body);
      element("th", null, tr, words[i]).setAttribute("scope", "row");
      row.forEach(function (w) { element("td", isNaN(w) ? "masked" : null, tr, twoDecimals(isNaN(w) ? 0 : w)); });
    });
  }

  /* One box: its form, what it says of the sentence, and the charts of every head. */
  function start(figure) {
    var box = figure.querySelector(".try-box");
    var input = figure.querySelector("input");
    var status = figure.querySelector(".try-status");
    var said = figure.querySelector(".try-words");
    var result = figure.querySelector(".try-result");
    var key = figure.id + "=";
    var script = figure.getAttribute("data-script");
    var model;
    var query = -1;
    var drawn;
    figure.querySelector(".try-offer").hidden = true;
    box.hidden = false;
    status.textContent = "Loading the model…";
    figure.querySelector("form").addEventListener("submit", function (event) { event.preventDefault(); });

    load(figure.getAttribute("data-model"), script, function (loaded) {
      if (!loaded) {
        status.textContent = "The model's weights (" + script + ") did not load, so the box cannot read a sentence.";
        return;
      }
      model = loaded;
      var opened = fromAddress();
      update(false);
      input.addEventListener("input", function () { update(true); });
      window.addEventListener("hashchange", function () { if (fromAddress()) { update(false); } });
      figure.setAttribute("data-try-ready", "");
      if (opened) { figure.scrollIntoView(); }
    });

    // #ID=the+dog+was+tired holds the sentence, for a reader to share or bookmark
    function fromAddress() {
      var hash = location.hash.slice(1);
      if (hash.indexOf(key) !== 0) { return false; }
      var sentence = hash.slice(key.length).replace(/\+/g, " ");
      try { sentence = decodeURIComponent(sentence); } catch (e) { /* kept as written */ }
      input.value = sentence;
      return true;
    }

    function update(typed) {
      if (typed && history.replaceState) {
        history.replaceState(null, "", "#" + key + encodeURIComponent(input.value).replace(/%20/g, "+"));
      }
      var tokens = tokenize(input.value, model.raw.maskToken);
      var words = tokens.words.map(function (t) { return t.word; });
      var unknown = new Set(words.filter(function (w) { return !model.index.has(w); }));
      var context = model.raw.context;
      showWords(tokens, unknown, context);
      unknown = Array.from(unknown);
      var problem = !words.length ? "Type a sentence in words the model knows."
        : unknown.length ? "The model does not know " + unknown.slice(0, 3).map(quote).join(", ")
          + (unknown.length > 3 ? " and " + (unknown.length - 3) + " more" : "") + ": change or leave out each."
        : words.length > context ? "The sentence has " + words.length + " words; the model reads at most " + context + "."
        : null;
      input.setAttribute("aria-invalid", problem ? "true" : "false");
      if (problem) {
        status.textContent = problem + (drawn ? " The charts still show " + quote(drawn) + "." : "");
        return;
      }
      draw(words);
      status.textContent = words.length + (words.length === 1 ? " word" : " words") + ", all known: the charts show where each head looks.";
    }

    function quote(w) { return "“" + w + "”"; }

    /* The words as the model reads them: an unknown one marked, with the nearest known words as
       buttons that put one in its place; those past the context struck out. */
    function showWords(tokens, unknown, context) {
      said.textContent = "";
      if (!tokens.words.length) { return; }
      var list = element("ol", "try-tokens", said);
      list.setAttribute("aria-label", "The sentence as the model reads it");
      tokens.words.slice(0, context + 8).forEach(function (t, i) {
        var item = element("li", null, list, t.word);
        var note = unknown.has(t.word) ? "unknown" : i >= context ? "over" : "";
        if (note) {
          item.className = note;
          element("span", "visually-hidden", item, note === "unknown" ? " (a word the model does not know)" : " (past the " + context + " words it reads)");
        }
      });
      if (tokens.words.length > context + 8) { element("li", "more", list, "… " + (tokens.words.length - context - 8) + " more"); }
      Array.from(unknown).slice(0, 3).forEach(function (word) {
        var line = element("p", "try-suggest", said, "Instead of " + quote(word) + ":");
        closest(model, word).concat([""]).forEach(function (choice) {
          var button = element("button", null, line, choice || "leave it out");
          button.type = "button";
          button.setAttribute("aria-label", choice ? "Replace " + quote(word) + " with " + quote(choice) : "Leave it out: " + quote(word));
          button.addEventListener("click", function () { replace(tokens, word, choice); });
        });
      });
    }

    // in the text as typed, or lower-cased where that changed its length ("İ"), which the places are in
    function replace(tokens, word, choice) {
      var text = tokens.sameLength ? input.value : input.value.toLowerCase();
      tokens.words.slice().reverse().forEach(function (t) {
        if (t.word === word) { text = text.slice(0, t.from) + choice + text.slice(t.to); }
      });
      input.value = text;
      update(true);
      input.focus();
      status.textContent = (choice ? "Put " + quote(choice) + " for " + quote(word) : "Left out " + quote(word)) + ". " + status.textContent;
    }

    function name(a) { return (model.raw.layers > 1 ? "Layer " + a.layer + ", head " : "Head ") + a.head; }
    function ids(a, part) { return figure.id + "-l" + a.layer + "h" + a.head + "-" + part; }

    function draw(words) {
      style = model.raw.style;
      var attention = forward(model, words);
      var rows = attention.map(function (a) { return words.map(function (w, i) { return shown(a.weights, i, model.raw.causal); }); });
      drawn = words.join(" ");
      query = query < 0 || query >= words.length ? words.length - 1 : query;
      var tablesOpen = result.querySelector(".part-tables[open]") !== null;
      result.textContent = "";
      element("p", "part-title", result, "Where each head looks in " + quote(drawn));
      var maps = element("div", "part part-heatmap heads-side-by-side", result);
      var pick = element("p", "try-pick", result);
      var select = element("select", null, element("label", null, pick, "Bars for the query "));
      words.forEach(function (w, i) { element("option", null, select, (i + 1) + ". " + w).value = i; });
      select.value = query;
      var barCharts = element("div", "part part-bars heads-side-by-side", result);
      var tables = element("details", "part part-tables", result);
      element("summary", null, tables, "The weights of every head as tables");
      attention.forEach(function (a, n) {
        var map = element("div", "head-heatmap", maps);
        element("p", "head-title", map, name(a));
        element("div", "chart chart-heatmap", map).appendChild(heatmap(ids(a, "hm-"),
          "Attention weights (" + name(a).toLowerCase() + ")", words, rows[n]));
      });
      // The tables cost a quarter or more of the drawing and sit in a fold: built when it opens (or stays open as the reader types).
      function fillTables() {
        style = model.raw.style;
        attention.forEach(function (a, n) {
          table(tables, ids(a, "weights"), "Attention weights of " + name(a).toLowerCase() + " (each row sums to 1)", words, rows[n]);
        });
      }
      if (tablesOpen) {
        tables.open = true;
        fillTables();
      } else {
        tables.addEventListener("toggle", function opened() {
          if (tables.open) { tables.removeEventListener("toggle", opened); fillTables(); }
        });
      }
      function drawBars() {
        style = model.raw.style;
        barCharts.textContent = "";
        attention.forEach(function (a, n) {
          var chart = element("div", "head-heatmap", barCharts);
          element("p", "head-title", chart, name(a));
          element("div", "chart chart-bars", chart).appendChild(bars(ids(a, "bars-"), "Where " + quote(words[query]) + " looks ("
            + name(a).toLowerCase() + ")", "Bar chart of the attention weights of the query " + quote(words[query])
            + " over the key tokens, as percentages that sum to 100%.", words, rows[n][query]));
        });
      }
      select.addEventListener("change", function () { query = Number(select.value); drawBars(); });
      drawBars();
    }
  }

  /* What the tests and the benchmark call: the functions the boxes use. */
  window.CourseTry = {
    load: load,
    start: start,
    forward: function (name, words) {
      return forward(models[name], words).map(function (a) {
        return { layer: a.layer, head: a.head, weights: words.map(function (w, i) { return Array.from(a.weights.d.slice(i * words.length, (i + 1) * words.length)); }) };
      });
    },
    tokenize: function (name, text) { return tokenize(text, models[name].raw.maskToken).words.map(function (t) { return t.word; }); },
    closest: function (name, word) { return closest(models[name], word); }
  };

  function startAll() { Array.prototype.forEach.call(document.querySelectorAll("[data-try]"), start); }
  if (document.readyState === "loading") { document.addEventListener("DOMContentLoaded", startAll); } else { startAll(); }
}());
