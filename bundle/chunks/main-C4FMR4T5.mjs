import { createRequire as __trustlintCreateRequire } from 'node:module'; const require = __trustlintCreateRequire(import.meta.url);
import {
  createProgram,
  main
} from "./chunk-QV77NXFX.mjs";
import "./chunk-LKCSSKQV.mjs";
import "./chunk-MGY6WSTN.mjs";
import "./chunk-PK6KIACC.mjs";
import "./chunk-6B3ITDZJ.mjs";
import "./chunk-DAIUEL45.mjs";
export {
  createProgram,
  main
};
