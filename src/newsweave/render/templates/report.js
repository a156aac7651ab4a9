(function () {
  "use strict";
  // Claim filter and search: rows are only shown or hidden (the hidden attribute), never rebuilt, so no
  // article text is ever parsed as markup; nothing here needs a style attribute the CSP would refuse.
  document.querySelectorAll("section.claims-section").forEach(function (section) {
    var search = section.querySelector("input.claim-search");
    var status = section.querySelector("select.claim-status");
    var count = section.querySelector(".claim-count");
    var details = section.querySelector("details.single-source");
    var rows = Array.prototype.slice.call(section.querySelectorAll("tr.claim"));
    if (!search || !status) { return; }
    function apply() {
      var words = search.value.toLowerCase().split(/\s+/).filter(Boolean);
      var want = status.value;
      var shown = 0;
      rows.forEach(function (row) {
        var text = row.textContent.toLowerCase();
        var ok = (!want || row.getAttribute("data-status") === want) &&
          words.every(function (w) { return text.indexOf(w) !== -1; });
        row.hidden = !ok;
        if (ok) { shown += 1; }
      });
      // Searching or asking for single-source claims opens the collapsed group, so matches are visible.
      if (details && (words.length || want === "single_source")) { details.open = true; }
      if (count) {
        count.textContent = (words.length || want) ? shown + " of " + rows.length + " claims" : "";
      }
    }
    search.addEventListener("input", apply);
    status.addEventListener("change", apply);
  });

  var pop = document.getElementById("popover");
  if (!pop) { return; }
  var outlet = pop.querySelector(".po-outlet");
  var words = pop.querySelector(".po-words");
  function show(el) {
    // textContent only: the cited words are article text, never markup.
    outlet.textContent = el.getAttribute("data-outlet") || "";
    words.textContent = "\u201c" + (el.getAttribute("data-words") || "") + "\u201d";
    el.dataset.title = el.getAttribute("title") || el.dataset.title || "";
    el.removeAttribute("title");
    pop.hidden = false;
    var r = el.getBoundingClientRect();
    var left = Math.min(window.scrollX + r.left, window.scrollX + document.documentElement.clientWidth - pop.offsetWidth - 8);
    pop.style.left = Math.max(8, left) + "px";
    pop.style.top = (window.scrollY + r.bottom + 6) + "px";
  }
  function hide(el) {
    pop.hidden = true;
    if (el && el.dataset.title) { el.setAttribute("title", el.dataset.title); }
  }
  document.querySelectorAll("a.cite").forEach(function (el) {
    el.addEventListener("mouseenter", function () { show(el); });
    el.addEventListener("focus", function () { show(el); });
    el.addEventListener("mouseleave", function () { hide(el); });
    el.addEventListener("blur", function () { hide(el); });
    el.addEventListener("click", function () {
      var target = document.getElementById(el.getAttribute("href").slice(1));
      if (target && target.tagName === "DETAILS") { target.open = true; }
      // A claim in the collapsed single-source group: open the group so the link lands on it.
      var group = target && target.closest ? target.closest("details") : null;
      if (group) { group.open = true; }
    });
  });
})();
