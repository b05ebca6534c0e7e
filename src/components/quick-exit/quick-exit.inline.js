/* Quick exit. Inline at the end of <head>, before the stylesheet (src/layouts/Base.astro), so it
   works from first paint, before any island hydrates, and holds up nothing while the stylesheet loads.
   Its SHA-256 goes into the CSP (astro.config.mjs), so any edit here changes the hash.
   Modelled on GOV.UK Frontend's "Exit this page", with fixes for its known Shift problems.
   Bundled by esbuild (scripts/inline-scripts.mjs), so the shared names come from one place. */
import { SOURCE_LANG } from "../../core/i18n/source-lang";
import {
  ADDRESS_EVENT,
  LANGUAGE_MARK,
  LEAVING_MARK,
  NAVIGATE_EVENT,
  QUICK_EXIT_EVENT,
  SPEECH_MARK,
  TAB_CHANNEL,
} from "../../core/signals";

(() => {
  var win = window;
  var doc = document;
  var root = doc.documentElement;
  var exitUrl = root.getAttribute("data-exit-url") || "about:blank";
  var exitTitle = root.getAttribute("data-exit-title") || "New Tab";
  var PRESSES = 3;
  var TIMEOUT_MS = 5000;
  var EXPIRED_SHOWN_MS = 3000;
  var NOTICE_KEY = "qe-notice-seen";
  var presses = 0;
  var timer = 0;
  var shiftUsedWithOtherKey = false;
  var exited = false;
  // Every tab of the site hears an exit in any one of them. BroadcastChannel stays inside
  // this browser and this origin; nothing is sent anywhere or stored.
  var channel = null;
  try {
    channel = new BroadcastChannel(TAB_CHANNEL);
    channel.onmessage = (e) => {
      if (e.data && e.data.type === "exit" && !exited) exit(null, true);
    };
  } catch (_e) {
    /* no BroadcastChannel (very old browser): this tab still exits */
  }

  function hide() {
    // Inline style via the CSSOM: allowed under the CSP, and needs no stylesheet to have loaded.
    root.style.setProperty("display", "none", "important");
    // location.replace fires beforeunload before the islands hear of the exit: a session's
    // "Leave site?" prompt sees this mark and stays quiet.
    root.setAttribute(LEAVING_MARK, "");
  }

  function byId(id) {
    return doc.getElementById(id);
  }

  function say(message) {
    var el = byId("qe-status");
    if (el) el.textContent = message;
  }

  function showProgress(count) {
    var link = byId("qe-link");
    if (link) link.setAttribute("data-presses", String(count));
  }

  function resetCount() {
    win.clearTimeout(timer);
    presses = 0;
    showProgress(0);
  }

  // Hiding the page and starting to leave come first, alone in the input's own event; all the
  // rest (telling other tabs and the islands, the title, storage, emptying the page) comes once
  // the frame that shows the page hidden has been drawn, so none of it holds up that frame.
  function exit(event, fromOtherTab) {
    if (event) event.preventDefault();
    hide();
    exited = true;
    // replace, not assign: the site's entry leaves the tab's back list.
    win.location.replace(exitUrl);
    // Stop Read aloud at once: it may be saying a child's name, address or safe place. Only
    // where it has spoken: touching speechSynthesis first starts the speech service (up to
    // 20 ms), which held up the frame that hides the page.
    try {
      if (root.hasAttribute(SPEECH_MARK) && win.speechSynthesis) win.speechSynthesis.cancel();
    } catch (_e) {
      /* no speech */
    }
    // A tab that is not shown (another tab's exit) draws no frame: nothing to wait for.
    if (fromOtherTab || doc.visibilityState === "hidden" || !win.IntersectionObserver) finish(fromOtherTab);
  }

  var finished = false;
  function finish(fromOtherTab) {
    if (finished) return;
    finished = true;
    if (!fromOtherTab && channel) {
      try {
        channel.postMessage({ type: "exit" });
      } catch (_e) {
        /* the other tabs cannot be told; this one still leaves */
      }
    }
    doc.title = exitTitle;
    resetCount();
    try {
      win.sessionStorage.clear();
    } catch (_e) {
      /* storage blocked: nothing to clear */
    }
    // Islands listen for this to drop any plan held in memory and lock storage (saving the
    // last words first). An error in one cannot stop the rest.
    try {
      win.dispatchEvent(new Event(QUICK_EXIT_EVENT));
    } catch (_e) {
      /* very old browser: carry on */
    }
    // If the destination never loads (offline), the tab is left blank, not showing the site.
    if (doc.body) doc.body.textContent = "";
  }

  // The rest runs in the task after the frame that draws the page hidden. An IntersectionObserver,
  // set up once here so the exit's own event has nothing more to do, reports in the frame that
  // hides the root (requestAnimationFrame comes before that frame is drawn, and a page clock,
  // such as a test's, can stop it); a message then puts the rest after it. If no frame comes
  // (the tab is switched away, or the page goes first), the rest runs then instead.
  function afterExit() {
    if (exited) finish(false);
  }
  try {
    new IntersectionObserver(() => {
      if (!exited) return;
      try {
        const next = new MessageChannel();
        next.port1.onmessage = afterExit;
        next.port2.postMessage(0);
      } catch (_e) {
        afterExit();
      }
    }).observe(root);
  } catch (_e) {
    /* very old browser: the rest runs in the exit's own event */
  }
  doc.addEventListener("visibilitychange", afterExit);

  // Shift pressed alone three times in a row, each within 5 s of the last. Counted on keyup,
  // so Shift held down to type a capital letter (another key pressed meanwhile) does not
  // count, nor does Shift with a click, a drag or the wheel (below). Any other key resets the
  // count: someone using Sticky Keys taps Shift alone before each capital, and three capitals
  // must not throw their typing away.
  win.addEventListener(
    "keydown",
    (e) => {
      if (e.key === "Shift") {
        if (!e.repeat) shiftUsedWithOtherKey = false;
        return;
      }
      if (e.shiftKey) shiftUsedWithOtherKey = true;
      if (presses > 0) {
        resetCount();
        say("");
      }
    },
    true,
  );

  // Shift with the pointer or the wheel (extending a selection, dragging, scrolling sideways)
  // is Shift used with something else too: it does not count, and it starts the count again.
  function pointerUsed(e) {
    if (!e.shiftKey) return;
    shiftUsedWithOtherKey = true;
    if (presses > 0) {
      resetCount();
      say("");
    }
  }
  ["pointerdown", "mousedown", "wheel"].forEach((type) => {
    win.addEventListener(type, pointerUsed, { capture: true, passive: true });
  });

  win.addEventListener(
    "keyup",
    (e) => {
      if (e.key !== "Shift" || exited) return;
      if (shiftUsedWithOtherKey) {
        shiftUsedWithOtherKey = false;
        if (presses > 0) {
          resetCount();
          say("");
        }
        return;
      }
      presses += 1;
      win.clearTimeout(timer);
      if (presses >= PRESSES) {
        exit(null);
        return;
      }
      var left = PRESSES - presses;
      showProgress(presses);
      // The words come from the page (data-qe-left-1, data-qe-left-2), in its own language,
      // so this script, and its hash in the CSP, is the same on every page.
      say(root.getAttribute("data-qe-left-" + left) || "");
      timer = win.setTimeout(() => {
        resetCount();
        say(root.getAttribute("data-qe-expired") || "");
        // Said, then gone: left for good, it would sit over the page.
        timer = win.setTimeout(() => say(""), EXPIRED_SHOWN_MS);
      }, TIMEOUT_MS);
    },
    true,
  );

  doc.addEventListener(
    "click",
    (e) => {
      var target = e.target;
      var link = target?.closest ? target.closest("a[href]") : null;
      if (link?.hasAttribute("data-quick-exit")) {
        exit(e);
        return;
      }
      if (target?.closest?.("[data-qe-dismiss]")) {
        root.classList.remove("qe-first");
        const main = byId("main");
        if (main) main.focus();
        return;
      }
      if (!link || e.defaultPrevented || e.button !== 0) return;
      if (e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
      if ((link.target && link.target !== "_self") || link.hasAttribute("download")) return;
      var url = new URL(link.href, win.location.href);
      if (url.origin !== win.location.origin) return;
      // To another language: its first page explains the exit in that language (below).
      if (link.hasAttribute("data-twin")) url.searchParams.set(LANGUAGE_MARK, "");
      // Moving within the site replaces the history entry, so the site takes one place in the
      // tab's back list and a quick exit (also a replace) removes it altogether.
      e.preventDefault();
      // A workspace may take the move over (another plan in the same page), or ask first
      // when it would clear unsaved answers: it cancels this event and handles the link.
      var ask = new CustomEvent(NAVIGATE_EVENT, {
        cancelable: true,
        detail: { url: url.href, label: (link.textContent || "").trim() },
      });
      if (!win.dispatchEvent(ask)) return;
      win.location.replace(url.href);
    },
    true,
  );

  // A workspace moves between plans without loading a page: the links to this page in the
  // other languages (LanguageLinks.astro marks them data-twin) follow it to the plan now shown.
  // Only the page's own language and its links' are known here, never the list of languages the
  // site is written in: the page reveals no language beyond its links (issue 23).
  var prefix = (lang) => (!lang || lang === SOURCE_LANG ? "" : "/" + lang);
  win.addEventListener(ADDRESS_EVENT, (e) => {
    var url = new URL(e.detail?.url || win.location.href, win.location.href);
    var own = prefix(root.getAttribute("data-lang"));
    var path = own && url.pathname.indexOf(own + "/") === 0 ? url.pathname.slice(own.length) : url.pathname;
    doc.querySelectorAll("[data-twin]").forEach((el) => {
      el.setAttribute("href", prefix(el.getAttribute("data-twin")) + path + url.hash);
    });
  });

  // Back/forward cache: hide the page as it goes in, so a restored snapshot never shows
  // content. On return, leave again if the person had exited; otherwise load the page afresh,
  // which also drops anything that was held only in memory.
  win.addEventListener("pagehide", (e) => {
    afterExit();
    if (e.persisted) hide();
  });
  win.addEventListener("pageshow", (e) => {
    if (!e.persisted) return;
    hide();
    if (exited) win.location.replace(exitUrl);
    else win.location.reload();
  });

  // The first page seen in this tab explains the quick exit (the flag lives only as long as
  // the tab, and the quick exit clears it).
  // Pages that must leave no trace at all (after a session is cleared) skip it.
  var noTrace = root.getAttribute("data-qe-notice") === "off";
  // Arrived by a language link: the notice again, in this language. The marker leaves the
  // address at once, so a reload or a bookmark does not carry it.
  var here = new URL(win.location.href);
  var newLanguage = here.searchParams.has(LANGUAGE_MARK);
  if (newLanguage) {
    here.searchParams.delete(LANGUAGE_MARK);
    try {
      win.history.replaceState(win.history.state, "", here.pathname + here.search + here.hash);
    } catch (_e) {
      /* the address keeps the marker: harmless */
    }
  }
  try {
    if (!noTrace && (newLanguage || !win.sessionStorage.getItem(NOTICE_KEY))) {
      root.classList.add("qe-first");
      win.sessionStorage.setItem(NOTICE_KEY, "1");
    }
  } catch (_e) {
    if (!noTrace) root.classList.add("qe-first");
  }
  root.classList.add("js");
})();
