// Runs a script on the real MicroPython (the WebAssembly build from npm) with a command line shaped
// like the unix port's, so that bench/run can use it as MICROPY_BIN:
//   node micropython-node.mjs [-X heapsize=N] (-c CODE | SCRIPT [ARGS...])
// The script's directory is copied into the in-memory file system (so relative imports and data
// files work) and becomes the current directory. Exit status 1 on an uncaught exception.
// The package is found through MP_NODE_DIR (default /tmp/npmmp, where `npm install
// @micropython/micropython-webassembly-pyscript` was run). Note: this build grows its heap on
// demand, so -X heapsize is not a limit there; bench/run detects that and skips the bisection.
import fs from "fs";
import path from "path";
import { pathToFileURL } from "url";

const dir = process.env.MP_NODE_DIR || "/tmp/npmmp";
const mod = path.join(dir, "node_modules/@micropython/micropython-webassembly-pyscript/micropython.mjs");
const { loadMicroPython } = await import(pathToFileURL(mod).href);

let args = process.argv.slice(2);
let heapsize = 16 * 1024 * 1024; // when not given: roomy, like a host build
let code = null;
while (args.length) {
  if (args[0] === "-X" && args.length > 1) {
    const m = /^heapsize=(\d+)([kmKM]?)$/.exec(args[1]);
    if (m) heapsize = parseInt(m[1]) * ({ k: 1024, m: 1 << 20 }[m[2].toLowerCase()] || 1);
    args = args.slice(2);
  } else if (args[0] === "-c" && args.length > 1) {
    code = args[1];
    args = args.slice(2);
    break;
  } else break;
}

const out = [];
const mp = await loadMicroPython({
  heapsize,
  stdout: (l) => process.stdout.write(l + "\n"),
  stderr: (l) => process.stderr.write(l + "\n"),
});

function mirror(src, dst, depth) {
  for (const e of fs.readdirSync(src, { withFileTypes: true })) {
    const s = path.join(src, e.name), d = dst + "/" + e.name;
    if (e.isDirectory() && depth > 0) {
      mp.FS.mkdirTree(d);
      mirror(s, d, depth - 1);
    } else if (e.isFile() && fs.statSync(s).size < (1 << 20)) {
      mp.FS.writeFile(d, fs.readFileSync(s));
    }
  }
}

let argv = [];
if (code === null) {
  if (!args.length) {
    process.stderr.write("usage: micropython-node.mjs [-X heapsize=N] (-c CODE | SCRIPT [ARGS...])\n");
    process.exit(2);
  }
  const script = path.resolve(args[0]);
  code = fs.readFileSync(script, "utf8");
  mp.FS.mkdirTree("/run");
  mirror(path.dirname(script), "/run", 2);
  argv = ["/run/" + path.basename(script)].concat(args.slice(1));
}
try {
  mp.runPython("import sys, os\nsys.argv[:] = " + JSON.stringify(argv) + "\n" +
    (argv.length ? "os.chdir('/run')\n" : "") + "del sys, os\n");
  mp.runPython(code);
} catch (e) {
  process.stderr.write(String(e.message) + "\n");
  process.exit(1);
}
