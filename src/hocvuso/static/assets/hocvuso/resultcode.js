/* Học vụ số result code: a short code a learner shows to the commune's digital team after an entry check or a
   self-assessment ("Gửi kết quả cho tổ công nghệ số"). No DOM here: the learner's page, the facilitator's tally
   page and node tests all load this file (HVS.resultCode; module.exports for node).

   A code looks like  HV3K-9QZ0-…-X7  or, with the optional commune and nickname,  HV3K-…-X7~Tân Hồng~Út
   The core is "HV" then upper-case Crockford base32 (no I, L, O, U) in groups of 4:
     payload   one mixed-radix number, least significant field first:
               domain mask (128: which of the framework domains "0".."6" the result has questions in),
               passed (2), kind (2: standard, entry), course hash (4096), date (8192 days from 2025-01-01),
               minute of the day (1440), second (60: two learners of one session with the same results still
               get two codes), then for each domain in the mask, in order, the pair right/total
               (135: total 1..15, right 0..total). Its length in symbols follows from the mask alone.
     check     3 symbols: Σ (i+1)·v_i mod 32749 over the payload symbols then the code points of the text
               part ("~commune~nickname"). A prime above every value and every position means any single
               changed character and any swap of two different neighbours changes the sum.
   Text characters are limited to code points below U+2000 (all Vietnamese letters are) so the guarantee holds.
   Never change the layout: codes shown earlier must keep decoding the same. */
