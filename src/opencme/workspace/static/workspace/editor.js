/* The activity editor's small enhancements; every one of them also works without script:
   - objectives: move up, move down, remove and add happen in place (without script each
     button sends the form back and it returns changed);
   - specialties and topics: names that match what is being typed, to pick from. */
(function () {
  "use strict";

  function status(text) {
    var live = document.getElementById("ws-live");
    if (!live) {
      live = document.createElement("p");
      live.id = "ws-live";
      live.className = "visually-hidden";
      live.setAttribute("role", "status");
      document.body.appendChild(live);
    }
    live.textContent = text;
  }

  function renumber(list) {
    var items = list.querySelectorAll("[data-objective]");
    items.forEach(function (item, i) {
      var id = i === 0 ? "field-objectives" : "field-objectives-" + (i + 1);
      var input = item.querySelector("input");
      var label = item.querySelector("label");
      input.id = id;
      label.setAttribute("for", id);
      item.querySelector("[data-number]").textContent = String(i + 1);
      item.querySelectorAll("[data-move]").forEach(function (button) {
        var verb = button.getAttribute("data-move");
        button.value = verb + "-" + i;
        var hidden = button.querySelector(".visually-hidden");
        if (hidden) hidden.textContent = " objective " + (i + 1);
        button.disabled = (verb === "up" && i === 0) || (verb === "down" && i === items.length - 1);
      });
    });
  }

  function objectives(list) {
    var form = list.closest("form");
    list.addEventListener("click", function (event) {
      var button = event.target.closest("[data-move]");
      if (!button) return;
      event.preventDefault();
      var item = button.closest("[data-objective]");
      var verb = button.getAttribute("data-move");
      if (verb === "up" && item.previousElementSibling) {
        list.insertBefore(item, item.previousElementSibling);
      } else if (verb === "down" && item.nextElementSibling) {
        list.insertBefore(item.nextElementSibling, item);
      } else if (verb === "remove") {
        var next = item.nextElementSibling || item.previousElementSibling;
        if (!next) {
          item.querySelector("input").value = "";
          status("Objective cleared.");
          return;
        }
        item.remove();
        renumber(list);
        next.querySelector("input").focus();
        status("Objective removed. Save the details to keep the change.");
        return;
      }
      renumber(list);
      var again = item.querySelector('[data-move="' + verb + '"]');
      (again && !again.disabled ? again : item.querySelector("input")).focus();
      var n = Array.prototype.indexOf.call(list.children, item) + 1;
      status("Objective moved to position " + n + ". Save the details to keep the change.");
    });
    var add = form.querySelector('button[name="objective"][value="add"]');
    if (add) {
      add.addEventListener("click", function (event) {
        event.preventDefault();
        var last = list.querySelector("[data-objective]:last-child");
        var copy = last.cloneNode(true);
        copy.querySelector("input").value = "";
        copy.querySelector("input").removeAttribute("autofocus");
        list.appendChild(copy);
        renumber(list);
        copy.querySelector("input").focus();
        status("Objective " + list.children.length + " added.");
      });
    }
  }

  function lastPart(text) {
    var parts = text.split(/[,;\n]/);
    return parts[parts.length - 1].trim();
  }

  function suggest(box) {
    var field = box.querySelector("textarea, input");
    if (!field) return;
    var url = box.getAttribute("data-suggest");
    var list = document.createElement("ul");
    list.className = "ws-suggest";
    list.hidden = true;
    list.setAttribute("aria-label", "Suggestions");
    field.insertAdjacentElement("afterend", list);
    var timer = null;
    var asked = "";

    function show(names) {
      list.textContent = "";
      names.forEach(function (name) {
        var li = document.createElement("li");
        var button = document.createElement("button");
        button.type = "button";
        button.className = "ws-suggest__pick";
        button.textContent = name;
        button.addEventListener("click", function () {
          var text = field.value;
          var cut = Math.max(text.lastIndexOf(","), text.lastIndexOf("\n"), text.lastIndexOf(";"));
          var head = cut >= 0 ? text.slice(0, cut + 1) + " " : "";
          field.value = head.replace(/^\s+/, "") + name + ", ";
          list.hidden = true;
          field.focus();
          status(name + " added.");
        });
        li.appendChild(button);
        list.appendChild(li);
      });
      list.hidden = names.length === 0;
      status(names.length ? names.length + " suggestions below the field." : "");
    }

    field.addEventListener("input", function () {
      clearTimeout(timer);
      var q = lastPart(field.value);
      if (q.length < 2) { list.hidden = true; asked = ""; return; }
      timer = setTimeout(function () {
        if (q === asked) return;
        asked = q;
        fetch(url + "&q=" + encodeURIComponent(q), { credentials: "same-origin" })
          .then(function (r) { return r.ok ? r.json() : { suggestions: [] }; })
          .then(function (data) { if (asked === q) show(data.suggestions || []); })
          .catch(function () { list.hidden = true; });
      }, 200);
    });
    box.addEventListener("keydown", function (event) {
      if (event.key === "Escape") { list.hidden = true; }
    });
  }

  document.querySelectorAll("[data-objectives]").forEach(objectives);
  document.querySelectorAll("[data-suggest]").forEach(suggest);
})();
