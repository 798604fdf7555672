import { createRequire as __trustlintCreateRequire } from 'node:module'; const require = __trustlintCreateRequire(import.meta.url);
import {
  createProgram,
  main
} from "./chunk-LCO5HGJL.mjs";
import "./chunk-JCRQTVMS.mjs";
import "./chunk-SAIUKCJ2.mjs";
import "./chunk-IBXWRIQW.mjs";
import "./chunk-5NIPEJ5H.mjs";
import "./chunk-DAIUEL45.mjs";
export {
  createProgram,
  main
};
