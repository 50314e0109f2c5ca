// Preloaded with `node --import` by test/security/security.test.ts: every way of reaching the
// network or starting a process throws, so a command that tried would fail loudly. (eval and the
// Function constructor are refused by Node itself there: --disallow-code-generation-from-strings.)
import childProcess from "node:child_process";
import dgram from "node:dgram";
import dns from "node:dns";
import http from "node:http";
import https from "node:https";
import net from "node:net";
import tls from "node:tls";

const refuse = (what) => () => {
  throw new Error(`jjj tried ${what}`);
};
net.Socket.prototype.connect = refuse("to open a network connection");
net.createServer = refuse("to listen on the network");
tls.connect = refuse("to open a TLS connection");
http.request = refuse("an HTTP request");
http.get = refuse("an HTTP request");
https.request = refuse("an HTTPS request");
https.get = refuse("an HTTPS request");
dgram.createSocket = refuse("to open a UDP socket");
for (const name of ["lookup", "resolve", "resolve4", "resolve6"]) dns[name] = refuse("a DNS look-up");
globalThis.fetch = refuse("fetch");
for (const name of ["spawn", "spawnSync", "exec", "execSync", "execFile", "execFileSync", "fork"]) {
  childProcess[name] = refuse(`to start a process (${name})`);
}
