import { createRequire as __trustlintCreateRequire } from 'node:module'; const require = __trustlintCreateRequire(import.meta.url);
import {
  createProgram,
  main
} from "./chunk-OEUGKWNI.mjs";
import "./chunk-L3FIUP3G.mjs";
import "./chunk-NNN5EBIJ.mjs";
import "./chunk-TZGMQ5XI.mjs";
import "./chunk-DAIUEL45.mjs";
export {
  createProgram,
  main
};
