import { createRequire as __trustlintCreateRequire } from 'node:module'; const require = __trustlintCreateRequire(import.meta.url);
import {
  createProgram,
  main
} from "./chunk-Y3BPDET6.mjs";
import "./chunk-PD4IT5CR.mjs";
import "./chunk-A6Q55BKC.mjs";
import "./chunk-BNNJVYJP.mjs";
import "./chunk-6PGSCUS4.mjs";
import "./chunk-DAIUEL45.mjs";
export {
  createProgram,
  main
};
