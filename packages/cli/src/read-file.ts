import { closeSync, constants, fstatSync, openSync, readSync, realpathSync, statfsSync, type Stats } from 'node:fs';
import { sizeMessage } from '@trustlint/core';
import { errorMessage } from './errors.js';
import { isInside, scanRootOf } from './paths.js';

/**
 * The one way the CLI reads a file it was pointed at (inputs, configuration, .gitignore, git
 * metadata, --var-file): it runs on untrusted pull requests, so every read is contained, bounded and
 * restricted to regular files (spec/rules.md `input-error`).
 */

export type ReadProblem = 'missing' | 'loop' | 'outside' | 'not-regular' | 'pseudo-file' | 'too-large' | 'not-utf8' | 'unreadable';

export type ReadResult =
  | { ok: true; text: string; realPath: string }
  | {
      ok: false;
      problem: ReadProblem;
      message: string;
      realPath?: string;
      size?: number;
      /** The bytes of a file that is not UTF-8 (to tell its kind in another encoding). */
      bytes?: Uint8Array;
    };

export interface ReadOptions {
  /** Largest file read, in bytes: checked before reading, and the read itself stops one byte after. */
  maxBytes: number;
  /**
   * Real path of the folder the file must resolve into (symbolic links included): a link out of it is
   * refused, whatever it points at. Undefined only for paths the user typed outside any repository.
   */
  root?: string;
  /** The file's real path when the caller knows it (a walk that met no link): saves a system call. */
  realPath?: string;
  /** Replaces the final read of the bytes (tests simulate unreadable files: they run as root). */
  readBytes?: (absolutePath: string) => Uint8Array;
}

/**
 * Never blocks on a FIFO that slipped past the checks, never follows a link swapped in late
 * (Windows has neither flag: there the constants are undefined, which `|` takes as 0).
 */
const OPEN_FLAGS = constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOFOLLOW;
const CHUNK_BYTES = 64 * 1024;
const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** Reads `absolutePath` as UTF-8 text within `options`; never throws. */
export function readBoundedText(absolutePath: string, options: ReadOptions): ReadResult {
  const opened = openContained(absolutePath, options);
  if (!opened.ok) return opened;
  const { fd, realPath } = opened;
  let bytes: Uint8Array;
  try {
    const stats = fstatSync(fd);
    const refused = refusal(stats, realPath, options.maxBytes);
    if (refused) return refused;
    bytes = options.readBytes ? options.readBytes(absolutePath) : readAtMost(fd, options.maxBytes + 1, stats.size);
  } catch (err) {
    return { ok: false, problem: 'unreadable', message: `cannot read the file: ${errorMessage(err)}`, realPath };
  } finally {
    closeSync(fd);
  }
  // A file that grew while it was read is cut at the cap plus one byte.
  if (bytes.length > options.maxBytes) return tooLarge(bytes.length, options.maxBytes, realPath);
  try {
    return { ok: true, text: UTF8.decode(bytes), realPath };
  } catch {
    return { ok: false, problem: 'not-utf8', message: 'the file is not valid UTF-8: it was not analysed', realPath, bytes };
  }
}

/**
 * Whether any part of the file at `realPath` passes `test`, read in chunks of at most `maxBytes` in
 * all, each chunk overlapping the previous by `overlap` characters: how a file over the size cap is
 * told to be of an analysed kind or not without ever holding it whole. Undefined when the file cannot
 * be read or is larger than `maxBytes`.
 */
export function anyChunk(realPath: string, test: (chunk: string) => boolean, options: { maxBytes: number; overlap: number }): boolean | undefined {
  let fd: number;
  try {
    fd = openSync(realPath, OPEN_FLAGS);
  } catch {
    return undefined;
  }
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile() || stats.size > options.maxBytes) return undefined;
    const decoder = new TextDecoder('utf-8');
    const buffer = Buffer.alloc(CHUNK_BYTES);
    let carry = '';
    for (let total = 0; total <= options.maxBytes; ) {
      const n = readSync(fd, buffer, 0, CHUNK_BYTES, null);
      if (n === 0) return test(carry + decoder.decode());
      total += n;
      const text = carry + decoder.decode(buffer.subarray(0, n), { stream: true });
      if (test(text)) return true;
      carry = text.slice(-options.overlap);
    }
    return undefined;
  } catch {
    return undefined;
  } finally {
    closeSync(fd);
  }
}

