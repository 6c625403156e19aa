// A content step's player: reports to the server which seconds of the video were played and
// that the learner is still on the page (every 10 s while the page is shown, and on pause,
// end and leaving). The server merges the spans, caps them by the time since the step was
// opened and says what it counts; its words go to the step's live region. Without this
// script the page still works: the video plays and "I have viewed it" is checked by the server.
(function () {
  "use strict";
  if (window.opencmeContentPlayer) return;
  window.opencmeContentPlayer = true;

  var EVERY_MS = 10000;

  function csrfToken() {
    var found = document.cookie.match(/(?:^|;\s*)csrftoken=([^;]+)/);
    return found ? decodeURIComponent(found[1]) : "";
  }

  function start(box) {
    var url = box.getAttribute("data-progress-url");
    var tokenInput = document.querySelector('input[name="' + box.getAttribute("data-token-field") + '"]');
    var live = box.querySelector("[data-progress]");
    var video = box.querySelector("video");
    var pending = [];
    var spanStart = null;
    var last = null;
    var metSaid = false;

    function tick() {
      var at = video.currentTime;
      // Seeks close a span ("seeking"); this catches a jump that came without one. A busy or
      // slow device may fire timeupdate seconds apart, so only a backward step or a forward
      // one of several seconds counts as a jump (the server caps spans by wall time anyway).
      var jump = 5 * Math.max(1, video.playbackRate || 1);
      if (spanStart === null || at < last || at - last > jump) {
        close();
        spanStart = at;
      }
      last = at;
    }

    function close() {
      if (spanStart !== null && last !== null && last > spanStart) pending.push([spanStart, last]);
      spanStart = null;
    }

    function take() {
      // the spans played so far; a span still playing goes on from where it was cut
      if (spanStart !== null && last !== null && last > spanStart) {
        pending.push([spanStart, last]);
        spanStart = last;
      }
      var spans = pending;
      pending = [];
      return spans;
    }

    function say(data, announce) {
      if (!live) return;
      var words = [];
      if (box.hasAttribute("data-rule-percent")) words.push("Watched so far: " + data.watched_percent + "%.");
      if (box.hasAttribute("data-rule-minutes")) words.push("Time recorded: " + data.minutes_spent + " min.");
      if (data.rule_met) words.push("You may now mark it viewed.");
      var text = words.join(" ");
      // A screen reader hears the region when it changes: on pause, end and meeting the rule,
      // not every ten seconds while the video plays.
      if (announce || (data.rule_met && !metSaid)) live.textContent = text;
      if (data.rule_met) metSaid = true;
    }

    function report(announce) {
      var spans = video ? take() : [];
      var body = JSON.stringify({ watched: spans, viewed: tokenInput ? tokenInput.value : "" });
      return fetch(url, {
        method: "POST",
        credentials: "same-origin",
        keepalive: true,
        headers: { "Content-Type": "application/json", "X-CSRFToken": csrfToken() },
        body: body,
      })
        .then(function (response) {
          if (!response.ok) throw new Error("report refused: " + response.status);
          return response.json();
        })
        .then(function (data) { say(data, announce); })
        .catch(function () {
          pending = spans.concat(pending);
          // A report the learner is waiting on (pause, end) is tried again soon, once.
          if (announce === true) window.setTimeout(function () { report("again"); }, 2000);
        });
    }

    if (video) {
      video.addEventListener("play", function () { spanStart = video.currentTime; last = spanStart; });
      video.addEventListener("timeupdate", function () { if (!video.paused) tick(); });
      video.addEventListener("seeking", close);
      video.addEventListener("pause", function () { tick(); close(); report(true); });
      video.addEventListener("ended", function () { tick(); close(); report(true); });
    }
    var timer = null;
    function beat() {
      if (timer !== null) return;
      timer = window.setInterval(function () { report(false); }, EVERY_MS);
    }
    document.addEventListener("visibilitychange", function () {
      if (submitting) return;
      if (document.visibilityState === "hidden") {
        window.clearInterval(timer);
        timer = null;
        report(false);
      } else {
        report(false);
        beat();
      }
    });
    // A form sent from the page records the page's time itself; a report beside it would
    // only contend with it for the database.
    var submitting = false;
    document.addEventListener("submit", function () {
      submitting = true;
      window.clearInterval(timer);
    });
    window.addEventListener("pagehide", function () { if (!submitting) report(false); });
    report(false);
    if (document.visibilityState !== "hidden") beat();
  }

  function init() {
    var boxes = document.querySelectorAll("[data-content-player]");
    for (var i = 0; i < boxes.length; i++) start(boxes[i]);
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
})();
