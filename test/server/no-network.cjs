// Preloaded (node --require) into the server under test: every way Node opens a network
// connection, listens on a port or resolves a host name is replaced by one that records the
// attempt in $GONGWEN_NETWORK_LOG and throws. Worker threads inherit the preload.
'use strict';
const fs = require('fs');

const log = process.env.GONGWEN_NETWORK_LOG;
function record(what) {
  const line = `${what} (pid ${process.pid}${require('worker_threads').isMainThread ? '' : ', worker'})\n${new Error().stack}\n`;
  if (log) fs.appendFileSync(log, line);
  throw new Error(`network access in a test that forbids it: ${what}`);
}

function forbid(object, name, what) {
  if (!object || typeof object[name] !== 'function') return;
  object[name] = function forbidden() {
    return record(what);
  };
}

const net = require('net');
forbid(net.Socket.prototype, 'connect', 'net.Socket#connect');
forbid(net, 'connect', 'net.connect');
forbid(net, 'createConnection', 'net.createConnection');
forbid(net.Server.prototype, 'listen', 'net.Server#listen');
const tls = require('tls');
forbid(tls, 'connect', 'tls.connect');
const dgram = require('dgram');
forbid(dgram, 'createSocket', 'dgram.createSocket');
for (const mod of ['http', 'https']) {
  const m = require(mod);
  forbid(m, 'request', `${mod}.request`);
  forbid(m, 'get', `${mod}.get`);
}
const dns = require('dns');
for (const name of ['lookup', 'lookupService', 'resolve', 'resolve4', 'resolve6', 'resolveAny', 'reverse'])
  forbid(dns, name, `dns.${name}`);
for (const name of ['lookup', 'lookupService', 'resolve', 'resolve4', 'resolve6', 'resolveAny', 'reverse'])
  forbid(dns.promises, name, `dns.promises.${name}`);
forbid(globalThis, 'fetch', 'fetch');
if (typeof globalThis.WebSocket === 'function') forbid(globalThis, 'WebSocket', 'WebSocket');
