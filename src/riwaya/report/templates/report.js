/* riwaya HTML report: layer toggles, a viewport-clamped tooltip, table rows pointing at text,
   claims lighting up their partners in the other columns. The page reads fine without it
   (CSS tooltips take over under html.no-js, links still lead to each claim). */
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
  var current = null, pointerY = -1;

  // the line of a piece under the pointer (a claim runs over many lines), else its first line
  function lineBox(piece, y) {
    var rects = Array.prototype.slice.call(piece.getClientRects());
    var hit = rects.filter(function (r) { return y >= r.top && y <= r.bottom; });
    return hit[0] || rects[0] || piece.getBoundingClientRect();
  }

  function show(piece, y) {
    current = piece;
    pointerY = y;
    tip.textContent = piece.getAttribute(piece.matches("mark") ? "data-tip" : "data-claim-tip");
    tip.hidden = false;
    var box = lineBox(piece, y);
    var width = tip.offsetWidth, height = tip.offsetHeight, margin = 8;
    var x = box.right - width;                       // right-aligned with the text, as RTL reads
    x = Math.max(margin, Math.min(x, window.innerWidth - width - margin));
    var y = box.top - height - 6;
    if (y < margin) { y = box.bottom + 6; }
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

  function claimsShown() { return !root.classList.contains("hide-claim"); }

  // what a pointer or focus on this element tells about: its highlight, else its claim
  function tipFor(element) {
    var mark = element.closest && element.closest("mark[data-tip]");
    if (mark && shown(mark)) { return mark; }
    var claim = element.closest && element.closest(".claim[data-claim-tip]");
    return claim && claimsShown() ? claim : null;
  }

  document.addEventListener("mouseover", function (event) {
    var piece = tipFor(event.target);
    if (piece) { if (piece !== current) { show(piece, event.clientY); } } else if (current) { hide(); }
    light(claimOf(event.target));
  });
  document.addEventListener("focusin", function (event) {
    var piece = tipFor(event.target);
    if (piece) { show(piece, -1); }
    light(claimOf(event.target));
  });
  document.addEventListener("focusout", function () { hide(); light(null); });
  // the page scrolling under a tooltip (a jump, a link, the wheel) carries the tooltip along
  window.addEventListener("scroll", function () { if (current) { show(current, pointerY); } },
                          { passive: true });
  window.addEventListener("resize", hide);

  // claims: hovering one (in a column or cited in a section) lights it and its partners in
  // the other columns; clicking a claim in a column goes to its partners in turn
  var RELATIONS = ["conflict", "verify", "credited", "agree", "related"];
  var STATES = ["is-active", "is-partner"].concat(RELATIONS.map(function (r) { return "rel-" + r; }));
  var lit = [], litId = null;

  function claimOf(element) {
    var claim = element.closest && element.closest("[data-claim], [data-claim-link]");
    return claim ? claim.getAttribute("data-claim") || claim.getAttribute("data-claim-link") : null;
  }

  function piecesOf(id) {
    return document.querySelectorAll('.claim[data-claim="' + CSS.escape(id) + '"]');
  }

  function partnersOf(piece) {
    return RELATIONS.reduce(function (found, relation) {
      var ids = (piece.getAttribute("data-" + relation) || "").split(" ").filter(Boolean);
      return found.concat(ids.map(function (id) { return { id: id, relation: relation }; }));
    }, []);
  }

  function paint(pieces, classes) {
    pieces.forEach(function (piece) {
      classes.forEach(function (name) { piece.classList.add(name); });
      lit.push(piece);
    });
  }

  function light(id) {
    if (id && !claimsShown()) { id = null; }
    if (id === litId) { return; }
    lit.forEach(function (piece) { STATES.forEach(function (name) { piece.classList.remove(name); }); });
    lit = [];
    litId = id;
    var pieces = id ? piecesOf(id) : [];
    if (!pieces.length) { return; }
    paint(pieces, ["is-active"]);
    partnersOf(pieces[0]).forEach(function (partner) {
      paint(piecesOf(partner.id), ["is-partner", "rel-" + partner.relation]);
    });
  }

  function flash(piece) {
    piece.classList.remove("is-flash");
    void piece.offsetWidth;  // restart the animation
    piece.classList.add("is-flash");
  }

  function jump(claim) {
    var partners = partnersOf(claim);
    if (!partners.length || !claimsShown()) { return; }
    var turn = Number(claim.getAttribute("data-turn") || 0) % partners.length;
    claim.setAttribute("data-turn", turn + 1);
    var target = piecesOf(partners[turn].id)[0];
    if (!target) { return; }
    target.scrollIntoView({ block: "center", behavior: "smooth" });
    flash(target);
  }

  document.addEventListener("click", function (event) {
    var claim = event.target.closest && event.target.closest(".claim[tabindex]");
    if (claim && !String(window.getSelection() || "")) { jump(claim); }
  });
  document.addEventListener("keydown", function (event) {
    if (event.key === "Enter" && event.target.matches(".claim[tabindex]")) { jump(event.target); }
  });

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
