/* Học vụ số: the facilitators' "Tổng hợp kết quả" page and a course's "Bài kiểm tra trên giấy", loaded by boot.js on
   those pages only. It loads what they need (words, the assessment's draw and scoring, result codes, the tally's pure
   parts), then: paste or scan result codes, score a paper sheet, show counts and charts, export CSV, clear; or lay out
   paper form n of a course's standard assessment (the same seeded draw as online: seed 7000 + n) for printing. */
(() => {
  const HVS = window.HVS, V = HVS.view, d = document, {t, el, esc} = V, $$ = V.all;
  const base = () => (V.config().root || ".").replace(/\/?$/, "/") + "assets/hocvuso/";
  const script = (src, onload) => d.head.appendChild(Object.assign(el("script"), {src, async: false, onload}));
  if (!HVS.tlDeps) {
    HVS.tlDeps = 1;
    d.head.append(Object.assign(el("link"), {rel: "stylesheet", href: base() + "tally.css"}));
    "words tallywords assessment resultcode tally".split(" ").forEach((f, i, all) => script(base() + f + ".js", i === all.length - 1 ? () => HVS.boot() : null));
  }
  const ready = () => HVS.assess && HVS.tally && HVS.resultCode && HVS.i18n.vi.tlNote;
  const SEED = 7000, FORMS = 9;
  const make = (tag, cls, text, parent) => {
    const e = el(tag, cls);
    if (text != null) e.textContent = text;
    return parent ? parent.appendChild(e) : e;
  };
  const button = (text, parent, onclick, primary) => Object.assign(make("button", "md-button" + (primary ? " md-button--primary" : ""), text, parent), {type: "button", onclick});
  const labelled = (tag, text, parent) => {
    const l = make("label", "hvs-tl__field", null, parent);
    make("span", null, text, l);
    return l.appendChild(el(tag));
  };
  const formChooser = (parent, value, onchange) => {
    const s = labelled("select", t("pForm"), parent);
    for (let n = 1; n <= FORMS; n++) s.append(Object.assign(el("option"), {value: n, textContent: t("pFormNo", {n})}));
    s.value = value;
    s.onchange = () => onchange(Number(s.value));
    return s;
  };

  /* ------------------------------------------------------------ a paper form: the same draw as online */

  // The pool comes in its own script, as on the assessment page; boot runs again once it has loaded.
  const waiting = {};
  // (An entry check and its course's assessment may share one pool: conf.poolId names it.)
  const pool = (conf, then) => {
    const id = conf.poolId || conf.id, rows = (HVS.pools || {})[id];
    if (rows) return rows;
    (waiting[id] = waiting[id] || []).push(then || (() => HVS.boot()));
    if (!d.querySelector(`script[data-hvs-pool="${id}"]`)) {
      script(conf.pool, () => waiting[id].splice(0).forEach(f => f())).setAttribute("data-hvs-pool", id);
    }
    return null;
  };
  // Form n → [{key, data, fs, tiles}]: the drawn questions in order, each with its fieldset (not on the page) and,
  // for order and match, the item numbers of its tiles in the order printed (A, B, C…).
  const paperForm = (conf, n, then) => {
    const byKey = {}, rows = pool(conf, then);
    if (!rows) return null;
    const list = rows.map(([bank, id, domain, level, v, html]) => (byKey[bank + "#" + id] = {bank, id, domain, level, v, html}));
    return HVS.assess.draw(list, conf.draw, conf.levels, SEED + n).map(([bank, id]) => {
      const holder = el("template"), key = bank + "#" + id;
      holder.innerHTML = byKey[key].html.split("@hvs-site/").join(V.config().root.replace(/\/?$/, "/"));
      const fs = holder.content.firstElementChild;
      return {key, fs, data: V.data(fs), tiles: $$(".hvs-tile", fs).map(x => x.getAttribute("data-hvs-item"))};
    });
  };
  const L = i => HVS.tally.LETTERS[i];
  const how = q => {
    const n = q.data.type === "order" ? q.tiles.length : q.data.type === "match" ? q.data.pairs : (q.data.feedback || []).length;
    return t(`pHow_${q.data.type}`, {a: L(0), z: L(Math.max(n - 1, 0)), n});
  };

  // One question as printed: its prompt (and pictures), the options lettered in authored order, the rows and tiles.
  const printed = (q, i) => {
    const s = make("section", "hvs-pq");
    const prompt = q.fs.querySelector(".hvs-q__prompt");
    const head = make("p", "hvs-pq__prompt", null, s);
    head.innerHTML = `<strong>${esc(t("questionNo", {n: i + 1}))}</strong> ` + (prompt ? prompt.innerHTML : "");
    // what follows the legend other than the controls: pictures, further paragraphs
    [...q.fs.children].filter(c => !c.matches("legend, .hvs-options, .hvs-rows, .hvs-pool, .hvs-text, .hvs-nojs, .hvs-result"))
      .forEach(c => { const x = s.appendChild(c.cloneNode(true)); if (x.tagName === "DETAILS") x.open = true; }); // a hint, open on paper
    const type = q.data.type;
    if (type === "single" || type === "multiple") {
      const ol = make("ol", "hvs-pq__opts", null, s);
      $$(".hvs-opt", q.fs).sort((a, b) => a.querySelector("input").value - b.querySelector("input").value).forEach((o, k) => {
        make("li", null, null, ol).innerHTML = `<strong>${L(k)}.</strong> ` + o.querySelector(".hvs-opt__text").innerHTML;
      });
    } else if (type === "order" || type === "match") {
      if (type === "match") {
        const ol = make("ol", "hvs-pq__opts", null, s);
        $$(".hvs-row__label", q.fs).forEach((r, k) => { make("li", null, null, ol).innerHTML = `<strong>${k + 1}.</strong> ` + r.innerHTML; });
      }
      const ol = make("ol", "hvs-pq__opts", null, s);
      $$(".hvs-tile__text", q.fs).forEach((x, k) => { make("li", null, null, ol).innerHTML = `<strong>${L(k)}.</strong> ` + x.innerHTML; });
    }
    make("p", "hvs-pq__how", how(q), s);
    return s;
  };

  const paperPage = box => {
    const conf = V.json(box, "data-hvs-paper");
    if (!conf || !pool(conf)) return;
    box.setAttribute("data-hvs-on", "");
    $$(".hvs-nojs", box).forEach(x => x.remove());
    const tools = make("div", "hvs-paper__tools", null, box), out = make("div", "hvs-paper__out", null, box);
    make("p", null, t("pIntro"), tools);
    const show = n => {
      out.textContent = "";
      const qs = paperForm(conf, n), head = make("div", "hvs-paper__head", null, out);
      make("h2", null, t("pFormTitle", {a: conf.title, n}), head);
      make("p", null, t("pFor", {c: conf.courseTitle, k: qs.length, p: conf.passPercent}), head);
      make("p", null, t("pHowAll"), head);
      const list = make("div", "hvs-paper__qs", null, out);
      qs.forEach((q, i) => list.append(printed(q, i)));
      // the answer sheet on a page of its own: the learner hands in this page only
      const sheet = make("section", "hvs-paper__sheet", null, out);
      make("h2", null, t("pSheet"), sheet);
      make("p", null, t("pSheetFor", {c: conf.courseTitle, n}), sheet);
      make("p", "hvs-paper__blank", t("pCommune"), sheet);
      make("p", "hvs-paper__blank", t("pNick"), sheet);
      make("p", "hvs-paper__note", t("pSheetNote"), sheet);
      const ol = make("ul", "hvs-paper__answers", null, sheet);
      qs.forEach((q, i) => make("li", null, t("questionNo", {n: i + 1}) + " " + how(q), ol).append(make("span", "hvs-paper__line")));
      make("p", "hvs-paper__note", t("pSelf"), sheet);
    };
    formChooser(tools, 1, show);
    button(t("pPrint"), tools, () => window.print(), true);
    make("a", null, t("pToTally"), make("p", null, null, tools)).href = conf.tally;
    show(1);
  };

  /* ------------------------------------------------------------ the tally page */

  const key = () => "hvs:tally:" + (V.config().site || "site");
  const load = () => HVS.tally.parse(HVS.storage().getItem(key()));
  const save = tally => HVS.storage().setItem(key(), JSON.stringify(tally));
  const fmt = x => Math.round(x);
  const signed = x => (x > 0 ? "+" : x < 0 ? "−" : "±") + Math.abs(Math.round(x));

  const tallyPage = box => {
    const conf = V.json(box, "data-hvs-tally");
    if (!conf) return;
    box.setAttribute("data-hvs-on", "");
    $$(".hvs-nojs", box).forEach(x => x.remove());
    const ids = conf.courses.map(c => c.id), titleOf = id => (conf.courses.find(c => c.id === id) || {}).title || id;
    const domainName = dom => conf.domains[dom] || dom, kindWord = k => t(k === "entry" ? "tlEntry" : "tlStandard");
    const papers = box.querySelector(".hvs-tally__papers");
    make("p", "hvs-tl__note", t("tlNote"), box);

    // --- paste
    const paste = make("section", "hvs-tl__sec", null, box);
    make("h2", null, t("tlPaste"), paste);
    const area = labelled("textarea", t("tlPasteLabel"), paste);
    area.rows = 5;
    area.spellcheck = false;
    area.autocapitalize = "characters";
    const report = make("ul", "hvs-tl__report");
    const msg = make("p", "hvs-tl__msg", null, null);
    msg.setAttribute("role", "status");
    const tell = (lines, where) => {
      const tally = load();
      report.textContent = "";
      let added = 0, dup = 0, bad = 0;
      lines.forEach(r => {
        const place = where || t("tlLine", {n: r.line});
        let text;
        if (r.status === "error") {
          bad++;
          text = t("tlBad", {l: place, e: t(r.error, {at: r.at == null ? "?" : r.at + 1}), c: r.text});
        } else {
          const v = r.value, what = `${titleOf(v.course)}, ${kindWord(v.kind)}, ${v.percent}%`;
          if (r.status === "added") added++; else dup++;
          text = t(r.status === "added" ? "tlAdded" : "tlDup", {l: place, w: what});
        }
        make("li", "hvs-tl__" + r.status, text, report);
      });
      msg.textContent = t("tlSum", {a: added, d: dup, b: bad});
      render(tally);
    };
    const add = (text, where) => {
      const tally = load(), lines = HVS.tally.paste(tally, text, ids);
      save(tally);
      tell(lines, where);
      return lines;
    };
    button(t("tlAdd"), paste, () => {
      const lines = add(area.value);
      if (lines.length && lines.every(r => r.status !== "error")) area.value = "";
    }, true);

    // --- scan: the camera, or a photo of the code; BarcodeDetector where the browser has it, else jsQR (shipped)
    const scan = make("section", "hvs-tl__sec", null, box);
    make("h2", null, t("tlScan"), scan);
    make("p", null, t("tlScanHelp"), scan);
    const jsqr = () => new Promise((resolve, reject) => {
      if (window.jsQR) return resolve(window.jsQR);
      script(base().replace(/hocvuso\/$/, "") + "vendor/jsQR.js", () => resolve(window.jsQR)).onerror = reject;
    });
    const detector = "BarcodeDetector" in window ? new window.BarcodeDetector({formats: ["qr_code"]}) : null;
    // A drawable (image, video frame) → the text of the QR code in it, or "".
    const read = async (source, w, h) => {
      if (detector) {
        try { const found = await detector.detect(source); if (found.length) return found[0].rawValue; } catch (e) { /* try jsQR */ }
      }
      const c = Object.assign(el("canvas"), {width: w, height: h}), g = c.getContext("2d", {willReadFrequently: true});
      g.drawImage(source, 0, 0, w, h);
      const decode = await jsqr(), r = decode(g.getImageData(0, 0, w, h).data, w, h);
      return r ? r.data : "";
    };
    const file = labelled("input", t("tlPhoto"), scan);
    Object.assign(file, {type: "file", accept: "image/*"});
    file.setAttribute("capture", "environment");
    file.onchange = () => {
      const f = file.files[0];
      if (!f) return;
      const url = URL.createObjectURL(f), img = new Image();
      const done = text => {
        URL.revokeObjectURL(url);
        file.value = "";
        if (text) add(text, t("tlFromPhoto", {f: f.name})); else msg.textContent = t("tlNoCode", {f: f.name});
      };
      img.onload = () => {
        const scale = Math.min(1, 1600 / Math.max(img.naturalWidth, img.naturalHeight));
        read(img, Math.round(img.naturalWidth * scale), Math.round(img.naturalHeight * scale)).then(done, () => done(""));
      };
      img.onerror = () => done("");
      img.src = url;
    };
    const video = make("video", "hvs-tl__video");
    Object.assign(video, {muted: true, hidden: true});
    video.setAttribute("playsinline", "");
    let stream = null;
    const stop = () => { if (stream) stream.getTracks().forEach(x => x.stop()); stream = null; video.hidden = true; cam.textContent = t("tlCamera"); };
    const cam = button(t("tlCamera"), scan, () => {
      if (stream) return stop();
      if (!navigator.mediaDevices || !navigator.mediaDevices.getUserMedia) { msg.textContent = t("tlNoCamera"); return; }
      navigator.mediaDevices.getUserMedia({video: {facingMode: "environment"}}).then(s => {
        stream = s;
        video.srcObject = s;
        video.hidden = false;
        cam.textContent = t("tlCameraStop");
        video.play().catch(() => { /* shown paused: frames are still read */ });
        let last = "";
        const tick = () => {
          if (!stream) return;
          const go = video.videoWidth ? read(video, video.videoWidth, video.videoHeight) : Promise.resolve("");
          go.then(text => {
            if (text && text !== last) { last = text; add(text, t("tlFromCamera")); }
            setTimeout(tick, 300);
          }, () => setTimeout(tick, 300));
        };
        tick();
      }, () => { msg.textContent = t("tlNoCamera"); });
    });
    scan.append(video);
    box.append(msg, report);

    // --- a paper sheet typed in, scored like the online test
    const paper = make("section", "hvs-tl__sec", null, box);
    make("h2", null, t("tlPaper"), paper);
    make("p", null, t("tlPaperHelp"), paper);
    const withTest = conf.courses.filter(c => c.standard);
    const pick = labelled("select", t("tlCourse"), paper);
    withTest.forEach(c => pick.append(Object.assign(el("option"), {value: c.id, textContent: c.title})));
    let formNo = 1;
    formChooser(paper, 1, n => { formNo = n; sheet(); });
    const commune = labelled("input", t("tlCommune"), paper), nick = labelled("input", t("tlNick"), paper);
    commune.maxLength = nick.maxLength = HVS.resultCode.TEXT_MAX;
    const fields = make("ol", "hvs-tl__sheet", null, paper), result = make("div", "hvs-tl__result", null, paper);
    result.setAttribute("aria-live", "polite");
    let qs = [];
    const current = () => withTest.find(c => c.id === pick.value);
    // The sheet of the course and form chosen; when their pool arrives later, it is drawn then, unless another sheet
    // (chosen meanwhile, maybe already being filled in) is on the page.
    const chosen = () => pick.value + "#" + formNo;
    const sheet = () => {
      fields.textContent = result.textContent = "";
      fields.removeAttribute("data-hvs-sheet");
      const c = current(), want = chosen();
      qs = c ? paperForm(c.standard, formNo, () => { if (fields.getAttribute("data-hvs-sheet") !== chosen() && chosen() === want) sheet(); }) || [] : [];
      if (qs.length) fields.setAttribute("data-hvs-sheet", want);
      qs.forEach((q, i) => {
        const li = make("li", null, null, fields), input = labelled("input", t("questionNo", {n: i + 1}) + " " + how(q), li);
        Object.assign(input, {type: "text", autocomplete: "off", spellcheck: false});
        make("span", "hvs-tl__err", null, li);
      });
    };
    pick.onchange = sheet;
    const score = button(t("tlScore"), paper, () => {
      // "Đ"/"S", and "T"/"F" where the site also has English words (a site ships its own language and Vietnamese)
      const c = current(), words = Object.values(HVS.i18n), yes = words.map(w => w.tfTrue).filter(Boolean), no = words.map(w => w.tfFalse).filter(Boolean);
      if (!c || !qs.length) return;
      const responses = {};
      let wrong = null;
      $$("li", fields).forEach((li, i) => {
        const q = qs[i], r = HVS.tally.paperResponse(q.data, li.querySelector("input").value, q.tiles, yes, no);
        li.querySelector(".hvs-tl__err").textContent = r.error ? t(r.error, {v: r.v, n: r.n}) : "";
        if (r.error && !wrong) wrong = li.querySelector("input");
        responses[q.key] = r.response == null ? null : r.response;
      });
      if (wrong) { result.textContent = t("tlFix"); return wrong.focus(); }
      const s = HVS.assess.score(qs.map(q => q.data), responses, c.standard.passPercent), now = new Date();
      const domains = {};
      Object.keys(s.domains).forEach(k => { domains[k] = {right: s.domains[k].right, total: s.domains[k].total}; });
      const pad = x => (x < 10 ? "0" : "") + x;
      const value = {course: c.id, kind: "standard", passed: s.passed, domains,
        date: now.getFullYear() + "-" + pad(now.getMonth() + 1) + "-" + pad(now.getDate()),
        minute: now.getHours() * 60 + now.getMinutes(), second: now.getSeconds(), commune: commune.value.replace(/~/g, "").trim(), nickname: nick.value.replace(/~/g, "").trim()};
      let code;
      try { code = HVS.resultCode.normalize(HVS.resultCode.encode(value)); } catch (e) { result.textContent = t("tlTextBad"); return commune.focus(); }
      const tally = load();
      const status = HVS.tally.add(tally, code, Object.assign({percent: s.percent}, value), "paper");
      save(tally);
      result.textContent = "";
      make("p", "hvs-tl__total", t("total", {r: s.right, n: s.total, p: s.percent, v: t(s.passed ? "pass" : "fail"), q: c.standard.passPercent}), result);
      const ul = make("ul", null, null, result);
      Object.keys(s.domains).forEach(k => make("li", null, t("domainScore", {t: domainName(k), r: s.domains[k].right, n: s.domains[k].total, p: s.domains[k].percent}), ul));
      make("p", null, t(status === "added" ? "tlPaperAdded" : "tlPaperDup"), result).append(" ", make("code", null, code));
      render(tally);
    }, true);
    score.classList.add("hvs-tl__score");
    button(t("tlPaperClear"), paper, () => { $$("input", fields).forEach(x => { x.value = ""; }); commune.value = nick.value = ""; sheet(); });

    // --- the summary, charts, CSV, clear
    const sum = make("section", "hvs-tl__sec hvs-tl__summary", null, box);
    const bars = (rows, max) => {
      const ul = make("ul", "hvs-tl__bars");
      rows.forEach(([label, value, text]) => {
        const li = make("li", null, label + ": " + text, ul), track = make("span", "hvs-tl__track", null, li);
        track.setAttribute("aria-hidden", "true");
        make("span", "hvs-tl__fill", null, track).style.width = (max ? Math.max(0, 100 * value / max) : 0) + "%";
      });
      return ul;
    };
    const render = tally => {
      sum.textContent = "";
      make("h2", null, t("tlSummary"), sum);
      const s = HVS.tally.summary(tally.items);
      make("p", "hvs-tl__count", t("tlCount", {n: s.total, e: s.byKind.entry, s: s.byKind.standard}), sum);
      if (!s.total) return;
      make("p", "hvs-tl__rate", s.passRate == null ? t("tlNoStandard") : t("tlRate", {p: s.passed, n: s.standard, r: fmt(s.passRate)}), sum);
      make("h3", null, t("tlByCourse"), sum);
      const courses = Object.keys(s.byCourse).sort((a, b) => ids.indexOf(a) - ids.indexOf(b));
      const most = Math.max(...courses.map(c => s.byCourse[c].total));
      sum.append(bars(courses.map(c => { const x = s.byCourse[c]; return [titleOf(c), x.total, t("tlCourseLine", {e: x.entry, s: x.standard, p: x.passed})]; }), most));
      make("h3", null, t("tlByCommune"), sum);
      const communes = Object.keys(s.byCommune).sort();
      sum.append(bars(communes.map(c => { const x = s.byCommune[c]; return [c || t("tlNoCommune"), x.total, t("tlCourseLine", {e: x.entry, s: x.standard, p: x.passed})]; }),
        Math.max(...communes.map(c => s.byCommune[c].total))));
      make("h3", null, t("tlChange"), sum);
      const changed = courses.filter(c => s.change[c]);
      if (!changed.length) make("p", null, t("tlNoChange"), sum);
      changed.forEach(c => {
        make("h4", null, titleOf(c), sum);
        const ul = make("ul", "hvs-tl__change", null, sum);
        Object.keys(s.change[c]).forEach(dom => {
          const x = s.change[c][dom], li = make("li", null, t("tlChangeLine", {t: domainName(dom), a: fmt(x.entry), b: fmt(x.standard), c: signed(x.change)}), ul);
          li.setAttribute("data-hvs-domain", dom);
          const track = make("span", "hvs-tl__pair", null, li);
          track.setAttribute("aria-hidden", "true");
          make("span", "hvs-tl__fill hvs-tl__fill--entry", null, make("span", "hvs-tl__track", null, track)).style.width = x.entry + "%";
          make("span", "hvs-tl__fill", null, make("span", "hvs-tl__track", null, track)).style.width = x.standard + "%";
        });
      });
      const tools = make("p", "hvs-tl__tools", null, sum);
      button(t("tlCsv"), tools, () => {
        const name = `${V.config().site || "hocvuso"}-${t("tlFile")}-${new Date().toISOString().slice(0, 10)}.csv`;
        const url = URL.createObjectURL(new Blob([HVS.tally.csv(load().items)], {type: "text/csv;charset=utf-8"}));
        const a = Object.assign(el("a"), {href: url, download: name});
        d.body.append(a);
        a.click();
        a.remove();
        setTimeout(() => URL.revokeObjectURL(url), 5000);
        msg.textContent = t("tlExported", {f: name});
      }, true);
      button(t("tlClear"), tools, () => {
        if (!window.confirm(t("tlSure"))) return;
        save(HVS.tally.empty());
        report.textContent = "";
        msg.textContent = t("tlCleared");
        render(load());
      });
    };
    if (papers) box.append(papers);
    sheet();
    render(load());
  };

  HVS.inits.push(root => {
    if (!ready()) return;
    $$(".hvs-paper:not([data-hvs-on])", root).forEach(paperPage);
    $$(".hvs-tally:not([data-hvs-on])", root).forEach(tallyPage);
  });
  if (ready()) HVS.boot();
})();
