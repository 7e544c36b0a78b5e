// node --test tests/js/ — the shared typed-answer vectors (pytest runs the same file against Python).
import {test} from "node:test";
import assert from "node:assert/strict";
import {readFileSync} from "node:fs";
import {createRequire} from "node:module";

const require = createRequire(import.meta.url);
const M = require("../../src/hocvuso/static/assets/hocvuso/model.js");
const {cases} = JSON.parse(readFileSync(new URL("../vectors/text_answers.json", import.meta.url), "utf8"));

for (const c of cases) {
  test(`typed ${JSON.stringify(c.typed)} against ${JSON.stringify(c.accepted)}${c.ignore ? " ignoring " + c.ignore : ""}: ${c.match}`, () => {
    // a question's own filler words reach the browser folded (no accents), as the build sends them
    const q = {type: "text", answers: c.accepted, ignore: c.ignore && c.ignore.map(w => M.normalizeAnswer(w, []))};
    assert.equal(M.check(q, c.typed).correct, c.match);
  });
}
