// eslint for the browser engine (plain scripts, no bundler) and its node tests.
import js from "@eslint/js";
import globals from "globals";

export default [
  js.configs.recommended,
  {
    files: ["src/hocvuso/static/**/*.js"],
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: "script",
      globals: {...globals.browser, module: "readonly"},
    },
    rules: {
      eqeqeq: ["error", "always", {null: "ignore"}],
      "no-var": "error",
      "prefer-const": "error",
      "no-unused-vars": ["error", {caughtErrors: "none"}],
      "max-len": ["error", {code: 160, ignoreStrings: true, ignoreTemplateLiterals: true, ignoreComments: true}],
    },
  },
  {
    files: ["tests/js/**/*.mjs", "eslint.config.mjs"],
    languageOptions: {ecmaVersion: 2022, sourceType: "module", globals: {...globals.node}},
  },
];
