/* The credit page's small enhancements; the page works without them (the server checks
   everything again and says so beside the field):
   - a designation's amount hint follows the chosen credit type (its unit, steps and minimum);
   - the new designation's form shows only the fields its credit type uses (UAN, pharmacology
     hours, the credit's own name);
   - a UAN is checked against the rule book's format as it is typed;
   - an MOC form lists only the chosen board's kinds of MOC. */
(function () {
  "use strict";

  function data(id) {
    var node = document.getElementById(id);
    return node ? JSON.parse(node.textContent) : {};
  }

  var types = data("ws-credit-types");
  var boards = data("ws-board-kinds");

  function setupCredit(form) {
    var select = form.querySelector("select[name=credit_type]");
    var amount = form.querySelector("input[name=amount]");
    if (!select || !amount) return;
    var hint = document.getElementById(amount.id + "_helptext");
    function follow() {
      var facts = types[select.value];
      if (hint && facts) hint.textContent = facts.hint;
      form.querySelectorAll("[data-only]").forEach(function (box) {
        var key = box.getAttribute("data-only");
        box.hidden = !(facts && facts[key]);
      });
    }
    select.addEventListener("change", follow);
    follow();

    // The standard wording with the amount as typed (a saved designation's preview is the
    // server's until its amount or type changes here).
    var preview = form.querySelector("[data-preview-text]");
    var box = form.querySelector("[data-new-preview]");
    function previewed() {
      var facts = types[select.value];
      var text = facts && facts.preview ? facts.preview : "";
      var typed = amount_value();
      if (box) box.hidden = !text;
      if (preview && text) preview.textContent = text.split("{amount}").join(typed || "…");
    }
    function amount_value() {
      var value = amount.value.trim();
      return /^\d+(\.\d+)?$/.test(value) ? value : "";
    }
    if (preview) {
      select.addEventListener("change", previewed);
      amount.addEventListener("input", previewed);
      if (box) previewed();
    }

    var uan = form.querySelector("[data-uan-pattern]");
    var status = form.querySelector("[data-uan-status]");
    if (uan && status) {
      var pattern = new RegExp(uan.getAttribute("data-uan-pattern"));
      var check = function () {
        var value = uan.value.replace(/\s+/g, "");
        if (!value) {
          status.textContent = "";
        } else if (pattern.test(value)) {
          status.textContent = "This UAN has the right format.";
          status.className = "ws-live small ws-live--ok";
        } else {
          status.textContent = "Not yet a UAN of the form JA0000000-0000-26-001-H01-P.";
          status.className = "ws-live small ws-live--bad";
        }
      };
      uan.addEventListener("input", check);
      check();
    }
  }

  function setupMoc(form) {
    var select = form.querySelector("select[name=board]");
    if (!select) return;
    function follow() {
      var kinds = boards[select.value];
      form.querySelectorAll("input[name=credit_types]").forEach(function (box) {
        var row = box.closest(".check");
        var shown = !kinds || kinds.indexOf(box.value) !== -1;
        if (row) row.hidden = !shown;
        if (!shown) box.checked = false;
      });
    }
    select.addEventListener("change", follow);
    follow();
  }

  document.querySelectorAll("[data-credit-form]").forEach(setupCredit);
  document.querySelectorAll("[data-moc-form]").forEach(setupMoc);
})();
