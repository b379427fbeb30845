// Validates JSON documents against a JSON Schema with ajv, choosing the draft the schema
// declares (draft-04, draft-07 or 2020-12). Exit 0 when every document is valid.
// usage: node validate_json.js SCHEMA DOCUMENT...   (documents in JSON or YAML)
"use strict";
const fs = require("fs");
const addFormats = require("ajv-formats");
const [schemaPath, ...documents] = process.argv.slice(2);
const schema = JSON.parse(fs.readFileSync(schemaPath, "utf8"));
const draft = String(schema.$schema || "");
let Ajv;
if (draft.includes("draft-04")) Ajv = require("ajv-draft-04");
else if (draft.includes("2020-12")) Ajv = require("ajv/dist/2020");
else Ajv = require("ajv");
// unicodeRegExp off: the published SARIF schema has a pattern that is invalid with the u flag.
const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
addFormats(ajv);
const validate = ajv.compile(schema);
let failed = false;
for (const path of documents) {
    const text = fs.readFileSync(path, "utf8");
    // YAML documents (roadmaps) are read with the yaml package's YAML 1.2 core schema.
    const data = /\.ya?ml$/.test(path) ? require("yaml").parse(text) : JSON.parse(text);
    if (validate(data)) {
        console.log(`${path} valid`);
    } else {
        failed = true;
        console.log(`${path} invalid`);
        for (const e of validate.errors.slice(0, 10))
            console.log(`  ${e.instancePath || "/"} ${e.message} ${JSON.stringify(e.params)}`);
    }
}
process.exit(failed ? 1 : 0);
