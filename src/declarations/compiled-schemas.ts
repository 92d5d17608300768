/* eslint-disable */
// @ts-nocheck
/**
 * The declaration schemas compiled to validation code by `npm run generate` (ajv standalone), one export per
 * kind, so that no process compiles them at start. Do not edit: change the schemas and regenerate (a test fails
 * when this file and the schemas drift apart, and when it judges a document otherwise than the schemas do).
 */
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);

export const Site = validate0;
const schema0 = {"$schema":"https://json-schema.org/draft/2020-12/schema","title":"Site","description":"One OneView appliance and the settings shared by everything declared beside it. Exactly one Site per declarations root.","type":"object","additionalProperties":false,"required":["apiVersion","kind","metadata","spec"],"properties":{"apiVersion":{"$ref":"definitions.schema.json#/$defs/apiVersion"},"kind":{"const":"Site"},"metadata":{"$ref":"definitions.schema.json#/$defs/metadata"},"spec":{"type":"object","additionalProperties":false,"properties":{"oneview":{"description":"The appliance connection. OV_ADDRESS, OV_USERNAME, OV_PASSWORD, OV_AUTH_DOMAIN and OV_CA_FILE fill or override it.","type":"object","additionalProperties":false,"properties":{"url":{"description":"HTTPS base URL of the appliance, e.g. https://oneview.example.org (plain http is refused: the session token would travel in clear).","type":"string","format":"uri","pattern":"^https://"},"apiVersion":{"description":"Pinned X-API-Version; absent negotiates the highest version both sides support.","type":"integer","minimum":120},"credentials":{"description":"References to the login; a literal password is an error.","type":"object","additionalProperties":false,"properties":{"username":{"description":"A user name, or a reference to one.","anyOf":[{"type":"string","minLength":1},{"$ref":"definitions.schema.json#/$defs/credentialRef"}]},"password":{"$ref":"definitions.schema.json#/$defs/credentialRef"},"authDomain":{"description":"Login domain, e.g. LOCAL.","type":"string","minLength":1}}},"tls":{"type":"object","additionalProperties":false,"properties":{"caFile":{"description":"Absolute path of the PEM file of the CA that signed the appliance certificate, on the machine that runs Phoenix. OV_CA_FILE overrides it.","type":"string","minLength":1,"pattern":"^/"},"insecureSkipVerify":{"description":"Has no effect: a commit cannot weaken TLS. Only OV_INSECURE_SKIP_VERIFY=true, set outside the repository, turns verification off; a Site that asks for it is warned about at every connection.","type":"boolean"}}}}},"imageStreamer":{"type":"object","additionalProperties":false,"properties":{"url":{"description":"HTTPS base URL of the Image Streamer; absent discovers it through /rest/deployment-servers. It must be one the appliance advertises (or be set outside the repository with OV_IMAGE_STREAMER_URL).","type":"string","format":"uri","pattern":"^https://"}}},"consul":{"type":"object","additionalProperties":false,"properties":{"url":{"description":"Consul HTTP API base URL for verify checks; CONSUL_HTTP_ADDR overrides it.","type":"string","format":"uri","pattern":"^https?://"}}},"guards":{"description":"Limits that block a reconcile plan instead of letting it delete too much.","type":"object","additionalProperties":false,"properties":{"maxDeletionsPerRun":{"description":"Default 5.","type":"integer","minimum":0},"maxDeletionsPercent":{"description":"Share of the owned nodes one run may delete, 0 to 100 (default 20).","type":"integer","minimum":0,"maximum":100},"allowEmptyPools":{"description":"A commit may shrink a pool to zero replicas (default false).","type":"boolean"},"autoDelete":{"description":"Deletes run without --allow-deletions (default false).","type":"boolean"},"maxConcurrentOperations":{"description":"Concurrent OneView mutations on this appliance (default 8).","type":"integer","minimum":1}}},"defaults":{"$ref":"definitions.schema.json#/$defs/layer"},"maintenanceWindows":{"description":"When applies may run; absent means always.","type":"array","items":{"type":"object","additionalProperties":false,"required":["cron","duration"],"properties":{"cron":{"description":"Five-field cron expression for when a window opens.","type":"string","pattern":"^\\S+( \\S+){4}$"},"duration":{"$ref":"definitions.schema.json#/$defs/duration"},"timezone":{"description":"IANA time zone of the cron expression (default UTC).","type":"string","minLength":1}}}},"suspend":{"description":"Stops every apply for this site until set back to false.","type":"boolean"},"drift":{"description":"What a profile or template edited outside Git leads to: correct (default) replaces the drifted nodes and restores the template; report only shows the drift in the plan, the status API and the metrics.","enum":["correct","report"]}}}}};
const schema2 = {"description":"Version of the declaration format.","const":"phoenix/v1alpha1"};
const schema5 = {"description":"A reference to a secret, never the secret itself: {env: NAME} reads an environment variable, {file: PATH} reads a file.","type":"object","additionalProperties":false,"minProperties":1,"maxProperties":1,"properties":{"env":{"type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_]*$"},"file":{"description":"Absolute path of the file on the machine that runs Phoenix.","type":"string","minLength":1,"pattern":"^/"}}};
const schema12 = {"description":"A duration such as \"30s\", \"5m\", \"2h\" or \"1h30m\" (units ms, s, m, h, d).","type":"string","pattern":"^([0-9]+(ms|s|m|h|d))+$"};
const schema3 = {"description":"Identity of the resource.","type":"object","additionalProperties":false,"required":["name"],"properties":{"name":{"$ref":"#/$defs/name"},"labels":{"description":"Free-form labels for people and tools; Phoenix does not read them.","type":"object","additionalProperties":{"type":"string"}}}};
const schema4 = {"description":"A lowercase DNS label: letters, digits and hyphens, at most 63 characters.","type":"string","pattern":"^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$"};
const pattern0 = new RegExp("^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$", "u");

