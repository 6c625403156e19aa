// OpenCME: progressive enhancement only. Every page works without this file.
(function () {
  "use strict";
  document.documentElement.classList.add("js");

  function enhanceFinder(form) {
    var note = form.querySelector("[data-auto-note]");
    if (note) note.hidden = false;
    // The note above the filters tells people that a change applies at once (WCAG 3.2.2).
    form.addEventListener("change", function (event) {
      var target = event.target;
      if (!target || !target.name || target.name === "q" || target.type === "date") return;
      form.requestSubmit ? form.requestSubmit() : form.submit();
    });
    // Empty fields would only clutter the shared URL.
    form.addEventListener("submit", function () {
      Array.prototype.forEach.call(form.elements, function (el) {
        if (el.name && !el.value && (el.type === "search" || el.type === "date" || el.type === "radio")) {
          el.disabled = true;
        }
      });
      var sort = form.querySelector("select[name=sort]");
      if (sort && sort.selectedIndex === 0) sort.disabled = true;
    });
    // A page restored from the back-forward cache must not keep those fields switched off.
    window.addEventListener("pageshow", function () {
      Array.prototype.forEach.call(form.elements, function (el) { el.disabled = false; });
    });
    var filters = form.querySelector("[data-filters]");
    if (filters && window.matchMedia) {
      var wide = window.matchMedia("(min-width: 60em)");
      var sync = function () { if (wide.matches) filters.open = true; };
      sync();
      if (wide.addEventListener) wide.addEventListener("change", sync);
    }
  }

  document.addEventListener("DOMContentLoaded", function () {
    Array.prototype.forEach.call(document.querySelectorAll("form[data-finder]"), enhanceFinder);
  });
})();
