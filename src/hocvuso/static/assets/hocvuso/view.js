/* Học vụ số view: reading and marking questions, notices, stored progress with fallbacks, practice quizzes. */
(() => {
  const HVS = window.HVS = window.HVS || {}, M = HVS.model, V = HVS.view = {}, d = document;
  let mem = null, why;
  HVS.inits = HVS.inits || [];
  const $$ = V.all = (sel, root) => [...(root || d).querySelectorAll(sel)],
    el = V.el = (tag, cls, html) => {
      const e = d.createElement(tag);
      if (cls) e.className = cls;
      if (html != null) e.innerHTML = html;
      return e;
    },
    esc = V.esc = s => String(s).replace(/[&<>"]/g, c => "&#" + c.charCodeAt(0) + ";"),
    json = V.json = (e, a) => { try { return JSON.parse(e.getAttribute(a)); } catch (x) { return null; } };
  V.config = () => { const c = d.querySelector(".hvs-config"); return (c && json(c, "data-hvs-config")) || {}; };
  const t = V.t = (key, vars) => {
    const L = HVS.i18n, s = (L[V.config().lang] || L.vi)[key] || L.vi[key] || key;
    return s.replace(/\{(\w+)\}/g, (m, k) => vars && k in vars ? vars[k] : m);
  };
  const data = V.data = fs => fs._hvs || (fs._hvs = json(fs, "data-hvs-q") || {}),
    typeOf = fs => M.types[data(fs).type];
  const button = V.button = (k, label) => `<button type="button" class="hvs-btn hvs-${k}">${esc(label || t(k))}</button>`;

  V.readResponse = fs => typeOf(fs).read(fs);
  V.setResponse = (fs, r) => typeOf(fs).write(fs, r);

  const mark = (node, ok, text) => node.appendChild(el("span", "hvs-mark hvs-mark--" + (ok ? "ok" : "bad"), (ok ? "✓ " : "✗ ") + text)),
    list = (tag, items) => `<${tag}>${items.map(x => "<li>" + x + "</li>").join("")}</${tag}>`,
    // The result: a group named by its first line (the verdict), focused once, so it is announced once.
    box = fs => fs.querySelector(".hvs-result") || Object.assign(fs.appendChild(el("div", "hvs-result")), {tabIndex: -1}),
    fill = (fs, html) => {
      const b = Object.assign(box(fs), {hidden: false, innerHTML: html});
      b.setAttribute("role", "group");
      b.setAttribute("aria-labelledby", Object.assign(b.firstChild, {id: fs.id + "-verdict"}).id);
      return b;
    },
    // Its top in view below the sticky header (scroll-margin-top), with as much of it as fits the screen.
    reveal = b => {
      const r = b.getBoundingClientRect(), top = parseFloat(getComputedStyle(b).scrollMarginTop) || 0;
      const y = r.top < top ? r.top - top : r.bottom > innerHeight ? Math.min(r.bottom - innerHeight + 8, r.top - top) : 0;
      b.focus({preventScroll: true});
      if (y) scrollBy({top: y, behavior: "instant"});
    };

  V.clearResult = fs => {
    const v = fs.querySelector(".hvs-verdict");
    fs.classList.remove("hvs-q--right", "hvs-q--wrong");
    fs.removeAttribute("data-hvs-res");
    $$(".hvs-mark", fs).forEach(m => m.remove());
    Object.assign(box(fs), {hidden: true, innerHTML: ""});
    if (v) v.textContent = "";
  };

  // The right answer in words, for a wrong response: a typed answer, a list of steps or pairs, or what is true.
  const solutionHtml = s => !s ? "" : s.list ? `<p>${t("answer")}:</p>` + list(s.list, s.items)
    : s.text != null ? `<p>${t("answer")}: ${esc(s.text)}</p>` : `<p>${t(s.statement ? "isTrue" : "isFalse")}</p>`;

  // Right or wrong in words and an icon (never colour alone), the chosen options' feedback, the right answer, the explanation.
  // A true/false verdict repeats the choice, so right/wrong and true/false never clash: "Bạn chọn: Sai — đúng rồi!"
  V.showResult = (fs, q, res, o) => {
    V.clearResult(fs);
    const ok = res.correct, type = M.types[q.type], v = fs.querySelector(".hvs-verdict"),
      picked = type.echo && fs.querySelector(".hvs-opt :checked"),
      head = (ok ? "✓ " : "✗ ") + (picked ? t(ok ? "tfRight" : "tfWrong", {c: picked.closest("label").textContent.trim()}) : t(ok ? "right" : "wrong"));
    let more = "";
    fs.classList.add(ok ? "hvs-q--right" : "hvs-q--wrong");
    fs.setAttribute("data-hvs-res", ok ? 1 : 0);
    if (type.rows) $$(".hvs-row", fs).forEach((row, i) => mark(row, res.rows[i], t(res.rows[i] ? "rowOk" : "rowBad")));
    if (type.isRightOption) {
      const feedback = [], right = [];
      $$(".hvs-opt", fs).forEach(li => {
        const input = li.querySelector("input"), v = input.value, picked = input.checked,
          text = li.querySelector(".hvs-opt__text").innerHTML, good = type.isRightOption(q, v), f = (q.feedback || [])[v];
        if (good) right.push(text);
        if (picked && q.feedback) feedback.push(text + (f ? " — " + f : ""));
        if (good || picked) mark(li.querySelector("label"), good, [good && t("isRight"), picked && t("chosen")].filter(Boolean).join(", "));
      });
      if (feedback.length) more = `<p>${t("chose")}:</p>` + list("ul", feedback);
      if (!ok) more += `<p>${t("answer")}: ${right.join("; ")}</p>`;
    } else if (!ok) more = solutionHtml(type.solution(q));
    const b = fill(fs, `<p class="hvs-result__head"><span class="hvs-icon" aria-hidden="true">${head[0]}</span> <strong>${esc(head.slice(2))}</strong></p>` +
      more + (q.explanation ? `<div class="hvs-result__expl">${q.explanation}</div>` : ""));
    if (v) v.textContent = head;
    if (o && o.focus) reveal(b);
  };

  V.notice = text => {
    let n = d.querySelector(".hvs-notice");
    const a = d.querySelector("article") || d.body;
    if (!n) { n = a.insertBefore(el("div", "hvs-notice"), a.firstChild); n.setAttribute("role", "status"); }
    if (!n.textContent.includes(text)) n.appendChild(el("p", "", esc(text)));
  };

  /* Stored progress. Damaged data is set aside and started afresh; without storage (private mode,
     full quota, data of a newer version) the page keeps progress in memory. Nothing here throws. */
  const storage = HVS.storage = () => { try { return window.localStorage; } catch (e) { return undefined; } },
    // Profiles on one device ("Ai đang học?"): the learner's id names their own key within the site's (none: the first learner).
    base = () => V.config().site || "site",
    who = V.who = () => { try { return storage().getItem("hvs:who:" + base()) || ""; } catch (e) { return ""; } },
    site = () => base() + (who() && "~" + who());
  HVS.state = () => {
    if (mem) { V.notice(t(why)); return mem; }
    const r = M.load(storage(), site(), who() ? [] : V.config().previous || []), p = r.problem;
    if (p === "corrupt") {
      try { storage().setItem(M.storageKey(site()) + ":damaged", r.text); } catch (e) { /* keep going */ }
      M.save(storage(), site(), r.state);
    } else if (p) [mem, why] = [r.state, p];
    if (p) V.notice(t(p));
    return r.state;
  };
  HVS.update = fn => {
    const s = HVS.state();
    fn(s);
    const r = mem ? {ok: true} : M.save(storage(), site(), s);
    if (!r.ok) { [mem, why] = [s, r.problem]; V.notice(t(why)); }
    return s;
  };

  /* Practice: every .hvs-quiz outside .hvs-assessment. */
  const practice = e => e && e.closest(".hvs-quiz[data-hvs-on]"),
    key = fs => data(fs).bank + "#" + data(fs).id,
    lesson = () => { const l = d.querySelector(".hvs-lesson[data-hvs-lesson]"); return l && l.getAttribute("data-hvs-lesson"); },
    say = (q, msg) => {
      const live = q.querySelector(".hvs-live");
      live.textContent = "";
      setTimeout(() => { live.textContent = msg; }, 50);
    },
    summary = q => {
      const all = $$(".hvs-q", q), res = all.map(f => f.getAttribute("data-hvs-res")), s = q.querySelector(".hvs-quiz__summary"),
        msg = t("summary", {r: res.filter(x => x === "1").length, n: all.length});
      s.hidden = res.includes(null);
      s.firstChild.textContent = msg;
      return s.hidden ? "" : " " + msg;
    };

  // The lesson's state for whoever listens (the SCORM bridge in LMS packages): questions on the page, answered, best share right.
  const tell = (s, id) => {
    const L = s.lessons[id] || {}, all = $$(".hvs-quiz[data-hvs-on] .hvs-q").map(key);
    d.dispatchEvent(new CustomEvent("hvs:lesson", {detail: {lesson: id, total: all.length,
      answered: all.filter(k => k in (L.answers || {})).length, best: L.best == null ? null : L.best}}));
  };
  // The end-of-lesson check's questions (all the page's questions when it has none): they decide "completed".
  const ends = () => {
    const all = $$(".hvs-quiz .hvs-q").filter(fs => !fs.closest(".hvs-assessment")), end = all.filter(fs => (json(fs.closest(".hvs-quiz"), "data-hvs-quiz") || {}).block === "end");
    return (end.length ? end : all).map(key);
  },
    showState = () => {
      const p = d.querySelector(".hvs-lesson__state"), c = V.config(), st = M.lessonState(HVS.state(), lesson(), c.mastery);
      if (p) p.textContent = t("lessonState", {s: t(`ls${st}`), p: c.mastery || M.MASTERY});
    };
  V.stateWord = (s, id, mastery) => { const st = M.lessonState(s, id, mastery), n = M.tally(s.lessons[id]); return t(`ls${st}`) + (st !== "new" && n.n ? " · " + t("score", n) : ""); };

  // Focus goes to the result, which names itself by its verdict: announced once. The live region only says the
  // quiz's summary, once every question is checked.
  const check = fs => {
    const q = practice(fs), qd = data(fs), r = V.readResponse(fs), id = lesson();
    if (!M.isAnswered(qd, r)) {
      V.clearResult(fs);
      reveal(fill(fs, `<p class="hvs-result__head">${t("unanswered")}</p>`));
      return summary(q);
    }
    const res = M.check(qd, r), first = !res.correct && !fs._try;
    // A wrong first answer: "try again" and the hint; the answer after the second try or on "Xem đáp án".
    if (first) tryAgain(fs); else V.showResult(fs, qd, res, {focus: true});
    if (id) tell(HVS.update(s => M.recordEnd(M.record(s, id, $$(".hvs-quiz[data-hvs-on] .hvs-q").map(key), key(fs), res.correct) && s, id, ends())), id);
    showState();
    const all = summary(q);
    if (all) say(q, all);
  };
  const tryAgain = fs => {
    const h = fs.querySelector(".hvs-q__hint"), v = fs.querySelector(".hvs-verdict");
    V.clearResult(fs);
    fs._try = 1;
    fs.setAttribute("data-hvs-res", 0);
    if (h) h.open = true;
    if (v) v.textContent = "✗ " + t("tryAgain");  // the one-line verdict beside the button, as for a final answer
    reveal(fill(fs, `<p class="hvs-try hvs-result__head"><span aria-hidden="true">✗</span> <strong>${t("tryAgain")}</strong></p>` + button("reveal")));
  };

  // "Lên"/"Xuống" on a tile of an order or match question: swap it with its neighbour, through the registry.
  const move = b => {
    const fs = b.closest(".hvs-q"), type = typeOf(fs), r = type.read(fs), tile = b.closest(".hvs-tile"),
      i = r.indexOf(tile.getAttribute("data-hvs-item")), j = i + Number(b.getAttribute("data-hvs-move"));
    if (j < 0 || j >= r.length) return;
    [r[i], r[j]] = [r[j], r[i]];
    type.write(fs, r);
    (b.disabled ? tile.querySelector(".hvs-move:enabled") : b).focus();
    let live = d.querySelector(".hvs-moved");
    if (!live) {
      live = d.body.appendChild(el("p", "hvs-sr hvs-moved"));
      live.setAttribute("aria-live", "polite");
    }
    live.textContent = t("moved", {x: tile.querySelector(".hvs-tile__text").textContent, y: tile.closest(".hvs-row").querySelector(".hvs-row__label").textContent});
    b.dispatchEvent(new Event("input", {bubbles: true})); // a changed answer: results cleared, the assessment saves it
  };

  const retry = q => {
    const rng = M.rng(Date.now());
    $$(".hvs-q", q).forEach(fs => {
      fs._try = 0;
      V.setResponse(fs, null);
      V.clearResult(fs);
      const ul = fs.querySelector(".hvs-options");
      if (ul && typeOf(fs).shuffles) M.reshuffle($$(".hvs-opt", ul), rng).forEach(li => ul.appendChild(li));
    });
    summary(q);
    say(q, t("retried"));
    q.querySelector("input, .hvs-move:enabled").focus();
  };

  d.addEventListener("click", e => {
    const b = e.target.closest && e.target.closest(".hvs-check, .hvs-retry, .hvs-reveal, .hvs-move"), q = practice(b), fs = b && b.closest(".hvs-q");
    if (b && b.classList.contains("hvs-move")) move(b);
    else if (q && b.classList.contains("hvs-reveal")) { fs._try = 1; check(fs); } else if (q) b.classList.contains("hvs-retry") ? retry(q) : check(fs);
  });
  d.addEventListener("keydown", e => { // Enter in a typed answer checks it
    const fs = e.key === "Enter" && practice(e.target) && e.target.closest(".hvs-text") && e.target.closest(".hvs-q");
    if (fs) { e.preventDefault(); check(fs); }
  });
  d.addEventListener("input", e => { // a changed answer is no longer checked
    const fs = practice(e.target) && e.target.closest(".hvs-q[data-hvs-res]");
    if (fs) { V.clearResult(fs); summary(practice(fs)); }
  });

  HVS.inits.push(root => {
    const les = root.querySelector(".hvs-lesson[data-hvs-lesson]:not([data-hvs-on])");
    let s = null;
    if (les) {
      les.setAttribute("data-hvs-on", "");
      // Answers of questions no longer on the page (removed from the bank) stop counting in the tallies.
      const onPage = new Set($$(".hvs-quiz .hvs-q", root).filter(fs => !fs.closest(".hvs-assessment")).map(key));
      s = HVS.update(s => {
        const L = s.lessons[lesson()] = s.lessons[lesson()] || {answers: {}};
        L.visited = Date.now();
        Object.keys(L.answers).forEach(k => { if (!onPage.has(k)) delete L.answers[k]; });
        if (!onPage.size) L.end = 1; // nothing to check: reading it completes it
        M.recordEnd(s, lesson(), ends()); // answers stored before lesson states count
      });
      showState(); // in p.hvs-lesson__state, which the build writes (site_pages.py): the page does not move
    }
    $$(".hvs-quiz:not([data-hvs-on])", root).forEach(q => {
      if (q.closest(".hvs-assessment")) return;
      q.setAttribute("data-hvs-on", "");
      $$(".hvs-q", q).forEach(fs => {
        fs.insertAdjacentHTML("beforeend", `<div class="hvs-q__actions">${button("check")}<span class="hvs-verdict" aria-hidden="true"></span></div>` +
          '<div class="hvs-result" tabindex="-1" hidden></div>');
        if (typeOf(fs).rows) V.setResponse(fs, null); // the tiles into their rows
      });
      q.insertAdjacentHTML("beforeend", `<div class="hvs-quiz__summary" hidden><p></p>${button("retry")}</div>` +
        '<p class="hvs-live hvs-sr" aria-live="polite"></p>');
    });
    if (s) tell(s, lesson());
  });
})();
