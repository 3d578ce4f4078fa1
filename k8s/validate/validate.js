#!/usr/bin/env node
// Reads a multi-document YAML stream (the output of `kubectl kustomize`) on standard input and
// validates each document against the schema of its apiVersion and kind: the Kubernetes API's
// (kubernetes-models) and CloudNativePG's. Prints one line per document; exits 1 if any is invalid
// or of a kind without a schema here.
//
// The schemas check types, formats, enumerations and required fields; like the API server's
// non-strict decoding they let unknown fields through, so the rules that matter most are also
// checked field by field (src/test/java/city/clearway/deploy/KubernetesManifestsTest.java).
'use strict';

const { parseAllDocuments } = require('yaml');

// Where the model classes of an API group live; everything else is a Kubernetes API group.
const MODEL_PACKAGES = {
  'postgresql.cnpg.io': '@kubernetes-models/cloudnative-pg',
};

// group/version or version alone, as the API spells them (and nothing that could name another file).
const API_VERSION = /^([a-z0-9]([a-z0-9.-]*[a-z0-9])?\/)?v[0-9]+((alpha|beta)[0-9]+)?$/;

function modelClass(apiVersion, kind) {
  if (!API_VERSION.test(apiVersion)) return undefined;
  const group = apiVersion.includes('/') ? apiVersion.split('/')[0] : '';
  const modelPackage = MODEL_PACKAGES[group] || 'kubernetes-models';
  let models;
  try {
    models = require(`${modelPackage}/${apiVersion}`);
  } catch (error) {
    if (error.code === 'MODULE_NOT_FOUND' || error.code === 'ERR_PACKAGE_PATH_NOT_EXPORTED') return undefined;
    throw error;
  }
  return typeof models[kind] === 'function' ? models[kind] : undefined;
}

function describe(errors) {
  return (errors || []).map((e) => `    ${e.instancePath || '/'}: ${e.message}`
    + (e.params && e.params.allowedValues ? ` (${e.params.allowedValues.join(', ')})` : '')
    + (e.params && e.params.missingProperty ? ` (${e.params.missingProperty})` : ''));
}

function validateStream(text) {
  const problems = [];
  let count = 0;
  for (const document of parseAllDocuments(text)) {
    if (document.errors.length > 0) {
      problems.push(`YAML: ${document.errors.map((e) => e.message).join('; ')}`);
      continue;
    }
    const manifest = document.toJS();
    if (manifest === null || manifest === undefined) continue;
    count += 1;
    const { apiVersion, kind } = manifest;
    const name = `${kind}/${manifest.metadata && manifest.metadata.name}`;
    if (typeof apiVersion !== 'string' || typeof kind !== 'string') {
      problems.push(`${name}: apiVersion and kind are required`);
      continue;
    }
    const Model = modelClass(apiVersion, kind);
    if (!Model) {
      problems.push(`${name}: no schema for ${apiVersion} ${kind}`);
      continue;
    }
    try {
      new Model(manifest).validate();
      console.log(`valid   ${apiVersion} ${name}`);
    } catch (error) {
      const details = error.errors ? describe(error.errors) : [`    ${error.message}`];
      problems.push([`${apiVersion} ${name} does not match its schema:`, ...details].join('\n'));
    }
  }
  if (count === 0) problems.push('no documents on standard input');
  return problems;
}

let input = '';
process.stdin.setEncoding('utf8');
process.stdin.on('data', (chunk) => { input += chunk; });
process.stdin.on('end', () => {
  const problems = validateStream(input);
  for (const problem of problems) console.error(`INVALID ${problem}`);
  process.exitCode = problems.length === 0 ? 0 : 1;
});
