import { createRequire as __trustlintCreateRequire } from 'node:module'; const require = __trustlintCreateRequire(import.meta.url);
import {
  processIo
} from "./chunk-JGJC5FMT.mjs";
import "./chunk-6LZVGCVI.mjs";
import "./chunk-HZSBF6OI.mjs";
import "./chunk-DAIUEL45.mjs";
export {
  processIo
};
