/* Học vụ số profiles on one device ("Ai đang học?"), loaded when the learner presses the header control (boot.js):
   named local profiles, no password. A profile is a name and its progress: the first learner keeps the site's own
   key, each other one a key of its own within the same site id (view.js reads the active one on every page). */
(() => {
  const HVS = window.HVS, V = HVS.view, M = HVS.model, d = document, {t, esc} = V,
    site = () => V.config().site || "site",
    read = () => { try { return JSON.parse(HVS.storage().getItem("hvs:people:" + site())) || {}; } catch (e) { return {}; } },
    write = people => HVS.storage().setItem("hvs:people:" + site(), JSON.stringify(people)),
    // Switching reloads the page, so every count on it is the new learner's.
    use = id => {
      if (id) HVS.storage().setItem("hvs:who:" + site(), id); else HVS.storage().removeItem("hvs:who:" + site());
      location.reload();
    },
    // An id from the name (letters and digits without accents), unique on this device; never a stored object key.
    idFor = (name, people) => {
      const b = M.normalizeAnswer(name).replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "").slice(0, 30) || "nguoi-hoc";
      let id = b, i = 2;
      while (id in people || ["__proto__", "constructor", "prototype"].includes(id)) id = b + "-" + i++;
      return id;
    };

  HVS.people = () => {
    let dlg = d.querySelector(".hvs-people");
    if (!dlg) {
      dlg = d.body.appendChild(V.el("dialog", "hvs-people"));
      dlg.setAttribute("aria-labelledby", "hvs-people-title");
    }
    const people = read(), cur = V.who(), ids = [""].concat(Object.keys(people).filter(k => k));
    dlg.innerHTML = `<h2 id="hvs-people-title">${esc(t("who"))}</h2><p>${esc(t("pplNote"))}</p><ul class="hvs-people__list">` +
      ids.map(id => `<li><button type="button" class="hvs-btn hvs-people__use" data-id="${esc(id)}"` +
        `${id === cur ? ' aria-current="true"' : ""}>${esc(people[id] || t("pplFirst"))}</button>` +
        `${id === cur ? " " + esc(t("pplNow")) : ""}</li>`).join("") +
      `</ul><form class="hvs-people__form"><p><label>${esc(t("pplName"))} <input name="n" maxlength="40" autocomplete="off"></label></p>` +
      `<button class="hvs-btn" value="add">${esc(t("pplAdd"))}</button> <button class="hvs-btn" value="rename">${esc(t("pplRename"))}</button>` +
      `<p class="hvs-people__msg" role="status"></p></form><button type="button" class="hvs-btn hvs-people__close">${esc(t("pplClose"))}</button>`;
    dlg.querySelectorAll(".hvs-people__use").forEach(b => { b.onclick = () => use(b.getAttribute("data-id")); });
    dlg.querySelector(".hvs-people__close").onclick = () => (dlg.close ? dlg.close() : dlg.removeAttribute("open"));
    dlg.querySelector("form").onsubmit = e => {
      e.preventDefault();
      const name = dlg.querySelector("input").value.trim(), all = read();
      if (!name) { dlg.querySelector(".hvs-people__msg").textContent = t("pplEmpty"); return; }
      if (e.submitter && e.submitter.value === "rename") {
        all[cur] = name;
        write(all);
        return use(cur);
      }
      const id = idFor(name, all);
      all[id] = name;
      write(all);
      use(id);
    };
    if (dlg.showModal && !dlg.open) dlg.showModal(); else dlg.setAttribute("open", "");
    dlg.querySelector("[aria-current]").focus();
  };
  HVS.people();
})();
