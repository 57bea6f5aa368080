// jsdom lacks TextEncoder/TextDecoder, which react-router needs: use Node's.
const { TextDecoder, TextEncoder } = require('node:util');

Object.assign(globalThis, { TextDecoder, TextEncoder });
