import { createRequire as __trustlintCreateRequire } from 'node:module'; const require = __trustlintCreateRequire(import.meta.url);
import {
  createProgram,
  main
} from "./chunk-PJ6PV46C.mjs";
import "./chunk-EH3EDBRK.mjs";
import "./chunk-JGJC5FMT.mjs";
import "./chunk-6LZVGCVI.mjs";
import "./chunk-HZSBF6OI.mjs";
import "./chunk-DAIUEL45.mjs";
export {
  createProgram,
  main
};
