// node --test tests/js/ — the result code a learner shows to the commune's digital team (resultcode.js).
import { test } from "node:test";
import assert from "node:assert/strict";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const R = require("../../src/hocvuso/static/assets/hocvuso/resultcode.js");
const courses = ["nguoi-dan", "nong-dan", "tieu-thuong", "hoc-sinh", "doan-vien", "thanh-nien", "can-bo"];

const sample = {
  course: "nong-dan", kind: "standard", date: "2026-03-15", minute: 9 * 60 + 41, second: 17, passed: true,
  domains: { "0": { right: 3, total: 3 }, "1": { right: 2, total: 4 }, "4": { right: 5, total: 7 } },
  commune: "Tân Hồng", nickname: "Út",
};
const valueOf = (code) => {
  const out = R.decode(code, courses);
  assert.ok(out.ok, code + " → " + JSON.stringify(out));
  return out.value;
};

test("round trip: every field comes back, percent is floor(100 × right / total)", () => {
  const code = R.encode(sample), v = valueOf(code);
  for (const k of ["course", "kind", "date", "minute", "second", "passed", "domains", "commune", "nickname"]) assert.deepEqual(v[k], sample[k], k);
  assert.equal(v.percent, Math.floor(1000 / 14)); // 10/14 = 71.4 %
  assert.equal(v.code, code);
  assert.equal(R.normalize(code), code);
});

test("shape: starts HV, upper-case Crockford base32 in groups of 4, at most 6 groups with five domains, 7 with all seven", () => {
  const all = { ...sample, commune: "", nickname: "", domains: {} };
  for (let d = 0; d < 7; d++) all.domains[d] = { right: 15, total: 15 };
  for (const r of [sample, all, { ...sample, domains: {}, commune: "", nickname: "" }]) {
    const core = R.encode(r).split("~")[0];
    assert.match(core, /^HV[0-9A-HJKMNP-TV-Z]{2}(-[0-9A-HJKMNP-TV-Z]{4})*(-[0-9A-HJKMNP-TV-Z]{1,4})?$/, core);
    assert.ok(core.split("-").length <= (Object.keys(r.domains).length > 5 ? 7 : 6), core);
    assert.deepEqual(valueOf(R.encode(r)).domains, r.domains);
  }
  assert.equal(R.encode(sample).split("~").slice(1).join("~"), "Tân Hồng~Út");
});

test("round trip over many results: kinds, dates, minutes, passes, domain subsets, right/total pairs", () => {
  let n = 0;
  for (const course of courses) for (const kind of ["entry", "standard"]) for (let mask = 0; mask < 128; mask += 9) {
    const domains = {};
    for (let d = 0; d < 7; d++) if (mask >> d & 1) { const total = 1 + (n + d * 3) % 15; domains[d] = { right: (n * 7 + d) % (total + 1), total }; }
    const r = { course, kind, date: new Date(Date.UTC(2025, 0, 1) + (n * 97 % 8192) * 864e5).toISOString().slice(0, 10),
      minute: n * 131 % 1440, second: n * 7 % 60, passed: n % 2 === 0, domains, commune: n % 3 ? "" : "Xã Mỹ An " + n, nickname: n % 5 ? "" : "Bà Tư" };
    const v = valueOf(R.encode(r));
    for (const k of ["course", "kind", "date", "minute", "second", "passed", "domains", "commune", "nickname"]) assert.deepEqual(v[k], r[k], k + " " + n);
    n++;
  }
  assert.ok(n > 200);
});

test("two learners with equal results at different minutes get different codes", () => {
  assert.notEqual(R.encode(sample), R.encode({ ...sample, minute: sample.minute + 1 }));
  assert.notEqual(R.encode(sample), R.encode({ ...sample, second: sample.second + 1 }), "same minute, same results: two codes");
});

const ALPHA = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
const TEXT_CHARS = [...ALPHA, ..."abcxyz ~-.iloILOUu", ..."ăâđêôơưáàảãạấầẩẫậắằẳẵặéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ", ..."ÂĐÊÔƠƯÚỒ"];

// Every mutation of the written code must be rejected, or (moving a dash, typing a lower-case/look-alike letter in
// the core) name exactly the same result.
const assertCaught = (code, mutant, what) => {
  const out = R.decode(mutant, courses);
  if (out.ok) assert.equal(R.normalize(mutant), R.normalize(code), `${what}: ${JSON.stringify(mutant)} accepted as another result`);
};

for (const r of [sample, { ...sample, commune: "", nickname: "" }, { ...sample, nickname: "" }, { ...sample, kind: "entry", passed: false }]) {
  const code = R.encode(r);
  test(`every single-character substitution is rejected: ${code}`, () => {
    let tried = 0;
    [...code].forEach((c, i) => {
      for (const s of TEXT_CHARS) {
        if (s === c) continue;
        const chars = [...code];
        chars[i] = s;
        assertCaught(code, chars.join(""), `position ${i} ${c}→${s}`);
        tried++;
      }
    });
    assert.ok(tried > 1000);
  });
  test(`every swap of two different neighbours is rejected: ${code}`, () => {
    const chars = [...code];
    let swapped = 0;
    for (let i = 0; i + 1 < chars.length; i++) {
      if (chars[i] === chars[i + 1]) continue;
      const m = [...chars];
      [m[i], m[i + 1]] = [m[i + 1], m[i]];
      if (chars[i] !== "-" && chars[i + 1] !== "-") {
        assert.equal(R.decode(m.join(""), courses).ok, false, `swap at ${i}: ${m.join("")}`);
        swapped++;
      } else assertCaught(code, m.join(""), `swap at ${i}`);
    }
    assert.ok(swapped >= 10, String(swapped));
  });
}

