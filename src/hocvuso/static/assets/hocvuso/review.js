/* Học vụ số review of wrong answers, loaded with the assessment module on the progress page only: per lesson, the
   questions last answered wrong, and a short practice set drawn from them ("Ôn câu sai"). The questions come in
   one script per lesson (pools/on-tap/<lesson>.js), fetched only when the learner asks for a practice set. */
(() => {
  const HVS = window.HVS, V = HVS.view, M = HVS.model, d = document, {t, esc, json} = V, SET = 5;
  const wrong = (s, id) => { const a = (s.lessons[id] || {}).answers || {}; return Object.keys(a).filter(k => a[k] === false); };
  let wanted = null;

  const lessonsOf = box => {
    const m = new Map();
    json(box, "data-hvs-progress").courses.forEach(c => c.lessons.forEach(l => m.set(l.id, l)));
    return [...m.values()];
  };

  const render = box => {
    const s = HVS.state(), items = lessonsOf(box).map(l => [l, wrong(s, l.id)]).filter(x => x[1].length);
    let sec = box.querySelector(".hvs-review");
    if (!sec) sec = box.insertBefore(V.el("section", "hvs-review"), box.querySelector(".hvs-tools"));
    sec.innerHTML = `<h2>${esc(t("rvTitle"))}</h2>` + (items.length
      ? `<ul>${items.map(([l, w]) => `<li><a href="${esc(l.href)}">${esc(l.title)}</a>: ${esc(t("rvCount", {n: w.length}))} ` +
        `<button type="button" class="hvs-btn hvs-rv" data-hvs-rv="${esc(l.id)}">${esc(t("rvOne"))}</button></li>`).join("")}</ul>` +
        `<p><button type="button" class="hvs-btn hvs-rv">${esc(t("rvAll", {n: SET}))}</button></p>`
      : `<p>${esc(t("rvNone"))}</p>`) + '<div class="hvs-review__set"></div>';
  };

  // A practice set of at most SET wrong answers of these lessons; each lesson's questions come in its own script.
  const practise = (box, ids) => {
    const pools = HVS.pools || {}, root = (V.config().root || ".").replace(/\/?$/, "/"), s = HVS.state(),
      missing = ids.filter(id => !pools["@" + id]);
    if (missing.length) {
      wanted = ids;
      missing.forEach(id => {
        if (d.querySelector(`script[data-hvs-pool="@${CSS.escape(id)}"]`)) return;
        const sc = V.el("script");
        sc.setAttribute("data-hvs-pool", "@" + id);
        sc.src = root + "assets/hocvuso/pools/on-tap/" + id + ".js";
        sc.onload = () => { if (wanted.every(i => (HVS.pools || {})["@" + i])) practise(box, wanted); };
        d.head.append(sc);
      });
      return;
    }
    const html = {};
    ids.forEach(id => pools["@" + id].forEach(([bank, q, h]) => { html[bank + "#" + q] = h; }));
    const keys = [...new Set(ids.flatMap(id => wrong(s, id)))].filter(k => html[k]),
      chosen = M.shuffle(keys).slice(0, SET), set = box.querySelector(".hvs-review__set");
    set.innerHTML = `<section class="hvs-quiz" data-hvs-quiz='{"block":"review"}' aria-label="${esc(t("rvSet"))}">` +
      `<p class="hvs-quiz__title" tabindex="-1">${esc(t("rvSet"))}</p>` +
      chosen.map(k => html[k].split("@hvs-site/").join(root)).join("") + "</section>";
    V.all(".hvs-q__num", set).forEach((n, i) => { n.textContent = t("questionNo", {n: i + 1}); });
    HVS.boot();
    set.querySelector(".hvs-quiz__title").focus();
  };

  d.addEventListener("click", e => {
    const b = e.target.closest && e.target.closest(".hvs-review .hvs-rv"), box = b && b.closest(".hvs-progress-page");
    if (box) {
      const one = b.getAttribute("data-hvs-rv"), s = HVS.state();
      practise(box, one ? [one] : lessonsOf(box).map(l => l.id).filter(id => wrong(s, id).length));
    }
    // An answer checked in the set counts for every lesson that shows the question (view.js has just marked it).
    const fs = e.target.closest && e.target.closest(".hvs-review__set .hvs-q[data-hvs-res]");
    if (fs && e.target.closest(".hvs-check, .hvs-reveal")) {
      const q = V.data(fs), key = q.bank + "#" + q.id, ok = fs.getAttribute("data-hvs-res") === "1";
      HVS.update(s => Object.values(s.lessons).forEach(L => { if (L.answers && key in L.answers) L.answers[key] = ok; }));
    }
  });

  HVS.inits.push(root => V.all(".hvs-progress-page[data-hvs-on]:not([data-hvs-rv])", root).forEach(box => {
    box.setAttribute("data-hvs-rv", "");
    render(box);
  }));
})();
