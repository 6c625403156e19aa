// OpenCME finder: progressive enhancement only; the finder works without this file.
// 1. The search box suggests words of the catalog as the user types (a datalist filled from
//    /activities/suggest/).
// 2. A filter ticked reloads the page (site.js submits the form); the reloaded page puts the
//    keyboard focus back on the same control, so a keyboard user keeps their place.
(function () {
  "use strict";
  var FOCUS_KEY = "opencme.finder.focus";

  function suggest(input) {
    var url = input.getAttribute("data-suggest");
    if (!url || !window.fetch) return;
    var list = document.createElement("datalist");
    list.id = input.id + "-suggestions";
    input.parentNode.appendChild(list);
    input.setAttribute("list", list.id);
    var timer = null;
    var last = "";
    input.addEventListener("input", function () {
      window.clearTimeout(timer);
      timer = window.setTimeout(function () {
        var q = input.value;
        if (q === last) return;
        last = q;
        if (q.trim().length < 2) { list.textContent = ""; return; }
        fetch(url + "?q=" + encodeURIComponent(q), { headers: { Accept: "application/json" } })
          .then(function (r) { return r.ok ? r.json() : { suggestions: [] }; })
          .then(function (data) {
            if (input.value !== q) return;
            list.textContent = "";
            (data.suggestions || []).forEach(function (text) {
              var option = document.createElement("option");
              option.value = text;
              list.appendChild(option);
            });
          })
          .catch(function () { /* suggestions are optional */ });
      }, 150);
    });
  }

  function keepFocus(form) {
    form.addEventListener("change", function (event) {
      var target = event.target;
      if (!target || !target.id || target.name === "q") return;
      try { window.sessionStorage.setItem(FOCUS_KEY, target.id); } catch (e) { /* private mode */ }
    });
    var id = null;
    try {
      id = window.sessionStorage.getItem(FOCUS_KEY);
      window.sessionStorage.removeItem(FOCUS_KEY);
    } catch (e) { return; }
    var control = id && document.getElementById(id);
    if (!control || !form.contains(control)) return;
    var filters = control.closest("details");
    while (filters) {  // a control folded under "Filters" or "Show more" is shown again
      filters.open = true;
      filters = filters.parentElement && filters.parentElement.closest("details");
    }
    control.focus({ preventScroll: false });
  }

  document.addEventListener("DOMContentLoaded", function () {
    Array.prototype.forEach.call(document.querySelectorAll("input[data-suggest]"), suggest);
    Array.prototype.forEach.call(document.querySelectorAll("form[data-finder]"), keepFocus);
  });
})();