function validate2(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate2.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs0 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.name === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema3.required,parentSchema:schema3,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
const _errs1 = errors;
for(const key0 in data){
if(!((key0 === "name") || (key0 === "labels"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema3,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.name !== undefined){
let data0 = data.name;
const _errs2 = errors;
const _errs3 = errors;
const _errs4 = errors;
if(typeof data0 === "string"){
if(!pattern0.test(data0)){
const err2 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/name/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$"},message:"must match pattern \""+"^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$"+"\"",schema:"^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$",parentSchema:schema4,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema4.type,parentSchema:schema4,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
var valid1 = _errs3 === errors;
var valid0 = _errs2 === errors;
}
if(data.labels !== undefined){
let data1 = data.labels;
const _errs5 = errors;
const _errs6 = errors;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
const _errs7 = errors;
for(const key1 in data1){
let data2 = data1[key1];
const _errs8 = errors;
if(typeof data2 !== "string"){
const err4 = {instancePath:instancePath+"/labels/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/labels/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema3.properties.labels.additionalProperties.type,parentSchema:schema3.properties.labels.additionalProperties,data:data2};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
const _errs9 = errors;
var valid2 = _errs8 === errors;
}
}
else {
const err5 = {instancePath:instancePath+"/labels",schemaPath:"#/properties/labels/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema3.properties.labels.type,parentSchema:schema3.properties.labels,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
var valid0 = _errs5 === errors;
}
}
else {
const err6 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema3.type,parentSchema:schema3,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
validate2.errors = vErrors;
return errors === 0;
}
validate2.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema7 = {"description":"Settings every plan, pool and node inherits unless it sets its own.","type":"object","additionalProperties":false,"properties":{"attributes":{"anyOf":[{"$ref":"#/$defs/attributes"},{"type":"null"}]},"hardware":{"anyOf":[{"$ref":"#/$defs/hardwareSelector"},{"type":"null"}]},"verify":{"anyOf":[{"$ref":"#/$defs/verify"},{"type":"null"}]},"rollout":{"anyOf":[{"$ref":"#/$defs/rollout"},{"type":"null"}]},"remediation":{"anyOf":[{"$ref":"#/$defs/remediation"},{"type":"null"}]}}};
const schema8 = {"description":"Custom attributes of the deployment plan, by name; values are strings and may use placeholders. null removes an inherited attribute. A NIC attribute is set key by key: <name>.connectionid, .dhcp, .ipv4disable, .networkuri, .constraint (a key left out takes its default, which the plan shows).","type":"object","propertyNames":{"pattern":"^[A-Za-z_][A-Za-z0-9_]*(\\.(connectionid|dhcp|ipv4disable|networkuri|constraint))?$"},"additionalProperties":{"type":["string","null"]}};
const schema9 = {"description":"Which server hardware a node may run on.","type":"object","additionalProperties":false,"properties":{"serverHardwareType":{"description":"Server hardware type name, e.g. \"SY 480 Gen10 1\".","type":["string","null"],"minLength":1},"enclosureGroup":{"description":"Enclosure group name; absent accepts any.","type":["string","null"],"minLength":1},"enclosures":{"description":"Allowed enclosure names; absent accepts any.","type":["array","null"],"items":{"type":"string","minLength":1},"uniqueItems":true},"spread":{"description":"enclosure spreads a pool's nodes across enclosures.","enum":["enclosure","none",null]}}};
const schema18 = {"description":"What Phoenix does with a faulted node.","type":"object","additionalProperties":false,"properties":{"enabled":{"description":"Heal faulted nodes automatically (default false).","type":["boolean","null"]},"strategy":{"description":"recycle powers off and deletes the faulted profile first; abandon leaves the faulted hardware as it is (default recycle).","enum":["recycle","abandon",null]}}};
const pattern9 = new RegExp("^[A-Za-z_][A-Za-z0-9_]*(\\.(connectionid|dhcp|ipv4disable|networkuri|constraint))?$", "u");
const func0 = require("ajv/dist/runtime/ucs2length").default;
const schema10 = {"description":"How Phoenix decides a node is Ready after it boots.","type":"object","additionalProperties":false,"properties":{"checks":{"type":["array","null"],"items":{"$ref":"#/$defs/verifyCheck"}},"stableFor":{"description":"All checks must pass continuously this long (default 30s).","anyOf":[{"$ref":"#/$defs/duration"},{"type":"null"}]},"timeout":{"description":"Verify fails when the node is not Ready after this long (default 30m).","anyOf":[{"$ref":"#/$defs/duration"},{"type":"null"}]}}};
const schema11 = {"description":"One check a node must pass to be Ready. Checks merge by name across layers. consul: the node is registered in the Consul catalog (with service: that service passes on the node); tcp: host:port accepts connections; http: url answers with expectStatus.","type":"object","additionalProperties":false,"required":["name"],"properties":{"name":{"description":"Identifies the check when layers merge.","type":"string","pattern":"^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$"},"type":{"enum":["consul","tcp","http",null]},"service":{"description":"consul: a service that must pass on the node.","type":["string","null"],"minLength":1},"host":{"description":"tcp: host to connect to; placeholders allowed, e.g. \"{fqdn}\".","type":["string","null"],"minLength":1},"port":{"description":"tcp: port to connect to.","type":["integer","null"],"minimum":1,"maximum":65535},"url":{"description":"http: URL to request; placeholders allowed.","type":["string","null"],"pattern":"^https?://"},"expectStatus":{"description":"http: expected status code (200 by default).","type":["integer","null"],"minimum":100,"maximum":599}}};
const pattern8 = new RegExp("^https?://", "u");
const pattern12 = new RegExp("^([0-9]+(ms|s|m|h|d))+$", "u");

function validate5(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate5.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs0 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
const _errs1 = errors;
for(const key0 in data){
if(!(((key0 === "checks") || (key0 === "stableFor")) || (key0 === "timeout"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema10,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.checks !== undefined){
let data0 = data.checks;
const _errs2 = errors;
if((!(Array.isArray(data0))) && (data0 !== null)){
const err1 = {instancePath:instancePath+"/checks",schemaPath:"#/properties/checks/type",keyword:"type",params:{type: schema10.properties.checks.type},message:"must be array,null",schema:schema10.properties.checks.type,parentSchema:schema10.properties.checks,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
const _errs3 = errors;
if(Array.isArray(data0)){
let valid2 = true;
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
const _errs4 = errors;
const _errs5 = errors;
const _errs6 = errors;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.name === undefined){
const err2 = {instancePath:instancePath+"/checks/" + i0,schemaPath:"#/$defs/verifyCheck/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema11.required,parentSchema:schema11,data:data1};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
const _errs7 = errors;
for(const key1 in data1){
if(!(((((((key1 === "name") || (key1 === "type")) || (key1 === "service")) || (key1 === "host")) || (key1 === "port")) || (key1 === "url")) || (key1 === "expectStatus"))){
const err3 = {instancePath:instancePath+"/checks/" + i0,schemaPath:"#/$defs/verifyCheck/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema11,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data1.name !== undefined){
let data2 = data1.name;
const _errs8 = errors;
const _errs9 = errors;
if(typeof data2 === "string"){
if(!pattern0.test(data2)){
const err4 = {instancePath:instancePath+"/checks/" + i0+"/name",schemaPath:"#/$defs/verifyCheck/properties/name/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$"},message:"must match pattern \""+"^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$"+"\"",schema:"^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$",parentSchema:schema11.properties.name,data:data2};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/checks/" + i0+"/name",schemaPath:"#/$defs/verifyCheck/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.name.type,parentSchema:schema11.properties.name,data:data2};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
var valid4 = _errs8 === errors;
}
if(data1.type !== undefined){
let data3 = data1.type;
const _errs10 = errors;
const vSchema0 = schema11.properties.type.enum;
if(!((((data3 === "consul") || (data3 === "tcp")) || (data3 === "http")) || (data3 === null))){
const err6 = {instancePath:instancePath+"/checks/" + i0+"/type",schemaPath:"#/$defs/verifyCheck/properties/type/enum",keyword:"enum",params:{allowedValues: schema11.properties.type.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.type.enum,parentSchema:schema11.properties.type,data:data3};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
var valid4 = _errs10 === errors;
}
if(data1.service !== undefined){
let data4 = data1.service;
const _errs11 = errors;
if((typeof data4 !== "string") && (data4 !== null)){
const err7 = {instancePath:instancePath+"/checks/" + i0+"/service",schemaPath:"#/$defs/verifyCheck/properties/service/type",keyword:"type",params:{type: schema11.properties.service.type},message:"must be string,null",schema:schema11.properties.service.type,parentSchema:schema11.properties.service,data:data4};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
const _errs12 = errors;
if(typeof data4 === "string"){
if(func0(data4) < 1){
const err8 = {instancePath:instancePath+"/checks/" + i0+"/service",schemaPath:"#/$defs/verifyCheck/properties/service/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.service,data:data4};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
var valid4 = _errs11 === errors;
}
if(data1.host !== undefined){
let data5 = data1.host;
const _errs13 = errors;
if((typeof data5 !== "string") && (data5 !== null)){
const err9 = {instancePath:instancePath+"/checks/" + i0+"/host",schemaPath:"#/$defs/verifyCheck/properties/host/type",keyword:"type",params:{type: schema11.properties.host.type},message:"must be string,null",schema:schema11.properties.host.type,parentSchema:schema11.properties.host,data:data5};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
const _errs14 = errors;
if(typeof data5 === "string"){
if(func0(data5) < 1){
const err10 = {instancePath:instancePath+"/checks/" + i0+"/host",schemaPath:"#/$defs/verifyCheck/properties/host/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.host,data:data5};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
var valid4 = _errs13 === errors;
}
if(data1.port !== undefined){
let data6 = data1.port;
const _errs15 = errors;
if((!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))) && (data6 !== null)){
const err11 = {instancePath:instancePath+"/checks/" + i0+"/port",schemaPath:"#/$defs/verifyCheck/properties/port/type",keyword:"type",params:{type: schema11.properties.port.type},message:"must be integer,null",schema:schema11.properties.port.type,parentSchema:schema11.properties.port,data:data6};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
const _errs16 = errors;
if((typeof data6 == "number") && (isFinite(data6))){
if(data6 > 65535 || isNaN(data6)){
const err12 = {instancePath:instancePath+"/checks/" + i0+"/port",schemaPath:"#/$defs/verifyCheck/properties/port/maximum",keyword:"maximum",params:{comparison: "<=", limit: 65535},message:"must be <= 65535",schema:65535,parentSchema:schema11.properties.port,data:data6};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data6 < 1 || isNaN(data6)){
const err13 = {instancePath:instancePath+"/checks/" + i0+"/port",schemaPath:"#/$defs/verifyCheck/properties/port/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema11.properties.port,data:data6};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
var valid4 = _errs15 === errors;
}
if(data1.url !== undefined){
let data7 = data1.url;
const _errs17 = errors;
if((typeof data7 !== "string") && (data7 !== null)){
const err14 = {instancePath:instancePath+"/checks/" + i0+"/url",schemaPath:"#/$defs/verifyCheck/properties/url/type",keyword:"type",params:{type: schema11.properties.url.type},message:"must be string,null",schema:schema11.properties.url.type,parentSchema:schema11.properties.url,data:data7};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
const _errs18 = errors;
if(typeof data7 === "string"){
if(!pattern8.test(data7)){
const err15 = {instancePath:instancePath+"/checks/" + i0+"/url",schemaPath:"#/$defs/verifyCheck/properties/url/pattern",keyword:"pattern",params:{pattern: "^https?://"},message:"must match pattern \""+"^https?://"+"\"",schema:"^https?://",parentSchema:schema11.properties.url,data:data7};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
var valid4 = _errs17 === errors;
}
if(data1.expectStatus !== undefined){
let data8 = data1.expectStatus;
const _errs19 = errors;
if((!(((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8))) && (isFinite(data8)))) && (data8 !== null)){
const err16 = {instancePath:instancePath+"/checks/" + i0+"/expectStatus",schemaPath:"#/$defs/verifyCheck/properties/expectStatus/type",keyword:"type",params:{type: schema11.properties.expectStatus.type},message:"must be integer,null",schema:schema11.properties.expectStatus.type,parentSchema:schema11.properties.expectStatus,data:data8};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
const _errs20 = errors;
if((typeof data8 == "number") && (isFinite(data8))){
if(data8 > 599 || isNaN(data8)){
const err17 = {instancePath:instancePath+"/checks/" + i0+"/expectStatus",schemaPath:"#/$defs/verifyCheck/properties/expectStatus/maximum",keyword:"maximum",params:{comparison: "<=", limit: 599},message:"must be <= 599",schema:599,parentSchema:schema11.properties.expectStatus,data:data8};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(data8 < 100 || isNaN(data8)){
const err18 = {instancePath:instancePath+"/checks/" + i0+"/expectStatus",schemaPath:"#/$defs/verifyCheck/properties/expectStatus/minimum",keyword:"minimum",params:{comparison: ">=", limit: 100},message:"must be >= 100",schema:100,parentSchema:schema11.properties.expectStatus,data:data8};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
var valid4 = _errs19 === errors;
}
}
else {
const err19 = {instancePath:instancePath+"/checks/" + i0,schemaPath:"#/$defs/verifyCheck/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.type,parentSchema:schema11,data:data1};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
var valid3 = _errs5 === errors;
var valid1 = _errs4 === errors;
if(!valid1){
valid2 = false;
}
}
}
var valid0 = _errs2 === errors;
}
if(data.stableFor !== undefined){
let data9 = data.stableFor;
const _errs21 = errors;
const _errs22 = errors;
let valid5 = false;
const _errs23 = errors;
const _errs24 = errors;
const _errs25 = errors;
if(typeof data9 === "string"){
if(!pattern12.test(data9)){
const err20 = {instancePath:instancePath+"/stableFor",schemaPath:"#/$defs/duration/pattern",keyword:"pattern",params:{pattern: "^([0-9]+(ms|s|m|h|d))+$"},message:"must match pattern \""+"^([0-9]+(ms|s|m|h|d))+$"+"\"",schema:"^([0-9]+(ms|s|m|h|d))+$",parentSchema:schema12,data:data9};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
else {
const err21 = {instancePath:instancePath+"/stableFor",schemaPath:"#/$defs/duration/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.type,parentSchema:schema12,data:data9};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
var valid6 = _errs24 === errors;
var _valid0 = _errs23 === errors;
valid5 = valid5 || _valid0;
if(_valid0){
}
const _errs26 = errors;
if(data9 !== null){
const err22 = {instancePath:instancePath+"/stableFor",schemaPath:"#/properties/stableFor/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema10.properties.stableFor.anyOf[1].type,parentSchema:schema10.properties.stableFor.anyOf[1],data:data9};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
const _errs27 = errors;
var _valid0 = _errs26 === errors;
valid5 = valid5 || _valid0;
if(_valid0){
}
if(!valid5){
const err23 = {instancePath:instancePath+"/stableFor",schemaPath:"#/properties/stableFor/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema10.properties.stableFor.anyOf,parentSchema:schema10.properties.stableFor,data:data9};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
else {
errors = _errs22;
if(vErrors !== null){
if(_errs22){
vErrors.length = _errs22;
}
else {
vErrors = null;
}
}
}
var valid0 = _errs21 === errors;
}
if(data.timeout !== undefined){
let data10 = data.timeout;
const _errs28 = errors;
const _errs29 = errors;
let valid7 = false;
const _errs30 = errors;
const _errs31 = errors;
const _errs32 = errors;
if(typeof data10 === "string"){
if(!pattern12.test(data10)){
const err24 = {instancePath:instancePath+"/timeout",schemaPath:"#/$defs/duration/pattern",keyword:"pattern",params:{pattern: "^([0-9]+(ms|s|m|h|d))+$"},message:"must match pattern \""+"^([0-9]+(ms|s|m|h|d))+$"+"\"",schema:"^([0-9]+(ms|s|m|h|d))+$",parentSchema:schema12,data:data10};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
else {
const err25 = {instancePath:instancePath+"/timeout",schemaPath:"#/$defs/duration/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.type,parentSchema:schema12,data:data10};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
var valid8 = _errs31 === errors;
var _valid1 = _errs30 === errors;
valid7 = valid7 || _valid1;
if(_valid1){
}
const _errs33 = errors;
if(data10 !== null){
const err26 = {instancePath:instancePath+"/timeout",schemaPath:"#/properties/timeout/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema10.properties.timeout.anyOf[1].type,parentSchema:schema10.properties.timeout.anyOf[1],data:data10};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
const _errs34 = errors;
var _valid1 = _errs33 === errors;
valid7 = valid7 || _valid1;
if(_valid1){
}
if(!valid7){
const err27 = {instancePath:instancePath+"/timeout",schemaPath:"#/properties/timeout/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema10.properties.timeout.anyOf,parentSchema:schema10.properties.timeout,data:data10};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
else {
errors = _errs29;
if(vErrors !== null){
if(_errs29){
vErrors.length = _errs29;
}
else {
vErrors = null;
}
}
}
var valid0 = _errs28 === errors;
}
}
else {
const err28 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema10.type,parentSchema:schema10,data};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
validate5.errors = vErrors;
return errors === 0;
}
validate5.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema14 = {"description":"How many nodes of a pool may change at once. Percentages resolve against the pool's replicas (maxUnavailable rounds down, maxSurge and maxInFlight round up).","type":"object","additionalProperties":false,"properties":{"maxUnavailable":{"description":"Nodes that may be not Ready during a rollout (default 1).","anyOf":[{"$ref":"#/$defs/countOrPercent"},{"type":"null"}]},"maxSurge":{"description":"Extra nodes composed before old ones are recycled (default 0).","anyOf":[{"$ref":"#/$defs/countOrPercent"},{"type":"null"}]},"maxInFlight":{"description":"Nodes of the pool with a step running at once (default 10).","anyOf":[{"$ref":"#/$defs/countOrPercent"},{"type":"null"}]}}};
const schema15 = {"description":"A count, or a percentage of the pool's replicas such as \"25%\".","type":["integer","string"],"minimum":0,"pattern":"^(100|[1-9]?[0-9])%$"};
const pattern14 = new RegExp("^(100|[1-9]?[0-9])%$", "u");

function validate7(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate7.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs0 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
const _errs1 = errors;
for(const key0 in data){
if(!(((key0 === "maxUnavailable") || (key0 === "maxSurge")) || (key0 === "maxInFlight"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema14,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.maxUnavailable !== undefined){
let data0 = data.maxUnavailable;
const _errs2 = errors;
const _errs3 = errors;
let valid1 = false;
const _errs4 = errors;
const _errs5 = errors;
if((!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))) && (typeof data0 !== "string")){
const err1 = {instancePath:instancePath+"/maxUnavailable",schemaPath:"#/$defs/countOrPercent/type",keyword:"type",params:{type: schema15.type},message:"must be integer,string",schema:schema15.type,parentSchema:schema15,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
const _errs6 = errors;
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 < 0 || isNaN(data0)){
const err2 = {instancePath:instancePath+"/maxUnavailable",schemaPath:"#/$defs/countOrPercent/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema15,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(typeof data0 === "string"){
if(!pattern14.test(data0)){
const err3 = {instancePath:instancePath+"/maxUnavailable",schemaPath:"#/$defs/countOrPercent/pattern",keyword:"pattern",params:{pattern: "^(100|[1-9]?[0-9])%$"},message:"must match pattern \""+"^(100|[1-9]?[0-9])%$"+"\"",schema:"^(100|[1-9]?[0-9])%$",parentSchema:schema15,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
var valid2 = _errs5 === errors;
var _valid0 = _errs4 === errors;
valid1 = valid1 || _valid0;
if(_valid0){
}
const _errs7 = errors;
if(data0 !== null){
const err4 = {instancePath:instancePath+"/maxUnavailable",schemaPath:"#/properties/maxUnavailable/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema14.properties.maxUnavailable.anyOf[1].type,parentSchema:schema14.properties.maxUnavailable.anyOf[1],data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
const _errs8 = errors;
var _valid0 = _errs7 === errors;
valid1 = valid1 || _valid0;
if(_valid0){
}
if(!valid1){
const err5 = {instancePath:instancePath+"/maxUnavailable",schemaPath:"#/properties/maxUnavailable/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema14.properties.maxUnavailable.anyOf,parentSchema:schema14.properties.maxUnavailable,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
else {
errors = _errs3;
if(vErrors !== null){
if(_errs3){
vErrors.length = _errs3;
}
else {
vErrors = null;
}
}
}
var valid0 = _errs2 === errors;
}
if(data.maxSurge !== undefined){
let data1 = data.maxSurge;
const _errs9 = errors;
const _errs10 = errors;
let valid3 = false;
const _errs11 = errors;
const _errs12 = errors;
if((!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))) && (typeof data1 !== "string")){
const err6 = {instancePath:instancePath+"/maxSurge",schemaPath:"#/$defs/countOrPercent/type",keyword:"type",params:{type: schema15.type},message:"must be integer,string",schema:schema15.type,parentSchema:schema15,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
const _errs13 = errors;
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 < 0 || isNaN(data1)){
const err7 = {instancePath:instancePath+"/maxSurge",schemaPath:"#/$defs/countOrPercent/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema15,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(typeof data1 === "string"){
if(!pattern14.test(data1)){
const err8 = {instancePath:instancePath+"/maxSurge",schemaPath:"#/$defs/countOrPercent/pattern",keyword:"pattern",params:{pattern: "^(100|[1-9]?[0-9])%$"},message:"must match pattern \""+"^(100|[1-9]?[0-9])%$"+"\"",schema:"^(100|[1-9]?[0-9])%$",parentSchema:schema15,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
var valid4 = _errs12 === errors;
var _valid1 = _errs11 === errors;
valid3 = valid3 || _valid1;
if(_valid1){
}
const _errs14 = errors;
if(data1 !== null){
const err9 = {instancePath:instancePath+"/maxSurge",schemaPath:"#/properties/maxSurge/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema14.properties.maxSurge.anyOf[1].type,parentSchema:schema14.properties.maxSurge.anyOf[1],data:data1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
const _errs15 = errors;
var _valid1 = _errs14 === errors;
valid3 = valid3 || _valid1;
if(_valid1){
}
if(!valid3){
const err10 = {instancePath:instancePath+"/maxSurge",schemaPath:"#/properties/maxSurge/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema14.properties.maxSurge.anyOf,parentSchema:schema14.properties.maxSurge,data:data1};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
else {
errors = _errs10;
if(vErrors !== null){
if(_errs10){
vErrors.length = _errs10;
}
else {
vErrors = null;
}
}
}
var valid0 = _errs9 === errors;
}
if(data.maxInFlight !== undefined){
let data2 = data.maxInFlight;
const _errs16 = errors;
const _errs17 = errors;
let valid5 = false;
const _errs18 = errors;
const _errs19 = errors;
if((!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))) && (typeof data2 !== "string")){
const err11 = {instancePath:instancePath+"/maxInFlight",schemaPath:"#/$defs/countOrPercent/type",keyword:"type",params:{type: schema15.type},message:"must be integer,string",schema:schema15.type,parentSchema:schema15,data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
const _errs20 = errors;
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 0 || isNaN(data2)){
const err12 = {instancePath:instancePath+"/maxInFlight",schemaPath:"#/$defs/countOrPercent/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema15,data:data2};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(typeof data2 === "string"){
if(!pattern14.test(data2)){
const err13 = {instancePath:instancePath+"/maxInFlight",schemaPath:"#/$defs/countOrPercent/pattern",keyword:"pattern",params:{pattern: "^(100|[1-9]?[0-9])%$"},message:"must match pattern \""+"^(100|[1-9]?[0-9])%$"+"\"",schema:"^(100|[1-9]?[0-9])%$",parentSchema:schema15,data:data2};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
var valid6 = _errs19 === errors;
var _valid2 = _errs18 === errors;
valid5 = valid5 || _valid2;
if(_valid2){
}
const _errs21 = errors;
if(data2 !== null){
const err14 = {instancePath:instancePath+"/maxInFlight",schemaPath:"#/properties/maxInFlight/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema14.properties.maxInFlight.anyOf[1].type,parentSchema:schema14.properties.maxInFlight.anyOf[1],data:data2};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
const _errs22 = errors;
var _valid2 = _errs21 === errors;
valid5 = valid5 || _valid2;
if(_valid2){
}
if(!valid5){
const err15 = {instancePath:instancePath+"/maxInFlight",schemaPath:"#/properties/maxInFlight/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema14.properties.maxInFlight.anyOf,parentSchema:schema14.properties.maxInFlight,data:data2};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
else {
errors = _errs17;
if(vErrors !== null){
if(_errs17){
vErrors.length = _errs17;
}
else {
vErrors = null;
}
}
}
var valid0 = _errs16 === errors;
}
}
else {
const err16 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema14.type,parentSchema:schema14,data};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
validate7.errors = vErrors;
return errors === 0;
}
validate7.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate4(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate4.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs0 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
const _errs1 = errors;
for(const key0 in data){
if(!(((((key0 === "attributes") || (key0 === "hardware")) || (key0 === "verify")) || (key0 === "rollout")) || (key0 === "remediation"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema7,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.attributes !== undefined){
let data0 = data.attributes;
const _errs2 = errors;
const _errs3 = errors;
let valid1 = false;
const _errs4 = errors;
const _errs5 = errors;
const _errs6 = errors;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
for(const key1 in data0){
const _errs7 = errors;
if(typeof key1 === "string"){
if(!pattern9.test(key1)){
const err1 = {instancePath:instancePath+"/attributes",schemaPath:"#/$defs/attributes/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*(\\.(connectionid|dhcp|ipv4disable|networkuri|constraint))?$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*(\\.(connectionid|dhcp|ipv4disable|networkuri|constraint))?$"+"\"",schema:"^[A-Za-z_][A-Za-z0-9_]*(\\.(connectionid|dhcp|ipv4disable|networkuri|constraint))?$",parentSchema:schema8.propertyNames,data:key1,propertyName:key1};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
var valid3 = _errs7 === errors;
if(!valid3){
const err2 = {instancePath:instancePath+"/attributes",schemaPath:"#/$defs/attributes/propertyNames",keyword:"propertyNames",params:{propertyName: key1},message:"property name must be valid",schema:schema8.propertyNames,parentSchema:schema8,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
const _errs8 = errors;
for(const key2 in data0){
let data1 = data0[key2];
const _errs9 = errors;
if((typeof data1 !== "string") && (data1 !== null)){
const err3 = {instancePath:instancePath+"/attributes/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/attributes/additionalProperties/type",keyword:"type",params:{type: schema8.additionalProperties.type},message:"must be string,null",schema:schema8.additionalProperties.type,parentSchema:schema8.additionalProperties,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
const _errs10 = errors;
var valid4 = _errs9 === errors;
}
}
else {
const err4 = {instancePath:instancePath+"/attributes",schemaPath:"#/$defs/attributes/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema8.type,parentSchema:schema8,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
var valid2 = _errs5 === errors;
var _valid0 = _errs4 === errors;
valid1 = valid1 || _valid0;
if(_valid0){
var props0 = true;
}
const _errs11 = errors;
if(data0 !== null){
const err5 = {instancePath:instancePath+"/attributes",schemaPath:"#/properties/attributes/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema7.properties.attributes.anyOf[1].type,parentSchema:schema7.properties.attributes.anyOf[1],data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
const _errs12 = errors;
var _valid0 = _errs11 === errors;
valid1 = valid1 || _valid0;
if(_valid0){
}
if(!valid1){
const err6 = {instancePath:instancePath+"/attributes",schemaPath:"#/properties/attributes/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema7.properties.attributes.anyOf,parentSchema:schema7.properties.attributes,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
else {
errors = _errs3;
if(vErrors !== null){
if(_errs3){
vErrors.length = _errs3;
}
else {
vErrors = null;
}
}
}
var valid0 = _errs2 === errors;
}
if(data.hardware !== undefined){
let data2 = data.hardware;
const _errs13 = errors;
const _errs14 = errors;
let valid5 = false;
const _errs15 = errors;
const _errs16 = errors;
const _errs17 = errors;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
const _errs18 = errors;
for(const key3 in data2){
if(!((((key3 === "serverHardwareType") || (key3 === "enclosureGroup")) || (key3 === "enclosures")) || (key3 === "spread"))){
const err7 = {instancePath:instancePath+"/hardware",schemaPath:"#/$defs/hardwareSelector/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema9,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data2.serverHardwareType !== undefined){
let data3 = data2.serverHardwareType;
const _errs19 = errors;
if((typeof data3 !== "string") && (data3 !== null)){
const err8 = {instancePath:instancePath+"/hardware/serverHardwareType",schemaPath:"#/$defs/hardwareSelector/properties/serverHardwareType/type",keyword:"type",params:{type: schema9.properties.serverHardwareType.type},message:"must be string,null",schema:schema9.properties.serverHardwareType.type,parentSchema:schema9.properties.serverHardwareType,data:data3};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
const _errs20 = errors;
if(typeof data3 === "string"){
if(func0(data3) < 1){
const err9 = {instancePath:instancePath+"/hardware/serverHardwareType",schemaPath:"#/$defs/hardwareSelector/properties/serverHardwareType/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema9.properties.serverHardwareType,data:data3};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
var valid7 = _errs19 === errors;
}
if(data2.enclosureGroup !== undefined){
let data4 = data2.enclosureGroup;
const _errs21 = errors;
if((typeof data4 !== "string") && (data4 !== null)){
const err10 = {instancePath:instancePath+"/hardware/enclosureGroup",schemaPath:"#/$defs/hardwareSelector/properties/enclosureGroup/type",keyword:"type",params:{type: schema9.properties.enclosureGroup.type},message:"must be string,null",schema:schema9.properties.enclosureGroup.type,parentSchema:schema9.properties.enclosureGroup,data:data4};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
const _errs22 = errors;
if(typeof data4 === "string"){
if(func0(data4) < 1){
const err11 = {instancePath:instancePath+"/hardware/enclosureGroup",schemaPath:"#/$defs/hardwareSelector/properties/enclosureGroup/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema9.properties.enclosureGroup,data:data4};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
var valid7 = _errs21 === errors;
}
if(data2.enclosures !== undefined){
let data5 = data2.enclosures;
const _errs23 = errors;
if((!(Array.isArray(data5))) && (data5 !== null)){
const err12 = {instancePath:instancePath+"/hardware/enclosures",schemaPath:"#/$defs/hardwareSelector/properties/enclosures/type",keyword:"type",params:{type: schema9.properties.enclosures.type},message:"must be array,null",schema:schema9.properties.enclosures.type,parentSchema:schema9.properties.enclosures,data:data5};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
const _errs24 = errors;
if(Array.isArray(data5)){
let valid9 = true;
const len0 = data5.length;
for(let i0=0; i0<len0; i0++){
let data6 = data5[i0];
const _errs25 = errors;
const _errs26 = errors;
if(typeof data6 === "string"){
if(func0(data6) < 1){
const err13 = {instancePath:instancePath+"/hardware/enclosures/" + i0,schemaPath:"#/$defs/hardwareSelector/properties/enclosures/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema9.properties.enclosures.items,data:data6};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/hardware/enclosures/" + i0,schemaPath:"#/$defs/hardwareSelector/properties/enclosures/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema9.properties.enclosures.items.type,parentSchema:schema9.properties.enclosures.items,data:data6};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
var valid8 = _errs25 === errors;
if(!valid8){
valid9 = false;
}
}
let valid10;
let i1 = data5.length;
let j0;
valid10 = true;
if(i1 > 1){
const indices0 = {};
for(;i1--;){
let item0 = data5[i1];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err15 = {instancePath:instancePath+"/hardware/enclosures",schemaPath:"#/$defs/hardwareSelector/properties/enclosures/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)",schema:true,parentSchema:schema9.properties.enclosures,data:data5};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
valid10 = false;
break;
}
indices0[item0] = i1;
}
}
}
var valid7 = _errs23 === errors;
}
if(data2.spread !== undefined){
let data7 = data2.spread;
const _errs27 = errors;
const vSchema0 = schema9.properties.spread.enum;
if(!(((data7 === "enclosure") || (data7 === "none")) || (data7 === null))){
const err16 = {instancePath:instancePath+"/hardware/spread",schemaPath:"#/$defs/hardwareSelector/properties/spread/enum",keyword:"enum",params:{allowedValues: schema9.properties.spread.enum},message:"must be equal to one of the allowed values",schema:schema9.properties.spread.enum,parentSchema:schema9.properties.spread,data:data7};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
var valid7 = _errs27 === errors;
}
}
else {
const err17 = {instancePath:instancePath+"/hardware",schemaPath:"#/$defs/hardwareSelector/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema9.type,parentSchema:schema9,data:data2};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
var valid6 = _errs16 === errors;
var _valid1 = _errs15 === errors;
valid5 = valid5 || _valid1;
if(_valid1){
var props1 = true;
}
const _errs28 = errors;
if(data2 !== null){
const err18 = {instancePath:instancePath+"/hardware",schemaPath:"#/properties/hardware/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema7.properties.hardware.anyOf[1].type,parentSchema:schema7.properties.hardware.anyOf[1],data:data2};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
const _errs29 = errors;
var _valid1 = _errs28 === errors;
valid5 = valid5 || _valid1;
if(_valid1){
}
if(!valid5){
const err19 = {instancePath:instancePath+"/hardware",schemaPath:"#/properties/hardware/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema7.properties.hardware.anyOf,parentSchema:schema7.properties.hardware,data:data2};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
else {
errors = _errs14;
if(vErrors !== null){
if(_errs14){
vErrors.length = _errs14;
}
else {
vErrors = null;
}
}
}
var valid0 = _errs13 === errors;
}
if(data.verify !== undefined){
let data8 = data.verify;
const _errs30 = errors;
const _errs31 = errors;
let valid11 = false;
const _errs32 = errors;
if(!(validate5(data8, {instancePath:instancePath+"/verify",parentData:data,parentDataProperty:"verify",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate5.errors : vErrors.concat(validate5.errors);
errors = vErrors.length;
}
else {
}
var _valid2 = _errs32 === errors;
valid11 = valid11 || _valid2;
if(_valid2){
var props2 = true;
}
const _errs33 = errors;
if(data8 !== null){
const err20 = {instancePath:instancePath+"/verify",schemaPath:"#/properties/verify/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema7.properties.verify.anyOf[1].type,parentSchema:schema7.properties.verify.anyOf[1],data:data8};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
const _errs34 = errors;
var _valid2 = _errs33 === errors;
valid11 = valid11 || _valid2;
if(_valid2){
}
if(!valid11){
const err21 = {instancePath:instancePath+"/verify",schemaPath:"#/properties/verify/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema7.properties.verify.anyOf,parentSchema:schema7.properties.verify,data:data8};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
else {
errors = _errs31;
if(vErrors !== null){
if(_errs31){
vErrors.length = _errs31;
}
else {
vErrors = null;
}
}
}
var valid0 = _errs30 === errors;
}
if(data.rollout !== undefined){
let data9 = data.rollout;
const _errs35 = errors;
const _errs36 = errors;
let valid12 = false;
const _errs37 = errors;
if(!(validate7(data9, {instancePath:instancePath+"/rollout",parentData:data,parentDataProperty:"rollout",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate7.errors : vErrors.concat(validate7.errors);
errors = vErrors.length;
}
else {
}
var _valid3 = _errs37 === errors;
valid12 = valid12 || _valid3;
if(_valid3){
var props3 = true;
}
const _errs38 = errors;
if(data9 !== null){
const err22 = {instancePath:instancePath+"/rollout",schemaPath:"#/properties/rollout/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema7.properties.rollout.anyOf[1].type,parentSchema:schema7.properties.rollout.anyOf[1],data:data9};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
const _errs39 = errors;
var _valid3 = _errs38 === errors;
valid12 = valid12 || _valid3;
if(_valid3){
}
if(!valid12){
const err23 = {instancePath:instancePath+"/rollout",schemaPath:"#/properties/rollout/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema7.properties.rollout.anyOf,parentSchema:schema7.properties.rollout,data:data9};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
else {
errors = _errs36;
if(vErrors !== null){
if(_errs36){
vErrors.length = _errs36;
}
else {
vErrors = null;
}
}
}
var valid0 = _errs35 === errors;
}
if(data.remediation !== undefined){
let data10 = data.remediation;
const _errs40 = errors;
const _errs41 = errors;
let valid13 = false;
const _errs42 = errors;
const _errs43 = errors;
const _errs44 = errors;
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
const _errs45 = errors;
for(const key4 in data10){
if(!((key4 === "enabled") || (key4 === "strategy"))){
const err24 = {instancePath:instancePath+"/remediation",schemaPath:"#/$defs/remediation/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties",schema:false,parentSchema:schema18,data:data10};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data10.enabled !== undefined){
let data11 = data10.enabled;
const _errs46 = errors;
if((typeof data11 !== "boolean") && (data11 !== null)){
const err25 = {instancePath:instancePath+"/remediation/enabled",schemaPath:"#/$defs/remediation/properties/enabled/type",keyword:"type",params:{type: schema18.properties.enabled.type},message:"must be boolean,null",schema:schema18.properties.enabled.type,parentSchema:schema18.properties.enabled,data:data11};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
const _errs47 = errors;
var valid15 = _errs46 === errors;
}
if(data10.strategy !== undefined){
let data12 = data10.strategy;
const _errs48 = errors;
const vSchema1 = schema18.properties.strategy.enum;
if(!(((data12 === "recycle") || (data12 === "abandon")) || (data12 === null))){
const err26 = {instancePath:instancePath+"/remediation/strategy",schemaPath:"#/$defs/remediation/properties/strategy/enum",keyword:"enum",params:{allowedValues: schema18.properties.strategy.enum},message:"must be equal to one of the allowed values",schema:schema18.properties.strategy.enum,parentSchema:schema18.properties.strategy,data:data12};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
var valid15 = _errs48 === errors;
}
}
else {
const err27 = {instancePath:instancePath+"/remediation",schemaPath:"#/$defs/remediation/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema18.type,parentSchema:schema18,data:data10};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
var valid14 = _errs43 === errors;
var _valid4 = _errs42 === errors;
valid13 = valid13 || _valid4;
if(_valid4){
var props4 = true;
}
const _errs49 = errors;
if(data10 !== null){
const err28 = {instancePath:instancePath+"/remediation",schemaPath:"#/properties/remediation/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema7.properties.remediation.anyOf[1].type,parentSchema:schema7.properties.remediation.anyOf[1],data:data10};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
const _errs50 = errors;
var _valid4 = _errs49 === errors;
valid13 = valid13 || _valid4;
if(_valid4){
}
if(!valid13){
const err29 = {instancePath:instancePath+"/remediation",schemaPath:"#/properties/remediation/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema7.properties.remediation.anyOf,parentSchema:schema7.properties.remediation,data:data10};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
else {
errors = _errs41;
if(vErrors !== null){
if(_errs41){
vErrors.length = _errs41;
}
else {
vErrors = null;
}
}
}
var valid0 = _errs40 === errors;
}
}
else {
const err30 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema7.type,parentSchema:schema7,data};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
validate4.errors = vErrors;
return errors === 0;
}
validate4.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const formats0 = require("ajv-formats/dist/formats").fullFormats.uri;
const pattern1 = new RegExp("^https://", "u");
const pattern2 = new RegExp("^[A-Za-z_][A-Za-z0-9_]*$", "u");
const pattern3 = new RegExp("^/", "u");
const pattern17 = new RegExp("^\\S+( \\S+){4}$", "u");

function validate0(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate0.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs0 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.apiVersion === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "apiVersion"},message:"must have required property '"+"apiVersion"+"'",schema:schema0.required,parentSchema:schema0,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.kind === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema0.required,parentSchema:schema0,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.metadata === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "metadata"},message:"must have required property '"+"metadata"+"'",schema:schema0.required,parentSchema:schema0,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.spec === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "spec"},message:"must have required property '"+"spec"+"'",schema:schema0.required,parentSchema:schema0,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
const _errs1 = errors;
for(const key0 in data){
if(!((((key0 === "apiVersion") || (key0 === "kind")) || (key0 === "metadata")) || (key0 === "spec"))){
const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema0,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.apiVersion !== undefined){
let data0 = data.apiVersion;
const _errs2 = errors;
const _errs3 = errors;
if("phoenix/v1alpha1" !== data0){
const err5 = {instancePath:instancePath+"/apiVersion",schemaPath:"definitions.schema.json#/$defs/apiVersion/const",keyword:"const",params:{allowedValue: "phoenix/v1alpha1"},message:"must be equal to constant",schema:"phoenix/v1alpha1",parentSchema:schema2,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
var valid1 = _errs3 === errors;
var valid0 = _errs2 === errors;
}
if(data.kind !== undefined){
let data1 = data.kind;
const _errs4 = errors;
if("Site" !== data1){
const err6 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/const",keyword:"const",params:{allowedValue: "Site"},message:"must be equal to constant",schema:"Site",parentSchema:schema0.properties.kind,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
var valid0 = _errs4 === errors;
}
if(data.metadata !== undefined){
let data2 = data.metadata;
const _errs5 = errors;
if(!(validate2(data2, {instancePath:instancePath+"/metadata",parentData:data,parentDataProperty:"metadata",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate2.errors : vErrors.concat(validate2.errors);
errors = vErrors.length;
}
else {
}
var valid0 = _errs5 === errors;
}
if(data.spec !== undefined){
let data3 = data.spec;
const _errs6 = errors;
const _errs7 = errors;
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
const _errs8 = errors;
for(const key1 in data3){
if(!((((((((key1 === "oneview") || (key1 === "imageStreamer")) || (key1 === "consul")) || (key1 === "guards")) || (key1 === "defaults")) || (key1 === "maintenanceWindows")) || (key1 === "suspend")) || (key1 === "drift"))){
const err7 = {instancePath:instancePath+"/spec",schemaPath:"#/properties/spec/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema0.properties.spec,data:data3};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data3.oneview !== undefined){
let data4 = data3.oneview;
const _errs9 = errors;
const _errs10 = errors;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
const _errs11 = errors;
for(const key2 in data4){
if(!((((key2 === "url") || (key2 === "apiVersion")) || (key2 === "credentials")) || (key2 === "tls"))){
const err8 = {instancePath:instancePath+"/spec/oneview",schemaPath:"#/properties/spec/properties/oneview/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema0.properties.spec.properties.oneview,data:data4};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data4.url !== undefined){
let data5 = data4.url;
const _errs12 = errors;
const _errs13 = errors;
if((typeof data5 == "number") && (isFinite(data5))){
}
if(typeof data5 === "string"){
if(!pattern1.test(data5)){
const err9 = {instancePath:instancePath+"/spec/oneview/url",schemaPath:"#/properties/spec/properties/oneview/properties/url/pattern",keyword:"pattern",params:{pattern: "^https://"},message:"must match pattern \""+"^https://"+"\"",schema:"^https://",parentSchema:schema0.properties.spec.properties.oneview.properties.url,data:data5};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(!(formats0(data5))){
const err10 = {instancePath:instancePath+"/spec/oneview/url",schemaPath:"#/properties/spec/properties/oneview/properties/url/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\"",schema:"uri",parentSchema:schema0.properties.spec.properties.oneview.properties.url,data:data5};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/spec/oneview/url",schemaPath:"#/properties/spec/properties/oneview/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema0.properties.spec.properties.oneview.properties.url.type,parentSchema:schema0.properties.spec.properties.oneview.properties.url,data:data5};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
var valid3 = _errs12 === errors;
}
if(data4.apiVersion !== undefined){
let data6 = data4.apiVersion;
const _errs14 = errors;
if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){
const err12 = {instancePath:instancePath+"/spec/oneview/apiVersion",schemaPath:"#/properties/spec/properties/oneview/properties/apiVersion/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema0.properties.spec.properties.oneview.properties.apiVersion.type,parentSchema:schema0.properties.spec.properties.oneview.properties.apiVersion,data:data6};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
const _errs15 = errors;
if((typeof data6 == "number") && (isFinite(data6))){
if(data6 < 120 || isNaN(data6)){
const err13 = {instancePath:instancePath+"/spec/oneview/apiVersion",schemaPath:"#/properties/spec/properties/oneview/properties/apiVersion/minimum",keyword:"minimum",params:{comparison: ">=", limit: 120},message:"must be >= 120",schema:120,parentSchema:schema0.properties.spec.properties.oneview.properties.apiVersion,data:data6};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
var valid3 = _errs14 === errors;
}
if(data4.credentials !== undefined){
let data7 = data4.credentials;
const _errs16 = errors;
const _errs17 = errors;
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
const _errs18 = errors;
for(const key3 in data7){
if(!(((key3 === "username") || (key3 === "password")) || (key3 === "authDomain"))){
const err14 = {instancePath:instancePath+"/spec/oneview/credentials",schemaPath:"#/properties/spec/properties/oneview/properties/credentials/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema0.properties.spec.properties.oneview.properties.credentials,data:data7};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data7.username !== undefined){
let data8 = data7.username;
const _errs19 = errors;
const _errs20 = errors;
let valid5 = false;
const _errs21 = errors;
const _errs22 = errors;
if(typeof data8 === "string"){
if(func0(data8) < 1){
const err15 = {instancePath:instancePath+"/spec/oneview/credentials/username",schemaPath:"#/properties/spec/properties/oneview/properties/credentials/properties/username/anyOf/0/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema0.properties.spec.properties.oneview.properties.credentials.properties.username.anyOf[0],data:data8};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/spec/oneview/credentials/username",schemaPath:"#/properties/spec/properties/oneview/properties/credentials/properties/username/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema0.properties.spec.properties.oneview.properties.credentials.properties.username.anyOf[0].type,parentSchema:schema0.properties.spec.properties.oneview.properties.credentials.properties.username.anyOf[0],data:data8};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
var _valid0 = _errs21 === errors;
valid5 = valid5 || _valid0;
if(_valid0){
}
const _errs23 = errors;
const _errs24 = errors;
const _errs25 = errors;
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
if(Object.keys(data8).length > 1){
const err17 = {instancePath:instancePath+"/spec/oneview/credentials/username",schemaPath:"definitions.schema.json#/$defs/credentialRef/maxProperties",keyword:"maxProperties",params:{limit: 1},message:"must NOT have more than 1 properties",schema:1,parentSchema:schema5,data:data8};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(Object.keys(data8).length < 1){
const err18 = {instancePath:instancePath+"/spec/oneview/credentials/username",schemaPath:"definitions.schema.json#/$defs/credentialRef/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema5,data:data8};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
const _errs26 = errors;
for(const key4 in data8){
if(!((key4 === "env") || (key4 === "file"))){
const err19 = {instancePath:instancePath+"/spec/oneview/credentials/username",schemaPath:"definitions.schema.json#/$defs/credentialRef/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties",schema:false,parentSchema:schema5,data:data8};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data8.env !== undefined){
let data9 = data8.env;
const _errs27 = errors;
const _errs28 = errors;
if(typeof data9 === "string"){
if(!pattern2.test(data9)){
const err20 = {instancePath:instancePath+"/spec/oneview/credentials/username/env",schemaPath:"definitions.schema.json#/$defs/credentialRef/properties/env/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*$"+"\"",schema:"^[A-Za-z_][A-Za-z0-9_]*$",parentSchema:schema5.properties.env,data:data9};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
else {
const err21 = {instancePath:instancePath+"/spec/oneview/credentials/username/env",schemaPath:"definitions.schema.json#/$defs/credentialRef/properties/env/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema5.properties.env.type,parentSchema:schema5.properties.env,data:data9};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
var valid7 = _errs27 === errors;
}
if(data8.file !== undefined){
let data10 = data8.file;
const _errs29 = errors;
const _errs30 = errors;
if(typeof data10 === "string"){
if(func0(data10) < 1){
const err22 = {instancePath:instancePath+"/spec/oneview/credentials/username/file",schemaPath:"definitions.schema.json#/$defs/credentialRef/properties/file/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema5.properties.file,data:data10};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(!pattern3.test(data10)){
const err23 = {instancePath:instancePath+"/spec/oneview/credentials/username/file",schemaPath:"definitions.schema.json#/$defs/credentialRef/properties/file/pattern",keyword:"pattern",params:{pattern: "^/"},message:"must match pattern \""+"^/"+"\"",schema:"^/",parentSchema:schema5.properties.file,data:data10};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
else {
const err24 = {instancePath:instancePath+"/spec/oneview/credentials/username/file",schemaPath:"definitions.schema.json#/$defs/credentialRef/properties/file/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema5.properties.file.type,parentSchema:schema5.properties.file,data:data10};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
var valid7 = _errs29 === errors;
}
}
else {
const err25 = {instancePath:instancePath+"/spec/oneview/credentials/username",schemaPath:"definitions.schema.json#/$defs/credentialRef/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema5.type,parentSchema:schema5,data:data8};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
var valid6 = _errs24 === errors;
var _valid0 = _errs23 === errors;
valid5 = valid5 || _valid0;
if(_valid0){
var props0 = true;
}
if(!valid5){
const err26 = {instancePath:instancePath+"/spec/oneview/credentials/username",schemaPath:"#/properties/spec/properties/oneview/properties/credentials/properties/username/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema0.properties.spec.properties.oneview.properties.credentials.properties.username.anyOf,parentSchema:schema0.properties.spec.properties.oneview.properties.credentials.properties.username,data:data8};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
else {
errors = _errs20;
if(vErrors !== null){
if(_errs20){
vErrors.length = _errs20;
}
else {
vErrors = null;
}
}
}
var valid4 = _errs19 === errors;
}
if(data7.password !== undefined){
let data11 = data7.password;
const _errs31 = errors;
const _errs32 = errors;
const _errs33 = errors;
if(data11 && typeof data11 == "object" && !Array.isArray(data11)){
if(Object.keys(data11).length > 1){
const err27 = {instancePath:instancePath+"/spec/oneview/credentials/password",schemaPath:"definitions.schema.json#/$defs/credentialRef/maxProperties",keyword:"maxProperties",params:{limit: 1},message:"must NOT have more than 1 properties",schema:1,parentSchema:schema5,data:data11};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if(Object.keys(data11).length < 1){
const err28 = {instancePath:instancePath+"/spec/oneview/credentials/password",schemaPath:"definitions.schema.json#/$defs/credentialRef/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema5,data:data11};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
const _errs34 = errors;
for(const key5 in data11){
if(!((key5 === "env") || (key5 === "file"))){
const err29 = {instancePath:instancePath+"/spec/oneview/credentials/password",schemaPath:"definitions.schema.json#/$defs/credentialRef/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties",schema:false,parentSchema:schema5,data:data11};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data11.env !== undefined){
let data12 = data11.env;
const _errs35 = errors;
const _errs36 = errors;
if(typeof data12 === "string"){
if(!pattern2.test(data12)){
const err30 = {instancePath:instancePath+"/spec/oneview/credentials/password/env",schemaPath:"definitions.schema.json#/$defs/credentialRef/properties/env/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*$"+"\"",schema:"^[A-Za-z_][A-Za-z0-9_]*$",parentSchema:schema5.properties.env,data:data12};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
else {
const err31 = {instancePath:instancePath+"/spec/oneview/credentials/password/env",schemaPath:"definitions.schema.json#/$defs/credentialRef/properties/env/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema5.properties.env.type,parentSchema:schema5.properties.env,data:data12};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
var valid9 = _errs35 === errors;
}
if(data11.file !== undefined){
let data13 = data11.file;
const _errs37 = errors;
const _errs38 = errors;
if(typeof data13 === "string"){
if(func0(data13) < 1){
const err32 = {instancePath:instancePath+"/spec/oneview/credentials/password/file",schemaPath:"definitions.schema.json#/$defs/credentialRef/properties/file/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema5.properties.file,data:data13};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
if(!pattern3.test(data13)){
const err33 = {instancePath:instancePath+"/spec/oneview/credentials/password/file",schemaPath:"definitions.schema.json#/$defs/credentialRef/properties/file/pattern",keyword:"pattern",params:{pattern: "^/"},message:"must match pattern \""+"^/"+"\"",schema:"^/",parentSchema:schema5.properties.file,data:data13};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
else {
const err34 = {instancePath:instancePath+"/spec/oneview/credentials/password/file",schemaPath:"definitions.schema.json#/$defs/credentialRef/properties/file/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema5.properties.file.type,parentSchema:schema5.properties.file,data:data13};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
var valid9 = _errs37 === errors;
}
}
else {
const err35 = {instancePath:instancePath+"/spec/oneview/credentials/password",schemaPath:"definitions.schema.json#/$defs/credentialRef/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema5.type,parentSchema:schema5,data:data11};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
var valid8 = _errs32 === errors;
var valid4 = _errs31 === errors;
}
if(data7.authDomain !== undefined){
let data14 = data7.authDomain;
const _errs39 = errors;
const _errs40 = errors;
if(typeof data14 === "string"){
if(func0(data14) < 1){
const err36 = {instancePath:instancePath+"/spec/oneview/credentials/authDomain",schemaPath:"#/properties/spec/properties/oneview/properties/credentials/properties/authDomain/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema0.properties.spec.properties.oneview.properties.credentials.properties.authDomain,data:data14};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
else {
const err37 = {instancePath:instancePath+"/spec/oneview/credentials/authDomain",schemaPath:"#/properties/spec/properties/oneview/properties/credentials/properties/authDomain/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema0.properties.spec.properties.oneview.properties.credentials.properties.authDomain.type,parentSchema:schema0.properties.spec.properties.oneview.properties.credentials.properties.authDomain,data:data14};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
var valid4 = _errs39 === errors;
}
}
else {
const err38 = {instancePath:instancePath+"/spec/oneview/credentials",schemaPath:"#/properties/spec/properties/oneview/properties/credentials/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema0.properties.spec.properties.oneview.properties.credentials.type,parentSchema:schema0.properties.spec.properties.oneview.properties.credentials,data:data7};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
var valid3 = _errs16 === errors;
}
if(data4.tls !== undefined){
let data15 = data4.tls;
const _errs41 = errors;
const _errs42 = errors;
if(data15 && typeof data15 == "object" && !Array.isArray(data15)){
const _errs43 = errors;
for(const key6 in data15){
if(!((key6 === "caFile") || (key6 === "insecureSkipVerify"))){
const err39 = {instancePath:instancePath+"/spec/oneview/tls",schemaPath:"#/properties/spec/properties/oneview/properties/tls/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties",schema:false,parentSchema:schema0.properties.spec.properties.oneview.properties.tls,data:data15};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
if(data15.caFile !== undefined){
let data16 = data15.caFile;
const _errs44 = errors;
const _errs45 = errors;
if(typeof data16 === "string"){
if(func0(data16) < 1){
const err40 = {instancePath:instancePath+"/spec/oneview/tls/caFile",schemaPath:"#/properties/spec/properties/oneview/properties/tls/properties/caFile/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema0.properties.spec.properties.oneview.properties.tls.properties.caFile,data:data16};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
if(!pattern3.test(data16)){
const err41 = {instancePath:instancePath+"/spec/oneview/tls/caFile",schemaPath:"#/properties/spec/properties/oneview/properties/tls/properties/caFile/pattern",keyword:"pattern",params:{pattern: "^/"},message:"must match pattern \""+"^/"+"\"",schema:"^/",parentSchema:schema0.properties.spec.properties.oneview.properties.tls.properties.caFile,data:data16};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
else {
const err42 = {instancePath:instancePath+"/spec/oneview/tls/caFile",schemaPath:"#/properties/spec/properties/oneview/properties/tls/properties/caFile/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema0.properties.spec.properties.oneview.properties.tls.properties.caFile.type,parentSchema:schema0.properties.spec.properties.oneview.properties.tls.properties.caFile,data:data16};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
var valid10 = _errs44 === errors;
}
if(data15.insecureSkipVerify !== undefined){
let data17 = data15.insecureSkipVerify;
const _errs46 = errors;
if(typeof data17 !== "boolean"){
const err43 = {instancePath:instancePath+"/spec/oneview/tls/insecureSkipVerify",schemaPath:"#/properties/spec/properties/oneview/properties/tls/properties/insecureSkipVerify/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema0.properties.spec.properties.oneview.properties.tls.properties.insecureSkipVerify.type,parentSchema:schema0.properties.spec.properties.oneview.properties.tls.properties.insecureSkipVerify,data:data17};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
const _errs47 = errors;
var valid10 = _errs46 === errors;
}
}
else {
const err44 = {instancePath:instancePath+"/spec/oneview/tls",schemaPath:"#/properties/spec/properties/oneview/properties/tls/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema0.properties.spec.properties.oneview.properties.tls.type,parentSchema:schema0.properties.spec.properties.oneview.properties.tls,data:data15};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
var valid3 = _errs41 === errors;
}
}
else {
const err45 = {instancePath:instancePath+"/spec/oneview",schemaPath:"#/properties/spec/properties/oneview/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema0.properties.spec.properties.oneview.type,parentSchema:schema0.properties.spec.properties.oneview,data:data4};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
var valid2 = _errs9 === errors;
}
if(data3.imageStreamer !== undefined){
let data18 = data3.imageStreamer;
const _errs48 = errors;
const _errs49 = errors;
if(data18 && typeof data18 == "object" && !Array.isArray(data18)){
const _errs50 = errors;
for(const key7 in data18){
if(!(key7 === "url")){
const err46 = {instancePath:instancePath+"/spec/imageStreamer",schemaPath:"#/properties/spec/properties/imageStreamer/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties",schema:false,parentSchema:schema0.properties.spec.properties.imageStreamer,data:data18};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
if(data18.url !== undefined){
let data19 = data18.url;
const _errs51 = errors;
const _errs52 = errors;
if((typeof data19 == "number") && (isFinite(data19))){
}
if(typeof data19 === "string"){
if(!pattern1.test(data19)){
const err47 = {instancePath:instancePath+"/spec/imageStreamer/url",schemaPath:"#/properties/spec/properties/imageStreamer/properties/url/pattern",keyword:"pattern",params:{pattern: "^https://"},message:"must match pattern \""+"^https://"+"\"",schema:"^https://",parentSchema:schema0.properties.spec.properties.imageStreamer.properties.url,data:data19};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
if(!(formats0(data19))){
const err48 = {instancePath:instancePath+"/spec/imageStreamer/url",schemaPath:"#/properties/spec/properties/imageStreamer/properties/url/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\"",schema:"uri",parentSchema:schema0.properties.spec.properties.imageStreamer.properties.url,data:data19};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
else {
const err49 = {instancePath:instancePath+"/spec/imageStreamer/url",schemaPath:"#/properties/spec/properties/imageStreamer/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema0.properties.spec.properties.imageStreamer.properties.url.type,parentSchema:schema0.properties.spec.properties.imageStreamer.properties.url,data:data19};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
var valid11 = _errs51 === errors;
}
}
else {
const err50 = {instancePath:instancePath+"/spec/imageStreamer",schemaPath:"#/properties/spec/properties/imageStreamer/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema0.properties.spec.properties.imageStreamer.type,parentSchema:schema0.properties.spec.properties.imageStreamer,data:data18};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
var valid2 = _errs48 === errors;
}
if(data3.consul !== undefined){
let data20 = data3.consul;
const _errs53 = errors;
const _errs54 = errors;
if(data20 && typeof data20 == "object" && !Array.isArray(data20)){
const _errs55 = errors;
for(const key8 in data20){
if(!(key8 === "url")){
const err51 = {instancePath:instancePath+"/spec/consul",schemaPath:"#/properties/spec/properties/consul/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8},message:"must NOT have additional properties",schema:false,parentSchema:schema0.properties.spec.properties.consul,data:data20};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
if(data20.url !== undefined){
let data21 = data20.url;
const _errs56 = errors;
const _errs57 = errors;
if((typeof data21 == "number") && (isFinite(data21))){
}
if(typeof data21 === "string"){
if(!pattern8.test(data21)){
const err52 = {instancePath:instancePath+"/spec/consul/url",schemaPath:"#/properties/spec/properties/consul/properties/url/pattern",keyword:"pattern",params:{pattern: "^https?://"},message:"must match pattern \""+"^https?://"+"\"",schema:"^https?://",parentSchema:schema0.properties.spec.properties.consul.properties.url,data:data21};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
if(!(formats0(data21))){
const err53 = {instancePath:instancePath+"/spec/consul/url",schemaPath:"#/properties/spec/properties/consul/properties/url/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\"",schema:"uri",parentSchema:schema0.properties.spec.properties.consul.properties.url,data:data21};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
else {
const err54 = {instancePath:instancePath+"/spec/consul/url",schemaPath:"#/properties/spec/properties/consul/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema0.properties.spec.properties.consul.properties.url.type,parentSchema:schema0.properties.spec.properties.consul.properties.url,data:data21};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
var valid12 = _errs56 === errors;
}
}
else {
const err55 = {instancePath:instancePath+"/spec/consul",schemaPath:"#/properties/spec/properties/consul/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema0.properties.spec.properties.consul.type,parentSchema:schema0.properties.spec.properties.consul,data:data20};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
var valid2 = _errs53 === errors;
}
if(data3.guards !== undefined){
let data22 = data3.guards;
const _errs58 = errors;
const _errs59 = errors;
if(data22 && typeof data22 == "object" && !Array.isArray(data22)){
const _errs60 = errors;
for(const key9 in data22){
if(!(((((key9 === "maxDeletionsPerRun") || (key9 === "maxDeletionsPercent")) || (key9 === "allowEmptyPools")) || (key9 === "autoDelete")) || (key9 === "maxConcurrentOperations"))){
const err56 = {instancePath:instancePath+"/spec/guards",schemaPath:"#/properties/spec/properties/guards/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key9},message:"must NOT have additional properties",schema:false,parentSchema:schema0.properties.spec.properties.guards,data:data22};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
if(data22.maxDeletionsPerRun !== undefined){
let data23 = data22.maxDeletionsPerRun;
const _errs61 = errors;
if(!(((typeof data23 == "number") && (!(data23 % 1) && !isNaN(data23))) && (isFinite(data23)))){
const err57 = {instancePath:instancePath+"/spec/guards/maxDeletionsPerRun",schemaPath:"#/properties/spec/properties/guards/properties/maxDeletionsPerRun/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema0.properties.spec.properties.guards.properties.maxDeletionsPerRun.type,parentSchema:schema0.properties.spec.properties.guards.properties.maxDeletionsPerRun,data:data23};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
const _errs62 = errors;
if((typeof data23 == "number") && (isFinite(data23))){
if(data23 < 0 || isNaN(data23)){
const err58 = {instancePath:instancePath+"/spec/guards/maxDeletionsPerRun",schemaPath:"#/properties/spec/properties/guards/properties/maxDeletionsPerRun/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema0.properties.spec.properties.guards.properties.maxDeletionsPerRun,data:data23};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
var valid13 = _errs61 === errors;
}
if(data22.maxDeletionsPercent !== undefined){
let data24 = data22.maxDeletionsPercent;
const _errs63 = errors;
if(!(((typeof data24 == "number") && (!(data24 % 1) && !isNaN(data24))) && (isFinite(data24)))){
const err59 = {instancePath:instancePath+"/spec/guards/maxDeletionsPercent",schemaPath:"#/properties/spec/properties/guards/properties/maxDeletionsPercent/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema0.properties.spec.properties.guards.properties.maxDeletionsPercent.type,parentSchema:schema0.properties.spec.properties.guards.properties.maxDeletionsPercent,data:data24};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
const _errs64 = errors;
if((typeof data24 == "number") && (isFinite(data24))){
if(data24 > 100 || isNaN(data24)){
const err60 = {instancePath:instancePath+"/spec/guards/maxDeletionsPercent",schemaPath:"#/properties/spec/properties/guards/properties/maxDeletionsPercent/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100",schema:100,parentSchema:schema0.properties.spec.properties.guards.properties.maxDeletionsPercent,data:data24};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
if(data24 < 0 || isNaN(data24)){
const err61 = {instancePath:instancePath+"/spec/guards/maxDeletionsPercent",schemaPath:"#/properties/spec/properties/guards/properties/maxDeletionsPercent/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema0.properties.spec.properties.guards.properties.maxDeletionsPercent,data:data24};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
var valid13 = _errs63 === errors;
}
if(data22.allowEmptyPools !== undefined){
let data25 = data22.allowEmptyPools;
const _errs65 = errors;
if(typeof data25 !== "boolean"){
const err62 = {instancePath:instancePath+"/spec/guards/allowEmptyPools",schemaPath:"#/properties/spec/properties/guards/properties/allowEmptyPools/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema0.properties.spec.properties.guards.properties.allowEmptyPools.type,parentSchema:schema0.properties.spec.properties.guards.properties.allowEmptyPools,data:data25};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
const _errs66 = errors;
var valid13 = _errs65 === errors;
}
if(data22.autoDelete !== undefined){
let data26 = data22.autoDelete;
const _errs67 = errors;
if(typeof data26 !== "boolean"){
const err63 = {instancePath:instancePath+"/spec/guards/autoDelete",schemaPath:"#/properties/spec/properties/guards/properties/autoDelete/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema0.properties.spec.properties.guards.properties.autoDelete.type,parentSchema:schema0.properties.spec.properties.guards.properties.autoDelete,data:data26};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
const _errs68 = errors;
var valid13 = _errs67 === errors;
}
if(data22.maxConcurrentOperations !== undefined){
let data27 = data22.maxConcurrentOperations;
const _errs69 = errors;
if(!(((typeof data27 == "number") && (!(data27 % 1) && !isNaN(data27))) && (isFinite(data27)))){
const err64 = {instancePath:instancePath+"/spec/guards/maxConcurrentOperations",schemaPath:"#/properties/spec/properties/guards/properties/maxConcurrentOperations/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema0.properties.spec.properties.guards.properties.maxConcurrentOperations.type,parentSchema:schema0.properties.spec.properties.guards.properties.maxConcurrentOperations,data:data27};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
const _errs70 = errors;
if((typeof data27 == "number") && (isFinite(data27))){
if(data27 < 1 || isNaN(data27)){
const err65 = {instancePath:instancePath+"/spec/guards/maxConcurrentOperations",schemaPath:"#/properties/spec/properties/guards/properties/maxConcurrentOperations/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema0.properties.spec.properties.guards.properties.maxConcurrentOperations,data:data27};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
}
var valid13 = _errs69 === errors;
}
}
else {
const err66 = {instancePath:instancePath+"/spec/guards",schemaPath:"#/properties/spec/properties/guards/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema0.properties.spec.properties.guards.type,parentSchema:schema0.properties.spec.properties.guards,data:data22};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
var valid2 = _errs58 === errors;
}
if(data3.defaults !== undefined){
let data28 = data3.defaults;
const _errs71 = errors;
if(!(validate4(data28, {instancePath:instancePath+"/spec/defaults",parentData:data3,parentDataProperty:"defaults",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate4.errors : vErrors.concat(validate4.errors);
errors = vErrors.length;
}
else {
}
var valid2 = _errs71 === errors;
}
if(data3.maintenanceWindows !== undefined){
let data29 = data3.maintenanceWindows;
const _errs72 = errors;
const _errs73 = errors;
if(Array.isArray(data29)){
let valid15 = true;
const len0 = data29.length;
for(let i0=0; i0<len0; i0++){
let data30 = data29[i0];
const _errs74 = errors;
const _errs75 = errors;
if(data30 && typeof data30 == "object" && !Array.isArray(data30)){
if(data30.cron === undefined){
const err67 = {instancePath:instancePath+"/spec/maintenanceWindows/" + i0,schemaPath:"#/properties/spec/properties/maintenanceWindows/items/required",keyword:"required",params:{missingProperty: "cron"},message:"must have required property '"+"cron"+"'",schema:schema0.properties.spec.properties.maintenanceWindows.items.required,parentSchema:schema0.properties.spec.properties.maintenanceWindows.items,data:data30};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
if(data30.duration === undefined){
const err68 = {instancePath:instancePath+"/spec/maintenanceWindows/" + i0,schemaPath:"#/properties/spec/properties/maintenanceWindows/items/required",keyword:"required",params:{missingProperty: "duration"},message:"must have required property '"+"duration"+"'",schema:schema0.properties.spec.properties.maintenanceWindows.items.required,parentSchema:schema0.properties.spec.properties.maintenanceWindows.items,data:data30};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
const _errs76 = errors;
for(const key10 in data30){
if(!(((key10 === "cron") || (key10 === "duration")) || (key10 === "timezone"))){
const err69 = {instancePath:instancePath+"/spec/maintenanceWindows/" + i0,schemaPath:"#/properties/spec/properties/maintenanceWindows/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key10},message:"must NOT have additional properties",schema:false,parentSchema:schema0.properties.spec.properties.maintenanceWindows.items,data:data30};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
}
if(data30.cron !== undefined){
let data31 = data30.cron;
const _errs77 = errors;
const _errs78 = errors;
if(typeof data31 === "string"){
if(!pattern17.test(data31)){
const err70 = {instancePath:instancePath+"/spec/maintenanceWindows/" + i0+"/cron",schemaPath:"#/properties/spec/properties/maintenanceWindows/items/properties/cron/pattern",keyword:"pattern",params:{pattern: "^\\S+( \\S+){4}$"},message:"must match pattern \""+"^\\S+( \\S+){4}$"+"\"",schema:"^\\S+( \\S+){4}$",parentSchema:schema0.properties.spec.properties.maintenanceWindows.items.properties.cron,data:data31};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
}
else {
const err71 = {instancePath:instancePath+"/spec/maintenanceWindows/" + i0+"/cron",schemaPath:"#/properties/spec/properties/maintenanceWindows/items/properties/cron/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema0.properties.spec.properties.maintenanceWindows.items.properties.cron.type,parentSchema:schema0.properties.spec.properties.maintenanceWindows.items.properties.cron,data:data31};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
var valid16 = _errs77 === errors;
}
if(data30.duration !== undefined){
let data32 = data30.duration;
const _errs79 = errors;
const _errs80 = errors;
const _errs81 = errors;
if(typeof data32 === "string"){
if(!pattern12.test(data32)){
const err72 = {instancePath:instancePath+"/spec/maintenanceWindows/" + i0+"/duration",schemaPath:"definitions.schema.json#/$defs/duration/pattern",keyword:"pattern",params:{pattern: "^([0-9]+(ms|s|m|h|d))+$"},message:"must match pattern \""+"^([0-9]+(ms|s|m|h|d))+$"+"\"",schema:"^([0-9]+(ms|s|m|h|d))+$",parentSchema:schema12,data:data32};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
}
else {
const err73 = {instancePath:instancePath+"/spec/maintenanceWindows/" + i0+"/duration",schemaPath:"definitions.schema.json#/$defs/duration/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.type,parentSchema:schema12,data:data32};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
var valid17 = _errs80 === errors;
var valid16 = _errs79 === errors;
}
if(data30.timezone !== undefined){
let data33 = data30.timezone;
const _errs82 = errors;
const _errs83 = errors;
if(typeof data33 === "string"){
if(func0(data33) < 1){
const err74 = {instancePath:instancePath+"/spec/maintenanceWindows/" + i0+"/timezone",schemaPath:"#/properties/spec/properties/maintenanceWindows/items/properties/timezone/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema0.properties.spec.properties.maintenanceWindows.items.properties.timezone,data:data33};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
}
else {
const err75 = {instancePath:instancePath+"/spec/maintenanceWindows/" + i0+"/timezone",schemaPath:"#/properties/spec/properties/maintenanceWindows/items/properties/timezone/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema0.properties.spec.properties.maintenanceWindows.items.properties.timezone.type,parentSchema:schema0.properties.spec.properties.maintenanceWindows.items.properties.timezone,data:data33};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
var valid16 = _errs82 === errors;
}
}
else {
const err76 = {instancePath:instancePath+"/spec/maintenanceWindows/" + i0,schemaPath:"#/properties/spec/properties/maintenanceWindows/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema0.properties.spec.properties.maintenanceWindows.items.type,parentSchema:schema0.properties.spec.properties.maintenanceWindows.items,data:data30};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
var valid14 = _errs74 === errors;
if(!valid14){
valid15 = false;
}
}
}
else {
const err77 = {instancePath:instancePath+"/spec/maintenanceWindows",schemaPath:"#/properties/spec/properties/maintenanceWindows/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema0.properties.spec.properties.maintenanceWindows.type,parentSchema:schema0.properties.spec.properties.maintenanceWindows,data:data29};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
var valid2 = _errs72 === errors;
}
if(data3.suspend !== undefined){
let data34 = data3.suspend;
const _errs84 = errors;
if(typeof data34 !== "boolean"){
const err78 = {instancePath:instancePath+"/spec/suspend",schemaPath:"#/properties/spec/properties/suspend/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema0.properties.spec.properties.suspend.type,parentSchema:schema0.properties.spec.properties.suspend,data:data34};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
const _errs85 = errors;
var valid2 = _errs84 === errors;
}
if(data3.drift !== undefined){
let data35 = data3.drift;
const _errs86 = errors;
const vSchema0 = schema0.properties.spec.properties.drift.enum;
if(!((data35 === "correct") || (data35 === "report"))){
const err79 = {instancePath:instancePath+"/spec/drift",schemaPath:"#/properties/spec/properties/drift/enum",keyword:"enum",params:{allowedValues: schema0.properties.spec.properties.drift.enum},message:"must be equal to one of the allowed values",schema:schema0.properties.spec.properties.drift.enum,parentSchema:schema0.properties.spec.properties.drift,data:data35};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
var valid2 = _errs86 === errors;
}
}
else {
const err80 = {instancePath:instancePath+"/spec",schemaPath:"#/properties/spec/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema0.properties.spec.type,parentSchema:schema0.properties.spec,data:data3};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
var valid0 = _errs6 === errors;
}
}
else {
const err81 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema0.type,parentSchema:schema0,data};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
validate0.errors = vErrors;
return errors === 0;
}
validate0.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const Plan = validate10;
const schema20 = {"$schema":"https://json-schema.org/draft/2020-12/schema","title":"Plan","description":"An OS build: a server profile template, how the OS is put on the server (an Image Streamer deployment plan, or an install image in the iLO's virtual media with a per-node answer file) and the custom attributes it needs. Plans inherit from one another with extends.","type":"object","additionalProperties":false,"required":["apiVersion","kind","metadata","spec"],"properties":{"apiVersion":{"$ref":"definitions.schema.json#/$defs/apiVersion"},"kind":{"const":"Plan"},"metadata":{"$ref":"definitions.schema.json#/$defs/metadata"},"spec":{"type":"object","additionalProperties":false,"properties":{"extends":{"description":"The parent plan; this plan's settings merge over it.","$ref":"definitions.schema.json#/$defs/name"},"profileTemplate":{"description":"OneView server profile template name.","type":["string","null"],"minLength":1},"deploymentPlan":{"description":"Image Streamer OS deployment plan: the older spelling of osDeployment.imageStreamer.deploymentPlan, still accepted.","anyOf":[{"$ref":"definitions.schema.json#/$defs/artifactRef"},{"type":"null"}]},"goldenImage":{"description":"Asserts the golden image the deployment plan uses: the older spelling of osDeployment.imageStreamer.goldenImage, still accepted.","anyOf":[{"$ref":"definitions.schema.json#/$defs/artifactRef"},{"type":"null"}]},"osDeployment":{"description":"How the OS is put on the server: exactly one of imageStreamer or virtualMedia.","anyOf":[{"$ref":"definitions.schema.json#/$defs/osDeployment"},{"type":"null"}]},"attributes":{"anyOf":[{"$ref":"definitions.schema.json#/$defs/attributes"},{"type":"null"}]},"hardware":{"anyOf":[{"$ref":"definitions.schema.json#/$defs/hardwareSelector"},{"type":"null"}]},"verify":{"anyOf":[{"$ref":"definitions.schema.json#/$defs/verify"},{"type":"null"}]},"rollout":{"anyOf":[{"$ref":"definitions.schema.json#/$defs/rollout"},{"type":"null"}]},"remediation":{"anyOf":[{"$ref":"definitions.schema.json#/$defs/remediation"},{"type":"null"}]}}}}};
const schema25 = {"description":"An Image Streamer artifact by name, optionally pinned by id.","type":"object","additionalProperties":false,"required":["name"],"properties":{"name":{"type":"string","minLength":1},"id":{"description":"Pins the artifact: a name that later means another artifact is then an error.","type":["string","null"],"minLength":1}}};

function validate11(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate11.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs0 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.name === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema3.required,parentSchema:schema3,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
const _errs1 = errors;
for(const key0 in data){
if(!((key0 === "name") || (key0 === "labels"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema3,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.name !== undefined){
let data0 = data.name;
const _errs2 = errors;
const _errs3 = errors;
const _errs4 = errors;
if(typeof data0 === "string"){
if(!pattern0.test(data0)){
const err2 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/name/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$"},message:"must match pattern \""+"^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$"+"\"",schema:"^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$",parentSchema:schema4,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema4.type,parentSchema:schema4,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
var valid1 = _errs3 === errors;
var valid0 = _errs2 === errors;
}
if(data.labels !== undefined){
let data1 = data.labels;
const _errs5 = errors;
const _errs6 = errors;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
const _errs7 = errors;
for(const key1 in data1){
let data2 = data1[key1];
const _errs8 = errors;
if(typeof data2 !== "string"){
const err4 = {instancePath:instancePath+"/labels/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/labels/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema3.properties.labels.additionalProperties.type,parentSchema:schema3.properties.labels.additionalProperties,data:data2};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
const _errs9 = errors;
var valid2 = _errs8 === errors;
}
}
else {
const err5 = {instancePath:instancePath+"/labels",schemaPath:"#/properties/labels/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema3.properties.labels.type,parentSchema:schema3.properties.labels,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
var valid0 = _errs5 === errors;
}
}
else {
const err6 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema3.type,parentSchema:schema3,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
validate11.errors = vErrors;
return errors === 0;
}
validate11.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema27 = {"description":"How the OS is put on the server: exactly one of imageStreamer (a deployment plan and golden image) or virtualMedia (an install image in the iLO's virtual media with a per-node answer file). A plan that chooses one drops the method it inherits.","type":"object","additionalProperties":false,"minProperties":1,"properties":{"imageStreamer":{"anyOf":[{"$ref":"#/$defs/imageStreamer"},{"type":"null"}]},"virtualMedia":{"anyOf":[{"$ref":"#/$defs/virtualMedia"},{"type":"null"}]}}};
const schema28 = {"description":"Deploy from an Image Streamer OS deployment plan: the OS volume is built from the plan's golden image with the custom attributes (spec.attributes) filled in per node.","type":"object","additionalProperties":false,"minProperties":1,"properties":{"deploymentPlan":{"description":"The Image Streamer OS deployment plan.","anyOf":[{"$ref":"#/$defs/artifactRef"},{"type":"null"}]},"goldenImage":{"description":"Asserts the golden image the deployment plan uses.","anyOf":[{"$ref":"#/$defs/artifactRef"},{"type":"null"}]}}};

function validate14(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate14.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs0 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(Object.keys(data).length < 1){
const err0 = {instancePath,schemaPath:"#/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema28,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
const _errs1 = errors;
for(const key0 in data){
if(!((key0 === "deploymentPlan") || (key0 === "goldenImage"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema28,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.deploymentPlan !== undefined){
let data0 = data.deploymentPlan;
const _errs2 = errors;
const _errs3 = errors;
let valid1 = false;
const _errs4 = errors;
const _errs5 = errors;
const _errs6 = errors;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.name === undefined){
const err2 = {instancePath:instancePath+"/deploymentPlan",schemaPath:"#/$defs/artifactRef/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema25.required,parentSchema:schema25,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
const _errs7 = errors;
for(const key1 in data0){
if(!((key1 === "name") || (key1 === "id"))){
const err3 = {instancePath:instancePath+"/deploymentPlan",schemaPath:"#/$defs/artifactRef/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema25,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data0.name !== undefined){
let data1 = data0.name;
const _errs8 = errors;
const _errs9 = errors;
if(typeof data1 === "string"){
if(func0(data1) < 1){
const err4 = {instancePath:instancePath+"/deploymentPlan/name",schemaPath:"#/$defs/artifactRef/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema25.properties.name,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/deploymentPlan/name",schemaPath:"#/$defs/artifactRef/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema25.properties.name.type,parentSchema:schema25.properties.name,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
var valid3 = _errs8 === errors;
}
if(data0.id !== undefined){
let data2 = data0.id;
const _errs10 = errors;
if((typeof data2 !== "string") && (data2 !== null)){
const err6 = {instancePath:instancePath+"/deploymentPlan/id",schemaPath:"#/$defs/artifactRef/properties/id/type",keyword:"type",params:{type: schema25.properties.id.type},message:"must be string,null",schema:schema25.properties.id.type,parentSchema:schema25.properties.id,data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
const _errs11 = errors;
if(typeof data2 === "string"){
if(func0(data2) < 1){
const err7 = {instancePath:instancePath+"/deploymentPlan/id",schemaPath:"#/$defs/artifactRef/properties/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema25.properties.id,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
var valid3 = _errs10 === errors;
}
}
else {
const err8 = {instancePath:instancePath+"/deploymentPlan",schemaPath:"#/$defs/artifactRef/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema25.type,parentSchema:schema25,data:data0};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
var valid2 = _errs5 === errors;
var _valid0 = _errs4 === errors;
valid1 = valid1 || _valid0;
if(_valid0){
var props0 = true;
}
const _errs12 = errors;
if(data0 !== null){
const err9 = {instancePath:instancePath+"/deploymentPlan",schemaPath:"#/properties/deploymentPlan/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema28.properties.deploymentPlan.anyOf[1].type,parentSchema:schema28.properties.deploymentPlan.anyOf[1],data:data0};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
const _errs13 = errors;
var _valid0 = _errs12 === errors;
valid1 = valid1 || _valid0;
if(_valid0){
}
if(!valid1){
const err10 = {instancePath:instancePath+"/deploymentPlan",schemaPath:"#/properties/deploymentPlan/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema28.properties.deploymentPlan.anyOf,parentSchema:schema28.properties.deploymentPlan,data:data0};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
else {
errors = _errs3;
if(vErrors !== null){
if(_errs3){
vErrors.length = _errs3;
}
else {
vErrors = null;
}
}
}
var valid0 = _errs2 === errors;
}
if(data.goldenImage !== undefined){
let data3 = data.goldenImage;
const _errs14 = errors;
const _errs15 = errors;
let valid4 = false;
const _errs16 = errors;
const _errs17 = errors;
const _errs18 = errors;
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if(data3.name === undefined){
const err11 = {instancePath:instancePath+"/goldenImage",schemaPath:"#/$defs/artifactRef/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema25.required,parentSchema:schema25,data:data3};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
const _errs19 = errors;
for(const key2 in data3){
if(!((key2 === "name") || (key2 === "id"))){
const err12 = {instancePath:instancePath+"/goldenImage",schemaPath:"#/$defs/artifactRef/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema25,data:data3};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data3.name !== undefined){
let data4 = data3.name;
const _errs20 = errors;
const _errs21 = errors;
if(typeof data4 === "string"){
if(func0(data4) < 1){
const err13 = {instancePath:instancePath+"/goldenImage/name",schemaPath:"#/$defs/artifactRef/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema25.properties.name,data:data4};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/goldenImage/name",schemaPath:"#/$defs/artifactRef/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema25.properties.name.type,parentSchema:schema25.properties.name,data:data4};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
var valid6 = _errs20 === errors;
}
if(data3.id !== undefined){
let data5 = data3.id;
const _errs22 = errors;
if((typeof data5 !== "string") && (data5 !== null)){
const err15 = {instancePath:instancePath+"/goldenImage/id",schemaPath:"#/$defs/artifactRef/properties/id/type",keyword:"type",params:{type: schema25.properties.id.type},message:"must be string,null",schema:schema25.properties.id.type,parentSchema:schema25.properties.id,data:data5};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
const _errs23 = errors;
if(typeof data5 === "string"){
if(func0(data5) < 1){
const err16 = {instancePath:instancePath+"/goldenImage/id",schemaPath:"#/$defs/artifactRef/properties/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema25.properties.id,data:data5};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
var valid6 = _errs22 === errors;
}
}
else {
const err17 = {instancePath:instancePath+"/goldenImage",schemaPath:"#/$defs/artifactRef/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema25.type,parentSchema:schema25,data:data3};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
var valid5 = _errs17 === errors;
var _valid1 = _errs16 === errors;
valid4 = valid4 || _valid1;
if(_valid1){
var props1 = true;
}
const _errs24 = errors;
if(data3 !== null){
const err18 = {instancePath:instancePath+"/goldenImage",schemaPath:"#/properties/goldenImage/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema28.properties.goldenImage.anyOf[1].type,parentSchema:schema28.properties.goldenImage.anyOf[1],data:data3};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
const _errs25 = errors;
var _valid1 = _errs24 === errors;
valid4 = valid4 || _valid1;
if(_valid1){
}
if(!valid4){
const err19 = {instancePath:instancePath+"/goldenImage",schemaPath:"#/properties/goldenImage/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema28.properties.goldenImage.anyOf,parentSchema:schema28.properties.goldenImage,data:data3};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
else {
errors = _errs15;
if(vErrors !== null){
if(_errs15){
vErrors.length = _errs15;
}
else {
vErrors = null;
}
}
}
var valid0 = _errs14 === errors;
}
}
else {
const err20 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema28.type,parentSchema:schema28,data};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
validate14.errors = vErrors;
return errors === 0;
}
validate14.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema31 = {"description":"Install from an image inserted in the server's iLO virtual media (CD), booted once from CD, with a per-node answer file delivered in the second virtual media slot. The iLO is reached with a session OneView hands out: Phoenix holds no iLO credentials.","type":"object","additionalProperties":false,"required":["image","answerFile"],"properties":{"image":{"type":"object","additionalProperties":false,"required":["url","sha256"],"description":"The install ISO, at an HTTP(S) URL the iLOs can reach.","properties":{"url":{"type":"string","pattern":"^https?://[^\\s]+$","description":"HTTP(S) URL of the install ISO."},"sha256":{"type":"string","pattern":"^[0-9a-f]{64}$","description":"sha256 of the ISO (lowercase hex). Part of the spec hash; Phoenix reads the image and checks it before it touches a node that boots it."}}},"answerFile":{"type":"object","additionalProperties":false,"required":["template","kind"],"description":"The answer file template, rendered per node with the placeholders {name}, {fqdn}, {index}, {pool}, {site} ({{ and }} are literal braces) and {attr:NAME}, the node's attribute NAME; {secret:NAME} is replaced, only when the node's media are built, by the secret its reference names.","properties":{"template":{"type":"string","minLength":1,"description":"Path of the template file, relative to the declarations root."},"kind":{"enum":["kickstart","autoinstall","cloud-init","unattend"],"description":"kickstart (Anaconda: ks.cfg on an OEMDRV volume), autoinstall or cloud-init (Ubuntu: user-data and meta-data on a CIDATA volume), unattend (Windows: autounattend.xml)."},"secrets":{"description":"Secrets the template uses as {secret:NAME}: references only, resolved where Phoenix runs, never in Git, plans, logs or the spec hash.","type":"object","propertyNames":{"pattern":"^[A-Z][A-Z0-9_]*$"},"additionalProperties":{"$ref":"#/$defs/credentialRef"}}}}}};
const pattern21 = new RegExp("^https?://[^\\s]+$", "u");
const pattern22 = new RegExp("^[0-9a-f]{64}$", "u");
const pattern23 = new RegExp("^[A-Z][A-Z0-9_]*$", "u");

function validate16(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate16.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs0 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.image === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "image"},message:"must have required property '"+"image"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.answerFile === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "answerFile"},message:"must have required property '"+"answerFile"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
const _errs1 = errors;
for(const key0 in data){
if(!((key0 === "image") || (key0 === "answerFile"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.image !== undefined){
let data0 = data.image;
const _errs2 = errors;
const _errs3 = errors;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.url === undefined){
const err3 = {instancePath:instancePath+"/image",schemaPath:"#/properties/image/required",keyword:"required",params:{missingProperty: "url"},message:"must have required property '"+"url"+"'",schema:schema31.properties.image.required,parentSchema:schema31.properties.image,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data0.sha256 === undefined){
const err4 = {instancePath:instancePath+"/image",schemaPath:"#/properties/image/required",keyword:"required",params:{missingProperty: "sha256"},message:"must have required property '"+"sha256"+"'",schema:schema31.properties.image.required,parentSchema:schema31.properties.image,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
const _errs4 = errors;
for(const key1 in data0){
if(!((key1 === "url") || (key1 === "sha256"))){
const err5 = {instancePath:instancePath+"/image",schemaPath:"#/properties/image/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.image,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data0.url !== undefined){
let data1 = data0.url;
const _errs5 = errors;
const _errs6 = errors;
if(typeof data1 === "string"){
if(!pattern21.test(data1)){
const err6 = {instancePath:instancePath+"/image/url",schemaPath:"#/properties/image/properties/url/pattern",keyword:"pattern",params:{pattern: "^https?://[^\\s]+$"},message:"must match pattern \""+"^https?://[^\\s]+$"+"\"",schema:"^https?://[^\\s]+$",parentSchema:schema31.properties.image.properties.url,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/image/url",schemaPath:"#/properties/image/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.image.properties.url.type,parentSchema:schema31.properties.image.properties.url,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
var valid1 = _errs5 === errors;
}
if(data0.sha256 !== undefined){
let data2 = data0.sha256;
const _errs7 = errors;
const _errs8 = errors;
if(typeof data2 === "string"){
if(!pattern22.test(data2)){
const err8 = {instancePath:instancePath+"/image/sha256",schemaPath:"#/properties/image/properties/sha256/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{64}$"},message:"must match pattern \""+"^[0-9a-f]{64}$"+"\"",schema:"^[0-9a-f]{64}$",parentSchema:schema31.properties.image.properties.sha256,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/image/sha256",schemaPath:"#/properties/image/properties/sha256/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.image.properties.sha256.type,parentSchema:schema31.properties.image.properties.sha256,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
var valid1 = _errs7 === errors;
}
}
else {
const err10 = {instancePath:instancePath+"/image",schemaPath:"#/properties/image/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.image.type,parentSchema:schema31.properties.image,data:data0};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
var valid0 = _errs2 === errors;
}
if(data.answerFile !== undefined){
let data3 = data.answerFile;
const _errs9 = errors;
const _errs10 = errors;
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if(data3.template === undefined){
const err11 = {instancePath:instancePath+"/answerFile",schemaPath:"#/properties/answerFile/required",keyword:"required",params:{missingProperty: "template"},message:"must have required property '"+"template"+"'",schema:schema31.properties.answerFile.required,parentSchema:schema31.properties.answerFile,data:data3};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data3.kind === undefined){
const err12 = {instancePath:instancePath+"/answerFile",schemaPath:"#/properties/answerFile/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema31.properties.answerFile.required,parentSchema:schema31.properties.answerFile,data:data3};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
const _errs11 = errors;
for(const key2 in data3){
if(!(((key2 === "template") || (key2 === "kind")) || (key2 === "secrets"))){
const err13 = {instancePath:instancePath+"/answerFile",schemaPath:"#/properties/answerFile/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.answerFile,data:data3};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data3.template !== undefined){
let data4 = data3.template;
const _errs12 = errors;
const _errs13 = errors;
if(typeof data4 === "string"){
if(func0(data4) < 1){
const err14 = {instancePath:instancePath+"/answerFile/template",schemaPath:"#/properties/answerFile/properties/template/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.answerFile.properties.template,data:data4};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
else {
const err15 = {instancePath:instancePath+"/answerFile/template",schemaPath:"#/properties/answerFile/properties/template/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.answerFile.properties.template.type,parentSchema:schema31.properties.answerFile.properties.template,data:data4};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
var valid2 = _errs12 === errors;
}
if(data3.kind !== undefined){
let data5 = data3.kind;
const _errs14 = errors;
const vSchema0 = schema31.properties.answerFile.properties.kind.enum;
if(!((((data5 === "kickstart") || (data5 === "autoinstall")) || (data5 === "cloud-init")) || (data5 === "unattend"))){
const err16 = {instancePath:instancePath+"/answerFile/kind",schemaPath:"#/properties/answerFile/properties/kind/enum",keyword:"enum",params:{allowedValues: schema31.properties.answerFile.properties.kind.enum},message:"must be equal to one of the allowed values",schema:schema31.properties.answerFile.properties.kind.enum,parentSchema:schema31.properties.answerFile.properties.kind,data:data5};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
var valid2 = _errs14 === errors;
}
if(data3.secrets !== undefined){
let data6 = data3.secrets;
const _errs15 = errors;
const _errs16 = errors;
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
for(const key3 in data6){
const _errs17 = errors;
if(typeof key3 === "string"){
if(!pattern23.test(key3)){
const err17 = {instancePath:instancePath+"/answerFile/secrets",schemaPath:"#/properties/answerFile/properties/secrets/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[A-Z][A-Z0-9_]*$"},message:"must match pattern \""+"^[A-Z][A-Z0-9_]*$"+"\"",schema:"^[A-Z][A-Z0-9_]*$",parentSchema:schema31.properties.answerFile.properties.secrets.propertyNames,data:key3,propertyName:key3};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
var valid3 = _errs17 === errors;
if(!valid3){
const err18 = {instancePath:instancePath+"/answerFile/secrets",schemaPath:"#/properties/answerFile/properties/secrets/propertyNames",keyword:"propertyNames",params:{propertyName: key3},message:"property name must be valid",schema:schema31.properties.answerFile.properties.secrets.propertyNames,parentSchema:schema31.properties.answerFile.properties.secrets,data:data6};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
const _errs18 = errors;
for(const key4 in data6){
let data7 = data6[key4];
const _errs19 = errors;
const _errs20 = errors;
const _errs21 = errors;
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
if(Object.keys(data7).length > 1){
const err19 = {instancePath:instancePath+"/answerFile/secrets/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/credentialRef/maxProperties",keyword:"maxProperties",params:{limit: 1},message:"must NOT have more than 1 properties",schema:1,parentSchema:schema5,data:data7};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(Object.keys(data7).length < 1){
const err20 = {instancePath:instancePath+"/answerFile/secrets/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/credentialRef/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema5,data:data7};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
const _errs22 = errors;
for(const key5 in data7){
if(!((key5 === "env") || (key5 === "file"))){
const err21 = {instancePath:instancePath+"/answerFile/secrets/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/credentialRef/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties",schema:false,parentSchema:schema5,data:data7};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data7.env !== undefined){
let data8 = data7.env;
const _errs23 = errors;
const _errs24 = errors;
if(typeof data8 === "string"){
if(!pattern2.test(data8)){
const err22 = {instancePath:instancePath+"/answerFile/secrets/" + key4.replace(/~/g, "~0").replace(/\//g, "~1")+"/env",schemaPath:"#/$defs/credentialRef/properties/env/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*$"+"\"",schema:"^[A-Za-z_][A-Za-z0-9_]*$",parentSchema:schema5.properties.env,data:data8};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
else {
const err23 = {instancePath:instancePath+"/answerFile/secrets/" + key4.replace(/~/g, "~0").replace(/\//g, "~1")+"/env",schemaPath:"#/$defs/credentialRef/properties/env/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema5.properties.env.type,parentSchema:schema5.properties.env,data:data8};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
var valid6 = _errs23 === errors;
}
if(data7.file !== undefined){
let data9 = data7.file;
const _errs25 = errors;
const _errs26 = errors;
if(typeof data9 === "string"){
if(func0(data9) < 1){
const err24 = {instancePath:instancePath+"/answerFile/secrets/" + key4.replace(/~/g, "~0").replace(/\//g, "~1")+"/file",schemaPath:"#/$defs/credentialRef/properties/file/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema5.properties.file,data:data9};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if(!pattern3.test(data9)){
const err25 = {instancePath:instancePath+"/answerFile/secrets/" + key4.replace(/~/g, "~0").replace(/\//g, "~1")+"/file",schemaPath:"#/$defs/credentialRef/properties/file/pattern",keyword:"pattern",params:{pattern: "^/"},message:"must match pattern \""+"^/"+"\"",schema:"^/",parentSchema:schema5.properties.file,data:data9};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
else {
const err26 = {instancePath:instancePath+"/answerFile/secrets/" + key4.replace(/~/g, "~0").replace(/\//g, "~1")+"/file",schemaPath:"#/$defs/credentialRef/properties/file/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema5.properties.file.type,parentSchema:schema5.properties.file,data:data9};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
var valid6 = _errs25 === errors;
}
}
else {
const err27 = {instancePath:instancePath+"/answerFile/secrets/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/credentialRef/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema5.type,parentSchema:schema5,data:data7};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
var valid5 = _errs20 === errors;
var valid4 = _errs19 === errors;
}
}
else {
const err28 = {instancePath:instancePath+"/answerFile/secrets",schemaPath:"#/properties/answerFile/properties/secrets/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.answerFile.properties.secrets.type,parentSchema:schema31.properties.answerFile.properties.secrets,data:data6};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
var valid2 = _errs15 === errors;
}
}
else {
const err29 = {instancePath:instancePath+"/answerFile",schemaPath:"#/properties/answerFile/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.answerFile.type,parentSchema:schema31.properties.answerFile,data:data3};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
var valid0 = _errs9 === errors;
}
}
else {
const err30 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.type,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
validate16.errors = vErrors;
return errors === 0;
}
validate16.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate13(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate13.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs0 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(Object.keys(data).length < 1){
const err0 = {instancePath,schemaPath:"#/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema27,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
const _errs1 = errors;
for(const key0 in data){
if(!((key0 === "imageStreamer") || (key0 === "virtualMedia"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema27,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.imageStreamer !== undefined){
let data0 = data.imageStreamer;
const _errs2 = errors;
const _errs3 = errors;
let valid1 = false;
const _errs4 = errors;
if(!(validate14(data0, {instancePath:instancePath+"/imageStreamer",parentData:data,parentDataProperty:"imageStreamer",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate14.errors : vErrors.concat(validate14.errors);
errors = vErrors.length;
}
else {
}
var _valid0 = _errs4 === errors;
valid1 = valid1 || _valid0;
if(_valid0){
var props0 = true;
}
const _errs5 = errors;
if(data0 !== null){
const err2 = {instancePath:instancePath+"/imageStreamer",schemaPath:"#/properties/imageStreamer/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema27.properties.imageStreamer.anyOf[1].type,parentSchema:schema27.properties.imageStreamer.anyOf[1],data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
const _errs6 = errors;
var _valid0 = _errs5 === errors;
valid1 = valid1 || _valid0;
if(_valid0){
}
if(!valid1){
const err3 = {instancePath:instancePath+"/imageStreamer",schemaPath:"#/properties/imageStreamer/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema27.properties.imageStreamer.anyOf,parentSchema:schema27.properties.imageStreamer,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
else {
errors = _errs3;
if(vErrors !== null){
if(_errs3){
vErrors.length = _errs3;
}
else {
vErrors = null;
}
}
}
var valid0 = _errs2 === errors;
}
if(data.virtualMedia !== undefined){
let data1 = data.virtualMedia;
const _errs7 = errors;
const _errs8 = errors;
let valid2 = false;
const _errs9 = errors;
if(!(validate16(data1, {instancePath:instancePath+"/virtualMedia",parentData:data,parentDataProperty:"virtualMedia",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate16.errors : vErrors.concat(validate16.errors);
errors = vErrors.length;
}
else {
}
var _valid1 = _errs9 === errors;
valid2 = valid2 || _valid1;
if(_valid1){
var props1 = true;
}
const _errs10 = errors;
if(data1 !== null){
const err4 = {instancePath:instancePath+"/virtualMedia",schemaPath:"#/properties/virtualMedia/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema27.properties.virtualMedia.anyOf[1].type,parentSchema:schema27.properties.virtualMedia.anyOf[1],data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
const _errs11 = errors;
var _valid1 = _errs10 === errors;
valid2 = valid2 || _valid1;
if(_valid1){
}
if(!valid2){
const err5 = {instancePath:instancePath+"/virtualMedia",schemaPath:"#/properties/virtualMedia/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema27.properties.virtualMedia.anyOf,parentSchema:schema27.properties.virtualMedia,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
else {
errors = _errs8;
if(vErrors !== null){
if(_errs8){
vErrors.length = _errs8;
}
else {
vErrors = null;
}
}
}
var valid0 = _errs7 === errors;
}
}
else {
const err6 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema27.type,parentSchema:schema27,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
validate13.errors = vErrors;
return errors === 0;
}
validate13.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate19(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate19.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs0 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
const _errs1 = errors;
for(const key0 in data){
if(!(((key0 === "checks") || (key0 === "stableFor")) || (key0 === "timeout"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema10,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.checks !== undefined){
let data0 = data.checks;
const _errs2 = errors;
if((!(Array.isArray(data0))) && (data0 !== null)){
const err1 = {instancePath:instancePath+"/checks",schemaPath:"#/properties/checks/type",keyword:"type",params:{type: schema10.properties.checks.type},message:"must be array,null",schema:schema10.properties.checks.type,parentSchema:schema10.properties.checks,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
const _errs3 = errors;
if(Array.isArray(data0)){
let valid2 = true;
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
const _errs4 = errors;
const _errs5 = errors;
const _errs6 = errors;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.name === undefined){
const err2 = {instancePath:instancePath+"/checks/" + i0,schemaPath:"#/$defs/verifyCheck/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema11.required,parentSchema:schema11,data:data1};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
const _errs7 = errors;
for(const key1 in data1){
if(!(((((((key1 === "name") || (key1 === "type")) || (key1 === "service")) || (key1 === "host")) || (key1 === "port")) || (key1 === "url")) || (key1 === "expectStatus"))){
const err3 = {instancePath:instancePath+"/checks/" + i0,schemaPath:"#/$defs/verifyCheck/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema11,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data1.name !== undefined){
let data2 = data1.name;
const _errs8 = errors;
const _errs9 = errors;
if(typeof data2 === "string"){
if(!pattern0.test(data2)){
const err4 = {instancePath:instancePath+"/checks/" + i0+"/name",schemaPath:"#/$defs/verifyCheck/properties/name/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$"},message:"must match pattern \""+"^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$"+"\"",schema:"^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$",parentSchema:schema11.properties.name,data:data2};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/checks/" + i0+"/name",schemaPath:"#/$defs/verifyCheck/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.name.type,parentSchema:schema11.properties.name,data:data2};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
var valid4 = _errs8 === errors;
}
if(data1.type !== undefined){
let data3 = data1.type;
const _errs10 = errors;
const vSchema0 = schema11.properties.type.enum;
if(!((((data3 === "consul") || (data3 === "tcp")) || (data3 === "http")) || (data3 === null))){
const err6 = {instancePath:instancePath+"/checks/" + i0+"/type",schemaPath:"#/$defs/verifyCheck/properties/type/enum",keyword:"enum",params:{allowedValues: schema11.properties.type.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.type.enum,parentSchema:schema11.properties.type,data:data3};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
var valid4 = _errs10 === errors;
}
if(data1.service !== undefined){
let data4 = data1.service;
const _errs11 = errors;
if((typeof data4 !== "string") && (data4 !== null)){
const err7 = {instancePath:instancePath+"/checks/" + i0+"/service",schemaPath:"#/$defs/verifyCheck/properties/service/type",keyword:"type",params:{type: schema11.properties.service.type},message:"must be string,null",schema:schema11.properties.service.type,parentSchema:schema11.properties.service,data:data4};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
const _errs12 = errors;
if(typeof data4 === "string"){
if(func0(data4) < 1){
const err8 = {instancePath:instancePath+"/checks/" + i0+"/service",schemaPath:"#/$defs/verifyCheck/properties/service/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.service,data:data4};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
var valid4 = _errs11 === errors;
}
if(data1.host !== undefined){
let data5 = data1.host;
const _errs13 = errors;
if((typeof data5 !== "string") && (data5 !== null)){
const err9 = {instancePath:instancePath+"/checks/" + i0+"/host",schemaPath:"#/$defs/verifyCheck/properties/host/type",keyword:"type",params:{type: schema11.properties.host.type},message:"must be string,null",schema:schema11.properties.host.type,parentSchema:schema11.properties.host,data:data5};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
const _errs14 = errors;
if(typeof data5 === "string"){
if(func0(data5) < 1){
const err10 = {instancePath:instancePath+"/checks/" + i0+"/host",schemaPath:"#/$defs/verifyCheck/properties/host/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.host,data:data5};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
var valid4 = _errs13 === errors;
}
if(data1.port !== undefined){
let data6 = data1.port;
const _errs15 = errors;
if((!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))) && (data6 !== null)){
const err11 = {instancePath:instancePath+"/checks/" + i0+"/port",schemaPath:"#/$defs/verifyCheck/properties/port/type",keyword:"type",params:{type: schema11.properties.port.type},message:"must be integer,null",schema:schema11.properties.port.type,parentSchema:schema11.properties.port,data:data6};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
const _errs16 = errors;
if((typeof data6 == "number") && (isFinite(data6))){
if(data6 > 65535 || isNaN(data6)){
const err12 = {instancePath:instancePath+"/checks/" + i0+"/port",schemaPath:"#/$defs/verifyCheck/properties/port/maximum",keyword:"maximum",params:{comparison: "<=", limit: 65535},message:"must be <= 65535",schema:65535,parentSchema:schema11.properties.port,data:data6};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data6 < 1 || isNaN(data6)){
const err13 = {instancePath:instancePath+"/checks/" + i0+"/port",schemaPath:"#/$defs/verifyCheck/properties/port/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema11.properties.port,data:data6};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
var valid4 = _errs15 === errors;
}
if(data1.url !== undefined){
let data7 = data1.url;
const _errs17 = errors;
if((typeof data7 !== "string") && (data7 !== null)){
const err14 = {instancePath:instancePath+"/checks/" + i0+"/url",schemaPath:"#/$defs/verifyCheck/properties/url/type",keyword:"type",params:{type: schema11.properties.url.type},message:"must be string,null",schema:schema11.properties.url.type,parentSchema:schema11.properties.url,data:data7};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
const _errs18 = errors;
if(typeof data7 === "string"){
if(!pattern8.test(data7)){
const err15 = {instancePath:instancePath+"/checks/" + i0+"/url",schemaPath:"#/$defs/verifyCheck/properties/url/pattern",keyword:"pattern",params:{pattern: "^https?://"},message:"must match pattern \""+"^https?://"+"\"",schema:"^https?://",parentSchema:schema11.properties.url,data:data7};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
var valid4 = _errs17 === errors;
}
if(data1.expectStatus !== undefined){
let data8 = data1.expectStatus;
const _errs19 = errors;
if((!(((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8))) && (isFinite(data8)))) && (data8 !== null)){
const err16 = {instancePath:instancePath+"/checks/" + i0+"/expectStatus",schemaPath:"#/$defs/verifyCheck/properties/expectStatus/type",keyword:"type",params:{type: schema11.properties.expectStatus.type},message:"must be integer,null",schema:schema11.properties.expectStatus.type,parentSchema:schema11.properties.expectStatus,data:data8};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
const _errs20 = errors;
if((typeof data8 == "number") && (isFinite(data8))){
if(data8 > 599 || isNaN(data8)){
const err17 = {instancePath:instancePath+"/checks/" + i0+"/expectStatus",schemaPath:"#/$defs/verifyCheck/properties/expectStatus/maximum",keyword:"maximum",params:{comparison: "<=", limit: 599},message:"must be <= 599",schema:599,parentSchema:schema11.properties.expectStatus,data:data8};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(data8 < 100 || isNaN(data8)){
const err18 = {instancePath:instancePath+"/checks/" + i0+"/expectStatus",schemaPath:"#/$defs/verifyCheck/properties/expectStatus/minimum",keyword:"minimum",params:{comparison: ">=", limit: 100},message:"must be >= 100",schema:100,parentSchema:schema11.properties.expectStatus,data:data8};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
var valid4 = _errs19 === errors;
}
}
else {
const err19 = {instancePath:instancePath+"/checks/" + i0,schemaPath:"#/$defs/verifyCheck/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.type,parentSchema:schema11,data:data1};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
var valid3 = _errs5 === errors;
var valid1 = _errs4 === errors;
if(!valid1){
valid2 = false;
}
}
}
var valid0 = _errs2 === errors;
}
if(data.stableFor !== undefined){
let data9 = data.stableFor;
const _errs21 = errors;
const _errs22 = errors;
let valid5 = false;
const _errs23 = errors;
const _errs24 = errors;
const _errs25 = errors;
if(typeof data9 === "string"){
if(!pattern12.test(data9)){
const err20 = {instancePath:instancePath+"/stableFor",schemaPath:"#/$defs/duration/pattern",keyword:"pattern",params:{pattern: "^([0-9]+(ms|s|m|h|d))+$"},message:"must match pattern \""+"^([0-9]+(ms|s|m|h|d))+$"+"\"",schema:"^([0-9]+(ms|s|m|h|d))+$",parentSchema:schema12,data:data9};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
else {
const err21 = {instancePath:instancePath+"/stableFor",schemaPath:"#/$defs/duration/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.type,parentSchema:schema12,data:data9};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
var valid6 = _errs24 === errors;
var _valid0 = _errs23 === errors;
valid5 = valid5 || _valid0;
if(_valid0){
}
const _errs26 = errors;
if(data9 !== null){
const err22 = {instancePath:instancePath+"/stableFor",schemaPath:"#/properties/stableFor/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema10.properties.stableFor.anyOf[1].type,parentSchema:schema10.properties.stableFor.anyOf[1],data:data9};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
const _errs27 = errors;
var _valid0 = _errs26 === errors;
valid5 = valid5 || _valid0;
if(_valid0){
}
if(!valid5){
const err23 = {instancePath:instancePath+"/stableFor",schemaPath:"#/properties/stableFor/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema10.properties.stableFor.anyOf,parentSchema:schema10.properties.stableFor,data:data9};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
else {
errors = _errs22;
if(vErrors !== null){
if(_errs22){
vErrors.length = _errs22;
}
else {
vErrors = null;
}
}
}
var valid0 = _errs21 === errors;
}
if(data.timeout !== undefined){
let data10 = data.timeout;
const _errs28 = errors;
const _errs29 = errors;
let valid7 = false;
const _errs30 = errors;
const _errs31 = errors;
const _errs32 = errors;
if(typeof data10 === "string"){
if(!pattern12.test(data10)){
const err24 = {instancePath:instancePath+"/timeout",schemaPath:"#/$defs/duration/pattern",keyword:"pattern",params:{pattern: "^([0-9]+(ms|s|m|h|d))+$"},message:"must match pattern \""+"^([0-9]+(ms|s|m|h|d))+$"+"\"",schema:"^([0-9]+(ms|s|m|h|d))+$",parentSchema:schema12,data:data10};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
else {
const err25 = {instancePath:instancePath+"/timeout",schemaPath:"#/$defs/duration/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.type,parentSchema:schema12,data:data10};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
var valid8 = _errs31 === errors;
var _valid1 = _errs30 === errors;
valid7 = valid7 || _valid1;
if(_valid1){
}
const _errs33 = errors;
if(data10 !== null){
const err26 = {instancePath:instancePath+"/timeout",schemaPath:"#/properties/timeout/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema10.properties.timeout.anyOf[1].type,parentSchema:schema10.properties.timeout.anyOf[1],data:data10};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
const _errs34 = errors;
var _valid1 = _errs33 === errors;
valid7 = valid7 || _valid1;
if(_valid1){
}
if(!valid7){
const err27 = {instancePath:instancePath+"/timeout",schemaPath:"#/properties/timeout/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema10.properties.timeout.anyOf,parentSchema:schema10.properties.timeout,data:data10};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
else {
errors = _errs29;
if(vErrors !== null){
if(_errs29){
vErrors.length = _errs29;
}
else {
vErrors = null;
}
}
}
var valid0 = _errs28 === errors;
}
}
else {
const err28 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema10.type,parentSchema:schema10,data};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
validate19.errors = vErrors;
return errors === 0;
}
validate19.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate21(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate21.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs0 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
const _errs1 = errors;
for(const key0 in data){
if(!(((key0 === "maxUnavailable") || (key0 === "maxSurge")) || (key0 === "maxInFlight"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema14,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.maxUnavailable !== undefined){
let data0 = data.maxUnavailable;
const _errs2 = errors;
const _errs3 = errors;
let valid1 = false;
const _errs4 = errors;
const _errs5 = errors;
if((!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))) && (typeof data0 !== "string")){
const err1 = {instancePath:instancePath+"/maxUnavailable",schemaPath:"#/$defs/countOrPercent/type",keyword:"type",params:{type: schema15.type},message:"must be integer,string",schema:schema15.type,parentSchema:schema15,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
const _errs6 = errors;
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 < 0 || isNaN(data0)){
const err2 = {instancePath:instancePath+"/maxUnavailable",schemaPath:"#/$defs/countOrPercent/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema15,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(typeof data0 === "string"){
if(!pattern14.test(data0)){
const err3 = {instancePath:instancePath+"/maxUnavailable",schemaPath:"#/$defs/countOrPercent/pattern",keyword:"pattern",params:{pattern: "^(100|[1-9]?[0-9])%$"},message:"must match pattern \""+"^(100|[1-9]?[0-9])%$"+"\"",schema:"^(100|[1-9]?[0-9])%$",parentSchema:schema15,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
var valid2 = _errs5 === errors;
var _valid0 = _errs4 === errors;
valid1 = valid1 || _valid0;
if(_valid0){
}
const _errs7 = errors;
if(data0 !== null){
const err4 = {instancePath:instancePath+"/maxUnavailable",schemaPath:"#/properties/maxUnavailable/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema14.properties.maxUnavailable.anyOf[1].type,parentSchema:schema14.properties.maxUnavailable.anyOf[1],data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
const _errs8 = errors;
var _valid0 = _errs7 === errors;
valid1 = valid1 || _valid0;
if(_valid0){
}
if(!valid1){
const err5 = {instancePath:instancePath+"/maxUnavailable",schemaPath:"#/properties/maxUnavailable/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema14.properties.maxUnavailable.anyOf,parentSchema:schema14.properties.maxUnavailable,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
else {
errors = _errs3;
if(vErrors !== null){
if(_errs3){
vErrors.length = _errs3;
}
else {
vErrors = null;
}
}
}
var valid0 = _errs2 === errors;
}
if(data.maxSurge !== undefined){
let data1 = data.maxSurge;
const _errs9 = errors;
const _errs10 = errors;
let valid3 = false;
const _errs11 = errors;
const _errs12 = errors;
if((!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))) && (typeof data1 !== "string")){
const err6 = {instancePath:instancePath+"/maxSurge",schemaPath:"#/$defs/countOrPercent/type",keyword:"type",params:{type: schema15.type},message:"must be integer,string",schema:schema15.type,parentSchema:schema15,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
const _errs13 = errors;
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 < 0 || isNaN(data1)){
const err7 = {instancePath:instancePath+"/maxSurge",schemaPath:"#/$defs/countOrPercent/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema15,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(typeof data1 === "string"){
if(!pattern14.test(data1)){
const err8 = {instancePath:instancePath+"/maxSurge",schemaPath:"#/$defs/countOrPercent/pattern",keyword:"pattern",params:{pattern: "^(100|[1-9]?[0-9])%$"},message:"must match pattern \""+"^(100|[1-9]?[0-9])%$"+"\"",schema:"^(100|[1-9]?[0-9])%$",parentSchema:schema15,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
var valid4 = _errs12 === errors;
var _valid1 = _errs11 === errors;
valid3 = valid3 || _valid1;
if(_valid1){
}
const _errs14 = errors;
if(data1 !== null){
const err9 = {instancePath:instancePath+"/maxSurge",schemaPath:"#/properties/maxSurge/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema14.properties.maxSurge.anyOf[1].type,parentSchema:schema14.properties.maxSurge.anyOf[1],data:data1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
const _errs15 = errors;
var _valid1 = _errs14 === errors;
valid3 = valid3 || _valid1;
if(_valid1){
}
if(!valid3){
const err10 = {instancePath:instancePath+"/maxSurge",schemaPath:"#/properties/maxSurge/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema14.properties.maxSurge.anyOf,parentSchema:schema14.properties.maxSurge,data:data1};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
else {
errors = _errs10;
if(vErrors !== null){
if(_errs10){
vErrors.length = _errs10;
}
else {
vErrors = null;
}
}
}
var valid0 = _errs9 === errors;
}
if(data.maxInFlight !== undefined){
let data2 = data.maxInFlight;
const _errs16 = errors;
const _errs17 = errors;
let valid5 = false;
const _errs18 = errors;
const _errs19 = errors;
if((!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))) && (typeof data2 !== "string")){
const err11 = {instancePath:instancePath+"/maxInFlight",schemaPath:"#/$defs/countOrPercent/type",keyword:"type",params:{type: schema15.type},message:"must be integer,string",schema:schema15.type,parentSchema:schema15,data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
const _errs20 = errors;
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 0 || isNaN(data2)){
const err12 = {instancePath:instancePath+"/maxInFlight",schemaPath:"#/$defs/countOrPercent/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema15,data:data2};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(typeof data2 === "string"){
if(!pattern14.test(data2)){
const err13 = {instancePath:instancePath+"/maxInFlight",schemaPath:"#/$defs/countOrPercent/pattern",keyword:"pattern",params:{pattern: "^(100|[1-9]?[0-9])%$"},message:"must match pattern \""+"^(100|[1-9]?[0-9])%$"+"\"",schema:"^(100|[1-9]?[0-9])%$",parentSchema:schema15,data:data2};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
var valid6 = _errs19 === errors;
var _valid2 = _errs18 === errors;
valid5 = valid5 || _valid2;
if(_valid2){
}
const _errs21 = errors;
if(data2 !== null){
const err14 = {instancePath:instancePath+"/maxInFlight",schemaPath:"#/properties/maxInFlight/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema14.properties.maxInFlight.anyOf[1].type,parentSchema:schema14.properties.maxInFlight.anyOf[1],data:data2};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
const _errs22 = errors;
var _valid2 = _errs21 === errors;
valid5 = valid5 || _valid2;
if(_valid2){
}
if(!valid5){
const err15 = {instancePath:instancePath+"/maxInFlight",schemaPath:"#/properties/maxInFlight/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema14.properties.maxInFlight.anyOf,parentSchema:schema14.properties.maxInFlight,data:data2};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
else {
errors = _errs17;
if(vErrors !== null){
if(_errs17){
vErrors.length = _errs17;
}
else {
vErrors = null;
}
}
}
var valid0 = _errs16 === errors;
}
}
else {
const err16 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema14.type,parentSchema:schema14,data};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
validate21.errors = vErrors;
return errors === 0;
}
validate21.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const func11 = Object.prototype.hasOwnProperty;

function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate10.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs0 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.apiVersion === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "apiVersion"},message:"must have required property '"+"apiVersion"+"'",schema:schema20.required,parentSchema:schema20,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.kind === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema20.required,parentSchema:schema20,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.metadata === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "metadata"},message:"must have required property '"+"metadata"+"'",schema:schema20.required,parentSchema:schema20,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.spec === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "spec"},message:"must have required property '"+"spec"+"'",schema:schema20.required,parentSchema:schema20,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
const _errs1 = errors;
for(const key0 in data){
if(!((((key0 === "apiVersion") || (key0 === "kind")) || (key0 === "metadata")) || (key0 === "spec"))){
const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema20,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.apiVersion !== undefined){
let data0 = data.apiVersion;
const _errs2 = errors;
const _errs3 = errors;
if("phoenix/v1alpha1" !== data0){
const err5 = {instancePath:instancePath+"/apiVersion",schemaPath:"definitions.schema.json#/$defs/apiVersion/const",keyword:"const",params:{allowedValue: "phoenix/v1alpha1"},message:"must be equal to constant",schema:"phoenix/v1alpha1",parentSchema:schema2,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
var valid1 = _errs3 === errors;
var valid0 = _errs2 === errors;
}
if(data.kind !== undefined){
let data1 = data.kind;
const _errs4 = errors;
if("Plan" !== data1){
const err6 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/const",keyword:"const",params:{allowedValue: "Plan"},message:"must be equal to constant",schema:"Plan",parentSchema:schema20.properties.kind,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
var valid0 = _errs4 === errors;
}
if(data.metadata !== undefined){
let data2 = data.metadata;
const _errs5 = errors;
if(!(validate11(data2, {instancePath:instancePath+"/metadata",parentData:data,parentDataProperty:"metadata",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
errors = vErrors.length;
}
else {
}
var valid0 = _errs5 === errors;
}
if(data.spec !== undefined){
let data3 = data.spec;
const _errs6 = errors;
const _errs7 = errors;
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
const _errs8 = errors;
for(const key1 in data3){
if(!(func11.call(schema20.properties.spec.properties, key1))){
const err7 = {instancePath:instancePath+"/spec",schemaPath:"#/properties/spec/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema20.properties.spec,data:data3};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data3.extends !== undefined){
let data4 = data3.extends;
const _errs9 = errors;
const _errs10 = errors;
const _errs11 = errors;
if(typeof data4 === "string"){
if(!pattern0.test(data4)){
const err8 = {instancePath:instancePath+"/spec/extends",schemaPath:"definitions.schema.json#/$defs/name/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$"},message:"must match pattern \""+"^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$"+"\"",schema:"^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$",parentSchema:schema4,data:data4};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/spec/extends",schemaPath:"definitions.schema.json#/$defs/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema4.type,parentSchema:schema4,data:data4};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
var valid3 = _errs10 === errors;
var valid2 = _errs9 === errors;
}
if(data3.profileTemplate !== undefined){
let data5 = data3.profileTemplate;
const _errs12 = errors;
if((typeof data5 !== "string") && (data5 !== null)){
const err10 = {instancePath:instancePath+"/spec/profileTemplate",schemaPath:"#/properties/spec/properties/profileTemplate/type",keyword:"type",params:{type: schema20.properties.spec.properties.profileTemplate.type},message:"must be string,null",schema:schema20.properties.spec.properties.profileTemplate.type,parentSchema:schema20.properties.spec.properties.profileTemplate,data:data5};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
const _errs13 = errors;
if(typeof data5 === "string"){
if(func0(data5) < 1){
const err11 = {instancePath:instancePath+"/spec/profileTemplate",schemaPath:"#/properties/spec/properties/profileTemplate/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties.spec.properties.profileTemplate,data:data5};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
var valid2 = _errs12 === errors;
}
if(data3.deploymentPlan !== undefined){
let data6 = data3.deploymentPlan;
const _errs14 = errors;
const _errs15 = errors;
let valid4 = false;
const _errs16 = errors;
const _errs17 = errors;
const _errs18 = errors;
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if(data6.name === undefined){
const err12 = {instancePath:instancePath+"/spec/deploymentPlan",schemaPath:"definitions.schema.json#/$defs/artifactRef/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema25.required,parentSchema:schema25,data:data6};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
const _errs19 = errors;
for(const key2 in data6){
if(!((key2 === "name") || (key2 === "id"))){
const err13 = {instancePath:instancePath+"/spec/deploymentPlan",schemaPath:"definitions.schema.json#/$defs/artifactRef/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema25,data:data6};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data6.name !== undefined){
let data7 = data6.name;
const _errs20 = errors;
const _errs21 = errors;
if(typeof data7 === "string"){
if(func0(data7) < 1){
const err14 = {instancePath:instancePath+"/spec/deploymentPlan/name",schemaPath:"definitions.schema.json#/$defs/artifactRef/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema25.properties.name,data:data7};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
else {
const err15 = {instancePath:instancePath+"/spec/deploymentPlan/name",schemaPath:"definitions.schema.json#/$defs/artifactRef/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema25.properties.name.type,parentSchema:schema25.properties.name,data:data7};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
var valid6 = _errs20 === errors;
}
if(data6.id !== undefined){
let data8 = data6.id;
const _errs22 = errors;
if((typeof data8 !== "string") && (data8 !== null)){
const err16 = {instancePath:instancePath+"/spec/deploymentPlan/id",schemaPath:"definitions.schema.json#/$defs/artifactRef/properties/id/type",keyword:"type",params:{type: schema25.properties.id.type},message:"must be string,null",schema:schema25.properties.id.type,parentSchema:schema25.properties.id,data:data8};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
const _errs23 = errors;
if(typeof data8 === "string"){
if(func0(data8) < 1){
const err17 = {instancePath:instancePath+"/spec/deploymentPlan/id",schemaPath:"definitions.schema.json#/$defs/artifactRef/properties/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema25.properties.id,data:data8};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
var valid6 = _errs22 === errors;
}
}
else {
const err18 = {instancePath:instancePath+"/spec/deploymentPlan",schemaPath:"definitions.schema.json#/$defs/artifactRef/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema25.type,parentSchema:schema25,data:data6};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
var valid5 = _errs17 === errors;
var _valid0 = _errs16 === errors;
valid4 = valid4 || _valid0;
if(_valid0){
var props0 = true;
}
const _errs24 = errors;
if(data6 !== null){
const err19 = {instancePath:instancePath+"/spec/deploymentPlan",schemaPath:"#/properties/spec/properties/deploymentPlan/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema20.properties.spec.properties.deploymentPlan.anyOf[1].type,parentSchema:schema20.properties.spec.properties.deploymentPlan.anyOf[1],data:data6};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
const _errs25 = errors;
var _valid0 = _errs24 === errors;
valid4 = valid4 || _valid0;
if(_valid0){
}
if(!valid4){
const err20 = {instancePath:instancePath+"/spec/deploymentPlan",schemaPath:"#/properties/spec/properties/deploymentPlan/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema20.properties.spec.properties.deploymentPlan.anyOf,parentSchema:schema20.properties.spec.properties.deploymentPlan,data:data6};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
else {
errors = _errs15;
if(vErrors !== null){
if(_errs15){
vErrors.length = _errs15;
}
else {
vErrors = null;
}
}
}
var valid2 = _errs14 === errors;
}
if(data3.goldenImage !== undefined){
let data9 = data3.goldenImage;
const _errs26 = errors;
const _errs27 = errors;
let valid7 = false;
const _errs28 = errors;
const _errs29 = errors;
const _errs30 = errors;
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
if(data9.name === undefined){
const err21 = {instancePath:instancePath+"/spec/goldenImage",schemaPath:"definitions.schema.json#/$defs/artifactRef/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema25.required,parentSchema:schema25,data:data9};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
const _errs31 = errors;
for(const key3 in data9){
if(!((key3 === "name") || (key3 === "id"))){
const err22 = {instancePath:instancePath+"/spec/goldenImage",schemaPath:"definitions.schema.json#/$defs/artifactRef/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema25,data:data9};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data9.name !== undefined){
let data10 = data9.name;
const _errs32 = errors;
const _errs33 = errors;
if(typeof data10 === "string"){
if(func0(data10) < 1){
const err23 = {instancePath:instancePath+"/spec/goldenImage/name",schemaPath:"definitions.schema.json#/$defs/artifactRef/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema25.properties.name,data:data10};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
else {
const err24 = {instancePath:instancePath+"/spec/goldenImage/name",schemaPath:"definitions.schema.json#/$defs/artifactRef/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema25.properties.name.type,parentSchema:schema25.properties.name,data:data10};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
var valid9 = _errs32 === errors;
}
if(data9.id !== undefined){
let data11 = data9.id;
const _errs34 = errors;
if((typeof data11 !== "string") && (data11 !== null)){
const err25 = {instancePath:instancePath+"/spec/goldenImage/id",schemaPath:"definitions.schema.json#/$defs/artifactRef/properties/id/type",keyword:"type",params:{type: schema25.properties.id.type},message:"must be string,null",schema:schema25.properties.id.type,parentSchema:schema25.properties.id,data:data11};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
const _errs35 = errors;
if(typeof data11 === "string"){
if(func0(data11) < 1){
const err26 = {instancePath:instancePath+"/spec/goldenImage/id",schemaPath:"definitions.schema.json#/$defs/artifactRef/properties/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema25.properties.id,data:data11};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
var valid9 = _errs34 === errors;
}
}
else {
const err27 = {instancePath:instancePath+"/spec/goldenImage",schemaPath:"definitions.schema.json#/$defs/artifactRef/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema25.type,parentSchema:schema25,data:data9};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
var valid8 = _errs29 === errors;
var _valid1 = _errs28 === errors;
valid7 = valid7 || _valid1;
if(_valid1){
var props1 = true;
}
const _errs36 = errors;
if(data9 !== null){
const err28 = {instancePath:instancePath+"/spec/goldenImage",schemaPath:"#/properties/spec/properties/goldenImage/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema20.properties.spec.properties.goldenImage.anyOf[1].type,parentSchema:schema20.properties.spec.properties.goldenImage.anyOf[1],data:data9};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
const _errs37 = errors;
var _valid1 = _errs36 === errors;
valid7 = valid7 || _valid1;
if(_valid1){
}
if(!valid7){
const err29 = {instancePath:instancePath+"/spec/goldenImage",schemaPath:"#/properties/spec/properties/goldenImage/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema20.properties.spec.properties.goldenImage.anyOf,parentSchema:schema20.properties.spec.properties.goldenImage,data:data9};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
else {
errors = _errs27;
if(vErrors !== null){
if(_errs27){
vErrors.length = _errs27;
}
else {
vErrors = null;
}
}
}
var valid2 = _errs26 === errors;
}
if(data3.osDeployment !== undefined){
let data12 = data3.osDeployment;
const _errs38 = errors;
const _errs39 = errors;
let valid10 = false;
const _errs40 = errors;
if(!(validate13(data12, {instancePath:instancePath+"/spec/osDeployment",parentData:data3,parentDataProperty:"osDeployment",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate13.errors : vErrors.concat(validate13.errors);
errors = vErrors.length;
}
else {
}
var _valid2 = _errs40 === errors;
valid10 = valid10 || _valid2;
if(_valid2){
var props2 = true;
}
const _errs41 = errors;
if(data12 !== null){
const err30 = {instancePath:instancePath+"/spec/osDeployment",schemaPath:"#/properties/spec/properties/osDeployment/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema20.properties.spec.properties.osDeployment.anyOf[1].type,parentSchema:schema20.properties.spec.properties.osDeployment.anyOf[1],data:data12};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
const _errs42 = errors;
var _valid2 = _errs41 === errors;
valid10 = valid10 || _valid2;
if(_valid2){
}
if(!valid10){
const err31 = {instancePath:instancePath+"/spec/osDeployment",schemaPath:"#/properties/spec/properties/osDeployment/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema20.properties.spec.properties.osDeployment.anyOf,parentSchema:schema20.properties.spec.properties.osDeployment,data:data12};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
else {
errors = _errs39;
if(vErrors !== null){
if(_errs39){
vErrors.length = _errs39;
}
else {
vErrors = null;
}
}
}
var valid2 = _errs38 === errors;
}
if(data3.attributes !== undefined){
let data13 = data3.attributes;
const _errs43 = errors;
const _errs44 = errors;
let valid11 = false;
const _errs45 = errors;
const _errs46 = errors;
const _errs47 = errors;
if(data13 && typeof data13 == "object" && !Array.isArray(data13)){
for(const key4 in data13){
const _errs48 = errors;
if(typeof key4 === "string"){
if(!pattern9.test(key4)){
const err32 = {instancePath:instancePath+"/spec/attributes",schemaPath:"definitions.schema.json#/$defs/attributes/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*(\\.(connectionid|dhcp|ipv4disable|networkuri|constraint))?$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*(\\.(connectionid|dhcp|ipv4disable|networkuri|constraint))?$"+"\"",schema:"^[A-Za-z_][A-Za-z0-9_]*(\\.(connectionid|dhcp|ipv4disable|networkuri|constraint))?$",parentSchema:schema8.propertyNames,data:key4,propertyName:key4};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
var valid13 = _errs48 === errors;
if(!valid13){
const err33 = {instancePath:instancePath+"/spec/attributes",schemaPath:"definitions.schema.json#/$defs/attributes/propertyNames",keyword:"propertyNames",params:{propertyName: key4},message:"property name must be valid",schema:schema8.propertyNames,parentSchema:schema8,data:data13};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
const _errs49 = errors;
for(const key5 in data13){
let data14 = data13[key5];
const _errs50 = errors;
if((typeof data14 !== "string") && (data14 !== null)){
const err34 = {instancePath:instancePath+"/spec/attributes/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"definitions.schema.json#/$defs/attributes/additionalProperties/type",keyword:"type",params:{type: schema8.additionalProperties.type},message:"must be string,null",schema:schema8.additionalProperties.type,parentSchema:schema8.additionalProperties,data:data14};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
const _errs51 = errors;
var valid14 = _errs50 === errors;
}
}
else {
const err35 = {instancePath:instancePath+"/spec/attributes",schemaPath:"definitions.schema.json#/$defs/attributes/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema8.type,parentSchema:schema8,data:data13};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
var valid12 = _errs46 === errors;
var _valid3 = _errs45 === errors;
valid11 = valid11 || _valid3;
if(_valid3){
var props3 = true;
}
const _errs52 = errors;
if(data13 !== null){
const err36 = {instancePath:instancePath+"/spec/attributes",schemaPath:"#/properties/spec/properties/attributes/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema20.properties.spec.properties.attributes.anyOf[1].type,parentSchema:schema20.properties.spec.properties.attributes.anyOf[1],data:data13};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
const _errs53 = errors;
var _valid3 = _errs52 === errors;
valid11 = valid11 || _valid3;
if(_valid3){
}
if(!valid11){
const err37 = {instancePath:instancePath+"/spec/attributes",schemaPath:"#/properties/spec/properties/attributes/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema20.properties.spec.properties.attributes.anyOf,parentSchema:schema20.properties.spec.properties.attributes,data:data13};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
else {
errors = _errs44;
if(vErrors !== null){
if(_errs44){
vErrors.length = _errs44;
}
else {
vErrors = null;
}
}
}
var valid2 = _errs43 === errors;
}
if(data3.hardware !== undefined){
let data15 = data3.hardware;
const _errs54 = errors;
const _errs55 = errors;
let valid15 = false;
const _errs56 = errors;
const _errs57 = errors;
const _errs58 = errors;
if(data15 && typeof data15 == "object" && !Array.isArray(data15)){
const _errs59 = errors;
for(const key6 in data15){
if(!((((key6 === "serverHardwareType") || (key6 === "enclosureGroup")) || (key6 === "enclosures")) || (key6 === "spread"))){
const err38 = {instancePath:instancePath+"/spec/hardware",schemaPath:"definitions.schema.json#/$defs/hardwareSelector/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties",schema:false,parentSchema:schema9,data:data15};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
if(data15.serverHardwareType !== undefined){
let data16 = data15.serverHardwareType;
const _errs60 = errors;
if((typeof data16 !== "string") && (data16 !== null)){
const err39 = {instancePath:instancePath+"/spec/hardware/serverHardwareType",schemaPath:"definitions.schema.json#/$defs/hardwareSelector/properties/serverHardwareType/type",keyword:"type",params:{type: schema9.properties.serverHardwareType.type},message:"must be string,null",schema:schema9.properties.serverHardwareType.type,parentSchema:schema9.properties.serverHardwareType,data:data16};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
const _errs61 = errors;
if(typeof data16 === "string"){
if(func0(data16) < 1){
const err40 = {instancePath:instancePath+"/spec/hardware/serverHardwareType",schemaPath:"definitions.schema.json#/$defs/hardwareSelector/properties/serverHardwareType/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema9.properties.serverHardwareType,data:data16};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
var valid17 = _errs60 === errors;
}
if(data15.enclosureGroup !== undefined){
let data17 = data15.enclosureGroup;
const _errs62 = errors;
if((typeof data17 !== "string") && (data17 !== null)){
const err41 = {instancePath:instancePath+"/spec/hardware/enclosureGroup",schemaPath:"definitions.schema.json#/$defs/hardwareSelector/properties/enclosureGroup/type",keyword:"type",params:{type: schema9.properties.enclosureGroup.type},message:"must be string,null",schema:schema9.properties.enclosureGroup.type,parentSchema:schema9.properties.enclosureGroup,data:data17};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
const _errs63 = errors;
if(typeof data17 === "string"){
if(func0(data17) < 1){
const err42 = {instancePath:instancePath+"/spec/hardware/enclosureGroup",schemaPath:"definitions.schema.json#/$defs/hardwareSelector/properties/enclosureGroup/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema9.properties.enclosureGroup,data:data17};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
var valid17 = _errs62 === errors;
}
if(data15.enclosures !== undefined){
let data18 = data15.enclosures;
const _errs64 = errors;
if((!(Array.isArray(data18))) && (data18 !== null)){
const err43 = {instancePath:instancePath+"/spec/hardware/enclosures",schemaPath:"definitions.schema.json#/$defs/hardwareSelector/properties/enclosures/type",keyword:"type",params:{type: schema9.properties.enclosures.type},message:"must be array,null",schema:schema9.properties.enclosures.type,parentSchema:schema9.properties.enclosures,data:data18};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
const _errs65 = errors;
if(Array.isArray(data18)){
let valid19 = true;
const len0 = data18.length;
for(let i0=0; i0<len0; i0++){
let data19 = data18[i0];
const _errs66 = errors;
const _errs67 = errors;
if(typeof data19 === "string"){
if(func0(data19) < 1){
const err44 = {instancePath:instancePath+"/spec/hardware/enclosures/" + i0,schemaPath:"definitions.schema.json#/$defs/hardwareSelector/properties/enclosures/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema9.properties.enclosures.items,data:data19};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
else {
const err45 = {instancePath:instancePath+"/spec/hardware/enclosures/" + i0,schemaPath:"definitions.schema.json#/$defs/hardwareSelector/properties/enclosures/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema9.properties.enclosures.items.type,parentSchema:schema9.properties.enclosures.items,data:data19};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
var valid18 = _errs66 === errors;
if(!valid18){
valid19 = false;
}
}
let valid20;
let i1 = data18.length;
let j0;
valid20 = true;
if(i1 > 1){
const indices0 = {};
for(;i1--;){
let item0 = data18[i1];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err46 = {instancePath:instancePath+"/spec/hardware/enclosures",schemaPath:"definitions.schema.json#/$defs/hardwareSelector/properties/enclosures/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)",schema:true,parentSchema:schema9.properties.enclosures,data:data18};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
valid20 = false;
break;
}
indices0[item0] = i1;
}
}
}
var valid17 = _errs64 === errors;
}
if(data15.spread !== undefined){
let data20 = data15.spread;
const _errs68 = errors;
const vSchema0 = schema9.properties.spread.enum;
if(!(((data20 === "enclosure") || (data20 === "none")) || (data20 === null))){
const err47 = {instancePath:instancePath+"/spec/hardware/spread",schemaPath:"definitions.schema.json#/$defs/hardwareSelector/properties/spread/enum",keyword:"enum",params:{allowedValues: schema9.properties.spread.enum},message:"must be equal to one of the allowed values",schema:schema9.properties.spread.enum,parentSchema:schema9.properties.spread,data:data20};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
var valid17 = _errs68 === errors;
}
}
else {
const err48 = {instancePath:instancePath+"/spec/hardware",schemaPath:"definitions.schema.json#/$defs/hardwareSelector/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema9.type,parentSchema:schema9,data:data15};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
var valid16 = _errs57 === errors;
var _valid4 = _errs56 === errors;
valid15 = valid15 || _valid4;
if(_valid4){
var props4 = true;
}
const _errs69 = errors;
if(data15 !== null){
const err49 = {instancePath:instancePath+"/spec/hardware",schemaPath:"#/properties/spec/properties/hardware/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema20.properties.spec.properties.hardware.anyOf[1].type,parentSchema:schema20.properties.spec.properties.hardware.anyOf[1],data:data15};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
const _errs70 = errors;
var _valid4 = _errs69 === errors;
valid15 = valid15 || _valid4;
if(_valid4){
}
if(!valid15){
const err50 = {instancePath:instancePath+"/spec/hardware",schemaPath:"#/properties/spec/properties/hardware/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema20.properties.spec.properties.hardware.anyOf,parentSchema:schema20.properties.spec.properties.hardware,data:data15};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
else {
errors = _errs55;
if(vErrors !== null){
if(_errs55){
vErrors.length = _errs55;
}
else {
vErrors = null;
}
}
}
var valid2 = _errs54 === errors;
}
if(data3.verify !== undefined){
let data21 = data3.verify;
const _errs71 = errors;
const _errs72 = errors;
let valid21 = false;
const _errs73 = errors;
if(!(validate19(data21, {instancePath:instancePath+"/spec/verify",parentData:data3,parentDataProperty:"verify",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate19.errors : vErrors.concat(validate19.errors);
errors = vErrors.length;
}
else {
}
var _valid5 = _errs73 === errors;
valid21 = valid21 || _valid5;
if(_valid5){
var props5 = true;
}
const _errs74 = errors;
if(data21 !== null){
const err51 = {instancePath:instancePath+"/spec/verify",schemaPath:"#/properties/spec/properties/verify/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema20.properties.spec.properties.verify.anyOf[1].type,parentSchema:schema20.properties.spec.properties.verify.anyOf[1],data:data21};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
const _errs75 = errors;
var _valid5 = _errs74 === errors;
valid21 = valid21 || _valid5;
if(_valid5){
}
if(!valid21){
const err52 = {instancePath:instancePath+"/spec/verify",schemaPath:"#/properties/spec/properties/verify/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema20.properties.spec.properties.verify.anyOf,parentSchema:schema20.properties.spec.properties.verify,data:data21};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
else {
errors = _errs72;
if(vErrors !== null){
if(_errs72){
vErrors.length = _errs72;
}
else {
vErrors = null;
}
}
}
var valid2 = _errs71 === errors;
}
if(data3.rollout !== undefined){
let data22 = data3.rollout;
const _errs76 = errors;
const _errs77 = errors;
let valid22 = false;
const _errs78 = errors;
if(!(validate21(data22, {instancePath:instancePath+"/spec/rollout",parentData:data3,parentDataProperty:"rollout",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
else {
}
var _valid6 = _errs78 === errors;
valid22 = valid22 || _valid6;
if(_valid6){
var props6 = true;
}
const _errs79 = errors;
if(data22 !== null){
const err53 = {instancePath:instancePath+"/spec/rollout",schemaPath:"#/properties/spec/properties/rollout/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema20.properties.spec.properties.rollout.anyOf[1].type,parentSchema:schema20.properties.spec.properties.rollout.anyOf[1],data:data22};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
const _errs80 = errors;
var _valid6 = _errs79 === errors;
valid22 = valid22 || _valid6;
if(_valid6){
}
if(!valid22){
const err54 = {instancePath:instancePath+"/spec/rollout",schemaPath:"#/properties/spec/properties/rollout/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema20.properties.spec.properties.rollout.anyOf,parentSchema:schema20.properties.spec.properties.rollout,data:data22};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
else {
errors = _errs77;
if(vErrors !== null){
if(_errs77){
vErrors.length = _errs77;
}
else {
vErrors = null;
}
}
}
var valid2 = _errs76 === errors;
}
if(data3.remediation !== undefined){
let data23 = data3.remediation;
const _errs81 = errors;
const _errs82 = errors;
let valid23 = false;
const _errs83 = errors;
const _errs84 = errors;
const _errs85 = errors;
if(data23 && typeof data23 == "object" && !Array.isArray(data23)){
const _errs86 = errors;
for(const key7 in data23){
if(!((key7 === "enabled") || (key7 === "strategy"))){
const err55 = {instancePath:instancePath+"/spec/remediation",schemaPath:"definitions.schema.json#/$defs/remediation/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties",schema:false,parentSchema:schema18,data:data23};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
if(data23.enabled !== undefined){
let data24 = data23.enabled;
const _errs87 = errors;
if((typeof data24 !== "boolean") && (data24 !== null)){
const err56 = {instancePath:instancePath+"/spec/remediation/enabled",schemaPath:"definitions.schema.json#/$defs/remediation/properties/enabled/type",keyword:"type",params:{type: schema18.properties.enabled.type},message:"must be boolean,null",schema:schema18.properties.enabled.type,parentSchema:schema18.properties.enabled,data:data24};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
const _errs88 = errors;
var valid25 = _errs87 === errors;
}
if(data23.strategy !== undefined){
let data25 = data23.strategy;
const _errs89 = errors;
const vSchema1 = schema18.properties.strategy.enum;
if(!(((data25 === "recycle") || (data25 === "abandon")) || (data25 === null))){
const err57 = {instancePath:instancePath+"/spec/remediation/strategy",schemaPath:"definitions.schema.json#/$defs/remediation/properties/strategy/enum",keyword:"enum",params:{allowedValues: schema18.properties.strategy.enum},message:"must be equal to one of the allowed values",schema:schema18.properties.strategy.enum,parentSchema:schema18.properties.strategy,data:data25};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
var valid25 = _errs89 === errors;
}
}
else {
const err58 = {instancePath:instancePath+"/spec/remediation",schemaPath:"definitions.schema.json#/$defs/remediation/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema18.type,parentSchema:schema18,data:data23};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
var valid24 = _errs84 === errors;
var _valid7 = _errs83 === errors;
valid23 = valid23 || _valid7;
if(_valid7){
var props7 = true;
}
const _errs90 = errors;
if(data23 !== null){
const err59 = {instancePath:instancePath+"/spec/remediation",schemaPath:"#/properties/spec/properties/remediation/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema20.properties.spec.properties.remediation.anyOf[1].type,parentSchema:schema20.properties.spec.properties.remediation.anyOf[1],data:data23};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
const _errs91 = errors;
var _valid7 = _errs90 === errors;
valid23 = valid23 || _valid7;
if(_valid7){
}
if(!valid23){
const err60 = {instancePath:instancePath+"/spec/remediation",schemaPath:"#/properties/spec/properties/remediation/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema20.properties.spec.properties.remediation.anyOf,parentSchema:schema20.properties.spec.properties.remediation,data:data23};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
else {
errors = _errs82;
if(vErrors !== null){
if(_errs82){
vErrors.length = _errs82;
}
else {
vErrors = null;
}
}
}
var valid2 = _errs81 === errors;
}
}
else {
const err61 = {instancePath:instancePath+"/spec",schemaPath:"#/properties/spec/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema20.properties.spec.type,parentSchema:schema20.properties.spec,data:data3};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
var valid0 = _errs6 === errors;
}
}
else {
const err62 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema20.type,parentSchema:schema20,data};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
validate10.errors = vErrors;
return errors === 0;
}
validate10.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const NodePool = validate23;
const schema44 = {"$schema":"https://json-schema.org/draft/2020-12/schema","title":"NodePool","description":"Interchangeable nodes (cattle) built from one plan: names come from a pattern, hardware from a selector.","type":"object","additionalProperties":false,"required":["apiVersion","kind","metadata","spec"],"properties":{"apiVersion":{"$ref":"definitions.schema.json#/$defs/apiVersion"},"kind":{"const":"NodePool"},"metadata":{"$ref":"definitions.schema.json#/$defs/metadata"},"spec":{"type":"object","additionalProperties":false,"required":["plan","replicas","naming"],"properties":{"plan":{"description":"The plan every node of the pool runs.","$ref":"definitions.schema.json#/$defs/name"},"replicas":{"description":"Number of nodes.","type":"integer","minimum":0,"maximum":10000},"naming":{"type":"object","additionalProperties":false,"required":["pattern"],"properties":{"pattern":{"description":"Node names, e.g. \"k8s-w-{index:02}\"; placeholders {index}, {index:NN}, {pool}, {site}.","type":"string","minLength":1},"fqdn":{"description":"Fully qualified name of each node, e.g. \"{name}.example.org\".","type":"string","minLength":1},"startIndex":{"description":"First index (default 1).","type":"integer","minimum":0}}},"hardware":{"anyOf":[{"$ref":"definitions.schema.json#/$defs/hardwareSelector"},{"type":"null"}]},"attributes":{"anyOf":[{"$ref":"definitions.schema.json#/$defs/attributes"},{"type":"null"}]},"dependsOn":{"$ref":"definitions.schema.json#/$defs/dependsOn"},"verify":{"anyOf":[{"$ref":"definitions.schema.json#/$defs/verify"},{"type":"null"}]},"rollout":{"anyOf":[{"$ref":"definitions.schema.json#/$defs/rollout"},{"type":"null"}]},"remediation":{"anyOf":[{"$ref":"definitions.schema.json#/$defs/remediation"},{"type":"null"}]},"overrides":{"description":"Per-node settings, keyed by a generated node name.","type":"object","propertyNames":{"$ref":"definitions.schema.json#/$defs/name"},"additionalProperties":{"type":"object","additionalProperties":false,"properties":{"attributes":{"anyOf":[{"$ref":"definitions.schema.json#/$defs/attributes"},{"type":"null"}]},"protected":{"description":"Never recycle this node.","type":["boolean","null"]}}}}}}}};

function validate24(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate24.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs0 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.name === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema3.required,parentSchema:schema3,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
const _errs1 = errors;
for(const key0 in data){
if(!((key0 === "name") || (key0 === "labels"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema3,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.name !== undefined){
let data0 = data.name;
const _errs2 = errors;
const _errs3 = errors;
const _errs4 = errors;
if(typeof data0 === "string"){
if(!pattern0.test(data0)){
const err2 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/name/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$"},message:"must match pattern \""+"^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$"+"\"",schema:"^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$",parentSchema:schema4,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema4.type,parentSchema:schema4,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
var valid1 = _errs3 === errors;
var valid0 = _errs2 === errors;
}
if(data.labels !== undefined){
let data1 = data.labels;
const _errs5 = errors;
const _errs6 = errors;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
const _errs7 = errors;
for(const key1 in data1){
let data2 = data1[key1];
const _errs8 = errors;
if(typeof data2 !== "string"){
const err4 = {instancePath:instancePath+"/labels/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/labels/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema3.properties.labels.additionalProperties.type,parentSchema:schema3.properties.labels.additionalProperties,data:data2};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
const _errs9 = errors;
var valid2 = _errs8 === errors;
}
}
else {
const err5 = {instancePath:instancePath+"/labels",schemaPath:"#/properties/labels/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema3.properties.labels.type,parentSchema:schema3.properties.labels,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
var valid0 = _errs5 === errors;
}
}
else {
const err6 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema3.type,parentSchema:schema3,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
validate24.errors = vErrors;
return errors === 0;
}
validate24.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema51 = {"description":"Pools or nodes that must be Ready before this one is composed.","type":["array","null"],"items":{"$ref":"#/$defs/name"},"uniqueItems":true};
const func34 = require("ajv/dist/runtime/equal").default;

function validate26(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate26.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if((!(Array.isArray(data))) && (data !== null)){
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: schema51.type},message:"must be array,null",schema:schema51.type,parentSchema:schema51,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
const _errs0 = errors;
if(Array.isArray(data)){
let valid1 = true;
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
let data0 = data[i0];
const _errs1 = errors;
const _errs2 = errors;
const _errs3 = errors;
if(typeof data0 === "string"){
if(!pattern0.test(data0)){
const err1 = {instancePath:instancePath+"/" + i0,schemaPath:"#/$defs/name/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$"},message:"must match pattern \""+"^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$"+"\"",schema:"^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$",parentSchema:schema4,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
else {
const err2 = {instancePath:instancePath+"/" + i0,schemaPath:"#/$defs/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema4.type,parentSchema:schema4,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
var valid2 = _errs2 === errors;
var valid0 = _errs1 === errors;
if(!valid0){
valid1 = false;
}
}
let valid3;
let i1 = data.length;
let j0;
valid3 = true;
if(i1 > 1){
outer0:
for(;i1--;){
for(j0 = i1; j0--;){
if(func34(data[i1], data[j0])){
const err3 = {instancePath,schemaPath:"#/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)",schema:true,parentSchema:schema51,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
valid3 = false;
break outer0;
}
}
}
}
}
validate26.errors = vErrors;
return errors === 0;
}
validate26.evaluated = {"items":true,"dynamicProps":false,"dynamicItems":false};


function validate28(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate28.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs0 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
const _errs1 = errors;
for(const key0 in data){
if(!(((key0 === "checks") || (key0 === "stableFor")) || (key0 === "timeout"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema10,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.checks !== undefined){
let data0 = data.checks;
const _errs2 = errors;
if((!(Array.isArray(data0))) && (data0 !== null)){
const err1 = {instancePath:instancePath+"/checks",schemaPath:"#/properties/checks/type",keyword:"type",params:{type: schema10.properties.checks.type},message:"must be array,null",schema:schema10.properties.checks.type,parentSchema:schema10.properties.checks,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
const _errs3 = errors;
if(Array.isArray(data0)){
let valid2 = true;
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
const _errs4 = errors;
const _errs5 = errors;
const _errs6 = errors;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.name === undefined){
const err2 = {instancePath:instancePath+"/checks/" + i0,schemaPath:"#/$defs/verifyCheck/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema11.required,parentSchema:schema11,data:data1};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
const _errs7 = errors;
for(const key1 in data1){
if(!(((((((key1 === "name") || (key1 === "type")) || (key1 === "service")) || (key1 === "host")) || (key1 === "port")) || (key1 === "url")) || (key1 === "expectStatus"))){
const err3 = {instancePath:instancePath+"/checks/" + i0,schemaPath:"#/$defs/verifyCheck/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema11,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data1.name !== undefined){
let data2 = data1.name;
const _errs8 = errors;
const _errs9 = errors;
if(typeof data2 === "string"){
if(!pattern0.test(data2)){
const err4 = {instancePath:instancePath+"/checks/" + i0+"/name",schemaPath:"#/$defs/verifyCheck/properties/name/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$"},message:"must match pattern \""+"^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$"+"\"",schema:"^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$",parentSchema:schema11.properties.name,data:data2};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/checks/" + i0+"/name",schemaPath:"#/$defs/verifyCheck/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.name.type,parentSchema:schema11.properties.name,data:data2};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
var valid4 = _errs8 === errors;
}
if(data1.type !== undefined){
let data3 = data1.type;
const _errs10 = errors;
const vSchema0 = schema11.properties.type.enum;
if(!((((data3 === "consul") || (data3 === "tcp")) || (data3 === "http")) || (data3 === null))){
const err6 = {instancePath:instancePath+"/checks/" + i0+"/type",schemaPath:"#/$defs/verifyCheck/properties/type/enum",keyword:"enum",params:{allowedValues: schema11.properties.type.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.type.enum,parentSchema:schema11.properties.type,data:data3};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
var valid4 = _errs10 === errors;
}
if(data1.service !== undefined){
let data4 = data1.service;
const _errs11 = errors;
if((typeof data4 !== "string") && (data4 !== null)){
const err7 = {instancePath:instancePath+"/checks/" + i0+"/service",schemaPath:"#/$defs/verifyCheck/properties/service/type",keyword:"type",params:{type: schema11.properties.service.type},message:"must be string,null",schema:schema11.properties.service.type,parentSchema:schema11.properties.service,data:data4};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
const _errs12 = errors;
if(typeof data4 === "string"){
if(func0(data4) < 1){
const err8 = {instancePath:instancePath+"/checks/" + i0+"/service",schemaPath:"#/$defs/verifyCheck/properties/service/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.service,data:data4};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
var valid4 = _errs11 === errors;
}
if(data1.host !== undefined){
let data5 = data1.host;
const _errs13 = errors;
if((typeof data5 !== "string") && (data5 !== null)){
const err9 = {instancePath:instancePath+"/checks/" + i0+"/host",schemaPath:"#/$defs/verifyCheck/properties/host/type",keyword:"type",params:{type: schema11.properties.host.type},message:"must be string,null",schema:schema11.properties.host.type,parentSchema:schema11.properties.host,data:data5};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
const _errs14 = errors;
if(typeof data5 === "string"){
if(func0(data5) < 1){
const err10 = {instancePath:instancePath+"/checks/" + i0+"/host",schemaPath:"#/$defs/verifyCheck/properties/host/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.host,data:data5};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
var valid4 = _errs13 === errors;
}
if(data1.port !== undefined){
let data6 = data1.port;
const _errs15 = errors;
if((!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))) && (data6 !== null)){
const err11 = {instancePath:instancePath+"/checks/" + i0+"/port",schemaPath:"#/$defs/verifyCheck/properties/port/type",keyword:"type",params:{type: schema11.properties.port.type},message:"must be integer,null",schema:schema11.properties.port.type,parentSchema:schema11.properties.port,data:data6};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
const _errs16 = errors;
if((typeof data6 == "number") && (isFinite(data6))){
if(data6 > 65535 || isNaN(data6)){
const err12 = {instancePath:instancePath+"/checks/" + i0+"/port",schemaPath:"#/$defs/verifyCheck/properties/port/maximum",keyword:"maximum",params:{comparison: "<=", limit: 65535},message:"must be <= 65535",schema:65535,parentSchema:schema11.properties.port,data:data6};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data6 < 1 || isNaN(data6)){
const err13 = {instancePath:instancePath+"/checks/" + i0+"/port",schemaPath:"#/$defs/verifyCheck/properties/port/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema11.properties.port,data:data6};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
var valid4 = _errs15 === errors;
}
if(data1.url !== undefined){
let data7 = data1.url;
const _errs17 = errors;
if((typeof data7 !== "string") && (data7 !== null)){
const err14 = {instancePath:instancePath+"/checks/" + i0+"/url",schemaPath:"#/$defs/verifyCheck/properties/url/type",keyword:"type",params:{type: schema11.properties.url.type},message:"must be string,null",schema:schema11.properties.url.type,parentSchema:schema11.properties.url,data:data7};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
const _errs18 = errors;
if(typeof data7 === "string"){
if(!pattern8.test(data7)){
const err15 = {instancePath:instancePath+"/checks/" + i0+"/url",schemaPath:"#/$defs/verifyCheck/properties/url/pattern",keyword:"pattern",params:{pattern: "^https?://"},message:"must match pattern \""+"^https?://"+"\"",schema:"^https?://",parentSchema:schema11.properties.url,data:data7};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
var valid4 = _errs17 === errors;
}
if(data1.expectStatus !== undefined){
let data8 = data1.expectStatus;
const _errs19 = errors;
if((!(((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8))) && (isFinite(data8)))) && (data8 !== null)){
const err16 = {instancePath:instancePath+"/checks/" + i0+"/expectStatus",schemaPath:"#/$defs/verifyCheck/properties/expectStatus/type",keyword:"type",params:{type: schema11.properties.expectStatus.type},message:"must be integer,null",schema:schema11.properties.expectStatus.type,parentSchema:schema11.properties.expectStatus,data:data8};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
const _errs20 = errors;
if((typeof data8 == "number") && (isFinite(data8))){
if(data8 > 599 || isNaN(data8)){
const err17 = {instancePath:instancePath+"/checks/" + i0+"/expectStatus",schemaPath:"#/$defs/verifyCheck/properties/expectStatus/maximum",keyword:"maximum",params:{comparison: "<=", limit: 599},message:"must be <= 599",schema:599,parentSchema:schema11.properties.expectStatus,data:data8};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(data8 < 100 || isNaN(data8)){
const err18 = {instancePath:instancePath+"/checks/" + i0+"/expectStatus",schemaPath:"#/$defs/verifyCheck/properties/expectStatus/minimum",keyword:"minimum",params:{comparison: ">=", limit: 100},message:"must be >= 100",schema:100,parentSchema:schema11.properties.expectStatus,data:data8};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
var valid4 = _errs19 === errors;
}
}
else {
const err19 = {instancePath:instancePath+"/checks/" + i0,schemaPath:"#/$defs/verifyCheck/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.type,parentSchema:schema11,data:data1};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
var valid3 = _errs5 === errors;
var valid1 = _errs4 === errors;
if(!valid1){
valid2 = false;
}
}
}
var valid0 = _errs2 === errors;
}
if(data.stableFor !== undefined){
let data9 = data.stableFor;
const _errs21 = errors;
const _errs22 = errors;
let valid5 = false;
const _errs23 = errors;
const _errs24 = errors;
const _errs25 = errors;
if(typeof data9 === "string"){
if(!pattern12.test(data9)){
const err20 = {instancePath:instancePath+"/stableFor",schemaPath:"#/$defs/duration/pattern",keyword:"pattern",params:{pattern: "^([0-9]+(ms|s|m|h|d))+$"},message:"must match pattern \""+"^([0-9]+(ms|s|m|h|d))+$"+"\"",schema:"^([0-9]+(ms|s|m|h|d))+$",parentSchema:schema12,data:data9};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
else {
const err21 = {instancePath:instancePath+"/stableFor",schemaPath:"#/$defs/duration/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.type,parentSchema:schema12,data:data9};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
var valid6 = _errs24 === errors;
var _valid0 = _errs23 === errors;
valid5 = valid5 || _valid0;
if(_valid0){
}
const _errs26 = errors;
if(data9 !== null){
const err22 = {instancePath:instancePath+"/stableFor",schemaPath:"#/properties/stableFor/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema10.properties.stableFor.anyOf[1].type,parentSchema:schema10.properties.stableFor.anyOf[1],data:data9};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
const _errs27 = errors;
var _valid0 = _errs26 === errors;
valid5 = valid5 || _valid0;
if(_valid0){
}
if(!valid5){
const err23 = {instancePath:instancePath+"/stableFor",schemaPath:"#/properties/stableFor/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema10.properties.stableFor.anyOf,parentSchema:schema10.properties.stableFor,data:data9};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
else {
errors = _errs22;
if(vErrors !== null){
if(_errs22){
vErrors.length = _errs22;
}
else {
vErrors = null;
}
}
}
var valid0 = _errs21 === errors;
}
if(data.timeout !== undefined){
let data10 = data.timeout;
const _errs28 = errors;
const _errs29 = errors;
let valid7 = false;
const _errs30 = errors;
const _errs31 = errors;
const _errs32 = errors;
if(typeof data10 === "string"){
if(!pattern12.test(data10)){
const err24 = {instancePath:instancePath+"/timeout",schemaPath:"#/$defs/duration/pattern",keyword:"pattern",params:{pattern: "^([0-9]+(ms|s|m|h|d))+$"},message:"must match pattern \""+"^([0-9]+(ms|s|m|h|d))+$"+"\"",schema:"^([0-9]+(ms|s|m|h|d))+$",parentSchema:schema12,data:data10};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
else {
const err25 = {instancePath:instancePath+"/timeout",schemaPath:"#/$defs/duration/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.type,parentSchema:schema12,data:data10};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
var valid8 = _errs31 === errors;
var _valid1 = _errs30 === errors;
valid7 = valid7 || _valid1;
if(_valid1){
}
const _errs33 = errors;
if(data10 !== null){
const err26 = {instancePath:instancePath+"/timeout",schemaPath:"#/properties/timeout/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema10.properties.timeout.anyOf[1].type,parentSchema:schema10.properties.timeout.anyOf[1],data:data10};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
const _errs34 = errors;
var _valid1 = _errs33 === errors;
valid7 = valid7 || _valid1;
if(_valid1){
}
if(!valid7){
const err27 = {instancePath:instancePath+"/timeout",schemaPath:"#/properties/timeout/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema10.properties.timeout.anyOf,parentSchema:schema10.properties.timeout,data:data10};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
else {
errors = _errs29;
if(vErrors !== null){
if(_errs29){
vErrors.length = _errs29;
}
else {
vErrors = null;
}
}
}
var valid0 = _errs28 === errors;
}
}
else {
const err28 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema10.type,parentSchema:schema10,data};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
validate28.errors = vErrors;
return errors === 0;
}
validate28.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate30(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate30.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs0 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
const _errs1 = errors;
for(const key0 in data){
if(!(((key0 === "maxUnavailable") || (key0 === "maxSurge")) || (key0 === "maxInFlight"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema14,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.maxUnavailable !== undefined){
let data0 = data.maxUnavailable;
const _errs2 = errors;
const _errs3 = errors;
let valid1 = false;
const _errs4 = errors;
const _errs5 = errors;
if((!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))) && (typeof data0 !== "string")){
const err1 = {instancePath:instancePath+"/maxUnavailable",schemaPath:"#/$defs/countOrPercent/type",keyword:"type",params:{type: schema15.type},message:"must be integer,string",schema:schema15.type,parentSchema:schema15,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
const _errs6 = errors;
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 < 0 || isNaN(data0)){
const err2 = {instancePath:instancePath+"/maxUnavailable",schemaPath:"#/$defs/countOrPercent/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema15,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(typeof data0 === "string"){
if(!pattern14.test(data0)){
const err3 = {instancePath:instancePath+"/maxUnavailable",schemaPath:"#/$defs/countOrPercent/pattern",keyword:"pattern",params:{pattern: "^(100|[1-9]?[0-9])%$"},message:"must match pattern \""+"^(100|[1-9]?[0-9])%$"+"\"",schema:"^(100|[1-9]?[0-9])%$",parentSchema:schema15,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
var valid2 = _errs5 === errors;
var _valid0 = _errs4 === errors;
valid1 = valid1 || _valid0;
if(_valid0){
}
const _errs7 = errors;
if(data0 !== null){
const err4 = {instancePath:instancePath+"/maxUnavailable",schemaPath:"#/properties/maxUnavailable/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema14.properties.maxUnavailable.anyOf[1].type,parentSchema:schema14.properties.maxUnavailable.anyOf[1],data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
const _errs8 = errors;
var _valid0 = _errs7 === errors;
valid1 = valid1 || _valid0;
if(_valid0){
}
if(!valid1){
const err5 = {instancePath:instancePath+"/maxUnavailable",schemaPath:"#/properties/maxUnavailable/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema14.properties.maxUnavailable.anyOf,parentSchema:schema14.properties.maxUnavailable,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
else {
errors = _errs3;
if(vErrors !== null){
if(_errs3){
vErrors.length = _errs3;
}
else {
vErrors = null;
}
}
}
var valid0 = _errs2 === errors;
}
if(data.maxSurge !== undefined){
let data1 = data.maxSurge;
const _errs9 = errors;
const _errs10 = errors;
let valid3 = false;
const _errs11 = errors;
const _errs12 = errors;
if((!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))) && (typeof data1 !== "string")){
const err6 = {instancePath:instancePath+"/maxSurge",schemaPath:"#/$defs/countOrPercent/type",keyword:"type",params:{type: schema15.type},message:"must be integer,string",schema:schema15.type,parentSchema:schema15,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
const _errs13 = errors;
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 < 0 || isNaN(data1)){
const err7 = {instancePath:instancePath+"/maxSurge",schemaPath:"#/$defs/countOrPercent/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema15,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(typeof data1 === "string"){
if(!pattern14.test(data1)){
const err8 = {instancePath:instancePath+"/maxSurge",schemaPath:"#/$defs/countOrPercent/pattern",keyword:"pattern",params:{pattern: "^(100|[1-9]?[0-9])%$"},message:"must match pattern \""+"^(100|[1-9]?[0-9])%$"+"\"",schema:"^(100|[1-9]?[0-9])%$",parentSchema:schema15,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
var valid4 = _errs12 === errors;
var _valid1 = _errs11 === errors;
valid3 = valid3 || _valid1;
if(_valid1){
}
const _errs14 = errors;
if(data1 !== null){
const err9 = {instancePath:instancePath+"/maxSurge",schemaPath:"#/properties/maxSurge/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema14.properties.maxSurge.anyOf[1].type,parentSchema:schema14.properties.maxSurge.anyOf[1],data:data1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
const _errs15 = errors;
var _valid1 = _errs14 === errors;
valid3 = valid3 || _valid1;
if(_valid1){
}
if(!valid3){
const err10 = {instancePath:instancePath+"/maxSurge",schemaPath:"#/properties/maxSurge/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema14.properties.maxSurge.anyOf,parentSchema:schema14.properties.maxSurge,data:data1};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
else {
errors = _errs10;
if(vErrors !== null){
if(_errs10){
vErrors.length = _errs10;
}
else {
vErrors = null;
}
}
}
var valid0 = _errs9 === errors;
}
if(data.maxInFlight !== undefined){
let data2 = data.maxInFlight;
const _errs16 = errors;
const _errs17 = errors;
let valid5 = false;
const _errs18 = errors;
const _errs19 = errors;
if((!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))) && (typeof data2 !== "string")){
const err11 = {instancePath:instancePath+"/maxInFlight",schemaPath:"#/$defs/countOrPercent/type",keyword:"type",params:{type: schema15.type},message:"must be integer,string",schema:schema15.type,parentSchema:schema15,data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
const _errs20 = errors;
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 0 || isNaN(data2)){
const err12 = {instancePath:instancePath+"/maxInFlight",schemaPath:"#/$defs/countOrPercent/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema15,data:data2};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(typeof data2 === "string"){
if(!pattern14.test(data2)){
const err13 = {instancePath:instancePath+"/maxInFlight",schemaPath:"#/$defs/countOrPercent/pattern",keyword:"pattern",params:{pattern: "^(100|[1-9]?[0-9])%$"},message:"must match pattern \""+"^(100|[1-9]?[0-9])%$"+"\"",schema:"^(100|[1-9]?[0-9])%$",parentSchema:schema15,data:data2};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
var valid6 = _errs19 === errors;
var _valid2 = _errs18 === errors;
valid5 = valid5 || _valid2;
if(_valid2){
}
const _errs21 = errors;
if(data2 !== null){
const err14 = {instancePath:instancePath+"/maxInFlight",schemaPath:"#/properties/maxInFlight/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema14.properties.maxInFlight.anyOf[1].type,parentSchema:schema14.properties.maxInFlight.anyOf[1],data:data2};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
const _errs22 = errors;
var _valid2 = _errs21 === errors;
valid5 = valid5 || _valid2;
if(_valid2){
}
if(!valid5){
const err15 = {instancePath:instancePath+"/maxInFlight",schemaPath:"#/properties/maxInFlight/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema14.properties.maxInFlight.anyOf,parentSchema:schema14.properties.maxInFlight,data:data2};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
else {
errors = _errs17;
if(vErrors !== null){
if(_errs17){
vErrors.length = _errs17;
}
else {
vErrors = null;
}
}
}
var valid0 = _errs16 === errors;
}
}
else {
const err16 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema14.type,parentSchema:schema14,data};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
validate30.errors = vErrors;
return errors === 0;
}
validate30.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate23(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate23.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs0 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.apiVersion === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "apiVersion"},message:"must have required property '"+"apiVersion"+"'",schema:schema44.required,parentSchema:schema44,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.kind === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema44.required,parentSchema:schema44,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.metadata === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "metadata"},message:"must have required property '"+"metadata"+"'",schema:schema44.required,parentSchema:schema44,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.spec === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "spec"},message:"must have required property '"+"spec"+"'",schema:schema44.required,parentSchema:schema44,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
const _errs1 = errors;
for(const key0 in data){
if(!((((key0 === "apiVersion") || (key0 === "kind")) || (key0 === "metadata")) || (key0 === "spec"))){
const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema44,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.apiVersion !== undefined){
let data0 = data.apiVersion;
const _errs2 = errors;
const _errs3 = errors;
if("phoenix/v1alpha1" !== data0){
const err5 = {instancePath:instancePath+"/apiVersion",schemaPath:"definitions.schema.json#/$defs/apiVersion/const",keyword:"const",params:{allowedValue: "phoenix/v1alpha1"},message:"must be equal to constant",schema:"phoenix/v1alpha1",parentSchema:schema2,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
var valid1 = _errs3 === errors;
var valid0 = _errs2 === errors;
}
if(data.kind !== undefined){
let data1 = data.kind;
const _errs4 = errors;
if("NodePool" !== data1){
const err6 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/const",keyword:"const",params:{allowedValue: "NodePool"},message:"must be equal to constant",schema:"NodePool",parentSchema:schema44.properties.kind,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
var valid0 = _errs4 === errors;
}
if(data.metadata !== undefined){
let data2 = data.metadata;
const _errs5 = errors;
if(!(validate24(data2, {instancePath:instancePath+"/metadata",parentData:data,parentDataProperty:"metadata",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
errors = vErrors.length;
}
else {
}
var valid0 = _errs5 === errors;
}
if(data.spec !== undefined){
let data3 = data.spec;
const _errs6 = errors;
const _errs7 = errors;
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if(data3.plan === undefined){
const err7 = {instancePath:instancePath+"/spec",schemaPath:"#/properties/spec/required",keyword:"required",params:{missingProperty: "plan"},message:"must have required property '"+"plan"+"'",schema:schema44.properties.spec.required,parentSchema:schema44.properties.spec,data:data3};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data3.replicas === undefined){
const err8 = {instancePath:instancePath+"/spec",schemaPath:"#/properties/spec/required",keyword:"required",params:{missingProperty: "replicas"},message:"must have required property '"+"replicas"+"'",schema:schema44.properties.spec.required,parentSchema:schema44.properties.spec,data:data3};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data3.naming === undefined){
const err9 = {instancePath:instancePath+"/spec",schemaPath:"#/properties/spec/required",keyword:"required",params:{missingProperty: "naming"},message:"must have required property '"+"naming"+"'",schema:schema44.properties.spec.required,parentSchema:schema44.properties.spec,data:data3};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
const _errs8 = errors;
for(const key1 in data3){
if(!(func11.call(schema44.properties.spec.properties, key1))){
const err10 = {instancePath:instancePath+"/spec",schemaPath:"#/properties/spec/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema44.properties.spec,data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data3.plan !== undefined){
let data4 = data3.plan;
const _errs9 = errors;
const _errs10 = errors;
const _errs11 = errors;
if(typeof data4 === "string"){
if(!pattern0.test(data4)){
const err11 = {instancePath:instancePath+"/spec/plan",schemaPath:"definitions.schema.json#/$defs/name/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$"},message:"must match pattern \""+"^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$"+"\"",schema:"^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$",parentSchema:schema4,data:data4};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/spec/plan",schemaPath:"definitions.schema.json#/$defs/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema4.type,parentSchema:schema4,data:data4};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
var valid3 = _errs10 === errors;
var valid2 = _errs9 === errors;
}
if(data3.replicas !== undefined){
let data5 = data3.replicas;
const _errs12 = errors;
if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){
const err13 = {instancePath:instancePath+"/spec/replicas",schemaPath:"#/properties/spec/properties/replicas/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema44.properties.spec.properties.replicas.type,parentSchema:schema44.properties.spec.properties.replicas,data:data5};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
const _errs13 = errors;
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 > 10000 || isNaN(data5)){
const err14 = {instancePath:instancePath+"/spec/replicas",schemaPath:"#/properties/spec/properties/replicas/maximum",keyword:"maximum",params:{comparison: "<=", limit: 10000},message:"must be <= 10000",schema:10000,parentSchema:schema44.properties.spec.properties.replicas,data:data5};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(data5 < 0 || isNaN(data5)){
const err15 = {instancePath:instancePath+"/spec/replicas",schemaPath:"#/properties/spec/properties/replicas/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema44.properties.spec.properties.replicas,data:data5};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
var valid2 = _errs12 === errors;
}
if(data3.naming !== undefined){
let data6 = data3.naming;
const _errs14 = errors;
const _errs15 = errors;
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if(data6.pattern === undefined){
const err16 = {instancePath:instancePath+"/spec/naming",schemaPath:"#/properties/spec/properties/naming/required",keyword:"required",params:{missingProperty: "pattern"},message:"must have required property '"+"pattern"+"'",schema:schema44.properties.spec.properties.naming.required,parentSchema:schema44.properties.spec.properties.naming,data:data6};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
const _errs16 = errors;
for(const key2 in data6){
if(!(((key2 === "pattern") || (key2 === "fqdn")) || (key2 === "startIndex"))){
const err17 = {instancePath:instancePath+"/spec/naming",schemaPath:"#/properties/spec/properties/naming/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema44.properties.spec.properties.naming,data:data6};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data6.pattern !== undefined){
let data7 = data6.pattern;
const _errs17 = errors;
const _errs18 = errors;
if(typeof data7 === "string"){
if(func0(data7) < 1){
const err18 = {instancePath:instancePath+"/spec/naming/pattern",schemaPath:"#/properties/spec/properties/naming/properties/pattern/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema44.properties.spec.properties.naming.properties.pattern,data:data7};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
else {
const err19 = {instancePath:instancePath+"/spec/naming/pattern",schemaPath:"#/properties/spec/properties/naming/properties/pattern/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema44.properties.spec.properties.naming.properties.pattern.type,parentSchema:schema44.properties.spec.properties.naming.properties.pattern,data:data7};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
var valid4 = _errs17 === errors;
}
if(data6.fqdn !== undefined){
let data8 = data6.fqdn;
const _errs19 = errors;
const _errs20 = errors;
if(typeof data8 === "string"){
if(func0(data8) < 1){
const err20 = {instancePath:instancePath+"/spec/naming/fqdn",schemaPath:"#/properties/spec/properties/naming/properties/fqdn/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema44.properties.spec.properties.naming.properties.fqdn,data:data8};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
else {
const err21 = {instancePath:instancePath+"/spec/naming/fqdn",schemaPath:"#/properties/spec/properties/naming/properties/fqdn/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema44.properties.spec.properties.naming.properties.fqdn.type,parentSchema:schema44.properties.spec.properties.naming.properties.fqdn,data:data8};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
var valid4 = _errs19 === errors;
}
if(data6.startIndex !== undefined){
let data9 = data6.startIndex;
const _errs21 = errors;
if(!(((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9))) && (isFinite(data9)))){
const err22 = {instancePath:instancePath+"/spec/naming/startIndex",schemaPath:"#/properties/spec/properties/naming/properties/startIndex/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema44.properties.spec.properties.naming.properties.startIndex.type,parentSchema:schema44.properties.spec.properties.naming.properties.startIndex,data:data9};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
const _errs22 = errors;
if((typeof data9 == "number") && (isFinite(data9))){
if(data9 < 0 || isNaN(data9)){
const err23 = {instancePath:instancePath+"/spec/naming/startIndex",schemaPath:"#/properties/spec/properties/naming/properties/startIndex/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema44.properties.spec.properties.naming.properties.startIndex,data:data9};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
var valid4 = _errs21 === errors;
}
}
else {
const err24 = {instancePath:instancePath+"/spec/naming",schemaPath:"#/properties/spec/properties/naming/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema44.properties.spec.properties.naming.type,parentSchema:schema44.properties.spec.properties.naming,data:data6};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
var valid2 = _errs14 === errors;
}
if(data3.hardware !== undefined){
let data10 = data3.hardware;
const _errs23 = errors;
const _errs24 = errors;
let valid5 = false;
const _errs25 = errors;
const _errs26 = errors;
const _errs27 = errors;
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
const _errs28 = errors;
for(const key3 in data10){
if(!((((key3 === "serverHardwareType") || (key3 === "enclosureGroup")) || (key3 === "enclosures")) || (key3 === "spread"))){
const err25 = {instancePath:instancePath+"/spec/hardware",schemaPath:"definitions.schema.json#/$defs/hardwareSelector/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema9,data:data10};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data10.serverHardwareType !== undefined){
let data11 = data10.serverHardwareType;
const _errs29 = errors;
if((typeof data11 !== "string") && (data11 !== null)){
const err26 = {instancePath:instancePath+"/spec/hardware/serverHardwareType",schemaPath:"definitions.schema.json#/$defs/hardwareSelector/properties/serverHardwareType/type",keyword:"type",params:{type: schema9.properties.serverHardwareType.type},message:"must be string,null",schema:schema9.properties.serverHardwareType.type,parentSchema:schema9.properties.serverHardwareType,data:data11};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
const _errs30 = errors;
if(typeof data11 === "string"){
if(func0(data11) < 1){
const err27 = {instancePath:instancePath+"/spec/hardware/serverHardwareType",schemaPath:"definitions.schema.json#/$defs/hardwareSelector/properties/serverHardwareType/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema9.properties.serverHardwareType,data:data11};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
var valid7 = _errs29 === errors;
}
if(data10.enclosureGroup !== undefined){
let data12 = data10.enclosureGroup;
const _errs31 = errors;
if((typeof data12 !== "string") && (data12 !== null)){
const err28 = {instancePath:instancePath+"/spec/hardware/enclosureGroup",schemaPath:"definitions.schema.json#/$defs/hardwareSelector/properties/enclosureGroup/type",keyword:"type",params:{type: schema9.properties.enclosureGroup.type},message:"must be string,null",schema:schema9.properties.enclosureGroup.type,parentSchema:schema9.properties.enclosureGroup,data:data12};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
const _errs32 = errors;
if(typeof data12 === "string"){
if(func0(data12) < 1){
const err29 = {instancePath:instancePath+"/spec/hardware/enclosureGroup",schemaPath:"definitions.schema.json#/$defs/hardwareSelector/properties/enclosureGroup/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema9.properties.enclosureGroup,data:data12};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
var valid7 = _errs31 === errors;
}
if(data10.enclosures !== undefined){
let data13 = data10.enclosures;
const _errs33 = errors;
if((!(Array.isArray(data13))) && (data13 !== null)){
const err30 = {instancePath:instancePath+"/spec/hardware/enclosures",schemaPath:"definitions.schema.json#/$defs/hardwareSelector/properties/enclosures/type",keyword:"type",params:{type: schema9.properties.enclosures.type},message:"must be array,null",schema:schema9.properties.enclosures.type,parentSchema:schema9.properties.enclosures,data:data13};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
const _errs34 = errors;
if(Array.isArray(data13)){
let valid9 = true;
const len0 = data13.length;
for(let i0=0; i0<len0; i0++){
let data14 = data13[i0];
const _errs35 = errors;
const _errs36 = errors;
if(typeof data14 === "string"){
if(func0(data14) < 1){
const err31 = {instancePath:instancePath+"/spec/hardware/enclosures/" + i0,schemaPath:"definitions.schema.json#/$defs/hardwareSelector/properties/enclosures/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema9.properties.enclosures.items,data:data14};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
else {
const err32 = {instancePath:instancePath+"/spec/hardware/enclosures/" + i0,schemaPath:"definitions.schema.json#/$defs/hardwareSelector/properties/enclosures/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema9.properties.enclosures.items.type,parentSchema:schema9.properties.enclosures.items,data:data14};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
var valid8 = _errs35 === errors;
if(!valid8){
valid9 = false;
}
}
let valid10;
let i1 = data13.length;
let j0;
valid10 = true;
if(i1 > 1){
const indices0 = {};
for(;i1--;){
let item0 = data13[i1];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err33 = {instancePath:instancePath+"/spec/hardware/enclosures",schemaPath:"definitions.schema.json#/$defs/hardwareSelector/properties/enclosures/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)",schema:true,parentSchema:schema9.properties.enclosures,data:data13};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
valid10 = false;
break;
}
indices0[item0] = i1;
}
}
}
var valid7 = _errs33 === errors;
}
if(data10.spread !== undefined){
let data15 = data10.spread;
const _errs37 = errors;
const vSchema0 = schema9.properties.spread.enum;
if(!(((data15 === "enclosure") || (data15 === "none")) || (data15 === null))){
const err34 = {instancePath:instancePath+"/spec/hardware/spread",schemaPath:"definitions.schema.json#/$defs/hardwareSelector/properties/spread/enum",keyword:"enum",params:{allowedValues: schema9.properties.spread.enum},message:"must be equal to one of the allowed values",schema:schema9.properties.spread.enum,parentSchema:schema9.properties.spread,data:data15};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
var valid7 = _errs37 === errors;
}
}
else {
const err35 = {instancePath:instancePath+"/spec/hardware",schemaPath:"definitions.schema.json#/$defs/hardwareSelector/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema9.type,parentSchema:schema9,data:data10};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
var valid6 = _errs26 === errors;
var _valid0 = _errs25 === errors;
valid5 = valid5 || _valid0;
if(_valid0){
var props0 = true;
}
const _errs38 = errors;
if(data10 !== null){
const err36 = {instancePath:instancePath+"/spec/hardware",schemaPath:"#/properties/spec/properties/hardware/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema44.properties.spec.properties.hardware.anyOf[1].type,parentSchema:schema44.properties.spec.properties.hardware.anyOf[1],data:data10};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
const _errs39 = errors;
var _valid0 = _errs38 === errors;
valid5 = valid5 || _valid0;
if(_valid0){
}
if(!valid5){
const err37 = {instancePath:instancePath+"/spec/hardware",schemaPath:"#/properties/spec/properties/hardware/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema44.properties.spec.properties.hardware.anyOf,parentSchema:schema44.properties.spec.properties.hardware,data:data10};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
else {
errors = _errs24;
if(vErrors !== null){
if(_errs24){
vErrors.length = _errs24;
}
else {
vErrors = null;
}
}
}
var valid2 = _errs23 === errors;
}
if(data3.attributes !== undefined){
let data16 = data3.attributes;
const _errs40 = errors;
const _errs41 = errors;
let valid11 = false;
const _errs42 = errors;
const _errs43 = errors;
const _errs44 = errors;
if(data16 && typeof data16 == "object" && !Array.isArray(data16)){
for(const key4 in data16){
const _errs45 = errors;
if(typeof key4 === "string"){
if(!pattern9.test(key4)){
const err38 = {instancePath:instancePath+"/spec/attributes",schemaPath:"definitions.schema.json#/$defs/attributes/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*(\\.(connectionid|dhcp|ipv4disable|networkuri|constraint))?$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*(\\.(connectionid|dhcp|ipv4disable|networkuri|constraint))?$"+"\"",schema:"^[A-Za-z_][A-Za-z0-9_]*(\\.(connectionid|dhcp|ipv4disable|networkuri|constraint))?$",parentSchema:schema8.propertyNames,data:key4,propertyName:key4};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
var valid13 = _errs45 === errors;
if(!valid13){
const err39 = {instancePath:instancePath+"/spec/attributes",schemaPath:"definitions.schema.json#/$defs/attributes/propertyNames",keyword:"propertyNames",params:{propertyName: key4},message:"property name must be valid",schema:schema8.propertyNames,parentSchema:schema8,data:data16};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
const _errs46 = errors;
for(const key5 in data16){
let data17 = data16[key5];
const _errs47 = errors;
if((typeof data17 !== "string") && (data17 !== null)){
const err40 = {instancePath:instancePath+"/spec/attributes/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"definitions.schema.json#/$defs/attributes/additionalProperties/type",keyword:"type",params:{type: schema8.additionalProperties.type},message:"must be string,null",schema:schema8.additionalProperties.type,parentSchema:schema8.additionalProperties,data:data17};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
const _errs48 = errors;
var valid14 = _errs47 === errors;
}
}
else {
const err41 = {instancePath:instancePath+"/spec/attributes",schemaPath:"definitions.schema.json#/$defs/attributes/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema8.type,parentSchema:schema8,data:data16};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
var valid12 = _errs43 === errors;
var _valid1 = _errs42 === errors;
valid11 = valid11 || _valid1;
if(_valid1){
var props1 = true;
}
const _errs49 = errors;
if(data16 !== null){
const err42 = {instancePath:instancePath+"/spec/attributes",schemaPath:"#/properties/spec/properties/attributes/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema44.properties.spec.properties.attributes.anyOf[1].type,parentSchema:schema44.properties.spec.properties.attributes.anyOf[1],data:data16};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
const _errs50 = errors;
var _valid1 = _errs49 === errors;
valid11 = valid11 || _valid1;
if(_valid1){
}
if(!valid11){
const err43 = {instancePath:instancePath+"/spec/attributes",schemaPath:"#/properties/spec/properties/attributes/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema44.properties.spec.properties.attributes.anyOf,parentSchema:schema44.properties.spec.properties.attributes,data:data16};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
else {
errors = _errs41;
if(vErrors !== null){
if(_errs41){
vErrors.length = _errs41;
}
else {
vErrors = null;
}
}
}
var valid2 = _errs40 === errors;
}
if(data3.dependsOn !== undefined){
let data18 = data3.dependsOn;
const _errs51 = errors;
if(!(validate26(data18, {instancePath:instancePath+"/spec/dependsOn",parentData:data3,parentDataProperty:"dependsOn",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
errors = vErrors.length;
}
else {
}
var valid2 = _errs51 === errors;
}
if(data3.verify !== undefined){
let data19 = data3.verify;
const _errs52 = errors;
const _errs53 = errors;
let valid15 = false;
const _errs54 = errors;
if(!(validate28(data19, {instancePath:instancePath+"/spec/verify",parentData:data3,parentDataProperty:"verify",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
errors = vErrors.length;
}
else {
}
var _valid2 = _errs54 === errors;
valid15 = valid15 || _valid2;
if(_valid2){
var props2 = true;
}
const _errs55 = errors;
if(data19 !== null){
const err44 = {instancePath:instancePath+"/spec/verify",schemaPath:"#/properties/spec/properties/verify/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema44.properties.spec.properties.verify.anyOf[1].type,parentSchema:schema44.properties.spec.properties.verify.anyOf[1],data:data19};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
const _errs56 = errors;
var _valid2 = _errs55 === errors;
valid15 = valid15 || _valid2;
if(_valid2){
}
if(!valid15){
const err45 = {instancePath:instancePath+"/spec/verify",schemaPath:"#/properties/spec/properties/verify/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema44.properties.spec.properties.verify.anyOf,parentSchema:schema44.properties.spec.properties.verify,data:data19};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
else {
errors = _errs53;
if(vErrors !== null){
if(_errs53){
vErrors.length = _errs53;
}
else {
vErrors = null;
}
}
}
var valid2 = _errs52 === errors;
}
if(data3.rollout !== undefined){
let data20 = data3.rollout;
const _errs57 = errors;
const _errs58 = errors;
let valid16 = false;
const _errs59 = errors;
if(!(validate30(data20, {instancePath:instancePath+"/spec/rollout",parentData:data3,parentDataProperty:"rollout",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);
errors = vErrors.length;
}
else {
}
var _valid3 = _errs59 === errors;
valid16 = valid16 || _valid3;
if(_valid3){
var props3 = true;
}
const _errs60 = errors;
if(data20 !== null){
const err46 = {instancePath:instancePath+"/spec/rollout",schemaPath:"#/properties/spec/properties/rollout/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema44.properties.spec.properties.rollout.anyOf[1].type,parentSchema:schema44.properties.spec.properties.rollout.anyOf[1],data:data20};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
const _errs61 = errors;
var _valid3 = _errs60 === errors;
valid16 = valid16 || _valid3;
if(_valid3){
}
if(!valid16){
const err47 = {instancePath:instancePath+"/spec/rollout",schemaPath:"#/properties/spec/properties/rollout/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema44.properties.spec.properties.rollout.anyOf,parentSchema:schema44.properties.spec.properties.rollout,data:data20};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
else {
errors = _errs58;
if(vErrors !== null){
if(_errs58){
vErrors.length = _errs58;
}
else {
vErrors = null;
}
}
}
var valid2 = _errs57 === errors;
}
if(data3.remediation !== undefined){
let data21 = data3.remediation;
const _errs62 = errors;
const _errs63 = errors;
let valid17 = false;
const _errs64 = errors;
const _errs65 = errors;
const _errs66 = errors;
if(data21 && typeof data21 == "object" && !Array.isArray(data21)){
const _errs67 = errors;
for(const key6 in data21){
if(!((key6 === "enabled") || (key6 === "strategy"))){
const err48 = {instancePath:instancePath+"/spec/remediation",schemaPath:"definitions.schema.json#/$defs/remediation/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties",schema:false,parentSchema:schema18,data:data21};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
if(data21.enabled !== undefined){
let data22 = data21.enabled;
const _errs68 = errors;
if((typeof data22 !== "boolean") && (data22 !== null)){
const err49 = {instancePath:instancePath+"/spec/remediation/enabled",schemaPath:"definitions.schema.json#/$defs/remediation/properties/enabled/type",keyword:"type",params:{type: schema18.properties.enabled.type},message:"must be boolean,null",schema:schema18.properties.enabled.type,parentSchema:schema18.properties.enabled,data:data22};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
const _errs69 = errors;
var valid19 = _errs68 === errors;
}
if(data21.strategy !== undefined){
let data23 = data21.strategy;
const _errs70 = errors;
const vSchema1 = schema18.properties.strategy.enum;
if(!(((data23 === "recycle") || (data23 === "abandon")) || (data23 === null))){
const err50 = {instancePath:instancePath+"/spec/remediation/strategy",schemaPath:"definitions.schema.json#/$defs/remediation/properties/strategy/enum",keyword:"enum",params:{allowedValues: schema18.properties.strategy.enum},message:"must be equal to one of the allowed values",schema:schema18.properties.strategy.enum,parentSchema:schema18.properties.strategy,data:data23};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
var valid19 = _errs70 === errors;
}
}
else {
const err51 = {instancePath:instancePath+"/spec/remediation",schemaPath:"definitions.schema.json#/$defs/remediation/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema18.type,parentSchema:schema18,data:data21};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
var valid18 = _errs65 === errors;
var _valid4 = _errs64 === errors;
valid17 = valid17 || _valid4;
if(_valid4){
var props4 = true;
}
const _errs71 = errors;
if(data21 !== null){
const err52 = {instancePath:instancePath+"/spec/remediation",schemaPath:"#/properties/spec/properties/remediation/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema44.properties.spec.properties.remediation.anyOf[1].type,parentSchema:schema44.properties.spec.properties.remediation.anyOf[1],data:data21};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
const _errs72 = errors;
var _valid4 = _errs71 === errors;
valid17 = valid17 || _valid4;
if(_valid4){
}
if(!valid17){
const err53 = {instancePath:instancePath+"/spec/remediation",schemaPath:"#/properties/spec/properties/remediation/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema44.properties.spec.properties.remediation.anyOf,parentSchema:schema44.properties.spec.properties.remediation,data:data21};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
else {
errors = _errs63;
if(vErrors !== null){
if(_errs63){
vErrors.length = _errs63;
}
else {
vErrors = null;
}
}
}
var valid2 = _errs62 === errors;
}
if(data3.overrides !== undefined){
let data24 = data3.overrides;
const _errs73 = errors;
const _errs74 = errors;
if(data24 && typeof data24 == "object" && !Array.isArray(data24)){
for(const key7 in data24){
const _errs75 = errors;
const _errs76 = errors;
const _errs77 = errors;
if(typeof key7 === "string"){
if(!pattern0.test(key7)){
const err54 = {instancePath:instancePath+"/spec/overrides",schemaPath:"definitions.schema.json#/$defs/name/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$"},message:"must match pattern \""+"^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$"+"\"",schema:"^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$",parentSchema:schema4,data:key7,propertyName:key7};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
else {
const err55 = {instancePath:instancePath+"/spec/overrides",schemaPath:"definitions.schema.json#/$defs/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema4.type,parentSchema:schema4,data:key7,propertyName:key7};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
var valid21 = _errs76 === errors;
var valid20 = _errs75 === errors;
if(!valid20){
const err56 = {instancePath:instancePath+"/spec/overrides",schemaPath:"#/properties/spec/properties/overrides/propertyNames",keyword:"propertyNames",params:{propertyName: key7},message:"property name must be valid",schema:schema44.properties.spec.properties.overrides.propertyNames,parentSchema:schema44.properties.spec.properties.overrides,data:data24};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
const _errs78 = errors;
for(const key8 in data24){
let data25 = data24[key8];
const _errs79 = errors;
const _errs80 = errors;
if(data25 && typeof data25 == "object" && !Array.isArray(data25)){
const _errs81 = errors;
for(const key9 in data25){
if(!((key9 === "attributes") || (key9 === "protected"))){
const err57 = {instancePath:instancePath+"/spec/overrides/" + key8.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/spec/properties/overrides/additionalProperties/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key9},message:"must NOT have additional properties",schema:false,parentSchema:schema44.properties.spec.properties.overrides.additionalProperties,data:data25};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
if(data25.attributes !== undefined){
let data26 = data25.attributes;
const _errs82 = errors;
const _errs83 = errors;
let valid24 = false;
const _errs84 = errors;
const _errs85 = errors;
const _errs86 = errors;
if(data26 && typeof data26 == "object" && !Array.isArray(data26)){
for(const key10 in data26){
const _errs87 = errors;
if(typeof key10 === "string"){
if(!pattern9.test(key10)){
const err58 = {instancePath:instancePath+"/spec/overrides/" + key8.replace(/~/g, "~0").replace(/\//g, "~1")+"/attributes",schemaPath:"definitions.schema.json#/$defs/attributes/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*(\\.(connectionid|dhcp|ipv4disable|networkuri|constraint))?$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*(\\.(connectionid|dhcp|ipv4disable|networkuri|constraint))?$"+"\"",schema:"^[A-Za-z_][A-Za-z0-9_]*(\\.(connectionid|dhcp|ipv4disable|networkuri|constraint))?$",parentSchema:schema8.propertyNames,data:key10,propertyName:key10};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
var valid26 = _errs87 === errors;
if(!valid26){
const err59 = {instancePath:instancePath+"/spec/overrides/" + key8.replace(/~/g, "~0").replace(/\//g, "~1")+"/attributes",schemaPath:"definitions.schema.json#/$defs/attributes/propertyNames",keyword:"propertyNames",params:{propertyName: key10},message:"property name must be valid",schema:schema8.propertyNames,parentSchema:schema8,data:data26};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
const _errs88 = errors;
for(const key11 in data26){
let data27 = data26[key11];
const _errs89 = errors;
if((typeof data27 !== "string") && (data27 !== null)){
const err60 = {instancePath:instancePath+"/spec/overrides/" + key8.replace(/~/g, "~0").replace(/\//g, "~1")+"/attributes/" + key11.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"definitions.schema.json#/$defs/attributes/additionalProperties/type",keyword:"type",params:{type: schema8.additionalProperties.type},message:"must be string,null",schema:schema8.additionalProperties.type,parentSchema:schema8.additionalProperties,data:data27};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
const _errs90 = errors;
var valid27 = _errs89 === errors;
}
}
else {
const err61 = {instancePath:instancePath+"/spec/overrides/" + key8.replace(/~/g, "~0").replace(/\//g, "~1")+"/attributes",schemaPath:"definitions.schema.json#/$defs/attributes/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema8.type,parentSchema:schema8,data:data26};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
var valid25 = _errs85 === errors;
var _valid5 = _errs84 === errors;
valid24 = valid24 || _valid5;
if(_valid5){
var props5 = true;
}
const _errs91 = errors;
if(data26 !== null){
const err62 = {instancePath:instancePath+"/spec/overrides/" + key8.replace(/~/g, "~0").replace(/\//g, "~1")+"/attributes",schemaPath:"#/properties/spec/properties/overrides/additionalProperties/properties/attributes/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema44.properties.spec.properties.overrides.additionalProperties.properties.attributes.anyOf[1].type,parentSchema:schema44.properties.spec.properties.overrides.additionalProperties.properties.attributes.anyOf[1],data:data26};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
const _errs92 = errors;
var _valid5 = _errs91 === errors;
valid24 = valid24 || _valid5;
if(_valid5){
}
if(!valid24){
const err63 = {instancePath:instancePath+"/spec/overrides/" + key8.replace(/~/g, "~0").replace(/\//g, "~1")+"/attributes",schemaPath:"#/properties/spec/properties/overrides/additionalProperties/properties/attributes/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema44.properties.spec.properties.overrides.additionalProperties.properties.attributes.anyOf,parentSchema:schema44.properties.spec.properties.overrides.additionalProperties.properties.attributes,data:data26};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
else {
errors = _errs83;
if(vErrors !== null){
if(_errs83){
vErrors.length = _errs83;
}
else {
vErrors = null;
}
}
}
var valid23 = _errs82 === errors;
}
if(data25.protected !== undefined){
let data28 = data25.protected;
const _errs93 = errors;
if((typeof data28 !== "boolean") && (data28 !== null)){
const err64 = {instancePath:instancePath+"/spec/overrides/" + key8.replace(/~/g, "~0").replace(/\//g, "~1")+"/protected",schemaPath:"#/properties/spec/properties/overrides/additionalProperties/properties/protected/type",keyword:"type",params:{type: schema44.properties.spec.properties.overrides.additionalProperties.properties.protected.type},message:"must be boolean,null",schema:schema44.properties.spec.properties.overrides.additionalProperties.properties.protected.type,parentSchema:schema44.properties.spec.properties.overrides.additionalProperties.properties.protected,data:data28};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
const _errs94 = errors;
var valid23 = _errs93 === errors;
}
}
else {
const err65 = {instancePath:instancePath+"/spec/overrides/" + key8.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/spec/properties/overrides/additionalProperties/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema44.properties.spec.properties.overrides.additionalProperties.type,parentSchema:schema44.properties.spec.properties.overrides.additionalProperties,data:data25};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
var valid22 = _errs79 === errors;
}
}
else {
const err66 = {instancePath:instancePath+"/spec/overrides",schemaPath:"#/properties/spec/properties/overrides/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema44.properties.spec.properties.overrides.type,parentSchema:schema44.properties.spec.properties.overrides,data:data24};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
var valid2 = _errs73 === errors;
}
}
else {
const err67 = {instancePath:instancePath+"/spec",schemaPath:"#/properties/spec/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema44.properties.spec.type,parentSchema:schema44.properties.spec,data:data3};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
var valid0 = _errs6 === errors;
}
}
else {
const err68 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema44.type,parentSchema:schema44,data};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
validate23.errors = vErrors;
return errors === 0;
}
validate23.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const Node = validate32;
const schema64 = {"$schema":"https://json-schema.org/draft/2020-12/schema","title":"Node","description":"One named server (a pet), pinned to its hardware.","type":"object","additionalProperties":false,"required":["apiVersion","kind","metadata","spec"],"properties":{"apiVersion":{"$ref":"definitions.schema.json#/$defs/apiVersion"},"kind":{"const":"Node"},"metadata":{"$ref":"definitions.schema.json#/$defs/metadata"},"spec":{"type":"object","additionalProperties":false,"required":["plan","hardware"],"properties":{"plan":{"description":"The plan this node runs.","$ref":"definitions.schema.json#/$defs/name"},"hardware":{"description":"The pin: {enclosure, bay} or {serialNumber}; serverHardwareType and enclosureGroup merge from the plan.","type":"object","additionalProperties":false,"properties":{"enclosure":{"description":"Enclosure (frame) name.","type":"string","minLength":1},"bay":{"description":"Device bay number.","type":"integer","minimum":1,"maximum":64},"serialNumber":{"description":"Server hardware serial number.","type":"string","minLength":1},"serverHardwareType":{"type":["string","null"],"minLength":1},"enclosureGroup":{"type":["string","null"],"minLength":1}},"oneOf":[{"required":["enclosure","bay"]},{"required":["serialNumber"]}],"dependentRequired":{"enclosure":["bay"],"bay":["enclosure"]}},"fqdn":{"description":"Fully qualified name, e.g. \"{name}.example.org\".","type":"string","minLength":1},"attributes":{"anyOf":[{"$ref":"definitions.schema.json#/$defs/attributes"},{"type":"null"}]},"protected":{"description":"Never recycle this node.","type":"boolean"},"dependsOn":{"$ref":"definitions.schema.json#/$defs/dependsOn"},"verify":{"anyOf":[{"$ref":"definitions.schema.json#/$defs/verify"},{"type":"null"}]},"remediation":{"anyOf":[{"$ref":"definitions.schema.json#/$defs/remediation"},{"type":"null"}]}}}}};

function validate33(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate33.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs0 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.name === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema3.required,parentSchema:schema3,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
const _errs1 = errors;
for(const key0 in data){
if(!((key0 === "name") || (key0 === "labels"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema3,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.name !== undefined){
let data0 = data.name;
const _errs2 = errors;
const _errs3 = errors;
const _errs4 = errors;
if(typeof data0 === "string"){
if(!pattern0.test(data0)){
const err2 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/name/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$"},message:"must match pattern \""+"^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$"+"\"",schema:"^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$",parentSchema:schema4,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema4.type,parentSchema:schema4,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
var valid1 = _errs3 === errors;
var valid0 = _errs2 === errors;
}
if(data.labels !== undefined){
let data1 = data.labels;
const _errs5 = errors;
const _errs6 = errors;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
const _errs7 = errors;
for(const key1 in data1){
let data2 = data1[key1];
const _errs8 = errors;
if(typeof data2 !== "string"){
const err4 = {instancePath:instancePath+"/labels/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/labels/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema3.properties.labels.additionalProperties.type,parentSchema:schema3.properties.labels.additionalProperties,data:data2};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
const _errs9 = errors;
var valid2 = _errs8 === errors;
}
}
else {
const err5 = {instancePath:instancePath+"/labels",schemaPath:"#/properties/labels/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema3.properties.labels.type,parentSchema:schema3.properties.labels,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
var valid0 = _errs5 === errors;
}
}
else {
const err6 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema3.type,parentSchema:schema3,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
validate33.errors = vErrors;
return errors === 0;
}
validate33.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate35(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate35.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if((!(Array.isArray(data))) && (data !== null)){
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: schema51.type},message:"must be array,null",schema:schema51.type,parentSchema:schema51,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
const _errs0 = errors;
if(Array.isArray(data)){
let valid1 = true;
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
let data0 = data[i0];
const _errs1 = errors;
const _errs2 = errors;
const _errs3 = errors;
if(typeof data0 === "string"){
if(!pattern0.test(data0)){
const err1 = {instancePath:instancePath+"/" + i0,schemaPath:"#/$defs/name/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$"},message:"must match pattern \""+"^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$"+"\"",schema:"^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$",parentSchema:schema4,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
else {
const err2 = {instancePath:instancePath+"/" + i0,schemaPath:"#/$defs/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema4.type,parentSchema:schema4,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
var valid2 = _errs2 === errors;
var valid0 = _errs1 === errors;
if(!valid0){
valid1 = false;
}
}
let valid3;
let i1 = data.length;
let j0;
valid3 = true;
if(i1 > 1){
outer0:
for(;i1--;){
for(j0 = i1; j0--;){
if(func34(data[i1], data[j0])){
const err3 = {instancePath,schemaPath:"#/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)",schema:true,parentSchema:schema51,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
valid3 = false;
break outer0;
}
}
}
}
}
validate35.errors = vErrors;
return errors === 0;
}
validate35.evaluated = {"items":true,"dynamicProps":false,"dynamicItems":false};


function validate37(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate37.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs0 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
const _errs1 = errors;
for(const key0 in data){
if(!(((key0 === "checks") || (key0 === "stableFor")) || (key0 === "timeout"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema10,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.checks !== undefined){
let data0 = data.checks;
const _errs2 = errors;
if((!(Array.isArray(data0))) && (data0 !== null)){
const err1 = {instancePath:instancePath+"/checks",schemaPath:"#/properties/checks/type",keyword:"type",params:{type: schema10.properties.checks.type},message:"must be array,null",schema:schema10.properties.checks.type,parentSchema:schema10.properties.checks,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
const _errs3 = errors;
if(Array.isArray(data0)){
let valid2 = true;
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
const _errs4 = errors;
const _errs5 = errors;
const _errs6 = errors;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.name === undefined){
const err2 = {instancePath:instancePath+"/checks/" + i0,schemaPath:"#/$defs/verifyCheck/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema11.required,parentSchema:schema11,data:data1};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
const _errs7 = errors;
for(const key1 in data1){
if(!(((((((key1 === "name") || (key1 === "type")) || (key1 === "service")) || (key1 === "host")) || (key1 === "port")) || (key1 === "url")) || (key1 === "expectStatus"))){
const err3 = {instancePath:instancePath+"/checks/" + i0,schemaPath:"#/$defs/verifyCheck/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema11,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data1.name !== undefined){
let data2 = data1.name;
const _errs8 = errors;
const _errs9 = errors;
if(typeof data2 === "string"){
if(!pattern0.test(data2)){
const err4 = {instancePath:instancePath+"/checks/" + i0+"/name",schemaPath:"#/$defs/verifyCheck/properties/name/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$"},message:"must match pattern \""+"^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$"+"\"",schema:"^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$",parentSchema:schema11.properties.name,data:data2};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/checks/" + i0+"/name",schemaPath:"#/$defs/verifyCheck/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.name.type,parentSchema:schema11.properties.name,data:data2};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
var valid4 = _errs8 === errors;
}
if(data1.type !== undefined){
let data3 = data1.type;
const _errs10 = errors;
const vSchema0 = schema11.properties.type.enum;
if(!((((data3 === "consul") || (data3 === "tcp")) || (data3 === "http")) || (data3 === null))){
const err6 = {instancePath:instancePath+"/checks/" + i0+"/type",schemaPath:"#/$defs/verifyCheck/properties/type/enum",keyword:"enum",params:{allowedValues: schema11.properties.type.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.type.enum,parentSchema:schema11.properties.type,data:data3};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
var valid4 = _errs10 === errors;
}
if(data1.service !== undefined){
let data4 = data1.service;
const _errs11 = errors;
if((typeof data4 !== "string") && (data4 !== null)){
const err7 = {instancePath:instancePath+"/checks/" + i0+"/service",schemaPath:"#/$defs/verifyCheck/properties/service/type",keyword:"type",params:{type: schema11.properties.service.type},message:"must be string,null",schema:schema11.properties.service.type,parentSchema:schema11.properties.service,data:data4};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
const _errs12 = errors;
if(typeof data4 === "string"){
if(func0(data4) < 1){
const err8 = {instancePath:instancePath+"/checks/" + i0+"/service",schemaPath:"#/$defs/verifyCheck/properties/service/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.service,data:data4};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
var valid4 = _errs11 === errors;
}
if(data1.host !== undefined){
let data5 = data1.host;
const _errs13 = errors;
if((typeof data5 !== "string") && (data5 !== null)){
const err9 = {instancePath:instancePath+"/checks/" + i0+"/host",schemaPath:"#/$defs/verifyCheck/properties/host/type",keyword:"type",params:{type: schema11.properties.host.type},message:"must be string,null",schema:schema11.properties.host.type,parentSchema:schema11.properties.host,data:data5};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
const _errs14 = errors;
if(typeof data5 === "string"){
if(func0(data5) < 1){
const err10 = {instancePath:instancePath+"/checks/" + i0+"/host",schemaPath:"#/$defs/verifyCheck/properties/host/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.host,data:data5};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
var valid4 = _errs13 === errors;
}
if(data1.port !== undefined){
let data6 = data1.port;
const _errs15 = errors;
if((!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))) && (data6 !== null)){
const err11 = {instancePath:instancePath+"/checks/" + i0+"/port",schemaPath:"#/$defs/verifyCheck/properties/port/type",keyword:"type",params:{type: schema11.properties.port.type},message:"must be integer,null",schema:schema11.properties.port.type,parentSchema:schema11.properties.port,data:data6};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
const _errs16 = errors;
if((typeof data6 == "number") && (isFinite(data6))){
if(data6 > 65535 || isNaN(data6)){
const err12 = {instancePath:instancePath+"/checks/" + i0+"/port",schemaPath:"#/$defs/verifyCheck/properties/port/maximum",keyword:"maximum",params:{comparison: "<=", limit: 65535},message:"must be <= 65535",schema:65535,parentSchema:schema11.properties.port,data:data6};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data6 < 1 || isNaN(data6)){
const err13 = {instancePath:instancePath+"/checks/" + i0+"/port",schemaPath:"#/$defs/verifyCheck/properties/port/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema11.properties.port,data:data6};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
var valid4 = _errs15 === errors;
}
if(data1.url !== undefined){
let data7 = data1.url;
const _errs17 = errors;
if((typeof data7 !== "string") && (data7 !== null)){
const err14 = {instancePath:instancePath+"/checks/" + i0+"/url",schemaPath:"#/$defs/verifyCheck/properties/url/type",keyword:"type",params:{type: schema11.properties.url.type},message:"must be string,null",schema:schema11.properties.url.type,parentSchema:schema11.properties.url,data:data7};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
const _errs18 = errors;
if(typeof data7 === "string"){
if(!pattern8.test(data7)){
const err15 = {instancePath:instancePath+"/checks/" + i0+"/url",schemaPath:"#/$defs/verifyCheck/properties/url/pattern",keyword:"pattern",params:{pattern: "^https?://"},message:"must match pattern \""+"^https?://"+"\"",schema:"^https?://",parentSchema:schema11.properties.url,data:data7};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
var valid4 = _errs17 === errors;
}
if(data1.expectStatus !== undefined){
let data8 = data1.expectStatus;
const _errs19 = errors;
if((!(((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8))) && (isFinite(data8)))) && (data8 !== null)){
const err16 = {instancePath:instancePath+"/checks/" + i0+"/expectStatus",schemaPath:"#/$defs/verifyCheck/properties/expectStatus/type",keyword:"type",params:{type: schema11.properties.expectStatus.type},message:"must be integer,null",schema:schema11.properties.expectStatus.type,parentSchema:schema11.properties.expectStatus,data:data8};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
const _errs20 = errors;
if((typeof data8 == "number") && (isFinite(data8))){
if(data8 > 599 || isNaN(data8)){
const err17 = {instancePath:instancePath+"/checks/" + i0+"/expectStatus",schemaPath:"#/$defs/verifyCheck/properties/expectStatus/maximum",keyword:"maximum",params:{comparison: "<=", limit: 599},message:"must be <= 599",schema:599,parentSchema:schema11.properties.expectStatus,data:data8};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(data8 < 100 || isNaN(data8)){
const err18 = {instancePath:instancePath+"/checks/" + i0+"/expectStatus",schemaPath:"#/$defs/verifyCheck/properties/expectStatus/minimum",keyword:"minimum",params:{comparison: ">=", limit: 100},message:"must be >= 100",schema:100,parentSchema:schema11.properties.expectStatus,data:data8};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
var valid4 = _errs19 === errors;
}
}
else {
const err19 = {instancePath:instancePath+"/checks/" + i0,schemaPath:"#/$defs/verifyCheck/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.type,parentSchema:schema11,data:data1};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
var valid3 = _errs5 === errors;
var valid1 = _errs4 === errors;
if(!valid1){
valid2 = false;
}
}
}
var valid0 = _errs2 === errors;
}
if(data.stableFor !== undefined){
let data9 = data.stableFor;
const _errs21 = errors;
const _errs22 = errors;
let valid5 = false;
const _errs23 = errors;
const _errs24 = errors;
const _errs25 = errors;
if(typeof data9 === "string"){
if(!pattern12.test(data9)){
const err20 = {instancePath:instancePath+"/stableFor",schemaPath:"#/$defs/duration/pattern",keyword:"pattern",params:{pattern: "^([0-9]+(ms|s|m|h|d))+$"},message:"must match pattern \""+"^([0-9]+(ms|s|m|h|d))+$"+"\"",schema:"^([0-9]+(ms|s|m|h|d))+$",parentSchema:schema12,data:data9};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
else {
const err21 = {instancePath:instancePath+"/stableFor",schemaPath:"#/$defs/duration/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.type,parentSchema:schema12,data:data9};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
var valid6 = _errs24 === errors;
var _valid0 = _errs23 === errors;
valid5 = valid5 || _valid0;
if(_valid0){
}
const _errs26 = errors;
if(data9 !== null){
const err22 = {instancePath:instancePath+"/stableFor",schemaPath:"#/properties/stableFor/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema10.properties.stableFor.anyOf[1].type,parentSchema:schema10.properties.stableFor.anyOf[1],data:data9};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
const _errs27 = errors;
var _valid0 = _errs26 === errors;
valid5 = valid5 || _valid0;
if(_valid0){
}
if(!valid5){
const err23 = {instancePath:instancePath+"/stableFor",schemaPath:"#/properties/stableFor/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema10.properties.stableFor.anyOf,parentSchema:schema10.properties.stableFor,data:data9};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
else {
errors = _errs22;
if(vErrors !== null){
if(_errs22){
vErrors.length = _errs22;
}
else {
vErrors = null;
}
}
}
var valid0 = _errs21 === errors;
}
if(data.timeout !== undefined){
let data10 = data.timeout;
const _errs28 = errors;
const _errs29 = errors;
let valid7 = false;
const _errs30 = errors;
const _errs31 = errors;
const _errs32 = errors;
if(typeof data10 === "string"){
if(!pattern12.test(data10)){
const err24 = {instancePath:instancePath+"/timeout",schemaPath:"#/$defs/duration/pattern",keyword:"pattern",params:{pattern: "^([0-9]+(ms|s|m|h|d))+$"},message:"must match pattern \""+"^([0-9]+(ms|s|m|h|d))+$"+"\"",schema:"^([0-9]+(ms|s|m|h|d))+$",parentSchema:schema12,data:data10};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
else {
const err25 = {instancePath:instancePath+"/timeout",schemaPath:"#/$defs/duration/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.type,parentSchema:schema12,data:data10};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
var valid8 = _errs31 === errors;
var _valid1 = _errs30 === errors;
valid7 = valid7 || _valid1;
if(_valid1){
}
const _errs33 = errors;
if(data10 !== null){
const err26 = {instancePath:instancePath+"/timeout",schemaPath:"#/properties/timeout/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema10.properties.timeout.anyOf[1].type,parentSchema:schema10.properties.timeout.anyOf[1],data:data10};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
const _errs34 = errors;
var _valid1 = _errs33 === errors;
valid7 = valid7 || _valid1;
if(_valid1){
}
if(!valid7){
const err27 = {instancePath:instancePath+"/timeout",schemaPath:"#/properties/timeout/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema10.properties.timeout.anyOf,parentSchema:schema10.properties.timeout,data:data10};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
else {
errors = _errs29;
if(vErrors !== null){
if(_errs29){
vErrors.length = _errs29;
}
else {
vErrors = null;
}
}
}
var valid0 = _errs28 === errors;
}
}
else {
const err28 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema10.type,parentSchema:schema10,data};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
validate37.errors = vErrors;
return errors === 0;
}
validate37.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate32(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate32.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs0 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.apiVersion === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "apiVersion"},message:"must have required property '"+"apiVersion"+"'",schema:schema64.required,parentSchema:schema64,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.kind === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema64.required,parentSchema:schema64,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.metadata === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "metadata"},message:"must have required property '"+"metadata"+"'",schema:schema64.required,parentSchema:schema64,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.spec === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "spec"},message:"must have required property '"+"spec"+"'",schema:schema64.required,parentSchema:schema64,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
const _errs1 = errors;
for(const key0 in data){
if(!((((key0 === "apiVersion") || (key0 === "kind")) || (key0 === "metadata")) || (key0 === "spec"))){
const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema64,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.apiVersion !== undefined){
let data0 = data.apiVersion;
const _errs2 = errors;
const _errs3 = errors;
if("phoenix/v1alpha1" !== data0){
const err5 = {instancePath:instancePath+"/apiVersion",schemaPath:"definitions.schema.json#/$defs/apiVersion/const",keyword:"const",params:{allowedValue: "phoenix/v1alpha1"},message:"must be equal to constant",schema:"phoenix/v1alpha1",parentSchema:schema2,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
var valid1 = _errs3 === errors;
var valid0 = _errs2 === errors;
}
if(data.kind !== undefined){
let data1 = data.kind;
const _errs4 = errors;
if("Node" !== data1){
const err6 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/const",keyword:"const",params:{allowedValue: "Node"},message:"must be equal to constant",schema:"Node",parentSchema:schema64.properties.kind,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
var valid0 = _errs4 === errors;
}
if(data.metadata !== undefined){
let data2 = data.metadata;
const _errs5 = errors;
if(!(validate33(data2, {instancePath:instancePath+"/metadata",parentData:data,parentDataProperty:"metadata",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors);
errors = vErrors.length;
}
else {
}
var valid0 = _errs5 === errors;
}
if(data.spec !== undefined){
let data3 = data.spec;
const _errs6 = errors;
const _errs7 = errors;
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if(data3.plan === undefined){
const err7 = {instancePath:instancePath+"/spec",schemaPath:"#/properties/spec/required",keyword:"required",params:{missingProperty: "plan"},message:"must have required property '"+"plan"+"'",schema:schema64.properties.spec.required,parentSchema:schema64.properties.spec,data:data3};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data3.hardware === undefined){
const err8 = {instancePath:instancePath+"/spec",schemaPath:"#/properties/spec/required",keyword:"required",params:{missingProperty: "hardware"},message:"must have required property '"+"hardware"+"'",schema:schema64.properties.spec.required,parentSchema:schema64.properties.spec,data:data3};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
const _errs8 = errors;
for(const key1 in data3){
if(!((((((((key1 === "plan") || (key1 === "hardware")) || (key1 === "fqdn")) || (key1 === "attributes")) || (key1 === "protected")) || (key1 === "dependsOn")) || (key1 === "verify")) || (key1 === "remediation"))){
const err9 = {instancePath:instancePath+"/spec",schemaPath:"#/properties/spec/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema64.properties.spec,data:data3};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data3.plan !== undefined){
let data4 = data3.plan;
const _errs9 = errors;
const _errs10 = errors;
const _errs11 = errors;
if(typeof data4 === "string"){
if(!pattern0.test(data4)){
const err10 = {instancePath:instancePath+"/spec/plan",schemaPath:"definitions.schema.json#/$defs/name/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$"},message:"must match pattern \""+"^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$"+"\"",schema:"^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$",parentSchema:schema4,data:data4};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/spec/plan",schemaPath:"definitions.schema.json#/$defs/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema4.type,parentSchema:schema4,data:data4};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
var valid3 = _errs10 === errors;
var valid2 = _errs9 === errors;
}
if(data3.hardware !== undefined){
let data5 = data3.hardware;
const _errs12 = errors;
const _errs13 = errors;
const _errs14 = errors;
let valid4 = false;
let passing0 = null;
const _errs15 = errors;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.enclosure === undefined){
const err12 = {instancePath:instancePath+"/spec/hardware",schemaPath:"#/properties/spec/properties/hardware/oneOf/0/required",keyword:"required",params:{missingProperty: "enclosure"},message:"must have required property '"+"enclosure"+"'",schema:schema64.properties.spec.properties.hardware.oneOf[0].required,parentSchema:schema64.properties.spec.properties.hardware.oneOf[0],data:data5};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data5.bay === undefined){
const err13 = {instancePath:instancePath+"/spec/hardware",schemaPath:"#/properties/spec/properties/hardware/oneOf/0/required",keyword:"required",params:{missingProperty: "bay"},message:"must have required property '"+"bay"+"'",schema:schema64.properties.spec.properties.hardware.oneOf[0].required,parentSchema:schema64.properties.spec.properties.hardware.oneOf[0],data:data5};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
var _valid0 = _errs15 === errors;
if(_valid0){
valid4 = true;
passing0 = 0;
}
const _errs16 = errors;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.serialNumber === undefined){
const err14 = {instancePath:instancePath+"/spec/hardware",schemaPath:"#/properties/spec/properties/hardware/oneOf/1/required",keyword:"required",params:{missingProperty: "serialNumber"},message:"must have required property '"+"serialNumber"+"'",schema:schema64.properties.spec.properties.hardware.oneOf[1].required,parentSchema:schema64.properties.spec.properties.hardware.oneOf[1],data:data5};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
var _valid0 = _errs16 === errors;
if(_valid0 && valid4){
valid4 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid4 = true;
passing0 = 1;
}
}
if(!valid4){
const err15 = {instancePath:instancePath+"/spec/hardware",schemaPath:"#/properties/spec/properties/hardware/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema64.properties.spec.properties.hardware.oneOf,parentSchema:schema64.properties.spec.properties.hardware,data:data5};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
else {
errors = _errs14;
if(vErrors !== null){
if(_errs14){
vErrors.length = _errs14;
}
else {
vErrors = null;
}
}
}
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
const _errs17 = errors;
for(const key2 in data5){
if(!(((((key2 === "enclosure") || (key2 === "bay")) || (key2 === "serialNumber")) || (key2 === "serverHardwareType")) || (key2 === "enclosureGroup"))){
const err16 = {instancePath:instancePath+"/spec/hardware",schemaPath:"#/properties/spec/properties/hardware/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema64.properties.spec.properties.hardware,data:data5};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data5.enclosure !== undefined){
let data6 = data5.enclosure;
const _errs18 = errors;
const _errs19 = errors;
if(typeof data6 === "string"){
if(func0(data6) < 1){
const err17 = {instancePath:instancePath+"/spec/hardware/enclosure",schemaPath:"#/properties/spec/properties/hardware/properties/enclosure/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema64.properties.spec.properties.hardware.properties.enclosure,data:data6};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
else {
const err18 = {instancePath:instancePath+"/spec/hardware/enclosure",schemaPath:"#/properties/spec/properties/hardware/properties/enclosure/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema64.properties.spec.properties.hardware.properties.enclosure.type,parentSchema:schema64.properties.spec.properties.hardware.properties.enclosure,data:data6};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
var valid5 = _errs18 === errors;
}
if(data5.bay !== undefined){
let data7 = data5.bay;
const _errs20 = errors;
if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){
const err19 = {instancePath:instancePath+"/spec/hardware/bay",schemaPath:"#/properties/spec/properties/hardware/properties/bay/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema64.properties.spec.properties.hardware.properties.bay.type,parentSchema:schema64.properties.spec.properties.hardware.properties.bay,data:data7};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
const _errs21 = errors;
if((typeof data7 == "number") && (isFinite(data7))){
if(data7 > 64 || isNaN(data7)){
const err20 = {instancePath:instancePath+"/spec/hardware/bay",schemaPath:"#/properties/spec/properties/hardware/properties/bay/maximum",keyword:"maximum",params:{comparison: "<=", limit: 64},message:"must be <= 64",schema:64,parentSchema:schema64.properties.spec.properties.hardware.properties.bay,data:data7};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(data7 < 1 || isNaN(data7)){
const err21 = {instancePath:instancePath+"/spec/hardware/bay",schemaPath:"#/properties/spec/properties/hardware/properties/bay/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema64.properties.spec.properties.hardware.properties.bay,data:data7};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
var valid5 = _errs20 === errors;
}
if(data5.serialNumber !== undefined){
let data8 = data5.serialNumber;
const _errs22 = errors;
const _errs23 = errors;
if(typeof data8 === "string"){
if(func0(data8) < 1){
const err22 = {instancePath:instancePath+"/spec/hardware/serialNumber",schemaPath:"#/properties/spec/properties/hardware/properties/serialNumber/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema64.properties.spec.properties.hardware.properties.serialNumber,data:data8};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
else {
const err23 = {instancePath:instancePath+"/spec/hardware/serialNumber",schemaPath:"#/properties/spec/properties/hardware/properties/serialNumber/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema64.properties.spec.properties.hardware.properties.serialNumber.type,parentSchema:schema64.properties.spec.properties.hardware.properties.serialNumber,data:data8};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
var valid5 = _errs22 === errors;
}
if(data5.serverHardwareType !== undefined){
let data9 = data5.serverHardwareType;
const _errs24 = errors;
if((typeof data9 !== "string") && (data9 !== null)){
const err24 = {instancePath:instancePath+"/spec/hardware/serverHardwareType",schemaPath:"#/properties/spec/properties/hardware/properties/serverHardwareType/type",keyword:"type",params:{type: schema64.properties.spec.properties.hardware.properties.serverHardwareType.type},message:"must be string,null",schema:schema64.properties.spec.properties.hardware.properties.serverHardwareType.type,parentSchema:schema64.properties.spec.properties.hardware.properties.serverHardwareType,data:data9};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
const _errs25 = errors;
if(typeof data9 === "string"){
if(func0(data9) < 1){
const err25 = {instancePath:instancePath+"/spec/hardware/serverHardwareType",schemaPath:"#/properties/spec/properties/hardware/properties/serverHardwareType/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema64.properties.spec.properties.hardware.properties.serverHardwareType,data:data9};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
var valid5 = _errs24 === errors;
}
if(data5.enclosureGroup !== undefined){
let data10 = data5.enclosureGroup;
const _errs26 = errors;
if((typeof data10 !== "string") && (data10 !== null)){
const err26 = {instancePath:instancePath+"/spec/hardware/enclosureGroup",schemaPath:"#/properties/spec/properties/hardware/properties/enclosureGroup/type",keyword:"type",params:{type: schema64.properties.spec.properties.hardware.properties.enclosureGroup.type},message:"must be string,null",schema:schema64.properties.spec.properties.hardware.properties.enclosureGroup.type,parentSchema:schema64.properties.spec.properties.hardware.properties.enclosureGroup,data:data10};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
const _errs27 = errors;
if(typeof data10 === "string"){
if(func0(data10) < 1){
const err27 = {instancePath:instancePath+"/spec/hardware/enclosureGroup",schemaPath:"#/properties/spec/properties/hardware/properties/enclosureGroup/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema64.properties.spec.properties.hardware.properties.enclosureGroup,data:data10};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
var valid5 = _errs26 === errors;
}
let missing0;
if(data5.enclosure !== undefined){
if(data5.bay === undefined){
const err28 = {instancePath:instancePath+"/spec/hardware",schemaPath:"#/properties/spec/properties/hardware/dependentRequired",keyword:"dependentRequired",params:{property: "enclosure",
    missingProperty: "bay",
    depsCount: 1,
    deps: "bay"},message:"must have property bay when property enclosure is present",schema:schema64.properties.spec.properties.hardware.dependentRequired,parentSchema:schema64.properties.spec.properties.hardware,data:data5};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data5.bay !== undefined){
if(data5.enclosure === undefined){
const err29 = {instancePath:instancePath+"/spec/hardware",schemaPath:"#/properties/spec/properties/hardware/dependentRequired",keyword:"dependentRequired",params:{property: "bay",
    missingProperty: "enclosure",
    depsCount: 1,
    deps: "enclosure"},message:"must have property enclosure when property bay is present",schema:schema64.properties.spec.properties.hardware.dependentRequired,parentSchema:schema64.properties.spec.properties.hardware,data:data5};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
}
else {
const err30 = {instancePath:instancePath+"/spec/hardware",schemaPath:"#/properties/spec/properties/hardware/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema64.properties.spec.properties.hardware.type,parentSchema:schema64.properties.spec.properties.hardware,data:data5};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
var valid2 = _errs12 === errors;
}
if(data3.fqdn !== undefined){
let data11 = data3.fqdn;
const _errs28 = errors;
const _errs29 = errors;
if(typeof data11 === "string"){
if(func0(data11) < 1){
const err31 = {instancePath:instancePath+"/spec/fqdn",schemaPath:"#/properties/spec/properties/fqdn/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema64.properties.spec.properties.fqdn,data:data11};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
else {
const err32 = {instancePath:instancePath+"/spec/fqdn",schemaPath:"#/properties/spec/properties/fqdn/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema64.properties.spec.properties.fqdn.type,parentSchema:schema64.properties.spec.properties.fqdn,data:data11};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
var valid2 = _errs28 === errors;
}
if(data3.attributes !== undefined){
let data12 = data3.attributes;
const _errs30 = errors;
const _errs31 = errors;
let valid6 = false;
const _errs32 = errors;
const _errs33 = errors;
const _errs34 = errors;
if(data12 && typeof data12 == "object" && !Array.isArray(data12)){
for(const key3 in data12){
const _errs35 = errors;
if(typeof key3 === "string"){
if(!pattern9.test(key3)){
const err33 = {instancePath:instancePath+"/spec/attributes",schemaPath:"definitions.schema.json#/$defs/attributes/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*(\\.(connectionid|dhcp|ipv4disable|networkuri|constraint))?$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*(\\.(connectionid|dhcp|ipv4disable|networkuri|constraint))?$"+"\"",schema:"^[A-Za-z_][A-Za-z0-9_]*(\\.(connectionid|dhcp|ipv4disable|networkuri|constraint))?$",parentSchema:schema8.propertyNames,data:key3,propertyName:key3};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
var valid8 = _errs35 === errors;
if(!valid8){
const err34 = {instancePath:instancePath+"/spec/attributes",schemaPath:"definitions.schema.json#/$defs/attributes/propertyNames",keyword:"propertyNames",params:{propertyName: key3},message:"property name must be valid",schema:schema8.propertyNames,parentSchema:schema8,data:data12};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
const _errs36 = errors;
for(const key4 in data12){
let data13 = data12[key4];
const _errs37 = errors;
if((typeof data13 !== "string") && (data13 !== null)){
const err35 = {instancePath:instancePath+"/spec/attributes/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"definitions.schema.json#/$defs/attributes/additionalProperties/type",keyword:"type",params:{type: schema8.additionalProperties.type},message:"must be string,null",schema:schema8.additionalProperties.type,parentSchema:schema8.additionalProperties,data:data13};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
const _errs38 = errors;
var valid9 = _errs37 === errors;
}
}
else {
const err36 = {instancePath:instancePath+"/spec/attributes",schemaPath:"definitions.schema.json#/$defs/attributes/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema8.type,parentSchema:schema8,data:data12};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
var valid7 = _errs33 === errors;
var _valid1 = _errs32 === errors;
valid6 = valid6 || _valid1;
if(_valid1){
var props0 = true;
}
const _errs39 = errors;
if(data12 !== null){
const err37 = {instancePath:instancePath+"/spec/attributes",schemaPath:"#/properties/spec/properties/attributes/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema64.properties.spec.properties.attributes.anyOf[1].type,parentSchema:schema64.properties.spec.properties.attributes.anyOf[1],data:data12};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
const _errs40 = errors;
var _valid1 = _errs39 === errors;
valid6 = valid6 || _valid1;
if(_valid1){
}
if(!valid6){
const err38 = {instancePath:instancePath+"/spec/attributes",schemaPath:"#/properties/spec/properties/attributes/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema64.properties.spec.properties.attributes.anyOf,parentSchema:schema64.properties.spec.properties.attributes,data:data12};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
else {
errors = _errs31;
if(vErrors !== null){
if(_errs31){
vErrors.length = _errs31;
}
else {
vErrors = null;
}
}
}
var valid2 = _errs30 === errors;
}
if(data3.protected !== undefined){
let data14 = data3.protected;
const _errs41 = errors;
if(typeof data14 !== "boolean"){
const err39 = {instancePath:instancePath+"/spec/protected",schemaPath:"#/properties/spec/properties/protected/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema64.properties.spec.properties.protected.type,parentSchema:schema64.properties.spec.properties.protected,data:data14};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
const _errs42 = errors;
var valid2 = _errs41 === errors;
}
if(data3.dependsOn !== undefined){
let data15 = data3.dependsOn;
const _errs43 = errors;
if(!(validate35(data15, {instancePath:instancePath+"/spec/dependsOn",parentData:data3,parentDataProperty:"dependsOn",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors);
errors = vErrors.length;
}
else {
}
var valid2 = _errs43 === errors;
}
if(data3.verify !== undefined){
let data16 = data3.verify;
const _errs44 = errors;
const _errs45 = errors;
let valid10 = false;
const _errs46 = errors;
if(!(validate37(data16, {instancePath:instancePath+"/spec/verify",parentData:data3,parentDataProperty:"verify",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate37.errors : vErrors.concat(validate37.errors);
errors = vErrors.length;
}
else {
}
var _valid2 = _errs46 === errors;
valid10 = valid10 || _valid2;
if(_valid2){
var props1 = true;
}
const _errs47 = errors;
if(data16 !== null){
const err40 = {instancePath:instancePath+"/spec/verify",schemaPath:"#/properties/spec/properties/verify/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema64.properties.spec.properties.verify.anyOf[1].type,parentSchema:schema64.properties.spec.properties.verify.anyOf[1],data:data16};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
const _errs48 = errors;
var _valid2 = _errs47 === errors;
valid10 = valid10 || _valid2;
if(_valid2){
}
if(!valid10){
const err41 = {instancePath:instancePath+"/spec/verify",schemaPath:"#/properties/spec/properties/verify/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema64.properties.spec.properties.verify.anyOf,parentSchema:schema64.properties.spec.properties.verify,data:data16};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
else {
errors = _errs45;
if(vErrors !== null){
if(_errs45){
vErrors.length = _errs45;
}
else {
vErrors = null;
}
}
}
var valid2 = _errs44 === errors;
}
if(data3.remediation !== undefined){
let data17 = data3.remediation;
const _errs49 = errors;
const _errs50 = errors;
let valid11 = false;
const _errs51 = errors;
const _errs52 = errors;
const _errs53 = errors;
if(data17 && typeof data17 == "object" && !Array.isArray(data17)){
const _errs54 = errors;
for(const key5 in data17){
if(!((key5 === "enabled") || (key5 === "strategy"))){
const err42 = {instancePath:instancePath+"/spec/remediation",schemaPath:"definitions.schema.json#/$defs/remediation/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties",schema:false,parentSchema:schema18,data:data17};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
if(data17.enabled !== undefined){
let data18 = data17.enabled;
const _errs55 = errors;
if((typeof data18 !== "boolean") && (data18 !== null)){
const err43 = {instancePath:instancePath+"/spec/remediation/enabled",schemaPath:"definitions.schema.json#/$defs/remediation/properties/enabled/type",keyword:"type",params:{type: schema18.properties.enabled.type},message:"must be boolean,null",schema:schema18.properties.enabled.type,parentSchema:schema18.properties.enabled,data:data18};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
const _errs56 = errors;
var valid13 = _errs55 === errors;
}
if(data17.strategy !== undefined){
let data19 = data17.strategy;
const _errs57 = errors;
const vSchema0 = schema18.properties.strategy.enum;
if(!(((data19 === "recycle") || (data19 === "abandon")) || (data19 === null))){
const err44 = {instancePath:instancePath+"/spec/remediation/strategy",schemaPath:"definitions.schema.json#/$defs/remediation/properties/strategy/enum",keyword:"enum",params:{allowedValues: schema18.properties.strategy.enum},message:"must be equal to one of the allowed values",schema:schema18.properties.strategy.enum,parentSchema:schema18.properties.strategy,data:data19};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
var valid13 = _errs57 === errors;
}
}
else {
const err45 = {instancePath:instancePath+"/spec/remediation",schemaPath:"definitions.schema.json#/$defs/remediation/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema18.type,parentSchema:schema18,data:data17};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
var valid12 = _errs52 === errors;
var _valid3 = _errs51 === errors;
valid11 = valid11 || _valid3;
if(_valid3){
var props2 = true;
}
const _errs58 = errors;
if(data17 !== null){
const err46 = {instancePath:instancePath+"/spec/remediation",schemaPath:"#/properties/spec/properties/remediation/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema64.properties.spec.properties.remediation.anyOf[1].type,parentSchema:schema64.properties.spec.properties.remediation.anyOf[1],data:data17};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
const _errs59 = errors;
var _valid3 = _errs58 === errors;
valid11 = valid11 || _valid3;
if(_valid3){
}
if(!valid11){
const err47 = {instancePath:instancePath+"/spec/remediation",schemaPath:"#/properties/spec/properties/remediation/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema64.properties.spec.properties.remediation.anyOf,parentSchema:schema64.properties.spec.properties.remediation,data:data17};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
else {
errors = _errs50;
if(vErrors !== null){
if(_errs50){
vErrors.length = _errs50;
}
else {
vErrors = null;
}
}
}
var valid2 = _errs49 === errors;
}
}
else {
const err48 = {instancePath:instancePath+"/spec",schemaPath:"#/properties/spec/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema64.properties.spec.type,parentSchema:schema64.properties.spec,data:data3};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
var valid0 = _errs6 === errors;
}
}
else {
const err49 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema64.type,parentSchema:schema64,data};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
validate32.errors = vErrors;
return errors === 0;
}
validate32.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const ProfileTemplate = validate39;
const schema77 = {"$schema":"https://json-schema.org/draft/2020-12/schema","title":"ProfileTemplate","description":"A OneView server profile template held in Git: hardware, connections by network name, boot, BIOS overrides, firmware baseline, local storage, management processor settings and the OS deployment plan. Phoenix creates and updates it on the appliance (named after metadata.name) before the nodes that use it, and a change to it replaces those nodes. Templates inherit from one another with extends.","type":"object","additionalProperties":false,"required":["apiVersion","kind","metadata","spec"],"properties":{"apiVersion":{"$ref":"definitions.schema.json#/$defs/apiVersion"},"kind":{"const":"ProfileTemplate"},"metadata":{"$ref":"definitions.schema.json#/$defs/metadata"},"spec":{"type":"object","additionalProperties":false,"properties":{"extends":{"description":"The parent template; this template's settings merge over it (maps deeply, lists replaced, null deletes).","$ref":"definitions.schema.json#/$defs/name"},"serverHardwareType":{"description":"Server hardware type name, e.g. \"SY 480 Gen10 1\"; resolved on the appliance when planning.","type":["string","null"],"minLength":1},"enclosureGroup":{"description":"Enclosure group name; resolved on the appliance when planning.","type":["string","null"],"minLength":1},"affinity":{"description":"Bay (default) or BayAndServer.","enum":["Bay","BayAndServer",null]},"connections":{"description":"Network connections, each by network or network set name.","type":["array","null"],"items":{"$ref":"definitions.schema.json#/$defs/templateConnection"}},"bootMode":{"description":"Boot mode; absent leaves it unmanaged.","type":["object","null"],"additionalProperties":false,"required":["mode"],"properties":{"mode":{"enum":["UEFI","UEFIOptimized","BIOS"]},"pxeBootPolicy":{"enum":["Auto","IPv4","IPv6","IPv4ThenIPv6","IPv6ThenIPv4"]},"secureBoot":{"enum":["Enabled","Disabled","Unmanaged"]}}},"bootOrder":{"description":"Boot order; absent leaves it unmanaged.","type":["array","null"],"items":{"enum":["CD","USB","HardDisk","PXE","FibreChannelHba"]},"uniqueItems":true},"bios":{"description":"BIOS settings overridden by the template, by setting id; values are strings. null removes an inherited setting.","type":["object","null"],"propertyNames":{"pattern":"^[A-Za-z][A-Za-z0-9_.-]{0,127}$"},"additionalProperties":{"type":["string","null"],"maxLength":256}},"firmware":{"description":"The firmware baseline the template installs (manageFirmware); absent leaves firmware unmanaged.","type":["object","null"],"additionalProperties":false,"required":["baseline"],"properties":{"baseline":{"description":"Firmware bundle (SPP) name as the appliance lists it under /rest/firmware-drivers.","type":"string","minLength":1},"installType":{"description":"What is installed (default FirmwareOnly).","enum":["FirmwareOnly","FirmwareAndOSDrivers","FirmwareOnlyOfflineMode"]},"force":{"description":"Install even when the installed version is newer.","type":"boolean"},"activation":{"description":"When installed firmware is activated (default Immediate).","enum":["Immediate","NotScheduled"]}}},"localStorage":{"description":"Local storage controllers and their logical drives.","type":["object","null"],"additionalProperties":false,"properties":{"controllers":{"type":"array","items":{"$ref":"definitions.schema.json#/$defs/storageController"}}}},"managementProcessor":{"description":"iLO settings the template manages, without secrets: a key that names a password is refused.","type":["object","null"],"additionalProperties":false,"properties":{"settings":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["settingType"],"properties":{"settingType":{"type":"string","pattern":"^[A-Za-z][A-Za-z0-9]{0,63}$"},"args":{"type":"object","propertyNames":{"pattern":"^[A-Za-z][A-Za-z0-9_]{0,63}$"},"additionalProperties":{"type":["string","number","boolean"]}}}}}}},"deploymentPlan":{"description":"Image Streamer OS deployment plan the template carries (where the site has one).","anyOf":[{"$ref":"definitions.schema.json#/$defs/artifactRef"},{"type":"null"}]}}}}};
const schema82 = {"description":"One connection: a port, the network (or network set) it carries, bandwidth and boot priority.","type":"object","additionalProperties":false,"required":["id","portId"],"properties":{"id":{"description":"Connection id, unique in the template.","type":"integer","minimum":1,"maximum":64},"name":{"type":"string","minLength":1,"maxLength":100},"portId":{"description":"Adapter port and function, e.g. \"Mezz 3:1-a\", or \"Auto\"; unique in the template.","type":"string","pattern":"^(Auto|[A-Za-z]+ [0-9]+:[0-9]+(-[a-d])?)$"},"functionType":{"enum":["Ethernet","FibreChannel","iSCSI"]},"network":{"description":"Network name.","type":"string","minLength":1},"networkSet":{"description":"Network set name (instead of network).","type":"string","minLength":1},"requestedMbps":{"description":"Requested bandwidth in Mb/s; must not exceed the port's maximum.","type":"integer","minimum":100,"maximum":100000},"bootPriority":{"enum":["NotBootable","Primary","Secondary"]}},"oneOf":[{"required":["network"]},{"required":["networkSet"]}]};
const schema83 = {"type":"object","additionalProperties":false,"required":["deviceSlot","mode"],"properties":{"deviceSlot":{"description":"e.g. \"Embedded\" or \"Mezz 1\".","type":"string","minLength":1},"mode":{"enum":["RAID","HBA","Mixed"]},"initialize":{"type":"boolean"},"logicalDrives":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["name","raidLevel"],"properties":{"name":{"type":"string","minLength":1,"maxLength":64},"raidLevel":{"enum":["RAID0","RAID1","RAID1ADM","RAID5","RAID6","RAID10"]},"bootable":{"type":"boolean"},"numPhysicalDrives":{"type":"integer","minimum":1,"maximum":64},"driveTechnology":{"enum":["SasHdd","SataHdd","SasSsd","SataSsd","NVMeSsd"]}}}}}};

function validate40(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate40.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs0 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.name === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema3.required,parentSchema:schema3,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
const _errs1 = errors;
for(const key0 in data){
if(!((key0 === "name") || (key0 === "labels"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema3,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.name !== undefined){
let data0 = data.name;
const _errs2 = errors;
const _errs3 = errors;
const _errs4 = errors;
if(typeof data0 === "string"){
if(!pattern0.test(data0)){
const err2 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/name/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$"},message:"must match pattern \""+"^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$"+"\"",schema:"^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$",parentSchema:schema4,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema4.type,parentSchema:schema4,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
var valid1 = _errs3 === errors;
var valid0 = _errs2 === errors;
}
if(data.labels !== undefined){
let data1 = data.labels;
const _errs5 = errors;
const _errs6 = errors;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
const _errs7 = errors;
for(const key1 in data1){
let data2 = data1[key1];
const _errs8 = errors;
if(typeof data2 !== "string"){
const err4 = {instancePath:instancePath+"/labels/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/labels/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema3.properties.labels.additionalProperties.type,parentSchema:schema3.properties.labels.additionalProperties,data:data2};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
const _errs9 = errors;
var valid2 = _errs8 === errors;
}
}
else {
const err5 = {instancePath:instancePath+"/labels",schemaPath:"#/properties/labels/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema3.properties.labels.type,parentSchema:schema3.properties.labels,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
var valid0 = _errs5 === errors;
}
}
else {
const err6 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema3.type,parentSchema:schema3,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
validate40.errors = vErrors;
return errors === 0;
}
validate40.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const pattern57 = new RegExp("^(Auto|[A-Za-z]+ [0-9]+:[0-9]+(-[a-d])?)$", "u");
const pattern58 = new RegExp("^[A-Za-z][A-Za-z0-9_.-]{0,127}$", "u");
const pattern59 = new RegExp("^[A-Za-z][A-Za-z0-9]{0,63}$", "u");
const pattern60 = new RegExp("^[A-Za-z][A-Za-z0-9_]{0,63}$", "u");

function validate39(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate39.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs0 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.apiVersion === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "apiVersion"},message:"must have required property '"+"apiVersion"+"'",schema:schema77.required,parentSchema:schema77,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.kind === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema77.required,parentSchema:schema77,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.metadata === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "metadata"},message:"must have required property '"+"metadata"+"'",schema:schema77.required,parentSchema:schema77,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.spec === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "spec"},message:"must have required property '"+"spec"+"'",schema:schema77.required,parentSchema:schema77,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
const _errs1 = errors;
for(const key0 in data){
if(!((((key0 === "apiVersion") || (key0 === "kind")) || (key0 === "metadata")) || (key0 === "spec"))){
const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema77,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.apiVersion !== undefined){
let data0 = data.apiVersion;
const _errs2 = errors;
const _errs3 = errors;
if("phoenix/v1alpha1" !== data0){
const err5 = {instancePath:instancePath+"/apiVersion",schemaPath:"definitions.schema.json#/$defs/apiVersion/const",keyword:"const",params:{allowedValue: "phoenix/v1alpha1"},message:"must be equal to constant",schema:"phoenix/v1alpha1",parentSchema:schema2,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
var valid1 = _errs3 === errors;
var valid0 = _errs2 === errors;
}
if(data.kind !== undefined){
let data1 = data.kind;
const _errs4 = errors;
if("ProfileTemplate" !== data1){
const err6 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/const",keyword:"const",params:{allowedValue: "ProfileTemplate"},message:"must be equal to constant",schema:"ProfileTemplate",parentSchema:schema77.properties.kind,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
var valid0 = _errs4 === errors;
}
if(data.metadata !== undefined){
let data2 = data.metadata;
const _errs5 = errors;
if(!(validate40(data2, {instancePath:instancePath+"/metadata",parentData:data,parentDataProperty:"metadata",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
errors = vErrors.length;
}
else {
}
var valid0 = _errs5 === errors;
}
if(data.spec !== undefined){
let data3 = data.spec;
const _errs6 = errors;
const _errs7 = errors;
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
const _errs8 = errors;
for(const key1 in data3){
if(!(func11.call(schema77.properties.spec.properties, key1))){
const err7 = {instancePath:instancePath+"/spec",schemaPath:"#/properties/spec/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema77.properties.spec,data:data3};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data3.extends !== undefined){
let data4 = data3.extends;
const _errs9 = errors;
const _errs10 = errors;
const _errs11 = errors;
if(typeof data4 === "string"){
if(!pattern0.test(data4)){
const err8 = {instancePath:instancePath+"/spec/extends",schemaPath:"definitions.schema.json#/$defs/name/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$"},message:"must match pattern \""+"^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$"+"\"",schema:"^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$",parentSchema:schema4,data:data4};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/spec/extends",schemaPath:"definitions.schema.json#/$defs/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema4.type,parentSchema:schema4,data:data4};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
var valid3 = _errs10 === errors;
var valid2 = _errs9 === errors;
}
if(data3.serverHardwareType !== undefined){
let data5 = data3.serverHardwareType;
const _errs12 = errors;
if((typeof data5 !== "string") && (data5 !== null)){
const err10 = {instancePath:instancePath+"/spec/serverHardwareType",schemaPath:"#/properties/spec/properties/serverHardwareType/type",keyword:"type",params:{type: schema77.properties.spec.properties.serverHardwareType.type},message:"must be string,null",schema:schema77.properties.spec.properties.serverHardwareType.type,parentSchema:schema77.properties.spec.properties.serverHardwareType,data:data5};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
const _errs13 = errors;
if(typeof data5 === "string"){
if(func0(data5) < 1){
const err11 = {instancePath:instancePath+"/spec/serverHardwareType",schemaPath:"#/properties/spec/properties/serverHardwareType/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema77.properties.spec.properties.serverHardwareType,data:data5};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
var valid2 = _errs12 === errors;
}
if(data3.enclosureGroup !== undefined){
let data6 = data3.enclosureGroup;
const _errs14 = errors;
if((typeof data6 !== "string") && (data6 !== null)){
const err12 = {instancePath:instancePath+"/spec/enclosureGroup",schemaPath:"#/properties/spec/properties/enclosureGroup/type",keyword:"type",params:{type: schema77.properties.spec.properties.enclosureGroup.type},message:"must be string,null",schema:schema77.properties.spec.properties.enclosureGroup.type,parentSchema:schema77.properties.spec.properties.enclosureGroup,data:data6};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
const _errs15 = errors;
if(typeof data6 === "string"){
if(func0(data6) < 1){
const err13 = {instancePath:instancePath+"/spec/enclosureGroup",schemaPath:"#/properties/spec/properties/enclosureGroup/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema77.properties.spec.properties.enclosureGroup,data:data6};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
var valid2 = _errs14 === errors;
}
if(data3.affinity !== undefined){
let data7 = data3.affinity;
const _errs16 = errors;
const vSchema0 = schema77.properties.spec.properties.affinity.enum;
if(!(((data7 === "Bay") || (data7 === "BayAndServer")) || (data7 === null))){
const err14 = {instancePath:instancePath+"/spec/affinity",schemaPath:"#/properties/spec/properties/affinity/enum",keyword:"enum",params:{allowedValues: schema77.properties.spec.properties.affinity.enum},message:"must be equal to one of the allowed values",schema:schema77.properties.spec.properties.affinity.enum,parentSchema:schema77.properties.spec.properties.affinity,data:data7};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
var valid2 = _errs16 === errors;
}
if(data3.connections !== undefined){
let data8 = data3.connections;
const _errs17 = errors;
if((!(Array.isArray(data8))) && (data8 !== null)){
const err15 = {instancePath:instancePath+"/spec/connections",schemaPath:"#/properties/spec/properties/connections/type",keyword:"type",params:{type: schema77.properties.spec.properties.connections.type},message:"must be array,null",schema:schema77.properties.spec.properties.connections.type,parentSchema:schema77.properties.spec.properties.connections,data:data8};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
const _errs18 = errors;
if(Array.isArray(data8)){
let valid5 = true;
const len0 = data8.length;
for(let i0=0; i0<len0; i0++){
let data9 = data8[i0];
const _errs19 = errors;
const _errs20 = errors;
const _errs21 = errors;
const _errs22 = errors;
let valid7 = false;
let passing0 = null;
const _errs23 = errors;
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
if(data9.network === undefined){
const err16 = {instancePath:instancePath+"/spec/connections/" + i0,schemaPath:"definitions.schema.json#/$defs/templateConnection/oneOf/0/required",keyword:"required",params:{missingProperty: "network"},message:"must have required property '"+"network"+"'",schema:schema82.oneOf[0].required,parentSchema:schema82.oneOf[0],data:data9};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
var _valid0 = _errs23 === errors;
if(_valid0){
valid7 = true;
passing0 = 0;
}
const _errs24 = errors;
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
if(data9.networkSet === undefined){
const err17 = {instancePath:instancePath+"/spec/connections/" + i0,schemaPath:"definitions.schema.json#/$defs/templateConnection/oneOf/1/required",keyword:"required",params:{missingProperty: "networkSet"},message:"must have required property '"+"networkSet"+"'",schema:schema82.oneOf[1].required,parentSchema:schema82.oneOf[1],data:data9};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
var _valid0 = _errs24 === errors;
if(_valid0 && valid7){
valid7 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid7 = true;
passing0 = 1;
}
}
if(!valid7){
const err18 = {instancePath:instancePath+"/spec/connections/" + i0,schemaPath:"definitions.schema.json#/$defs/templateConnection/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema82.oneOf,parentSchema:schema82,data:data9};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
else {
errors = _errs22;
if(vErrors !== null){
if(_errs22){
vErrors.length = _errs22;
}
else {
vErrors = null;
}
}
}
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
if(data9.id === undefined){
const err19 = {instancePath:instancePath+"/spec/connections/" + i0,schemaPath:"definitions.schema.json#/$defs/templateConnection/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema82.required,parentSchema:schema82,data:data9};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(data9.portId === undefined){
const err20 = {instancePath:instancePath+"/spec/connections/" + i0,schemaPath:"definitions.schema.json#/$defs/templateConnection/required",keyword:"required",params:{missingProperty: "portId"},message:"must have required property '"+"portId"+"'",schema:schema82.required,parentSchema:schema82,data:data9};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
const _errs25 = errors;
for(const key2 in data9){
if(!((((((((key2 === "id") || (key2 === "name")) || (key2 === "portId")) || (key2 === "functionType")) || (key2 === "network")) || (key2 === "networkSet")) || (key2 === "requestedMbps")) || (key2 === "bootPriority"))){
const err21 = {instancePath:instancePath+"/spec/connections/" + i0,schemaPath:"definitions.schema.json#/$defs/templateConnection/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema82,data:data9};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data9.id !== undefined){
let data10 = data9.id;
const _errs26 = errors;
if(!(((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10))) && (isFinite(data10)))){
const err22 = {instancePath:instancePath+"/spec/connections/" + i0+"/id",schemaPath:"definitions.schema.json#/$defs/templateConnection/properties/id/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema82.properties.id.type,parentSchema:schema82.properties.id,data:data10};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
const _errs27 = errors;
if((typeof data10 == "number") && (isFinite(data10))){
if(data10 > 64 || isNaN(data10)){
const err23 = {instancePath:instancePath+"/spec/connections/" + i0+"/id",schemaPath:"definitions.schema.json#/$defs/templateConnection/properties/id/maximum",keyword:"maximum",params:{comparison: "<=", limit: 64},message:"must be <= 64",schema:64,parentSchema:schema82.properties.id,data:data10};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if(data10 < 1 || isNaN(data10)){
const err24 = {instancePath:instancePath+"/spec/connections/" + i0+"/id",schemaPath:"definitions.schema.json#/$defs/templateConnection/properties/id/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema82.properties.id,data:data10};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
var valid8 = _errs26 === errors;
}
if(data9.name !== undefined){
let data11 = data9.name;
const _errs28 = errors;
const _errs29 = errors;
if(typeof data11 === "string"){
if(func0(data11) > 100){
const err25 = {instancePath:instancePath+"/spec/connections/" + i0+"/name",schemaPath:"definitions.schema.json#/$defs/templateConnection/properties/name/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters",schema:100,parentSchema:schema82.properties.name,data:data11};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if(func0(data11) < 1){
const err26 = {instancePath:instancePath+"/spec/connections/" + i0+"/name",schemaPath:"definitions.schema.json#/$defs/templateConnection/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema82.properties.name,data:data11};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
else {
const err27 = {instancePath:instancePath+"/spec/connections/" + i0+"/name",schemaPath:"definitions.schema.json#/$defs/templateConnection/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema82.properties.name.type,parentSchema:schema82.properties.name,data:data11};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
var valid8 = _errs28 === errors;
}
if(data9.portId !== undefined){
let data12 = data9.portId;
const _errs30 = errors;
const _errs31 = errors;
if(typeof data12 === "string"){
if(!pattern57.test(data12)){
const err28 = {instancePath:instancePath+"/spec/connections/" + i0+"/portId",schemaPath:"definitions.schema.json#/$defs/templateConnection/properties/portId/pattern",keyword:"pattern",params:{pattern: "^(Auto|[A-Za-z]+ [0-9]+:[0-9]+(-[a-d])?)$"},message:"must match pattern \""+"^(Auto|[A-Za-z]+ [0-9]+:[0-9]+(-[a-d])?)$"+"\"",schema:"^(Auto|[A-Za-z]+ [0-9]+:[0-9]+(-[a-d])?)$",parentSchema:schema82.properties.portId,data:data12};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
else {
const err29 = {instancePath:instancePath+"/spec/connections/" + i0+"/portId",schemaPath:"definitions.schema.json#/$defs/templateConnection/properties/portId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema82.properties.portId.type,parentSchema:schema82.properties.portId,data:data12};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
var valid8 = _errs30 === errors;
}
if(data9.functionType !== undefined){
let data13 = data9.functionType;
const _errs32 = errors;
const vSchema1 = schema82.properties.functionType.enum;
if(!(((data13 === "Ethernet") || (data13 === "FibreChannel")) || (data13 === "iSCSI"))){
const err30 = {instancePath:instancePath+"/spec/connections/" + i0+"/functionType",schemaPath:"definitions.schema.json#/$defs/templateConnection/properties/functionType/enum",keyword:"enum",params:{allowedValues: schema82.properties.functionType.enum},message:"must be equal to one of the allowed values",schema:schema82.properties.functionType.enum,parentSchema:schema82.properties.functionType,data:data13};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
var valid8 = _errs32 === errors;
}
if(data9.network !== undefined){
let data14 = data9.network;
const _errs33 = errors;
const _errs34 = errors;
if(typeof data14 === "string"){
if(func0(data14) < 1){
const err31 = {instancePath:instancePath+"/spec/connections/" + i0+"/network",schemaPath:"definitions.schema.json#/$defs/templateConnection/properties/network/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema82.properties.network,data:data14};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
else {
const err32 = {instancePath:instancePath+"/spec/connections/" + i0+"/network",schemaPath:"definitions.schema.json#/$defs/templateConnection/properties/network/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema82.properties.network.type,parentSchema:schema82.properties.network,data:data14};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
var valid8 = _errs33 === errors;
}
if(data9.networkSet !== undefined){
let data15 = data9.networkSet;
const _errs35 = errors;
const _errs36 = errors;
if(typeof data15 === "string"){
if(func0(data15) < 1){
const err33 = {instancePath:instancePath+"/spec/connections/" + i0+"/networkSet",schemaPath:"definitions.schema.json#/$defs/templateConnection/properties/networkSet/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema82.properties.networkSet,data:data15};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
else {
const err34 = {instancePath:instancePath+"/spec/connections/" + i0+"/networkSet",schemaPath:"definitions.schema.json#/$defs/templateConnection/properties/networkSet/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema82.properties.networkSet.type,parentSchema:schema82.properties.networkSet,data:data15};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
var valid8 = _errs35 === errors;
}
if(data9.requestedMbps !== undefined){
let data16 = data9.requestedMbps;
const _errs37 = errors;
if(!(((typeof data16 == "number") && (!(data16 % 1) && !isNaN(data16))) && (isFinite(data16)))){
const err35 = {instancePath:instancePath+"/spec/connections/" + i0+"/requestedMbps",schemaPath:"definitions.schema.json#/$defs/templateConnection/properties/requestedMbps/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema82.properties.requestedMbps.type,parentSchema:schema82.properties.requestedMbps,data:data16};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
const _errs38 = errors;
if((typeof data16 == "number") && (isFinite(data16))){
if(data16 > 100000 || isNaN(data16)){
const err36 = {instancePath:instancePath+"/spec/connections/" + i0+"/requestedMbps",schemaPath:"definitions.schema.json#/$defs/templateConnection/properties/requestedMbps/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100000},message:"must be <= 100000",schema:100000,parentSchema:schema82.properties.requestedMbps,data:data16};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
if(data16 < 100 || isNaN(data16)){
const err37 = {instancePath:instancePath+"/spec/connections/" + i0+"/requestedMbps",schemaPath:"definitions.schema.json#/$defs/templateConnection/properties/requestedMbps/minimum",keyword:"minimum",params:{comparison: ">=", limit: 100},message:"must be >= 100",schema:100,parentSchema:schema82.properties.requestedMbps,data:data16};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
var valid8 = _errs37 === errors;
}
if(data9.bootPriority !== undefined){
let data17 = data9.bootPriority;
const _errs39 = errors;
const vSchema2 = schema82.properties.bootPriority.enum;
if(!(((data17 === "NotBootable") || (data17 === "Primary")) || (data17 === "Secondary"))){
const err38 = {instancePath:instancePath+"/spec/connections/" + i0+"/bootPriority",schemaPath:"definitions.schema.json#/$defs/templateConnection/properties/bootPriority/enum",keyword:"enum",params:{allowedValues: schema82.properties.bootPriority.enum},message:"must be equal to one of the allowed values",schema:schema82.properties.bootPriority.enum,parentSchema:schema82.properties.bootPriority,data:data17};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
var valid8 = _errs39 === errors;
}
}
else {
const err39 = {instancePath:instancePath+"/spec/connections/" + i0,schemaPath:"definitions.schema.json#/$defs/templateConnection/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema82.type,parentSchema:schema82,data:data9};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
var valid6 = _errs20 === errors;
var valid4 = _errs19 === errors;
if(!valid4){
valid5 = false;
}
}
}
var valid2 = _errs17 === errors;
}
if(data3.bootMode !== undefined){
let data18 = data3.bootMode;
const _errs40 = errors;
if((!(data18 && typeof data18 == "object" && !Array.isArray(data18))) && (data18 !== null)){
const err40 = {instancePath:instancePath+"/spec/bootMode",schemaPath:"#/properties/spec/properties/bootMode/type",keyword:"type",params:{type: schema77.properties.spec.properties.bootMode.type},message:"must be object,null",schema:schema77.properties.spec.properties.bootMode.type,parentSchema:schema77.properties.spec.properties.bootMode,data:data18};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
const _errs41 = errors;
if(data18 && typeof data18 == "object" && !Array.isArray(data18)){
if(data18.mode === undefined){
const err41 = {instancePath:instancePath+"/spec/bootMode",schemaPath:"#/properties/spec/properties/bootMode/required",keyword:"required",params:{missingProperty: "mode"},message:"must have required property '"+"mode"+"'",schema:schema77.properties.spec.properties.bootMode.required,parentSchema:schema77.properties.spec.properties.bootMode,data:data18};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
const _errs42 = errors;
for(const key3 in data18){
if(!(((key3 === "mode") || (key3 === "pxeBootPolicy")) || (key3 === "secureBoot"))){
const err42 = {instancePath:instancePath+"/spec/bootMode",schemaPath:"#/properties/spec/properties/bootMode/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema77.properties.spec.properties.bootMode,data:data18};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
if(data18.mode !== undefined){
let data19 = data18.mode;
const _errs43 = errors;
const vSchema3 = schema77.properties.spec.properties.bootMode.properties.mode.enum;
if(!(((data19 === "UEFI") || (data19 === "UEFIOptimized")) || (data19 === "BIOS"))){
const err43 = {instancePath:instancePath+"/spec/bootMode/mode",schemaPath:"#/properties/spec/properties/bootMode/properties/mode/enum",keyword:"enum",params:{allowedValues: schema77.properties.spec.properties.bootMode.properties.mode.enum},message:"must be equal to one of the allowed values",schema:schema77.properties.spec.properties.bootMode.properties.mode.enum,parentSchema:schema77.properties.spec.properties.bootMode.properties.mode,data:data19};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
var valid9 = _errs43 === errors;
}
if(data18.pxeBootPolicy !== undefined){
let data20 = data18.pxeBootPolicy;
const _errs44 = errors;
const vSchema4 = schema77.properties.spec.properties.bootMode.properties.pxeBootPolicy.enum;
if(!(((((data20 === "Auto") || (data20 === "IPv4")) || (data20 === "IPv6")) || (data20 === "IPv4ThenIPv6")) || (data20 === "IPv6ThenIPv4"))){
const err44 = {instancePath:instancePath+"/spec/bootMode/pxeBootPolicy",schemaPath:"#/properties/spec/properties/bootMode/properties/pxeBootPolicy/enum",keyword:"enum",params:{allowedValues: schema77.properties.spec.properties.bootMode.properties.pxeBootPolicy.enum},message:"must be equal to one of the allowed values",schema:schema77.properties.spec.properties.bootMode.properties.pxeBootPolicy.enum,parentSchema:schema77.properties.spec.properties.bootMode.properties.pxeBootPolicy,data:data20};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
var valid9 = _errs44 === errors;
}
if(data18.secureBoot !== undefined){
let data21 = data18.secureBoot;
const _errs45 = errors;
const vSchema5 = schema77.properties.spec.properties.bootMode.properties.secureBoot.enum;
if(!(((data21 === "Enabled") || (data21 === "Disabled")) || (data21 === "Unmanaged"))){
const err45 = {instancePath:instancePath+"/spec/bootMode/secureBoot",schemaPath:"#/properties/spec/properties/bootMode/properties/secureBoot/enum",keyword:"enum",params:{allowedValues: schema77.properties.spec.properties.bootMode.properties.secureBoot.enum},message:"must be equal to one of the allowed values",schema:schema77.properties.spec.properties.bootMode.properties.secureBoot.enum,parentSchema:schema77.properties.spec.properties.bootMode.properties.secureBoot,data:data21};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
var valid9 = _errs45 === errors;
}
}
var valid2 = _errs40 === errors;
}
if(data3.bootOrder !== undefined){
let data22 = data3.bootOrder;
const _errs46 = errors;
if((!(Array.isArray(data22))) && (data22 !== null)){
const err46 = {instancePath:instancePath+"/spec/bootOrder",schemaPath:"#/properties/spec/properties/bootOrder/type",keyword:"type",params:{type: schema77.properties.spec.properties.bootOrder.type},message:"must be array,null",schema:schema77.properties.spec.properties.bootOrder.type,parentSchema:schema77.properties.spec.properties.bootOrder,data:data22};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
const _errs47 = errors;
if(Array.isArray(data22)){
let valid11 = true;
const len1 = data22.length;
for(let i1=0; i1<len1; i1++){
let data23 = data22[i1];
const _errs48 = errors;
const vSchema6 = schema77.properties.spec.properties.bootOrder.items.enum;
if(!(((((data23 === "CD") || (data23 === "USB")) || (data23 === "HardDisk")) || (data23 === "PXE")) || (data23 === "FibreChannelHba"))){
const err47 = {instancePath:instancePath+"/spec/bootOrder/" + i1,schemaPath:"#/properties/spec/properties/bootOrder/items/enum",keyword:"enum",params:{allowedValues: schema77.properties.spec.properties.bootOrder.items.enum},message:"must be equal to one of the allowed values",schema:schema77.properties.spec.properties.bootOrder.items.enum,parentSchema:schema77.properties.spec.properties.bootOrder.items,data:data23};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
var valid10 = _errs48 === errors;
if(!valid10){
valid11 = false;
}
}
let valid12;
let i2 = data22.length;
let j0;
valid12 = true;
if(i2 > 1){
outer0:
for(;i2--;){
for(j0 = i2; j0--;){
if(func34(data22[i2], data22[j0])){
const err48 = {instancePath:instancePath+"/spec/bootOrder",schemaPath:"#/properties/spec/properties/bootOrder/uniqueItems",keyword:"uniqueItems",params:{i: i2, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i2+" are identical)",schema:true,parentSchema:schema77.properties.spec.properties.bootOrder,data:data22};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
valid12 = false;
break outer0;
}
}
}
}
}
var valid2 = _errs46 === errors;
}
if(data3.bios !== undefined){
let data24 = data3.bios;
const _errs49 = errors;
if((!(data24 && typeof data24 == "object" && !Array.isArray(data24))) && (data24 !== null)){
const err49 = {instancePath:instancePath+"/spec/bios",schemaPath:"#/properties/spec/properties/bios/type",keyword:"type",params:{type: schema77.properties.spec.properties.bios.type},message:"must be object,null",schema:schema77.properties.spec.properties.bios.type,parentSchema:schema77.properties.spec.properties.bios,data:data24};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
const _errs50 = errors;
if(data24 && typeof data24 == "object" && !Array.isArray(data24)){
for(const key4 in data24){
const _errs51 = errors;
if(typeof key4 === "string"){
if(!pattern58.test(key4)){
const err50 = {instancePath:instancePath+"/spec/bios",schemaPath:"#/properties/spec/properties/bios/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z][A-Za-z0-9_.-]{0,127}$"},message:"must match pattern \""+"^[A-Za-z][A-Za-z0-9_.-]{0,127}$"+"\"",schema:"^[A-Za-z][A-Za-z0-9_.-]{0,127}$",parentSchema:schema77.properties.spec.properties.bios.propertyNames,data:key4,propertyName:key4};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
var valid13 = _errs51 === errors;
if(!valid13){
const err51 = {instancePath:instancePath+"/spec/bios",schemaPath:"#/properties/spec/properties/bios/propertyNames",keyword:"propertyNames",params:{propertyName: key4},message:"property name must be valid",schema:schema77.properties.spec.properties.bios.propertyNames,parentSchema:schema77.properties.spec.properties.bios,data:data24};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
const _errs52 = errors;
for(const key5 in data24){
let data25 = data24[key5];
const _errs53 = errors;
if((typeof data25 !== "string") && (data25 !== null)){
const err52 = {instancePath:instancePath+"/spec/bios/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/spec/properties/bios/additionalProperties/type",keyword:"type",params:{type: schema77.properties.spec.properties.bios.additionalProperties.type},message:"must be string,null",schema:schema77.properties.spec.properties.bios.additionalProperties.type,parentSchema:schema77.properties.spec.properties.bios.additionalProperties,data:data25};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
const _errs54 = errors;
if(typeof data25 === "string"){
if(func0(data25) > 256){
const err53 = {instancePath:instancePath+"/spec/bios/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/spec/properties/bios/additionalProperties/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters",schema:256,parentSchema:schema77.properties.spec.properties.bios.additionalProperties,data:data25};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
var valid14 = _errs53 === errors;
}
}
var valid2 = _errs49 === errors;
}
if(data3.firmware !== undefined){
let data26 = data3.firmware;
const _errs55 = errors;
if((!(data26 && typeof data26 == "object" && !Array.isArray(data26))) && (data26 !== null)){
const err54 = {instancePath:instancePath+"/spec/firmware",schemaPath:"#/properties/spec/properties/firmware/type",keyword:"type",params:{type: schema77.properties.spec.properties.firmware.type},message:"must be object,null",schema:schema77.properties.spec.properties.firmware.type,parentSchema:schema77.properties.spec.properties.firmware,data:data26};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
const _errs56 = errors;
if(data26 && typeof data26 == "object" && !Array.isArray(data26)){
if(data26.baseline === undefined){
const err55 = {instancePath:instancePath+"/spec/firmware",schemaPath:"#/properties/spec/properties/firmware/required",keyword:"required",params:{missingProperty: "baseline"},message:"must have required property '"+"baseline"+"'",schema:schema77.properties.spec.properties.firmware.required,parentSchema:schema77.properties.spec.properties.firmware,data:data26};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
const _errs57 = errors;
for(const key6 in data26){
if(!((((key6 === "baseline") || (key6 === "installType")) || (key6 === "force")) || (key6 === "activation"))){
const err56 = {instancePath:instancePath+"/spec/firmware",schemaPath:"#/properties/spec/properties/firmware/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties",schema:false,parentSchema:schema77.properties.spec.properties.firmware,data:data26};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
if(data26.baseline !== undefined){
let data27 = data26.baseline;
const _errs58 = errors;
const _errs59 = errors;
if(typeof data27 === "string"){
if(func0(data27) < 1){
const err57 = {instancePath:instancePath+"/spec/firmware/baseline",schemaPath:"#/properties/spec/properties/firmware/properties/baseline/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema77.properties.spec.properties.firmware.properties.baseline,data:data27};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
else {
const err58 = {instancePath:instancePath+"/spec/firmware/baseline",schemaPath:"#/properties/spec/properties/firmware/properties/baseline/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema77.properties.spec.properties.firmware.properties.baseline.type,parentSchema:schema77.properties.spec.properties.firmware.properties.baseline,data:data27};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
var valid15 = _errs58 === errors;
}
if(data26.installType !== undefined){
let data28 = data26.installType;
const _errs60 = errors;
const vSchema7 = schema77.properties.spec.properties.firmware.properties.installType.enum;
if(!(((data28 === "FirmwareOnly") || (data28 === "FirmwareAndOSDrivers")) || (data28 === "FirmwareOnlyOfflineMode"))){
const err59 = {instancePath:instancePath+"/spec/firmware/installType",schemaPath:"#/properties/spec/properties/firmware/properties/installType/enum",keyword:"enum",params:{allowedValues: schema77.properties.spec.properties.firmware.properties.installType.enum},message:"must be equal to one of the allowed values",schema:schema77.properties.spec.properties.firmware.properties.installType.enum,parentSchema:schema77.properties.spec.properties.firmware.properties.installType,data:data28};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
var valid15 = _errs60 === errors;
}
if(data26.force !== undefined){
let data29 = data26.force;
const _errs61 = errors;
if(typeof data29 !== "boolean"){
const err60 = {instancePath:instancePath+"/spec/firmware/force",schemaPath:"#/properties/spec/properties/firmware/properties/force/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema77.properties.spec.properties.firmware.properties.force.type,parentSchema:schema77.properties.spec.properties.firmware.properties.force,data:data29};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
const _errs62 = errors;
var valid15 = _errs61 === errors;
}
if(data26.activation !== undefined){
let data30 = data26.activation;
const _errs63 = errors;
const vSchema8 = schema77.properties.spec.properties.firmware.properties.activation.enum;
if(!((data30 === "Immediate") || (data30 === "NotScheduled"))){
const err61 = {instancePath:instancePath+"/spec/firmware/activation",schemaPath:"#/properties/spec/properties/firmware/properties/activation/enum",keyword:"enum",params:{allowedValues: schema77.properties.spec.properties.firmware.properties.activation.enum},message:"must be equal to one of the allowed values",schema:schema77.properties.spec.properties.firmware.properties.activation.enum,parentSchema:schema77.properties.spec.properties.firmware.properties.activation,data:data30};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
var valid15 = _errs63 === errors;
}
}
var valid2 = _errs55 === errors;
}
if(data3.localStorage !== undefined){
let data31 = data3.localStorage;
const _errs64 = errors;
if((!(data31 && typeof data31 == "object" && !Array.isArray(data31))) && (data31 !== null)){
const err62 = {instancePath:instancePath+"/spec/localStorage",schemaPath:"#/properties/spec/properties/localStorage/type",keyword:"type",params:{type: schema77.properties.spec.properties.localStorage.type},message:"must be object,null",schema:schema77.properties.spec.properties.localStorage.type,parentSchema:schema77.properties.spec.properties.localStorage,data:data31};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
const _errs65 = errors;
if(data31 && typeof data31 == "object" && !Array.isArray(data31)){
const _errs66 = errors;
for(const key7 in data31){
if(!(key7 === "controllers")){
const err63 = {instancePath:instancePath+"/spec/localStorage",schemaPath:"#/properties/spec/properties/localStorage/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties",schema:false,parentSchema:schema77.properties.spec.properties.localStorage,data:data31};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
if(data31.controllers !== undefined){
let data32 = data31.controllers;
const _errs67 = errors;
const _errs68 = errors;
if(Array.isArray(data32)){
let valid18 = true;
const len2 = data32.length;
for(let i3=0; i3<len2; i3++){
let data33 = data32[i3];
const _errs69 = errors;
const _errs70 = errors;
const _errs71 = errors;
if(data33 && typeof data33 == "object" && !Array.isArray(data33)){
if(data33.deviceSlot === undefined){
const err64 = {instancePath:instancePath+"/spec/localStorage/controllers/" + i3,schemaPath:"definitions.schema.json#/$defs/storageController/required",keyword:"required",params:{missingProperty: "deviceSlot"},message:"must have required property '"+"deviceSlot"+"'",schema:schema83.required,parentSchema:schema83,data:data33};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
if(data33.mode === undefined){
const err65 = {instancePath:instancePath+"/spec/localStorage/controllers/" + i3,schemaPath:"definitions.schema.json#/$defs/storageController/required",keyword:"required",params:{missingProperty: "mode"},message:"must have required property '"+"mode"+"'",schema:schema83.required,parentSchema:schema83,data:data33};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
const _errs72 = errors;
for(const key8 in data33){
if(!((((key8 === "deviceSlot") || (key8 === "mode")) || (key8 === "initialize")) || (key8 === "logicalDrives"))){
const err66 = {instancePath:instancePath+"/spec/localStorage/controllers/" + i3,schemaPath:"definitions.schema.json#/$defs/storageController/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8},message:"must NOT have additional properties",schema:false,parentSchema:schema83,data:data33};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
}
if(data33.deviceSlot !== undefined){
let data34 = data33.deviceSlot;
const _errs73 = errors;
const _errs74 = errors;
if(typeof data34 === "string"){
if(func0(data34) < 1){
const err67 = {instancePath:instancePath+"/spec/localStorage/controllers/" + i3+"/deviceSlot",schemaPath:"definitions.schema.json#/$defs/storageController/properties/deviceSlot/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema83.properties.deviceSlot,data:data34};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
}
else {
const err68 = {instancePath:instancePath+"/spec/localStorage/controllers/" + i3+"/deviceSlot",schemaPath:"definitions.schema.json#/$defs/storageController/properties/deviceSlot/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema83.properties.deviceSlot.type,parentSchema:schema83.properties.deviceSlot,data:data34};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
var valid20 = _errs73 === errors;
}
if(data33.mode !== undefined){
let data35 = data33.mode;
const _errs75 = errors;
const vSchema9 = schema83.properties.mode.enum;
if(!(((data35 === "RAID") || (data35 === "HBA")) || (data35 === "Mixed"))){
const err69 = {instancePath:instancePath+"/spec/localStorage/controllers/" + i3+"/mode",schemaPath:"definitions.schema.json#/$defs/storageController/properties/mode/enum",keyword:"enum",params:{allowedValues: schema83.properties.mode.enum},message:"must be equal to one of the allowed values",schema:schema83.properties.mode.enum,parentSchema:schema83.properties.mode,data:data35};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
var valid20 = _errs75 === errors;
}
if(data33.initialize !== undefined){
let data36 = data33.initialize;
const _errs76 = errors;
if(typeof data36 !== "boolean"){
const err70 = {instancePath:instancePath+"/spec/localStorage/controllers/" + i3+"/initialize",schemaPath:"definitions.schema.json#/$defs/storageController/properties/initialize/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema83.properties.initialize.type,parentSchema:schema83.properties.initialize,data:data36};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
const _errs77 = errors;
var valid20 = _errs76 === errors;
}
if(data33.logicalDrives !== undefined){
let data37 = data33.logicalDrives;
const _errs78 = errors;
const _errs79 = errors;
if(Array.isArray(data37)){
let valid22 = true;
const len3 = data37.length;
for(let i4=0; i4<len3; i4++){
let data38 = data37[i4];
const _errs80 = errors;
const _errs81 = errors;
if(data38 && typeof data38 == "object" && !Array.isArray(data38)){
if(data38.name === undefined){
const err71 = {instancePath:instancePath+"/spec/localStorage/controllers/" + i3+"/logicalDrives/" + i4,schemaPath:"definitions.schema.json#/$defs/storageController/properties/logicalDrives/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema83.properties.logicalDrives.items.required,parentSchema:schema83.properties.logicalDrives.items,data:data38};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
if(data38.raidLevel === undefined){
const err72 = {instancePath:instancePath+"/spec/localStorage/controllers/" + i3+"/logicalDrives/" + i4,schemaPath:"definitions.schema.json#/$defs/storageController/properties/logicalDrives/items/required",keyword:"required",params:{missingProperty: "raidLevel"},message:"must have required property '"+"raidLevel"+"'",schema:schema83.properties.logicalDrives.items.required,parentSchema:schema83.properties.logicalDrives.items,data:data38};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
const _errs82 = errors;
for(const key9 in data38){
if(!(((((key9 === "name") || (key9 === "raidLevel")) || (key9 === "bootable")) || (key9 === "numPhysicalDrives")) || (key9 === "driveTechnology"))){
const err73 = {instancePath:instancePath+"/spec/localStorage/controllers/" + i3+"/logicalDrives/" + i4,schemaPath:"definitions.schema.json#/$defs/storageController/properties/logicalDrives/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key9},message:"must NOT have additional properties",schema:false,parentSchema:schema83.properties.logicalDrives.items,data:data38};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
}
if(data38.name !== undefined){
let data39 = data38.name;
const _errs83 = errors;
const _errs84 = errors;
if(typeof data39 === "string"){
if(func0(data39) > 64){
const err74 = {instancePath:instancePath+"/spec/localStorage/controllers/" + i3+"/logicalDrives/" + i4+"/name",schemaPath:"definitions.schema.json#/$defs/storageController/properties/logicalDrives/items/properties/name/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema83.properties.logicalDrives.items.properties.name,data:data39};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
if(func0(data39) < 1){
const err75 = {instancePath:instancePath+"/spec/localStorage/controllers/" + i3+"/logicalDrives/" + i4+"/name",schemaPath:"definitions.schema.json#/$defs/storageController/properties/logicalDrives/items/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema83.properties.logicalDrives.items.properties.name,data:data39};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
}
else {
const err76 = {instancePath:instancePath+"/spec/localStorage/controllers/" + i3+"/logicalDrives/" + i4+"/name",schemaPath:"definitions.schema.json#/$defs/storageController/properties/logicalDrives/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema83.properties.logicalDrives.items.properties.name.type,parentSchema:schema83.properties.logicalDrives.items.properties.name,data:data39};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
var valid23 = _errs83 === errors;
}
if(data38.raidLevel !== undefined){
let data40 = data38.raidLevel;
const _errs85 = errors;
const vSchema10 = schema83.properties.logicalDrives.items.properties.raidLevel.enum;
if(!((((((data40 === "RAID0") || (data40 === "RAID1")) || (data40 === "RAID1ADM")) || (data40 === "RAID5")) || (data40 === "RAID6")) || (data40 === "RAID10"))){
const err77 = {instancePath:instancePath+"/spec/localStorage/controllers/" + i3+"/logicalDrives/" + i4+"/raidLevel",schemaPath:"definitions.schema.json#/$defs/storageController/properties/logicalDrives/items/properties/raidLevel/enum",keyword:"enum",params:{allowedValues: schema83.properties.logicalDrives.items.properties.raidLevel.enum},message:"must be equal to one of the allowed values",schema:schema83.properties.logicalDrives.items.properties.raidLevel.enum,parentSchema:schema83.properties.logicalDrives.items.properties.raidLevel,data:data40};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
var valid23 = _errs85 === errors;
}
if(data38.bootable !== undefined){
let data41 = data38.bootable;
const _errs86 = errors;
if(typeof data41 !== "boolean"){
const err78 = {instancePath:instancePath+"/spec/localStorage/controllers/" + i3+"/logicalDrives/" + i4+"/bootable",schemaPath:"definitions.schema.json#/$defs/storageController/properties/logicalDrives/items/properties/bootable/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema83.properties.logicalDrives.items.properties.bootable.type,parentSchema:schema83.properties.logicalDrives.items.properties.bootable,data:data41};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
const _errs87 = errors;
var valid23 = _errs86 === errors;
}
if(data38.numPhysicalDrives !== undefined){
let data42 = data38.numPhysicalDrives;
const _errs88 = errors;
if(!(((typeof data42 == "number") && (!(data42 % 1) && !isNaN(data42))) && (isFinite(data42)))){
const err79 = {instancePath:instancePath+"/spec/localStorage/controllers/" + i3+"/logicalDrives/" + i4+"/numPhysicalDrives",schemaPath:"definitions.schema.json#/$defs/storageController/properties/logicalDrives/items/properties/numPhysicalDrives/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema83.properties.logicalDrives.items.properties.numPhysicalDrives.type,parentSchema:schema83.properties.logicalDrives.items.properties.numPhysicalDrives,data:data42};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
const _errs89 = errors;
if((typeof data42 == "number") && (isFinite(data42))){
if(data42 > 64 || isNaN(data42)){
const err80 = {instancePath:instancePath+"/spec/localStorage/controllers/" + i3+"/logicalDrives/" + i4+"/numPhysicalDrives",schemaPath:"definitions.schema.json#/$defs/storageController/properties/logicalDrives/items/properties/numPhysicalDrives/maximum",keyword:"maximum",params:{comparison: "<=", limit: 64},message:"must be <= 64",schema:64,parentSchema:schema83.properties.logicalDrives.items.properties.numPhysicalDrives,data:data42};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
if(data42 < 1 || isNaN(data42)){
const err81 = {instancePath:instancePath+"/spec/localStorage/controllers/" + i3+"/logicalDrives/" + i4+"/numPhysicalDrives",schemaPath:"definitions.schema.json#/$defs/storageController/properties/logicalDrives/items/properties/numPhysicalDrives/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema83.properties.logicalDrives.items.properties.numPhysicalDrives,data:data42};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
}
var valid23 = _errs88 === errors;
}
if(data38.driveTechnology !== undefined){
let data43 = data38.driveTechnology;
const _errs90 = errors;
const vSchema11 = schema83.properties.logicalDrives.items.properties.driveTechnology.enum;
if(!(((((data43 === "SasHdd") || (data43 === "SataHdd")) || (data43 === "SasSsd")) || (data43 === "SataSsd")) || (data43 === "NVMeSsd"))){
const err82 = {instancePath:instancePath+"/spec/localStorage/controllers/" + i3+"/logicalDrives/" + i4+"/driveTechnology",schemaPath:"definitions.schema.json#/$defs/storageController/properties/logicalDrives/items/properties/driveTechnology/enum",keyword:"enum",params:{allowedValues: schema83.properties.logicalDrives.items.properties.driveTechnology.enum},message:"must be equal to one of the allowed values",schema:schema83.properties.logicalDrives.items.properties.driveTechnology.enum,parentSchema:schema83.properties.logicalDrives.items.properties.driveTechnology,data:data43};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
var valid23 = _errs90 === errors;
}
}
else {
const err83 = {instancePath:instancePath+"/spec/localStorage/controllers/" + i3+"/logicalDrives/" + i4,schemaPath:"definitions.schema.json#/$defs/storageController/properties/logicalDrives/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema83.properties.logicalDrives.items.type,parentSchema:schema83.properties.logicalDrives.items,data:data38};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
var valid21 = _errs80 === errors;
if(!valid21){
valid22 = false;
}
}
}
else {
const err84 = {instancePath:instancePath+"/spec/localStorage/controllers/" + i3+"/logicalDrives",schemaPath:"definitions.schema.json#/$defs/storageController/properties/logicalDrives/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema83.properties.logicalDrives.type,parentSchema:schema83.properties.logicalDrives,data:data37};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
var valid20 = _errs78 === errors;
}
}
else {
const err85 = {instancePath:instancePath+"/spec/localStorage/controllers/" + i3,schemaPath:"definitions.schema.json#/$defs/storageController/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema83.type,parentSchema:schema83,data:data33};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
var valid19 = _errs70 === errors;
var valid17 = _errs69 === errors;
if(!valid17){
valid18 = false;
}
}
}
else {
const err86 = {instancePath:instancePath+"/spec/localStorage/controllers",schemaPath:"#/properties/spec/properties/localStorage/properties/controllers/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema77.properties.spec.properties.localStorage.properties.controllers.type,parentSchema:schema77.properties.spec.properties.localStorage.properties.controllers,data:data32};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
var valid16 = _errs67 === errors;
}
}
var valid2 = _errs64 === errors;
}
if(data3.managementProcessor !== undefined){
let data44 = data3.managementProcessor;
const _errs91 = errors;
if((!(data44 && typeof data44 == "object" && !Array.isArray(data44))) && (data44 !== null)){
const err87 = {instancePath:instancePath+"/spec/managementProcessor",schemaPath:"#/properties/spec/properties/managementProcessor/type",keyword:"type",params:{type: schema77.properties.spec.properties.managementProcessor.type},message:"must be object,null",schema:schema77.properties.spec.properties.managementProcessor.type,parentSchema:schema77.properties.spec.properties.managementProcessor,data:data44};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
const _errs92 = errors;
if(data44 && typeof data44 == "object" && !Array.isArray(data44)){
const _errs93 = errors;
for(const key10 in data44){
if(!(key10 === "settings")){
const err88 = {instancePath:instancePath+"/spec/managementProcessor",schemaPath:"#/properties/spec/properties/managementProcessor/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key10},message:"must NOT have additional properties",schema:false,parentSchema:schema77.properties.spec.properties.managementProcessor,data:data44};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
}
if(data44.settings !== undefined){
let data45 = data44.settings;
const _errs94 = errors;
const _errs95 = errors;
if(Array.isArray(data45)){
let valid26 = true;
const len4 = data45.length;
for(let i5=0; i5<len4; i5++){
let data46 = data45[i5];
const _errs96 = errors;
const _errs97 = errors;
if(data46 && typeof data46 == "object" && !Array.isArray(data46)){
if(data46.settingType === undefined){
const err89 = {instancePath:instancePath+"/spec/managementProcessor/settings/" + i5,schemaPath:"#/properties/spec/properties/managementProcessor/properties/settings/items/required",keyword:"required",params:{missingProperty: "settingType"},message:"must have required property '"+"settingType"+"'",schema:schema77.properties.spec.properties.managementProcessor.properties.settings.items.required,parentSchema:schema77.properties.spec.properties.managementProcessor.properties.settings.items,data:data46};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
const _errs98 = errors;
for(const key11 in data46){
if(!((key11 === "settingType") || (key11 === "args"))){
const err90 = {instancePath:instancePath+"/spec/managementProcessor/settings/" + i5,schemaPath:"#/properties/spec/properties/managementProcessor/properties/settings/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key11},message:"must NOT have additional properties",schema:false,parentSchema:schema77.properties.spec.properties.managementProcessor.properties.settings.items,data:data46};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
}
}
if(data46.settingType !== undefined){
let data47 = data46.settingType;
const _errs99 = errors;
const _errs100 = errors;
if(typeof data47 === "string"){
if(!pattern59.test(data47)){
const err91 = {instancePath:instancePath+"/spec/managementProcessor/settings/" + i5+"/settingType",schemaPath:"#/properties/spec/properties/managementProcessor/properties/settings/items/properties/settingType/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z][A-Za-z0-9]{0,63}$"},message:"must match pattern \""+"^[A-Za-z][A-Za-z0-9]{0,63}$"+"\"",schema:"^[A-Za-z][A-Za-z0-9]{0,63}$",parentSchema:schema77.properties.spec.properties.managementProcessor.properties.settings.items.properties.settingType,data:data47};
if(vErrors === null){
vErrors = [err91];
}
else {
vErrors.push(err91);
}
errors++;
}
}
else {
const err92 = {instancePath:instancePath+"/spec/managementProcessor/settings/" + i5+"/settingType",schemaPath:"#/properties/spec/properties/managementProcessor/properties/settings/items/properties/settingType/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema77.properties.spec.properties.managementProcessor.properties.settings.items.properties.settingType.type,parentSchema:schema77.properties.spec.properties.managementProcessor.properties.settings.items.properties.settingType,data:data47};
if(vErrors === null){
vErrors = [err92];
}
else {
vErrors.push(err92);
}
errors++;
}
var valid27 = _errs99 === errors;
}
if(data46.args !== undefined){
let data48 = data46.args;
const _errs101 = errors;
const _errs102 = errors;
if(data48 && typeof data48 == "object" && !Array.isArray(data48)){
for(const key12 in data48){
const _errs103 = errors;
if(typeof key12 === "string"){
if(!pattern60.test(key12)){
const err93 = {instancePath:instancePath+"/spec/managementProcessor/settings/" + i5+"/args",schemaPath:"#/properties/spec/properties/managementProcessor/properties/settings/items/properties/args/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z][A-Za-z0-9_]{0,63}$"},message:"must match pattern \""+"^[A-Za-z][A-Za-z0-9_]{0,63}$"+"\"",schema:"^[A-Za-z][A-Za-z0-9_]{0,63}$",parentSchema:schema77.properties.spec.properties.managementProcessor.properties.settings.items.properties.args.propertyNames,data:key12,propertyName:key12};
if(vErrors === null){
vErrors = [err93];
}
else {
vErrors.push(err93);
}
errors++;
}
}
var valid28 = _errs103 === errors;
if(!valid28){
const err94 = {instancePath:instancePath+"/spec/managementProcessor/settings/" + i5+"/args",schemaPath:"#/properties/spec/properties/managementProcessor/properties/settings/items/properties/args/propertyNames",keyword:"propertyNames",params:{propertyName: key12},message:"property name must be valid",schema:schema77.properties.spec.properties.managementProcessor.properties.settings.items.properties.args.propertyNames,parentSchema:schema77.properties.spec.properties.managementProcessor.properties.settings.items.properties.args,data:data48};
if(vErrors === null){
vErrors = [err94];
}
else {
vErrors.push(err94);
}
errors++;
}
}
const _errs104 = errors;
for(const key13 in data48){
let data49 = data48[key13];
const _errs105 = errors;
if(((typeof data49 !== "string") && (!((typeof data49 == "number") && (isFinite(data49))))) && (typeof data49 !== "boolean")){
const err95 = {instancePath:instancePath+"/spec/managementProcessor/settings/" + i5+"/args/" + key13.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/spec/properties/managementProcessor/properties/settings/items/properties/args/additionalProperties/type",keyword:"type",params:{type: schema77.properties.spec.properties.managementProcessor.properties.settings.items.properties.args.additionalProperties.type},message:"must be string,number,boolean",schema:schema77.properties.spec.properties.managementProcessor.properties.settings.items.properties.args.additionalProperties.type,parentSchema:schema77.properties.spec.properties.managementProcessor.properties.settings.items.properties.args.additionalProperties,data:data49};
if(vErrors === null){
vErrors = [err95];
}
else {
vErrors.push(err95);
}
errors++;
}
const _errs106 = errors;
var valid29 = _errs105 === errors;
}
}
else {
const err96 = {instancePath:instancePath+"/spec/managementProcessor/settings/" + i5+"/args",schemaPath:"#/properties/spec/properties/managementProcessor/properties/settings/items/properties/args/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema77.properties.spec.properties.managementProcessor.properties.settings.items.properties.args.type,parentSchema:schema77.properties.spec.properties.managementProcessor.properties.settings.items.properties.args,data:data48};
if(vErrors === null){
vErrors = [err96];
}
else {
vErrors.push(err96);
}
errors++;
}
var valid27 = _errs101 === errors;
}
}
else {
const err97 = {instancePath:instancePath+"/spec/managementProcessor/settings/" + i5,schemaPath:"#/properties/spec/properties/managementProcessor/properties/settings/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema77.properties.spec.properties.managementProcessor.properties.settings.items.type,parentSchema:schema77.properties.spec.properties.managementProcessor.properties.settings.items,data:data46};
if(vErrors === null){
vErrors = [err97];
}
else {
vErrors.push(err97);
}
errors++;
}
var valid25 = _errs96 === errors;
if(!valid25){
valid26 = false;
}
}
}
else {
const err98 = {instancePath:instancePath+"/spec/managementProcessor/settings",schemaPath:"#/properties/spec/properties/managementProcessor/properties/settings/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema77.properties.spec.properties.managementProcessor.properties.settings.type,parentSchema:schema77.properties.spec.properties.managementProcessor.properties.settings,data:data45};
if(vErrors === null){
vErrors = [err98];
}
else {
vErrors.push(err98);
}
errors++;
}
var valid24 = _errs94 === errors;
}
}
var valid2 = _errs91 === errors;
}
if(data3.deploymentPlan !== undefined){
let data50 = data3.deploymentPlan;
const _errs107 = errors;
const _errs108 = errors;
let valid30 = false;
const _errs109 = errors;
const _errs110 = errors;
const _errs111 = errors;
if(data50 && typeof data50 == "object" && !Array.isArray(data50)){
if(data50.name === undefined){
const err99 = {instancePath:instancePath+"/spec/deploymentPlan",schemaPath:"definitions.schema.json#/$defs/artifactRef/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema25.required,parentSchema:schema25,data:data50};
if(vErrors === null){
vErrors = [err99];
}
else {
vErrors.push(err99);
}
errors++;
}
const _errs112 = errors;
for(const key14 in data50){
if(!((key14 === "name") || (key14 === "id"))){
const err100 = {instancePath:instancePath+"/spec/deploymentPlan",schemaPath:"definitions.schema.json#/$defs/artifactRef/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key14},message:"must NOT have additional properties",schema:false,parentSchema:schema25,data:data50};
if(vErrors === null){
vErrors = [err100];
}
else {
vErrors.push(err100);
}
errors++;
}
}
if(data50.name !== undefined){
let data51 = data50.name;
const _errs113 = errors;
const _errs114 = errors;
if(typeof data51 === "string"){
if(func0(data51) < 1){
const err101 = {instancePath:instancePath+"/spec/deploymentPlan/name",schemaPath:"definitions.schema.json#/$defs/artifactRef/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema25.properties.name,data:data51};
if(vErrors === null){
vErrors = [err101];
}
else {
vErrors.push(err101);
}
errors++;
}
}
else {
const err102 = {instancePath:instancePath+"/spec/deploymentPlan/name",schemaPath:"definitions.schema.json#/$defs/artifactRef/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema25.properties.name.type,parentSchema:schema25.properties.name,data:data51};
if(vErrors === null){
vErrors = [err102];
}
else {
vErrors.push(err102);
}
errors++;
}
var valid32 = _errs113 === errors;
}
if(data50.id !== undefined){
let data52 = data50.id;
const _errs115 = errors;
if((typeof data52 !== "string") && (data52 !== null)){
const err103 = {instancePath:instancePath+"/spec/deploymentPlan/id",schemaPath:"definitions.schema.json#/$defs/artifactRef/properties/id/type",keyword:"type",params:{type: schema25.properties.id.type},message:"must be string,null",schema:schema25.properties.id.type,parentSchema:schema25.properties.id,data:data52};
if(vErrors === null){
vErrors = [err103];
}
else {
vErrors.push(err103);
}
errors++;
}
const _errs116 = errors;
if(typeof data52 === "string"){
if(func0(data52) < 1){
const err104 = {instancePath:instancePath+"/spec/deploymentPlan/id",schemaPath:"definitions.schema.json#/$defs/artifactRef/properties/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema25.properties.id,data:data52};
if(vErrors === null){
vErrors = [err104];
}
else {
vErrors.push(err104);
}
errors++;
}
}
var valid32 = _errs115 === errors;
}
}
else {
const err105 = {instancePath:instancePath+"/spec/deploymentPlan",schemaPath:"definitions.schema.json#/$defs/artifactRef/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema25.type,parentSchema:schema25,data:data50};
if(vErrors === null){
vErrors = [err105];
}
else {
vErrors.push(err105);
}
errors++;
}
var valid31 = _errs110 === errors;
var _valid1 = _errs109 === errors;
valid30 = valid30 || _valid1;
if(_valid1){
var props0 = true;
}
const _errs117 = errors;
if(data50 !== null){
const err106 = {instancePath:instancePath+"/spec/deploymentPlan",schemaPath:"#/properties/spec/properties/deploymentPlan/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema77.properties.spec.properties.deploymentPlan.anyOf[1].type,parentSchema:schema77.properties.spec.properties.deploymentPlan.anyOf[1],data:data50};
if(vErrors === null){
vErrors = [err106];
}
else {
vErrors.push(err106);
}
errors++;
}
const _errs118 = errors;
var _valid1 = _errs117 === errors;
valid30 = valid30 || _valid1;
if(_valid1){
}
if(!valid30){
const err107 = {instancePath:instancePath+"/spec/deploymentPlan",schemaPath:"#/properties/spec/properties/deploymentPlan/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema77.properties.spec.properties.deploymentPlan.anyOf,parentSchema:schema77.properties.spec.properties.deploymentPlan,data:data50};
if(vErrors === null){
vErrors = [err107];
}
else {
vErrors.push(err107);
}
errors++;
}
else {
errors = _errs108;
if(vErrors !== null){
if(_errs108){
vErrors.length = _errs108;
}
else {
vErrors = null;
}
}
}
var valid2 = _errs107 === errors;
}
}
else {
const err108 = {instancePath:instancePath+"/spec",schemaPath:"#/properties/spec/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema77.properties.spec.type,parentSchema:schema77.properties.spec,data:data3};
if(vErrors === null){
vErrors = [err108];
}
else {
vErrors.push(err108);
}
errors++;
}
var valid0 = _errs6 === errors;
}
}
else {
const err109 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema77.type,parentSchema:schema77,data};
if(vErrors === null){
vErrors = [err109];
}
else {
vErrors.push(err109);
}
errors++;
}
validate39.errors = vErrors;
return errors === 0;
}
validate39.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

