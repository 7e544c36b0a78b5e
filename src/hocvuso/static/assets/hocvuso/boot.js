/* Học vụ số boot: runs the registered initialisers once per page (page load, and each page of Material's
   instant navigation); shows progress on course pages, home cards and the progress page. */
(() => {
  const HVS = window.HVS, V = HVS.view, M = HVS.model, d = document, {t, el, esc, json} = V, $$ = V.all,
    seen = (s, id) => !!(s.lessons[id] || {}).visited,
    status = (s, id) => seen(s, id) ? t("visited") + (M.tally(s.lessons[id]).n ? " · " + t("score", M.tally(s.lessons[id])) : "") : t("notVisited"),
    bar = (v, n) => { const x = esc(t("done", {v, n})); return `<p class="hvs-bar">${x} <progress max="${n}" value="${v}" aria-label="${x}"></progress></p>`; },
    remember = (s, id, lessons, when) => { const C = s.courses[id] = s.courses[id] || {}; C.lessons = lessons; if (when) C.seen = when; },
    swap = (s, n) => { Object.keys(s).forEach(k => delete s[k]); Object.assign(s, n); },
    on = (e, sel) => { const x = e.target.closest && e.target.closest(sel); return x && x.closest(".hvs-progress-page"); };

  // The assessment module (its words, then its code) is needed on two pages only: fetch it there, keeping every other page light.
  const demand = () => {
    if (HVS.assess || HVS.loading || !d.querySelector(".hvs-assessment, .hvs-progress-page")) return;
    const base = (V.config().root || ".").replace(/\/?$/, "/") + "assets/hocvuso/assessment.";
    HVS.loading = 1;
    d.head.append(Object.assign(el("link"), {rel: "stylesheet", href: base + "css"}));
    ["i18n.js", "js"].forEach((f, i) => d.head.append(Object.assign(el("script"), {src: base + f, async: false, onload: i ? () => HVS.boot() : null})));
  };

  HVS.boot = () => {
    d.documentElement.classList.add("hvs-js");
    demand();
    // Material's search dialog has no accessible name; its menu and search buttons are labels the keyboard cannot reach
    $$(".md-search[role=dialog]:not([aria-label])").forEach(s => s.setAttribute("aria-label", t("search")));
    $$("label.md-header__button[for]").forEach(l => {
      const id = l.htmlFor, b = Object.assign(el("button", l.className + " hvs" + id, l.innerHTML), {type: "button", onclick: () => {
        d.getElementById(id).click();
        if (id === "__search") d.querySelector(".md-search__input").focus();
      }});
      b.setAttribute("aria-label", t(id === "__search" ? "search" : "menu"));
      l.replaceWith(b);
    });
    HVS.inits.forEach(f => { try { f(d); } catch (e) { setTimeout(() => { throw e; }); } }); // one broken part must not stop the rest
  };

  const list = box => {
    const s = HVS.state(), lang = V.config().lang;
    box.querySelector(".hvs-progress-page__list").innerHTML = json(box, "data-hvs-progress").courses.map(c => {
      const a = c.assessment, b = a && (s.assessments[a.id] || {}).best;
      return `<section><h2><a href="${esc(c.href)}">${esc(c.title)}</a></h2>` + bar(c.lessons.filter(l => seen(s, l.id)).length, c.lessons.length) +
        `<ol class="hvs-path">${c.lessons.map(l => `<li class="hvs-path__item"><span class="hvs-tick" aria-hidden="true">${seen(s, l.id) ? "✓" : ""}</span>` +
          `<a href="${esc(l.href)}">${esc(l.title)}</a> · ${esc(status(s, l.id))}</li>`).join("")}</ol>` +
        (a ? `<p><a href="${esc(a.href)}">${t("assess")}</a>: ` + esc(b ? t("best", {p: Math.round(b.percent), r: t(b.passed ? "passed" : "failed")}) +
          " · " + new Date(b.date).toLocaleDateString(lang) : t("none")) + "</p>" : "") + "</section>";
    }).join("");
  };
  const done = (box, msg) => { list(box); box.querySelector(".hvs-tools__msg").textContent = msg; };

  HVS.inits.push(root => {
    let s;
    $$(".hvs-course[data-hvs-course]:not([data-hvs-on])", root).forEach(c => {
      const info = json(c, "data-hvs-course"), p = c.querySelector(".hvs-course__progress");
      let v = 0;
      c.setAttribute("data-hvs-on", "");
      s = HVS.update(s => remember(s, info.course, info.lessons, Date.now()));
      $$(".hvs-path__item", c).forEach(li => {
        const id = li.getAttribute("data-hvs-lesson"), ok = seen(s, id);
        v += ok;
        li.querySelector(".hvs-tick").textContent = ok ? "✓" : "";
        li.querySelector(".hvs-path__status").textContent = " · " + status(s, id);
      });
      p.innerHTML = bar(v, info.lessons.length);
      p.hidden = false;
    });
    $$("[data-hvs-card-progress]:not([data-hvs-on])", root).forEach(p => {
      s = s || HVS.state();
      const C = s.courses[p.getAttribute("data-hvs-card-progress")], L = json(p, "data-hvs-lessons") || (C && C.lessons);
      p.setAttribute("data-hvs-on", "");
      if (L) p.textContent = t("card", {n: L.length, v: L.filter(l => seen(s, l)).length});
    });
    $$(".hvs-progress-page:not([data-hvs-on])", root).forEach(box => {
      box.setAttribute("data-hvs-on", "");
      HVS.update(s => json(box, "data-hvs-progress").courses.forEach(c => remember(s, c.id, c.lessons.map(l => l.id))));
      box.querySelector(".hvs-progress-page__fallback").hidden = true;
      box.insertAdjacentHTML("beforeend", `<div class="hvs-progress-page__list"></div><div class="hvs-tools"><p>${esc(t("help"))}</p>` +
        ["exp", "imp", "reset"].map(k => V.button(k)).join(" ") +
        '<input type="file" class="hvs-file" accept=".json,application/json" hidden><p class="hvs-tools__msg" role="status"></p></div>');
      list(box);
    });
  });

  d.addEventListener("click", e => {
    let box = on(e, ".hvs-exp");
    if (box) {
      const c = V.config(), name = `${c.site || "hocvuso"}-${c.lang === "en" ? "progress" : "tien-do"}-${new Date().toISOString().slice(0, 10)}.json`,
        url = URL.createObjectURL(new Blob([JSON.stringify(HVS.state(), null, 1)], {type: "application/json"}));
      Object.assign(el("a"), {href: url, download: name}).click();
      setTimeout(() => URL.revokeObjectURL(url), 5000);
      done(box, t("exported", {f: name}));
    }
    if ((box = on(e, ".hvs-imp"))) box.querySelector(".hvs-file").click();
    if ((box = on(e, ".hvs-reset")) && confirm(t("sure"))) {
      HVS.update(s => swap(s, M.emptyState()));
      done(box, t("wasReset"));
    }
  });
  d.addEventListener("change", e => {
    const box = on(e, ".hvs-file"), f = box && e.target.files[0], rd = new FileReader();
    if (!f) return;
    rd.onload = () => {
      const r = M.parseState(String(rd.result).trim() || "-");
      e.target.value = "";
      if (r.problem) return done(box, t("bad", {f: f.name}));
      HVS.update(s => swap(s, M.merge(s, r.state)));
      done(box, t("imported", {f: f.name}));
    };
    rd.readAsText(f);
  });

  if (d.readyState === "loading") d.addEventListener("DOMContentLoaded", HVS.boot); else setTimeout(HVS.boot);
  if (window.document$) window.document$.subscribe(() => HVS.boot());
})();