test("forgiving input: lower case, O for 0, I and L for 1, spaces or no dashes, spaces around the text", () => {
  const code = R.encode({ ...sample, commune: "", nickname: "" });
  const variants = [code.toLowerCase(), code.replace(/-/g, ""), code.replace(/-/g, " "), "  " + code + " \n",
    code.replace(/0/g, "O"), code.replace(/1/g, "l"), code.replace(/1/g, "I"), code.replace(/-/g, "").toLowerCase().replace(/0/g, "o")];
  for (const v of variants) {
    assert.equal(R.normalize(v), code, v);
    assert.equal(valueOf(v).code, code, v);
  }
  const full = R.encode(sample);
  assert.equal(valueOf(full.split("~")[0].toLowerCase().replace(/-/g, "") + "~  Tân   Hồng ~ Út ").code, full);
  // Vietnamese typed decomposed (NFD, some keyboards) is the same text
  assert.equal(valueOf(full.normalize("NFD")).commune, "Tân Hồng");
});

test("commune and nickname with Vietnamese letters round-trip and are covered by the checksum", () => {
  const r = { ...sample, commune: "Phường Mỹ Phước Tây", nickname: "Chị Hương" };
  const code = R.encode(r), v = valueOf(code);
  assert.equal(v.commune, "Phường Mỹ Phước Tây");
  assert.equal(v.nickname, "Chị Hương");
  const core = code.split("~")[0];
  for (const other of ["~Phường Mỹ Phước Tâi~Chị Hương", "~Phường Mỹ Phuớc Tây~Chị Hương", "~Phường Mỹ Phước Tây~Chị Huơng",
    "~Phường Mỹ Phước Tây", "~~Chị Hương", "", "~Chị Hương~Phường Mỹ Phước Tây"]) {
    assert.deepEqual(R.decode(core + other, courses), { ok: false, error: "rcChecksum", at: null }, other);
  }
  assert.equal(valueOf(R.encode({ ...sample, commune: "", nickname: "Út" })).nickname, "Út");
});

test("errors name a words.js key and, where it helps, the position", () => {
  const code = R.encode(sample);
  assert.deepEqual(R.decode("", courses), { ok: false, error: "rcEmpty", at: null });
  assert.deepEqual(R.decode("XY12-3456", courses), { ok: false, error: "rcNotCode", at: 0 });
  assert.deepEqual(R.decode("HV12-U456", courses), { ok: false, error: "rcBadChar", at: 5 });
  assert.deepEqual(R.decode(code.slice(0, 9), courses), { ok: false, error: "rcLength", at: null });
  assert.deepEqual(R.decode(code + "~x", courses), { ok: false, error: "rcBadText", at: code.indexOf("~") });
  assert.deepEqual(R.decode(code, ["nguoi-dan"]), { ok: false, error: "rcUnknownCourse", at: null });
  assert.deepEqual(R.decode(code, []), { ok: false, error: "rcUnknownCourse", at: null });
});

test("every error decode gives is listed in ERRORS (the pages show it with words.js)", () => {
  const seen = new Set();
  for (const text of ["", "XY", "HVU", "HV12", R.encode(sample) + "~x", R.encode(sample).replace(/.$/, "0").replace(/~.*/, ""), R.encode(sample)]) {
    const out = R.decode(text, ["nguoi-dan"]);
    if (!out.ok) seen.add(out.error);
  }
  assert.deepEqual([...seen].sort(), [...R.ERRORS].sort());
});

test("encode refuses what a code cannot carry", () => {
  assert.throws(() => R.encode({ ...sample, kind: "final" }), /kind/);
  assert.throws(() => R.encode({ ...sample, date: "15/03/2026" }), /date/);
  assert.throws(() => R.encode({ ...sample, date: "2024-12-31" }), /date/);
  assert.throws(() => R.encode({ ...sample, minute: 1440 }), /minute/);
  assert.throws(() => R.encode({ ...sample, second: 60 }), /second/);
  assert.throws(() => R.encode({ ...sample, domains: { "0": { right: 4, total: 3 } } }), /right/);
  assert.throws(() => R.encode({ ...sample, domains: { "0": { right: 1, total: 16 } } }), /total/);
  assert.throws(() => R.encode({ ...sample, commune: "A~B" }), /commune/);
  assert.throws(() => R.encode({ ...sample, nickname: "😀" }), /nickname/);
  assert.throws(() => R.encode({ ...sample, nickname: "x".repeat(R.TEXT_MAX + 1) }), /nickname/);
});

test("the course hash tells apart every course of the site", () => {
  const ids = ["nguoi-dan", "nong-dan", "tieu-thuong", "hoc-sinh", "doan-vien", "thanh-nien", "can-bo", "giao-vien",
    "lanh-dao", "nguoi-lao-dong", "sinh-vien", "huong-dan", "thu-vien"];
  assert.equal(new Set(ids.map(R.courseHash)).size, ids.length);
});
