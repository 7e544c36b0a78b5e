/* Học vụ số "Gửi kết quả cho tổ công nghệ số" and the change since the entry check. Loaded by assessment.js on the
   assessment, entry check and progress pages, after resultcode.js (the code itself, no DOM).
   - On a result (entry check or self-assessment): a fold with the result code, large and grouped, its QR code
     (drawn in the page by qrcode-generator, shipped from npm and loaded when the fold opens), two optional
     fields (commune/ward, nickname) that change the code live, and a plain note on what the code holds.
   - After the self-assessment, and on the progress page: each domain's change since the entry check, in plain
     names ("An toàn: 2/6 → 5/6, tiến bộ"), never codes. */
(() => {
  const HVS = window.HVS, V = HVS.view, d = document, {t} = V;
  const make = (tag, className, text, parent) => {
    const e = d.createElement(tag);
    if (className) e.className = className;
    if (text) e.textContent = text;
    return parent ? parent.appendChild(e) : e;
  };
  const button = (text, parent, onClick) => Object.assign(make("button", "md-button", text, parent), {type: "button", onclick: onClick});
  const base = () => (V.config().root || ".").replace(/\/?$/, "/");
  const two = n => (n < 10 ? "0" : "") + n;

  // The change domain by domain, from the entry check's first attempt (where the learner started) to `after`.
  const better = (a, b) => Math.sign(b.right * a.total - a.right * b.total); // compares b's share with a's
  const verdicts = () => ["chDown", "chSame", "chUp"].map(k => t(k));
  const changeList = (before, after, names, parent) => {
    const list = make("ul", "hvs-change__list", null, parent);
    Object.keys(after.domains).sort().forEach(k => {
      const a = before.domains[k], b = after.domains[k];
      if (!a || !b) return;
      make("li", null, t("chLine", {t: names[k] || k, a: a.right + "/" + a.total, b: b.right + "/" + b.total,
        v: verdicts()[better(a, b) + 1]}), list);
    });
    return list;
  };
  const change = (entryId, after, names, parent, heading) => {
    const attempts = ((HVS.state().assessments || {})[entryId] || {}).attempts || [];
    if (!attempts.length || !after) return null;
    const box = make("div", "hvs-change", null, parent);
    make(heading || "h3", null, t("chTitle", {d: new Date(attempts[0].date).toLocaleDateString(V.config().lang)}), box);
    changeList(attempts[0], after, names, box);
    return box;
  };

  // The QR code as SVG squares (no markup from outside the page): qrcode-generator only says which modules are dark.
  const drawQr = (holder, text) => {
    const qr = window.qrcode(0, "M");
    // The core alone fits the QR code's compact alphanumeric mode; with a commune or nickname, UTF-8 bytes.
    if (/^[0-9A-Z-]+$/.test(text)) qr.addData(text, "Alphanumeric");
    else {
      window.qrcode.stringToBytes = window.qrcode.stringToBytesFuncs["UTF-8"];
      qr.addData(text, "Byte");
    }
    qr.make();
    const n = qr.getModuleCount(), m = 4, ns = "http://www.w3.org/2000/svg", svg = d.createElementNS(ns, "svg");
    let path = "";
    for (let r = 0; r < n; r++) for (let c = 0; c < n; c++) if (qr.isDark(r, c)) path += `M${c + m} ${r + m}h1v1h-1z`;
    svg.setAttribute("viewBox", `0 0 ${n + 2 * m} ${n + 2 * m}`);
    svg.setAttribute("shape-rendering", "crispEdges");
    const bg = svg.appendChild(d.createElementNS(ns, "rect")), fg = svg.appendChild(d.createElementNS(ns, "path"));
    Object.entries({width: "100%", height: "100%", fill: "#fff"}).forEach(([k, v]) => bg.setAttribute(k, v));
    fg.setAttribute("d", path);
    fg.setAttribute("fill", "#000");
    holder.replaceChildren(svg);
  };

  const loadQr = then => {
    if (window.qrcode) return then();
    const s = d.querySelector("script[data-hvs-qr]") || d.head.appendChild(Object.assign(make("script"), {src: base() + "assets/vendor/qrcode-generator.js"}));
    s.setAttribute("data-hvs-qr", "");
    s.addEventListener("load", then);
  };

  // The fold under a result: the attempt {date, percent, passed, domains} of the page's assessment (config).
  const fold = (panel, attempt, config) => {
    const when = new Date(attempt.date), details = make("details", "hvs-send", null, panel);
    make("summary", null, t("sendTitle"), details);
    make("p", "hvs-send__note", t("sendNote"), details);
    const field = key => {
      const input = make("input", null, null, make("label", null, t(key) + " ", make("p", null, null, details)));
      Object.assign(input, {maxLength: HVS.resultCode.TEXT_MAX, autocomplete: "off"});
      return input;
    };
    const [commune, nickname] = ["sendCommune", "sendNickname"].map(field);
    make("p", "hvs-send__label", t("sendCode"), details);
    const out = make("p", "hvs-send__code", null, details), qr = make("div", "hvs-send__qr", null, details);
    out.setAttribute("aria-live", "polite");
    qr.setAttribute("role", "img");
    qr.setAttribute("aria-label", t("sendQr"));
    const tools = make("p", null, null, details), msg = make("p", "hvs-send__msg", null, details);
    msg.setAttribute("role", "status");
    let code = "";
    const update = () => {
      // "~" separates the code's parts: it cannot be typed inside them.
      [commune, nickname].forEach(i => { if (i.value.includes("~")) i.value = i.value.replace(/~/g, ""); });
      try {
        code = HVS.resultCode.encode({course: config.course, kind: config.kind || "standard", passed: !!attempt.passed,
          date: when.getFullYear() + "-" + two(when.getMonth() + 1) + "-" + two(when.getDate()),
          minute: when.getHours() * 60 + when.getMinutes(), second: when.getSeconds(), domains: attempt.domains,
          commune: commune.value, nickname: nickname.value});
      } catch (e) { code = ""; }
      out.textContent = code || t("sendNone");
      if (details.open && code && window.qrcode) drawQr(qr, code);
    };
    commune.oninput = nickname.oninput = update;
    details.addEventListener("toggle", () => { if (details.open) loadQr(update); });
    button(t("sendCopy"), tools, async () => {
      try {
        await navigator.clipboard.writeText(code);
        msg.textContent = t("copied");
      } catch (e) {
        msg.textContent = t("copyHand");
        d.getSelection().selectAllChildren(out);
      }
    });
    // Zalo and other apps on phones, through "Chia sẻ" (share.js): the code and its words, never the learner's name.
    if (HVS.shareTo) button(t("sendShare"), tools, () => HVS.shareTo(msg, {title: config.title, url: V.config().url || location.href,
      text: t("sendShareText", {a: config.title, c: code})}));
    update();
  };

  // assessment.js leaves the shown result on its panel (it may run before this module has loaded).
  HVS.sendResult = panel => {
    const r = panel.hvsResult;
    if (!r || panel.querySelector(".hvs-send")) return;
    if (r.config.entry) change(r.config.entry, r.attempt, r.config.domains, panel);
    fold(panel, r.attempt, r.config);
  };

  // The progress page: for each course with both an entry check and a self-assessment done, the change since.
  const progress = box => {
    box.setAttribute("data-hvs-ch", "");
    const s = HVS.state(), section = make("section", "hvs-change-page");
    make("h2", null, t("chPage"), section);
    (V.json(box, "data-hvs-progress").courses || []).forEach(c => {
      const attempts = c.entry && ((s.assessments || {})[c.assessment.id] || {}).attempts;
      if (!attempts || !attempts.length) return;
      const holder = make("div", null, null, section);
      make("h3", null, c.title, holder);
      if (!change(c.entry.id, attempts[attempts.length - 1], c.domains || {}, holder, "p")) holder.remove();
    });
    if (section.children.length > 1) box.after(section);
  };

  HVS.inits.push(root => {
    V.all(".hvs-a > div", root).forEach(HVS.sendResult);
    V.all(".hvs-progress-page:not([data-hvs-ch])", root).forEach(progress);
  });
  HVS.boot();
})();
