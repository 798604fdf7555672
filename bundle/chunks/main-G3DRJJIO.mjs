import { createRequire as __trustlintCreateRequire } from 'node:module'; const require = __trustlintCreateRequire(import.meta.url);
import {
  createProgram,
  main
} from "./chunk-BPPA2ISO.mjs";
import "./chunk-NNN5EBIJ.mjs";
import "./chunk-LYF3JW67.mjs";
import "./chunk-3XJDTU3G.mjs";
import "./chunk-DAIUEL45.mjs";
export {
  createProgram,
  main
};
