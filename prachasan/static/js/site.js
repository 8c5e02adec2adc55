// The public site's only script: menu toggle, dropdowns, share buttons and the visit
// counter. Everything works without it except copy-link and print.
(function () {
  "use strict";

  var live = document.getElementById("live-region");

  function announce(message) {
    if (!live) return;
    live.textContent = "";
    // A fresh text node after a tick makes screen readers read the same message twice.
    window.setTimeout(function () {
      live.textContent = message;
    }, 50);
  }

  // Mobile menu: the button is shown by CSS only when this script can run.
  var toggle = document.querySelector(".nav-toggle");
  var nav = document.getElementById("site-nav");
  if (toggle && nav) {
    toggle.addEventListener("click", function () {
      var open = toggle.getAttribute("aria-expanded") !== "true";
      toggle.setAttribute("aria-expanded", String(open));
      nav.classList.toggle("is-open", open);
    });
  }

  // Dropdowns are <details>: close them on Escape and on a click elsewhere.
  var dropdowns = document.querySelectorAll("details.dropdown");
  document.addEventListener("click", function (event) {
    dropdowns.forEach(function (details) {
      if (details.open && !details.contains(event.target)) details.open = false;
    });
  });
  document.addEventListener("keydown", function (event) {
    if (event.key !== "Escape") return;
    // Close the innermost thing first: an open dropdown, then the mobile menu.
    var open = Array.prototype.filter.call(dropdowns, function (details) {
      return details.open;
    });
    if (open.length) {
      open.forEach(function (details) {
        details.open = false;
      });
      open[0].querySelector("summary").focus();
    } else if (toggle && toggle.getAttribute("aria-expanded") === "true") {
      toggle.click();
      toggle.focus();
    }
  });

  // Share tools on a news item.
  document.querySelectorAll("[data-copy-link]").forEach(function (button) {
    button.hidden = false;
    button.addEventListener("click", function () {
      var url = button.getAttribute("data-copy-link");
      var ask = function () {
        window.prompt(button.getAttribute("data-copy-prompt") || "", url);
      };
      var done = function () {
        announce(button.getAttribute("data-copied-message"));
        button.classList.add("is-done");
        window.setTimeout(function () {
          button.classList.remove("is-done");
        }, 2000);
      };
      if (navigator.clipboard && window.isSecureContext) {
        navigator.clipboard.writeText(url).then(done, ask);
      } else {
        // Plain http (a closed network): no clipboard API, let the user copy it.
        ask();
      }
    });
  });
  document.querySelectorAll("[data-print]").forEach(function (button) {
    button.hidden = false;
    button.addEventListener("click", function () {
      window.print();
    });
  });

  // Visit counter: one beacon per browser per day, so pages can be served from cache.
  var visitUrl = document.body.getAttribute("data-visit-url");
  if (visitUrl) {
    var now = new Date();
    var today = [now.getFullYear(), now.getMonth() + 1, now.getDate()].join("-");
    var key = "prachasan-visit";
    var seen = null;
    var storable = true;
    try {
      seen = window.localStorage.getItem(key);
    } catch (error) {
      // Storage blocked (private mode, strict settings): fall back to a cookie.
      storable = false;
      var match = document.cookie.match(/(?:^|; )prachasan-visit=([^;]*)/);
      seen = match ? match[1] : null;
    }
    if (seen !== today) {
      var sent = false;
      if (navigator.sendBeacon) {
        try {
          sent = navigator.sendBeacon(visitUrl);
        } catch (error) {
          sent = false;
        }
      }
      if (!sent && window.fetch) {
        window.fetch(visitUrl, { method: "POST", keepalive: true, credentials: "omit" });
      }
      if (storable) {
        try {
          window.localStorage.setItem(key, today);
        } catch (error) {
          // Ignored: this browser may then be counted again on its next page view.
        }
      } else {
        var midnight = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1);
        document.cookie =
          key + "=" + today + "; expires=" + midnight.toUTCString() + "; path=/; SameSite=Lax";
      }
    }
  }
})();
