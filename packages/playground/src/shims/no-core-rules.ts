// ESLint's ~300 core rules: the page runs only eslint-plugin-gemini-image's rules, and the
// core rule map alone would be about a third of the page.
export default new Map();
