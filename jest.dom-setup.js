// jsdom lacks TextEncoder/TextDecoder, which react-router needs: use Node's.
const { TextDecoder, TextEncoder } = require('node:util');
const { configure } = require('@testing-library/dom');

Object.assign(globalThis, { TextDecoder, TextEncoder });

// `findBy…` waits 1 s by default. CI runs every unit project on two cores at once, and a mocked
// query that resolves in a few milliseconds alone took longer there once (notification settings,
// CI of 2026-12-05). Waiting longer costs nothing when the element comes; a missing one still fails.
configure({ asyncUtilTimeout: 4000 });
