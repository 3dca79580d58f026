/*
 * Dermamap embed helper. Put it after the iframe:
 *   <iframe data-dermamap src="https://dermamap.example/embed?cur=GBP&amp;dermal=60-80" ...></iframe>
 *   <script src="https://dermamap.example/embed.js" defer></script>
 * It sizes each iframe[data-dermamap] to its content. It accepts a message only from the
 * iframe's own window and origin, and only a plain height in pixels within sane bounds.
 * No dependencies, no cookies, no requests; the messages never hold anything a visitor typed.
 */
(function () {
  "use strict";
  // The height message's contract; the same values as core/src/embed/height_message.rs (a
  // host test checks they agree).
  var TYPE = "dermamap:height";
  var MIN = 100;
  var MAX = 20000;

  function originOf(frame) {
    try {
      return new URL(frame.getAttribute("src") || "", document.baseURI).origin;
    } catch (e) {
      return null;
    }
  }

  // With box-sizing: border-box (common in site stylesheets) the height includes the
  // frame's borders and padding, which the content height does not.
  function boxExtra(frame) {
    var cs = window.getComputedStyle(frame);
    if (cs.boxSizing !== "border-box") return 0;
    var sum = 0;
    ["borderTopWidth", "borderBottomWidth", "paddingTop", "paddingBottom"].forEach(function (p) {
      sum += parseFloat(cs[p]) || 0;
    });
    return sum;
  }

  window.addEventListener("message", function (event) {
    var data = event.data;
    if (!data || typeof data !== "object" || data.type !== TYPE) return;
    var height = data.height;
    if (typeof height !== "number" || !isFinite(height) || height < MIN || height > MAX) return;
    var frames = document.querySelectorAll("iframe[data-dermamap]");
    for (var i = 0; i < frames.length; i++) {
      var frame = frames[i];
      if (frame.contentWindow === event.source && originOf(frame) === event.origin) {
        frame.style.height = Math.ceil(height + boxExtra(frame)) + "px";
        return;
      }
    }
  });
})();
