import { createRequire as __trustlintCreateRequire } from 'node:module'; const require = __trustlintCreateRequire(import.meta.url);
import {
  processIo
} from "./chunk-SAIUKCJ2.mjs";
import "./chunk-IBXWRIQW.mjs";
import "./chunk-5NIPEJ5H.mjs";
import "./chunk-DAIUEL45.mjs";
export {
  processIo
};
