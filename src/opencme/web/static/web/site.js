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

  // The main navigation on a narrow screen: a "Menu" disclosure button (shown by the stylesheet
  // only once this script has run) opens and closes the list of links. Escape closes it and gives
  // the focus back to the button, as does a click or focus outside the open menu.
  function enhanceNav(toggle) {
    var nav = document.getElementById(toggle.getAttribute("aria-controls"));
    if (!nav) return;
    function setOpen(open, refocus) {
      toggle.setAttribute("aria-expanded", open ? "true" : "false");
      nav.classList.toggle("is-open", open);
      if (!open && refocus) toggle.focus();
    }
    function isOpen() { return toggle.getAttribute("aria-expanded") === "true"; }
    toggle.addEventListener("click", function () { setOpen(!isOpen(), false); });
    document.addEventListener("keydown", function (event) {
      if (event.key !== "Escape" || !isOpen()) return;
      var inside = nav.contains(document.activeElement) || toggle === document.activeElement;
      setOpen(false, inside);
    });
    document.addEventListener("click", function (event) {
      if (isOpen() && !nav.contains(event.target) && !toggle.contains(event.target)) setOpen(false, false);
    });
    document.addEventListener("focusin", function (event) {
      if (isOpen() && !nav.contains(event.target) && !toggle.contains(event.target)) setOpen(false, false);
    });
  }

  // "Go back" on the error pages: a button only script can work, so it is hidden without it.
  function enhanceBack(button) {
    if (window.history.length < 2) return;
    button.hidden = false;
    button.addEventListener("click", function () { window.history.back(); });
  }

  document.addEventListener("DOMContentLoaded", function () {
    Array.prototype.forEach.call(document.querySelectorAll("[data-nav-toggle]"), enhanceNav);
    Array.prototype.forEach.call(document.querySelectorAll("[data-back]"), enhanceBack);
    Array.prototype.forEach.call(document.querySelectorAll("form[data-finder]"), enhanceFinder);
  });
})();
