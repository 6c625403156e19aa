/* The step and question builder's small enhancement: only the fields that apply are shown.
   A question's choices and correct answers only for one-choice and several-choice questions;
   a content step's fields for the kind of material chosen. Without script every field shows
   and the server says which ones do not apply. */
(function () {
  "use strict";

  function box(id) {
    var field = document.getElementById(id);
    return field ? field.closest(".form-field") : null;
  }

  function showOnly(checked, map) {
    Object.keys(map).forEach(function (id) {
      var found = box(id);
      if (found) { found.hidden = map[id].indexOf(checked) === -1; }
    });
  }

  function follow(name, map) {
    var radios = document.querySelectorAll('input[type="radio"][name="' + name + '"]');
    if (!radios.length) { return; }
    function update() {
      var chosen = document.querySelector('input[type="radio"][name="' + name + '"]:checked');
      showOnly(chosen ? chosen.value : "", map);
    }
    radios.forEach(function (radio) { radio.addEventListener("change", update); });
    update();
  }

  follow("type", {
    "field-choices": ["single", "multiple"],
    "field-correct": ["single", "multiple"]
  });
  follow("content_kind", {
    "field-content_file": ["video", "document"],
    "field-captions_file": ["video"],
    "field-content_url": ["video", "document", "link"],
    "field-content_text": ["article"],
    "field-content_seconds": ["video"],
    "field-min_watched_percent": ["video"]
  });
})();