function tooLarge(bytes: number, cap: number, realPath: string): Extract<ReadResult, { ok: false }> {
  return { ok: false, problem: 'too-large', message: sizeMessage(bytes, cap), size: bytes, realPath };
}

function openContained(absolutePath: string, options: ReadOptions): { ok: true; fd: number; realPath: string } | Extract<ReadResult, { ok: false }> {
  let realPath = options.realPath;
  if (realPath === undefined) {
    try {
      // One realpath(3) call: the JavaScript realpathSync lstat()s every component of the path.
      realPath = realpathSync.native(absolutePath);
    } catch (err) {
      return failedLookup(err);
    }
  }
  if (options.root !== undefined && !isInside(options.root, realPath)) {
    // The link is named, never where it leads: the target's path may itself be sensitive.
    return { ok: false, problem: 'outside', message: 'a symbolic link that leads out of the scanned tree (the repository root): it was not read' };
  }
  try {
    return { ok: true, fd: openSync(realPath, OPEN_FLAGS), realPath };
  } catch (err) {
    return failedLookup(err);
  }
}

function failedLookup(err: unknown): Extract<ReadResult, { ok: false }> {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return { ok: false, problem: 'missing', message: 'no such file' };
  if (code === 'ELOOP') return { ok: false, problem: 'loop', message: 'symbolic link loop: the link was not followed' };
  return { ok: false, problem: 'unreadable', message: `cannot read the file: ${errorMessage(err)}` };
}

function refusal(stats: Stats, realPath: string, maxBytes: number): Extract<ReadResult, { ok: false }> | undefined {
  if (!stats.isFile()) {
    return { ok: false, problem: 'not-regular', message: 'not a regular file (a folder, FIFO, socket or device): it was not read', realPath };
  }
  if (isPseudoFileSystem(stats.dev, realPath)) {
    return { ok: false, problem: 'pseudo-file', message: 'a file of a kernel pseudo-filesystem (/proc, /sys): it was not read', realPath };
  }
  if (stats.size > maxBytes) return tooLarge(stats.size, maxBytes, realPath);
  return undefined;
}

/**
 * Linux filesystems whose "regular files" are kernel views (process environments, device state):
 * they report size 0 or 4096 whatever they hold. Magic numbers from linux/magic.h.
 */
const PSEUDO_FILESYSTEMS = new Set([
  0x9fa0 /* proc */, 0x62656572 /* sysfs */, 0x64626720 /* debugfs */, 0x74726163 /* tracefs */, 0x73636673 /* securityfs */,
  0x27e0eb /* cgroup */, 0x63677270 /* cgroup2 */, 0x62656570 /* configfs */, 0xde5e81e4 /* efivarfs */, 0xcafe4a11 /* bpf */,
]);
/** Per device: files on one device share a filesystem, so statfs runs once per device, not per file. */
const pseudoByDevice = new Map<number, boolean>();

function isPseudoFileSystem(device: number, realPath: string): boolean {
  let known = pseudoByDevice.get(device);
  if (known === undefined) {
    try {
      known = PSEUDO_FILESYSTEMS.has(statfsSync(realPath).type);
    } catch {
      known = false;
    }
    pseudoByDevice.set(device, known);
  }
  return known;
}

/** Reads up to `limit` bytes: a pseudo-file's reported size says nothing, so the loop is what bounds. */
function readAtMost(fd: number, limit: number, sizeHint: number): Uint8Array {
  let buffer = Buffer.alloc(Math.min(limit, Math.max(sizeHint + 1, CHUNK_BYTES)));
  let length = 0;
  while (length < limit) {
    if (length === buffer.length) {
      const grown = Buffer.alloc(Math.min(limit, buffer.length * 2));
      buffer.copy(grown, 0, 0, length);
      buffer = grown;
    }
    const n = readSync(fd, buffer, length, buffer.length - length, null);
    if (n === 0) break;
    length += n;
  }
  return buffer.subarray(0, length);
}

/**
 * A file the user named (`--config`, `--var-file`): inside a repository it must resolve into that
 * repository (a committed link is refused as in discovery); a path typed outside any repository is
 * read wherever it leads.
 */
export function readNamedFile(absolutePath: string, options: Omit<ReadOptions, 'root'>): ReadResult {
  const scan = scanRootOf(absolutePath, false);
  return readBoundedText(absolutePath, scan.inRepository ? { ...options, root: scan.root } : options);
}
