#!/usr/bin/env node
// Compiles every src/**/*.sol with the pinned solc-js and writes one deterministic artifact per
// deployable contract: artifacts/<ContractName>.json = {abi, bytecode, contractName,
// deployedBytecode, immutableReferences}. Usage: node build.js [outputDir]   (default: ./artifacts)
// The output must be byte-for-byte reproducible: a test recompiles into a temp dir and compares.
"use strict";

const fs = require("fs");
const path = require("path");
const solc = require("solc");

const ROOT = __dirname;
const SRC = path.join(ROOT, "src");
const NODE_MODULES = path.join(ROOT, "node_modules");
const EXPECTED_SOLC = "0.8.37";

const SETTINGS = {
  optimizer: { enabled: true, runs: 200 },
  evmVersion: "prague",
  outputSelection: {
    "*": {
      "*": [
        "abi",
        "evm.bytecode.object",
        "evm.deployedBytecode.object",
        "evm.deployedBytecode.immutableReferences",
      ],
    },
  },
};

// Units compiled on their own with other settings. The market's fill is paid on every trade:
// the IR pipeline optimised for many runs takes ~1,600 gas off each (bench/market.py).
const OVERRIDES = {
  "src/PSTMarket.sol": { ...SETTINGS, optimizer: { enabled: true, runs: 1000000 }, viaIR: true },
};

function fail(message) {
  process.stderr.write(`build.js: ${message}\n`);
  process.exit(1);
}

function listSources(dir) {
  const found = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) found.push(...listSources(full));
    else if (entry.name.endsWith(".sol")) found.push(full);
  }
  return found.sort();
}

// Source unit names are relative ("src/X.sol", "@openzeppelin/..."), never absolute paths, so the
// metadata hash embedded in the bytecode does not depend on where the repository is checked out.
function findImports(importPath) {
  const candidates = importPath.startsWith("@")
    ? [path.join(NODE_MODULES, importPath)]
    : [path.join(ROOT, importPath)];
  for (const file of candidates) {
    if (file.startsWith(ROOT) && fs.existsSync(file)) {
      return { contents: fs.readFileSync(file, "utf8") };
    }
  }
  return { error: `import not found: ${importPath}` };
}

// JSON with keys sorted at every level, so the output never depends on the compiler's key order.
function sortKeys(value) {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === "object") {
    const sorted = {};
    for (const key of Object.keys(value).sort()) sorted[key] = sortKeys(value[key]);
    return sorted;
  }
  return value;
}

function readSources() {
  const sources = {};
  for (const file of listSources(SRC)) {
    const unit = path.relative(ROOT, file).split(path.sep).join("/");
    sources[unit] = { content: fs.readFileSync(file, "utf8") };
  }
  if (Object.keys(sources).length === 0) fail(`no .sol files under ${SRC}`);
  return sources;
}

// Compiles `sources` ({unit: {content}}; imports not given are read from disk), each unit in
// OVERRIDES on its own with its own settings.
function compile(sources) {
  const version = solc.version();
  if (!version.startsWith(`${EXPECTED_SOLC}+`)) {
    fail(`solc ${EXPECTED_SOLC} expected, found ${version} (run npm install in ${ROOT})`);
  }
  const contracts = compileWith(sources, SETTINGS);
  for (const [unit, settings] of Object.entries(OVERRIDES)) {
    if (unit in sources) contracts[unit] = compileWith({ [unit]: sources[unit] }, settings)[unit];
  }
  return contracts;
}

function compileWith(sources, settings) {
  const input = { language: "Solidity", sources, settings };
  const output = JSON.parse(solc.compile(JSON.stringify(input), { import: findImports }));
  const diagnostics = output.errors || [];
  // Warnings inside the pinned dependencies are not ours to fix; show only our own.
  for (const d of diagnostics) {
    const file = (d.sourceLocation && d.sourceLocation.file) || "";
    if (d.severity !== "error" && !file.startsWith("@")) {
      process.stderr.write(`${d.formattedMessage || d.message}\n`);
    }
  }
  const errors = diagnostics.filter((d) => d.severity === "error");
  if (errors.length > 0) {
    fail(`compilation failed:\n${errors.map((e) => e.formattedMessage || e.message).join("\n")}`);
  }
  return output.contracts;
}

// Where the runtime code holds immutables (zero in deployedBytecode, set by the constructor), as
// [start, length] byte spans in order: the app masks them to recognise deployed code.
function immutableSpans(references) {
  const spans = [];
  for (const refs of Object.values(references || {})) {
    for (const ref of refs) spans.push([ref.start, ref.length]);
  }
  return spans.sort((a, b) => a[0] - b[0]);
}

function collectArtifacts(contracts) {
  const artifacts = new Map();
  for (const unit of Object.keys(contracts).sort()) {
    if (!unit.startsWith("src/")) continue; // dependencies are compiled, not published
    for (const name of Object.keys(contracts[unit]).sort()) {
      const evm = contracts[unit][name].evm;
      if (!evm.bytecode.object) continue; // interfaces and abstract contracts
      if (artifacts.has(name)) fail(`contract name ${name} is defined twice`);
      artifacts.set(name, {
        abi: contracts[unit][name].abi,
        bytecode: `0x${evm.bytecode.object}`,
        contractName: name,
        deployedBytecode: `0x${evm.deployedBytecode.object}`,
        immutableReferences: immutableSpans(evm.deployedBytecode.immutableReferences),
      });
    }
  }
  return artifacts;
}

function writeArtifact(outDir, name, artifact) {
  fs.writeFileSync(path.join(outDir, `${name}.json`), `${JSON.stringify(sortKeys(artifact), null, 2)}\n`);
}

function write(artifacts, outDir) {
  fs.mkdirSync(outDir, { recursive: true });
  const expected = new Set();
  for (const [name, artifact] of artifacts) {
    expected.add(`${name}.json`);
    writeArtifact(outDir, name, artifact);
  }
  // An artifact whose source was removed must not linger and look current.
  for (const file of fs.readdirSync(outDir)) {
    if (file.endsWith(".json") && !expected.has(file)) fs.unlinkSync(path.join(outDir, file));
  }
}

// mutants.js reuses the same compiler settings and artifact format.
module.exports = { ROOT, compile, collectArtifacts, fail, writeArtifact };

if (require.main === module) {
  const outDir = path.resolve(process.argv[2] || path.join(ROOT, "artifacts"));
  const artifacts = collectArtifacts(compile(readSources()));
  write(artifacts, outDir);
  process.stdout.write(`build.js: ${artifacts.size} artifacts written to ${outDir}\n`);
}
