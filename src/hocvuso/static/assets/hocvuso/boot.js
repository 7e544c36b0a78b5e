/* Học vụ số boot: runs the registered initialisers once per page (page load, and each page of Material's
   instant navigation); shows progress on course pages, home cards and the progress page. */
(() => {
  const HVS = window.HVS, V = HVS.view, M = HVS.model, d = document, {t, el, esc, json} = V, $$ = V.all,
    state = (s, id, m) => M.lessonState(s, id, m), tick = st => st === "done" ? "✓" : st === "doing" ? "◐" : "",
    // "Học tiếp": the lesson in progress seen last, else the first one not completed; path: [[id, title, href]].
    next = (s, path, m) => {
      const doing = path.filter(l => state(s, l[0], m) === "doing").sort((a, b) => (s.lessons[b[0]].visited || 0) - (s.lessons[a[0]].visited || 0));
      const l = doing[0] || path.find(l => state(s, l[0], m) !== "done");
      return l ? `<a class="md-button md-button--primary hvs-next-up" href="${esc(l[2])}">${esc(t("next", {t: l[1]}))}</a>` : "";
    },
    bar = (v, n) => { const x = esc(t("done", {v, n})); return `<p class="hvs-bar">${x} <progress max="${n}" value="${v}" aria-label="${x}"></progress></p>`; },
    remember = (s, id, lessons, when) => { const C = s.courses[id] = s.courses[id] || {}; C.lessons = lessons; if (when) C.seen = when; },
    swap = (s, n) => { Object.keys(s).forEach(k => delete s[k]); Object.assign(s, n); },
    on = (e, sel) => { const x = e.target.closest && e.target.closest(sel); return x && x.closest(".hvs-progress-page"); };

  // The assessment module (its words, then its code) is needed on two pages only: fetch it there, keeping every other page light.
  const demand = () => {
    if (HVS.assess || HVS.loading || !d.querySelector(".hvs-assessment, .hvs-progress-page")) return;
    const base = (V.config().root || ".").replace(/\/?$/, "/") + "assets/hocvuso/";
    HVS.loading = 1;
    d.head.append(Object.assign(el("link"), {rel: "stylesheet", href: base + "assessment.css"}));
    // its words (words.js) first: scripts added with async false run in order
    d.head.append(..."words steps assessment".split(" ").map(f => Object.assign(el("script"), {src: base + f + ".js", async: false, onload: () => HVS.boot()})));
  };

  const load = f => d.head.appendChild(Object.assign(el("script"), {async: false,
    src: (V.config().root || ".").replace(/\/?$/, "/") + "assets/hocvuso/" + f + ".js"}));

  // "Ai đang học?": a small control in the header names the learner; profiles.js (on demand) lists, adds and switches.
  const who = () => {
    const h = d.querySelector(".md-header__inner") || d.querySelector("article");
    if (!h || h.querySelector(".hvs-who")) return;
    let people = {};
    try { people = JSON.parse(HVS.storage().getItem("hvs:people:" + (V.config().site || "site"))) || {}; } catch (e) { /* none yet */ }
    const b = Object.assign(el("button", "hvs-who"), {type: "button", textContent: people[V.who()] || t("who")});
    b.setAttribute("aria-haspopup", "dialog");
    b.onclick = () => {
      if (HVS.people) return HVS.people();
      const base = (V.config().root || ".").replace(/\/?$/, "/") + "assets/hocvuso/";
      d.head.append(..."words profiles".split(" ").map(f => Object.assign(el("script"), {src: base + f + ".js", async: false})));
    };
    h.insertBefore(b, h.querySelector(".md-search") || h.firstChild);
  };

  HVS.boot = () => {
    d.documentElement.classList.add("hvs-js");
    // "Chia sẻ" on lessons and the assessment's result (before the assessment module, which uses it)
    if (!HVS.sh && d.querySelector(".hvs-lesson, .hvs-assessment")) HVS.sh = load("share");
    demand();
    // Material's search dialog has no accessible name; its menu and search buttons are labels the keyboard cannot reach
    $$(".md-search[role=dialog]:not([aria-label])").forEach(s => s.setAttribute("aria-label", t("search")));
    who();
    // Read-aloud ("Nghe") on lessons, only where the browser can speak
    if (!HVS.tl && d.querySelector(".hvs-tally, .hvs-paper")) HVS.tl = load("tallypage"); // results tally, paper test
    if (window.speechSynthesis && !HVS.listen && d.querySelector(".hvs-lesson")) HVS.listen = load("listen");
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
      return `<section><h2><a href="${esc(c.href)}">${esc(c.title)}</a></h2>` + bar(c.lessons.filter(l => state(s, l.id, c.mastery) === "done").length, c.lessons.length) +
        `<ol class="hvs-path">${c.lessons.map(l => `<li class="hvs-path__item" data-hvs-lesson="${esc(l.id)}"><span class="hvs-tick" aria-hidden="true">${tick(state(s, l.id, c.mastery))}</span>` +
          `<a href="${esc(l.href)}">${esc(l.title)}</a> · ${esc(V.stateWord(s, l.id, c.mastery))}</li>`).join("")}</ol>` +
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
      const path = $$(".hvs-path__item", c).map(li => {
        const id = li.getAttribute("data-hvs-lesson"), st = state(s, id, info.mastery), a = li.querySelector("a");
        v += st === "done";
        li.querySelector(".hvs-tick").textContent = tick(st);
        li.querySelector(".hvs-path__status").textContent = " · " + V.stateWord(s, id, info.mastery);
        return [id, a.textContent, a.getAttribute("href")];
      });
      p.innerHTML = bar(v, info.lessons.length) + next(s, path, info.mastery);
      p.hidden = false;
    });
    $$("[data-hvs-card-progress]:not([data-hvs-on])", root).forEach(p => {
      s = s || HVS.state();
      const C = s.courses[p.getAttribute("data-hvs-card-progress")], L = json(p, "data-hvs-lessons") || (C && C.lessons);
      p.setAttribute("data-hvs-on", "");
      const m = +p.getAttribute("data-hvs-mastery") || undefined, path = json(p, "data-hvs-path");
      if (L) p.textContent = t("card", {n: L.length, v: L.filter(l => state(s, l, m) === "done").length});
      if (path) p.nextElementSibling.innerHTML = next(s, path, m); // p.hvs-card__next, written by the build
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
      const c = V.config(), name = `${c.site || "hocvuso"}${V.who() && "-" + V.who()}-${c.lang === "en" ? "progress" : "tien-do"}-${new Date().toISOString().slice(0, 10)}.json`,
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
