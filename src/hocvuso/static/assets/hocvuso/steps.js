/* Học vụ số self-assessment extras, loaded by boot.js just before assessment.js, which calls them:
   one question at a time ("Câu 5/24", previous and next, a map of the questions; the choice and the place are
   stored, so a reload comes back to the same question), a short celebration on passing (words and an icon, no
   sound), and "Nên ôn lại": at most three lessons, ranked by how many of the missed questions' competences they cover. */
(() => {
  const HVS = window.HVS, V = HVS.view, {t, esc} = V, S = HVS.steps = {};
  const prefs = () => HVS.state().prefs || {};
  const remember = (k, v) => HVS.update(s => { s.prefs = Object.assign({}, s.prefs, {[k]: v}); });

  // The questions of a running attempt: all at once, or one at a time with a bar of controls above them.
  S.show = (section, list, id) => {
    let ctl = section.querySelector(".hvs-one");
    if (!ctl) ctl = section.insertBefore(V.el("div", "hvs-one"), section.firstChild);
    const one = !!prefs().one, at = Math.min(Math.max(0, (prefs().at || {})[id] || 0), list.length - 1);
    const go = i => {
      remember("at", Object.assign({}, prefs().at, {[id]: i}));
      S.show(section, list, id);
      list[i].tabIndex = -1;
      list[i].focus();
    };
    ctl.innerHTML = `<p><label><input type="checkbox" class="hvs-one__on"${one ? " checked" : ""}> ${esc(t("oneByOne"))}</label></p>` +
      (one ? `<p class="hvs-one__where"><strong>${esc(t("stepOf", {i: at + 1, n: list.length}))}</strong></p>` +
        `<p><button type="button" class="hvs-btn hvs-one__prev"${at ? "" : " disabled"}>${esc(t("prevQ"))}</button>` +
        `<button type="button" class="hvs-btn hvs-one__next"${at < list.length - 1 ? "" : " disabled"}>${esc(t("nextQ"))}</button></p>` +
        `<nav class="hvs-one__map" aria-label="${esc(t("qMap"))}">` + list.map((fs, i) => {
          const done = HVS.model.isAnswered(V.data(fs), V.readResponse(fs));
          return `<button type="button" class="hvs-one__go" data-i="${i}"${i === at ? ' aria-current="step"' : ""}` +
            ` aria-label="${esc(t("stepOf", {i: i + 1, n: list.length}))}${done ? " ✓" : ""}">${i + 1}${done ? "✓" : ""}</button>`;
        }).join("") + "</nav>" : "");
    list.forEach((fs, i) => { fs.hidden = one && i !== at; });
    ctl.querySelector(".hvs-one__on").onchange = e => { remember("one", e.target.checked); S.show(section, list, id); };
    if (!one) return;
    ctl.querySelector(".hvs-one__prev").onclick = () => go(at - 1);
    ctl.querySelector(".hvs-one__next").onclick = () => go(at + 1);
    ctl.querySelectorAll(".hvs-one__go").forEach(b => { b.onclick = () => go(+b.getAttribute("data-i")); });
  };

  // The certificate names the site and its published address, with a QR code of it drawn at build time.
  S.cert = cert => {
    const c = V.config();
    if (!c.siteUrl) return;
    const p = V.el("div", "hvs-cert__site", `<p>${esc(t("certSite", {s: c.siteName || "", u: c.siteUrl}))}</p>` +
      (c.qr ? `<div class="hvs-cert__qr" role="img" aria-label="${esc(t("qrAlt", {u: c.siteUrl}))}">${c.qr}</div>` : ""));
    cert.insertBefore(p, cert.children[1] || null);
  };

  // The result: every question shown again; a celebration when passed; the lessons to revisit, ranked.
  S.done = (section, panel, result, config, list) => {
    const ctl = section.querySelector(".hvs-one");
    if (ctl) ctl.remove();
    list.forEach(fs => { fs.hidden = false; });
    remember("at", Object.assign({}, prefs().at, {[config.id]: 0}));
    if (result.passed) {
      const p = V.el("p", "hvs-cheer", `<span class="hvs-cheer__icon" aria-hidden="true">🎉</span> ${esc(t("cheer"))}`);
      panel.insertBefore(p, panel.children[1] || null);
    }
    const missed = {};
    list.forEach(fs => {
      const q = V.data(fs);
      if (!(result.res[q.bank + "#" + q.id] || {}).correct) (q.competences || []).forEach(c => { missed[c] = (missed[c] || 0) + 1; });
    });
    const ranked = (config.lessons || []).map((l, i) => [l, i, l.competences.reduce((n, c) => n + (missed[c] || 0), 0)])
      .filter(x => x[2] > 0).sort((a, b) => b[2] - a[2] || a[1] - b[1]).slice(0, 3);
    const old = panel.querySelector(".hvs-a__rev");
    if (old) { old.previousElementSibling.remove(); old.remove(); }
    if (!ranked.length) return;
    const box = V.el("div", "hvs-rank", `<p>${esc(t("revisit"))}</p><ol>` +
      ranked.map(([l]) => `<li><a href="${esc(l.href)}">${esc(l.title)}</a></li>`).join("") + "</ol>");
    const doms = panel.querySelector(".hvs-a__doms");
    panel.insertBefore(box, doms ? doms.nextSibling : null);
  };
})();
