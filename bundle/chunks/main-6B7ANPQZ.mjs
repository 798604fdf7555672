import { createRequire as __trustlintCreateRequire } from 'node:module'; const require = __trustlintCreateRequire(import.meta.url);
import {
  createProgram,
  main
} from "./chunk-LZ4ZAZJN.mjs";
import "./chunk-A2JMUUQS.mjs";
import "./chunk-AFTSMSDV.mjs";
import "./chunk-LXDRVBI6.mjs";
import "./chunk-K56EYA63.mjs";
import "./chunk-DAIUEL45.mjs";
export {
  createProgram,
  main
};
