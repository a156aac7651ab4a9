(function () {
  "use strict";
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
    });
  });
})();
