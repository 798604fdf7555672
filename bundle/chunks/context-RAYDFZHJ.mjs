import { createRequire as __trustlintCreateRequire } from 'node:module'; const require = __trustlintCreateRequire(import.meta.url);
import {
  processIo
} from "./chunk-A6Q55BKC.mjs";
import "./chunk-BNNJVYJP.mjs";
import "./chunk-6PGSCUS4.mjs";
import "./chunk-DAIUEL45.mjs";
export {
  processIo
};
