/* riwaya HTML report: layer toggles, a viewport-clamped tooltip, table rows pointing at text.
   The page reads fine without it (CSS tooltips take over under html.no-js). */
(function () {
  "use strict";
  var root = document.documentElement;
  root.classList.remove("no-js");

  // one checkbox per layer: hide or show its highlights
  document.querySelectorAll("input[data-layer]").forEach(function (box) {
    var sync = function () { root.classList.toggle("hide-" + box.dataset.layer, !box.checked); };
    box.addEventListener("change", sync);
    sync();
  });

  // the tooltip: text only (textContent), placed above the hovered piece, kept on screen
  var tip = document.createElement("div");
  tip.className = "tip";
  tip.setAttribute("role", "tooltip");
  tip.hidden = true;
  document.body.appendChild(tip);
  var current = null;

  function show(mark) {
    current = mark;
    tip.textContent = mark.getAttribute("data-tip");
    tip.hidden = false;
    var rects = mark.getClientRects();
    var box = rects.length ? rects[0] : mark.getBoundingClientRect();
    var width = tip.offsetWidth, height = tip.offsetHeight, margin = 8;
    var x = box.right - width;                       // right-aligned with the text, as RTL reads
    x = Math.max(margin, Math.min(x, window.innerWidth - width - margin));
    var y = box.top - height - 6;
    if (y < margin) { y = (rects.length ? rects[rects.length - 1] : box).bottom + 6; }
    tip.style.left = x + "px";
    tip.style.top = y + "px";
  }

  function hide() { current = null; tip.hidden = true; }

  // a piece whose every layer is switched off keeps quiet
  function shown(mark) {
    return Array.prototype.some.call(mark.classList, function (name) {
      return name.indexOf("l-") === 0 && !root.classList.contains("hide-" + name.slice(2));
    });
  }

  document.addEventListener("mouseover", function (event) {
    var mark = event.target.closest && event.target.closest("mark[data-tip]");
    if (mark && shown(mark)) { if (mark !== current) { show(mark); } } else if (current) { hide(); }
  });
  document.addEventListener("focusin", function (event) {
    var mark = event.target.closest && event.target.closest("mark[data-tip]");
    if (mark && shown(mark)) { show(mark); }
  });
  document.addEventListener("focusout", hide);
  window.addEventListener("scroll", hide, { passive: true });
  window.addEventListener("resize", hide);

  // hovering a table row outlines its highlight(s) in the text
  document.querySelectorAll("tr[data-ref]").forEach(function (row) {
    var marks = document.querySelectorAll('mark[data-id~="' + CSS.escape(row.dataset.ref) + '"]');
    row.addEventListener("mouseenter", function () {
      marks.forEach(function (mark) { mark.classList.add("is-linked"); });
    });
    row.addEventListener("mouseleave", function () {
      marks.forEach(function (mark) { mark.classList.remove("is-linked"); });
    });
  });
})();
