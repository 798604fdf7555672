import { createRequire as __trustlintCreateRequire } from 'node:module'; const require = __trustlintCreateRequire(import.meta.url);
import {
  processIo
} from "./chunk-MGY6WSTN.mjs";
import "./chunk-PK6KIACC.mjs";
import "./chunk-6B3ITDZJ.mjs";
import "./chunk-DAIUEL45.mjs";
export {
  processIo
};
