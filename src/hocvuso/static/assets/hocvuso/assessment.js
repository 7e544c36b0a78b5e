/* Học vụ số self-assessment. HVS.assess: seeded draw, scoring, certificate code (pure, node-tested); then the page. */
(function (G) {
  var H = G.HVS = G.HVS || {}, V, M, lang;
  function key(q) { return q.bank + "#" + q.id; }
  // pool [{bank,id,domain,level}], spec [{domain,count}] → [[bank,id],…] by domain; throws if a domain is short
  function draw(pool, spec, lv, seed) {
    var r = H.model.rng(seed), seen = {}, out = [];
    spec.forEach(function (d) {
      var c = pool.filter(function (q) {
        var k = key(q);
        return q.domain == d.domain && !seen[k] && (!lv || !lv.length || lv.indexOf(+q.level) > -1) && (seen[k] = 1);
      });
      if (c.length < d.count) throw Error("domain " + d.domain + ": " + c.length + " < " + d.count);
      H.model.shuffle(c.sort(function (a, b) { return key(a) < key(b) ? -1 : 1; }), r).slice(0, d.count)
        .forEach(function (q) { out.push([q.bank, q.id]); });
    });
    return out;
  }
  function pc(x) { x.percent = x.total ? Math.floor(x.right * 100 / x.total) : 0; return x; } // down: 69.7 % is not 70 %
  // → {right,total,percent,passed,domains:{d:{right,total,percent}},res:{key: check result}}
  function score(qs, resp, pass) {
    var o = {right: 0, total: 0, domains: {}, res: {}};
    qs.forEach(function (q) {
      var k = key(q), r = {}, d = o.domains[q.domain] = o.domains[q.domain] || {right: 0, total: 0};
      try { r = H.model.check(q, resp[k] == null ? null : resp[k]); } catch (e) { /* counts as wrong */ }
      o.res[k] = r; d.total++; o.total++;
      if (r.correct) { d.right++; o.right++; }
    });
    for (var d in o.domains) pc(o.domains[d]);
    o.passed = pc(o).percent >= pass;
    return o;
  }
  function p2(n) { return (n < 10 ? "0" : "") + +n; }
  function fmtDate(ms) { var d = new Date(ms); return p2(d.getDate()) + "/" + p2(d.getMonth() + 1) + "/" + d.getFullYear(); }
  // the "verification data" printed on a certificate: course|dd/mm/yyyy|percent|0:3/3 4:5/7
  function line(f) {
    return [f.course, f.date, +f.percent, Object.keys(f.domains).sort().map(function (d) { return d + ":" + f.domains[d].right + "/" + f.domains[d].total; }).join(" ")].join("|");
  }
  function parseLine(t) {
    var p = String(t).split("|"), o = {}, re = /(\w+)\s*:\s*(\d+)\s*\/\s*(\d+)/g, m;
    while ((m = re.exec(p[3]))) o[m[1]] = {right: +m[2], total: +m[3]};
    return {course: p[0].trim(), date: (p[1] || "").match(/\d+/g).map(function (x, i) { return i < 2 ? p2(x) : x; }).join("/"),
      percent: parseInt(p[2], 10), domains: o};
  }
  // {name, course, date, percent, domains} → "XXXX-XXXX": 40 bits of cyrb53 in Crockford base32. Never change it.
  function verificationCode(f) {
    var s = String(f.name).normalize("NFC").toLowerCase().replace(/\s+/g, " ").trim() + "|" + line(f), a = 0xdeadbeef, b = 0x41c6ce57, i, c;
    for (i = 0; i < s.length; i++) { c = s.charCodeAt(i); a = Math.imul(a ^ c, 2654435761); b = Math.imul(b ^ c, 1597334677); }
    a = Math.imul(a ^ a >>> 16, 2246822507) ^ Math.imul(b ^ b >>> 13, 3266489909);
    b = Math.imul(b ^ b >>> 16, 2246822507) ^ Math.imul(a ^ a >>> 13, 3266489909);
    for (c = 4294967296 * (2097151 & b) + (a >>> 0), s = "", i = 0; i < 8; i++, c = Math.floor(c / 32)) s = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"[c % 32] + s;
    return s.slice(0, 4) + "-" + s.slice(4);
  }
  var A = H.assess = {draw: draw, score: score, verificationCode: verificationCode, fmtDate: fmtDate, line: line, parseLine: parseLine};
  if (typeof module != "undefined") module.exports = A;

  var L = {
    vi: {
      intro: "Bài tự đánh giá để học, không phải bài thi chính thức: {n} câu rút ngẫu nhiên, đạt từ {p}%. {t}",
      tl: "Thời gian: {m} phút.", nol: "Không giới hạn thời gian.", start: "Bắt đầu làm bài", again: "Làm bài mới",
      resume: "Bài đang làm dở đã được giữ lại.", q: "Câu {n}.", submit: "Nộp bài",
      unans: "Còn {k} câu chưa trả lời. Vẫn nộp bài?", yes: "Vẫn nộp bài", no: "Làm tiếp",
      time: "Bạn có khoảng {m} phút, đến {t}; trang sẽ nhắc khi còn 5 phút.", t5: "Còn 5 phút.", up: "Hết giờ: bài đã được nộp.",
      res: "Kết quả", pass: "Đạt", fail: "Chưa đạt", tot: "Bạn đúng {r}/{n} câu ({p}%): {v}. Mức đạt: {q}%.",
      dom: "Miền {d} {t}: {r}/{n} câu ({p}%)", rev: "Nên ôn lại:", last: "Lần gần nhất: {p}% ({v}).",
      ch: "Giấy chứng nhận", nm: "Họ và tên in trên giấy chứng nhận", pr: "In giấy chứng nhận", nerr: "Hãy nhập họ và tên.",
      cl: "Giấy chứng nhận tự đánh giá — không phải chứng chỉ chính thức", cby: "Chứng nhận",
      cdid: "đã đạt bài “{a}” của khóa học “{c}”.", csc: "Ngày {d} · Kết quả: {p}% (Đạt)", code: "Mã kiểm tra: ", vl: "Dữ liệu kiểm tra",
      cnote: "Nhập họ tên, dữ liệu và mã kiểm tra ở trang “Tiến độ của tôi” của trang web này để biết các thông tin trên có bị sửa sau khi in không. Mã không chứng minh danh tính người làm bài, hay bài được làm không có người giúp.",
      vh: "Kiểm tra mã giấy chứng nhận", vb: "Kiểm tra",
      vok: "Mã khớp: thông tin đúng như lúc in.", vno: "Mã không khớp."
    },
    en: {
      intro: "A self-assessment for learning, not the official test: {n} questions drawn at random, pass mark {p}%. {t}",
      tl: "Time limit: {m} minutes.", nol: "No time limit.", start: "Start", again: "New attempt",
      resume: "Your unfinished attempt was kept.", q: "Question {n}.", submit: "Submit",
      unans: "{k} questions unanswered. Submit anyway?", yes: "Submit anyway", no: "Keep working",
      time: "You have about {m} minutes, until {t}; you will be reminded at 5 minutes left.", t5: "5 minutes left.", up: "Time is up: answers submitted.",
      res: "Result", pass: "Passed", fail: "Not passed", tot: "You got {r}/{n} right ({p}%): {v}. Pass mark: {q}%.",
      dom: "Domain {d} {t}: {r}/{n} ({p}%)", rev: "Revisit:", last: "Last attempt: {p}% ({v}).",
      ch: "Certificate", nm: "Your name as printed on the certificate", pr: "Print certificate", nerr: "Type your name.",
      cl: "Self-assessment certificate — not an official qualification", cby: "This certifies that",
      cdid: "passed “{a}” of the course “{c}”.", csc: "Date {d} · Score: {p}% (passed)", code: "Verification code: ", vl: "Verification data",
      cnote: "Enter the name, data and code on this site's “My progress” page to see whether these fields were changed after printing. The code does not prove who took the test, or that it was done without help.",
      vh: "Check a certificate code", vb: "Check",
      vok: "The code matches: fields as printed.", vno: "The code does not match."
    }
  };
  function T(k, v) { return L[lang][k].replace(/\{(\w)\}/g, function (m, n) { return v[n]; }); }
  function E(tag, cls, txt, par) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (txt) e.textContent = txt;
    return par ? par.appendChild(e) : e;
  }
  function B(txt, par, fn, main) { var b = E("button", "md-button" + (main ? " md-button--primary" : ""), txt, par); b.type = "button"; b.onclick = fn; return b; }
  function Q(s, r) { return [].slice.call(r.querySelectorAll(s)); }
  function J(e, a) { try { return JSON.parse(e.getAttribute(a)); } catch (x) { /* none */ } }

  function setup(box) {
    box.setAttribute("data-hvs-a", 1);
    var C = J(box, "data-hvs-assessment"), sec = box.querySelector(".hvs-quiz"), by = {}, pool = [],
      n = 0, tm = [], run, cur;
    if (!C || !sec) return;
    Q(".hvs-q", sec).forEach(function (f) { var d = J(f, "data-hvs-q"); if (d) { f._d = d; by[key(d)] = f; pool.push(d); } });
    C.draw.forEach(function (d) { n += d.count; });
    var s = H.state(), as = s.assessments = s.assessments || {}, R = as[C.id] = as[C.id] || {},
      ui = E("div", "hvs-a"), bar = E("div", "hvs-a__bar", 0, box), m = C.timeLimitMinutes;
    R.attempts = R.attempts || [];
    box.insertBefore(ui, sec);
    E("p", "hvs-a__intro", T("intro", {n: n, p: C.passPercent, t: m ? T("tl", {m: m}) : T("nol")}), ui);
    var live = E("p", "hvs-a__live", 0, ui), panel = E("div", 0, 0, ui);
    live.setAttribute("aria-live", "polite");
    // The shared store keeps damaged data aside, never overwrites a newer version's, and falls back to memory.
    function save() { H.update(function (s) { (s.assessments = s.assessments || {})[C.id] = R; }); }
    function say(t) { live.textContent = t; }
    function dom(d, x) { return T("dom", {d: d, t: C.domains[d] || "", r: x.right, n: x.total, p: x.percent}); }
    function shown() { return cur.questions.map(function (q) { return by[q[0] + "#" + q[1]]; }).filter(Boolean); }
    function clear(r, q) { tm.forEach(clearTimeout); tm = []; run = r; panel.textContent = bar.textContent = ""; bar.hidden = !r; sec.hidden = !q; }
    sec.oninput = sec.onchange = function (e) {
      var f = run && e.target.closest(".hvs-q");
      if (f && f._d) { cur.answers[key(f._d)] = V.readResponse(f); save(); }
    };
    function intro() {
      clear();
      var l = R.attempts[R.attempts.length - 1];
      if (l) E("p", 0, T("last", {p: l.percent, v: T(l.passed ? "pass" : "fail")}), panel);
      B(T("start"), panel, start, 1);
      cert();
    }
    function start() {
      var seed = Math.random() * 4294967296 >>> 0, f;
      cur = R.current = {seed: seed, questions: draw(pool, C.draw, C.levels, seed), answers: {}, started: Date.now(), submitted: false};
      save(); show(1);
      f = shown()[0]; f.tabIndex = -1; f.focus();
    }
    function show(fresh) {
      clear(1, 1);
      if (!fresh) E("p", 0, T("resume"), panel);
      var r = M.rng(cur.seed), k, first, end = cur.started + m * 6e4, left = end - Date.now();
      Q(".hvs-q", sec).forEach(function (f) { f.hidden = true; f.disabled = false; V.clearResult(f); });
      shown().forEach(function (f, i) {
        var d = f._d, ul = f.querySelector(".hvs-options"), k = key(d);
        f.hidden = false; sec.appendChild(f);
        f.querySelector(".hvs-q__num").textContent = T("q", {n: i + 1});
        if (ul && d.type != "truefalse") {
          M.shuffle([].slice.call(ul.children).sort(function (a, b) { return a.querySelector("input").value - b.querySelector("input").value; }), r)
            .forEach(function (li) { ul.appendChild(li); });
        }
        V.setResponse(f, k in cur.answers ? cur.answers[k] : null);
      });
      if (cur.submitted) return results();
      B(T("submit"), bar, function () {
        k = first = 0;
        shown().forEach(function (f) { if (!M.isAnswered(f._d, V.readResponse(f))) { k++; first = first || f; } });
        if (!k || !cf.hidden) return submit();
        cf.hidden = false; cp.textContent = T("unans", {k: k}); cp.focus();
      }, 1);
      var cf = E("div", "hvs-a__confirm", 0, bar), cp = E("p", 0, 0, cf);
      cf.hidden = true; cp.tabIndex = -1;
      B(T("yes"), cf, function () { submit(); }, 1);
      B(T("no"), cf, function () { cf.hidden = true; first.tabIndex = -1; first.focus(); });
      if (m) {
        if (left <= 0) return submit(1);
        say(T("time", {m: Math.ceil(left / 6e4), t: new Date(end).toTimeString().slice(0, 5)}));
        if (left > 3e5) tm.push(setTimeout(function () { if (box.isConnected && run) say(T("t5")); }, left - 3e5));
        tm.push(setTimeout(function () { if (box.isConnected && run) submit(1); }, left));
      }
    }
    function submit(auto) {
      var qs = [], sc, at, d;
      shown().forEach(function (f) { qs.push(f._d); cur.answers[key(f._d)] = V.readResponse(f); });
      sc = score(qs, cur.answers, C.passPercent);
      at = {date: Date.now(), percent: sc.percent, passed: sc.passed, domains: {}};
      for (d in sc.domains) at.domains[d] = {right: sc.domains[d].right, total: sc.domains[d].total};
      cur.submitted = true;
      R.attempts.push(at);
      if (!R.best || at.percent > R.best.percent) R.best = at;
      save(); results(1);
      say(auto ? T("up") : "");
    }
    function results(focus) {
      clear(0, 1);
      var sc = score(shown().map(function (f) { return f._d; }), cur.answers, C.passPercent),
        h = E("h2", 0, T("res"), panel), ul = E("ul", "hvs-a__doms"), rl = E("ul", "hvs-a__rev");
      h.tabIndex = -1;
      E("p", 0, T("tot", {r: sc.right, n: sc.total, p: sc.percent, v: T(sc.passed ? "pass" : "fail"), q: C.passPercent}), panel);
      panel.appendChild(ul);
      Object.keys(sc.domains).forEach(function (d) {
        var x = sc.domains[d], low = x.percent < C.passPercent, rv = (C.revisit || {})[d] || [],
          tr = E("span", "hvs-a__track", 0, E("li", 0, dom(d, x), ul));
        E("span", "hvs-a__fill" + (low ? " hvs-a__fill--low" : ""), 0, tr).style.width = x.percent + "%";
        tr.setAttribute("aria-hidden", "true");
        if (low && rv.length) {
          var li = E("li", 0, dom(d, x).split(":")[0] + ": ", rl);
          rv.forEach(function (l, i) { if (i) li.append(", "); E("a", 0, l.title, li).href = l.href; });
        }
      });
      if (rl.firstChild) { E("p", 0, T("rev"), panel); panel.appendChild(rl); }
      B(T("again"), panel, start);
      cert();
      shown().forEach(function (f) { V.showResult(f, f._d, sc.res[key(f._d)], {focus: false}); f.disabled = true; });
      if (focus) h.focus();
    }
    function cert() {
      var b = R.best;
      if (!b || !b.passed) return;
      var w = E("div", "hvs-a__cert", 0, panel), inp = E("input", 0, 0, E("label", 0, T("nm") + " ", E("h2", 0, T("ch"), w) && w)),
        er = E("p", "hvs-a__err", 0, w);
      inp.value = R.certificateName || ""; inp.autocomplete = "name"; er.setAttribute("aria-live", "assertive");
      inp.oninput = function () { R.certificateName = inp.value; save(); };
      B(T("pr"), w, function () {
        var nm = inp.value.trim(), c = w.querySelector(".hvs-cert"), f = {name: nm, course: C.course, date: fmtDate(b.date), percent: b.percent, domains: b.domains};
        if (c) c.remove();
        er.textContent = nm ? "" : T("nerr");
        if (!nm) return inp.focus();
        c = E("div", "hvs-cert", 0, w);
        E("p", "hvs-cert__label", T("cl"), c);
        E("p", 0, T("cby"), c);
        E("p", "hvs-cert__name", nm, c);
        E("p", 0, T("cdid", {a: C.title, c: C.courseTitle}), c);
        E("p", "hvs-cert__score", T("csc", {d: f.date, p: b.percent}), c);
        var ul = E("ul", "hvs-cert__doms", 0, c);
        Object.keys(b.domains).sort().forEach(function (d) { E("li", 0, dom(d, pc({right: b.domains[d].right, total: b.domains[d].total})), ul); });
        E("code", 0, verificationCode(f), E("p", "hvs-cert__code", T("code"), c));
        E("code", 0, line(f), E("p", "hvs-cert__data", T("vl") + ": ", c));
        E("p", "hvs-cert__data", T("cnote"), c);
        G.print();
      }, 1);
    }
    cur = R.current;
    if (cur && cur.questions && shown().length) show(); else intro();
  }

  function verify(pp) { // the certificate code checker, under the progress page
    pp.setAttribute("data-hvs-v", 1);
    var dt = E("details", "hvs-verify"), f, I = {}, out;
    E("summary", 0, T("vh"), dt);
    f = E("form", 0, 0, dt);
    ["nm", "vl", "code"].forEach(function (k) { I[k] = E("input", 0, 0, E("label", 0, T(k) + " ", E("p", 0, 0, f))); });
    E("button", "md-button", T("vb"), f);
    out = E("p", 0, 0, f);
    out.setAttribute("aria-live", "polite");
    f.onsubmit = function (e) {
      e.preventDefault();
      var x;
      try { x = parseLine(I.vl.value); x.name = I.nm.value; x = verificationCode(x).replace("-", ""); } catch (y) { /* unreadable: no match */ }
      out.textContent = T(x == I.code.value.toUpperCase().replace(/[^0-9A-Z]/g, "").replace(/O/g, "0").replace(/[IL]/g, "1") ? "vok" : "vno");
    };
    pp.after(dt);
  }

  (H.inits = H.inits || []).push(function (root) {
    V = H.view; M = H.model; lang = V.config().lang == "en" ? "en" : "vi";
    Q(".hvs-assessment:not([data-hvs-a])", root || document).forEach(setup);
    Q(".hvs-progress-page:not([data-hvs-v])", root || document).forEach(verify);
  });
})(globalThis);
