/* Attention, computed: offline search. The index is a script written at bake time
   (search-index.js, window.COURSE_SEARCH), loaded the first time the search box is used, so
   it works from file:// where fetch() does not, and costs nothing on pages where nobody searches. */
(function () {
  "use strict";

  function start() {
    var form = document.querySelector("[data-search]");
    if (!form) { return; }
    var root = form.getAttribute("data-root") || "";
    var input = form.querySelector("input");
    var results = form.querySelector(".search-results");
    var status = form.querySelector(".search-status");
    form.hidden = false;

    // one request for the index however fast the reader types; what asked for it runs once it is there
    var waiting = null;
    function load(then) {
      if (window.COURSE_SEARCH) { then(); return; }
      if (waiting) { waiting.push(then); return; }
      waiting = [then];
      var script = document.createElement("script");
      script.src = root + "search-index.js";
      script.onload = function () {
        var callbacks = waiting;
        waiting = null;
        callbacks.forEach(function (callback) { callback(); });
      };
      script.onerror = function () {
        waiting = null;
        script.remove();
        status.textContent = "Search is not available: its index (search-index.js) did not load.";
      };
      document.head.appendChild(script);
    }

    function words(text) {
      return text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(function (w) { return w.length > 1; });
    }

    function score(entry, terms) {
      var total = 0;
      var fields = [[entry.title, 8], [entry.summary, 3], [entry.concepts.join(" "), 4], [entry.text, 1]];
      entry.headings.forEach(function (h) { fields.push([h.text, 5]); });
      for (var t = 0; t < terms.length; t++) {
        var found = 0;
        for (var f = 0; f < fields.length; f++) {
          if (fields[f][0].toLowerCase().indexOf(terms[t]) >= 0) { found += fields[f][1]; }
        }
        if (!found) { return 0; }
        total += found;
      }
      return total;
    }

    function bestHeading(entry, terms) {
      for (var i = 0; i < entry.headings.length; i++) {
        var text = entry.headings[i].text.toLowerCase();
        if (terms.some(function (t) { return text.indexOf(t) >= 0; })) { return entry.headings[i]; }
      }
      return null;
    }

    function show() {
      var terms = words(input.value);
      results.textContent = "";
      if (!terms.length) { status.textContent = ""; return; }
      var hits = window.COURSE_SEARCH
        .map(function (entry) { return { entry: entry, score: score(entry, terms) }; })
        .filter(function (hit) { return hit.score > 0; })
        .sort(function (a, b) { return b.score - a.score; })
        .slice(0, 8);
      status.textContent = hits.length ? hits.length + (hits.length === 1 ? " lesson found" : " lessons found")
                                       : "No lesson matches “" + input.value + "”";
      hits.forEach(function (hit) {
        var heading = bestHeading(hit.entry, terms);
        var item = document.createElement("li");
        var link = document.createElement("a");
        link.href = root + hit.entry.url + (heading ? "#" + heading.id : "");
        link.textContent = hit.entry.title + (heading ? " › " + heading.text : "");
        var where = document.createElement("span");
        where.className = "search-module";
        where.textContent = hit.entry.module;
        item.appendChild(link);
        item.appendChild(where);
        results.appendChild(item);
      });
    }

    // the panel lies over the page: it closes when the focus leaves the search, and opens again with it
    var panel = form.querySelector(".search-panel") || results;
    form.addEventListener("focusout", function (event) {
      if (!form.contains(event.relatedTarget)) { panel.hidden = true; }
    });
    // Safari does not focus a link that is clicked: keep the focus in the box, or the panel would
    // close on mousedown and the click land on the page beneath it
    panel.addEventListener("mousedown", function (event) { event.preventDefault(); });
    input.addEventListener("focus", function () { panel.hidden = false; load(function () {}); });
    input.addEventListener("input", function () { load(show); });
    input.addEventListener("keydown", function (event) {
      if (event.key === "Escape" && input.value) { input.value = ""; show(); }
    });
    form.addEventListener("submit", function (event) { event.preventDefault(); load(show); });
  }

  if (document.readyState === "loading") { document.addEventListener("DOMContentLoaded", start); } else { start(); }
}());
