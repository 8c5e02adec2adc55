// The phone directory's search box: hides the entries that do not match what the
// visitor types. Without this script every entry is simply shown.
(function () {
  "use strict";

  var box = document.querySelector("[data-phone-search]");
  var input = document.getElementById("phone-search-input");
  var status = document.querySelector("[data-phone-search-status]");
  if (!box || !input) return;

  var entries = Array.prototype.slice.call(document.querySelectorAll("[data-phone-entry]"));
  var sections = Array.prototype.slice.call(document.querySelectorAll("[data-phone-section]"));
  // Each entry is searched with the titles of the sections around it, so typing a
  // department or cluster finds its people.
  var texts = entries.map(function (entry) {
    var text = entry.textContent;
    var section = entry.parentElement;
    while (section) {
      if (section.hasAttribute && section.hasAttribute("data-phone-section")) {
        var title = section.querySelector("h2, h3");
        if (title) text += " " + title.textContent;
      }
      section = section.parentElement;
    }
    return normalise(text);
  });

  function normalise(text) {
    // Thai digits as Arabic and no spaces or dashes, so "๐๘๑" and "081-" both match.
    return text
      .replace(/[\u0E50-\u0E59]/g, function (digit) {
        return String(digit.charCodeAt(0) - 0x0e50);
      })
      .replace(/[\s\-().]+/g, "")
      .toLowerCase();
  }

  function filter() {
    var query = normalise(input.value);
    var shown = 0;
    entries.forEach(function (entry, index) {
      var match = !query || texts[index].indexOf(query) !== -1;
      entry.hidden = !match;
      if (match) shown += 1;
    });
    sections.forEach(function (section) {
      section.hidden = !section.querySelector("[data-phone-entry]:not([hidden])");
    });
    status.textContent = query && !shown ? status.getAttribute("data-none") : "";
  }

  box.hidden = false;
  input.addEventListener("input", filter);
})();
