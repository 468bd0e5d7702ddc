// Runs a test from .mpy files on the real MicroPython VM (the WebAssembly build from npm,
// `@micropython/micropython-webassembly-pyscript`), for run-tests.py's `ours-on-upstream` mode.
//
//   node upstream_vm.mjs PACKAGE_DIR MPY_DIR MODULE
//
// Every file under MPY_DIR is copied into the VM's file system at /t, which becomes the
// working directory and sys.path; then MODULE is imported. Output goes to stdout; an uncaught
// exception is printed after the line "EXC:".
import fs from "fs";
import path from "path";
import { pathToFileURL } from "url";

const [pkgDir, mpyDir, module] = process.argv.slice(2);
const entry = path.join(pkgDir, "@micropython", "micropython-webassembly-pyscript", "micropython.mjs");
const { loadMicroPython } = await import(pathToFileURL(entry).href);
const mp = await loadMicroPython({
  stdout: (l) => process.stdout.write(l + "\n"),
  stderr: (l) => process.stdout.write(l + "\n"),
});

function copyTree(src, dst) {
  mp.FS.mkdir(dst);
  for (const name of fs.readdirSync(src)) {
    const s = path.join(src, name);
    const d = dst + "/" + name;
    if (fs.statSync(s).isDirectory()) copyTree(s, d);
    else mp.FS.writeFile(d, fs.readFileSync(s));
  }
}
copyTree(mpyDir, "/t");
try {
  mp.runPython("import sys, os\nos.chdir('/t')\nsys.path[:] = ['/t']\nimport " + module);
} catch (e) {
  console.log("EXC:");
  console.log(e.message);
}
