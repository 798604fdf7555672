import { createRequire as __trustlintCreateRequire } from 'node:module'; const require = __trustlintCreateRequire(import.meta.url);
import {
  createProgram,
  main
} from "./chunk-B725HX2S.mjs";
import "./chunk-UUX7L5DL.mjs";
import "./chunk-L4XYYO23.mjs";
import "./chunk-ATCFNQUE.mjs";
import "./chunk-3MILNN3R.mjs";
import "./chunk-DAIUEL45.mjs";
export {
  createProgram,
  main
};
