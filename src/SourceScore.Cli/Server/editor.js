// The editor's page of `sourcescore serve`: steps through the findings of the checked draft. Served by the app
// itself (the page's content security policy allows no inline script and nothing from elsewhere).
"use strict";
(function () {
  const refs = Array.from(document.querySelectorAll(".text a.ref, .text a.point"));
  const nav = document.getElementById("finding-nav");
  if (!nav || refs.length === 0) {
    return;
  }

  const where = document.getElementById("finding-where");
  const message = document.getElementById("finding-message");
  let current = -1;

  function show(i) {
    refs.forEach(r => r.classList.remove("current"));
    current = (i + refs.length) % refs.length;
    const ref = refs[current];
    ref.classList.add("current");
    ref.scrollIntoView({ block: "center" });
    ref.focus({ preventScroll: true });
    where.textContent = (current + 1) + " of " + refs.length;
    const item = document.getElementById(ref.getAttribute("href").slice(1));
    message.textContent = item ? item.textContent : ref.title;
  }

  document.getElementById("finding-prev").addEventListener("click", () => show(current - 1));
  document.getElementById("finding-next").addEventListener("click", () => show(current + 1));

  // Each entry of the list also leads back to its place in the text.
  document.querySelectorAll("ol.findings li[id]").forEach(item => {
    const ref = refs.findIndex(r => r.getAttribute("href") === "#" + item.id);
    if (ref >= 0) {
      const link = document.createElement("a");
      link.href = "#";
      link.className = "in-text";
      link.textContent = "show in text";
      link.addEventListener("click", e => { e.preventDefault(); show(ref); });
      item.append(" ", link);
    }
  });

  nav.hidden = false;
  document.addEventListener("keydown", e => {
    if (e.target instanceof HTMLTextAreaElement || e.target instanceof HTMLInputElement) {
      return;
    }

    if (e.key === "n" || e.key === "j") {
      show(current + 1);
    } else if (e.key === "p" || e.key === "k") {
      show(current - 1);
    }
  });
})();
