/* Témoin: live additions. Polls /api/status and, when the server's graph is newer than the
 * one this page shows, offers « N nouveaux articles — recharger »; says when a rebuild is
 * under way or failed. Every text goes through textContent. */
"use strict";

(function () {
  const banner = document.getElementById("live-banner");
  if (!banner) return;
  const STATUS = banner.dataset.status;
  const MINE = banner.dataset.version;
  const PERIOD = 2000;
  let shown = "";

  function el(tag, cls, text) {
    const node = document.createElement(tag);
    if (cls) node.className = cls;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function articles(n) {
    return n === 1 ? "1 nouvel article" : n + " nouveaux articles";
  }

  function render(s) {
    const parts = [];
    if (s.version && s.version !== MINE) {
      const n = s.new_since;
      const text = n > 0 ? articles(n) : (n === 0 ? "Le graphe a été mis à jour"
                                                   : "Le graphe a changé");
      const link = el("a", "live-reload", "recharger");
      link.href = location.href;
      link.addEventListener("click", (ev) => { ev.preventDefault(); location.reload(); });
      const line = el("span", "live-new", text + " — ");
      line.appendChild(link);
      parts.push(line);
    } else if (s.rebuilding || s.pending) {
      parts.push(el("span", "live-busy", "Ajout d'articles en cours…"));
    }
    if (s.last_error) {
      parts.push(el("span", "live-error", "Reconstruction impossible : " + s.last_error));
    }
    const bad = s.problems || [];
    if (bad.length) {
      const names = bad.slice(0, 3).map((p) => p.path.split("/").pop() + " (" + p.reason + ")");
      parts.push(el("span", "live-error", (bad.length === 1 ? "Fichier non lu : "
        : bad.length + " fichiers non lus : ") + names.join(" ; ") + (bad.length > 3 ? " …" : "")));
    }
    const key = JSON.stringify([s.version, s.new_since, s.rebuilding, s.pending, s.last_error,
                                bad.length]);
    if (key === shown) return;
    shown = key;
    banner.textContent = "";
    parts.forEach((p, i) => {
      if (i) banner.appendChild(document.createTextNode(" · "));
      banner.appendChild(p);
    });
    banner.hidden = parts.length === 0;
  }

  function poll() {
    fetch(STATUS + "?since=" + encodeURIComponent(MINE),
          { cache: "no-store", headers: { Accept: "application/json" } })
      .then((r) => (r.ok ? r.json() : null))
      .then((s) => { if (s) render(s); })
      .catch(() => {})  // the server is away: look again later
      .finally(() => setTimeout(poll, PERIOD));
  }
  setTimeout(poll, PERIOD);
})();
