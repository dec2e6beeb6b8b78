#!/usr/bin/env node
// Compiles one mutated source unit for `make mutants` (driven by mutants.py) with build.js's
// pinned compiler and settings, and writes the artifacts of the contracts defined in that unit
// only: node mutants.js <unit, e.g. src/X.sol> <file holding the mutated source> <outputDir>
// Every other import is read from disk unchanged. The committed artifacts are never touched.
"use strict";

const fs = require("fs");
const { compile, collectArtifacts, fail, writeArtifact } = require("./build.js");

const [unit, mutatedFile, outDir] = process.argv.slice(2);
if (!unit || !mutatedFile || !outDir) fail("usage: node mutants.js <unit> <mutated.sol> <outDir>");
const contracts = compile({ [unit]: { content: fs.readFileSync(mutatedFile, "utf8") } });
const artifacts = collectArtifacts({ [unit]: contracts[unit] || {} });
if (artifacts.size === 0) fail(`${unit} defines no deployable contract`);
fs.mkdirSync(outDir, { recursive: true });
for (const [name, artifact] of artifacts) writeArtifact(outDir, name, artifact);
process.stdout.write(`mutants.js: ${[...artifacts.keys()].join(", ")} written to ${outDir}\n`);