(function (global) {
  "use strict";
  const HVS = global.HVS = global.HVS || {};
  const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
  const PRIME = 32749, CHECK_SYMBOLS = 3, EPOCH = Date.UTC(2025, 0, 1), DAY = 864e5;
  const DOMAINS = ["0", "1", "2", "3", "4", "5", "6"], MAX_TOTAL = 15, PAIRS = 135, TEXT_MAX = 40;
  const KINDS = ["standard", "entry"];

  // A short hash of a course id (the top 12 bits of FNV-1a over its UTF-16 units, mixed): the code carries this, not the id.
  const courseHash = id => {
    let h = 0x811c9dc5;
    for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 16777619);
    // FNV-1a's top bits barely move with an id's last characters ("khoa-03", "khoa-13"): murmur3's finaliser mixes them in.
    h ^= h >>> 16;
    h = Math.imul(h, 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    h ^= h >>> 16;
    return h >>> 20;
  };

  // Numbers too big for a double, as little-endian arrays of base-32 digits (no BigInt: older phones' browsers).
  const mulAdd = (digits, radix, add) => {
    let carry = add;
    for (let i = 0; i < digits.length; i++) {
      const x = digits[i] * radix + carry;
      digits[i] = x % 32;
      carry = Math.floor(x / 32);
    }
    for (; carry; carry = Math.floor(carry / 32)) digits.push(carry % 32);
    return digits;
  };
  const divMod = (digits, radix) => {
    let rest = 0;
    for (let i = digits.length - 1; i >= 0; i--) {
      const x = rest * 32 + digits[i];
      digits[i] = Math.floor(x / radix);
      rest = x % radix;
    }
    while (digits.length && !digits[digits.length - 1]) digits.pop();
    return rest;
  };
  // [[value, radix], …] least significant first → digits
  const pack = fields => fields.reduceRight((digits, [value, radix]) => mulAdd(digits, radix, value), []);

  const pairIndex = (right, total) => (total - 1) * (total + 2) / 2 + right;
  const pairOf = index => {
    let total = 1;
    while (pairIndex(0, total + 1) <= index) total++;
    return {right: index - pairIndex(0, total), total};
  };
  const radices = mask => [128, 2, 2, 4096, 8192, 1440, 60].concat(DOMAINS.filter((d, i) => mask >> i & 1).map(() => PAIRS));
  // Symbols needed for the largest payload a mask allows: the length of every code with that mask.
  const payloadLength = mask => Math.max(1, pack(radices(mask).map(r => [r - 1, r])).length);

  // The text part in canonical form: NFC, single spaces, trimmed; "" when neither is given.
  const cleanText = s => String(s == null ? "" : s).normalize("NFC").replace(/\s+/g, " ").trim();
  const textBad = s => s.length > TEXT_MAX || [...s].some(c => c === "~" || c.codePointAt(0) < 32 || c.codePointAt(0) >= 0x2000);
  const textPart = (commune, nickname) => nickname ? "~" + commune + "~" + nickname : commune ? "~" + commune : "";

  const checksum = (symbols, text) => {
    let sum = 0, i = 0;
    symbols.forEach(v => { sum = (sum + ++i * v) % PRIME; });
    for (const c of text) sum = (sum + ++i * c.codePointAt(0)) % PRIME;
    return sum;
  };
  const toSymbols = (value, n) => {
    const out = [];
    for (let i = 0; i < n; i++, value = Math.floor(value / 32)) out.unshift(value % 32);
    return out;
  };
  const group = core => core.replace(/(.{4})(?=.)/g, "$1-");

  const fail = (message, field) => { throw Error("resultCode.encode: " + field + " " + message); };
  const whole = (value, low, high, field) => Number.isInteger(value) && value >= low && value <= high ? value : fail("out of range", field);

  /** r = {course, kind, date "YYYY-MM-DD", minute, second (0 if left out), passed, domains {"0": {right, total}, …}, commune, nickname} → code */
  const encode = r => {
    const kind = KINDS.indexOf(r.kind);
    if (kind < 0) fail("must be entry or standard", "kind");
    const ymd = /^(\d{4})-(\d\d)-(\d\d)$/.exec(r.date || "") || fail("must be YYYY-MM-DD", "date");
    const day = whole((Date.UTC(+ymd[1], +ymd[2] - 1, +ymd[3]) - EPOCH) / DAY, 0, 8191, "date");
    let mask = 0;
    const pairs = [];
    DOMAINS.forEach((d, i) => {
      const x = (r.domains || {})[d];
      if (!x || !x.total) return;
      mask |= 1 << i;
      const total = whole(x.total, 1, MAX_TOTAL, "domains." + d + ".total");
      pairs.push([pairIndex(whole(x.right, 0, total, "domains." + d + ".right"), total), PAIRS]);
    });
    const commune = cleanText(r.commune), nickname = cleanText(r.nickname);
    if (textBad(commune)) fail("has ~ or a character a code cannot carry, or is too long", "commune");
    if (textBad(nickname)) fail("has ~ or a character a code cannot carry, or is too long", "nickname");
    const digits = pack([[mask, 128], [r.passed ? 1 : 0, 2], [kind, 2], [courseHash(String(r.course)), 4096],
      [day, 8192], [whole(r.minute, 0, 1439, "minute"), 1440],
      [whole(r.second == null ? 0 : r.second, 0, 59, "second"), 60]].concat(pairs));
    const n = payloadLength(mask), symbols = [];
    for (let i = n - 1; i >= 0; i--) symbols.push(digits[i] || 0); // most significant first
    const text = textPart(commune, nickname);
    const core = "HV" + symbols.concat(toSymbols(checksum(symbols, text), CHECK_SYMBOLS)).map(v => ALPHABET[v]).join("");
    return group(core) + text;
  };

  // Splits typed text into the core's characters (with their positions in the text, for error messages) and the text part.
  const split = raw => {
    const input = String(raw == null ? "" : raw), cut = input.indexOf("~");
    const coreText = cut < 0 ? input : input.slice(0, cut), chars = [];
    for (let i = 0; i < coreText.length; i++) {
      if (/[\s\-–—.]/.test(coreText[i])) continue; // spaces, dashes and dots between groups do not matter
      const c = coreText[i].toUpperCase().replace("O", "0").replace(/[IL]/, "1");
      chars.push({c, at: i});
    }
    const parts = cut < 0 ? [] : input.slice(cut + 1).split("~");
    return {chars, parts, cut};
  };

  /** Canonical form of a code (upper case, O→0, I/L→1, groups of 4, clean text part): equal forms = the same result. */
  const normalize = raw => {
    const {chars, parts} = split(raw);
    return group(chars.map(x => x.c).join("")) + textPart(cleanText(parts[0]), cleanText(parts[1]));
  };

  const err = (error, at) => ({ok: false, error, at: at == null ? null : at});

  /** text, courseIds → {ok: true, value: {course, kind, date, minute, second, passed, domains, commune, nickname, percent, code}}
      or {ok: false, error: words.js key, at: position in the text or null}. */
  const decode = (raw, courseIds) => {
    const {chars, parts, cut} = split(raw);
    if (!chars.length && cut < 0) return err("rcEmpty");
    if (chars.length < 2 || chars[0].c !== "H" || chars[1].c !== "V") return err("rcNotCode", chars.length ? chars[0].at : null);
    const symbols = [];
    for (const x of chars.slice(2)) {
      const v = ALPHABET.indexOf(x.c);
      if (v < 0) return err("rcBadChar", x.at);
      symbols.push(v);
    }
    if (parts.length > 2) return err("rcBadText", cut);
    const commune = cleanText(parts[0]), nickname = cleanText(parts[1]);
    if (textBad(commune) || textBad(nickname)) return err("rcBadText", cut);
    const payload = symbols.slice(0, -CHECK_SYMBOLS), mask = payload.length ? payload[payload.length - 1] + 32 * (payload[payload.length - 2] || 0) & 127 : 0;
    // The mask is the lowest field, so it can be read before knowing the length: it fixes how long the code must be.
    if (symbols.length <= CHECK_SYMBOLS || payload.length !== payloadLength(mask)) return err("rcLength");
    const check = symbols.slice(-CHECK_SYMBOLS).reduce((v, s) => v * 32 + s, 0);
    if (check !== checksum(payload, textPart(commune, nickname))) return err("rcChecksum");
    const digits = payload.slice().reverse(), fields = radices(mask).map(r => divMod(digits, r));
    if (digits.length) return err("rcChecksum"); // more than the fields can hold: not a code this module made
    const [, passed, kind, hash, day, minute, second] = fields, domains = {};
    let right = 0, total = 0;
    DOMAINS.filter((d, i) => mask >> i & 1).forEach((d, i) => {
      const p = domains[d] = pairOf(fields[7 + i]);
      right += p.right;
      total += p.total;
    });
    const matches = (courseIds || []).filter(id => courseHash(String(id)) === hash);
    if (matches.length !== 1) return err("rcUnknownCourse");
    return {ok: true, value: {
      course: matches[0], kind: KINDS[kind], date: new Date(EPOCH + day * DAY).toISOString().slice(0, 10), minute, second,
      passed: passed === 1, domains, commune, nickname, percent: total ? Math.floor(right * 100 / total) : 0,
      code: normalize(raw)
    }};
  };

  // Every error decode can give: words.js keys, shown with t(error, {at}) by the pages that read codes.
  const ERRORS = ["rcEmpty", "rcNotCode", "rcBadChar", "rcLength", "rcChecksum", "rcBadText", "rcUnknownCourse"];
  const R = HVS.resultCode = {encode, decode, normalize, courseHash, ERRORS, TEXT_MAX};
  if (typeof module !== "undefined") module.exports = R;
})(globalThis);
