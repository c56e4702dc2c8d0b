/* Attention, computed: slides, token pickers and quizzes. Every page is complete without this
   script; it only turns long pages into interactive ones. No modules, no fetch: it must work
   from file:// as well as from a server. */
(function () {
  "use strict";

  function slides(deck) {
    var all = Array.prototype.slice.call(deck.querySelectorAll(":scope > .slide"));
    if (all.length < 2) { return; }
    var current = 0;
    var controls = document.createElement("div");
    controls.className = "slide-controls";
    var prev = button("← Previous", "Previous slide");
    var next = button("Next →", "Next slide");
    var position = document.createElement("span");
    position.className = "slide-position";
    position.setAttribute("aria-live", "polite");
    controls.appendChild(prev);
    controls.appendChild(position);
    controls.appendChild(next);
    deck.appendChild(controls);
    deck.classList.add("js-slides");

    function show(index, updateUrl) {
      var focused = document.activeElement;
      current = Math.max(0, Math.min(all.length - 1, index));
      all.forEach(function (slide, i) { slide.hidden = i !== current; });
      position.textContent = (current + 1) + " / " + all.length;
      prev.disabled = current === 0;
      next.disabled = current === all.length - 1;
      // A button that was just disabled, or a slide that was just hidden, would drop the keyboard
      // focus back to the top of the page.
      if (focused === next && next.disabled) {
        prev.focus();
      } else if (focused === prev && prev.disabled) {
        next.focus();
      } else if (focused && focused.closest && focused.closest(".slide") && focused.closest(".slide").hidden) {
        all[current].tabIndex = -1;
        all[current].focus();
      }
      if (updateUrl && history.replaceState) {
        history.replaceState(null, "", "#" + all[current].id);
      }
    }
    function fromHash() {
      // a try box's address adds "=" and a sentence to the box's id (try.js)
      var id = decodeURIComponent(location.hash.slice(1).split("=")[0]);
      if (!id) { return -1; }
      var target = document.getElementById(id);
      for (var i = 0; i < all.length; i++) {
        if (all[i] === target || (target && all[i].contains(target))) { return i; }
      }
      return -1;
    }
    prev.addEventListener("click", function () { show(current - 1, true); });
    next.addEventListener("click", function () { show(current + 1, true); });
    document.addEventListener("keydown", function (event) {
      var tag = (event.target && event.target.tagName) || "";
      if (event.altKey || event.ctrlKey || event.metaKey || /INPUT|TEXTAREA|SELECT/.test(tag)) { return; }
      if (event.target.closest && event.target.closest("[role=tablist]")) { return; }
      if (event.key === "ArrowRight") { show(current + 1, true); }
      if (event.key === "ArrowLeft") { show(current - 1, true); }
    });
    window.addEventListener("hashchange", function () {
      var index = fromHash();
      if (index >= 0) { show(index, false); }
    });
    var start = fromHash();
    show(start >= 0 ? start : 0, false);
  }

  function picker(root) {
    var tabs = root.querySelector(".picker-tabs");
    var buttons = Array.prototype.slice.call(tabs.querySelectorAll("button"));
    var panels = buttons.map(function (b) { return document.getElementById(b.getAttribute("aria-controls")); });
    tabs.hidden = false;
    tabs.setAttribute("role", "tablist");
    var label = root.querySelector(".picker-label");
    if (label && label.id) { tabs.setAttribute("aria-labelledby", label.id); }
    function select(index, focus) {
      buttons.forEach(function (b, i) {
        var on = i === index;
        b.setAttribute("aria-selected", on ? "true" : "false");
        b.tabIndex = on ? 0 : -1;
        panels[i].hidden = !on;
      });
      if (focus) { buttons[index].focus(); }
    }
    var selected = 0;
    buttons.forEach(function (b, i) {
      b.setAttribute("role", "tab");
      panels[i].setAttribute("role", "tabpanel");
      panels[i].setAttribute("aria-labelledby", b.id);
      panels[i].tabIndex = 0;
      if (b.hasAttribute("data-selected")) { selected = i; }
      b.addEventListener("click", function () { select(i, false); });
      b.addEventListener("keydown", function (event) {
        var to = null;
        if (event.key === "ArrowRight") { to = (i + 1) % buttons.length; }
        if (event.key === "ArrowLeft") { to = (i - 1 + buttons.length) % buttons.length; }
        if (event.key === "Home") { to = 0; }
        if (event.key === "End") { to = buttons.length - 1; }
        if (to !== null) { event.preventDefault(); select(to, true); }
      });
    });
    select(selected, false);
  }

  function quiz(root) {
    var feedback = root.querySelector(".quiz-feedback");
    var answer = root.querySelector(".quiz-answer");
    var options = Array.prototype.slice.call(root.querySelectorAll(".quiz-option"));
    options.forEach(function (option) {
      option.setAttribute("aria-pressed", "false");
      option.addEventListener("click", function () {
        var right = option.hasAttribute("data-correct");
        options.forEach(function (o) { o.classList.remove("right", "wrong"); o.setAttribute("aria-pressed", "false"); });
        option.classList.add(right ? "right" : "wrong");
        option.setAttribute("aria-pressed", "true");
        feedback.textContent = right
          ? "Correct: " + option.getAttribute("data-letter") + " is right. The explanation is below."
          : "Not quite: " + option.getAttribute("data-letter") + " is not the answer. Try another option, or open the answer below.";
        if (right && answer) { answer.open = true; }
      });
    });
  }

  /* Reading progress: a lesson page notes in this browser's storage that it was read, and the
     lists of lessons mark the lessons read. Storage may be missing or refuse (private modes, some
     file:// setups): then nothing is noted and nothing is shown. */
  var READ_KEY = "attention-course:read";

  function lessonsRead() {
    try {
      var read = JSON.parse(window.localStorage.getItem(READ_KEY) || "[]");
      return Array.isArray(read) ? read : [];
    } catch (e) {
      return [];
    }
  }

  function progress() {
    var read = lessonsRead();
    var page = document.querySelector("[data-lesson-page]");
    if (page && read.indexOf(page.getAttribute("data-lesson-page")) < 0) {
      read.push(page.getAttribute("data-lesson-page"));
      try {
        window.localStorage.setItem(READ_KEY, JSON.stringify(read));
      } catch (e) {
        // not kept: the lists will not show this lesson as read, which is all that is lost
      }
    }
    var items = Array.prototype.slice.call(document.querySelectorAll("[data-lesson]"));
    var done = items.filter(function (item) { return read.indexOf(item.getAttribute("data-lesson")) >= 0; });
    done.forEach(function (item) {
      var mark = document.createElement("span");
      mark.className = "read-mark";
      var tick = document.createElement("span");
      tick.setAttribute("aria-hidden", "true");
      tick.textContent = "✓ ";
      mark.appendChild(tick);
      mark.appendChild(document.createTextNode("Read"));
      item.querySelector("a").insertAdjacentElement("afterend", mark);
    });
    var summary = document.querySelector("[data-reading-progress]");
    if (summary && done.length) {
      summary.textContent = done.length + " of " + items.length + " lessons read";
      summary.hidden = false;
    }
  }

  function button(text, label) {
    var b = document.createElement("button");
    b.type = "button";
    b.textContent = text;
    b.setAttribute("aria-label", label);
    return b;
  }

  function start() {
    Array.prototype.forEach.call(document.querySelectorAll("[data-slides]"), slides);
    Array.prototype.forEach.call(document.querySelectorAll("[data-token-picker]"), picker);
    Array.prototype.forEach.call(document.querySelectorAll("[data-quiz]"), quiz);
    progress();
  }
  if (document.readyState === "loading") { document.addEventListener("DOMContentLoaded", start); } else { start(); }
}());
