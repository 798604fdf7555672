#!/usr/bin/env node
import { createRequire as __trustlintCreateRequire } from 'node:module'; const require = __trustlintCreateRequire(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __require = /* @__PURE__ */ ((x) => typeof require !== "undefined" ? require : typeof Proxy !== "undefined" ? new Proxy(x, {
  get: (a, b) => (typeof require !== "undefined" ? require : a)[b]
}) : x)(function(x) {
  if (typeof require !== "undefined") return require.apply(this, arguments);
  throw Error('Dynamic require of "' + x + '" is not supported');
});
var __esm = (fn, res, err) => function __init() {
  if (err) throw err[0];
  try {
    return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
  } catch (e) {
    throw err = [e], e;
  }
};
var __commonJS = (cb, mod) => function __require2() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// <define:__TRUSTLINT_PACKAGE__>
var define_TRUSTLINT_PACKAGE_default;
var init_define_TRUSTLINT_PACKAGE = __esm({
  "<define:__TRUSTLINT_PACKAGE__>"() {
    define_TRUSTLINT_PACKAGE_default = { version: "0.1.0" };
  }
});

// node_modules/.pnpm/commander@14.0.3/node_modules/commander/lib/error.js
var require_error = __commonJS({
  "node_modules/.pnpm/commander@14.0.3/node_modules/commander/lib/error.js"(exports) {
    init_define_TRUSTLINT_PACKAGE();
    var CommanderError2 = class extends Error {
      /**
       * Constructs the CommanderError class
       * @param {number} exitCode suggested exit code which could be used with process.exit
       * @param {string} code an id string representing the error
       * @param {string} message human-readable description of the error
       */
      constructor(exitCode, code, message) {
        super(message);
        Error.captureStackTrace(this, this.constructor);
        this.name = this.constructor.name;
        this.code = code;
        this.exitCode = exitCode;
        this.nestedError = void 0;
      }
    };
    var InvalidArgumentError2 = class extends CommanderError2 {
      /**
       * Constructs the InvalidArgumentError class
       * @param {string} [message] explanation of why argument is invalid
       */
      constructor(message) {
        super(1, "commander.invalidArgument", message);
        Error.captureStackTrace(this, this.constructor);
        this.name = this.constructor.name;
      }
    };
    exports.CommanderError = CommanderError2;
    exports.InvalidArgumentError = InvalidArgumentError2;
  }
});

// node_modules/.pnpm/commander@14.0.3/node_modules/commander/lib/argument.js
var require_argument = __commonJS({
  "node_modules/.pnpm/commander@14.0.3/node_modules/commander/lib/argument.js"(exports) {
    init_define_TRUSTLINT_PACKAGE();
    var { InvalidArgumentError: InvalidArgumentError2 } = require_error();
    var Argument2 = class {
      /**
       * Initialize a new command argument with the given name and description.
       * The default is that the argument is required, and you can explicitly
       * indicate this with <> around the name. Put [] around the name for an optional argument.
       *
       * @param {string} name
       * @param {string} [description]
       */
      constructor(name, description) {
        this.description = description || "";
        this.variadic = false;
        this.parseArg = void 0;
        this.defaultValue = void 0;
        this.defaultValueDescription = void 0;
        this.argChoices = void 0;
        switch (name[0]) {
          case "<":
            this.required = true;
            this._name = name.slice(1, -1);
            break;
          case "[":
            this.required = false;
            this._name = name.slice(1, -1);
            break;
          default:
            this.required = true;
            this._name = name;
            break;
        }
        if (this._name.endsWith("...")) {
          this.variadic = true;
          this._name = this._name.slice(0, -3);
        }
      }
      /**
       * Return argument name.
       *
       * @return {string}
       */
      name() {
        return this._name;
      }
      /**
       * @package
       */
      _collectValue(value, previous) {
        if (previous === this.defaultValue || !Array.isArray(previous)) {
          return [value];
        }
        previous.push(value);
        return previous;
      }
      /**
       * Set the default value, and optionally supply the description to be displayed in the help.
       *
       * @param {*} value
       * @param {string} [description]
       * @return {Argument}
       */
      default(value, description) {
        this.defaultValue = value;
        this.defaultValueDescription = description;
        return this;
      }
      /**
       * Set the custom handler for processing CLI command arguments into argument values.
       *
       * @param {Function} [fn]
       * @return {Argument}
       */
      argParser(fn) {
        this.parseArg = fn;
        return this;
      }
      /**
       * Only allow argument value to be one of choices.
       *
       * @param {string[]} values
       * @return {Argument}
       */
      choices(values) {
        this.argChoices = values.slice();
        this.parseArg = (arg, previous) => {
          if (!this.argChoices.includes(arg)) {
            throw new InvalidArgumentError2(
              `Allowed choices are ${this.argChoices.join(", ")}.`
            );
          }
          if (this.variadic) {
            return this._collectValue(arg, previous);
          }
          return arg;
        };
        return this;
      }
      /**
       * Make argument required.
       *
       * @returns {Argument}
       */
      argRequired() {
        this.required = true;
        return this;
      }
      /**
       * Make argument optional.
       *
       * @returns {Argument}
       */
      argOptional() {
        this.required = false;
        return this;
      }
    };
    function humanReadableArgName(arg) {
      const nameOutput = arg.name() + (arg.variadic === true ? "..." : "");
      return arg.required ? "<" + nameOutput + ">" : "[" + nameOutput + "]";
    }
    exports.Argument = Argument2;
    exports.humanReadableArgName = humanReadableArgName;
  }
});

// node_modules/.pnpm/commander@14.0.3/node_modules/commander/lib/help.js
var require_help = __commonJS({
  "node_modules/.pnpm/commander@14.0.3/node_modules/commander/lib/help.js"(exports) {
    init_define_TRUSTLINT_PACKAGE();
    var { humanReadableArgName } = require_argument();
    var Help2 = class {
      constructor() {
        this.helpWidth = void 0;
        this.minWidthToWrap = 40;
        this.sortSubcommands = false;
        this.sortOptions = false;
        this.showGlobalOptions = false;
      }
      /**
       * prepareContext is called by Commander after applying overrides from `Command.configureHelp()`
       * and just before calling `formatHelp()`.
       *
       * Commander just uses the helpWidth and the rest is provided for optional use by more complex subclasses.
       *
       * @param {{ error?: boolean, helpWidth?: number, outputHasColors?: boolean }} contextOptions
       */
      prepareContext(contextOptions) {
        this.helpWidth = this.helpWidth ?? contextOptions.helpWidth ?? 80;
      }
      /**
       * Get an array of the visible subcommands. Includes a placeholder for the implicit help command, if there is one.
       *
       * @param {Command} cmd
       * @returns {Command[]}
       */
      visibleCommands(cmd) {
        const visibleCommands = cmd.commands.filter((cmd2) => !cmd2._hidden);
        const helpCommand = cmd._getHelpCommand();
        if (helpCommand && !helpCommand._hidden) {
          visibleCommands.push(helpCommand);
        }
        if (this.sortSubcommands) {
          visibleCommands.sort((a, b) => {
            return a.name().localeCompare(b.name());
          });
        }
        return visibleCommands;
      }
      /**
       * Compare options for sort.
       *
       * @param {Option} a
       * @param {Option} b
       * @returns {number}
       */
      compareOptions(a, b) {
        const getSortKey = (option) => {
          return option.short ? option.short.replace(/^-/, "") : option.long.replace(/^--/, "");
        };
        return getSortKey(a).localeCompare(getSortKey(b));
      }
      /**
       * Get an array of the visible options. Includes a placeholder for the implicit help option, if there is one.
       *
       * @param {Command} cmd
       * @returns {Option[]}
       */
      visibleOptions(cmd) {
        const visibleOptions = cmd.options.filter((option) => !option.hidden);
        const helpOption = cmd._getHelpOption();
        if (helpOption && !helpOption.hidden) {
          const removeShort = helpOption.short && cmd._findOption(helpOption.short);
          const removeLong = helpOption.long && cmd._findOption(helpOption.long);
          if (!removeShort && !removeLong) {
            visibleOptions.push(helpOption);
          } else if (helpOption.long && !removeLong) {
            visibleOptions.push(
              cmd.createOption(helpOption.long, helpOption.description)
            );
          } else if (helpOption.short && !removeShort) {
            visibleOptions.push(
              cmd.createOption(helpOption.short, helpOption.description)
            );
          }
        }
        if (this.sortOptions) {
          visibleOptions.sort(this.compareOptions);
        }
        return visibleOptions;
      }
      /**
       * Get an array of the visible global options. (Not including help.)
       *
       * @param {Command} cmd
       * @returns {Option[]}
       */
      visibleGlobalOptions(cmd) {
        if (!this.showGlobalOptions) return [];
        const globalOptions = [];
        for (let ancestorCmd = cmd.parent; ancestorCmd; ancestorCmd = ancestorCmd.parent) {
          const visibleOptions = ancestorCmd.options.filter(
            (option) => !option.hidden
          );
          globalOptions.push(...visibleOptions);
        }
        if (this.sortOptions) {
          globalOptions.sort(this.compareOptions);
        }
        return globalOptions;
      }
      /**
       * Get an array of the arguments if any have a description.
       *
       * @param {Command} cmd
       * @returns {Argument[]}
       */
      visibleArguments(cmd) {
        if (cmd._argsDescription) {
          cmd.registeredArguments.forEach((argument) => {
            argument.description = argument.description || cmd._argsDescription[argument.name()] || "";
          });
        }
        if (cmd.registeredArguments.find((argument) => argument.description)) {
          return cmd.registeredArguments;
        }
        return [];
      }
      /**
       * Get the command term to show in the list of subcommands.
       *
       * @param {Command} cmd
       * @returns {string}
       */
      subcommandTerm(cmd) {
        const args = cmd.registeredArguments.map((arg) => humanReadableArgName(arg)).join(" ");
        return cmd._name + (cmd._aliases[0] ? "|" + cmd._aliases[0] : "") + (cmd.options.length ? " [options]" : "") + // simplistic check for non-help option
        (args ? " " + args : "");
      }
      /**
       * Get the option term to show in the list of options.
       *
       * @param {Option} option
       * @returns {string}
       */
      optionTerm(option) {
        return option.flags;
      }
      /**
       * Get the argument term to show in the list of arguments.
       *
       * @param {Argument} argument
       * @returns {string}
       */
      argumentTerm(argument) {
        return argument.name();
      }
      /**
       * Get the longest command term length.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {number}
       */
      longestSubcommandTermLength(cmd, helper) {
        return helper.visibleCommands(cmd).reduce((max, command) => {
          return Math.max(
            max,
            this.displayWidth(
              helper.styleSubcommandTerm(helper.subcommandTerm(command))
            )
          );
        }, 0);
      }
      /**
       * Get the longest option term length.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {number}
       */
      longestOptionTermLength(cmd, helper) {
        return helper.visibleOptions(cmd).reduce((max, option) => {
          return Math.max(
            max,
            this.displayWidth(helper.styleOptionTerm(helper.optionTerm(option)))
          );
        }, 0);
      }
      /**
       * Get the longest global option term length.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {number}
       */
      longestGlobalOptionTermLength(cmd, helper) {
        return helper.visibleGlobalOptions(cmd).reduce((max, option) => {
          return Math.max(
            max,
            this.displayWidth(helper.styleOptionTerm(helper.optionTerm(option)))
          );
        }, 0);
      }
      /**
       * Get the longest argument term length.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {number}
       */
      longestArgumentTermLength(cmd, helper) {
        return helper.visibleArguments(cmd).reduce((max, argument) => {
          return Math.max(
            max,
            this.displayWidth(
              helper.styleArgumentTerm(helper.argumentTerm(argument))
            )
          );
        }, 0);
      }
      /**
       * Get the command usage to be displayed at the top of the built-in help.
       *
       * @param {Command} cmd
       * @returns {string}
       */
      commandUsage(cmd) {
        let cmdName = cmd._name;
        if (cmd._aliases[0]) {
          cmdName = cmdName + "|" + cmd._aliases[0];
        }
        let ancestorCmdNames = "";
        for (let ancestorCmd = cmd.parent; ancestorCmd; ancestorCmd = ancestorCmd.parent) {
          ancestorCmdNames = ancestorCmd.name() + " " + ancestorCmdNames;
        }
        return ancestorCmdNames + cmdName + " " + cmd.usage();
      }
      /**
       * Get the description for the command.
       *
       * @param {Command} cmd
       * @returns {string}
       */
      commandDescription(cmd) {
        return cmd.description();
      }
      /**
       * Get the subcommand summary to show in the list of subcommands.
       * (Fallback to description for backwards compatibility.)
       *
       * @param {Command} cmd
       * @returns {string}
       */
      subcommandDescription(cmd) {
        return cmd.summary() || cmd.description();
      }
      /**
       * Get the option description to show in the list of options.
       *
       * @param {Option} option
       * @return {string}
       */
      optionDescription(option) {
        const extraInfo = [];
        if (option.argChoices) {
          extraInfo.push(
            // use stringify to match the display of the default value
            `choices: ${option.argChoices.map((choice) => JSON.stringify(choice)).join(", ")}`
          );
        }
        if (option.defaultValue !== void 0) {
          const showDefault = option.required || option.optional || option.isBoolean() && typeof option.defaultValue === "boolean";
          if (showDefault) {
            extraInfo.push(
              `default: ${option.defaultValueDescription || JSON.stringify(option.defaultValue)}`
            );
          }
        }
        if (option.presetArg !== void 0 && option.optional) {
          extraInfo.push(`preset: ${JSON.stringify(option.presetArg)}`);
        }
        if (option.envVar !== void 0) {
          extraInfo.push(`env: ${option.envVar}`);
        }
        if (extraInfo.length > 0) {
          const extraDescription = `(${extraInfo.join(", ")})`;
          if (option.description) {
            return `${option.description} ${extraDescription}`;
          }
          return extraDescription;
        }
        return option.description;
      }
      /**
       * Get the argument description to show in the list of arguments.
       *
       * @param {Argument} argument
       * @return {string}
       */
      argumentDescription(argument) {
        const extraInfo = [];
        if (argument.argChoices) {
          extraInfo.push(
            // use stringify to match the display of the default value
            `choices: ${argument.argChoices.map((choice) => JSON.stringify(choice)).join(", ")}`
          );
        }
        if (argument.defaultValue !== void 0) {
          extraInfo.push(
            `default: ${argument.defaultValueDescription || JSON.stringify(argument.defaultValue)}`
          );
        }
        if (extraInfo.length > 0) {
          const extraDescription = `(${extraInfo.join(", ")})`;
          if (argument.description) {
            return `${argument.description} ${extraDescription}`;
          }
          return extraDescription;
        }
        return argument.description;
      }
      /**
       * Format a list of items, given a heading and an array of formatted items.
       *
       * @param {string} heading
       * @param {string[]} items
       * @param {Help} helper
       * @returns string[]
       */
      formatItemList(heading, items, helper) {
        if (items.length === 0) return [];
        return [helper.styleTitle(heading), ...items, ""];
      }
      /**
       * Group items by their help group heading.
       *
       * @param {Command[] | Option[]} unsortedItems
       * @param {Command[] | Option[]} visibleItems
       * @param {Function} getGroup
       * @returns {Map<string, Command[] | Option[]>}
       */
      groupItems(unsortedItems, visibleItems, getGroup) {
        const result = /* @__PURE__ */ new Map();
        unsortedItems.forEach((item) => {
          const group = getGroup(item);
          if (!result.has(group)) result.set(group, []);
        });
        visibleItems.forEach((item) => {
          const group = getGroup(item);
          if (!result.has(group)) {
            result.set(group, []);
          }
          result.get(group).push(item);
        });
        return result;
      }
      /**
       * Generate the built-in help text.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {string}
       */
      formatHelp(cmd, helper) {
        const termWidth = helper.padWidth(cmd, helper);
        const helpWidth = helper.helpWidth ?? 80;
        function callFormatItem(term, description) {
          return helper.formatItem(term, termWidth, description, helper);
        }
        let output = [
          `${helper.styleTitle("Usage:")} ${helper.styleUsage(helper.commandUsage(cmd))}`,
          ""
        ];
        const commandDescription = helper.commandDescription(cmd);
        if (commandDescription.length > 0) {
          output = output.concat([
            helper.boxWrap(
              helper.styleCommandDescription(commandDescription),
              helpWidth
            ),
            ""
          ]);
        }
        const argumentList = helper.visibleArguments(cmd).map((argument) => {
          return callFormatItem(
            helper.styleArgumentTerm(helper.argumentTerm(argument)),
            helper.styleArgumentDescription(helper.argumentDescription(argument))
          );
        });
        output = output.concat(
          this.formatItemList("Arguments:", argumentList, helper)
        );
        const optionGroups = this.groupItems(
          cmd.options,
          helper.visibleOptions(cmd),
          (option) => option.helpGroupHeading ?? "Options:"
        );
        optionGroups.forEach((options, group) => {
          const optionList = options.map((option) => {
            return callFormatItem(
              helper.styleOptionTerm(helper.optionTerm(option)),
              helper.styleOptionDescription(helper.optionDescription(option))
            );
          });
          output = output.concat(this.formatItemList(group, optionList, helper));
        });
        if (helper.showGlobalOptions) {
          const globalOptionList = helper.visibleGlobalOptions(cmd).map((option) => {
            return callFormatItem(
              helper.styleOptionTerm(helper.optionTerm(option)),
              helper.styleOptionDescription(helper.optionDescription(option))
            );
          });
          output = output.concat(
            this.formatItemList("Global Options:", globalOptionList, helper)
          );
        }
        const commandGroups = this.groupItems(
          cmd.commands,
          helper.visibleCommands(cmd),
          (sub) => sub.helpGroup() || "Commands:"
        );
        commandGroups.forEach((commands, group) => {
          const commandList = commands.map((sub) => {
            return callFormatItem(
              helper.styleSubcommandTerm(helper.subcommandTerm(sub)),
              helper.styleSubcommandDescription(helper.subcommandDescription(sub))
            );
          });
          output = output.concat(this.formatItemList(group, commandList, helper));
        });
        return output.join("\n");
      }
      /**
       * Return display width of string, ignoring ANSI escape sequences. Used in padding and wrapping calculations.
       *
       * @param {string} str
       * @returns {number}
       */
      displayWidth(str) {
        return stripColor(str).length;
      }
      /**
       * Style the title for displaying in the help. Called with 'Usage:', 'Options:', etc.
       *
       * @param {string} str
       * @returns {string}
       */
      styleTitle(str) {
        return str;
      }
      styleUsage(str) {
        return str.split(" ").map((word) => {
          if (word === "[options]") return this.styleOptionText(word);
          if (word === "[command]") return this.styleSubcommandText(word);
          if (word[0] === "[" || word[0] === "<")
            return this.styleArgumentText(word);
          return this.styleCommandText(word);
        }).join(" ");
      }
      styleCommandDescription(str) {
        return this.styleDescriptionText(str);
      }
      styleOptionDescription(str) {
        return this.styleDescriptionText(str);
      }
      styleSubcommandDescription(str) {
        return this.styleDescriptionText(str);
      }
      styleArgumentDescription(str) {
        return this.styleDescriptionText(str);
      }
      styleDescriptionText(str) {
        return str;
      }
      styleOptionTerm(str) {
        return this.styleOptionText(str);
      }
      styleSubcommandTerm(str) {
        return str.split(" ").map((word) => {
          if (word === "[options]") return this.styleOptionText(word);
          if (word[0] === "[" || word[0] === "<")
            return this.styleArgumentText(word);
          return this.styleSubcommandText(word);
        }).join(" ");
      }
      styleArgumentTerm(str) {
        return this.styleArgumentText(str);
      }
      styleOptionText(str) {
        return str;
      }
      styleArgumentText(str) {
        return str;
      }
      styleSubcommandText(str) {
        return str;
      }
      styleCommandText(str) {
        return str;
      }
      /**
       * Calculate the pad width from the maximum term length.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {number}
       */
      padWidth(cmd, helper) {
        return Math.max(
          helper.longestOptionTermLength(cmd, helper),
          helper.longestGlobalOptionTermLength(cmd, helper),
          helper.longestSubcommandTermLength(cmd, helper),
          helper.longestArgumentTermLength(cmd, helper)
        );
      }
      /**
       * Detect manually wrapped and indented strings by checking for line break followed by whitespace.
       *
       * @param {string} str
       * @returns {boolean}
       */
      preformatted(str) {
        return /\n[^\S\r\n]/.test(str);
      }
      /**
       * Format the "item", which consists of a term and description. Pad the term and wrap the description, indenting the following lines.
       *
       * So "TTT", 5, "DDD DDDD DD DDD" might be formatted for this.helpWidth=17 like so:
       *   TTT  DDD DDDD
       *        DD DDD
       *
       * @param {string} term
       * @param {number} termWidth
       * @param {string} description
       * @param {Help} helper
       * @returns {string}
       */
      formatItem(term, termWidth, description, helper) {
        const itemIndent = 2;
        const itemIndentStr = " ".repeat(itemIndent);
        if (!description) return itemIndentStr + term;
        const paddedTerm = term.padEnd(
          termWidth + term.length - helper.displayWidth(term)
        );
        const spacerWidth = 2;
        const helpWidth = this.helpWidth ?? 80;
        const remainingWidth = helpWidth - termWidth - spacerWidth - itemIndent;
        let formattedDescription;
        if (remainingWidth < this.minWidthToWrap || helper.preformatted(description)) {
          formattedDescription = description;
        } else {
          const wrappedDescription = helper.boxWrap(description, remainingWidth);
          formattedDescription = wrappedDescription.replace(
            /\n/g,
            "\n" + " ".repeat(termWidth + spacerWidth)
          );
        }
        return itemIndentStr + paddedTerm + " ".repeat(spacerWidth) + formattedDescription.replace(/\n/g, `
${itemIndentStr}`);
      }
      /**
       * Wrap a string at whitespace, preserving existing line breaks.
       * Wrapping is skipped if the width is less than `minWidthToWrap`.
       *
       * @param {string} str
       * @param {number} width
       * @returns {string}
       */
      boxWrap(str, width) {
        if (width < this.minWidthToWrap) return str;
        const rawLines = str.split(/\r\n|\n/);
        const chunkPattern = /[\s]*[^\s]+/g;
        const wrappedLines = [];
        rawLines.forEach((line) => {
          const chunks = line.match(chunkPattern);
          if (chunks === null) {
            wrappedLines.push("");
            return;
          }
          let sumChunks = [chunks.shift()];
          let sumWidth = this.displayWidth(sumChunks[0]);
          chunks.forEach((chunk) => {
            const visibleWidth = this.displayWidth(chunk);
            if (sumWidth + visibleWidth <= width) {
              sumChunks.push(chunk);
              sumWidth += visibleWidth;
              return;
            }
            wrappedLines.push(sumChunks.join(""));
            const nextChunk = chunk.trimStart();
            sumChunks = [nextChunk];
            sumWidth = this.displayWidth(nextChunk);
          });
          wrappedLines.push(sumChunks.join(""));
        });
        return wrappedLines.join("\n");
      }
    };
    function stripColor(str) {
      const sgrPattern = /\x1b\[\d*(;\d*)*m/g;
      return str.replace(sgrPattern, "");
    }
    exports.Help = Help2;
    exports.stripColor = stripColor;
  }
});

// node_modules/.pnpm/commander@14.0.3/node_modules/commander/lib/option.js
var require_option = __commonJS({
  "node_modules/.pnpm/commander@14.0.3/node_modules/commander/lib/option.js"(exports) {
    init_define_TRUSTLINT_PACKAGE();
    var { InvalidArgumentError: InvalidArgumentError2 } = require_error();
    var Option2 = class {
      /**
       * Initialize a new `Option` with the given `flags` and `description`.
       *
       * @param {string} flags
       * @param {string} [description]
       */
      constructor(flags, description) {
        this.flags = flags;
        this.description = description || "";
        this.required = flags.includes("<");
        this.optional = flags.includes("[");
        this.variadic = /\w\.\.\.[>\]]$/.test(flags);
        this.mandatory = false;
        const optionFlags = splitOptionFlags(flags);
        this.short = optionFlags.shortFlag;
        this.long = optionFlags.longFlag;
        this.negate = false;
        if (this.long) {
          this.negate = this.long.startsWith("--no-");
        }
        this.defaultValue = void 0;
        this.defaultValueDescription = void 0;
        this.presetArg = void 0;
        this.envVar = void 0;
        this.parseArg = void 0;
        this.hidden = false;
        this.argChoices = void 0;
        this.conflictsWith = [];
        this.implied = void 0;
        this.helpGroupHeading = void 0;
      }
      /**
       * Set the default value, and optionally supply the description to be displayed in the help.
       *
       * @param {*} value
       * @param {string} [description]
       * @return {Option}
       */
      default(value, description) {
        this.defaultValue = value;
        this.defaultValueDescription = description;
        return this;
      }
      /**
       * Preset to use when option used without option-argument, especially optional but also boolean and negated.
       * The custom processing (parseArg) is called.
       *
       * @example
       * new Option('--color').default('GREYSCALE').preset('RGB');
       * new Option('--donate [amount]').preset('20').argParser(parseFloat);
       *
       * @param {*} arg
       * @return {Option}
       */
      preset(arg) {
        this.presetArg = arg;
        return this;
      }
      /**
       * Add option name(s) that conflict with this option.
       * An error will be displayed if conflicting options are found during parsing.
       *
       * @example
       * new Option('--rgb').conflicts('cmyk');
       * new Option('--js').conflicts(['ts', 'jsx']);
       *
       * @param {(string | string[])} names
       * @return {Option}
       */
      conflicts(names) {
        this.conflictsWith = this.conflictsWith.concat(names);
        return this;
      }
      /**
       * Specify implied option values for when this option is set and the implied options are not.
       *
       * The custom processing (parseArg) is not called on the implied values.
       *
       * @example
       * program
       *   .addOption(new Option('--log', 'write logging information to file'))
       *   .addOption(new Option('--trace', 'log extra details').implies({ log: 'trace.txt' }));
       *
       * @param {object} impliedOptionValues
       * @return {Option}
       */
      implies(impliedOptionValues) {
        let newImplied = impliedOptionValues;
        if (typeof impliedOptionValues === "string") {
          newImplied = { [impliedOptionValues]: true };
        }
        this.implied = Object.assign(this.implied || {}, newImplied);
        return this;
      }
      /**
       * Set environment variable to check for option value.
       *
       * An environment variable is only used if when processed the current option value is
       * undefined, or the source of the current value is 'default' or 'config' or 'env'.
       *
       * @param {string} name
       * @return {Option}
       */
      env(name) {
        this.envVar = name;
        return this;
      }
      /**
       * Set the custom handler for processing CLI option arguments into option values.
       *
       * @param {Function} [fn]
       * @return {Option}
       */
      argParser(fn) {
        this.parseArg = fn;
        return this;
      }
      /**
       * Whether the option is mandatory and must have a value after parsing.
       *
       * @param {boolean} [mandatory=true]
       * @return {Option}
       */
      makeOptionMandatory(mandatory = true) {
        this.mandatory = !!mandatory;
        return this;
      }
      /**
       * Hide option in help.
       *
       * @param {boolean} [hide=true]
       * @return {Option}
       */
      hideHelp(hide = true) {
        this.hidden = !!hide;
        return this;
      }
      /**
       * @package
       */
      _collectValue(value, previous) {
        if (previous === this.defaultValue || !Array.isArray(previous)) {
          return [value];
        }
        previous.push(value);
        return previous;
      }
      /**
       * Only allow option value to be one of choices.
       *
       * @param {string[]} values
       * @return {Option}
       */
      choices(values) {
        this.argChoices = values.slice();
        this.parseArg = (arg, previous) => {
          if (!this.argChoices.includes(arg)) {
            throw new InvalidArgumentError2(
              `Allowed choices are ${this.argChoices.join(", ")}.`
            );
          }
          if (this.variadic) {
            return this._collectValue(arg, previous);
          }
          return arg;
        };
        return this;
      }
      /**
       * Return option name.
       *
       * @return {string}
       */
      name() {
        if (this.long) {
          return this.long.replace(/^--/, "");
        }
        return this.short.replace(/^-/, "");
      }
      /**
       * Return option name, in a camelcase format that can be used
       * as an object attribute key.
       *
       * @return {string}
       */
      attributeName() {
        if (this.negate) {
          return camelcase(this.name().replace(/^no-/, ""));
        }
        return camelcase(this.name());
      }
      /**
       * Set the help group heading.
       *
       * @param {string} heading
       * @return {Option}
       */
      helpGroup(heading) {
        this.helpGroupHeading = heading;
        return this;
      }
      /**
       * Check if `arg` matches the short or long flag.
       *
       * @param {string} arg
       * @return {boolean}
       * @package
       */
      is(arg) {
        return this.short === arg || this.long === arg;
      }
      /**
       * Return whether a boolean option.
       *
       * Options are one of boolean, negated, required argument, or optional argument.
       *
       * @return {boolean}
       * @package
       */
      isBoolean() {
        return !this.required && !this.optional && !this.negate;
      }
    };
    var DualOptions = class {
      /**
       * @param {Option[]} options
       */
      constructor(options) {
        this.positiveOptions = /* @__PURE__ */ new Map();
        this.negativeOptions = /* @__PURE__ */ new Map();
        this.dualOptions = /* @__PURE__ */ new Set();
        options.forEach((option) => {
          if (option.negate) {
            this.negativeOptions.set(option.attributeName(), option);
          } else {
            this.positiveOptions.set(option.attributeName(), option);
          }
        });
        this.negativeOptions.forEach((value, key) => {
          if (this.positiveOptions.has(key)) {
            this.dualOptions.add(key);
          }
        });
      }
      /**
       * Did the value come from the option, and not from possible matching dual option?
       *
       * @param {*} value
       * @param {Option} option
       * @returns {boolean}
       */
      valueFromOption(value, option) {
        const optionKey = option.attributeName();
        if (!this.dualOptions.has(optionKey)) return true;
        const preset = this.negativeOptions.get(optionKey).presetArg;
        const negativeValue = preset !== void 0 ? preset : false;
        return option.negate === (negativeValue === value);
      }
    };
    function camelcase(str) {
      return str.split("-").reduce((str2, word) => {
        return str2 + word[0].toUpperCase() + word.slice(1);
      });
    }
    function splitOptionFlags(flags) {
      let shortFlag;
      let longFlag;
      const shortFlagExp = /^-[^-]$/;
      const longFlagExp = /^--[^-]/;
      const flagParts = flags.split(/[ |,]+/).concat("guard");
      if (shortFlagExp.test(flagParts[0])) shortFlag = flagParts.shift();
      if (longFlagExp.test(flagParts[0])) longFlag = flagParts.shift();
      if (!shortFlag && shortFlagExp.test(flagParts[0]))
        shortFlag = flagParts.shift();
      if (!shortFlag && longFlagExp.test(flagParts[0])) {
        shortFlag = longFlag;
        longFlag = flagParts.shift();
      }
      if (flagParts[0].startsWith("-")) {
        const unsupportedFlag = flagParts[0];
        const baseError = `option creation failed due to '${unsupportedFlag}' in option flags '${flags}'`;
        if (/^-[^-][^-]/.test(unsupportedFlag))
          throw new Error(
            `${baseError}
- a short flag is a single dash and a single character
  - either use a single dash and a single character (for a short flag)
  - or use a double dash for a long option (and can have two, like '--ws, --workspace')`
          );
        if (shortFlagExp.test(unsupportedFlag))
          throw new Error(`${baseError}
- too many short flags`);
        if (longFlagExp.test(unsupportedFlag))
          throw new Error(`${baseError}
- too many long flags`);
        throw new Error(`${baseError}
- unrecognised flag format`);
      }
      if (shortFlag === void 0 && longFlag === void 0)
        throw new Error(
          `option creation failed due to no flags found in '${flags}'.`
        );
      return { shortFlag, longFlag };
    }
    exports.Option = Option2;
    exports.DualOptions = DualOptions;
  }
});

// node_modules/.pnpm/commander@14.0.3/node_modules/commander/lib/suggestSimilar.js
var require_suggestSimilar = __commonJS({
  "node_modules/.pnpm/commander@14.0.3/node_modules/commander/lib/suggestSimilar.js"(exports) {
    init_define_TRUSTLINT_PACKAGE();
    var maxDistance = 3;
    function editDistance(a, b) {
      if (Math.abs(a.length - b.length) > maxDistance)
        return Math.max(a.length, b.length);
      const d = [];
      for (let i = 0; i <= a.length; i++) {
        d[i] = [i];
      }
      for (let j = 0; j <= b.length; j++) {
        d[0][j] = j;
      }
      for (let j = 1; j <= b.length; j++) {
        for (let i = 1; i <= a.length; i++) {
          let cost = 1;
          if (a[i - 1] === b[j - 1]) {
            cost = 0;
          } else {
            cost = 1;
          }
          d[i][j] = Math.min(
            d[i - 1][j] + 1,
            // deletion
            d[i][j - 1] + 1,
            // insertion
            d[i - 1][j - 1] + cost
            // substitution
          );
          if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
            d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
          }
        }
      }
      return d[a.length][b.length];
    }
    function suggestSimilar(word, candidates) {
      if (!candidates || candidates.length === 0) return "";
      candidates = Array.from(new Set(candidates));
      const searchingOptions = word.startsWith("--");
      if (searchingOptions) {
        word = word.slice(2);
        candidates = candidates.map((candidate) => candidate.slice(2));
      }
      let similar = [];
      let bestDistance = maxDistance;
      const minSimilarity = 0.4;
      candidates.forEach((candidate) => {
        if (candidate.length <= 1) return;
        const distance2 = editDistance(word, candidate);
        const length = Math.max(word.length, candidate.length);
        const similarity = (length - distance2) / length;
        if (similarity > minSimilarity) {
          if (distance2 < bestDistance) {
            bestDistance = distance2;
            similar = [candidate];
          } else if (distance2 === bestDistance) {
            similar.push(candidate);
          }
        }
      });
      similar.sort((a, b) => a.localeCompare(b));
      if (searchingOptions) {
        similar = similar.map((candidate) => `--${candidate}`);
      }
      if (similar.length > 1) {
        return `
(Did you mean one of ${similar.join(", ")}?)`;
      }
      if (similar.length === 1) {
        return `
(Did you mean ${similar[0]}?)`;
      }
      return "";
    }
    exports.suggestSimilar = suggestSimilar;
  }
});

// node_modules/.pnpm/commander@14.0.3/node_modules/commander/lib/command.js
var require_command = __commonJS({
  "node_modules/.pnpm/commander@14.0.3/node_modules/commander/lib/command.js"(exports) {
    init_define_TRUSTLINT_PACKAGE();
    var EventEmitter = __require("node:events").EventEmitter;
    var childProcess = __require("node:child_process");
    var path = __require("node:path");
    var fs = __require("node:fs");
    var process2 = __require("node:process");
    var { Argument: Argument2, humanReadableArgName } = require_argument();
    var { CommanderError: CommanderError2 } = require_error();
    var { Help: Help2, stripColor } = require_help();
    var { Option: Option2, DualOptions } = require_option();
    var { suggestSimilar } = require_suggestSimilar();
    var Command2 = class _Command extends EventEmitter {
      /**
       * Initialize a new `Command`.
       *
       * @param {string} [name]
       */
      constructor(name) {
        super();
        this.commands = [];
        this.options = [];
        this.parent = null;
        this._allowUnknownOption = false;
        this._allowExcessArguments = false;
        this.registeredArguments = [];
        this._args = this.registeredArguments;
        this.args = [];
        this.rawArgs = [];
        this.processedArgs = [];
        this._scriptPath = null;
        this._name = name || "";
        this._optionValues = {};
        this._optionValueSources = {};
        this._storeOptionsAsProperties = false;
        this._actionHandler = null;
        this._executableHandler = false;
        this._executableFile = null;
        this._executableDir = null;
        this._defaultCommandName = null;
        this._exitCallback = null;
        this._aliases = [];
        this._combineFlagAndOptionalValue = true;
        this._description = "";
        this._summary = "";
        this._argsDescription = void 0;
        this._enablePositionalOptions = false;
        this._passThroughOptions = false;
        this._lifeCycleHooks = {};
        this._showHelpAfterError = false;
        this._showSuggestionAfterError = true;
        this._savedState = null;
        this._outputConfiguration = {
          writeOut: (str) => process2.stdout.write(str),
          writeErr: (str) => process2.stderr.write(str),
          outputError: (str, write) => write(str),
          getOutHelpWidth: () => process2.stdout.isTTY ? process2.stdout.columns : void 0,
          getErrHelpWidth: () => process2.stderr.isTTY ? process2.stderr.columns : void 0,
          getOutHasColors: () => useColor() ?? (process2.stdout.isTTY && process2.stdout.hasColors?.()),
          getErrHasColors: () => useColor() ?? (process2.stderr.isTTY && process2.stderr.hasColors?.()),
          stripColor: (str) => stripColor(str)
        };
        this._hidden = false;
        this._helpOption = void 0;
        this._addImplicitHelpCommand = void 0;
        this._helpCommand = void 0;
        this._helpConfiguration = {};
        this._helpGroupHeading = void 0;
        this._defaultCommandGroup = void 0;
        this._defaultOptionGroup = void 0;
      }
      /**
       * Copy settings that are useful to have in common across root command and subcommands.
       *
       * (Used internally when adding a command using `.command()` so subcommands inherit parent settings.)
       *
       * @param {Command} sourceCommand
       * @return {Command} `this` command for chaining
       */
      copyInheritedSettings(sourceCommand) {
        this._outputConfiguration = sourceCommand._outputConfiguration;
        this._helpOption = sourceCommand._helpOption;
        this._helpCommand = sourceCommand._helpCommand;
        this._helpConfiguration = sourceCommand._helpConfiguration;
        this._exitCallback = sourceCommand._exitCallback;
        this._storeOptionsAsProperties = sourceCommand._storeOptionsAsProperties;
        this._combineFlagAndOptionalValue = sourceCommand._combineFlagAndOptionalValue;
        this._allowExcessArguments = sourceCommand._allowExcessArguments;
        this._enablePositionalOptions = sourceCommand._enablePositionalOptions;
        this._showHelpAfterError = sourceCommand._showHelpAfterError;
        this._showSuggestionAfterError = sourceCommand._showSuggestionAfterError;
        return this;
      }
      /**
       * @returns {Command[]}
       * @private
       */
      _getCommandAndAncestors() {
        const result = [];
        for (let command = this; command; command = command.parent) {
          result.push(command);
        }
        return result;
      }
      /**
       * Define a command.
       *
       * There are two styles of command: pay attention to where to put the description.
       *
       * @example
       * // Command implemented using action handler (description is supplied separately to `.command`)
       * program
       *   .command('clone <source> [destination]')
       *   .description('clone a repository into a newly created directory')
       *   .action((source, destination) => {
       *     console.log('clone command called');
       *   });
       *
       * // Command implemented using separate executable file (description is second parameter to `.command`)
       * program
       *   .command('start <service>', 'start named service')
       *   .command('stop [service]', 'stop named service, or all if no name supplied');
       *
       * @param {string} nameAndArgs - command name and arguments, args are `<required>` or `[optional]` and last may also be `variadic...`
       * @param {(object | string)} [actionOptsOrExecDesc] - configuration options (for action), or description (for executable)
       * @param {object} [execOpts] - configuration options (for executable)
       * @return {Command} returns new command for action handler, or `this` for executable command
       */
      command(nameAndArgs, actionOptsOrExecDesc, execOpts) {
        let desc = actionOptsOrExecDesc;
        let opts = execOpts;
        if (typeof desc === "object" && desc !== null) {
          opts = desc;
          desc = null;
        }
        opts = opts || {};
        const [, name, args] = nameAndArgs.match(/([^ ]+) *(.*)/);
        const cmd = this.createCommand(name);
        if (desc) {
          cmd.description(desc);
          cmd._executableHandler = true;
        }
        if (opts.isDefault) this._defaultCommandName = cmd._name;
        cmd._hidden = !!(opts.noHelp || opts.hidden);
        cmd._executableFile = opts.executableFile || null;
        if (args) cmd.arguments(args);
        this._registerCommand(cmd);
        cmd.parent = this;
        cmd.copyInheritedSettings(this);
        if (desc) return this;
        return cmd;
      }
      /**
       * Factory routine to create a new unattached command.
       *
       * See .command() for creating an attached subcommand, which uses this routine to
       * create the command. You can override createCommand to customise subcommands.
       *
       * @param {string} [name]
       * @return {Command} new command
       */
      createCommand(name) {
        return new _Command(name);
      }
      /**
       * You can customise the help with a subclass of Help by overriding createHelp,
       * or by overriding Help properties using configureHelp().
       *
       * @return {Help}
       */
      createHelp() {
        return Object.assign(new Help2(), this.configureHelp());
      }
      /**
       * You can customise the help by overriding Help properties using configureHelp(),
       * or with a subclass of Help by overriding createHelp().
       *
       * @param {object} [configuration] - configuration options
       * @return {(Command | object)} `this` command for chaining, or stored configuration
       */
      configureHelp(configuration) {
        if (configuration === void 0) return this._helpConfiguration;
        this._helpConfiguration = configuration;
        return this;
      }
      /**
       * The default output goes to stdout and stderr. You can customise this for special
       * applications. You can also customise the display of errors by overriding outputError.
       *
       * The configuration properties are all functions:
       *
       *     // change how output being written, defaults to stdout and stderr
       *     writeOut(str)
       *     writeErr(str)
       *     // change how output being written for errors, defaults to writeErr
       *     outputError(str, write) // used for displaying errors and not used for displaying help
       *     // specify width for wrapping help
       *     getOutHelpWidth()
       *     getErrHelpWidth()
       *     // color support, currently only used with Help
       *     getOutHasColors()
       *     getErrHasColors()
       *     stripColor() // used to remove ANSI escape codes if output does not have colors
       *
       * @param {object} [configuration] - configuration options
       * @return {(Command | object)} `this` command for chaining, or stored configuration
       */
      configureOutput(configuration) {
        if (configuration === void 0) return this._outputConfiguration;
        this._outputConfiguration = {
          ...this._outputConfiguration,
          ...configuration
        };
        return this;
      }
      /**
       * Display the help or a custom message after an error occurs.
       *
       * @param {(boolean|string)} [displayHelp]
       * @return {Command} `this` command for chaining
       */
      showHelpAfterError(displayHelp = true) {
        if (typeof displayHelp !== "string") displayHelp = !!displayHelp;
        this._showHelpAfterError = displayHelp;
        return this;
      }
      /**
       * Display suggestion of similar commands for unknown commands, or options for unknown options.
       *
       * @param {boolean} [displaySuggestion]
       * @return {Command} `this` command for chaining
       */
      showSuggestionAfterError(displaySuggestion = true) {
        this._showSuggestionAfterError = !!displaySuggestion;
        return this;
      }
      /**
       * Add a prepared subcommand.
       *
       * See .command() for creating an attached subcommand which inherits settings from its parent.
       *
       * @param {Command} cmd - new subcommand
       * @param {object} [opts] - configuration options
       * @return {Command} `this` command for chaining
       */
      addCommand(cmd, opts) {
        if (!cmd._name) {
          throw new Error(`Command passed to .addCommand() must have a name
- specify the name in Command constructor or using .name()`);
        }
        opts = opts || {};
        if (opts.isDefault) this._defaultCommandName = cmd._name;
        if (opts.noHelp || opts.hidden) cmd._hidden = true;
        this._registerCommand(cmd);
        cmd.parent = this;
        cmd._checkForBrokenPassThrough();
        return this;
      }
      /**
       * Factory routine to create a new unattached argument.
       *
       * See .argument() for creating an attached argument, which uses this routine to
       * create the argument. You can override createArgument to return a custom argument.
       *
       * @param {string} name
       * @param {string} [description]
       * @return {Argument} new argument
       */
      createArgument(name, description) {
        return new Argument2(name, description);
      }
      /**
       * Define argument syntax for command.
       *
       * The default is that the argument is required, and you can explicitly
       * indicate this with <> around the name. Put [] around the name for an optional argument.
       *
       * @example
       * program.argument('<input-file>');
       * program.argument('[output-file]');
       *
       * @param {string} name
       * @param {string} [description]
       * @param {(Function|*)} [parseArg] - custom argument processing function or default value
       * @param {*} [defaultValue]
       * @return {Command} `this` command for chaining
       */
      argument(name, description, parseArg, defaultValue) {
        const argument = this.createArgument(name, description);
        if (typeof parseArg === "function") {
          argument.default(defaultValue).argParser(parseArg);
        } else {
          argument.default(parseArg);
        }
        this.addArgument(argument);
        return this;
      }
      /**
       * Define argument syntax for command, adding multiple at once (without descriptions).
       *
       * See also .argument().
       *
       * @example
       * program.arguments('<cmd> [env]');
       *
       * @param {string} names
       * @return {Command} `this` command for chaining
       */
      arguments(names) {
        names.trim().split(/ +/).forEach((detail) => {
          this.argument(detail);
        });
        return this;
      }
      /**
       * Define argument syntax for command, adding a prepared argument.
       *
       * @param {Argument} argument
       * @return {Command} `this` command for chaining
       */
      addArgument(argument) {
        const previousArgument = this.registeredArguments.slice(-1)[0];
        if (previousArgument?.variadic) {
          throw new Error(
            `only the last argument can be variadic '${previousArgument.name()}'`
          );
        }
        if (argument.required && argument.defaultValue !== void 0 && argument.parseArg === void 0) {
          throw new Error(
            `a default value for a required argument is never used: '${argument.name()}'`
          );
        }
        this.registeredArguments.push(argument);
        return this;
      }
      /**
       * Customise or override default help command. By default a help command is automatically added if your command has subcommands.
       *
       * @example
       *    program.helpCommand('help [cmd]');
       *    program.helpCommand('help [cmd]', 'show help');
       *    program.helpCommand(false); // suppress default help command
       *    program.helpCommand(true); // add help command even if no subcommands
       *
       * @param {string|boolean} enableOrNameAndArgs - enable with custom name and/or arguments, or boolean to override whether added
       * @param {string} [description] - custom description
       * @return {Command} `this` command for chaining
       */
      helpCommand(enableOrNameAndArgs, description) {
        if (typeof enableOrNameAndArgs === "boolean") {
          this._addImplicitHelpCommand = enableOrNameAndArgs;
          if (enableOrNameAndArgs && this._defaultCommandGroup) {
            this._initCommandGroup(this._getHelpCommand());
          }
          return this;
        }
        const nameAndArgs = enableOrNameAndArgs ?? "help [command]";
        const [, helpName, helpArgs] = nameAndArgs.match(/([^ ]+) *(.*)/);
        const helpDescription = description ?? "display help for command";
        const helpCommand = this.createCommand(helpName);
        helpCommand.helpOption(false);
        if (helpArgs) helpCommand.arguments(helpArgs);
        if (helpDescription) helpCommand.description(helpDescription);
        this._addImplicitHelpCommand = true;
        this._helpCommand = helpCommand;
        if (enableOrNameAndArgs || description) this._initCommandGroup(helpCommand);
        return this;
      }
      /**
       * Add prepared custom help command.
       *
       * @param {(Command|string|boolean)} helpCommand - custom help command, or deprecated enableOrNameAndArgs as for `.helpCommand()`
       * @param {string} [deprecatedDescription] - deprecated custom description used with custom name only
       * @return {Command} `this` command for chaining
       */
      addHelpCommand(helpCommand, deprecatedDescription) {
        if (typeof helpCommand !== "object") {
          this.helpCommand(helpCommand, deprecatedDescription);
          return this;
        }
        this._addImplicitHelpCommand = true;
        this._helpCommand = helpCommand;
        this._initCommandGroup(helpCommand);
        return this;
      }
      /**
       * Lazy create help command.
       *
       * @return {(Command|null)}
       * @package
       */
      _getHelpCommand() {
        const hasImplicitHelpCommand = this._addImplicitHelpCommand ?? (this.commands.length && !this._actionHandler && !this._findCommand("help"));
        if (hasImplicitHelpCommand) {
          if (this._helpCommand === void 0) {
            this.helpCommand(void 0, void 0);
          }
          return this._helpCommand;
        }
        return null;
      }
      /**
       * Add hook for life cycle event.
       *
       * @param {string} event
       * @param {Function} listener
       * @return {Command} `this` command for chaining
       */
      hook(event, listener) {
        const allowedValues = ["preSubcommand", "preAction", "postAction"];
        if (!allowedValues.includes(event)) {
          throw new Error(`Unexpected value for event passed to hook : '${event}'.
Expecting one of '${allowedValues.join("', '")}'`);
        }
        if (this._lifeCycleHooks[event]) {
          this._lifeCycleHooks[event].push(listener);
        } else {
          this._lifeCycleHooks[event] = [listener];
        }
        return this;
      }
      /**
       * Register callback to use as replacement for calling process.exit.
       *
       * @param {Function} [fn] optional callback which will be passed a CommanderError, defaults to throwing
       * @return {Command} `this` command for chaining
       */
      exitOverride(fn) {
        if (fn) {
          this._exitCallback = fn;
        } else {
          this._exitCallback = (err) => {
            if (err.code !== "commander.executeSubCommandAsync") {
              throw err;
            } else {
            }
          };
        }
        return this;
      }
      /**
       * Call process.exit, and _exitCallback if defined.
       *
       * @param {number} exitCode exit code for using with process.exit
       * @param {string} code an id string representing the error
       * @param {string} message human-readable description of the error
       * @return never
       * @private
       */
      _exit(exitCode, code, message) {
        if (this._exitCallback) {
          this._exitCallback(new CommanderError2(exitCode, code, message));
        }
        process2.exit(exitCode);
      }
      /**
       * Register callback `fn` for the command.
       *
       * @example
       * program
       *   .command('serve')
       *   .description('start service')
       *   .action(function() {
       *      // do work here
       *   });
       *
       * @param {Function} fn
       * @return {Command} `this` command for chaining
       */
      action(fn) {
        const listener = (args) => {
          const expectedArgsCount = this.registeredArguments.length;
          const actionArgs = args.slice(0, expectedArgsCount);
          if (this._storeOptionsAsProperties) {
            actionArgs[expectedArgsCount] = this;
          } else {
            actionArgs[expectedArgsCount] = this.opts();
          }
          actionArgs.push(this);
          return fn.apply(this, actionArgs);
        };
        this._actionHandler = listener;
        return this;
      }
      /**
       * Factory routine to create a new unattached option.
       *
       * See .option() for creating an attached option, which uses this routine to
       * create the option. You can override createOption to return a custom option.
       *
       * @param {string} flags
       * @param {string} [description]
       * @return {Option} new option
       */
      createOption(flags, description) {
        return new Option2(flags, description);
      }
      /**
       * Wrap parseArgs to catch 'commander.invalidArgument'.
       *
       * @param {(Option | Argument)} target
       * @param {string} value
       * @param {*} previous
       * @param {string} invalidArgumentMessage
       * @private
       */
      _callParseArg(target, value, previous, invalidArgumentMessage) {
        try {
          return target.parseArg(value, previous);
        } catch (err) {
          if (err.code === "commander.invalidArgument") {
            const message = `${invalidArgumentMessage} ${err.message}`;
            this.error(message, { exitCode: err.exitCode, code: err.code });
          }
          throw err;
        }
      }
      /**
       * Check for option flag conflicts.
       * Register option if no conflicts found, or throw on conflict.
       *
       * @param {Option} option
       * @private
       */
      _registerOption(option) {
        const matchingOption = option.short && this._findOption(option.short) || option.long && this._findOption(option.long);
        if (matchingOption) {
          const matchingFlag = option.long && this._findOption(option.long) ? option.long : option.short;
          throw new Error(`Cannot add option '${option.flags}'${this._name && ` to command '${this._name}'`} due to conflicting flag '${matchingFlag}'
-  already used by option '${matchingOption.flags}'`);
        }
        this._initOptionGroup(option);
        this.options.push(option);
      }
      /**
       * Check for command name and alias conflicts with existing commands.
       * Register command if no conflicts found, or throw on conflict.
       *
       * @param {Command} command
       * @private
       */
      _registerCommand(command) {
        const knownBy = (cmd) => {
          return [cmd.name()].concat(cmd.aliases());
        };
        const alreadyUsed = knownBy(command).find(
          (name) => this._findCommand(name)
        );
        if (alreadyUsed) {
          const existingCmd = knownBy(this._findCommand(alreadyUsed)).join("|");
          const newCmd = knownBy(command).join("|");
          throw new Error(
            `cannot add command '${newCmd}' as already have command '${existingCmd}'`
          );
        }
        this._initCommandGroup(command);
        this.commands.push(command);
      }
      /**
       * Add an option.
       *
       * @param {Option} option
       * @return {Command} `this` command for chaining
       */
      addOption(option) {
        this._registerOption(option);
        const oname = option.name();
        const name = option.attributeName();
        if (option.negate) {
          const positiveLongFlag = option.long.replace(/^--no-/, "--");
          if (!this._findOption(positiveLongFlag)) {
            this.setOptionValueWithSource(
              name,
              option.defaultValue === void 0 ? true : option.defaultValue,
              "default"
            );
          }
        } else if (option.defaultValue !== void 0) {
          this.setOptionValueWithSource(name, option.defaultValue, "default");
        }
        const handleOptionValue = (val, invalidValueMessage, valueSource) => {
          if (val == null && option.presetArg !== void 0) {
            val = option.presetArg;
          }
          const oldValue = this.getOptionValue(name);
          if (val !== null && option.parseArg) {
            val = this._callParseArg(option, val, oldValue, invalidValueMessage);
          } else if (val !== null && option.variadic) {
            val = option._collectValue(val, oldValue);
          }
          if (val == null) {
            if (option.negate) {
              val = false;
            } else if (option.isBoolean() || option.optional) {
              val = true;
            } else {
              val = "";
            }
          }
          this.setOptionValueWithSource(name, val, valueSource);
        };
        this.on("option:" + oname, (val) => {
          const invalidValueMessage = `error: option '${option.flags}' argument '${val}' is invalid.`;
          handleOptionValue(val, invalidValueMessage, "cli");
        });
        if (option.envVar) {
          this.on("optionEnv:" + oname, (val) => {
            const invalidValueMessage = `error: option '${option.flags}' value '${val}' from env '${option.envVar}' is invalid.`;
            handleOptionValue(val, invalidValueMessage, "env");
          });
        }
        return this;
      }
      /**
       * Internal implementation shared by .option() and .requiredOption()
       *
       * @return {Command} `this` command for chaining
       * @private
       */
      _optionEx(config, flags, description, fn, defaultValue) {
        if (typeof flags === "object" && flags instanceof Option2) {
          throw new Error(
            "To add an Option object use addOption() instead of option() or requiredOption()"
          );
        }
        const option = this.createOption(flags, description);
        option.makeOptionMandatory(!!config.mandatory);
        if (typeof fn === "function") {
          option.default(defaultValue).argParser(fn);
        } else if (fn instanceof RegExp) {
          const regex = fn;
          fn = (val, def) => {
            const m = regex.exec(val);
            return m ? m[0] : def;
          };
          option.default(defaultValue).argParser(fn);
        } else {
          option.default(fn);
        }
        return this.addOption(option);
      }
      /**
       * Define option with `flags`, `description`, and optional argument parsing function or `defaultValue` or both.
       *
       * The `flags` string contains the short and/or long flags, separated by comma, a pipe or space. A required
       * option-argument is indicated by `<>` and an optional option-argument by `[]`.
       *
       * See the README for more details, and see also addOption() and requiredOption().
       *
       * @example
       * program
       *     .option('-p, --pepper', 'add pepper')
       *     .option('--pt, --pizza-type <TYPE>', 'type of pizza') // required option-argument
       *     .option('-c, --cheese [CHEESE]', 'add extra cheese', 'mozzarella') // optional option-argument with default
       *     .option('-t, --tip <VALUE>', 'add tip to purchase cost', parseFloat) // custom parse function
       *
       * @param {string} flags
       * @param {string} [description]
       * @param {(Function|*)} [parseArg] - custom option processing function or default value
       * @param {*} [defaultValue]
       * @return {Command} `this` command for chaining
       */
      option(flags, description, parseArg, defaultValue) {
        return this._optionEx({}, flags, description, parseArg, defaultValue);
      }
      /**
       * Add a required option which must have a value after parsing. This usually means
       * the option must be specified on the command line. (Otherwise the same as .option().)
       *
       * The `flags` string contains the short and/or long flags, separated by comma, a pipe or space.
       *
       * @param {string} flags
       * @param {string} [description]
       * @param {(Function|*)} [parseArg] - custom option processing function or default value
       * @param {*} [defaultValue]
       * @return {Command} `this` command for chaining
       */
      requiredOption(flags, description, parseArg, defaultValue) {
        return this._optionEx(
          { mandatory: true },
          flags,
          description,
          parseArg,
          defaultValue
        );
      }
      /**
       * Alter parsing of short flags with optional values.
       *
       * @example
       * // for `.option('-f,--flag [value]'):
       * program.combineFlagAndOptionalValue(true);  // `-f80` is treated like `--flag=80`, this is the default behaviour
       * program.combineFlagAndOptionalValue(false) // `-fb` is treated like `-f -b`
       *
       * @param {boolean} [combine] - if `true` or omitted, an optional value can be specified directly after the flag.
       * @return {Command} `this` command for chaining
       */
      combineFlagAndOptionalValue(combine = true) {
        this._combineFlagAndOptionalValue = !!combine;
        return this;
      }
      /**
       * Allow unknown options on the command line.
       *
       * @param {boolean} [allowUnknown] - if `true` or omitted, no error will be thrown for unknown options.
       * @return {Command} `this` command for chaining
       */
      allowUnknownOption(allowUnknown = true) {
        this._allowUnknownOption = !!allowUnknown;
        return this;
      }
      /**
       * Allow excess command-arguments on the command line. Pass false to make excess arguments an error.
       *
       * @param {boolean} [allowExcess] - if `true` or omitted, no error will be thrown for excess arguments.
       * @return {Command} `this` command for chaining
       */
      allowExcessArguments(allowExcess = true) {
        this._allowExcessArguments = !!allowExcess;
        return this;
      }
      /**
       * Enable positional options. Positional means global options are specified before subcommands which lets
       * subcommands reuse the same option names, and also enables subcommands to turn on passThroughOptions.
       * The default behaviour is non-positional and global options may appear anywhere on the command line.
       *
       * @param {boolean} [positional]
       * @return {Command} `this` command for chaining
       */
      enablePositionalOptions(positional = true) {
        this._enablePositionalOptions = !!positional;
        return this;
      }
      /**
       * Pass through options that come after command-arguments rather than treat them as command-options,
       * so actual command-options come before command-arguments. Turning this on for a subcommand requires
       * positional options to have been enabled on the program (parent commands).
       * The default behaviour is non-positional and options may appear before or after command-arguments.
       *
       * @param {boolean} [passThrough] for unknown options.
       * @return {Command} `this` command for chaining
       */
      passThroughOptions(passThrough = true) {
        this._passThroughOptions = !!passThrough;
        this._checkForBrokenPassThrough();
        return this;
      }
      /**
       * @private
       */
      _checkForBrokenPassThrough() {
        if (this.parent && this._passThroughOptions && !this.parent._enablePositionalOptions) {
          throw new Error(
            `passThroughOptions cannot be used for '${this._name}' without turning on enablePositionalOptions for parent command(s)`
          );
        }
      }
      /**
       * Whether to store option values as properties on command object,
       * or store separately (specify false). In both cases the option values can be accessed using .opts().
       *
       * @param {boolean} [storeAsProperties=true]
       * @return {Command} `this` command for chaining
       */
      storeOptionsAsProperties(storeAsProperties = true) {
        if (this.options.length) {
          throw new Error("call .storeOptionsAsProperties() before adding options");
        }
        if (Object.keys(this._optionValues).length) {
          throw new Error(
            "call .storeOptionsAsProperties() before setting option values"
          );
        }
        this._storeOptionsAsProperties = !!storeAsProperties;
        return this;
      }
      /**
       * Retrieve option value.
       *
       * @param {string} key
       * @return {object} value
       */
      getOptionValue(key) {
        if (this._storeOptionsAsProperties) {
          return this[key];
        }
        return this._optionValues[key];
      }
      /**
       * Store option value.
       *
       * @param {string} key
       * @param {object} value
       * @return {Command} `this` command for chaining
       */
      setOptionValue(key, value) {
        return this.setOptionValueWithSource(key, value, void 0);
      }
      /**
       * Store option value and where the value came from.
       *
       * @param {string} key
       * @param {object} value
       * @param {string} source - expected values are default/config/env/cli/implied
       * @return {Command} `this` command for chaining
       */
      setOptionValueWithSource(key, value, source) {
        if (this._storeOptionsAsProperties) {
          this[key] = value;
        } else {
          this._optionValues[key] = value;
        }
        this._optionValueSources[key] = source;
        return this;
      }
      /**
       * Get source of option value.
       * Expected values are default | config | env | cli | implied
       *
       * @param {string} key
       * @return {string}
       */
      getOptionValueSource(key) {
        return this._optionValueSources[key];
      }
      /**
       * Get source of option value. See also .optsWithGlobals().
       * Expected values are default | config | env | cli | implied
       *
       * @param {string} key
       * @return {string}
       */
      getOptionValueSourceWithGlobals(key) {
        let source;
        this._getCommandAndAncestors().forEach((cmd) => {
          if (cmd.getOptionValueSource(key) !== void 0) {
            source = cmd.getOptionValueSource(key);
          }
        });
        return source;
      }
      /**
       * Get user arguments from implied or explicit arguments.
       * Side-effects: set _scriptPath if args included script. Used for default program name, and subcommand searches.
       *
       * @private
       */
      _prepareUserArgs(argv, parseOptions) {
        if (argv !== void 0 && !Array.isArray(argv)) {
          throw new Error("first parameter to parse must be array or undefined");
        }
        parseOptions = parseOptions || {};
        if (argv === void 0 && parseOptions.from === void 0) {
          if (process2.versions?.electron) {
            parseOptions.from = "electron";
          }
          const execArgv = process2.execArgv ?? [];
          if (execArgv.includes("-e") || execArgv.includes("--eval") || execArgv.includes("-p") || execArgv.includes("--print")) {
            parseOptions.from = "eval";
          }
        }
        if (argv === void 0) {
          argv = process2.argv;
        }
        this.rawArgs = argv.slice();
        let userArgs;
        switch (parseOptions.from) {
          case void 0:
          case "node":
            this._scriptPath = argv[1];
            userArgs = argv.slice(2);
            break;
          case "electron":
            if (process2.defaultApp) {
              this._scriptPath = argv[1];
              userArgs = argv.slice(2);
            } else {
              userArgs = argv.slice(1);
            }
            break;
          case "user":
            userArgs = argv.slice(0);
            break;
          case "eval":
            userArgs = argv.slice(1);
            break;
          default:
            throw new Error(
              `unexpected parse option { from: '${parseOptions.from}' }`
            );
        }
        if (!this._name && this._scriptPath)
          this.nameFromFilename(this._scriptPath);
        this._name = this._name || "program";
        return userArgs;
      }
      /**
       * Parse `argv`, setting options and invoking commands when defined.
       *
       * Use parseAsync instead of parse if any of your action handlers are async.
       *
       * Call with no parameters to parse `process.argv`. Detects Electron and special node options like `node --eval`. Easy mode!
       *
       * Or call with an array of strings to parse, and optionally where the user arguments start by specifying where the arguments are `from`:
       * - `'node'`: default, `argv[0]` is the application and `argv[1]` is the script being run, with user arguments after that
       * - `'electron'`: `argv[0]` is the application and `argv[1]` varies depending on whether the electron application is packaged
       * - `'user'`: just user arguments
       *
       * @example
       * program.parse(); // parse process.argv and auto-detect electron and special node flags
       * program.parse(process.argv); // assume argv[0] is app and argv[1] is script
       * program.parse(my-args, { from: 'user' }); // just user supplied arguments, nothing special about argv[0]
       *
       * @param {string[]} [argv] - optional, defaults to process.argv
       * @param {object} [parseOptions] - optionally specify style of options with from: node/user/electron
       * @param {string} [parseOptions.from] - where the args are from: 'node', 'user', 'electron'
       * @return {Command} `this` command for chaining
       */
      parse(argv, parseOptions) {
        this._prepareForParse();
        const userArgs = this._prepareUserArgs(argv, parseOptions);
        this._parseCommand([], userArgs);
        return this;
      }
      /**
       * Parse `argv`, setting options and invoking commands when defined.
       *
       * Call with no parameters to parse `process.argv`. Detects Electron and special node options like `node --eval`. Easy mode!
       *
       * Or call with an array of strings to parse, and optionally where the user arguments start by specifying where the arguments are `from`:
       * - `'node'`: default, `argv[0]` is the application and `argv[1]` is the script being run, with user arguments after that
       * - `'electron'`: `argv[0]` is the application and `argv[1]` varies depending on whether the electron application is packaged
       * - `'user'`: just user arguments
       *
       * @example
       * await program.parseAsync(); // parse process.argv and auto-detect electron and special node flags
       * await program.parseAsync(process.argv); // assume argv[0] is app and argv[1] is script
       * await program.parseAsync(my-args, { from: 'user' }); // just user supplied arguments, nothing special about argv[0]
       *
       * @param {string[]} [argv]
       * @param {object} [parseOptions]
       * @param {string} parseOptions.from - where the args are from: 'node', 'user', 'electron'
       * @return {Promise}
       */
      async parseAsync(argv, parseOptions) {
        this._prepareForParse();
        const userArgs = this._prepareUserArgs(argv, parseOptions);
        await this._parseCommand([], userArgs);
        return this;
      }
      _prepareForParse() {
        if (this._savedState === null) {
          this.saveStateBeforeParse();
        } else {
          this.restoreStateBeforeParse();
        }
      }
      /**
       * Called the first time parse is called to save state and allow a restore before subsequent calls to parse.
       * Not usually called directly, but available for subclasses to save their custom state.
       *
       * This is called in a lazy way. Only commands used in parsing chain will have state saved.
       */
      saveStateBeforeParse() {
        this._savedState = {
          // name is stable if supplied by author, but may be unspecified for root command and deduced during parsing
          _name: this._name,
          // option values before parse have default values (including false for negated options)
          // shallow clones
          _optionValues: { ...this._optionValues },
          _optionValueSources: { ...this._optionValueSources }
        };
      }
      /**
       * Restore state before parse for calls after the first.
       * Not usually called directly, but available for subclasses to save their custom state.
       *
       * This is called in a lazy way. Only commands used in parsing chain will have state restored.
       */
      restoreStateBeforeParse() {
        if (this._storeOptionsAsProperties)
          throw new Error(`Can not call parse again when storeOptionsAsProperties is true.
- either make a new Command for each call to parse, or stop storing options as properties`);
        this._name = this._savedState._name;
        this._scriptPath = null;
        this.rawArgs = [];
        this._optionValues = { ...this._savedState._optionValues };
        this._optionValueSources = { ...this._savedState._optionValueSources };
        this.args = [];
        this.processedArgs = [];
      }
      /**
       * Throw if expected executable is missing. Add lots of help for author.
       *
       * @param {string} executableFile
       * @param {string} executableDir
       * @param {string} subcommandName
       */
      _checkForMissingExecutable(executableFile, executableDir, subcommandName) {
        if (fs.existsSync(executableFile)) return;
        const executableDirMessage = executableDir ? `searched for local subcommand relative to directory '${executableDir}'` : "no directory for search for local subcommand, use .executableDir() to supply a custom directory";
        const executableMissing = `'${executableFile}' does not exist
 - if '${subcommandName}' is not meant to be an executable command, remove description parameter from '.command()' and use '.description()' instead
 - if the default executable name is not suitable, use the executableFile option to supply a custom name or path
 - ${executableDirMessage}`;
        throw new Error(executableMissing);
      }
      /**
       * Execute a sub-command executable.
       *
       * @private
       */
      _executeSubCommand(subcommand, args) {
        args = args.slice();
        let launchWithNode = false;
        const sourceExt = [".js", ".ts", ".tsx", ".mjs", ".cjs"];
        function findFile(baseDir, baseName) {
          const localBin = path.resolve(baseDir, baseName);
          if (fs.existsSync(localBin)) return localBin;
          if (sourceExt.includes(path.extname(baseName))) return void 0;
          const foundExt = sourceExt.find(
            (ext) => fs.existsSync(`${localBin}${ext}`)
          );
          if (foundExt) return `${localBin}${foundExt}`;
          return void 0;
        }
        this._checkForMissingMandatoryOptions();
        this._checkForConflictingOptions();
        let executableFile = subcommand._executableFile || `${this._name}-${subcommand._name}`;
        let executableDir = this._executableDir || "";
        if (this._scriptPath) {
          let resolvedScriptPath;
          try {
            resolvedScriptPath = fs.realpathSync(this._scriptPath);
          } catch {
            resolvedScriptPath = this._scriptPath;
          }
          executableDir = path.resolve(
            path.dirname(resolvedScriptPath),
            executableDir
          );
        }
        if (executableDir) {
          let localFile = findFile(executableDir, executableFile);
          if (!localFile && !subcommand._executableFile && this._scriptPath) {
            const legacyName = path.basename(
              this._scriptPath,
              path.extname(this._scriptPath)
            );
            if (legacyName !== this._name) {
              localFile = findFile(
                executableDir,
                `${legacyName}-${subcommand._name}`
              );
            }
          }
          executableFile = localFile || executableFile;
        }
        launchWithNode = sourceExt.includes(path.extname(executableFile));
        let proc;
        if (process2.platform !== "win32") {
          if (launchWithNode) {
            args.unshift(executableFile);
            args = incrementNodeInspectorPort(process2.execArgv).concat(args);
            proc = childProcess.spawn(process2.argv[0], args, { stdio: "inherit" });
          } else {
            proc = childProcess.spawn(executableFile, args, { stdio: "inherit" });
          }
        } else {
          this._checkForMissingExecutable(
            executableFile,
            executableDir,
            subcommand._name
          );
          args.unshift(executableFile);
          args = incrementNodeInspectorPort(process2.execArgv).concat(args);
          proc = childProcess.spawn(process2.execPath, args, { stdio: "inherit" });
        }
        if (!proc.killed) {
          const signals = ["SIGUSR1", "SIGUSR2", "SIGTERM", "SIGINT", "SIGHUP"];
          signals.forEach((signal) => {
            process2.on(signal, () => {
              if (proc.killed === false && proc.exitCode === null) {
                proc.kill(signal);
              }
            });
          });
        }
        const exitCallback = this._exitCallback;
        proc.on("close", (code) => {
          code = code ?? 1;
          if (!exitCallback) {
            process2.exit(code);
          } else {
            exitCallback(
              new CommanderError2(
                code,
                "commander.executeSubCommandAsync",
                "(close)"
              )
            );
          }
        });
        proc.on("error", (err) => {
          if (err.code === "ENOENT") {
            this._checkForMissingExecutable(
              executableFile,
              executableDir,
              subcommand._name
            );
          } else if (err.code === "EACCES") {
            throw new Error(`'${executableFile}' not executable`);
          }
          if (!exitCallback) {
            process2.exit(1);
          } else {
            const wrappedError = new CommanderError2(
              1,
              "commander.executeSubCommandAsync",
              "(error)"
            );
            wrappedError.nestedError = err;
            exitCallback(wrappedError);
          }
        });
        this.runningCommand = proc;
      }
      /**
       * @private
       */
      _dispatchSubcommand(commandName, operands, unknown) {
        const subCommand = this._findCommand(commandName);
        if (!subCommand) this.help({ error: true });
        subCommand._prepareForParse();
        let promiseChain;
        promiseChain = this._chainOrCallSubCommandHook(
          promiseChain,
          subCommand,
          "preSubcommand"
        );
        promiseChain = this._chainOrCall(promiseChain, () => {
          if (subCommand._executableHandler) {
            this._executeSubCommand(subCommand, operands.concat(unknown));
          } else {
            return subCommand._parseCommand(operands, unknown);
          }
        });
        return promiseChain;
      }
      /**
       * Invoke help directly if possible, or dispatch if necessary.
       * e.g. help foo
       *
       * @private
       */
      _dispatchHelpCommand(subcommandName) {
        if (!subcommandName) {
          this.help();
        }
        const subCommand = this._findCommand(subcommandName);
        if (subCommand && !subCommand._executableHandler) {
          subCommand.help();
        }
        return this._dispatchSubcommand(
          subcommandName,
          [],
          [this._getHelpOption()?.long ?? this._getHelpOption()?.short ?? "--help"]
        );
      }
      /**
       * Check this.args against expected this.registeredArguments.
       *
       * @private
       */
      _checkNumberOfArguments() {
        this.registeredArguments.forEach((arg, i) => {
          if (arg.required && this.args[i] == null) {
            this.missingArgument(arg.name());
          }
        });
        if (this.registeredArguments.length > 0 && this.registeredArguments[this.registeredArguments.length - 1].variadic) {
          return;
        }
        if (this.args.length > this.registeredArguments.length) {
          this._excessArguments(this.args);
        }
      }
      /**
       * Process this.args using this.registeredArguments and save as this.processedArgs!
       *
       * @private
       */
      _processArguments() {
        const myParseArg = (argument, value, previous) => {
          let parsedValue = value;
          if (value !== null && argument.parseArg) {
            const invalidValueMessage = `error: command-argument value '${value}' is invalid for argument '${argument.name()}'.`;
            parsedValue = this._callParseArg(
              argument,
              value,
              previous,
              invalidValueMessage
            );
          }
          return parsedValue;
        };
        this._checkNumberOfArguments();
        const processedArgs = [];
        this.registeredArguments.forEach((declaredArg, index) => {
          let value = declaredArg.defaultValue;
          if (declaredArg.variadic) {
            if (index < this.args.length) {
              value = this.args.slice(index);
              if (declaredArg.parseArg) {
                value = value.reduce((processed, v) => {
                  return myParseArg(declaredArg, v, processed);
                }, declaredArg.defaultValue);
              }
            } else if (value === void 0) {
              value = [];
            }
          } else if (index < this.args.length) {
            value = this.args[index];
            if (declaredArg.parseArg) {
              value = myParseArg(declaredArg, value, declaredArg.defaultValue);
            }
          }
          processedArgs[index] = value;
        });
        this.processedArgs = processedArgs;
      }
      /**
       * Once we have a promise we chain, but call synchronously until then.
       *
       * @param {(Promise|undefined)} promise
       * @param {Function} fn
       * @return {(Promise|undefined)}
       * @private
       */
      _chainOrCall(promise, fn) {
        if (promise?.then && typeof promise.then === "function") {
          return promise.then(() => fn());
        }
        return fn();
      }
      /**
       *
       * @param {(Promise|undefined)} promise
       * @param {string} event
       * @return {(Promise|undefined)}
       * @private
       */
      _chainOrCallHooks(promise, event) {
        let result = promise;
        const hooks = [];
        this._getCommandAndAncestors().reverse().filter((cmd) => cmd._lifeCycleHooks[event] !== void 0).forEach((hookedCommand) => {
          hookedCommand._lifeCycleHooks[event].forEach((callback) => {
            hooks.push({ hookedCommand, callback });
          });
        });
        if (event === "postAction") {
          hooks.reverse();
        }
        hooks.forEach((hookDetail) => {
          result = this._chainOrCall(result, () => {
            return hookDetail.callback(hookDetail.hookedCommand, this);
          });
        });
        return result;
      }
      /**
       *
       * @param {(Promise|undefined)} promise
       * @param {Command} subCommand
       * @param {string} event
       * @return {(Promise|undefined)}
       * @private
       */
      _chainOrCallSubCommandHook(promise, subCommand, event) {
        let result = promise;
        if (this._lifeCycleHooks[event] !== void 0) {
          this._lifeCycleHooks[event].forEach((hook) => {
            result = this._chainOrCall(result, () => {
              return hook(this, subCommand);
            });
          });
        }
        return result;
      }
      /**
       * Process arguments in context of this command.
       * Returns action result, in case it is a promise.
       *
       * @private
       */
      _parseCommand(operands, unknown) {
        const parsed = this.parseOptions(unknown);
        this._parseOptionsEnv();
        this._parseOptionsImplied();
        operands = operands.concat(parsed.operands);
        unknown = parsed.unknown;
        this.args = operands.concat(unknown);
        if (operands && this._findCommand(operands[0])) {
          return this._dispatchSubcommand(operands[0], operands.slice(1), unknown);
        }
        if (this._getHelpCommand() && operands[0] === this._getHelpCommand().name()) {
          return this._dispatchHelpCommand(operands[1]);
        }
        if (this._defaultCommandName) {
          this._outputHelpIfRequested(unknown);
          return this._dispatchSubcommand(
            this._defaultCommandName,
            operands,
            unknown
          );
        }
        if (this.commands.length && this.args.length === 0 && !this._actionHandler && !this._defaultCommandName) {
          this.help({ error: true });
        }
        this._outputHelpIfRequested(parsed.unknown);
        this._checkForMissingMandatoryOptions();
        this._checkForConflictingOptions();
        const checkForUnknownOptions = () => {
          if (parsed.unknown.length > 0) {
            this.unknownOption(parsed.unknown[0]);
          }
        };
        const commandEvent = `command:${this.name()}`;
        if (this._actionHandler) {
          checkForUnknownOptions();
          this._processArguments();
          let promiseChain;
          promiseChain = this._chainOrCallHooks(promiseChain, "preAction");
          promiseChain = this._chainOrCall(
            promiseChain,
            () => this._actionHandler(this.processedArgs)
          );
          if (this.parent) {
            promiseChain = this._chainOrCall(promiseChain, () => {
              this.parent.emit(commandEvent, operands, unknown);
            });
          }
          promiseChain = this._chainOrCallHooks(promiseChain, "postAction");
          return promiseChain;
        }
        if (this.parent?.listenerCount(commandEvent)) {
          checkForUnknownOptions();
          this._processArguments();
          this.parent.emit(commandEvent, operands, unknown);
        } else if (operands.length) {
          if (this._findCommand("*")) {
            return this._dispatchSubcommand("*", operands, unknown);
          }
          if (this.listenerCount("command:*")) {
            this.emit("command:*", operands, unknown);
          } else if (this.commands.length) {
            this.unknownCommand();
          } else {
            checkForUnknownOptions();
            this._processArguments();
          }
        } else if (this.commands.length) {
          checkForUnknownOptions();
          this.help({ error: true });
        } else {
          checkForUnknownOptions();
          this._processArguments();
        }
      }
      /**
       * Find matching command.
       *
       * @private
       * @return {Command | undefined}
       */
      _findCommand(name) {
        if (!name) return void 0;
        return this.commands.find(
          (cmd) => cmd._name === name || cmd._aliases.includes(name)
        );
      }
      /**
       * Return an option matching `arg` if any.
       *
       * @param {string} arg
       * @return {Option}
       * @package
       */
      _findOption(arg) {
        return this.options.find((option) => option.is(arg));
      }
      /**
       * Display an error message if a mandatory option does not have a value.
       * Called after checking for help flags in leaf subcommand.
       *
       * @private
       */
      _checkForMissingMandatoryOptions() {
        this._getCommandAndAncestors().forEach((cmd) => {
          cmd.options.forEach((anOption) => {
            if (anOption.mandatory && cmd.getOptionValue(anOption.attributeName()) === void 0) {
              cmd.missingMandatoryOptionValue(anOption);
            }
          });
        });
      }
      /**
       * Display an error message if conflicting options are used together in this.
       *
       * @private
       */
      _checkForConflictingLocalOptions() {
        const definedNonDefaultOptions = this.options.filter((option) => {
          const optionKey = option.attributeName();
          if (this.getOptionValue(optionKey) === void 0) {
            return false;
          }
          return this.getOptionValueSource(optionKey) !== "default";
        });
        const optionsWithConflicting = definedNonDefaultOptions.filter(
          (option) => option.conflictsWith.length > 0
        );
        optionsWithConflicting.forEach((option) => {
          const conflictingAndDefined = definedNonDefaultOptions.find(
            (defined) => option.conflictsWith.includes(defined.attributeName())
          );
          if (conflictingAndDefined) {
            this._conflictingOption(option, conflictingAndDefined);
          }
        });
      }
      /**
       * Display an error message if conflicting options are used together.
       * Called after checking for help flags in leaf subcommand.
       *
       * @private
       */
      _checkForConflictingOptions() {
        this._getCommandAndAncestors().forEach((cmd) => {
          cmd._checkForConflictingLocalOptions();
        });
      }
      /**
       * Parse options from `argv` removing known options,
       * and return argv split into operands and unknown arguments.
       *
       * Side effects: modifies command by storing options. Does not reset state if called again.
       *
       * Examples:
       *
       *     argv => operands, unknown
       *     --known kkk op => [op], []
       *     op --known kkk => [op], []
       *     sub --unknown uuu op => [sub], [--unknown uuu op]
       *     sub -- --unknown uuu op => [sub --unknown uuu op], []
       *
       * @param {string[]} args
       * @return {{operands: string[], unknown: string[]}}
       */
      parseOptions(args) {
        const operands = [];
        const unknown = [];
        let dest = operands;
        function maybeOption(arg) {
          return arg.length > 1 && arg[0] === "-";
        }
        const negativeNumberArg = (arg) => {
          if (!/^-(\d+|\d*\.\d+)(e[+-]?\d+)?$/.test(arg)) return false;
          return !this._getCommandAndAncestors().some(
            (cmd) => cmd.options.map((opt) => opt.short).some((short) => /^-\d$/.test(short))
          );
        };
        let activeVariadicOption = null;
        let activeGroup = null;
        let i = 0;
        while (i < args.length || activeGroup) {
          const arg = activeGroup ?? args[i++];
          activeGroup = null;
          if (arg === "--") {
            if (dest === unknown) dest.push(arg);
            dest.push(...args.slice(i));
            break;
          }
          if (activeVariadicOption && (!maybeOption(arg) || negativeNumberArg(arg))) {
            this.emit(`option:${activeVariadicOption.name()}`, arg);
            continue;
          }
          activeVariadicOption = null;
          if (maybeOption(arg)) {
            const option = this._findOption(arg);
            if (option) {
              if (option.required) {
                const value = args[i++];
                if (value === void 0) this.optionMissingArgument(option);
                this.emit(`option:${option.name()}`, value);
              } else if (option.optional) {
                let value = null;
                if (i < args.length && (!maybeOption(args[i]) || negativeNumberArg(args[i]))) {
                  value = args[i++];
                }
                this.emit(`option:${option.name()}`, value);
              } else {
                this.emit(`option:${option.name()}`);
              }
              activeVariadicOption = option.variadic ? option : null;
              continue;
            }
          }
          if (arg.length > 2 && arg[0] === "-" && arg[1] !== "-") {
            const option = this._findOption(`-${arg[1]}`);
            if (option) {
              if (option.required || option.optional && this._combineFlagAndOptionalValue) {
                this.emit(`option:${option.name()}`, arg.slice(2));
              } else {
                this.emit(`option:${option.name()}`);
                activeGroup = `-${arg.slice(2)}`;
              }
              continue;
            }
          }
          if (/^--[^=]+=/.test(arg)) {
            const index = arg.indexOf("=");
            const option = this._findOption(arg.slice(0, index));
            if (option && (option.required || option.optional)) {
              this.emit(`option:${option.name()}`, arg.slice(index + 1));
              continue;
            }
          }
          if (dest === operands && maybeOption(arg) && !(this.commands.length === 0 && negativeNumberArg(arg))) {
            dest = unknown;
          }
          if ((this._enablePositionalOptions || this._passThroughOptions) && operands.length === 0 && unknown.length === 0) {
            if (this._findCommand(arg)) {
              operands.push(arg);
              unknown.push(...args.slice(i));
              break;
            } else if (this._getHelpCommand() && arg === this._getHelpCommand().name()) {
              operands.push(arg, ...args.slice(i));
              break;
            } else if (this._defaultCommandName) {
              unknown.push(arg, ...args.slice(i));
              break;
            }
          }
          if (this._passThroughOptions) {
            dest.push(arg, ...args.slice(i));
            break;
          }
          dest.push(arg);
        }
        return { operands, unknown };
      }
      /**
       * Return an object containing local option values as key-value pairs.
       *
       * @return {object}
       */
      opts() {
        if (this._storeOptionsAsProperties) {
          const result = {};
          const len = this.options.length;
          for (let i = 0; i < len; i++) {
            const key = this.options[i].attributeName();
            result[key] = key === this._versionOptionName ? this._version : this[key];
          }
          return result;
        }
        return this._optionValues;
      }
      /**
       * Return an object containing merged local and global option values as key-value pairs.
       *
       * @return {object}
       */
      optsWithGlobals() {
        return this._getCommandAndAncestors().reduce(
          (combinedOptions, cmd) => Object.assign(combinedOptions, cmd.opts()),
          {}
        );
      }
      /**
       * Display error message and exit (or call exitOverride).
       *
       * @param {string} message
       * @param {object} [errorOptions]
       * @param {string} [errorOptions.code] - an id string representing the error
       * @param {number} [errorOptions.exitCode] - used with process.exit
       */
      error(message, errorOptions) {
        this._outputConfiguration.outputError(
          `${message}
`,
          this._outputConfiguration.writeErr
        );
        if (typeof this._showHelpAfterError === "string") {
          this._outputConfiguration.writeErr(`${this._showHelpAfterError}
`);
        } else if (this._showHelpAfterError) {
          this._outputConfiguration.writeErr("\n");
          this.outputHelp({ error: true });
        }
        const config = errorOptions || {};
        const exitCode = config.exitCode || 1;
        const code = config.code || "commander.error";
        this._exit(exitCode, code, message);
      }
      /**
       * Apply any option related environment variables, if option does
       * not have a value from cli or client code.
       *
       * @private
       */
      _parseOptionsEnv() {
        this.options.forEach((option) => {
          if (option.envVar && option.envVar in process2.env) {
            const optionKey = option.attributeName();
            if (this.getOptionValue(optionKey) === void 0 || ["default", "config", "env"].includes(
              this.getOptionValueSource(optionKey)
            )) {
              if (option.required || option.optional) {
                this.emit(`optionEnv:${option.name()}`, process2.env[option.envVar]);
              } else {
                this.emit(`optionEnv:${option.name()}`);
              }
            }
          }
        });
      }
      /**
       * Apply any implied option values, if option is undefined or default value.
       *
       * @private
       */
      _parseOptionsImplied() {
        const dualHelper = new DualOptions(this.options);
        const hasCustomOptionValue = (optionKey) => {
          return this.getOptionValue(optionKey) !== void 0 && !["default", "implied"].includes(this.getOptionValueSource(optionKey));
        };
        this.options.filter(
          (option) => option.implied !== void 0 && hasCustomOptionValue(option.attributeName()) && dualHelper.valueFromOption(
            this.getOptionValue(option.attributeName()),
            option
          )
        ).forEach((option) => {
          Object.keys(option.implied).filter((impliedKey) => !hasCustomOptionValue(impliedKey)).forEach((impliedKey) => {
            this.setOptionValueWithSource(
              impliedKey,
              option.implied[impliedKey],
              "implied"
            );
          });
        });
      }
      /**
       * Argument `name` is missing.
       *
       * @param {string} name
       * @private
       */
      missingArgument(name) {
        const message = `error: missing required argument '${name}'`;
        this.error(message, { code: "commander.missingArgument" });
      }
      /**
       * `Option` is missing an argument.
       *
       * @param {Option} option
       * @private
       */
      optionMissingArgument(option) {
        const message = `error: option '${option.flags}' argument missing`;
        this.error(message, { code: "commander.optionMissingArgument" });
      }
      /**
       * `Option` does not have a value, and is a mandatory option.
       *
       * @param {Option} option
       * @private
       */
      missingMandatoryOptionValue(option) {
        const message = `error: required option '${option.flags}' not specified`;
        this.error(message, { code: "commander.missingMandatoryOptionValue" });
      }
      /**
       * `Option` conflicts with another option.
       *
       * @param {Option} option
       * @param {Option} conflictingOption
       * @private
       */
      _conflictingOption(option, conflictingOption) {
        const findBestOptionFromValue = (option2) => {
          const optionKey = option2.attributeName();
          const optionValue = this.getOptionValue(optionKey);
          const negativeOption = this.options.find(
            (target) => target.negate && optionKey === target.attributeName()
          );
          const positiveOption = this.options.find(
            (target) => !target.negate && optionKey === target.attributeName()
          );
          if (negativeOption && (negativeOption.presetArg === void 0 && optionValue === false || negativeOption.presetArg !== void 0 && optionValue === negativeOption.presetArg)) {
            return negativeOption;
          }
          return positiveOption || option2;
        };
        const getErrorMessage = (option2) => {
          const bestOption = findBestOptionFromValue(option2);
          const optionKey = bestOption.attributeName();
          const source = this.getOptionValueSource(optionKey);
          if (source === "env") {
            return `environment variable '${bestOption.envVar}'`;
          }
          return `option '${bestOption.flags}'`;
        };
        const message = `error: ${getErrorMessage(option)} cannot be used with ${getErrorMessage(conflictingOption)}`;
        this.error(message, { code: "commander.conflictingOption" });
      }
      /**
       * Unknown option `flag`.
       *
       * @param {string} flag
       * @private
       */
      unknownOption(flag) {
        if (this._allowUnknownOption) return;
        let suggestion = "";
        if (flag.startsWith("--") && this._showSuggestionAfterError) {
          let candidateFlags = [];
          let command = this;
          do {
            const moreFlags = command.createHelp().visibleOptions(command).filter((option) => option.long).map((option) => option.long);
            candidateFlags = candidateFlags.concat(moreFlags);
            command = command.parent;
          } while (command && !command._enablePositionalOptions);
          suggestion = suggestSimilar(flag, candidateFlags);
        }
        const message = `error: unknown option '${flag}'${suggestion}`;
        this.error(message, { code: "commander.unknownOption" });
      }
      /**
       * Excess arguments, more than expected.
       *
       * @param {string[]} receivedArgs
       * @private
       */
      _excessArguments(receivedArgs) {
        if (this._allowExcessArguments) return;
        const expected = this.registeredArguments.length;
        const s = expected === 1 ? "" : "s";
        const forSubcommand = this.parent ? ` for '${this.name()}'` : "";
        const message = `error: too many arguments${forSubcommand}. Expected ${expected} argument${s} but got ${receivedArgs.length}.`;
        this.error(message, { code: "commander.excessArguments" });
      }
      /**
       * Unknown command.
       *
       * @private
       */
      unknownCommand() {
        const unknownName = this.args[0];
        let suggestion = "";
        if (this._showSuggestionAfterError) {
          const candidateNames = [];
          this.createHelp().visibleCommands(this).forEach((command) => {
            candidateNames.push(command.name());
            if (command.alias()) candidateNames.push(command.alias());
          });
          suggestion = suggestSimilar(unknownName, candidateNames);
        }
        const message = `error: unknown command '${unknownName}'${suggestion}`;
        this.error(message, { code: "commander.unknownCommand" });
      }
      /**
       * Get or set the program version.
       *
       * This method auto-registers the "-V, --version" option which will print the version number.
       *
       * You can optionally supply the flags and description to override the defaults.
       *
       * @param {string} [str]
       * @param {string} [flags]
       * @param {string} [description]
       * @return {(this | string | undefined)} `this` command for chaining, or version string if no arguments
       */
      version(str, flags, description) {
        if (str === void 0) return this._version;
        this._version = str;
        flags = flags || "-V, --version";
        description = description || "output the version number";
        const versionOption = this.createOption(flags, description);
        this._versionOptionName = versionOption.attributeName();
        this._registerOption(versionOption);
        this.on("option:" + versionOption.name(), () => {
          this._outputConfiguration.writeOut(`${str}
`);
          this._exit(0, "commander.version", str);
        });
        return this;
      }
      /**
       * Set the description.
       *
       * @param {string} [str]
       * @param {object} [argsDescription]
       * @return {(string|Command)}
       */
      description(str, argsDescription) {
        if (str === void 0 && argsDescription === void 0)
          return this._description;
        this._description = str;
        if (argsDescription) {
          this._argsDescription = argsDescription;
        }
        return this;
      }
      /**
       * Set the summary. Used when listed as subcommand of parent.
       *
       * @param {string} [str]
       * @return {(string|Command)}
       */
      summary(str) {
        if (str === void 0) return this._summary;
        this._summary = str;
        return this;
      }
      /**
       * Set an alias for the command.
       *
       * You may call more than once to add multiple aliases. Only the first alias is shown in the auto-generated help.
       *
       * @param {string} [alias]
       * @return {(string|Command)}
       */
      alias(alias) {
        if (alias === void 0) return this._aliases[0];
        let command = this;
        if (this.commands.length !== 0 && this.commands[this.commands.length - 1]._executableHandler) {
          command = this.commands[this.commands.length - 1];
        }
        if (alias === command._name)
          throw new Error("Command alias can't be the same as its name");
        const matchingCommand = this.parent?._findCommand(alias);
        if (matchingCommand) {
          const existingCmd = [matchingCommand.name()].concat(matchingCommand.aliases()).join("|");
          throw new Error(
            `cannot add alias '${alias}' to command '${this.name()}' as already have command '${existingCmd}'`
          );
        }
        command._aliases.push(alias);
        return this;
      }
      /**
       * Set aliases for the command.
       *
       * Only the first alias is shown in the auto-generated help.
       *
       * @param {string[]} [aliases]
       * @return {(string[]|Command)}
       */
      aliases(aliases) {
        if (aliases === void 0) return this._aliases;
        aliases.forEach((alias) => this.alias(alias));
        return this;
      }
      /**
       * Set / get the command usage `str`.
       *
       * @param {string} [str]
       * @return {(string|Command)}
       */
      usage(str) {
        if (str === void 0) {
          if (this._usage) return this._usage;
          const args = this.registeredArguments.map((arg) => {
            return humanReadableArgName(arg);
          });
          return [].concat(
            this.options.length || this._helpOption !== null ? "[options]" : [],
            this.commands.length ? "[command]" : [],
            this.registeredArguments.length ? args : []
          ).join(" ");
        }
        this._usage = str;
        return this;
      }
      /**
       * Get or set the name of the command.
       *
       * @param {string} [str]
       * @return {(string|Command)}
       */
      name(str) {
        if (str === void 0) return this._name;
        this._name = str;
        return this;
      }
      /**
       * Set/get the help group heading for this subcommand in parent command's help.
       *
       * @param {string} [heading]
       * @return {Command | string}
       */
      helpGroup(heading) {
        if (heading === void 0) return this._helpGroupHeading ?? "";
        this._helpGroupHeading = heading;
        return this;
      }
      /**
       * Set/get the default help group heading for subcommands added to this command.
       * (This does not override a group set directly on the subcommand using .helpGroup().)
       *
       * @example
       * program.commandsGroup('Development Commands:);
       * program.command('watch')...
       * program.command('lint')...
       * ...
       *
       * @param {string} [heading]
       * @returns {Command | string}
       */
      commandsGroup(heading) {
        if (heading === void 0) return this._defaultCommandGroup ?? "";
        this._defaultCommandGroup = heading;
        return this;
      }
      /**
       * Set/get the default help group heading for options added to this command.
       * (This does not override a group set directly on the option using .helpGroup().)
       *
       * @example
       * program
       *   .optionsGroup('Development Options:')
       *   .option('-d, --debug', 'output extra debugging')
       *   .option('-p, --profile', 'output profiling information')
       *
       * @param {string} [heading]
       * @returns {Command | string}
       */
      optionsGroup(heading) {
        if (heading === void 0) return this._defaultOptionGroup ?? "";
        this._defaultOptionGroup = heading;
        return this;
      }
      /**
       * @param {Option} option
       * @private
       */
      _initOptionGroup(option) {
        if (this._defaultOptionGroup && !option.helpGroupHeading)
          option.helpGroup(this._defaultOptionGroup);
      }
      /**
       * @param {Command} cmd
       * @private
       */
      _initCommandGroup(cmd) {
        if (this._defaultCommandGroup && !cmd.helpGroup())
          cmd.helpGroup(this._defaultCommandGroup);
      }
      /**
       * Set the name of the command from script filename, such as process.argv[1],
       * or require.main.filename, or __filename.
       *
       * (Used internally and public although not documented in README.)
       *
       * @example
       * program.nameFromFilename(require.main.filename);
       *
       * @param {string} filename
       * @return {Command}
       */
      nameFromFilename(filename) {
        this._name = path.basename(filename, path.extname(filename));
        return this;
      }
      /**
       * Get or set the directory for searching for executable subcommands of this command.
       *
       * @example
       * program.executableDir(__dirname);
       * // or
       * program.executableDir('subcommands');
       *
       * @param {string} [path]
       * @return {(string|null|Command)}
       */
      executableDir(path2) {
        if (path2 === void 0) return this._executableDir;
        this._executableDir = path2;
        return this;
      }
      /**
       * Return program help documentation.
       *
       * @param {{ error: boolean }} [contextOptions] - pass {error:true} to wrap for stderr instead of stdout
       * @return {string}
       */
      helpInformation(contextOptions) {
        const helper = this.createHelp();
        const context = this._getOutputContext(contextOptions);
        helper.prepareContext({
          error: context.error,
          helpWidth: context.helpWidth,
          outputHasColors: context.hasColors
        });
        const text = helper.formatHelp(this, helper);
        if (context.hasColors) return text;
        return this._outputConfiguration.stripColor(text);
      }
      /**
       * @typedef HelpContext
       * @type {object}
       * @property {boolean} error
       * @property {number} helpWidth
       * @property {boolean} hasColors
       * @property {function} write - includes stripColor if needed
       *
       * @returns {HelpContext}
       * @private
       */
      _getOutputContext(contextOptions) {
        contextOptions = contextOptions || {};
        const error = !!contextOptions.error;
        let baseWrite;
        let hasColors;
        let helpWidth;
        if (error) {
          baseWrite = (str) => this._outputConfiguration.writeErr(str);
          hasColors = this._outputConfiguration.getErrHasColors();
          helpWidth = this._outputConfiguration.getErrHelpWidth();
        } else {
          baseWrite = (str) => this._outputConfiguration.writeOut(str);
          hasColors = this._outputConfiguration.getOutHasColors();
          helpWidth = this._outputConfiguration.getOutHelpWidth();
        }
        const write = (str) => {
          if (!hasColors) str = this._outputConfiguration.stripColor(str);
          return baseWrite(str);
        };
        return { error, write, hasColors, helpWidth };
      }
      /**
       * Output help information for this command.
       *
       * Outputs built-in help, and custom text added using `.addHelpText()`.
       *
       * @param {{ error: boolean } | Function} [contextOptions] - pass {error:true} to write to stderr instead of stdout
       */
      outputHelp(contextOptions) {
        let deprecatedCallback;
        if (typeof contextOptions === "function") {
          deprecatedCallback = contextOptions;
          contextOptions = void 0;
        }
        const outputContext = this._getOutputContext(contextOptions);
        const eventContext = {
          error: outputContext.error,
          write: outputContext.write,
          command: this
        };
        this._getCommandAndAncestors().reverse().forEach((command) => command.emit("beforeAllHelp", eventContext));
        this.emit("beforeHelp", eventContext);
        let helpInformation = this.helpInformation({ error: outputContext.error });
        if (deprecatedCallback) {
          helpInformation = deprecatedCallback(helpInformation);
          if (typeof helpInformation !== "string" && !Buffer.isBuffer(helpInformation)) {
            throw new Error("outputHelp callback must return a string or a Buffer");
          }
        }
        outputContext.write(helpInformation);
        if (this._getHelpOption()?.long) {
          this.emit(this._getHelpOption().long);
        }
        this.emit("afterHelp", eventContext);
        this._getCommandAndAncestors().forEach(
          (command) => command.emit("afterAllHelp", eventContext)
        );
      }
      /**
       * You can pass in flags and a description to customise the built-in help option.
       * Pass in false to disable the built-in help option.
       *
       * @example
       * program.helpOption('-?, --help' 'show help'); // customise
       * program.helpOption(false); // disable
       *
       * @param {(string | boolean)} flags
       * @param {string} [description]
       * @return {Command} `this` command for chaining
       */
      helpOption(flags, description) {
        if (typeof flags === "boolean") {
          if (flags) {
            if (this._helpOption === null) this._helpOption = void 0;
            if (this._defaultOptionGroup) {
              this._initOptionGroup(this._getHelpOption());
            }
          } else {
            this._helpOption = null;
          }
          return this;
        }
        this._helpOption = this.createOption(
          flags ?? "-h, --help",
          description ?? "display help for command"
        );
        if (flags || description) this._initOptionGroup(this._helpOption);
        return this;
      }
      /**
       * Lazy create help option.
       * Returns null if has been disabled with .helpOption(false).
       *
       * @returns {(Option | null)} the help option
       * @package
       */
      _getHelpOption() {
        if (this._helpOption === void 0) {
          this.helpOption(void 0, void 0);
        }
        return this._helpOption;
      }
      /**
       * Supply your own option to use for the built-in help option.
       * This is an alternative to using helpOption() to customise the flags and description etc.
       *
       * @param {Option} option
       * @return {Command} `this` command for chaining
       */
      addHelpOption(option) {
        this._helpOption = option;
        this._initOptionGroup(option);
        return this;
      }
      /**
       * Output help information and exit.
       *
       * Outputs built-in help, and custom text added using `.addHelpText()`.
       *
       * @param {{ error: boolean }} [contextOptions] - pass {error:true} to write to stderr instead of stdout
       */
      help(contextOptions) {
        this.outputHelp(contextOptions);
        let exitCode = Number(process2.exitCode ?? 0);
        if (exitCode === 0 && contextOptions && typeof contextOptions !== "function" && contextOptions.error) {
          exitCode = 1;
        }
        this._exit(exitCode, "commander.help", "(outputHelp)");
      }
      /**
       * // Do a little typing to coordinate emit and listener for the help text events.
       * @typedef HelpTextEventContext
       * @type {object}
       * @property {boolean} error
       * @property {Command} command
       * @property {function} write
       */
      /**
       * Add additional text to be displayed with the built-in help.
       *
       * Position is 'before' or 'after' to affect just this command,
       * and 'beforeAll' or 'afterAll' to affect this command and all its subcommands.
       *
       * @param {string} position - before or after built-in help
       * @param {(string | Function)} text - string to add, or a function returning a string
       * @return {Command} `this` command for chaining
       */
      addHelpText(position2, text) {
        const allowedValues = ["beforeAll", "before", "after", "afterAll"];
        if (!allowedValues.includes(position2)) {
          throw new Error(`Unexpected value for position to addHelpText.
Expecting one of '${allowedValues.join("', '")}'`);
        }
        const helpEvent = `${position2}Help`;
        this.on(helpEvent, (context) => {
          let helpStr;
          if (typeof text === "function") {
            helpStr = text({ error: context.error, command: context.command });
          } else {
            helpStr = text;
          }
          if (helpStr) {
            context.write(`${helpStr}
`);
          }
        });
        return this;
      }
      /**
       * Output help information if help flags specified
       *
       * @param {Array} args - array of options to search for help flags
       * @private
       */
      _outputHelpIfRequested(args) {
        const helpOption = this._getHelpOption();
        const helpRequested = helpOption && args.find((arg) => helpOption.is(arg));
        if (helpRequested) {
          this.outputHelp();
          this._exit(0, "commander.helpDisplayed", "(outputHelp)");
        }
      }
    };
    function incrementNodeInspectorPort(args) {
      return args.map((arg) => {
        if (!arg.startsWith("--inspect")) {
          return arg;
        }
        let debugOption;
        let debugHost = "127.0.0.1";
        let debugPort = "9229";
        let match;
        if ((match = arg.match(/^(--inspect(-brk)?)$/)) !== null) {
          debugOption = match[1];
        } else if ((match = arg.match(/^(--inspect(-brk|-port)?)=([^:]+)$/)) !== null) {
          debugOption = match[1];
          if (/^\d+$/.test(match[3])) {
            debugPort = match[3];
          } else {
            debugHost = match[3];
          }
        } else if ((match = arg.match(/^(--inspect(-brk|-port)?)=([^:]+):(\d+)$/)) !== null) {
          debugOption = match[1];
          debugHost = match[3];
          debugPort = match[4];
        }
        if (debugOption && debugPort !== "0") {
          return `${debugOption}=${debugHost}:${parseInt(debugPort) + 1}`;
        }
        return arg;
      });
    }
    function useColor() {
      if (process2.env.NO_COLOR || process2.env.FORCE_COLOR === "0" || process2.env.FORCE_COLOR === "false")
        return false;
      if (process2.env.FORCE_COLOR || process2.env.CLICOLOR_FORCE !== void 0)
        return true;
      return void 0;
    }
    exports.Command = Command2;
    exports.useColor = useColor;
  }
});

// node_modules/.pnpm/commander@14.0.3/node_modules/commander/index.js
var require_commander = __commonJS({
  "node_modules/.pnpm/commander@14.0.3/node_modules/commander/index.js"(exports) {
    init_define_TRUSTLINT_PACKAGE();
    var { Argument: Argument2 } = require_argument();
    var { Command: Command2 } = require_command();
    var { CommanderError: CommanderError2, InvalidArgumentError: InvalidArgumentError2 } = require_error();
    var { Help: Help2 } = require_help();
    var { Option: Option2 } = require_option();
    exports.program = new Command2();
    exports.createCommand = (name) => new Command2(name);
    exports.createOption = (flags, description) => new Option2(flags, description);
    exports.createArgument = (name, description) => new Argument2(name, description);
    exports.Command = Command2;
    exports.Option = Option2;
    exports.Argument = Argument2;
    exports.Help = Help2;
    exports.CommanderError = CommanderError2;
    exports.InvalidArgumentError = InvalidArgumentError2;
    exports.InvalidOptionArgumentError = InvalidArgumentError2;
  }
});

// node_modules/.pnpm/commander@14.0.3/node_modules/commander/esm.mjs
var import_index, program, createCommand, createArgument, createOption, CommanderError, InvalidArgumentError, InvalidOptionArgumentError, Command, Argument, Option, Help;
var init_esm = __esm({
  "node_modules/.pnpm/commander@14.0.3/node_modules/commander/esm.mjs"() {
    init_define_TRUSTLINT_PACKAGE();
    import_index = __toESM(require_commander(), 1);
    ({
      program,
      createCommand,
      createArgument,
      createOption,
      CommanderError,
      InvalidArgumentError,
      InvalidOptionArgumentError,
      Command: (
        // deprecated old name
        Command
      ),
      Argument,
      Option,
      Help
    } = import_index.default);
  }
});

// packages/core/dist/model/span.js
function lineStarts(text) {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10)
      starts.push(i + 1);
    else if (c === 13 && text.charCodeAt(i + 1) !== 10)
      starts.push(i + 1);
  }
  return starts;
}
function positionAt(starts, offset) {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = lo + hi + 1 >> 1;
    if ((starts[mid] ?? 0) <= offset)
      lo = mid;
    else
      hi = mid - 1;
  }
  return { line: lo + 1, column: offset - (starts[lo] ?? 0), offset };
}
var init_span = __esm({
  "packages/core/dist/model/span.js"() {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
  }
});

// packages/core/dist/model/policy.js
function unresolvedMarker(index) {
  return `${UNRESOLVED_OPEN}${index}${UNRESOLVED_CLOSE}`;
}
function displayValue(value, parts = []) {
  return value.replace(MARKER_RE, (_m, id) => {
    const part = parts.find((p) => p.id === Number(id));
    return part ? `<${part.expression}>` : "<unresolved>";
  });
}
function markerIds(value) {
  return [...value.matchAll(MARKER_RE)].map((m) => Number(m[1]));
}
function collectUnresolved(root, path = []) {
  switch (root.type) {
    case "string":
      return (root.unresolved ?? []).map((part) => ({ part, path }));
    case "array":
      return root.items.flatMap((item, i) => collectUnresolved(item, [...path, i]));
    case "object":
      return root.members.flatMap((m) => collectUnresolved(m.value, [...path, m.key]));
    default:
      return [];
  }
}
function hasMarker(value) {
  return value.includes(UNRESOLVED_OPEN);
}
function getMember(obj, key) {
  return obj.members.findLast((m) => m.key === key);
}
function nodeAt(root, path) {
  let cur = root;
  for (const seg of path) {
    if (!cur)
      return void 0;
    if (typeof seg === "number") {
      cur = cur.type === "array" ? cur.items[seg] : void 0;
    } else {
      cur = cur.type === "object" ? cur.members.findLast((m) => m.key === seg)?.value : void 0;
    }
  }
  return cur;
}
var UNRESOLVED_OPEN, UNRESOLVED_CLOSE, MARKER_RE;
var init_policy = __esm({
  "packages/core/dist/model/policy.js"() {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
    UNRESOLVED_OPEN = "\uE000";
    UNRESOLVED_CLOSE = "\uE001";
    MARKER_RE = /\uE000(\d+)\uE001/g;
  }
});

// packages/core/dist/model/finding.js
var init_finding = __esm({
  "packages/core/dist/model/finding.js"() {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
  }
});

// packages/core/dist/model/document.js
var init_document = __esm({
  "packages/core/dist/model/document.js"() {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
  }
});

// packages/core/dist/model/workflow.js
var init_workflow = __esm({
  "packages/core/dist/model/workflow.js"() {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
  }
});

// packages/core/dist/model/index.js
var init_model = __esm({
  "packages/core/dist/model/index.js"() {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
    init_span();
    init_policy();
    init_finding();
    init_document();
    init_workflow();
  }
});

// packages/core/dist/catalog/rules.js
function ruleMeta(id) {
  const meta = BY_ID.get(id);
  if (!meta)
    throw new Error(`unknown rule id ${id}`);
  return meta;
}
var CATALOG, BY_ID;
var init_rules = __esm({
  "packages/core/dist/catalog/rules.js"() {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
    CATALOG = [
      {
        id: "oidc-any-owner",
        title: "Any GitHub repository can assume the role",
        defaultSeverity: "error",
        category: "trust-scope",
        description: "A repository of another owner gets in: no sub restriction, aud only, `*`, `repo:*`, an owner prefix without a slash, a loose value in a list, negated-only or Null-only conditions, ForAllValues or IfExists conditions on keys that can be absent, or a second unrestricted Allow."
      },
      {
        id: "oidc-reusable-workflow-only",
        title: "Only job_workflow_ref restricts who can assume the role",
        defaultSeverity: "warning",
        category: "trust-scope",
        description: "Any repository that can call the named reusable workflow gets in; who can call it depends on its repository visibility, which the policy cannot show."
      },
      {
        id: "oidc-owner-wide",
        title: "Every repository of the owner can assume the role",
        defaultSeverity: "warning",
        category: "trust-scope",
        description: "Another repository of the same owner gets in: `repo:acme/*`, a customised sub of `repository_owner:acme` or `repository_owner_id:123`, or `repository_owner_id` as the only restriction."
      },
      {
        id: "oidc-repo-prefix",
        title: "A wildcard in the repository name admits other repositories",
        defaultSeverity: "warning",
        category: "trust-scope",
        description: "Another repository of the owner whose name matches a wildcard (`repo:acme/app*`, `repo:acme/ap?`) gets in."
      },
      {
        id: "oidc-id-wildcard",
        title: "Wildcarded immutable ids re-open name recycling",
        defaultSeverity: "warning",
        category: "trust-scope",
        description: "The same owner and repository names with other immutable ids get in (`repo:acme@*/app@*:\u2026`): whoever re-registers a deleted name can assume the role."
      },
      {
        id: "oidc-any-context",
        title: "Any branch, environment or pull request of the repository can assume the role",
        defaultSeverity: "warning",
        category: "trust-scope",
        description: "The named repository gets in from a new branch and from a new environment or a pull request (`repo:acme/app:*`)."
      },
      {
        id: "oidc-pull-request",
        title: "Pull-request runs can assume the role",
        defaultSeverity: "warning",
        category: "trust-scope",
        description: "The `pull_request` subject is admitted: code from any same-repository pull-request branch runs with the role."
      },
      {
        id: "oidc-ref-wildcard",
        title: "A wildcard admits new branches, tags or environments",
        defaultSeverity: "warning",
        category: "trust-scope",
        description: "A new name within one context kind gets in: `ref:refs/heads/*`, `ref:refs/heads/main*`, `ref:refs/tags/v*`, `environment:*`."
      },
      {
        id: "oidc-stringequals-wildcard",
        title: "StringEquals value contains a wildcard",
        defaultSeverity: "error",
        category: "trust",
        description: "A `StringEquals`/`StringEqualsIgnoreCase` value contains `*` or `?`, which are literal there: the value never matches as meant and the role is unusable for it."
      },
      {
        id: "oidc-key-mismatch",
        title: "Condition key does not belong to the trusted provider",
        defaultSeverity: "error",
        category: "trust",
        description: "A condition key whose prefix does not match the trusted provider, or a misspelt key of a known claim: the check is void or the role unusable.",
        variants: "warning for a well-formed GitHub claim key that AWS STS does not populate"
      },
      {
        id: "oidc-audience",
        title: "Audience is not restricted",
        defaultSeverity: "warning",
        category: "trust",
        description: "No `aud` condition, or a wildcard `aud`.",
        variants: "error when the `aud` values cannot be satisfied by the provider's client-id list; info when `aud` is missing but the provider in the scan only accepts the configured audiences"
      },
      {
        id: "oidc-set-operator",
        title: "Set operator on a single-valued GitHub key",
        defaultSeverity: "warning",
        category: "trust",
        description: "`ForAllValues:`/`ForAnyValue:` on single-valued GitHub keys; `ForAllValues` is true when the key is absent."
      },
      {
        id: "oidc-subject-unmatchable",
        title: "No GitHub token can carry this subject",
        defaultSeverity: "warning",
        category: "trust",
        description: "A `sub` value in neither the default, the immutable nor a customised format (`\u2026:ref/refs/heads/main`, a bare `\u2026:main`, a name ending in `.git`): the role is broken for that value."
      },
      {
        id: "oidc-unresolved",
        title: "A value that decides the verdict could not be resolved",
        defaultSeverity: "warning",
        category: "trust",
        description: "An unresolved variable, parameter or placeholder, a duplicate JSON key or an unknown condition operator feeds a condition value or an action; the message says what was assumed."
      },
      {
        id: "trust-wildcard-principal",
        title: "Wildcard principal in a trust policy",
        defaultSeverity: "error",
        category: "trust",
        description: '`"Principal": "*"` or `{"AWS": "*"}` with `sts:AssumeRoleWithWebIdentity`, or with `sts:AssumeRole` and no `aws:PrincipalOrgID`, `aws:PrincipalAccount`, `aws:PrincipalArn` or `aws:SourceAccount` condition.'
      },
      {
        id: "oidc-provider-audience",
        title: "OIDC provider does not accept sts.amazonaws.com",
        defaultSeverity: "error",
        category: "trust",
        description: "An OIDC provider resource for a GitHub issuer whose client-id list lacks `sts.amazonaws.com` (or the configured audiences).",
        availableFrom: "Terraform, CloudFormation and live-scan sources (issues 3 and 6)"
      },
      {
        id: "workflow-static-aws-keys",
        title: "Long-lived AWS keys reach a job",
        defaultSeverity: "error",
        category: "workflow",
        description: "configure-aws-credentials access-key inputs, `AWS_ACCESS_KEY_ID`/`AWS_SECRET_ACCESS_KEY` in env, or `aws configure set aws_access_key_id` with a literal, `secrets.*` or `vars.*` value.",
        availableFrom: "workflow support (issue 4)"
      },
      {
        id: "workflow-missing-id-token",
        title: "Job assumes a role via OIDC without id-token: write",
        defaultSeverity: "error",
        category: "workflow",
        description: "A step assumes a role via OIDC but the job's effective permissions lack `id-token: write`.",
        variants: "warning when `runs-on` is self-hosted or the job is in a `workflow_call` workflow",
        availableFrom: "workflow support (issue 4)"
      },
      {
        id: "workflow-untrusted-trigger-oidc",
        title: "id-token: write where untrusted code runs",
        defaultSeverity: "error",
        category: "workflow",
        description: "`id-token: write` in a job run by `pull_request_target`, `workflow_run` or `issue_comment` that also checks out or downloads code it did not write.",
        variants: "warning when no such step is visible",
        availableFrom: "workflow support (issue 4)"
      },
      {
        id: "workflow-unpinned-action",
        title: "Unpinned action in a job with AWS credentials",
        defaultSeverity: "warning",
        category: "workflow",
        description: "In a job that obtains AWS credentials, an action, reusable workflow or docker image not pinned to a full commit SHA or digest.",
        availableFrom: "workflow support (issue 4)"
      },
      {
        id: "workflow-id-token-scope",
        title: "id-token: write granted to jobs that do not need it",
        defaultSeverity: "warning",
        category: "workflow",
        description: "`id-token: write` (or `write-all`) at workflow level reaches jobs that do not assume a role.",
        availableFrom: "workflow support (issue 4)"
      },
      {
        id: "workflow-role-mismatch",
        title: "Role's trust policy admits none of the job's subjects",
        defaultSeverity: "error",
        category: "workflow",
        description: "The role a job assumes is defined in the scanned IaC and its trust policy admits none of the subjects the job can present: the deploy will fail.",
        variants: "info when the repository is unknown or a sub pattern is not in a default format",
        availableFrom: "workflow support (issue 4)"
      },
      {
        id: "workflow-audience-mismatch",
        title: "Job's audience is not admitted by the role",
        defaultSeverity: "error",
        category: "workflow",
        description: "The job's `audience` input is not admitted by the role's `aud` condition.",
        availableFrom: "workflow support (issue 4)"
      },
      {
        id: "iac-access-key",
        title: "IaC creates a long-lived access key",
        defaultSeverity: "warning",
        category: "long-lived-keys",
        description: "Terraform `aws_iam_access_key`, CloudFormation `AWS::IAM::AccessKey` or CDK `iam.AccessKey`.",
        availableFrom: "Terraform and CloudFormation support (issue 3)"
      },
      {
        id: "secret-aws-access-key",
        title: "AWS access key written in a file",
        defaultSeverity: "error",
        category: "long-lived-keys",
        description: "A literal access key id, or a 40-character secret assigned to a secret-key name, in any scanned file; output masks all but the last four characters.",
        variants: "info for AWS's documented example key",
        availableFrom: "workflow support (issue 4), for every scanned file kind"
      },
      {
        id: "aws-user-access-key",
        title: "IAM user with an active access key",
        defaultSeverity: "warning",
        category: "long-lived-keys",
        description: "Live scan: an IAM user has an active access key (age and last use in the message).",
        availableFrom: "live-account scan (issue 6)"
      },
      {
        id: "access-analyzer",
        title: "IAM Access Analyzer finding",
        defaultSeverity: "warning",
        category: "online",
        description: "Each ValidatePolicy finding, with its issueCode.",
        variants: "error for ERROR and SECURITY_WARNING, info for SUGGESTION",
        availableFrom: "Access Analyzer checks (issue 6)"
      },
      {
        id: "access-analyzer-public",
        title: "Access Analyzer: trust policy grants public access",
        defaultSeverity: "error",
        category: "online",
        description: "CheckNoPublicAccess returns FAIL for a trust policy (opt-in: a charged call).",
        availableFrom: "Access Analyzer checks (issue 6)"
      },
      {
        id: "aws-check-failed",
        title: "An AWS call failed",
        defaultSeverity: "warning",
        category: "online",
        description: "An AWS call failed: AccessDenied names the missing permission; network or 5xx after retries.",
        availableFrom: "Access Analyzer checks and live scan (issue 6)"
      },
      {
        id: "parse-error",
        title: "File cannot be parsed",
        defaultSeverity: "error",
        category: "input",
        description: "A workflow, a `*.tf`/`*.tf.json`, a `*.template`, or an explicitly named file cannot be parsed; the location is the parser's. Walked `*.json`, `*.y{a,}ml` and `*.tpl` files that do not parse are skipped."
      },
      {
        id: "input-error",
        title: "File could not be read or analysed",
        defaultSeverity: "warning",
        category: "input",
        description: "A file could not be read or analysed within limits (size, YAML alias expansion, depth or evaluation-step cap), is unreadable or not UTF-8, or is reached through a symlink loop.",
        variants: "info when an explicitly named file has no recognised kind"
      }
    ];
    BY_ID = new Map(CATALOG.map((r) => [r.id, r]));
  }
});

// packages/core/dist/config.js
function configSchema() {
  const ruleIds = CATALOG.map((r) => r.id);
  const stringList = { type: "array", items: { type: "string", minLength: 1 } };
  return {
    $schema: "http://json-schema.org/draft-07/schema#",
    $id: "https://trustlint.dev/schema/config.json",
    title: "trustlint configuration",
    type: "object",
    additionalProperties: false,
    properties: {
      $schema: { type: "string" },
      rules: {
        type: "object",
        description: 'Severity per rule id, or "off".',
        additionalProperties: false,
        properties: Object.fromEntries(ruleIds.map((id) => [id, { enum: ["error", "warning", "info", "off"] }]))
      },
      owners: { ...stringList, description: "GitHub owners you trust (only changes messages)." },
      repository: {
        type: "string",
        pattern: "^[A-Za-z0-9-]+/[A-Za-z0-9._-]+$",
        description: "owner/repo, used when the git remote origin is absent."
      },
      deployBranch: { type: "string", minLength: 1, description: "Branch named in fix suggestions." },
      audiences: { ...stringList, description: "Audiences OIDC providers should accept." },
      issuers: { ...stringList, description: "Extra OIDC issuer URLs treated as GitHub issuers." },
      ignore: { ...stringList, description: "Globs relative to the config file." },
      ignoreFindings: {
        type: "array",
        items: {
          type: "object",
          additionalProperties: false,
          required: ["file", "rule", "reason"],
          properties: {
            file: { type: "string", minLength: 1 },
            rule: { enum: ruleIds },
            reason: { type: "string", minLength: 1 }
          }
        }
      }
    }
  };
}
var DEFAULT_AUDIENCES;
var init_config = __esm({
  "packages/core/dist/config.js"() {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
    init_rules();
    DEFAULT_AUDIENCES = ["sts.amazonaws.com"];
  }
});

// packages/core/dist/iam/operators.js
function isBaseOperator(name) {
  return Object.hasOwn(POSITIVE_OF, name);
}
function positiveBase(base) {
  return POSITIVE_OF[base];
}
function isNegated(base) {
  return POSITIVE_OF[base] !== base;
}
function parseOperator(name) {
  let rest = name;
  let set;
  const prefix = SET_PREFIX.exec(rest);
  if (prefix) {
    set = prefix[1] === "ForAllValues" ? "ForAllValues" : "ForAnyValue";
    rest = rest.slice(prefix[0].length);
  }
  const ifExists = rest.endsWith(IF_EXISTS);
  if (ifExists)
    rest = rest.slice(0, -IF_EXISTS.length);
  if (!isBaseOperator(rest))
    return null;
  if (rest === "Null" && (ifExists || set !== void 0))
    return null;
  const parsed = { base: rest, ifExists, negated: isNegated(rest) };
  if (set)
    parsed.set = set;
  return parsed;
}
var POSITIVE_OF, SET_PREFIX, IF_EXISTS;
var init_operators = __esm({
  "packages/core/dist/iam/operators.js"() {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
    POSITIVE_OF = {
      StringEquals: "StringEquals",
      StringNotEquals: "StringEquals",
      StringEqualsIgnoreCase: "StringEqualsIgnoreCase",
      StringNotEqualsIgnoreCase: "StringEqualsIgnoreCase",
      StringLike: "StringLike",
      StringNotLike: "StringLike",
      NumericEquals: "NumericEquals",
      NumericNotEquals: "NumericEquals",
      NumericLessThan: "NumericLessThan",
      NumericLessThanEquals: "NumericLessThanEquals",
      NumericGreaterThan: "NumericGreaterThan",
      NumericGreaterThanEquals: "NumericGreaterThanEquals",
      DateEquals: "DateEquals",
      DateNotEquals: "DateEquals",
      DateLessThan: "DateLessThan",
      DateLessThanEquals: "DateLessThanEquals",
      DateGreaterThan: "DateGreaterThan",
      DateGreaterThanEquals: "DateGreaterThanEquals",
      Bool: "Bool",
      BinaryEquals: "BinaryEquals",
      IpAddress: "IpAddress",
      NotIpAddress: "IpAddress",
      ArnEquals: "ArnEquals",
      ArnLike: "ArnLike",
      ArnNotEquals: "ArnEquals",
      ArnNotLike: "ArnLike",
      Null: "Null"
    };
    SET_PREFIX = /^(ForAllValues|ForAnyValue):/;
    IF_EXISTS = "IfExists";
  }
});

// packages/core/dist/iam/normalize.js
function effectiveMembers(obj) {
  const last = /* @__PURE__ */ new Map();
  for (const m of obj.members)
    last.set(m.key, m);
  return obj.members.filter((m) => last.get(m.key) === m);
}
function reportDuplicates(node, path, problems) {
  if (node.type === "array") {
    node.items.forEach((item, i) => {
      reportDuplicates(item, [...path, i], problems);
    });
    return;
  }
  if (node.type !== "object")
    return;
  const kept = effectiveMembers(node);
  const keptSet = new Set(kept);
  for (const m of node.members) {
    if (keptSet.has(m))
      continue;
    const memberPath = [...path, m.key];
    problems.push({
      code: "duplicate-key",
      message: `duplicate key "${m.key}": the last occurrence is used (how IAM treats duplicates is unverified)`,
      path: memberPath,
      otherPath: memberPath,
      otherMember: m
    });
  }
  for (const m of kept)
    reportDuplicates(m.value, [...path, m.key], problems);
}
function describe(node) {
  return node.type === "object" || node.type === "array" ? `an ${node.type}` : `a ${node.type}`;
}
function readStringList(node, path, what, report) {
  if (node.type === "string")
    return [{ value: node.value, path }];
  if (node.type !== "array") {
    report("invalid-type", `${what} must be a string or an array of strings, not ${describe(node)}`, path);
    return void 0;
  }
  const out = [];
  node.items.forEach((item, i) => {
    if (item.type === "string")
      out.push({ value: item.value, path: [...path, i] });
    else
      report("invalid-type", `${what} values must be strings, not ${describe(item)}`, [...path, i]);
  });
  return out;
}
function readConditionScalar(node, path, report) {
  if (node.type === "string")
    return { value: node.value, path };
  if (node.type === "number" || node.type === "boolean")
    return { value: node.text, path };
  report("invalid-type", `condition values must be strings, numbers or booleans, not ${describe(node)}`, path);
  return void 0;
}
function checkBooleanValues(values, operator, report) {
  for (const v of values) {
    if (!BOOLEAN_TEXT.test(v.value) && !hasMarker(v.value)) {
      report("invalid-type", `"${operator}" values must be "true" or "false"; "${v.value}" never matches`, v.path);
    }
  }
}
function readConditionValues(node, path, report) {
  const items = node.type === "array" ? node.items.map((item, i) => ({ item, path: [...path, i] })) : [{ item: node, path }];
  const out = [];
  for (const { item, path: itemPath } of items) {
    const value = readConditionScalar(item, itemPath, report);
    if (value)
      out.push(value);
  }
  return out;
}
function readCondition(node, path, report) {
  if (node.type !== "object") {
    report("invalid-type", `Condition must be an object, not ${describe(node)}`, path);
    return [];
  }
  const entries = [];
  for (const op of effectiveMembers(node)) {
    const operatorPath = [...path, op.key];
    const parsed = parseOperator(op.key);
    if (!parsed)
      report("unknown-operator", `unknown condition operator "${op.key}": its result is unknown`, operatorPath);
    if (op.value.type !== "object") {
      report("invalid-type", `the block of "${op.key}" must be an object, not ${describe(op.value)}`, operatorPath);
      continue;
    }
    for (const k of effectiveMembers(op.value)) {
      const keyPath = [...operatorPath, k.key];
      const values = readConditionValues(k.value, keyPath, report);
      if (parsed?.base === "Null" || parsed?.base === "Bool")
        checkBooleanValues(values, op.key, report);
      entries.push({ operator: op.key, operatorPath, parsed, key: k.key, keyPath, values });
    }
  }
  return entries;
}
function readPrincipal(node, path, report) {
  if (node.type === "string" && node.value === "*")
    return { kind: "wildcard", path };
  if (node.type !== "object") {
    report("invalid-type", `a principal must be "*" or an object of principal types, not ${describe(node)}`, path);
    return void 0;
  }
  const entries = [];
  for (const m of effectiveMembers(node)) {
    const entryPath = [...path, m.key];
    const values = readStringList(m.value, entryPath, `principal type ${m.key}`, report);
    if (values)
      entries.push({ type: m.key, values, path: entryPath });
  }
  return { kind: "map", path, entries };
}
function readEffect(node, path, report) {
  if (node.type === "string" && (node.value === "Allow" || node.value === "Deny"))
    return node.value;
  const shown = node.type === "string" ? `"${node.value}"` : describe(node);
  report("invalid-effect", `Effect must be exactly "Allow" or "Deny", not ${shown}: the statement never applies`, path);
  return null;
}
function readElement(st, m, report) {
  const path = [...st.path, m.key];
  switch (m.key) {
    case "Sid":
      if (m.value.type === "string")
        st.sid = m.value.value;
      else
        report("invalid-type", `Sid must be a string, not ${describe(m.value)}`, path);
      return true;
    case "Effect":
      st.effect = readEffect(m.value, path, report);
      return true;
    case "Principal":
      st.principal = readPrincipal(m.value, path, report);
      return true;
    case "NotPrincipal":
      st.notPrincipal = readPrincipal(m.value, path, report);
      return true;
    case "Action":
      st.action = readStringList(m.value, path, "Action", report);
      st.actionPath = path;
      return true;
    case "NotAction":
      st.notAction = readStringList(m.value, path, "NotAction", report);
      st.notActionPath = path;
      return true;
    case "Condition":
      st.conditions = readCondition(m.value, path, report);
      st.conditionPath = path;
      return true;
    case "Resource":
    case "NotResource":
      return true;
    // irrelevant to who may assume the role
    default:
      return false;
  }
}
function reportMissing(st, keys, report) {
  if (!keys.has("Effect"))
    report("missing-element", "statement has no Effect: it never applies", st.path);
  if (!keys.has("Action") && !keys.has("NotAction")) {
    report("missing-element", "statement has neither Action nor NotAction: it applies to no action", st.path);
  }
  if (!keys.has("Principal") && !keys.has("NotPrincipal")) {
    report("missing-element", "statement has neither Principal nor NotPrincipal: it applies to nobody", st.path);
  }
}
function readStatement(node, index, path, report) {
  if (node.type !== "object") {
    report("invalid-type", `a statement must be an object, not ${describe(node)}`, path);
    return void 0;
  }
  const st = { index, path, effect: null, conditions: [] };
  const members = effectiveMembers(node);
  for (const m of members) {
    if (!readElement(st, m, report))
      report("unknown-element", `unknown statement element "${m.key}"`, [...path, m.key]);
  }
  reportMissing(st, new Set(members.map((m) => m.key)), report);
  return st;
}
function readStatements(node, report) {
  if (!node) {
    report("missing-element", "policy has no Statement", []);
    return [];
  }
  if (node.type === "object") {
    const st = readStatement(node, 0, ["Statement"], report);
    return st ? [st] : [];
  }
  if (node.type !== "array") {
    report("invalid-type", `Statement must be an object or an array, not ${describe(node)}`, ["Statement"]);
    return [];
  }
  const out = [];
  node.items.forEach((item, i) => {
    const st = readStatement(item, i, ["Statement", i], report);
    if (st)
      out.push(st);
  });
  return out;
}
function readVersion(node, report) {
  if (!node)
    return { version: void 0, variablesEnabled: false };
  const version = node.type === "string" ? node.value : node.type === "number" ? node.text : void 0;
  if (version === VARIABLES_VERSION)
    return { version, variablesEnabled: true };
  if (version !== LEGACY_VERSION) {
    report("invalid-version", `Version must be "${VARIABLES_VERSION}" (or "${LEGACY_VERSION}"); policy variables are read as literal text`, ["Version"]);
  }
  return { version, variablesEnabled: false };
}
function normalizePolicy(root) {
  const problems = [];
  reportDuplicates(root, [], problems);
  const report = (code, message, path) => {
    problems.push({ code, message, path });
  };
  const top = new Map(effectiveMembers(root).map((m) => [m.key, m.value]));
  for (const key of top.keys()) {
    if (!TOP_LEVEL_ELEMENTS.has(key))
      report("unknown-element", `unknown policy element "${key}"`, [key]);
  }
  const { version, variablesEnabled } = readVersion(top.get("Version"), report);
  const statements = readStatements(top.get("Statement"), report);
  return { version, variablesEnabled, statements, problems };
}
var VARIABLES_VERSION, LEGACY_VERSION, TOP_LEVEL_ELEMENTS, BOOLEAN_TEXT;
var init_normalize = __esm({
  "packages/core/dist/iam/normalize.js"() {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
    init_policy();
    init_operators();
    VARIABLES_VERSION = "2012-10-17";
    LEGACY_VERSION = "2008-10-17";
    TOP_LEVEL_ELEMENTS = /* @__PURE__ */ new Set(["Version", "Id", "Statement"]);
    BOOLEAN_TEXT = /^(?:true|false)$/i;
  }
});

// packages/core/dist/rules/define.js
function defineRule(rule) {
  return rule;
}
var init_define = __esm({
  "packages/core/dist/rules/define.js"() {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
  }
});

// packages/core/dist/rules/scope-common.js
function policyNames(ctx, v) {
  const parts = collectUnresolved(ctx.document.root).map((u) => u.part);
  const display = (value) => displayValue(value, parts);
  const k = ctx.trust.providers.find((p) => p.provider.arn === v.provider.arn)?.knowledge;
  const firstRepo = k ? [...k.repos.values()][0] : void 0;
  const configOwners = ctx.config.owners ?? [];
  const patternOwners = [...k?.ownerPatterns ?? []].map((p) => p.replace(/[*?].*$/s, "")).filter((p) => p.length > 1);
  const owners = [.../* @__PURE__ */ new Set([...k?.owners ?? [], ...configOwners, ...patternOwners])].map(display);
  const [repoOwner, repoName] = ctx.config.repository?.split("/") ?? [];
  const owner = firstRepo ? display(firstRepo.owner) : owners[0] ?? repoOwner ?? "<owner>";
  return {
    owner,
    repo: firstRepo ? display(firstRepo.repo) : repoName ?? "<repo>",
    branch: ctx.config.deployBranch ?? "main",
    ownersText: owners.length ? owners.join(", ") : "your organisation",
    role: ctx.document.roleName ? `role ${ctx.document.roleName}` : "this role",
    display,
    knownOwner: (name) => owners.includes(display(name))
  };
}
function classPhrase(cls) {
  return CLASS_PHRASE[cls];
}
function why(v, names) {
  const f = v.finding;
  if (!f)
    return "";
  const e = f.evidence;
  switch (e.kind) {
    case "matched-sub":
      return `sub ${e.operator ?? ""} '${names.display(e.value ?? "")}' admits it`;
    case "matched-other":
      return `'${names.display(e.value ?? "")}' (${e.operator ?? ""}) is the only value that restricts it`;
    case "absent-key":
      return `${e.operator ?? "the condition"} on "${e.value ?? ""}" passes when the token lacks that key`;
    case "non-positive-sub":
      return `${e.operator ?? "the operator"} on sub does not restrict tokens it does not name`;
    case "no-sub":
      return "no condition restricts sub, the repository or the owner";
  }
}
function witnessText(w, names) {
  return `sub "${names.display(w.claims.sub ?? "")}"`;
}
function reportScope(ctx, ruleId, text) {
  for (const v of ctx.trust.scope()) {
    const f = v.finding;
    if (f?.ruleId !== ruleId)
      continue;
    const names = policyNames(ctx, v);
    const also = f.also.length ? ` Also admitted: ${f.also.map((id) => RULE_PHRASE[id]).join(", ")}.` : "";
    const principalNote = v.provider.unresolvedPrincipal ? ` (the Federated principal is unresolved: taken to be the ${v.provider.prefix} provider its condition keys use)` : "";
    const stmt = v.statement.sid ? `statement "${v.statement.sid}"` : `statement ${v.statement.index}`;
    ctx.report({
      message: `${text.who(v, names)} can assume ${names.role} through ${stmt}${principalNote}: ${why(v, names)} (e.g. a token with ${witnessText(f.witness, names)}).${also} Fix: ${text.fix(v, names)}.`,
      path: f.evidence.path,
      at: f.evidence.at,
      witness: witnessFor(ctx, v, names),
      properties: { provider: v.provider.prefix, statement: v.statement.index, outsider: f.witness.cls }
    });
  }
}
function witnessFor(ctx, v, names) {
  const claims = v.finding?.witness.claims ?? {};
  const tested = /* @__PURE__ */ new Set(["sub", "aud"]);
  const prefix = v.provider.prefix.toLowerCase() + ":";
  for (const s of ctx.policy.statements) {
    for (const c of s.conditions) {
      const key = c.key.toLowerCase();
      if (key.startsWith(prefix))
        tested.add(key.slice(prefix.length));
    }
  }
  const out = {};
  for (const claim of tested) {
    const value = claims[claim];
    if (value !== void 0)
      out[claim] = names.display(value);
  }
  return out;
}
var CLASS_PHRASE, RULE_PHRASE;
var init_scope_common = __esm({
  "packages/core/dist/rules/scope-common.js"() {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
    init_policy();
    CLASS_PHRASE = {
      "other-owner": "repositories of other owners",
      "reusable-caller": "callers of the reusable workflow",
      "other-repo": "other repositories of the owner",
      "repo-name-match": "repositories whose names match the wildcard",
      "other-ids": "re-registered names with new ids",
      "new-branch": "new branches",
      "new-tag": "new tags",
      "new-environment": "new environments",
      "pull-request": "pull requests"
    };
    RULE_PHRASE = {
      "oidc-any-owner": "any owner",
      "oidc-reusable-workflow-only": "callers of the reusable workflow",
      "oidc-owner-wide": "other repositories of the owner",
      "oidc-repo-prefix": "repositories matching the name wildcard",
      "oidc-id-wildcard": "re-registered names",
      "oidc-any-context": "any branch, environment or pull request",
      "oidc-pull-request": "pull requests",
      "oidc-ref-wildcard": "new branches, tags or environments"
    };
  }
});

// packages/core/dist/rules/oidc-any-context.js
var oidc_any_context_default;
var init_oidc_any_context = __esm({
  "packages/core/dist/rules/oidc-any-context.js"() {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
    init_define();
    init_scope_common();
    oidc_any_context_default = defineRule({
      id: "oidc-any-context",
      policy(ctx) {
        reportScope(ctx, "oidc-any-context", {
          who: (_v, n) => `Any branch, environment or pull request of ${n.owner}/${n.repo}`,
          fix: (_v, n) => `pin the branch: "repo:${n.owner}/${n.repo}:ref:refs/heads/${n.branch}", or a protected environment: "repo:${n.owner}/${n.repo}:environment:<name>"`
        });
      }
    });
  }
});

// packages/core/dist/rules/oidc-any-owner.js
var oidc_any_owner_default;
var init_oidc_any_owner = __esm({
  "packages/core/dist/rules/oidc-any-owner.js"() {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
    init_define();
    init_scope_common();
    oidc_any_owner_default = defineRule({
      id: "oidc-any-owner",
      policy(ctx) {
        reportScope(ctx, "oidc-any-owner", {
          who: (_v, n) => `Any GitHub repository outside ${n.ownersText}`,
          fix: (_v, n) => `restrict sub with StringEquals to your repository and branch, e.g. "repo:${n.owner}/${n.repo}:ref:refs/heads/${n.branch}" (an owner-wide pattern needs the slash: "repo:${n.owner}/*")`
        });
      }
    });
  }
});

// packages/core/dist/iam/match.js
function markerLength(raw, i) {
  if (raw[i] !== UNRESOLVED_OPEN)
    return 0;
  const close = raw.indexOf(UNRESOLVED_CLOSE, i + 1);
  if (close < 0 || !MARKER_DIGITS.test(raw.slice(i + 1, close)))
    return 0;
  return close - i + 1;
}
function variableToken(body, raw) {
  if (ESCAPES.has(body))
    return { kind: "text", text: body };
  const m = VARIABLE_BODY.exec(body);
  if (!m?.[1])
    return null;
  return { kind: "variable", key: m[1], fallback: m[2], raw };
}
function tokenize(raw, syntax) {
  const key = `${syntax.wildcards ? "w" : "-"}${syntax.variables ? "v" : "-"}${raw}`;
  const cached2 = TOKEN_CACHE.get(key);
  if (cached2)
    return cached2;
  const tokens = tokenizeUncached(raw, syntax);
  if (TOKEN_CACHE.size >= TOKEN_CACHE_LIMIT)
    TOKEN_CACHE.clear();
  TOKEN_CACHE.set(key, tokens);
  return tokens;
}
function tokenizeUncached(raw, syntax) {
  const tokens = [];
  let text = "";
  const push = (token) => {
    if (text)
      tokens.push({ kind: "text", text });
    text = "";
    tokens.push(token);
  };
  let i = 0;
  while (i < raw.length) {
    const ch = raw.charAt(i);
    const marker = markerLength(raw, i);
    if (marker > 0) {
      push({ kind: "marker", text: raw.slice(i, i + marker) });
      i += marker;
      continue;
    }
    if (syntax.variables && raw.startsWith("${", i)) {
      const close = raw.indexOf("}", i + 2);
      const token = close < 0 ? null : variableToken(raw.slice(i + 2, close), raw.slice(i, close + 1));
      if (token) {
        push(token);
        i = close + 1;
        continue;
      }
    }
    if (syntax.wildcards && ch === "*")
      push({ kind: "any" });
    else if (syntax.wildcards && ch === "?")
      push({ kind: "one" });
    else
      text += ch;
    i += 1;
  }
  if (text)
    tokens.push({ kind: "text", text });
  return tokens;
}
function hasMarkerToken(tokens) {
  return tokens.some((t) => t.kind === "marker");
}
function resolveVariables(tokens, lookup) {
  const out = [];
  for (const t of tokens) {
    if (t.kind !== "variable") {
      out.push(t);
      continue;
    }
    const value = lookup(t.key) ?? t.fallback;
    if (value === void 0)
      return null;
    out.push({ kind: "text", text: value });
  }
  return out;
}
function fold(s, ignoreCase) {
  return ignoreCase ? s.toLowerCase() : s;
}
function toUnits(tokens, ignoreCase, markerAsWildcard) {
  const units = [];
  const pushText = (s) => {
    for (const ch of fold(s, ignoreCase))
      units.push(ch);
  };
  for (const t of tokens) {
    if (t.kind === "any")
      units.push(ANY);
    else if (t.kind === "one")
      units.push(ONE);
    else if (t.kind === "marker" && markerAsWildcard)
      units.push(ANY);
    else if (t.kind === "variable")
      pushText(t.raw);
    else
      pushText(t.text);
  }
  return units;
}
function globUnits(units, text) {
  let p = 0;
  let t = 0;
  let starP = -1;
  let starT = 0;
  while (t < text.length) {
    const u = units[p];
    if (u === ONE || typeof u === "string" && u === text[t]) {
      p += 1;
      t += 1;
    } else if (u === ANY) {
      starP = p;
      starT = t;
      p += 1;
    } else if (starP >= 0) {
      p = starP + 1;
      starT += 1;
      t = starT;
    } else {
      return false;
    }
  }
  while (units[p] === ANY)
    p += 1;
  return p === units.length;
}
function glob(units, value, ignoreCase) {
  return globUnits(units, Array.from(fold(value, ignoreCase)));
}
function matchTokens(tokens, value, ignoreCase, mode) {
  const certain = glob(toUnits(tokens, ignoreCase, false), value, ignoreCase);
  if (certain || mode === "literal" || !hasMarkerToken(tokens))
    return certain;
  return glob(toUnits(tokens, ignoreCase, true), value, ignoreCase) ? "unknown" : false;
}
function splitArnUnits(units) {
  const parts = [[]];
  for (const u of units) {
    if (u === ":" && parts.length < 6)
      parts.push([]);
    else
      parts[parts.length - 1]?.push(u);
  }
  return parts.length === 6 ? parts : null;
}
function arnComponentsMatch(units, value) {
  const pattern = splitArnUnits(units);
  const target = splitArnUnits(Array.from(value));
  if (!pattern || !target)
    return false;
  return pattern.every((component, i) => globUnits(component, target[i] ?? []));
}
function matchArnTokens(tokens, value, mode) {
  const certain = arnComponentsMatch(toUnits(tokens, false, false), value);
  if (certain || mode === "literal" || !hasMarkerToken(tokens))
    return certain;
  return glob(toUnits(tokens, false, true), value, false) ? "unknown" : false;
}
function matchesWildcard(pattern, value, ignoreCase) {
  return glob(toUnits(tokenize(pattern, { wildcards: true, variables: false }), ignoreCase, false), value, ignoreCase);
}
function actionMatches(pattern, action) {
  return matchesWildcard(pattern, action, true);
}
function actionMatchesTri(pattern, action, mode) {
  return matchTokens(tokenize(pattern, { wildcards: true, variables: false }), action, true, mode);
}
var ESCAPES, VARIABLE_BODY, MARKER_DIGITS, TOKEN_CACHE, TOKEN_CACHE_LIMIT, ANY, ONE;
var init_match = __esm({
  "packages/core/dist/iam/match.js"() {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
    init_policy();
    ESCAPES = /* @__PURE__ */ new Set(["*", "?", "$"]);
    VARIABLE_BODY = /^\s*([^,'\s](?:[^,']*[^,'\s])?)\s*(?:,\s*'([^']*)'\s*)?$/;
    MARKER_DIGITS = /^\d+$/;
    TOKEN_CACHE = /* @__PURE__ */ new Map();
    TOKEN_CACHE_LIMIT = 5e3;
    ANY = 0;
    ONE = 1;
  }
});

// packages/core/dist/github/issuers.js
function providerPrefix(value) {
  let v = value.trim();
  const arn = PROVIDER_ARN_RE.exec(v);
  if (arn?.[1] !== void 0)
    v = arn[1];
  v = v.replace(/^https?:\/\//i, "").replace(/\/+$/, "");
  const slash = v.indexOf("/");
  return slash < 0 ? v.toLowerCase() : v.slice(0, slash).toLowerCase() + v.slice(slash);
}
function githubIssuerKind(prefix, configured = []) {
  const p = prefix;
  if (p === "token.actions.githubusercontent.com")
    return "github.com";
  if (/^token\.actions\.githubusercontent\.com\/[^/]+$/.test(p))
    return "enterprise-slug";
  if (/^token\.actions\.[a-z0-9-]+\.ghe\.com(\/[^/]+)?$/.test(p))
    return "ghe.com";
  if (/^[a-z0-9.-]+(:\d+)?\/_services\/token$/.test(p))
    return "ghes";
  if (p === "vstoken.actions.githubusercontent.com")
    return "legacy-vstoken";
  if (configured.some((c) => providerPrefix(c) === p))
    return "configured";
  return void 0;
}
function looksLikeGitHubPrefix(prefix) {
  return githubIssuerKind(prefix) !== void 0 || /githubusercontent\.com/i.test(prefix) || /\.ghe\.com/i.test(prefix) || /\/_services\/token$/i.test(prefix) || /^github\.com\/enterprises\//i.test(prefix);
}
function syntheticProviderArn(prefix) {
  return `arn:aws:iam::000000000000:oidc-provider/${prefix}`;
}
function splitConditionKey(key) {
  const i = key.lastIndexOf(":");
  if (i <= 0)
    return void 0;
  return { prefix: key.slice(0, i), claim: key.slice(i + 1) };
}
var PROVIDER_ARN_RE;
var init_issuers = __esm({
  "packages/core/dist/github/issuers.js"() {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
    PROVIDER_ARN_RE = /^arn:aws[a-z-]*:iam::[^:]*:oidc-provider\/(.+)$/;
  }
});

// packages/core/dist/rules/oidc-audience.js
function clientIdsFor(providers, prefix) {
  const ids = [];
  let known = false;
  for (const p of providers) {
    if (providerPrefix(p.url) !== prefix || p.clientIds === "unresolved")
      continue;
    if (p.clientIds.some((c) => hasMarker(c.value)))
      continue;
    known = true;
    ids.push(...p.clientIds.map((c) => c.value));
  }
  return known ? ids : void 0;
}
function someClientIdAdmitted(entries, clientIds) {
  return clientIds.some((id) => entries.every((e) => {
    const base = e.parsed?.base;
    const ignoreCase = base === "StringEqualsIgnoreCase";
    const wildcard = base === "StringLike";
    if (base !== "StringEquals" && base !== "StringEqualsIgnoreCase" && base !== "StringLike")
      return true;
    return e.values.some((v) => hasMarker(v.value) || (wildcard ? matchesWildcard(v.value, id, false) : ignoreCase ? v.value.toLowerCase() === id.toLowerCase() : v.value === id));
  }));
}
var oidc_audience_default;
var init_oidc_audience = __esm({
  "packages/core/dist/rules/oidc-audience.js"() {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
    init_config();
    init_match();
    init_issuers();
    init_policy();
    init_define();
    oidc_audience_default = defineRule({
      id: "oidc-audience",
      policy(ctx) {
        const audiences = ctx.config.audiences ?? DEFAULT_AUDIENCES;
        for (const { provider, statements } of ctx.trust.providers) {
          const audKey = `${provider.prefix}:aud`.toLowerCase();
          for (const statement of statements) {
            const audEntries = statement.conditions.filter((e) => e.key.toLowerCase() === audKey && e.parsed && !e.parsed.negated && e.parsed.base !== "Null");
            const clientIds = clientIdsFor(ctx.providersInScan, provider.prefix);
            if (audEntries.length === 0) {
              if (clientIds?.length && clientIds.every((id) => audiences.includes(id))) {
                ctx.report({
                  path: statement.conditionPath ?? statement.path,
                  severity: "info",
                  message: `no condition on ${provider.prefix}:aud, but the provider in this scan only accepts ${clientIds.map((i) => `"${i}"`).join(", ")}, which it enforces; adding "StringEquals": {"${provider.prefix}:aud": "${audiences[0] ?? "sts.amazonaws.com"}"} documents the intent.`,
                  properties: { provider: provider.prefix, clientIds }
                });
                continue;
              }
              ctx.report({
                path: statement.conditionPath ?? statement.path,
                message: `no condition on ${provider.prefix}:aud: tokens minted for any audience are accepted (the provider's client-id list is the only check). Add "StringEquals": {"${provider.prefix}:aud": "${audiences[0] ?? "sts.amazonaws.com"}"}.`,
                properties: { provider: provider.prefix }
              });
              continue;
            }
            if (clientIds && !someClientIdAdmitted(audEntries, clientIds)) {
              const first = audEntries[0];
              ctx.report({
                path: first ? first.keyPath : statement.path,
                at: "key",
                severity: "error",
                message: `the aud condition admits none of the audiences the ${provider.prefix} provider in this scan accepts (${clientIds.map((i) => `"${i}"`).join(", ")}): no token can assume this role. Align the aud value with the provider's client-id list.`,
                properties: { provider: provider.prefix, clientIds }
              });
              continue;
            }
            for (const entry of audEntries) {
              if (entry.parsed?.base !== "StringLike")
                continue;
              for (const v of entry.values) {
                if (!/[*?]/.test(v.value))
                  continue;
                ctx.report({
                  path: v.path,
                  message: `wildcard audience "${v.value}" on ${provider.prefix}:aud: any audience the requester picks that matches it is accepted. Use StringEquals with "${audiences[0] ?? "sts.amazonaws.com"}".`,
                  properties: { provider: provider.prefix }
                });
              }
            }
          }
        }
      }
    });
  }
});

// packages/core/dist/rules/oidc-id-wildcard.js
var oidc_id_wildcard_default;
var init_oidc_id_wildcard = __esm({
  "packages/core/dist/rules/oidc-id-wildcard.js"() {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
    init_define();
    init_scope_common();
    oidc_id_wildcard_default = defineRule({
      id: "oidc-id-wildcard",
      policy(ctx) {
        reportScope(ctx, "oidc-id-wildcard", {
          who: (v, n) => {
            const id = v.finding?.witness.identity;
            return `Whoever re-registers ${id ? `${n.display(id.owner)}/${n.display(id.repo)}` : "the names"} after a deletion or rename (same names, new immutable ids)`;
          },
          fix: (v, n) => {
            const id = v.finding?.witness.identity;
            return `pin the ids instead of wildcards: "repo:${id ? n.display(id.owner) : n.owner}@<owner-id>/${id ? n.display(id.repo) : n.repo}@<repo-id>:\u2026" (the ids are in every token of the repository), or add repository_id and repository_owner_id conditions`;
          }
        });
      }
    });
  }
});

// packages/core/dist/github/claims.js
function isStsClaim(claim) {
  return STS_GITHUB_CLAIMS.includes(claim);
}
function isGitHubClaim(claim) {
  return GITHUB_TOKEN_CLAIMS.includes(claim) || /^repo_property_[a-z0-9_]+$/i.test(claim);
}
function isSubTemplateKey(key) {
  return key === "repo" || key === "context" || isGitHubClaim(key);
}
var STS_GITHUB_CLAIMS, GITHUB_TOKEN_CLAIMS;
var init_claims = __esm({
  "packages/core/dist/github/claims.js"() {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
    STS_GITHUB_CLAIMS = [
      "sub",
      "aud",
      "actor",
      "actor_id",
      "enterprise_id",
      "environment",
      "job_workflow_ref",
      "ref",
      "repository",
      "repository_id",
      "repository_owner_id",
      "workflow"
    ];
    GITHUB_TOKEN_CLAIMS = [
      ...STS_GITHUB_CLAIMS,
      "iss",
      "exp",
      "iat",
      "nbf",
      "jti",
      "base_ref",
      "check_run_id",
      "enterprise",
      "event_name",
      "head_ref",
      "job_workflow_sha",
      "ref_type",
      "ref_protected",
      "repository_visibility",
      "repository_owner",
      "run_id",
      "run_number",
      "run_attempt",
      "runner_environment",
      "workflow_ref",
      "workflow_sha",
      "sha",
      "environment_node_id"
    ];
  }
});

// packages/core/dist/rules/github-entries.js
function githubEntries(ctx) {
  const out = [];
  for (const statement of ctx.policy.statements) {
    const providers = ctx.trust.providers.filter((p) => p.statements.includes(statement)).map((p) => p.provider);
    if (providers.length === 0)
      continue;
    for (const entry of statement.conditions) {
      const split = splitConditionKey(entry.key);
      if (!split || !looksLikeGitHubPrefix(split.prefix))
        continue;
      out.push({ statement, entry, prefix: split.prefix.toLowerCase(), claim: split.claim.toLowerCase(), providers });
    }
  }
  return out;
}
var init_github_entries = __esm({
  "packages/core/dist/rules/github-entries.js"() {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
    init_issuers();
  }
});

// packages/core/dist/rules/oidc-key-mismatch.js
function distance(a, b) {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0] ?? 0;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cur = row[j] ?? 0;
      row[j] = Math.min(cur + 1, (row[j - 1] ?? 0) + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = cur;
    }
  }
  return row[b.length] ?? 0;
}
function closestClaim(claim) {
  let best;
  for (const c of STS_GITHUB_CLAIMS) {
    const d = distance(claim, c);
    if (!best || d < best.d)
      best = { c, d };
  }
  if (claim.startsWith("sub") || claim === "subject")
    return "sub";
  if (claim === "repo")
    return "repository";
  return best && best.d <= 3 ? best.c : void 0;
}
var oidc_key_mismatch_default;
var init_oidc_key_mismatch = __esm({
  "packages/core/dist/rules/oidc-key-mismatch.js"() {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
    init_claims();
    init_define();
    init_github_entries();
    oidc_key_mismatch_default = defineRule({
      id: "oidc-key-mismatch",
      policy(ctx) {
        for (const { entry, prefix, claim, providers } of githubEntries(ctx)) {
          const negatedOrLoose = !entry.parsed || entry.parsed.negated || entry.parsed.ifExists || entry.parsed.set === "ForAllValues";
          const effect = negatedOrLoose ? "so this check is void: it passes for every token" : "so this condition never matches and the role is unusable";
          const matching = providers.filter((p) => p.prefix.toLowerCase() === prefix);
          if (matching.length === 0) {
            ctx.report({
              path: entry.keyPath,
              at: "key",
              message: `condition key "${entry.key}" does not belong to the trusted provider ${providers.map((p) => p.prefix).join(", ")}: its tokens set keys with the prefix "${providers[0]?.prefix ?? ""}:", ${effect}. Use "${providers[0]?.prefix ?? ""}:${claim}".`,
              properties: { key: entry.key, provider: providers.map((p) => p.prefix) }
            });
            continue;
          }
          if (isStsClaim(claim))
            continue;
          if (isGitHubClaim(claim)) {
            ctx.report({
              path: entry.keyPath,
              at: "key",
              severity: "warning",
              message: `"${claim}" is a GitHub token claim that AWS STS does not turn into a condition key, so "${entry.key}" is absent from every request, ${effect}. Keys AWS supports: ${STS_GITHUB_CLAIMS.join(", ")}.`,
              properties: { key: entry.key }
            });
            continue;
          }
          const guess = closestClaim(claim);
          ctx.report({
            path: entry.keyPath,
            at: "key",
            message: `"${claim}" is not a claim of GitHub tokens${guess ? ` (did you mean "${guess}"?)` : ""}: "${entry.key}" is absent from every request, ${effect}.`,
            properties: { key: entry.key, ...guess ? { suggestion: guess } : {} }
          });
        }
      }
    });
  }
});

// packages/core/dist/rules/oidc-owner-wide.js
var oidc_owner_wide_default;
var init_oidc_owner_wide = __esm({
  "packages/core/dist/rules/oidc-owner-wide.js"() {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
    init_define();
    init_scope_common();
    oidc_owner_wide_default = defineRule({
      id: "oidc-owner-wide",
      policy(ctx) {
        reportScope(ctx, "oidc-owner-wide", {
          who: (v, n) => {
            const id = v.finding?.witness.identity;
            const named = id && n.knownOwner(id.owner);
            return `Every repository of ${named ? n.display(id.owner) : `the owner with id ${id?.ownerId ?? "?"}`}, including ones created later,`;
          },
          fix: (v, n) => `name the repository, e.g. "repo:${v.finding ? n.display(v.finding.witness.identity.owner) : n.owner}/${n.repo}:ref:refs/heads/${n.branch}"`
        });
      }
    });
  }
});

// packages/core/dist/rules/oidc-pull-request.js
var oidc_pull_request_default;
var init_oidc_pull_request = __esm({
  "packages/core/dist/rules/oidc-pull-request.js"() {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
    init_define();
    init_scope_common();
    oidc_pull_request_default = defineRule({
      id: "oidc-pull-request",
      policy(ctx) {
        reportScope(ctx, "oidc-pull-request", {
          who: (_v, n) => `Pull-request runs of ${n.owner}/${n.repo} (code from any branch a writer pushes, before review)`,
          fix: (_v, n) => `remove the pull_request subject and trust the deploy branch only ("repo:${n.owner}/${n.repo}:ref:refs/heads/${n.branch}"); give pull requests a separate read-only role if they need AWS`
        });
      }
    });
  }
});

// packages/core/dist/rules/oidc-ref-wildcard.js
var oidc_ref_wildcard_default;
var init_oidc_ref_wildcard = __esm({
  "packages/core/dist/rules/oidc-ref-wildcard.js"() {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
    init_define();
    init_scope_common();
    oidc_ref_wildcard_default = defineRule({
      id: "oidc-ref-wildcard",
      policy(ctx) {
        reportScope(ctx, "oidc-ref-wildcard", {
          who: (v, n) => {
            const cls = v.finding?.witness.cls;
            return `Runs of ${n.owner}/${n.repo} from ${cls ? classPhrase(cls) : "new names"} (anyone who can push a branch or tag, or name an environment in a workflow)`;
          },
          fix: (_v, n) => `list the exact names, e.g. "repo:${n.owner}/${n.repo}:ref:refs/heads/${n.branch}", or an environment with protection rules`
        });
      }
    });
  }
});

// packages/core/dist/rules/oidc-repo-prefix.js
var oidc_repo_prefix_default;
var init_oidc_repo_prefix = __esm({
  "packages/core/dist/rules/oidc-repo-prefix.js"() {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
    init_define();
    init_scope_common();
    oidc_repo_prefix_default = defineRule({
      id: "oidc-repo-prefix",
      policy(ctx) {
        reportScope(ctx, "oidc-repo-prefix", {
          who: (v, n) => {
            const id = v.finding?.witness.identity;
            return `Another repository of ${id ? n.display(id.owner) : n.owner} whose name matches the wildcard (such as ${id ? n.display(id.repo) : "a new one"})`;
          },
          fix: () => "list the repositories by their exact names instead of a name wildcard"
        });
      }
    });
  }
});

// packages/core/dist/rules/oidc-reusable-workflow-only.js
var oidc_reusable_workflow_only_default;
var init_oidc_reusable_workflow_only = __esm({
  "packages/core/dist/rules/oidc-reusable-workflow-only.js"() {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
    init_define();
    init_scope_common();
    oidc_reusable_workflow_only_default = defineRule({
      id: "oidc-reusable-workflow-only",
      policy(ctx) {
        reportScope(ctx, "oidc-reusable-workflow-only", {
          who: () => "Any repository that can call the reusable workflow (whether outsiders can depends on its visibility, which the policy cannot show)",
          fix: (_v, n) => `also restrict the caller: add a sub condition such as "repo:${n.owner}/*" or a repository_owner_id condition with your owner's id`
        });
      }
    });
  }
});

// packages/core/dist/rules/oidc-set-operator.js
var oidc_set_operator_default;
var init_oidc_set_operator = __esm({
  "packages/core/dist/rules/oidc-set-operator.js"() {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
    init_define();
    init_github_entries();
    oidc_set_operator_default = defineRule({
      id: "oidc-set-operator",
      policy(ctx) {
        for (const { entry, claim } of githubEntries(ctx)) {
          const set = entry.parsed?.set;
          if (!set)
            continue;
          const plain = entry.operator.slice(set.length + 1);
          const meaning = set === "ForAllValues" ? "ForAllValues is also true when the key is absent (a token without this claim passes)" : "ForAnyValue on a single value only adds confusion";
          ctx.report({
            path: entry.operatorPath,
            at: "key",
            message: `${entry.operator} on "${entry.key}": GitHub's ${claim} claim is a single string, so set operators do not apply; ${meaning}. Use ${plain} instead.`,
            properties: { operator: entry.operator }
          });
        }
      }
    });
  }
});

// packages/core/dist/rules/oidc-stringequals-wildcard.js
function literalWildcards(value, variablesEnabled) {
  const stripped = variablesEnabled ? value.replace(/\$\{[*?$]\}/g, "") : value;
  return [...new Set(stripped.match(/[*?]/g) ?? [])];
}
var oidc_stringequals_wildcard_default;
var init_oidc_stringequals_wildcard = __esm({
  "packages/core/dist/rules/oidc-stringequals-wildcard.js"() {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
    init_define();
    init_github_entries();
    oidc_stringequals_wildcard_default = defineRule({
      id: "oidc-stringequals-wildcard",
      policy(ctx) {
        for (const { entry } of githubEntries(ctx)) {
          const base = entry.parsed?.base;
          if (base !== "StringEquals" && base !== "StringEqualsIgnoreCase")
            continue;
          for (const v of entry.values) {
            const chars = literalWildcards(v.value, ctx.policy.variablesEnabled);
            if (chars.length === 0)
              continue;
            ctx.report({
              path: v.path,
              message: `${entry.operator} compares "${v.value}" literally: ${chars.map((c) => `'${c}'`).join(" and ")} ${chars.length > 1 ? "are" : "is"} not a wildcard here, so no token matches this value and the role is unusable for it. If a pattern is meant, use StringLike and check what it admits; otherwise remove the character.`,
              properties: { operator: entry.operator }
            });
          }
        }
      }
    });
  }
});

// packages/core/dist/github/subject.js
function escapeClaimValue(value) {
  return value.replace(/:/g, "%3A");
}
function contextString(ctx) {
  switch (ctx.kind) {
    case "environment":
      return `environment:${escapeClaimValue(ctx.name)}`;
    case "pull_request":
      return "pull_request";
    case "branch":
      return `ref:refs/heads/${escapeClaimValue(ctx.name)}`;
    case "tag":
      return `ref:refs/tags/${escapeClaimValue(ctx.name)}`;
  }
}
function repoSegment(id, immutable) {
  return immutable ? `${id.owner}@${id.ownerId}/${id.repo}@${id.repoId}` : `${id.owner}/${id.repo}`;
}
function formatSubject(id, ctx, format, claims) {
  if (format.kind === "legacy")
    return `repo:${repoSegment(id, false)}:${contextString(ctx)}`;
  if (format.kind === "immutable")
    return `repo:${repoSegment(id, true)}:${contextString(ctx)}`;
  const parts = [];
  for (const key of format.keys) {
    if (key === "context")
      parts.push(contextString(ctx));
    else if (key === "repo")
      parts.push(`repo:${repoSegment(id, format.immutableRepo)}`);
    else {
      const value = claims[key];
      if (value === void 0)
        return void 0;
      parts.push(`${key}:${escapeClaimValue(value)}`);
    }
  }
  return parts.join(":");
}
function parseContext(text) {
  if (text === "pull_request")
    return { kind: "pull_request" };
  let m = /^environment:([^:]+)$/.exec(text);
  if (m?.[1])
    return { kind: "environment", name: m[1] };
  m = /^ref:refs\/heads\/([^:]+)$/.exec(text);
  if (m?.[1])
    return { kind: "branch", name: m[1] };
  m = /^ref:refs\/tags\/([^:]+)$/.exec(text);
  if (m?.[1])
    return { kind: "tag", name: m[1] };
  return void 0;
}
function validRepoName(name) {
  return name !== "." && name !== ".." && !/\.git$/i.test(name);
}
function parseDefaultSubject(sub) {
  const m = DEFAULT_RE.exec(sub);
  if (!m)
    return void 0;
  const [, owner, ownerId, repo, repoId, rest] = m;
  if (!owner || !repo || rest === void 0 || !validRepoName(repo))
    return void 0;
  if (ownerId === void 0 !== (repoId === void 0))
    return void 0;
  const context = parseContext(rest);
  if (!context)
    return void 0;
  return {
    format: ownerId ? "immutable" : "legacy",
    owner,
    repo,
    context,
    ...ownerId ? { ownerId } : {},
    ...repoId ? { repoId } : {}
  };
}
function isCarryableSubject(sub) {
  if (parseDefaultSubject(sub))
    return true;
  return parseCustomSubject(sub) !== void 0;
}
function parseCustomSubject(sub) {
  const tokens = sub.split(":");
  const pairs = [];
  let i = 0;
  while (i < tokens.length) {
    const key = tokens[i] ?? "";
    if (key === "pull_request") {
      pairs.push({ key: "context", value: "pull_request" });
      i += 1;
      continue;
    }
    if (!isSubTemplateKey(key) || key === "context")
      return void 0;
    const value = tokens[i + 1];
    if (value === void 0 || value === "")
      return void 0;
    if (key === "repo") {
      const seg = /^([A-Za-z0-9](?:[A-Za-z0-9_-]*[A-Za-z0-9])?)(@\d+)?\/([A-Za-z0-9._-]+)(@\d+)?$/.exec(value);
      if (!seg?.[3] || !validRepoName(seg[3]))
        return void 0;
    }
    if (key === "ref" && !/^refs\/(heads|tags|pull)\/.+/.test(value))
      return void 0;
    if ((key === "repository_id" || key === "repository_owner_id" || key === "actor_id") && !/^\d+$/.test(value))
      return void 0;
    pairs.push({ key, value });
    i += 2;
  }
  return pairs.length > 0 ? pairs : void 0;
}
var OWNER, REPO, DEFAULT_RE;
var init_subject = __esm({
  "packages/core/dist/github/subject.js"() {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
    init_claims();
    OWNER = "[A-Za-z0-9](?:[A-Za-z0-9_-]*[A-Za-z0-9])?";
    REPO = "[A-Za-z0-9._-]+";
    DEFAULT_RE = new RegExp(`^repo:(${OWNER})(?:@(\\d+))?/(${REPO})(?:@(\\d+))?:(.+)$`);
  }
});

// packages/core/dist/rules/oidc-subject-unmatchable.js
function patternCanMatchSubject(pattern, wildcards) {
  if (!wildcards)
    return isCarryableSubject(pattern);
  const pieces = pattern.split(/([*?])/);
  const slots = pieces.filter((p) => p === "*" || p === "?").length;
  let combos = 1;
  for (const p of pieces)
    if (p === "*")
      combos *= STAR_FILLERS.length;
    else if (p === "?")
      combos *= QUESTION_FILLERS.length;
  if (slots === 0)
    return isCarryableSubject(pattern);
  if (combos > MAX_COMPLETIONS)
    return true;
  const walk = (i, acc) => {
    if (i === pieces.length)
      return isCarryableSubject(acc);
    const piece = pieces[i] ?? "";
    const options = piece === "*" ? STAR_FILLERS : piece === "?" ? QUESTION_FILLERS : [piece];
    return options.some((o) => walk(i + 1, acc + o));
  };
  return walk(0, "");
}
var STAR_FILLERS, QUESTION_FILLERS, MAX_COMPLETIONS, oidc_subject_unmatchable_default;
var init_oidc_subject_unmatchable = __esm({
  "packages/core/dist/rules/oidc-subject-unmatchable.js"() {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
    init_subject();
    init_policy();
    init_define();
    init_github_entries();
    STAR_FILLERS = ["", "x", "main", "x/x", "1", "refs/heads/main", "ref:refs/heads/main", "x:ref:refs/heads/main", "x/x:ref:refs/heads/main", "pull_request", "environment:x", "x@1/x@1:ref:refs/heads/main"];
    QUESTION_FILLERS = ["x", "1", ":", "/", "@", "-", "."];
    MAX_COMPLETIONS = 4e3;
    oidc_subject_unmatchable_default = defineRule({
      id: "oidc-subject-unmatchable",
      policy(ctx) {
        for (const { entry, claim } of githubEntries(ctx)) {
          const base = entry.parsed?.base;
          if (claim !== "sub" || !entry.parsed || entry.parsed.negated)
            continue;
          if (base !== "StringEquals" && base !== "StringLike" && base !== "StringEqualsIgnoreCase")
            continue;
          for (const v of entry.values) {
            if (hasMarker(v.value))
              continue;
            const value = ctx.policy.variablesEnabled ? v.value.replace(/\$\{\*\}/g, "*").replace(/\$\{\?\}/g, "?").replace(/\$\{\$\}/g, "$") : v.value;
            if (patternCanMatchSubject(value, base === "StringLike" && /[*?]/.test(v.value)))
              continue;
            if (base !== "StringLike" && /[*?]/.test(value))
              continue;
            ctx.report({
              path: v.path,
              message: `no GitHub token carries a sub like "${v.value}": it is neither "repo:OWNER/REPO:" followed by environment:NAME, pull_request, ref:refs/heads/BRANCH or ref:refs/tags/TAG, nor the immutable "repo:OWNER@ID/REPO@ID:\u2026" form, nor a customised claim template${/\.git(:|$|\*)/.test(v.value) ? " (repository names never end in .git)" : ""}. The role is unusable for this value; write e.g. "repo:OWNER/REPO:ref:refs/heads/main".`
            });
          }
        }
      }
    });
  }
});

// packages/core/dist/rules/oidc-unresolved.js
function problemMessage(problem, shown) {
  switch (problem.code) {
    case "duplicate-key":
      return `${problem.message}: IAM forbids duplicate keys and how it resolves them is undocumented; assumed the last value${shown ? ` (${shown})` : ""}, as JSON parsers keep it.`;
    case "unknown-operator":
      return `${problem.message}: not evaluated; assumed it does not restrict an Allow statement and never makes a Deny statement apply.`;
    default:
      return `${problem.message}: the statement was evaluated as written where possible; check it against the IAM policy grammar.`;
  }
}
var startsWith, oidc_unresolved_default;
var init_oidc_unresolved = __esm({
  "packages/core/dist/rules/oidc-unresolved.js"() {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
    init_policy();
    init_define();
    startsWith = (path, prefix) => prefix.every((seg, i) => path[i] === seg);
    oidc_unresolved_default = defineRule({
      id: "oidc-unresolved",
      policy(ctx) {
        if (ctx.trust.providers.length === 0)
          return;
        const relevant = ctx.policy.statements.filter((s) => s.effect === "Deny" || ctx.trust.trustingStatements().has(s.index));
        const parts = collectUnresolved(ctx.document.root);
        const reported = /* @__PURE__ */ new Set();
        for (const statement of relevant) {
          const values = [
            ...statement.conditions.flatMap((c) => c.values),
            ...statement.action ?? [],
            ...statement.notAction ?? []
          ];
          for (const v of values) {
            for (const id of markerIds(v.value)) {
              const found = parts.find((p) => p.part.id === id && startsWith(v.path, statement.path));
              if (!found || reported.has(id))
                continue;
              reported.add(id);
              ctx.report({
                path: v.path,
                unresolvedId: id,
                message: `"${found.part.expression}" (${found.part.reason}) could not be resolved statically; assumed a fixed value without wildcards in "${displayValue(v.value, parts.map((p) => p.part))}". The verdict holds only if its real value has no wildcard and names your repository.`,
                properties: { expression: found.part.expression }
              });
            }
          }
        }
        for (const problem of ctx.policy.problems) {
          if (problem.code === "unknown-element" || problem.code === "invalid-version")
            continue;
          const node = nodeAt(ctx.document.root, problem.path);
          const shown = node?.type === "string" ? `"${node.value}"` : void 0;
          ctx.report({
            path: problem.path,
            at: problem.code === "duplicate-key" || problem.code === "unknown-operator" ? "key" : "value",
            message: problemMessage(problem, shown),
            properties: { problem: problem.code },
            ...problem.otherMember ? { related: [{ location: { file: ctx.document.file, span: problem.otherMember.keySpan }, message: "the earlier duplicate, ignored" }] } : {}
          });
        }
      }
    });
  }
});

// packages/core/dist/iam/tri.js
function triAnd(values) {
  let result = true;
  for (const v of values) {
    if (v === false)
      return false;
    if (v === "unknown")
      result = "unknown";
  }
  return result;
}
function triOr(values) {
  let result = false;
  for (const v of values) {
    if (v === true)
      return true;
    if (v === "unknown")
      result = "unknown";
  }
  return result;
}
function triNot(value) {
  return value === "unknown" ? "unknown" : !value;
}
var init_tri = __esm({
  "packages/core/dist/iam/tri.js"() {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
  }
});

// packages/core/dist/iam/values.js
function parseNumber(text) {
  return DECIMAL.test(text) ? Number(text) : null;
}
function zoneMinutes(zone) {
  if (zone === void 0 || zone === "Z" || zone === "z")
    return 0;
  const digits = zone.slice(1).replace(":", "");
  const hours = Number(digits.slice(0, 2));
  const minutes = Number(digits.slice(2));
  if (hours > 23 || minutes > 59)
    return null;
  return (zone.startsWith("-") ? -1 : 1) * (hours * 60 + minutes);
}
function parseDate(text) {
  if (EPOCH_SECONDS.test(text))
    return Number(text) * 1e3;
  const m = ISO_8601.exec(text);
  if (!m)
    return null;
  const [year, month, day, hour, minute, second] = [m[1], m[2], m[3], m[4], m[5], m[6]].map((v) => Number(v ?? 0));
  const millis = Number((m[7] ?? "").padEnd(3, "0").slice(0, 3));
  const zone = zoneMinutes(m[8]);
  if (zone === null || month < 1 || month > 12 || hour > 23 || minute > 59 || second > 59)
    return null;
  const utc = Date.UTC(year, month - 1, day, hour, minute, second, millis);
  if (new Date(utc).getUTCDate() !== day)
    return null;
  return utc - zone * 6e4;
}
function parseBool(text) {
  const lower = text.toLowerCase();
  if (lower === "true")
    return true;
  if (lower === "false")
    return false;
  return null;
}
function parseBase64(text) {
  return BASE64.test(text) ? Uint8Array.from(Buffer.from(text, "base64")) : null;
}
function bytesEqual(a, b) {
  return a.length === b.length && a.every((byte, i) => byte === b[i]);
}
function parseIpv4(text) {
  const parts = text.split(".");
  if (parts.length !== 4)
    return null;
  let value = 0n;
  for (const part of parts) {
    if (!IPV4_PART.test(part) || Number(part) > 255)
      return null;
    value = value << 8n | BigInt(part);
  }
  return value;
}
function parseIpv6Groups(text) {
  if (text === "")
    return [];
  const groups = [];
  const parts = text.split(":");
  for (const [i, part] of parts.entries()) {
    if (i === parts.length - 1 && part.includes(".")) {
      const v4 = parseIpv4(part);
      if (v4 === null)
        return null;
      groups.push(Number(v4 >> 16n), Number(v4 & 0xffffn));
    } else if (IPV6_GROUP.test(part)) {
      groups.push(parseInt(part, 16));
    } else {
      return null;
    }
  }
  return groups;
}
function parseIpv6(text) {
  const halves = text.split("::");
  if (halves.length > 2)
    return null;
  const head = parseIpv6Groups(halves[0] ?? "");
  const tail = halves.length === 2 ? parseIpv6Groups(halves[1] ?? "") : [];
  if (!head || !tail)
    return null;
  const missing = 8 - head.length - tail.length;
  if (halves.length === 2 ? missing < 1 : missing !== 0)
    return null;
  const groups = [...head, ...Array(missing).fill(0), ...tail];
  return groups.reduce((acc, g) => acc << 16n | BigInt(g), 0n);
}
function parseIp(text) {
  const v4 = parseIpv4(text);
  if (v4 !== null)
    return { family: 4, value: v4 };
  const v6 = text.includes(":") ? parseIpv6(text) : null;
  return v6 === null ? null : { family: 6, value: v6 };
}
function parseCidr(text) {
  const slash = text.indexOf("/");
  const ip = parseIp(slash < 0 ? text : text.slice(0, slash));
  if (!ip)
    return null;
  const bits = ip.family === 4 ? 32 : 128;
  if (slash < 0)
    return { ...ip, prefix: bits };
  const prefixText = text.slice(slash + 1);
  if (!/^\d{1,3}$/.test(prefixText) || Number(prefixText) > bits)
    return null;
  return { ...ip, prefix: Number(prefixText) };
}
function cidrContains(range, ip) {
  if (range.family !== ip.family)
    return false;
  const shift = BigInt((range.family === 4 ? 32 : 128) - range.prefix);
  return range.value >> shift === ip.value >> shift;
}
var DECIMAL, EPOCH_SECONDS, ISO_8601, BASE64, IPV4_PART, IPV6_GROUP;
var init_values = __esm({
  "packages/core/dist/iam/values.js"() {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
    DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/;
    EPOCH_SECONDS = /^\d+$/;
    ISO_8601 = /^(\d{4})-(\d{2})-(\d{2})(?:[Tt](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?([Zz]|[+-]\d{2}:?\d{2})?)?$/;
    BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
    IPV4_PART = /^(?:0|[1-9]\d{0,2})$/;
    IPV6_GROUP = /^[0-9A-Fa-f]{1,4}$/;
  }
});

// packages/core/dist/iam/condition.js
function contextLookup(context) {
  const byLower = /* @__PURE__ */ new Map();
  for (const [key, value] of Object.entries(context)) {
    const lower = key.toLowerCase();
    if (!byLower.has(lower))
      byLower.set(lower, value);
  }
  return (key) => byLower.get(key.toLowerCase());
}
function variableValue(env, key) {
  const value = env.lookup(key);
  if (typeof value === "string")
    return value;
  return value?.length === 1 ? value[0] : void 0;
}
function isStringLikeBase(base) {
  return base.startsWith("String") || base.startsWith("Arn");
}
function compareStringLike(base, policy, request, env) {
  const isArn = base === "ArnEquals" || base === "ArnLike";
  const tokens = tokenize(policy, { wildcards: base === "StringLike" || isArn, variables: env.variablesEnabled });
  const resolved = resolveVariables(tokens, (key) => variableValue(env, key));
  if (!resolved)
    return false;
  if (isArn)
    return matchArnTokens(resolved, request, env.unresolved);
  return matchTokens(resolved, request, base === "StringEqualsIgnoreCase", env.unresolved);
}
function compareOrdered(a, b, base) {
  if (base.endsWith("LessThan"))
    return a < b;
  if (base.endsWith("LessThanEquals"))
    return a <= b;
  if (base.endsWith("GreaterThan"))
    return a > b;
  if (base.endsWith("GreaterThanEquals"))
    return a >= b;
  return a === b;
}
function compareTyped(base, policy, request) {
  if (base.startsWith("Numeric") || base.startsWith("Date")) {
    const parse2 = base.startsWith("Numeric") ? parseNumber : parseDate;
    const p = parse2(policy);
    const r = parse2(request);
    return p !== null && r !== null && compareOrdered(r, p, base);
  }
  if (base === "Bool") {
    const p = parseBool(policy);
    return p !== null && p === parseBool(request);
  }
  if (base === "BinaryEquals") {
    const p = parseBase64(policy);
    const r = parseBase64(request);
    return p !== null && r !== null && bytesEqual(p, r);
  }
  if (base === "IpAddress") {
    const range = parseCidr(policy);
    const ip = parseIp(request);
    return range !== null && ip !== null && cidrContains(range, ip);
  }
  return false;
}
function compareValue(base, policy, request, env) {
  const positive = positiveBase(base);
  if (isStringLikeBase(positive))
    return compareStringLike(positive, policy, request, env);
  if (!hasMarker(policy))
    return compareTyped(positive, policy, request);
  if (policy === request)
    return true;
  return env.unresolved === "unknown" ? "unknown" : false;
}
function toSet(value) {
  return typeof value === "string" ? [value] : value;
}
function trace(entry, result, outcome, matchedValues = []) {
  return { entry, result, outcome, matchedValues };
}
function outcomeOf(result) {
  if (result === "unknown")
    return "unresolved";
  return result ? "matched" : "not-matched";
}
function evaluateNull(entry, absent, env) {
  const perValue = entry.values.map((v) => {
    if (hasMarker(v.value) && env.unresolved === "unknown")
      return "unknown";
    const expected = parseBool(v.value);
    return expected !== null && expected === absent;
  });
  const result = triOr(perValue);
  const matched = entry.values.filter((_, i) => perValue[i] === true).map((v) => v.path);
  return trace(entry, result, absent && result !== "unknown" ? "key-absent" : outcomeOf(result), matched);
}
function evaluateMissing(entry, op, absent) {
  const missing = absent ? "key-absent" : "set-empty";
  if (op.set === "ForAllValues")
    return trace(entry, true, missing);
  if (op.ifExists)
    return trace(entry, true, absent ? "if-exists-absent" : "set-empty");
  if (op.set === "ForAnyValue")
    return trace(entry, false, missing);
  return trace(entry, op.negated, missing);
}
function evaluateValues(entry, op, requestValues, env) {
  const matched = /* @__PURE__ */ new Set();
  const perRequest = requestValues.map((request) => {
    const perPolicy = entry.values.map((p) => compareValue(op.base, p.value, request, env));
    entry.values.forEach((p, i) => {
      if (!op.negated && perPolicy[i] === true)
        matched.add(p);
    });
    const any = triOr(perPolicy);
    return op.negated ? triNot(any) : any;
  });
  let result;
  if (op.set === "ForAllValues")
    result = triAnd(perRequest);
  else if (op.set === "ForAnyValue")
    result = triOr(perRequest);
  else
    result = op.negated ? triAnd(perRequest) : triOr(perRequest);
  const matchedValues = entry.values.filter((v) => matched.has(v)).map((v) => v.path);
  return trace(entry, result, outcomeOf(result), matchedValues);
}
function evaluateConditionEntry(entry, env) {
  const op = entry.parsed;
  if (!op)
    return trace(entry, "unknown", "unknown-operator");
  if (env.unresolved === "unknown" && hasMarker(entry.key))
    return trace(entry, "unknown", "unresolved");
  const raw = env.lookup(entry.key);
  const requestValues = raw === void 0 ? [] : toSet(raw);
  if (op.base === "Null")
    return evaluateNull(entry, requestValues.length === 0, env);
  if (requestValues.length === 0)
    return evaluateMissing(entry, op, raw === void 0);
  return evaluateValues(entry, op, requestValues, env);
}
var init_condition = __esm({
  "packages/core/dist/iam/condition.js"() {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
    init_policy();
    init_match();
    init_operators();
    init_tri();
    init_values();
  }
});

// packages/core/dist/iam/evaluate.js
function principalValueMatches(type, value, principal, mode) {
  if (value.value === "*")
    return type === "AWS" || type === principal.type;
  if (type !== principal.type)
    return false;
  return matchTokens(tokenize(value.value, { wildcards: false, variables: false }), principal.id, false, mode);
}
function principalEntryMatches(entry, principal, mode) {
  return triOr(entry.values.map((v) => principalValueMatches(entry.type, v, principal, mode)));
}
function principalMatches(element, principal, mode = "literal") {
  if (element.kind === "wildcard")
    return true;
  return triOr(element.entries.map((e) => principalEntryMatches(e, principal, mode)));
}
function statementPrincipal(st, principal, mode) {
  if (!st.principal && !st.notPrincipal)
    return false;
  const parts = [];
  if (st.principal)
    parts.push(principalMatches(st.principal, principal, mode));
  if (st.notPrincipal)
    parts.push(triNot(principalMatches(st.notPrincipal, principal, mode)));
  return triAnd(parts);
}
function anyActionMatches(patterns, action, mode) {
  return triOr(patterns.map((p) => actionMatchesTri(p.value, action, mode)));
}
function statementAction(st, action, mode) {
  if (!st.action && !st.notAction)
    return false;
  const parts = [];
  if (st.action)
    parts.push(anyActionMatches(st.action, action, mode));
  if (st.notAction)
    parts.push(triNot(anyActionMatches(st.notAction, action, mode)));
  return triAnd(parts);
}
function evaluateStatement(st, request, env) {
  const principal = statementPrincipal(st, request.principal, env.unresolved);
  const action = statementAction(st, request.action, env.unresolved);
  const conditions = st.conditions.map((c) => evaluateConditionEntry(c, env));
  const condition = triAnd(conditions.map((c) => c.result));
  const applies = st.effect === null ? false : triAnd([principal, action, condition]);
  return { index: st.index, effect: st.effect, principal, action, condition, applies, conditions };
}
function decide(deny, allow) {
  if (deny === true)
    return "explicit-deny";
  if (allow === false)
    return "implicit-deny";
  if (deny === false && allow === true)
    return "allow";
  return "unknown";
}
function evaluatePolicy(policy, request, options = {}) {
  const env = {
    lookup: contextLookup(request.context),
    variablesEnabled: policy.variablesEnabled,
    unresolved: options.unresolved ?? "literal"
  };
  const statements = policy.statements.map((st) => evaluateStatement(st, request, env));
  const ofEffect = (effect) => statements.filter((r) => r.effect === effect);
  const deny = triOr(ofEffect("Deny").map((r) => r.applies));
  const allow = triOr(ofEffect("Allow").map((r) => r.applies));
  return {
    decision: decide(deny, allow),
    allowing: ofEffect("Allow").filter((r) => r.applies === true).map((r) => r.index),
    denying: ofEffect("Deny").filter((r) => r.applies === true).map((r) => r.index),
    statements
  };
}
var init_evaluate = __esm({
  "packages/core/dist/iam/evaluate.js"() {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
    init_condition();
    init_match();
    init_tri();
    init_match();
    init_operators();
    init_condition();
    init_tri();
  }
});

// packages/core/dist/github/patterns.js
function hasWildcard(pattern) {
  return /[*?]/.test(pattern);
}
function globMatches(pattern, value) {
  let re = "^";
  for (const ch of pattern) {
    if (ch === "*")
      re += "[\\s\\S]*";
    else if (ch === "?")
      re += "[\\s\\S]";
    else
      re += ch.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
  }
  return new RegExp(re + "$", "u").test(value);
}
function instantiate(pattern, limit = 4) {
  if (!hasWildcard(pattern))
    return [pattern];
  const out = /* @__PURE__ */ new Set();
  for (const filler of STAR_FILLERS2) {
    out.add(pattern.replace(/\*/g, filler).replace(/\?/g, "x"));
    if (out.size >= limit)
      break;
  }
  const startsSegment = /(^|[/:@{])\*/.test(pattern);
  const values = [...out];
  return startsSegment ? [...values.filter((v) => !v.includes("-evil")), ...values.filter((v) => v.includes("-evil"))] : values;
}
function isValidRefName(name) {
  return name.length > 0 && !/[\s:~^?*[\\]/.test(name) && !name.startsWith("-") && !name.startsWith("/") && !name.endsWith("/") && !name.includes("..") && !name.endsWith(".lock");
}
function isValidEnvironmentName(name) {
  return name.length > 0 && name.length <= 255 && !/[\n\r]/.test(name);
}
var STAR_FILLERS2, OWNER_NAME_RE, REPO_NAME_RE;
var init_patterns = __esm({
  "packages/core/dist/github/patterns.js"() {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
    STAR_FILLERS2 = ["-evil", "evil", "x", ""];
    OWNER_NAME_RE = /^[A-Za-z0-9](?:[A-Za-z0-9_-]*[A-Za-z0-9])?$/;
    REPO_NAME_RE = /^[A-Za-z0-9._-]+$/;
  }
});

// packages/core/dist/github/knowledge.js
function emptyKnowledge() {
  return {
    owners: /* @__PURE__ */ new Set(),
    ownerPatterns: /* @__PURE__ */ new Set(),
    ownerIds: /* @__PURE__ */ new Set(),
    repos: /* @__PURE__ */ new Map(),
    repoPatterns: /* @__PURE__ */ new Set(),
    repoIds: /* @__PURE__ */ new Set(),
    branches: /* @__PURE__ */ new Set(),
    branchPatterns: /* @__PURE__ */ new Set(),
    tags: /* @__PURE__ */ new Set(),
    tagPatterns: /* @__PURE__ */ new Set(),
    environments: /* @__PURE__ */ new Set(),
    environmentPatterns: /* @__PURE__ */ new Set(),
    idWildcards: false,
    claimValues: /* @__PURE__ */ new Map(),
    templates: [],
    tested: /* @__PURE__ */ new Set()
  };
}
function subPatternPairs(pattern) {
  const tokens = pattern.split(":");
  const pairs = [];
  let i = 0;
  while (i < tokens.length) {
    const key = tokens[i] ?? "";
    if (key === "pull_request") {
      pairs.push({ key: "pull_request", value: "" });
      i += 1;
      continue;
    }
    if (key === "context" || !isSubTemplateKey(key) || i + 1 >= tokens.length)
      break;
    pairs.push({ key, value: tokens[i + 1] ?? "" });
    i += 2;
  }
  return { pairs, rest: tokens.slice(i).join(":") };
}
function templateOf(pairs) {
  const keys = [];
  for (const p of pairs) {
    const isContext = p.key === "pull_request" || p.key === "ref" || p.key === "environment";
    if (isContext && keys.at(-1) === "repo")
      keys.push("context");
    else if (p.key !== "pull_request")
      keys.push(p.key);
  }
  return keys;
}
function add(map, key, value) {
  let set = map.get(key);
  if (!set)
    map.set(key, set = /* @__PURE__ */ new Set());
  set.add(value);
}
function addName(literal, patterns, value) {
  if (hasWildcard(value))
    patterns.add(value);
  else if (value !== "")
    literal.add(value);
}
function learnRepoSegment(k, segment) {
  const m = /^([^/@]*)(?:@([^/]*))?(?:\/([^@]*)(?:@(.*))?)?$/.exec(segment);
  if (!m)
    return;
  const [, owner = "", ownerId, repo, repoId] = m;
  addName(k.owners, k.ownerPatterns, owner);
  if (ownerId !== void 0) {
    if (hasWildcard(ownerId))
      k.idWildcards = true;
    else if (ownerId)
      k.ownerIds.add(ownerId);
  }
  if (repo !== void 0)
    addName(/* @__PURE__ */ new Set(), k.repoPatterns, repo);
  if (repoId !== void 0) {
    if (hasWildcard(repoId))
      k.idWildcards = true;
    else if (repoId)
      k.repoIds.add(repoId);
  }
  if (repo !== void 0 && !hasWildcard(owner) && !hasWildcard(repo) && owner && repo) {
    k.repos.set(`${owner}/${repo}`, {
      owner,
      repo,
      ...ownerId && !hasWildcard(ownerId) ? { ownerId } : {},
      ...repoId && !hasWildcard(repoId) ? { repoId } : {}
    });
  }
}
function learnRef(k, ref) {
  let m = /^refs\/heads\/([\s\S]+)$/.exec(ref);
  if (m?.[1]) {
    addName(k.branches, k.branchPatterns, m[1]);
    return;
  }
  m = /^refs\/tags\/([\s\S]+)$/.exec(ref);
  if (m?.[1])
    addName(k.tags, k.tagPatterns, m[1]);
}
function learnClaimValue(k, claim, value) {
  add(k.claimValues, claim, value);
  switch (claim) {
    case "sub":
      learnSubPattern(k, value);
      break;
    case "repository":
      learnRepoSegment(k, value);
      break;
    case "repository_owner_id":
      if (!hasWildcard(value))
        k.ownerIds.add(value);
      break;
    case "repository_id":
      if (!hasWildcard(value))
        k.repoIds.add(value);
      break;
    case "ref":
      learnRef(k, value);
      break;
    case "environment":
      addName(k.environments, k.environmentPatterns, value);
      break;
  }
}
function learnSubPattern(k, pattern) {
  const { pairs } = subPatternPairs(pattern);
  for (const p of pairs) {
    if (p.key === "repo")
      learnRepoSegment(k, p.value);
    else if (p.key === "repository_owner")
      addName(k.owners, k.ownerPatterns, p.value);
    else if (p.key !== "pull_request")
      learnClaimValue(k, p.key, p.value.replace(/%3A/g, ":"));
  }
  const template = templateOf(pairs);
  const isDefault = template.length === 2 && template[0] === "repo" && template[1] === "context";
  if (template.length > 0 && !isDefault) {
    if (!k.templates.some((t) => t.join() === template.join()))
      k.templates.push(template);
  }
}
function valuesFor(k, claim, validate = () => true, limit = 4) {
  const out = [];
  for (const v of k.claimValues.get(claim) ?? []) {
    for (const inst of instantiate(v))
      if (validate(inst) && !out.includes(inst))
        out.push(inst);
    if (out.length >= limit)
      break;
  }
  return out.slice(0, limit);
}
function fill(patterns, validate) {
  const out = [];
  for (const p of patterns)
    for (const v of instantiate(p))
      if (validate(v) && !out.includes(v))
        out.push(v);
  return out;
}
var unmarked, validOwner, validRepo, readableRepo, validBranch, validEnvironment;
var init_knowledge = __esm({
  "packages/core/dist/github/knowledge.js"() {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
    init_patterns();
    init_claims();
    unmarked = (v) => v.replace(/\uE000\d+\uE001/g, "u");
    validOwner = (v) => OWNER_NAME_RE.test(unmarked(v)) && unmarked(v).length <= 39;
    validRepo = (v) => {
      const u = unmarked(v);
      return REPO_NAME_RE.test(u) && u !== "." && u !== ".." && !/\.git$/i.test(u);
    };
    readableRepo = (v) => validRepo(v) && !/^[-.]/.test(unmarked(v));
    validBranch = (v) => isValidRefName(unmarked(v));
    validEnvironment = (v) => isValidEnvironmentName(unmarked(v));
  }
});

// packages/core/dist/github/witness.js
function intendedIdentities(k, configOwners = []) {
  const ownerNames = [.../* @__PURE__ */ new Set([...k.owners, ...configOwners])].filter(validOwner);
  const ownerIds = [...k.ownerIds];
  const soleOwnerId = ownerIds.length === 1 ? ownerIds[0] : void 0;
  const idFor = (name) => {
    for (const r of k.repos.values())
      if (r.owner === name && r.ownerId)
        return r.ownerId;
    return soleOwnerId ?? PLACEHOLDER_OWNER_ID;
  };
  const owners = ownerNames.map((name) => ({ name, id: idFor(name) }));
  if (owners.length === 0)
    for (const id of ownerIds)
      owners.push({ name: configOwners[0] ?? "owner", id });
  const repoIds = [...k.repoIds];
  const soleRepoId = repoIds.length === 1 ? repoIds[0] : void 0;
  const repos = [...k.repos.values()].filter((r) => validRepo(r.repo) && validOwner(r.owner)).map((r) => ({
    owner: r.owner,
    ownerId: r.ownerId ?? idFor(r.owner),
    repo: r.repo,
    repoId: r.repoId ?? soleRepoId ?? PLACEHOLDER_REPO_ID
  }));
  if (repos.length === 0) {
    for (const id of repoIds) {
      const owner = owners[0] ?? { name: "owner", id: PLACEHOLDER_OWNER_ID };
      repos.push({ owner: owner.name, ownerId: owner.id, repo: "repo", repoId: id });
    }
  }
  return { owners, repos };
}
function branchRef(name) {
  return `refs/heads/${name}`;
}
function refOf(ctx, envBranch) {
  switch (ctx.kind) {
    case "branch":
      return branchRef(ctx.name);
    case "tag":
      return `refs/tags/${ctx.name}`;
    case "pull_request":
      return "refs/pull/1/merge";
    case "environment":
      return branchRef(envBranch);
  }
}
function intendedContexts(k) {
  const out = [];
  for (const b of k.branches)
    out.push({ kind: "branch", name: b });
  for (const t of k.tags)
    out.push({ kind: "tag", name: t });
  for (const e of k.environments)
    out.push({ kind: "environment", name: e });
  return out;
}
function newBranches(k) {
  const filled = fill(k.branchPatterns, validBranch).filter((b) => !k.branches.has(b));
  const twins = [...k.branches].map((b) => b.toUpperCase()).filter((b) => !k.branches.has(b));
  return unique([...filled, "attacker-branch", ...twins]).slice(0, 5);
}
function newTags(k) {
  const filled = fill(k.tagPatterns, validBranch).filter((t) => !k.tags.has(t));
  return unique([...filled, "v0.0.0-attacker"]).slice(0, 3);
}
function newEnvironments(k) {
  const filled = fill(k.environmentPatterns, validEnvironment).filter((e) => !k.environments.has(e));
  return unique([...filled, "attacker-env"]).slice(0, 3);
}
function unique(xs) {
  return [...new Set(xs)];
}
function allContexts(k) {
  return [
    { kind: "branch", name: "main" },
    ...intendedContexts(k),
    ...newBranches(k).map((name) => ({ kind: "branch", name })),
    ...newTags(k).map((name) => ({ kind: "tag", name })),
    ...newEnvironments(k).map((name) => ({ kind: "environment", name })),
    { kind: "pull_request" }
  ];
}
function envBranches(k) {
  return unique([...k.branches, "main", ...newBranches(k)]).slice(0, 3);
}
function withRefs(contexts, k) {
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  for (const context of contexts) {
    const branches = context.kind === "environment" ? envBranches(k) : ["main"];
    for (const b of branches) {
      const ref = refOf(context, b);
      const key = JSON.stringify(context) + ref;
      if (seen.has(key))
        continue;
      seen.add(key);
      out.push({ context, ref });
    }
  }
  return out;
}
function formats(k, allowLegacy) {
  const out = [];
  if (allowLegacy)
    out.push({ kind: "legacy" });
  out.push({ kind: "immutable" });
  for (const keys of k.templates) {
    if (allowLegacy && keys.includes("repo"))
      out.push({ kind: "custom", keys, immutableRepo: false });
    out.push({ kind: "custom", keys, immutableRepo: true });
  }
  return out;
}
function freeChoices(k, claim, fallback) {
  const vals = valuesFor(k, claim);
  return unique([...vals, fallback]).slice(0, 4);
}
function ownActor() {
  return [{ actor: ATTACKER_ACTOR, actorId: ATTACKER_ACTOR_ID }];
}
function trustedActors(k) {
  const names = valuesFor(k, "actor");
  const ids = valuesFor(k, "actor_id");
  const out = [];
  for (const actor of names.length ? names : ["trusted-actor"]) {
    for (const actorId of ids.length ? ids : [PLACEHOLDER_ACTOR_ID])
      out.push({ actor, actorId });
  }
  return out.slice(0, 4);
}
function intendedEnterprises(k) {
  const ids = valuesFor(k, "enterprise_id");
  return ids.length ? ids : [void 0];
}
function neutralRepoName(k) {
  const literalish = [...k.repoPatterns].filter((p) => /[^*?]/.test(p));
  for (const name of ["unrelated-repo", "zz-unrelated", "0-unrelated"]) {
    if (!literalish.some((p) => globMatches(p, name)))
      return name;
  }
  return "unrelated-repo";
}
function skeletons(k, configOwners) {
  const intended = intendedIdentities(k, configOwners);
  const intendedOwnerNames = new Set(intended.owners.map((o) => o.name.toLowerCase()));
  const jwrs = valuesFor(k, "job_workflow_ref");
  const outsiderContexts = withRefs(allContexts(k), k);
  const out = [];
  const otherOwners = unique([
    ...[...intendedOwnerNames].map((o) => `${o}-evil`),
    ...fill(k.ownerPatterns, validOwner),
    ATTACKER_OWNER
  ]).filter((o) => !intendedOwnerNames.has(o.toLowerCase()) && validOwner(o));
  const otherRepoNames = unique([...[...intended.repos].map((r) => r.repo), "x", ...fill(k.repoPatterns, readableRepo)]).slice(0, 4);
  for (const owner of otherOwners.slice(0, 4)) {
    for (const repo of otherRepoNames) {
      const identity = { owner, ownerId: ATTACKER_OWNER_ID, repo, repoId: ATTACKER_REPO_ID };
      const base = { identity, contexts: outsiderContexts, formats: formats(k, true), actors: ownActor(), enterpriseIds: [void 0] };
      out.push({ ...base, cls: "other-owner", jobWorkflowRefs: [void 0] });
      if (jwrs.length)
        out.push({ ...base, cls: "reusable-caller", jobWorkflowRefs: jwrs });
    }
  }
  const namedRepos = new Set(intended.repos.map((r) => `${r.owner}/${r.repo}`.toLowerCase()));
  for (const owner of intended.owners) {
    const sameOwner = (repo, cls) => ({
      cls,
      identity: { owner: owner.name, ownerId: owner.id, repo, repoId: NEW_REPO_ID },
      contexts: outsiderContexts,
      formats: formats(k, true),
      jobWorkflowRefs: [void 0, ...jwrs],
      actors: ownActor(),
      enterpriseIds: intendedEnterprises(k)
    });
    out.push(sameOwner(neutralRepoName(k), "other-repo"));
    for (const repo of fill(k.repoPatterns, readableRepo).slice(0, 4)) {
      if (!namedRepos.has(`${owner.name}/${repo}`.toLowerCase()))
        out.push(sameOwner(repo, "repo-name-match"));
    }
  }
  for (const repo of intended.repos) {
    out.push({
      cls: "other-ids",
      identity: { ...repo, ownerId: RECYCLED_OWNER_ID, repoId: RECYCLED_REPO_ID },
      contexts: outsiderContexts,
      formats: formats(k, false),
      jobWorkflowRefs: [void 0, ...jwrs],
      actors: ownActor(),
      enterpriseIds: [void 0]
    });
    const inRepo = (cls, contexts) => ({
      cls,
      identity: repo,
      contexts: withRefs(contexts, k),
      formats: formats(k, true),
      jobWorkflowRefs: [void 0, ...jwrs],
      actors: trustedActors(k),
      enterpriseIds: intendedEnterprises(k)
    });
    out.push(inRepo("new-branch", newBranches(k).map((name) => ({ kind: "branch", name }))));
    out.push(inRepo("new-tag", newTags(k).map((name) => ({ kind: "tag", name }))));
    out.push(inRepo("new-environment", newEnvironments(k).map((name) => ({ kind: "environment", name }))));
    out.push(inRepo("pull-request", [{ kind: "pull_request" }]));
  }
  return out;
}
function* synthesizeWitnesses(k, configOwners = [], skip = () => false) {
  const auds = freeChoices(k, "aud", "sts.amazonaws.com");
  const workflows = freeChoices(k, "workflow", "deploy");
  const perClass = /* @__PURE__ */ new Map();
  const seen = /* @__PURE__ */ new Set();
  const relevant = [...k.tested].filter((c) => c !== "sub");
  for (const s of skeletons(k, configOwners)) {
    for (const { context, ref } of s.contexts) {
      for (const format of s.formats) {
        for (const jwr of s.jobWorkflowRefs) {
          for (const { actor, actorId } of s.actors) {
            for (const enterpriseId of s.enterpriseIds) {
              for (const aud of auds) {
                for (const workflow of workflows) {
                  if (skip(s.cls))
                    break;
                  const count = perClass.get(s.cls) ?? 0;
                  if (count >= MAX_PER_CLASS)
                    break;
                  const claims = {
                    aud,
                    actor,
                    actor_id: actorId,
                    ref,
                    repository: `${s.identity.owner}/${s.identity.repo}`,
                    repository_id: s.identity.repoId,
                    repository_owner_id: s.identity.ownerId,
                    workflow,
                    job_workflow_ref: jwr ?? `${s.identity.owner}/${s.identity.repo}/.github/workflows/deploy.yml@${ref}`
                  };
                  if (enterpriseId !== void 0)
                    claims.enterprise_id = enterpriseId;
                  if (context.kind === "environment")
                    claims.environment = context.name;
                  const sub = formatSubject(s.identity, context, format, { ...claims, repository_owner: s.identity.owner });
                  if (sub === void 0)
                    continue;
                  claims.sub = sub;
                  const picked = pickSts(claims);
                  const key = `${s.cls}${picked.sub ?? ""}${relevant.map((c) => picked[c] ?? "").join("")}`;
                  if (seen.has(key))
                    continue;
                  seen.add(key);
                  perClass.set(s.cls, count + 1);
                  yield { cls: s.cls, claims: picked, identity: s.identity, context };
                }
              }
            }
          }
        }
      }
    }
  }
}
function pickSts(claims) {
  const out = {};
  for (const c of STS_GITHUB_CLAIMS) {
    const v = claims[c];
    if (v !== void 0)
      out[c] = v;
  }
  return out;
}
var OUTSIDER_CLASSES, ATTACKER_OWNER, ATTACKER_OWNER_ID, ATTACKER_REPO_ID, ATTACKER_ACTOR, ATTACKER_ACTOR_ID, RECYCLED_OWNER_ID, RECYCLED_REPO_ID, NEW_REPO_ID, PLACEHOLDER_OWNER_ID, PLACEHOLDER_REPO_ID, PLACEHOLDER_ACTOR_ID, MAX_PER_CLASS;
var init_witness = __esm({
  "packages/core/dist/github/witness.js"() {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
    init_claims();
    init_knowledge();
    init_patterns();
    init_subject();
    OUTSIDER_CLASSES = [
      "other-owner",
      "reusable-caller",
      "other-repo",
      "repo-name-match",
      "other-ids",
      "new-branch",
      "new-tag",
      "new-environment",
      "pull-request"
    ];
    ATTACKER_OWNER = "attacker";
    ATTACKER_OWNER_ID = "990000001";
    ATTACKER_REPO_ID = "990000002";
    ATTACKER_ACTOR = "attacker";
    ATTACKER_ACTOR_ID = "990000003";
    RECYCLED_OWNER_ID = "990000011";
    RECYCLED_REPO_ID = "990000012";
    NEW_REPO_ID = "990000022";
    PLACEHOLDER_OWNER_ID = "100000001";
    PLACEHOLDER_REPO_ID = "100000002";
    PLACEHOLDER_ACTOR_ID = "100000003";
    MAX_PER_CLASS = 600;
  }
});

// packages/core/dist/rules/trust-analysis.js
function statementKeyPrefixes(statement) {
  const out = /* @__PURE__ */ new Set();
  for (const entry of statement.conditions) {
    const split = splitConditionKey(entry.key);
    if (split && looksLikeGitHubPrefix(split.prefix))
      out.add(split.prefix.toLowerCase());
  }
  return [...out];
}
function requestFor(provider, claims) {
  const context = {};
  for (const [claim, value] of Object.entries(claims))
    context[`${provider.prefix}:${claim}`] = value;
  return { principal: { type: "Federated", id: provider.arn }, action: WEB_IDENTITY_ACTION, context };
}
function canTrust(policy, statement, providerArn) {
  const single = { ...policy, statements: [statement] };
  const result = evaluatePolicy(single, requestFor({ arn: providerArn, prefix: "" }, {}), { unresolved: "literal" });
  const r = result.statements[0];
  return r !== void 0 && r.principal !== false && r.action !== false;
}
function findProviders(policy, config) {
  const out = /* @__PURE__ */ new Map();
  const add2 = (p) => {
    if (!out.has(p.arn))
      out.set(p.arn, p);
  };
  const fromKeys = (statement) => {
    const prefixes = statementKeyPrefixes(statement);
    return prefixes.length ? prefixes : ["token.actions.githubusercontent.com"];
  };
  for (const statement of policy.statements) {
    if (statement.effect !== "Allow")
      continue;
    const principal = statement.principal ?? statement.notPrincipal;
    if (!principal)
      continue;
    const wildcard = principal.kind === "wildcard" || statement.notPrincipal !== void 0 || principal.entries.some((e) => e.type === "AWS" && e.values.some((v) => v.value === "*"));
    if (wildcard) {
      for (const prefix of fromKeys(statement)) {
        add2({ prefix, kind: githubIssuerKind(prefix, config.issuers) ?? "github.com", arn: syntheticProviderArn(prefix), synthetic: true, unresolvedPrincipal: false });
      }
    }
    if (principal.kind !== "map" || statement.notPrincipal)
      continue;
    for (const entry of principal.entries) {
      if (entry.type !== "Federated")
        continue;
      for (const v of entry.values) {
        const prefix = providerPrefix(v.value);
        const kind = githubIssuerKind(prefix, config.issuers);
        if (kind) {
          add2({ prefix, kind, arn: v.value, synthetic: false, unresolvedPrincipal: false });
        } else if (hasMarker(prefix)) {
          const assumed = fromKeys(statement)[0] ?? "token.actions.githubusercontent.com";
          add2({ prefix: assumed, kind: githubIssuerKind(assumed, config.issuers) ?? "github.com", arn: v.value, synthetic: false, unresolvedPrincipal: true });
        }
      }
    }
  }
  return [...out.values()];
}
function knowledgeFor(policy, prefix) {
  const k = emptyKnowledge();
  const lower = prefix.toLowerCase() + ":";
  for (const statement of policy.statements) {
    for (const entry of statement.conditions) {
      for (const v of entry.values) {
        for (const m of v.value.matchAll(/\$\{([^}]+)\}/g)) {
          const key = (m[1] ?? "").toLowerCase();
          if (key.startsWith(lower))
            k.tested.add(key.slice(lower.length));
        }
      }
      if (!entry.key.toLowerCase().startsWith(lower))
        continue;
      k.tested.add(entry.key.slice(lower.length).toLowerCase());
      const negated = entry.parsed?.negated ?? false;
      if (statement.effect === "Allow" === negated)
        continue;
      const claim = entry.key.slice(lower.length).toLowerCase();
      for (const v of entry.values)
        learnClaimValue(k, claim, v.value);
    }
  }
  return k;
}
function admittedRules(admitted) {
  const out = [];
  for (const cls of ["other-owner", "reusable-caller", "other-repo", "repo-name-match", "other-ids"]) {
    const ruleId = CLASS_RULE[cls];
    if (ruleId && admitted.has(cls))
      out.push({ ruleId, cls });
  }
  const branch = admitted.has("new-branch");
  const pr = admitted.has("pull-request");
  const env = admitted.has("new-environment");
  if (branch && (pr || env))
    out.push({ ruleId: "oidc-any-context", cls: pr ? "pull-request" : "new-environment" });
  else if (pr)
    out.push({ ruleId: "oidc-pull-request", cls: "pull-request" });
  for (const cls of ["new-branch", "new-tag", "new-environment"]) {
    if (admitted.has(cls) && !out.some((o) => o.ruleId === "oidc-any-context")) {
      out.push({ ruleId: "oidc-ref-wildcard", cls });
      break;
    }
  }
  return out;
}
function scopeForProvider(policy, trust, config) {
  if (trust.statements.length === 0)
    return [];
  const tried = /* @__PURE__ */ new Set();
  const verdicts = trust.statements.map((statement) => ({ provider: trust.provider, statement, admitted: /* @__PURE__ */ new Map(), tried }));
  const settled = (cls) => verdicts.every((v) => v.admitted.has(cls));
  for (const witness of synthesizeWitnesses(trust.knowledge, config.owners ?? [], settled)) {
    tried.add(witness.cls);
    const result = evaluatePolicy(policy, requestFor(trust.provider, witness.claims), { unresolved: "literal" });
    if (result.statements.some((s) => s.effect === "Deny" && s.applies === true))
      continue;
    for (const v of verdicts) {
      if (v.admitted.has(witness.cls))
        continue;
      const r = result.statements.find((s) => s.index === v.statement.index);
      if (r && r.applies !== false)
        v.admitted.set(witness.cls, { witness, result: r });
    }
  }
  for (const v of verdicts) {
    const rules = admittedRules(v.admitted);
    const first = rules[0];
    if (!first)
      continue;
    const admitted = v.admitted.get(first.cls);
    if (!admitted)
      continue;
    v.finding = {
      ruleId: first.ruleId,
      witness: admitted.witness,
      evidence: evidenceFor(v.statement, admitted.result, trust.provider.prefix),
      also: [...new Set(rules.slice(1).map((r) => r.ruleId))].filter((id) => id !== first.ruleId)
    };
  }
  return verdicts;
}
function evidenceFor(statement, result, prefix) {
  const claimOf = (key) => {
    const split = splitConditionKey(key);
    return split && split.prefix.toLowerCase() === prefix.toLowerCase() ? split.claim.toLowerCase() : void 0;
  };
  const subTraces = result.conditions.filter((t) => claimOf(t.entry.key) === "sub");
  const matched = subTraces.find((t) => t.outcome === "matched" && t.matchedValues.length > 0 && t.entry.parsed?.negated === false);
  if (matched) {
    const path = pickWildcardValue(matched.entry.values, matched.matchedValues);
    return { path, at: "value", kind: "matched-sub", value: statement.conditions.length ? valueAt(matched.entry.values, path) : void 0, operator: matched.entry.operator };
  }
  for (const claim of IDENTITY_CLAIMS) {
    const t = result.conditions.find((c) => claimOf(c.entry.key) === claim && c.outcome === "matched" && c.matchedValues.length > 0);
    if (t) {
      const path = pickWildcardValue(t.entry.values, t.matchedValues);
      return { path, at: "value", kind: "matched-other", value: valueAt(t.entry.values, path), operator: t.entry.operator };
    }
  }
  const absent = result.conditions.find((t) => t.result === true && (t.outcome === "key-absent" || t.outcome === "if-exists-absent" || t.outcome === "set-empty"));
  if (absent)
    return { path: absent.entry.keyPath, at: "key", kind: "absent-key", operator: absent.entry.operator, value: absent.entry.key };
  const loose = subTraces[0];
  if (loose)
    return { path: loose.entry.keyPath, at: "key", kind: "non-positive-sub", operator: loose.entry.operator };
  if (statement.conditionPath)
    return { path: statement.conditionPath, at: "value", kind: "no-sub" };
  return { path: statement.path, at: "value", kind: "no-sub" };
}
function pickWildcardValue(values, matched) {
  const key = (p) => JSON.stringify(p);
  const matchedSet = new Set(matched.map(key));
  const candidates = values.filter((v) => matchedSet.has(key(v.path)));
  return (candidates.find((v) => /[*?]/.test(v.value)) ?? candidates[0])?.path ?? matched[0] ?? [];
}
function valueAt(values, path) {
  return values.find((v) => JSON.stringify(v.path) === JSON.stringify(path))?.value;
}
var WEB_IDENTITY_ACTION, TrustAnalysis, CLASS_RULE, IDENTITY_CLAIMS;
var init_trust_analysis = __esm({
  "packages/core/dist/rules/trust-analysis.js"() {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
    init_evaluate();
    init_issuers();
    init_knowledge();
    init_witness();
    init_policy();
    WEB_IDENTITY_ACTION = "sts:AssumeRoleWithWebIdentity";
    TrustAnalysis = class {
      policy;
      config;
      providers;
      scopeCache;
      constructor(policy, config) {
        this.policy = policy;
        this.config = config;
        this.providers = findProviders(policy, config).map((provider) => {
          const statements = policy.statements.filter((s) => s.effect === "Allow" && canTrust(policy, s, provider.arn));
          return { provider, statements, knowledge: knowledgeFor(policy, provider.prefix) };
        });
      }
      /** Statements that can trust some GitHub provider (Allow), by index. */
      trustingStatements() {
        return new Set(this.providers.flatMap((p) => p.statements.map((s) => s.index)));
      }
      /** One verdict per (provider, trusting Allow statement). */
      scope() {
        this.scopeCache ??= this.providers.flatMap((p) => scopeForProvider(this.policy, p, this.config));
        return this.scopeCache;
      }
      /** Evaluates one token of a provider against the whole policy. */
      evaluateClaims(provider, claims) {
        return evaluatePolicy(this.policy, requestFor(provider, claims), { unresolved: "literal" });
      }
    };
    CLASS_RULE = {
      "other-owner": "oidc-any-owner",
      "reusable-caller": "oidc-reusable-workflow-only",
      "other-repo": "oidc-owner-wide",
      "repo-name-match": "oidc-repo-prefix",
      "other-ids": "oidc-id-wildcard",
      "pull-request": "oidc-pull-request"
    };
    IDENTITY_CLAIMS = ["job_workflow_ref", "repository_owner_id", "repository", "repository_id", "environment", "ref"];
  }
});

// packages/core/dist/rules/trust-wildcard-principal.js
function covers(statement, action) {
  if (statement.action)
    return statement.action.some((a) => actionMatches(a.value, action));
  if (statement.notAction)
    return !statement.notAction.some((a) => actionMatches(a.value, action));
  return false;
}
var GUARD_KEYS, trust_wildcard_principal_default;
var init_trust_wildcard_principal = __esm({
  "packages/core/dist/rules/trust-wildcard-principal.js"() {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
    init_define();
    init_match();
    GUARD_KEYS = ["aws:principalorgid", "aws:principalaccount", "aws:principalarn", "aws:sourceaccount"];
    trust_wildcard_principal_default = defineRule({
      id: "trust-wildcard-principal",
      policy(ctx) {
        for (const statement of ctx.policy.statements) {
          if (statement.effect !== "Allow" || !statement.principal)
            continue;
          const p = statement.principal;
          const awsStar = p.kind === "map" ? p.entries.find((e) => e.type === "AWS" && e.values.some((v) => v.value === "*")) : void 0;
          if (p.kind !== "wildcard" && !awsStar)
            continue;
          const written = p.kind === "wildcard" ? '"Principal": "*"' : '{"AWS": "*"}';
          const path = p.kind === "wildcard" ? p.path : awsStar?.path ?? p.path;
          if (covers(statement, "sts:AssumeRoleWithWebIdentity")) {
            ctx.report({
              path,
              message: `${written} with sts:AssumeRoleWithWebIdentity trusts every identity provider registered in the account (and the built-in ones), not just GitHub. Name the provider: "Principal": {"Federated": "arn:aws:iam::<account>:oidc-provider/token.actions.githubusercontent.com"}.`
            });
            continue;
          }
          const guarded = statement.conditions.some((c) => c.parsed && !c.parsed.negated && GUARD_KEYS.includes(c.key.toLowerCase()));
          if (covers(statement, "sts:AssumeRole") && !guarded) {
            ctx.report({
              path,
              message: `${written} with sts:AssumeRole and no aws:PrincipalOrgID, aws:PrincipalAccount, aws:PrincipalArn or aws:SourceAccount condition lets any AWS account assume the role. Name the trusted accounts or roles, or add one of those conditions.`
            });
          }
        }
      }
    });
  }
});

// packages/core/dist/rules/index.js
function deepestNode(root, path) {
  for (let n = path.length; n >= 0; n--) {
    const node = nodeAt(root, path.slice(0, n));
    if (node)
      return { node, path: path.slice(0, n) };
  }
  return { node: root, path: [] };
}
function keySpanAt(root, path) {
  const last = path.at(-1);
  if (typeof last !== "string")
    return void 0;
  const parent = nodeAt(root, path.slice(0, -1));
  if (parent?.type !== "object")
    return void 0;
  return parent.members.findLast((m) => m.key === last)?.keySpan;
}
function locate(doc, report) {
  const { node } = deepestNode(doc.root, report.path);
  if (report.unresolvedId !== void 0 && node.type === "string") {
    const part = node.unresolved?.find((p) => p.id === report.unresolvedId);
    if (part)
      return { file: part.file ?? node.file ?? doc.file, span: part.span };
  }
  if (report.at === "key") {
    const span = keySpanAt(doc.root, report.path);
    if (span)
      return { file: doc.file, span };
  }
  return { file: node.file ?? doc.file, span: node.span };
}
function runPolicyRules(doc, config, providersInScan = []) {
  const policy = normalizePolicy(doc.root);
  const trust = new TrustAnalysis(policy, config);
  const findings = [];
  for (const rule of RULES) {
    if (!rule.policy)
      continue;
    const meta = ruleMeta(rule.id);
    const context = {
      document: doc,
      policy,
      config,
      trust,
      providersInScan,
      report(report) {
        const location = locate(doc, report);
        const node = deepestNode(doc.root, report.path).node;
        const related = [...report.related ?? [], ...provenanceNotes(node)];
        findings.push({
          ruleId: rule.id,
          severity: report.severity ?? meta.defaultSeverity,
          message: doc.variant ? `${report.message} (${doc.variant})` : report.message,
          location,
          path: report.path,
          ...doc.resource ? { resource: doc.resource } : {},
          ...report.witness ? { witness: report.witness } : {},
          ...related.length ? { related } : {},
          ...report.properties ? { properties: report.properties } : {},
          ...report.suggestion ? { suggestion: report.suggestion } : {}
        });
      }
    };
    rule.policy(context);
  }
  return findings;
}
function provenanceNotes(node) {
  const p = node.provenance;
  if (!p)
    return [];
  switch (p.kind) {
    case "variable-default":
      return [{ location: p.location, message: `value from the default of var.${p.name}` }];
    case "tfvars":
      return [{ location: p.location, message: `value of var.${p.name} from a tfvars file` }];
    case "cfn-parameter-default":
      return [{ location: p.location, message: `value from the default of parameter ${p.name}` }];
    case "terraform-local":
      return [{ location: p.location, message: `value of local.${p.name}` }];
    default:
      return [];
  }
}
function located(ruleId, report) {
  return {
    ruleId,
    severity: report.severity ?? ruleMeta(ruleId).defaultSeverity,
    message: report.message,
    location: report.location,
    ...report.resource ? { resource: report.resource } : {},
    ...report.witness ? { witness: report.witness } : {},
    ...report.related?.length ? { related: report.related } : {},
    ...report.properties ? { properties: report.properties } : {},
    ...report.suggestion ? { suggestion: report.suggestion } : {}
  };
}
function runRules(documents, files, config) {
  const providers = documents.filter((d) => d.kind === "oidc-provider");
  const findings = [];
  for (const doc of documents) {
    if (doc.kind === "trust-policy") {
      findings.push(...runPolicyRules(doc, config, providers));
      continue;
    }
    for (const rule of RULES) {
      const report = (r) => {
        findings.push(located(rule.id, r));
      };
      if (doc.kind === "oidc-provider")
        rule.provider?.({ document: doc, config, report });
      else if (doc.kind === "access-key")
        rule.accessKey?.({ document: doc, config, report });
      else
        rule.workflow?.({ document: doc, config, report });
    }
  }
  for (const rule of RULES) {
    const report = (r) => {
      findings.push(located(rule.id, r));
    };
    if (rule.file)
      for (const f of files)
        rule.file({ file: f.file, text: f.text, config, report });
    rule.project?.({ documents, config, report });
  }
  return findings;
}
var RULES, IMPLEMENTED_RULE_IDS;
var init_rules2 = __esm({
  "packages/core/dist/rules/index.js"() {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
    init_rules();
    init_normalize();
    init_policy();
    init_oidc_any_context();
    init_oidc_any_owner();
    init_oidc_audience();
    init_oidc_id_wildcard();
    init_oidc_key_mismatch();
    init_oidc_owner_wide();
    init_oidc_pull_request();
    init_oidc_ref_wildcard();
    init_oidc_repo_prefix();
    init_oidc_reusable_workflow_only();
    init_oidc_set_operator();
    init_oidc_stringequals_wildcard();
    init_oidc_subject_unmatchable();
    init_oidc_unresolved();
    init_trust_analysis();
    init_trust_wildcard_principal();
    RULES = [
      oidc_any_owner_default,
      oidc_reusable_workflow_only_default,
      oidc_owner_wide_default,
      oidc_repo_prefix_default,
      oidc_id_wildcard_default,
      oidc_any_context_default,
      oidc_pull_request_default,
      oidc_ref_wildcard_default,
      oidc_stringequals_wildcard_default,
      oidc_key_mismatch_default,
      oidc_audience_default,
      oidc_set_operator_default,
      oidc_subject_unmatchable_default,
      oidc_unresolved_default,
      trust_wildcard_principal_default
    ];
    IMPLEMENTED_RULE_IDS = [...RULES.map((r) => r.id), "parse-error", "input-error"];
  }
});

// packages/core/dist/sources/detect.js
function detectKind(file, text) {
  const path = file.replace(/\\/g, "/");
  if (WORKFLOW_PATH.test(path))
    return "workflow";
  if (/\.tf(\.json)?$/.test(path))
    return "terraform";
  if (TEMPLATE_EXT.test(path))
    return /"Statement"\s*:/.test(text) ? "policy-template" : void 0;
  if (/\.json$/.test(path)) {
    if (/"format_version"\s*:/.test(text) && /"(planned_values|resource_changes)"\s*:/.test(text))
      return "terraform-plan";
    if (/"AWSTemplateFormatVersion"\s*:/.test(text) || /"Type"\s*:\s*"AWS::/.test(text))
      return "cloudformation";
    if (/"Statement"\s*:/.test(text))
      return "policy";
    return void 0;
  }
  if (/\.(ya?ml|template)$/.test(path)) {
    if (/^AWSTemplateFormatVersion\s*:/m.test(text) || /^\s+Type:\s*["']?AWS::/m.test(text))
      return "cloudformation";
    if (/^on\s*:/m.test(text) && /^jobs\s*:/m.test(text))
      return "workflow";
    if (/(^|\/)action\.ya?ml$/.test(path) && /^runs\s*:/m.test(text))
      return "composite-action";
    return void 0;
  }
  return void 0;
}
var WORKFLOW_PATH, TEMPLATE_EXT;
var init_detect = __esm({
  "packages/core/dist/sources/detect.js"() {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
    WORKFLOW_PATH = /(^|\/)\.github\/workflows\/[^/]+\.ya?ml$/;
    TEMPLATE_EXT = /\.(json\.tpl|tpl|tftpl)$/;
  }
});

// node_modules/.pnpm/@humanwhocodes+momoa@3.3.9/node_modules/@humanwhocodes/momoa/dist/momoa.js
function isDigit(c) {
  return c >= CHAR_0 && c <= CHAR_9;
}
function isHexDigit(c) {
  return isDigit(c) || c >= CHAR_UPPER_A && c <= CHAR_UPPER_F || c >= CHAR_LOWER_A && c <= CHAR_LOWER_F;
}
function isPositiveDigit(c) {
  return c >= CHAR_1 && c <= CHAR_9;
}
function isKeywordStart(c) {
  return keywordStarts.has(c);
}
function isNumberStart(c) {
  return isDigit(c) || c === CHAR_DOT || c === CHAR_MINUS;
}
function isJSON5NumberStart(c) {
  return isNumberStart(c) || c === CHAR_PLUS;
}
function isStringStart(c, json5) {
  return c === CHAR_DOUBLE_QUOTE || json5 && c === CHAR_SINGLE_QUOTE;
}
function isJSON5IdentifierStart(c) {
  if (c === CHAR_DOLLAR || c === CHAR_UNDERSCORE || c === CHAR_BACKSLASH) {
    return true;
  }
  if (c >= CHAR_LOWER_A && c <= CHAR_LOWER_Z || c >= CHAR_UPPER_A && c <= CHAR_UPPER_Z) {
    return true;
  }
  if (c === 8204 || c === 8205) {
    return true;
  }
  const ct = String.fromCharCode(c);
  return ID_Start.test(ct);
}
function isJSON5IdentifierPart(c) {
  if (isJSON5IdentifierStart(c) || isDigit(c)) {
    return true;
  }
  const ct = String.fromCharCode(c);
  return ID_Continue.test(ct);
}
function normalizeIdentifier(identifier) {
  return identifier.replace(UNICODE_SEQUENCE, (unicodeEscape) => {
    return String.fromCharCode(parseInt(unicodeEscape.slice(2), 16));
  });
}
function getEndLocation(text) {
  let line = 1;
  let column = 1;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === "\n") {
      line++;
      column = 1;
    } else if (char === "\r") {
      if (text[i + 1] === "\n") {
        i++;
      }
      line++;
      column = 1;
    } else {
      column++;
    }
  }
  return {
    line,
    column,
    offset: text.length
  };
}
function getStringValue(value, token, json5 = false) {
  let result = "";
  let escapeIndex = value.indexOf("\\");
  let lastIndex = 0;
  while (escapeIndex >= 0) {
    result += value.slice(lastIndex, escapeIndex);
    const escapeChar = value.charAt(escapeIndex + 1);
    const escapeCharCode = escapeChar.charCodeAt(0);
    if (json5 && json5EscapeToChar.has(escapeCharCode)) {
      result += json5EscapeToChar.get(escapeCharCode);
      lastIndex = escapeIndex + 2;
    } else if (escapeToChar.has(escapeCharCode)) {
      result += escapeToChar.get(escapeCharCode);
      lastIndex = escapeIndex + 2;
    } else if (escapeChar === "u") {
      const hexCode = value.slice(escapeIndex + 2, escapeIndex + 6);
      if (hexCode.length < 4 || /[^0-9a-f]/i.test(hexCode)) {
        throw new ErrorWithLocation(
          `Invalid unicode escape \\u${hexCode}.`,
          {
            line: token.loc.start.line,
            column: token.loc.start.column + escapeIndex,
            offset: token.loc.start.offset + escapeIndex
          }
        );
      }
      result += String.fromCharCode(parseInt(hexCode, 16));
      lastIndex = escapeIndex + 6;
    } else if (json5 && escapeChar === "x") {
      const hexCode = value.slice(escapeIndex + 2, escapeIndex + 4);
      if (hexCode.length < 2 || /[^0-9a-f]/i.test(hexCode)) {
        throw new ErrorWithLocation(
          `Invalid hex escape \\x${hexCode}.`,
          {
            line: token.loc.start.line,
            column: token.loc.start.column + escapeIndex,
            offset: token.loc.start.offset + escapeIndex
          }
        );
      }
      result += String.fromCharCode(parseInt(hexCode, 16));
      lastIndex = escapeIndex + 4;
    } else if (json5 && json5LineTerminators.has(escapeCharCode)) {
      lastIndex = escapeIndex + 2;
      if (escapeChar === "\r" && value.charAt(lastIndex) === "\n") {
        lastIndex++;
      }
    } else {
      if (json5) {
        result += escapeChar;
        lastIndex = escapeIndex + 2;
      } else {
        throw new ErrorWithLocation(
          `Invalid escape \\${escapeChar}.`,
          {
            line: token.loc.start.line,
            column: token.loc.start.column + escapeIndex,
            offset: token.loc.start.offset + escapeIndex
          }
        );
      }
    }
    escapeIndex = value.indexOf("\\", lastIndex);
  }
  result += value.slice(lastIndex);
  return result;
}
function getLiteralValue(value, token, json5 = false) {
  switch (token.type) {
    case "Boolean":
      return value === "true";
    case "Number":
      if (json5) {
        if (value.charCodeAt(0) === 45) {
          return -Number(value.slice(1));
        }
        if (value.charCodeAt(0) === 43) {
          return Number(value.slice(1));
        }
      }
      return Number(value);
    case "String":
      return getStringValue(value.slice(1, -1), token, json5);
    default:
      throw new TypeError(`Unknown token type "${token.type}.`);
  }
}
function parse(text, options) {
  options = Object.freeze({
    ...DEFAULT_OPTIONS,
    ...options
  });
  const tokens = [];
  const tokenizer = new Tokenizer(text, {
    mode: options.mode,
    ranges: options.ranges
  });
  const json5 = options.mode === "json5";
  const allowTrailingCommas = options.allowTrailingCommas || json5;
  function nextNoComments() {
    const nextType = tokenizer.next();
    if (nextType && options.tokens) {
      tokens.push(tokenizer.token);
    }
    return nextType;
  }
  function nextSkipComments() {
    const nextType = tokenizer.next();
    if (nextType && options.tokens) {
      tokens.push(tokenizer.token);
    }
    if (nextType >= tt.LineComment) {
      return nextSkipComments();
    }
    return nextType;
  }
  const next = options.mode === "json" ? nextNoComments : nextSkipComments;
  function assertTokenType(token, type) {
    if (token !== type) {
      throw new UnexpectedToken(tokenizer.token);
    }
  }
  function assertTokenTypes(token, types2) {
    if (!types2.includes(token)) {
      throw new UnexpectedToken(tokenizer.token);
    }
  }
  function createRange(start, end) {
    return options.ranges ? {
      range: [start.offset, end.offset]
    } : void 0;
  }
  function createLiteralNode(tokenType) {
    const token = tokenizer.token;
    const range = createRange(token.loc.start, token.loc.end);
    const value = getLiteralValue(
      text.slice(token.loc.start.offset, token.loc.end.offset),
      token,
      json5
    );
    const loc = {
      start: {
        ...token.loc.start
      },
      end: {
        ...token.loc.end
      }
    };
    const parts = { loc, ...range };
    switch (tokenType) {
      case tt.String:
        return types.string(
          /** @type {string} */
          value,
          parts
        );
      case tt.Number:
        return types.number(
          /** @type {number} */
          value,
          parts
        );
      case tt.Boolean:
        return types.boolean(
          /** @type {boolean} */
          value,
          parts
        );
      default:
        throw new TypeError(`Unknown token type ${token.type}.`);
    }
  }
  function createJSON5IdentifierNode(token) {
    const range = createRange(token.loc.start, token.loc.end);
    const identifier = text.slice(token.loc.start.offset, token.loc.end.offset);
    const loc = {
      start: {
        ...token.loc.start
      },
      end: {
        ...token.loc.end
      }
    };
    const parts = { loc, ...range };
    if (token.type !== "Identifier") {
      let sign = "";
      if (identifier[0] === "+" || identifier[0] === "-") {
        sign = identifier[0];
      }
      return types[identifier.includes("NaN") ? "nan" : "infinity"](
        /** @type {Sign} */
        sign,
        parts
      );
    }
    return types.identifier(normalizeIdentifier(identifier), parts);
  }
  function createNullNode(token) {
    const range = createRange(token.loc.start, token.loc.end);
    return types.null({
      loc: {
        start: {
          ...token.loc.start
        },
        end: {
          ...token.loc.end
        }
      },
      ...range
    });
  }
  function parseProperty(tokenType) {
    if (json5) {
      assertTokenTypes(tokenType, [tt.String, tt.Identifier, tt.Number]);
    } else {
      assertTokenType(tokenType, tt.String);
    }
    const token = tokenizer.token;
    if (json5 && tokenType === tt.Number && /[+\-0-9]/.test(text[token.loc.start.offset])) {
      throw new UnexpectedToken(token);
    }
    let key = tokenType === tt.String ? (
      /** @type {StringNode} */
      createLiteralNode(tokenType)
    ) : (
      /** @type {IdentifierNode|NaNNode|InfinityNode} */
      createJSON5IdentifierNode(token)
    );
    if (json5 && (key.type === "NaN" || key.type === "Infinity")) {
      if (key.sign !== "") {
        throw new UnexpectedToken(tokenizer.token);
      }
      key = types.identifier(key.type, { loc: key.loc, ...createRange(key.loc.start, key.loc.end) });
    }
    tokenType = next();
    assertTokenType(tokenType, tt.Colon);
    const value = parseValue();
    const range = createRange(key.loc.start, value.loc.end);
    return types.member(
      /** @type {StringNode|IdentifierNode} */
      key,
      /** @type {ValueNode} */
      value,
      {
        loc: {
          start: {
            ...key.loc.start
          },
          end: {
            ...value.loc.end
          }
        },
        ...range
      }
    );
  }
  function parseObject(firstTokenType) {
    assertTokenType(firstTokenType, tt.LBrace);
    const firstToken = tokenizer.token;
    const members = [];
    let tokenType = next();
    if (tokenType !== tt.RBrace) {
      do {
        members.push(parseProperty(tokenType));
        tokenType = next();
        if (!tokenType) {
          throw new UnexpectedEOF(members[members.length - 1].loc.end);
        }
        if (tokenType === tt.Comma) {
          tokenType = next();
          if (allowTrailingCommas && tokenType === tt.RBrace) {
            break;
          }
        } else {
          break;
        }
      } while (tokenType);
    }
    assertTokenType(tokenType, tt.RBrace);
    const lastToken = tokenizer.token;
    const range = createRange(firstToken.loc.start, lastToken.loc.end);
    return types.object(members, {
      loc: {
        start: {
          ...firstToken.loc.start
        },
        end: {
          ...lastToken.loc.end
        }
      },
      ...range
    });
  }
  function parseArray(firstTokenType) {
    assertTokenType(firstTokenType, tt.LBracket);
    const firstToken = tokenizer.token;
    const elements = [];
    let tokenType = next();
    if (tokenType !== tt.RBracket) {
      do {
        const value = parseValue(tokenType);
        elements.push(types.element(
          /** @type {ValueNode} */
          value,
          { loc: value.loc }
        ));
        tokenType = next();
        if (tokenType === tt.Comma) {
          tokenType = next();
          if (allowTrailingCommas && tokenType === tt.RBracket) {
            break;
          }
        } else {
          break;
        }
      } while (tokenType);
    }
    assertTokenType(tokenType, tt.RBracket);
    const lastToken = tokenizer.token;
    const range = createRange(firstToken.loc.start, lastToken.loc.end);
    return types.array(elements, {
      loc: {
        start: {
          ...firstToken.loc.start
        },
        end: {
          ...lastToken.loc.end
        }
      },
      ...range
    });
  }
  function parseValue(tokenType) {
    tokenType = tokenType ?? next();
    const token = tokenizer.token;
    switch (tokenType) {
      case tt.String:
      case tt.Boolean:
        return createLiteralNode(tokenType);
      case tt.Number:
        if (json5) {
          let tokenText = text.slice(token.loc.start.offset, token.loc.end.offset);
          if (tokenText[0] === "+" || tokenText[0] === "-") {
            tokenText = tokenText.slice(1);
          }
          if (tokenText === "NaN" || tokenText === "Infinity") {
            return createJSON5IdentifierNode(token);
          }
        }
        return createLiteralNode(tokenType);
      case tt.Null:
        return createNullNode(token);
      case tt.LBrace:
        return parseObject(tokenType);
      case tt.LBracket:
        return parseArray(tokenType);
      default:
        throw new UnexpectedToken(token);
    }
  }
  const docBody = parseValue();
  const unexpectedToken = next();
  if (unexpectedToken) {
    throw new UnexpectedToken(tokenizer.token);
  }
  const textEndLocation = getEndLocation(text);
  const docParts = {
    loc: {
      start: {
        line: 1,
        column: 1,
        offset: 0
      },
      end: {
        ...textEndLocation
      }
    }
  };
  if (options.tokens) {
    docParts.tokens = tokens;
  }
  if (options.ranges) {
    docParts.range = [
      docParts.loc.start.offset,
      docParts.loc.end.offset
    ];
  }
  return types.document(
    /** @type {ValueNode} */
    docBody,
    docParts
  );
}
var CHAR_0, CHAR_1, CHAR_9, CHAR_BACKSLASH, CHAR_DOLLAR, CHAR_DOT, CHAR_DOUBLE_QUOTE, CHAR_LOWER_A, CHAR_LOWER_E, CHAR_LOWER_F, CHAR_LOWER_N, CHAR_LOWER_T, CHAR_LOWER_U, CHAR_LOWER_X, CHAR_LOWER_Z, CHAR_MINUS, CHAR_NEWLINE, CHAR_PLUS, CHAR_RETURN, CHAR_SINGLE_QUOTE, CHAR_SLASH, CHAR_SPACE, CHAR_TAB, CHAR_UNDERSCORE, CHAR_UPPER_A, CHAR_UPPER_E, CHAR_UPPER_F, CHAR_UPPER_N, CHAR_UPPER_X, CHAR_UPPER_Z, CHAR_LOWER_B, CHAR_LOWER_R, CHAR_LOWER_V, CHAR_LINE_SEPARATOR, CHAR_PARAGRAPH_SEPARATOR, CHAR_UPPER_I, CHAR_STAR, CHAR_VTAB, CHAR_FORM_FEED, CHAR_NBSP, CHAR_BOM, CHAR_NON_BREAKING_SPACE, CHAR_EN_QUAD, CHAR_EM_QUAD, CHAR_EN_SPACE, CHAR_EM_SPACE, CHAR_THREE_PER_EM_SPACE, CHAR_FOUR_PER_EM_SPACE, CHAR_SIX_PER_EM_SPACE, CHAR_FIGURE_SPACE, CHAR_PUNCTUATION_SPACE, CHAR_THIN_SPACE, CHAR_HAIR_SPACE, CHAR_NARROW_NO_BREAK_SPACE, CHAR_MEDIUM_MATHEMATICAL_SPACE, CHAR_IDEOGRAPHIC_SPACE, LBRACKET, RBRACKET, LBRACE, RBRACE, COLON, COMMA, TRUE, FALSE, NULL, NAN$1, INFINITY$1, QUOTE, escapeToChar, json5EscapeToChar, charToEscape, json5CharToEscape, knownTokenTypes, knownJSON5TokenTypes, json5LineTerminators, ErrorWithLocation, UnexpectedChar, UnexpectedIdentifier, UnexpectedToken, UnexpectedEOF, ID_Start, ID_Continue, CHAR_CR, CHAR_LF, CharCodeReader, INFINITY, NAN, keywordStarts, whitespace, json5Whitespace, DEFAULT_OPTIONS$1, jsonKeywords, tt, Tokenizer, types, DEFAULT_OPTIONS, UNICODE_SEQUENCE;
var init_momoa = __esm({
  "node_modules/.pnpm/@humanwhocodes+momoa@3.3.9/node_modules/@humanwhocodes/momoa/dist/momoa.js"() {
    init_define_TRUSTLINT_PACKAGE();
    CHAR_0 = 48;
    CHAR_1 = 49;
    CHAR_9 = 57;
    CHAR_BACKSLASH = 92;
    CHAR_DOLLAR = 36;
    CHAR_DOT = 46;
    CHAR_DOUBLE_QUOTE = 34;
    CHAR_LOWER_A = 97;
    CHAR_LOWER_E = 101;
    CHAR_LOWER_F = 102;
    CHAR_LOWER_N = 110;
    CHAR_LOWER_T = 116;
    CHAR_LOWER_U = 117;
    CHAR_LOWER_X = 120;
    CHAR_LOWER_Z = 122;
    CHAR_MINUS = 45;
    CHAR_NEWLINE = 10;
    CHAR_PLUS = 43;
    CHAR_RETURN = 13;
    CHAR_SINGLE_QUOTE = 39;
    CHAR_SLASH = 47;
    CHAR_SPACE = 32;
    CHAR_TAB = 9;
    CHAR_UNDERSCORE = 95;
    CHAR_UPPER_A = 65;
    CHAR_UPPER_E = 69;
    CHAR_UPPER_F = 70;
    CHAR_UPPER_N = 78;
    CHAR_UPPER_X = 88;
    CHAR_UPPER_Z = 90;
    CHAR_LOWER_B = 98;
    CHAR_LOWER_R = 114;
    CHAR_LOWER_V = 118;
    CHAR_LINE_SEPARATOR = 8232;
    CHAR_PARAGRAPH_SEPARATOR = 8233;
    CHAR_UPPER_I = 73;
    CHAR_STAR = 42;
    CHAR_VTAB = 11;
    CHAR_FORM_FEED = 12;
    CHAR_NBSP = 160;
    CHAR_BOM = 65279;
    CHAR_NON_BREAKING_SPACE = 160;
    CHAR_EN_QUAD = 8192;
    CHAR_EM_QUAD = 8193;
    CHAR_EN_SPACE = 8194;
    CHAR_EM_SPACE = 8195;
    CHAR_THREE_PER_EM_SPACE = 8196;
    CHAR_FOUR_PER_EM_SPACE = 8197;
    CHAR_SIX_PER_EM_SPACE = 8198;
    CHAR_FIGURE_SPACE = 8199;
    CHAR_PUNCTUATION_SPACE = 8200;
    CHAR_THIN_SPACE = 8201;
    CHAR_HAIR_SPACE = 8202;
    CHAR_NARROW_NO_BREAK_SPACE = 8239;
    CHAR_MEDIUM_MATHEMATICAL_SPACE = 8287;
    CHAR_IDEOGRAPHIC_SPACE = 12288;
    LBRACKET = "[";
    RBRACKET = "]";
    LBRACE = "{";
    RBRACE = "}";
    COLON = ":";
    COMMA = ",";
    TRUE = "true";
    FALSE = "false";
    NULL = "null";
    NAN$1 = "NaN";
    INFINITY$1 = "Infinity";
    QUOTE = '"';
    escapeToChar = /* @__PURE__ */ new Map([
      [CHAR_DOUBLE_QUOTE, QUOTE],
      [CHAR_BACKSLASH, "\\"],
      [CHAR_SLASH, "/"],
      [CHAR_LOWER_B, "\b"],
      [CHAR_LOWER_N, "\n"],
      [CHAR_LOWER_F, "\f"],
      [CHAR_LOWER_R, "\r"],
      [CHAR_LOWER_T, "	"]
    ]);
    json5EscapeToChar = new Map([
      ...escapeToChar,
      [CHAR_LOWER_V, "\v"],
      [CHAR_0, "\0"]
    ]);
    charToEscape = /* @__PURE__ */ new Map([
      [QUOTE, QUOTE],
      ["\\", "\\"],
      ["/", "/"],
      ["\b", "b"],
      ["\n", "n"],
      ["\f", "f"],
      ["\r", "r"],
      ["	", "t"]
    ]);
    json5CharToEscape = new Map([
      ...charToEscape,
      ["\v", "v"],
      ["\0", "0"],
      ["\u2028", "u2028"],
      ["\u2029", "u2029"]
    ]);
    knownTokenTypes = /* @__PURE__ */ new Map([
      [LBRACKET, "LBracket"],
      [RBRACKET, "RBracket"],
      [LBRACE, "LBrace"],
      [RBRACE, "RBrace"],
      [COLON, "Colon"],
      [COMMA, "Comma"],
      [TRUE, "Boolean"],
      [FALSE, "Boolean"],
      [NULL, "Null"]
    ]);
    knownJSON5TokenTypes = new Map([
      ...knownTokenTypes,
      [NAN$1, "Number"],
      [INFINITY$1, "Number"]
    ]);
    json5LineTerminators = /* @__PURE__ */ new Set([
      CHAR_NEWLINE,
      CHAR_RETURN,
      CHAR_LINE_SEPARATOR,
      CHAR_PARAGRAPH_SEPARATOR
    ]);
    ErrorWithLocation = class extends Error {
      /**
       * Creates a new instance.
       * @param {string} message The error message to report. 
       * @param {Location} loc The location information for the error.
       */
      constructor(message, { line, column, offset }) {
        super(`${message} (${line}:${column})`);
        this.line = line;
        this.column = column;
        this.offset = offset;
      }
    };
    UnexpectedChar = class extends ErrorWithLocation {
      /**
       * Creates a new instance.
       * @param {number} unexpected The character that was found.
       * @param {Location} loc The location information for the found character.
       */
      constructor(unexpected, loc) {
        super(`Unexpected character '${String.fromCharCode(unexpected)}' found.`, loc);
      }
    };
    UnexpectedIdentifier = class extends ErrorWithLocation {
      /**
       * Creates a new instance.
       * @param {string} unexpected The character that was found.
       * @param {Location} loc The location information for the found character.
       */
      constructor(unexpected, loc) {
        super(`Unexpected identifier '${unexpected}' found.`, loc);
      }
    };
    UnexpectedToken = class extends ErrorWithLocation {
      /**
       * Creates a new instance.
       * @param {Token} token The token that was found. 
       */
      constructor(token) {
        super(`Unexpected token ${token.type} found.`, token.loc.start);
      }
    };
    UnexpectedEOF = class extends ErrorWithLocation {
      /**
       * Creates a new instance.
       * @param {Location} loc The location information for the found character.
       */
      constructor(loc) {
        super("Unexpected end of input found.", loc);
      }
    };
    ID_Start = /[\xAA\xB5\xBA\xC0-\xD6\xD8-\xF6\xF8-\u02C1\u02C6-\u02D1\u02E0-\u02E4\u02EC\u02EE\u0370-\u0374\u0376\u0377\u037A-\u037D\u037F\u0386\u0388-\u038A\u038C\u038E-\u03A1\u03A3-\u03F5\u03F7-\u0481\u048A-\u052F\u0531-\u0556\u0559\u0561-\u0587\u05D0-\u05EA\u05F0-\u05F2\u0620-\u064A\u066E\u066F\u0671-\u06D3\u06D5\u06E5\u06E6\u06EE\u06EF\u06FA-\u06FC\u06FF\u0710\u0712-\u072F\u074D-\u07A5\u07B1\u07CA-\u07EA\u07F4\u07F5\u07FA\u0800-\u0815\u081A\u0824\u0828\u0840-\u0858\u0860-\u086A\u08A0-\u08B4\u08B6-\u08BD\u0904-\u0939\u093D\u0950\u0958-\u0961\u0971-\u0980\u0985-\u098C\u098F\u0990\u0993-\u09A8\u09AA-\u09B0\u09B2\u09B6-\u09B9\u09BD\u09CE\u09DC\u09DD\u09DF-\u09E1\u09F0\u09F1\u09FC\u0A05-\u0A0A\u0A0F\u0A10\u0A13-\u0A28\u0A2A-\u0A30\u0A32\u0A33\u0A35\u0A36\u0A38\u0A39\u0A59-\u0A5C\u0A5E\u0A72-\u0A74\u0A85-\u0A8D\u0A8F-\u0A91\u0A93-\u0AA8\u0AAA-\u0AB0\u0AB2\u0AB3\u0AB5-\u0AB9\u0ABD\u0AD0\u0AE0\u0AE1\u0AF9\u0B05-\u0B0C\u0B0F\u0B10\u0B13-\u0B28\u0B2A-\u0B30\u0B32\u0B33\u0B35-\u0B39\u0B3D\u0B5C\u0B5D\u0B5F-\u0B61\u0B71\u0B83\u0B85-\u0B8A\u0B8E-\u0B90\u0B92-\u0B95\u0B99\u0B9A\u0B9C\u0B9E\u0B9F\u0BA3\u0BA4\u0BA8-\u0BAA\u0BAE-\u0BB9\u0BD0\u0C05-\u0C0C\u0C0E-\u0C10\u0C12-\u0C28\u0C2A-\u0C39\u0C3D\u0C58-\u0C5A\u0C60\u0C61\u0C80\u0C85-\u0C8C\u0C8E-\u0C90\u0C92-\u0CA8\u0CAA-\u0CB3\u0CB5-\u0CB9\u0CBD\u0CDE\u0CE0\u0CE1\u0CF1\u0CF2\u0D05-\u0D0C\u0D0E-\u0D10\u0D12-\u0D3A\u0D3D\u0D4E\u0D54-\u0D56\u0D5F-\u0D61\u0D7A-\u0D7F\u0D85-\u0D96\u0D9A-\u0DB1\u0DB3-\u0DBB\u0DBD\u0DC0-\u0DC6\u0E01-\u0E30\u0E32\u0E33\u0E40-\u0E46\u0E81\u0E82\u0E84\u0E87\u0E88\u0E8A\u0E8D\u0E94-\u0E97\u0E99-\u0E9F\u0EA1-\u0EA3\u0EA5\u0EA7\u0EAA\u0EAB\u0EAD-\u0EB0\u0EB2\u0EB3\u0EBD\u0EC0-\u0EC4\u0EC6\u0EDC-\u0EDF\u0F00\u0F40-\u0F47\u0F49-\u0F6C\u0F88-\u0F8C\u1000-\u102A\u103F\u1050-\u1055\u105A-\u105D\u1061\u1065\u1066\u106E-\u1070\u1075-\u1081\u108E\u10A0-\u10C5\u10C7\u10CD\u10D0-\u10FA\u10FC-\u1248\u124A-\u124D\u1250-\u1256\u1258\u125A-\u125D\u1260-\u1288\u128A-\u128D\u1290-\u12B0\u12B2-\u12B5\u12B8-\u12BE\u12C0\u12C2-\u12C5\u12C8-\u12D6\u12D8-\u1310\u1312-\u1315\u1318-\u135A\u1380-\u138F\u13A0-\u13F5\u13F8-\u13FD\u1401-\u166C\u166F-\u167F\u1681-\u169A\u16A0-\u16EA\u16EE-\u16F8\u1700-\u170C\u170E-\u1711\u1720-\u1731\u1740-\u1751\u1760-\u176C\u176E-\u1770\u1780-\u17B3\u17D7\u17DC\u1820-\u1877\u1880-\u1884\u1887-\u18A8\u18AA\u18B0-\u18F5\u1900-\u191E\u1950-\u196D\u1970-\u1974\u1980-\u19AB\u19B0-\u19C9\u1A00-\u1A16\u1A20-\u1A54\u1AA7\u1B05-\u1B33\u1B45-\u1B4B\u1B83-\u1BA0\u1BAE\u1BAF\u1BBA-\u1BE5\u1C00-\u1C23\u1C4D-\u1C4F\u1C5A-\u1C7D\u1C80-\u1C88\u1CE9-\u1CEC\u1CEE-\u1CF1\u1CF5\u1CF6\u1D00-\u1DBF\u1E00-\u1F15\u1F18-\u1F1D\u1F20-\u1F45\u1F48-\u1F4D\u1F50-\u1F57\u1F59\u1F5B\u1F5D\u1F5F-\u1F7D\u1F80-\u1FB4\u1FB6-\u1FBC\u1FBE\u1FC2-\u1FC4\u1FC6-\u1FCC\u1FD0-\u1FD3\u1FD6-\u1FDB\u1FE0-\u1FEC\u1FF2-\u1FF4\u1FF6-\u1FFC\u2071\u207F\u2090-\u209C\u2102\u2107\u210A-\u2113\u2115\u2119-\u211D\u2124\u2126\u2128\u212A-\u212D\u212F-\u2139\u213C-\u213F\u2145-\u2149\u214E\u2160-\u2188\u2C00-\u2C2E\u2C30-\u2C5E\u2C60-\u2CE4\u2CEB-\u2CEE\u2CF2\u2CF3\u2D00-\u2D25\u2D27\u2D2D\u2D30-\u2D67\u2D6F\u2D80-\u2D96\u2DA0-\u2DA6\u2DA8-\u2DAE\u2DB0-\u2DB6\u2DB8-\u2DBE\u2DC0-\u2DC6\u2DC8-\u2DCE\u2DD0-\u2DD6\u2DD8-\u2DDE\u2E2F\u3005-\u3007\u3021-\u3029\u3031-\u3035\u3038-\u303C\u3041-\u3096\u309D-\u309F\u30A1-\u30FA\u30FC-\u30FF\u3105-\u312E\u3131-\u318E\u31A0-\u31BA\u31F0-\u31FF\u3400-\u4DB5\u4E00-\u9FEA\uA000-\uA48C\uA4D0-\uA4FD\uA500-\uA60C\uA610-\uA61F\uA62A\uA62B\uA640-\uA66E\uA67F-\uA69D\uA6A0-\uA6EF\uA717-\uA71F\uA722-\uA788\uA78B-\uA7AE\uA7B0-\uA7B7\uA7F7-\uA801\uA803-\uA805\uA807-\uA80A\uA80C-\uA822\uA840-\uA873\uA882-\uA8B3\uA8F2-\uA8F7\uA8FB\uA8FD\uA90A-\uA925\uA930-\uA946\uA960-\uA97C\uA984-\uA9B2\uA9CF\uA9E0-\uA9E4\uA9E6-\uA9EF\uA9FA-\uA9FE\uAA00-\uAA28\uAA40-\uAA42\uAA44-\uAA4B\uAA60-\uAA76\uAA7A\uAA7E-\uAAAF\uAAB1\uAAB5\uAAB6\uAAB9-\uAABD\uAAC0\uAAC2\uAADB-\uAADD\uAAE0-\uAAEA\uAAF2-\uAAF4\uAB01-\uAB06\uAB09-\uAB0E\uAB11-\uAB16\uAB20-\uAB26\uAB28-\uAB2E\uAB30-\uAB5A\uAB5C-\uAB65\uAB70-\uABE2\uAC00-\uD7A3\uD7B0-\uD7C6\uD7CB-\uD7FB\uF900-\uFA6D\uFA70-\uFAD9\uFB00-\uFB06\uFB13-\uFB17\uFB1D\uFB1F-\uFB28\uFB2A-\uFB36\uFB38-\uFB3C\uFB3E\uFB40\uFB41\uFB43\uFB44\uFB46-\uFBB1\uFBD3-\uFD3D\uFD50-\uFD8F\uFD92-\uFDC7\uFDF0-\uFDFB\uFE70-\uFE74\uFE76-\uFEFC\uFF21-\uFF3A\uFF41-\uFF5A\uFF66-\uFFBE\uFFC2-\uFFC7\uFFCA-\uFFCF\uFFD2-\uFFD7\uFFDA-\uFFDC]|\uD800[\uDC00-\uDC0B\uDC0D-\uDC26\uDC28-\uDC3A\uDC3C\uDC3D\uDC3F-\uDC4D\uDC50-\uDC5D\uDC80-\uDCFA\uDD40-\uDD74\uDE80-\uDE9C\uDEA0-\uDED0\uDF00-\uDF1F\uDF2D-\uDF4A\uDF50-\uDF75\uDF80-\uDF9D\uDFA0-\uDFC3\uDFC8-\uDFCF\uDFD1-\uDFD5]|\uD801[\uDC00-\uDC9D\uDCB0-\uDCD3\uDCD8-\uDCFB\uDD00-\uDD27\uDD30-\uDD63\uDE00-\uDF36\uDF40-\uDF55\uDF60-\uDF67]|\uD802[\uDC00-\uDC05\uDC08\uDC0A-\uDC35\uDC37\uDC38\uDC3C\uDC3F-\uDC55\uDC60-\uDC76\uDC80-\uDC9E\uDCE0-\uDCF2\uDCF4\uDCF5\uDD00-\uDD15\uDD20-\uDD39\uDD80-\uDDB7\uDDBE\uDDBF\uDE00\uDE10-\uDE13\uDE15-\uDE17\uDE19-\uDE33\uDE60-\uDE7C\uDE80-\uDE9C\uDEC0-\uDEC7\uDEC9-\uDEE4\uDF00-\uDF35\uDF40-\uDF55\uDF60-\uDF72\uDF80-\uDF91]|\uD803[\uDC00-\uDC48\uDC80-\uDCB2\uDCC0-\uDCF2]|\uD804[\uDC03-\uDC37\uDC83-\uDCAF\uDCD0-\uDCE8\uDD03-\uDD26\uDD50-\uDD72\uDD76\uDD83-\uDDB2\uDDC1-\uDDC4\uDDDA\uDDDC\uDE00-\uDE11\uDE13-\uDE2B\uDE80-\uDE86\uDE88\uDE8A-\uDE8D\uDE8F-\uDE9D\uDE9F-\uDEA8\uDEB0-\uDEDE\uDF05-\uDF0C\uDF0F\uDF10\uDF13-\uDF28\uDF2A-\uDF30\uDF32\uDF33\uDF35-\uDF39\uDF3D\uDF50\uDF5D-\uDF61]|\uD805[\uDC00-\uDC34\uDC47-\uDC4A\uDC80-\uDCAF\uDCC4\uDCC5\uDCC7\uDD80-\uDDAE\uDDD8-\uDDDB\uDE00-\uDE2F\uDE44\uDE80-\uDEAA\uDF00-\uDF19]|\uD806[\uDCA0-\uDCDF\uDCFF\uDE00\uDE0B-\uDE32\uDE3A\uDE50\uDE5C-\uDE83\uDE86-\uDE89\uDEC0-\uDEF8]|\uD807[\uDC00-\uDC08\uDC0A-\uDC2E\uDC40\uDC72-\uDC8F\uDD00-\uDD06\uDD08\uDD09\uDD0B-\uDD30\uDD46]|\uD808[\uDC00-\uDF99]|\uD809[\uDC00-\uDC6E\uDC80-\uDD43]|[\uD80C\uD81C-\uD820\uD840-\uD868\uD86A-\uD86C\uD86F-\uD872\uD874-\uD879][\uDC00-\uDFFF]|\uD80D[\uDC00-\uDC2E]|\uD811[\uDC00-\uDE46]|\uD81A[\uDC00-\uDE38\uDE40-\uDE5E\uDED0-\uDEED\uDF00-\uDF2F\uDF40-\uDF43\uDF63-\uDF77\uDF7D-\uDF8F]|\uD81B[\uDF00-\uDF44\uDF50\uDF93-\uDF9F\uDFE0\uDFE1]|\uD821[\uDC00-\uDFEC]|\uD822[\uDC00-\uDEF2]|\uD82C[\uDC00-\uDD1E\uDD70-\uDEFB]|\uD82F[\uDC00-\uDC6A\uDC70-\uDC7C\uDC80-\uDC88\uDC90-\uDC99]|\uD835[\uDC00-\uDC54\uDC56-\uDC9C\uDC9E\uDC9F\uDCA2\uDCA5\uDCA6\uDCA9-\uDCAC\uDCAE-\uDCB9\uDCBB\uDCBD-\uDCC3\uDCC5-\uDD05\uDD07-\uDD0A\uDD0D-\uDD14\uDD16-\uDD1C\uDD1E-\uDD39\uDD3B-\uDD3E\uDD40-\uDD44\uDD46\uDD4A-\uDD50\uDD52-\uDEA5\uDEA8-\uDEC0\uDEC2-\uDEDA\uDEDC-\uDEFA\uDEFC-\uDF14\uDF16-\uDF34\uDF36-\uDF4E\uDF50-\uDF6E\uDF70-\uDF88\uDF8A-\uDFA8\uDFAA-\uDFC2\uDFC4-\uDFCB]|\uD83A[\uDC00-\uDCC4\uDD00-\uDD43]|\uD83B[\uDE00-\uDE03\uDE05-\uDE1F\uDE21\uDE22\uDE24\uDE27\uDE29-\uDE32\uDE34-\uDE37\uDE39\uDE3B\uDE42\uDE47\uDE49\uDE4B\uDE4D-\uDE4F\uDE51\uDE52\uDE54\uDE57\uDE59\uDE5B\uDE5D\uDE5F\uDE61\uDE62\uDE64\uDE67-\uDE6A\uDE6C-\uDE72\uDE74-\uDE77\uDE79-\uDE7C\uDE7E\uDE80-\uDE89\uDE8B-\uDE9B\uDEA1-\uDEA3\uDEA5-\uDEA9\uDEAB-\uDEBB]|\uD869[\uDC00-\uDED6\uDF00-\uDFFF]|\uD86D[\uDC00-\uDF34\uDF40-\uDFFF]|\uD86E[\uDC00-\uDC1D\uDC20-\uDFFF]|\uD873[\uDC00-\uDEA1\uDEB0-\uDFFF]|\uD87A[\uDC00-\uDFE0]|\uD87E[\uDC00-\uDE1D]/;
    ID_Continue = /[\xAA\xB5\xBA\xC0-\xD6\xD8-\xF6\xF8-\u02C1\u02C6-\u02D1\u02E0-\u02E4\u02EC\u02EE\u0300-\u0374\u0376\u0377\u037A-\u037D\u037F\u0386\u0388-\u038A\u038C\u038E-\u03A1\u03A3-\u03F5\u03F7-\u0481\u0483-\u0487\u048A-\u052F\u0531-\u0556\u0559\u0561-\u0587\u0591-\u05BD\u05BF\u05C1\u05C2\u05C4\u05C5\u05C7\u05D0-\u05EA\u05F0-\u05F2\u0610-\u061A\u0620-\u0669\u066E-\u06D3\u06D5-\u06DC\u06DF-\u06E8\u06EA-\u06FC\u06FF\u0710-\u074A\u074D-\u07B1\u07C0-\u07F5\u07FA\u0800-\u082D\u0840-\u085B\u0860-\u086A\u08A0-\u08B4\u08B6-\u08BD\u08D4-\u08E1\u08E3-\u0963\u0966-\u096F\u0971-\u0983\u0985-\u098C\u098F\u0990\u0993-\u09A8\u09AA-\u09B0\u09B2\u09B6-\u09B9\u09BC-\u09C4\u09C7\u09C8\u09CB-\u09CE\u09D7\u09DC\u09DD\u09DF-\u09E3\u09E6-\u09F1\u09FC\u0A01-\u0A03\u0A05-\u0A0A\u0A0F\u0A10\u0A13-\u0A28\u0A2A-\u0A30\u0A32\u0A33\u0A35\u0A36\u0A38\u0A39\u0A3C\u0A3E-\u0A42\u0A47\u0A48\u0A4B-\u0A4D\u0A51\u0A59-\u0A5C\u0A5E\u0A66-\u0A75\u0A81-\u0A83\u0A85-\u0A8D\u0A8F-\u0A91\u0A93-\u0AA8\u0AAA-\u0AB0\u0AB2\u0AB3\u0AB5-\u0AB9\u0ABC-\u0AC5\u0AC7-\u0AC9\u0ACB-\u0ACD\u0AD0\u0AE0-\u0AE3\u0AE6-\u0AEF\u0AF9-\u0AFF\u0B01-\u0B03\u0B05-\u0B0C\u0B0F\u0B10\u0B13-\u0B28\u0B2A-\u0B30\u0B32\u0B33\u0B35-\u0B39\u0B3C-\u0B44\u0B47\u0B48\u0B4B-\u0B4D\u0B56\u0B57\u0B5C\u0B5D\u0B5F-\u0B63\u0B66-\u0B6F\u0B71\u0B82\u0B83\u0B85-\u0B8A\u0B8E-\u0B90\u0B92-\u0B95\u0B99\u0B9A\u0B9C\u0B9E\u0B9F\u0BA3\u0BA4\u0BA8-\u0BAA\u0BAE-\u0BB9\u0BBE-\u0BC2\u0BC6-\u0BC8\u0BCA-\u0BCD\u0BD0\u0BD7\u0BE6-\u0BEF\u0C00-\u0C03\u0C05-\u0C0C\u0C0E-\u0C10\u0C12-\u0C28\u0C2A-\u0C39\u0C3D-\u0C44\u0C46-\u0C48\u0C4A-\u0C4D\u0C55\u0C56\u0C58-\u0C5A\u0C60-\u0C63\u0C66-\u0C6F\u0C80-\u0C83\u0C85-\u0C8C\u0C8E-\u0C90\u0C92-\u0CA8\u0CAA-\u0CB3\u0CB5-\u0CB9\u0CBC-\u0CC4\u0CC6-\u0CC8\u0CCA-\u0CCD\u0CD5\u0CD6\u0CDE\u0CE0-\u0CE3\u0CE6-\u0CEF\u0CF1\u0CF2\u0D00-\u0D03\u0D05-\u0D0C\u0D0E-\u0D10\u0D12-\u0D44\u0D46-\u0D48\u0D4A-\u0D4E\u0D54-\u0D57\u0D5F-\u0D63\u0D66-\u0D6F\u0D7A-\u0D7F\u0D82\u0D83\u0D85-\u0D96\u0D9A-\u0DB1\u0DB3-\u0DBB\u0DBD\u0DC0-\u0DC6\u0DCA\u0DCF-\u0DD4\u0DD6\u0DD8-\u0DDF\u0DE6-\u0DEF\u0DF2\u0DF3\u0E01-\u0E3A\u0E40-\u0E4E\u0E50-\u0E59\u0E81\u0E82\u0E84\u0E87\u0E88\u0E8A\u0E8D\u0E94-\u0E97\u0E99-\u0E9F\u0EA1-\u0EA3\u0EA5\u0EA7\u0EAA\u0EAB\u0EAD-\u0EB9\u0EBB-\u0EBD\u0EC0-\u0EC4\u0EC6\u0EC8-\u0ECD\u0ED0-\u0ED9\u0EDC-\u0EDF\u0F00\u0F18\u0F19\u0F20-\u0F29\u0F35\u0F37\u0F39\u0F3E-\u0F47\u0F49-\u0F6C\u0F71-\u0F84\u0F86-\u0F97\u0F99-\u0FBC\u0FC6\u1000-\u1049\u1050-\u109D\u10A0-\u10C5\u10C7\u10CD\u10D0-\u10FA\u10FC-\u1248\u124A-\u124D\u1250-\u1256\u1258\u125A-\u125D\u1260-\u1288\u128A-\u128D\u1290-\u12B0\u12B2-\u12B5\u12B8-\u12BE\u12C0\u12C2-\u12C5\u12C8-\u12D6\u12D8-\u1310\u1312-\u1315\u1318-\u135A\u135D-\u135F\u1380-\u138F\u13A0-\u13F5\u13F8-\u13FD\u1401-\u166C\u166F-\u167F\u1681-\u169A\u16A0-\u16EA\u16EE-\u16F8\u1700-\u170C\u170E-\u1714\u1720-\u1734\u1740-\u1753\u1760-\u176C\u176E-\u1770\u1772\u1773\u1780-\u17D3\u17D7\u17DC\u17DD\u17E0-\u17E9\u180B-\u180D\u1810-\u1819\u1820-\u1877\u1880-\u18AA\u18B0-\u18F5\u1900-\u191E\u1920-\u192B\u1930-\u193B\u1946-\u196D\u1970-\u1974\u1980-\u19AB\u19B0-\u19C9\u19D0-\u19D9\u1A00-\u1A1B\u1A20-\u1A5E\u1A60-\u1A7C\u1A7F-\u1A89\u1A90-\u1A99\u1AA7\u1AB0-\u1ABD\u1B00-\u1B4B\u1B50-\u1B59\u1B6B-\u1B73\u1B80-\u1BF3\u1C00-\u1C37\u1C40-\u1C49\u1C4D-\u1C7D\u1C80-\u1C88\u1CD0-\u1CD2\u1CD4-\u1CF9\u1D00-\u1DF9\u1DFB-\u1F15\u1F18-\u1F1D\u1F20-\u1F45\u1F48-\u1F4D\u1F50-\u1F57\u1F59\u1F5B\u1F5D\u1F5F-\u1F7D\u1F80-\u1FB4\u1FB6-\u1FBC\u1FBE\u1FC2-\u1FC4\u1FC6-\u1FCC\u1FD0-\u1FD3\u1FD6-\u1FDB\u1FE0-\u1FEC\u1FF2-\u1FF4\u1FF6-\u1FFC\u203F\u2040\u2054\u2071\u207F\u2090-\u209C\u20D0-\u20DC\u20E1\u20E5-\u20F0\u2102\u2107\u210A-\u2113\u2115\u2119-\u211D\u2124\u2126\u2128\u212A-\u212D\u212F-\u2139\u213C-\u213F\u2145-\u2149\u214E\u2160-\u2188\u2C00-\u2C2E\u2C30-\u2C5E\u2C60-\u2CE4\u2CEB-\u2CF3\u2D00-\u2D25\u2D27\u2D2D\u2D30-\u2D67\u2D6F\u2D7F-\u2D96\u2DA0-\u2DA6\u2DA8-\u2DAE\u2DB0-\u2DB6\u2DB8-\u2DBE\u2DC0-\u2DC6\u2DC8-\u2DCE\u2DD0-\u2DD6\u2DD8-\u2DDE\u2DE0-\u2DFF\u2E2F\u3005-\u3007\u3021-\u302F\u3031-\u3035\u3038-\u303C\u3041-\u3096\u3099\u309A\u309D-\u309F\u30A1-\u30FA\u30FC-\u30FF\u3105-\u312E\u3131-\u318E\u31A0-\u31BA\u31F0-\u31FF\u3400-\u4DB5\u4E00-\u9FEA\uA000-\uA48C\uA4D0-\uA4FD\uA500-\uA60C\uA610-\uA62B\uA640-\uA66F\uA674-\uA67D\uA67F-\uA6F1\uA717-\uA71F\uA722-\uA788\uA78B-\uA7AE\uA7B0-\uA7B7\uA7F7-\uA827\uA840-\uA873\uA880-\uA8C5\uA8D0-\uA8D9\uA8E0-\uA8F7\uA8FB\uA8FD\uA900-\uA92D\uA930-\uA953\uA960-\uA97C\uA980-\uA9C0\uA9CF-\uA9D9\uA9E0-\uA9FE\uAA00-\uAA36\uAA40-\uAA4D\uAA50-\uAA59\uAA60-\uAA76\uAA7A-\uAAC2\uAADB-\uAADD\uAAE0-\uAAEF\uAAF2-\uAAF6\uAB01-\uAB06\uAB09-\uAB0E\uAB11-\uAB16\uAB20-\uAB26\uAB28-\uAB2E\uAB30-\uAB5A\uAB5C-\uAB65\uAB70-\uABEA\uABEC\uABED\uABF0-\uABF9\uAC00-\uD7A3\uD7B0-\uD7C6\uD7CB-\uD7FB\uF900-\uFA6D\uFA70-\uFAD9\uFB00-\uFB06\uFB13-\uFB17\uFB1D-\uFB28\uFB2A-\uFB36\uFB38-\uFB3C\uFB3E\uFB40\uFB41\uFB43\uFB44\uFB46-\uFBB1\uFBD3-\uFD3D\uFD50-\uFD8F\uFD92-\uFDC7\uFDF0-\uFDFB\uFE00-\uFE0F\uFE20-\uFE2F\uFE33\uFE34\uFE4D-\uFE4F\uFE70-\uFE74\uFE76-\uFEFC\uFF10-\uFF19\uFF21-\uFF3A\uFF3F\uFF41-\uFF5A\uFF66-\uFFBE\uFFC2-\uFFC7\uFFCA-\uFFCF\uFFD2-\uFFD7\uFFDA-\uFFDC]|\uD800[\uDC00-\uDC0B\uDC0D-\uDC26\uDC28-\uDC3A\uDC3C\uDC3D\uDC3F-\uDC4D\uDC50-\uDC5D\uDC80-\uDCFA\uDD40-\uDD74\uDDFD\uDE80-\uDE9C\uDEA0-\uDED0\uDEE0\uDF00-\uDF1F\uDF2D-\uDF4A\uDF50-\uDF7A\uDF80-\uDF9D\uDFA0-\uDFC3\uDFC8-\uDFCF\uDFD1-\uDFD5]|\uD801[\uDC00-\uDC9D\uDCA0-\uDCA9\uDCB0-\uDCD3\uDCD8-\uDCFB\uDD00-\uDD27\uDD30-\uDD63\uDE00-\uDF36\uDF40-\uDF55\uDF60-\uDF67]|\uD802[\uDC00-\uDC05\uDC08\uDC0A-\uDC35\uDC37\uDC38\uDC3C\uDC3F-\uDC55\uDC60-\uDC76\uDC80-\uDC9E\uDCE0-\uDCF2\uDCF4\uDCF5\uDD00-\uDD15\uDD20-\uDD39\uDD80-\uDDB7\uDDBE\uDDBF\uDE00-\uDE03\uDE05\uDE06\uDE0C-\uDE13\uDE15-\uDE17\uDE19-\uDE33\uDE38-\uDE3A\uDE3F\uDE60-\uDE7C\uDE80-\uDE9C\uDEC0-\uDEC7\uDEC9-\uDEE6\uDF00-\uDF35\uDF40-\uDF55\uDF60-\uDF72\uDF80-\uDF91]|\uD803[\uDC00-\uDC48\uDC80-\uDCB2\uDCC0-\uDCF2]|\uD804[\uDC00-\uDC46\uDC66-\uDC6F\uDC7F-\uDCBA\uDCD0-\uDCE8\uDCF0-\uDCF9\uDD00-\uDD34\uDD36-\uDD3F\uDD50-\uDD73\uDD76\uDD80-\uDDC4\uDDCA-\uDDCC\uDDD0-\uDDDA\uDDDC\uDE00-\uDE11\uDE13-\uDE37\uDE3E\uDE80-\uDE86\uDE88\uDE8A-\uDE8D\uDE8F-\uDE9D\uDE9F-\uDEA8\uDEB0-\uDEEA\uDEF0-\uDEF9\uDF00-\uDF03\uDF05-\uDF0C\uDF0F\uDF10\uDF13-\uDF28\uDF2A-\uDF30\uDF32\uDF33\uDF35-\uDF39\uDF3C-\uDF44\uDF47\uDF48\uDF4B-\uDF4D\uDF50\uDF57\uDF5D-\uDF63\uDF66-\uDF6C\uDF70-\uDF74]|\uD805[\uDC00-\uDC4A\uDC50-\uDC59\uDC80-\uDCC5\uDCC7\uDCD0-\uDCD9\uDD80-\uDDB5\uDDB8-\uDDC0\uDDD8-\uDDDD\uDE00-\uDE40\uDE44\uDE50-\uDE59\uDE80-\uDEB7\uDEC0-\uDEC9\uDF00-\uDF19\uDF1D-\uDF2B\uDF30-\uDF39]|\uD806[\uDCA0-\uDCE9\uDCFF\uDE00-\uDE3E\uDE47\uDE50-\uDE83\uDE86-\uDE99\uDEC0-\uDEF8]|\uD807[\uDC00-\uDC08\uDC0A-\uDC36\uDC38-\uDC40\uDC50-\uDC59\uDC72-\uDC8F\uDC92-\uDCA7\uDCA9-\uDCB6\uDD00-\uDD06\uDD08\uDD09\uDD0B-\uDD36\uDD3A\uDD3C\uDD3D\uDD3F-\uDD47\uDD50-\uDD59]|\uD808[\uDC00-\uDF99]|\uD809[\uDC00-\uDC6E\uDC80-\uDD43]|[\uD80C\uD81C-\uD820\uD840-\uD868\uD86A-\uD86C\uD86F-\uD872\uD874-\uD879][\uDC00-\uDFFF]|\uD80D[\uDC00-\uDC2E]|\uD811[\uDC00-\uDE46]|\uD81A[\uDC00-\uDE38\uDE40-\uDE5E\uDE60-\uDE69\uDED0-\uDEED\uDEF0-\uDEF4\uDF00-\uDF36\uDF40-\uDF43\uDF50-\uDF59\uDF63-\uDF77\uDF7D-\uDF8F]|\uD81B[\uDF00-\uDF44\uDF50-\uDF7E\uDF8F-\uDF9F\uDFE0\uDFE1]|\uD821[\uDC00-\uDFEC]|\uD822[\uDC00-\uDEF2]|\uD82C[\uDC00-\uDD1E\uDD70-\uDEFB]|\uD82F[\uDC00-\uDC6A\uDC70-\uDC7C\uDC80-\uDC88\uDC90-\uDC99\uDC9D\uDC9E]|\uD834[\uDD65-\uDD69\uDD6D-\uDD72\uDD7B-\uDD82\uDD85-\uDD8B\uDDAA-\uDDAD\uDE42-\uDE44]|\uD835[\uDC00-\uDC54\uDC56-\uDC9C\uDC9E\uDC9F\uDCA2\uDCA5\uDCA6\uDCA9-\uDCAC\uDCAE-\uDCB9\uDCBB\uDCBD-\uDCC3\uDCC5-\uDD05\uDD07-\uDD0A\uDD0D-\uDD14\uDD16-\uDD1C\uDD1E-\uDD39\uDD3B-\uDD3E\uDD40-\uDD44\uDD46\uDD4A-\uDD50\uDD52-\uDEA5\uDEA8-\uDEC0\uDEC2-\uDEDA\uDEDC-\uDEFA\uDEFC-\uDF14\uDF16-\uDF34\uDF36-\uDF4E\uDF50-\uDF6E\uDF70-\uDF88\uDF8A-\uDFA8\uDFAA-\uDFC2\uDFC4-\uDFCB\uDFCE-\uDFFF]|\uD836[\uDE00-\uDE36\uDE3B-\uDE6C\uDE75\uDE84\uDE9B-\uDE9F\uDEA1-\uDEAF]|\uD838[\uDC00-\uDC06\uDC08-\uDC18\uDC1B-\uDC21\uDC23\uDC24\uDC26-\uDC2A]|\uD83A[\uDC00-\uDCC4\uDCD0-\uDCD6\uDD00-\uDD4A\uDD50-\uDD59]|\uD83B[\uDE00-\uDE03\uDE05-\uDE1F\uDE21\uDE22\uDE24\uDE27\uDE29-\uDE32\uDE34-\uDE37\uDE39\uDE3B\uDE42\uDE47\uDE49\uDE4B\uDE4D-\uDE4F\uDE51\uDE52\uDE54\uDE57\uDE59\uDE5B\uDE5D\uDE5F\uDE61\uDE62\uDE64\uDE67-\uDE6A\uDE6C-\uDE72\uDE74-\uDE77\uDE79-\uDE7C\uDE7E\uDE80-\uDE89\uDE8B-\uDE9B\uDEA1-\uDEA3\uDEA5-\uDEA9\uDEAB-\uDEBB]|\uD869[\uDC00-\uDED6\uDF00-\uDFFF]|\uD86D[\uDC00-\uDF34\uDF40-\uDFFF]|\uD86E[\uDC00-\uDC1D\uDC20-\uDFFF]|\uD873[\uDC00-\uDEA1\uDEB0-\uDFFF]|\uD87A[\uDC00-\uDFE0]|\uD87E[\uDC00-\uDE1D]|\uDB40[\uDD00-\uDDEF]/;
    CHAR_CR = 13;
    CHAR_LF = 10;
    CharCodeReader = class {
      /**
       * The text to read from.
       * @type {string}
       */
      #text = "";
      /**
       * The current line number.
       * @type {number}
       */
      #line = 1;
      /**
       * The current column number.
       * @type {number}
       */
      #column = 0;
      /**
       * The current offset in the text.
       * @type {number}
       */
      #offset = -1;
      /**
       * Whether the last character read was a new line.
       * @type {boolean}
       */
      #newLine = false;
      /**
       * The last character code read.
       * @type {number}
       */
      #last = -1;
      /**
       * Whether the reader has ended.
       * @type {boolean}
       */
      #ended = false;
      /**
       * Creates a new instance.
       * @param {string} text The text to read from
       */
      constructor(text) {
        this.#text = text;
      }
      /**
       * Ends the reader.
       * @returns {void}
       */
      #end() {
        if (this.#ended) {
          return;
        }
        this.#column++;
        this.#offset++;
        this.#last = -1;
        this.#ended = true;
      }
      /**
       * Returns the current position of the reader.
       * @returns {Location} An object with line, column, and offset properties.
       */
      locate() {
        return {
          line: this.#line,
          column: this.#column,
          offset: this.#offset
        };
      }
      /**
       * Reads the next character code in the text.
       * @returns {number} The next character code, or -1 if there are no more characters.
       */
      next() {
        if (this.#offset >= this.#text.length - 1) {
          this.#end();
          return -1;
        }
        this.#offset++;
        const charCode = this.#text.charCodeAt(this.#offset);
        if (this.#newLine) {
          this.#line++;
          this.#column = 1;
          this.#newLine = false;
        } else {
          this.#column++;
        }
        if (charCode === CHAR_CR) {
          this.#newLine = true;
          if (this.peek() === CHAR_LF) {
            this.#offset++;
          }
        } else if (charCode === CHAR_LF) {
          this.#newLine = true;
        }
        this.#last = charCode;
        return charCode;
      }
      /**
       * Peeks at the next character code in the text.
       * @returns {number} The next character code, or -1 if there are no more characters.
       */
      peek() {
        if (this.#offset === this.#text.length - 1) {
          return -1;
        }
        return this.#text.charCodeAt(this.#offset + 1);
      }
      /**
       * Determines if the next character code in the text matches a specific character code.
       * @param {(number) => boolean} fn A function to call on the next character.
       * @returns {boolean} True if the next character code matches, false if not.
       */
      match(fn) {
        if (fn(this.peek())) {
          this.next();
          return true;
        }
        return false;
      }
      /**
       * Returns the last character code read.
       * @returns {number} The last character code read.
       */
      current() {
        return this.#last;
      }
    };
    INFINITY = "Infinity";
    NAN = "NaN";
    keywordStarts = /* @__PURE__ */ new Set([CHAR_LOWER_T, CHAR_LOWER_F, CHAR_LOWER_N]);
    whitespace = /* @__PURE__ */ new Set([CHAR_SPACE, CHAR_TAB, CHAR_NEWLINE, CHAR_RETURN]);
    json5Whitespace = /* @__PURE__ */ new Set([
      ...whitespace,
      CHAR_VTAB,
      CHAR_FORM_FEED,
      CHAR_NBSP,
      CHAR_LINE_SEPARATOR,
      CHAR_PARAGRAPH_SEPARATOR,
      CHAR_BOM,
      CHAR_NON_BREAKING_SPACE,
      CHAR_EN_QUAD,
      CHAR_EM_QUAD,
      CHAR_EN_SPACE,
      CHAR_EM_SPACE,
      CHAR_THREE_PER_EM_SPACE,
      CHAR_FOUR_PER_EM_SPACE,
      CHAR_SIX_PER_EM_SPACE,
      CHAR_FIGURE_SPACE,
      CHAR_PUNCTUATION_SPACE,
      CHAR_THIN_SPACE,
      CHAR_HAIR_SPACE,
      CHAR_NARROW_NO_BREAK_SPACE,
      CHAR_MEDIUM_MATHEMATICAL_SPACE,
      CHAR_IDEOGRAPHIC_SPACE
    ]);
    DEFAULT_OPTIONS$1 = {
      mode: "json",
      ranges: false
    };
    jsonKeywords = /* @__PURE__ */ new Set(["true", "false", "null"]);
    tt = {
      EOF: 0,
      Number: 1,
      String: 2,
      Boolean: 3,
      Null: 4,
      NaN: 5,
      Infinity: 6,
      Identifier: 7,
      Colon: 20,
      LBrace: 21,
      RBrace: 22,
      LBracket: 23,
      RBracket: 24,
      Comma: 25,
      LineComment: 40,
      BlockComment: 41
    };
    Tokenizer = class {
      /**
       * Options for the tokenizer.
       * @type {TokenizeOptions}
       */
      #options;
      /**
       * The source text to tokenize.
       * @type {string}
       */
      #text;
      /**
       * The reader for the source text.
       * @type {CharCodeReader}
       */
      #reader;
      /**
       * Indicates if the tokenizer is in JSON5 mode.
       * @type {boolean}
       */
      #json5;
      /**
       * Indicates if comments are allowed.
       * @type {boolean}
       */
      #allowComments;
      /**
       * Indicates if ranges should be included in the tokens.
       * @type {boolean}
       */
      #ranges;
      /**
       * The last token type read.
       * @type {Token}
       */
      #token;
      /**
       * Determines if a character is an escaped character.
       * @type {(c:number) => boolean}
       */
      #isEscapedCharacter;
      /**
       * Determines if a character is a JSON5 line terminator.
       * @type {(c:number) => boolean}
       */
      #isJSON5LineTerminator;
      /**
       * Determines if a character is a JSON5 hex escape.
       * @type {(c:number) => boolean}
       */
      #isJSON5HexEscape;
      /**
       * Determines if a character is whitespace.
       * @type {(c:number) => boolean}
       */
      #isWhitespace;
      /**
       * Creates a new instance of the tokenizer.
       * @param {string} text The source text
       * @param {TokenizeOptions} [options] Options for the tokenizer.
       */
      constructor(text, options) {
        this.#text = text;
        this.#options = {
          ...DEFAULT_OPTIONS$1,
          ...options
        };
        this.#reader = new CharCodeReader(text);
        this.#json5 = this.#options.mode === "json5";
        this.#allowComments = this.#options.mode !== "json";
        this.#ranges = this.#options.ranges;
        this.#isEscapedCharacter = this.#json5 ? json5EscapeToChar.has.bind(json5EscapeToChar) : escapeToChar.has.bind(escapeToChar);
        this.#isJSON5LineTerminator = this.#json5 ? json5LineTerminators.has.bind(json5LineTerminators) : () => false;
        this.#isJSON5HexEscape = this.#json5 ? (c) => c === CHAR_LOWER_X : () => false;
        this.#isWhitespace = this.#json5 ? json5Whitespace.has.bind(json5Whitespace) : whitespace.has.bind(whitespace);
      }
      // #region Errors
      /**
       * Convenience function for throwing unexpected character errors.
       * @param {number} c The unexpected character.
       * @param {Location} [loc] The location of the unexpected character.
       * @returns {never}
       * @throws {UnexpectedChar} always.
       */
      #unexpected(c, loc = this.#reader.locate()) {
        throw new UnexpectedChar(c, loc);
      }
      /**
       * Convenience function for throwing unexpected identifier errors.
       * @param {string} identifier The unexpected identifier.
       * @param {Location} [loc] The location of the unexpected identifier.
       * @returns {never}
       * @throws {UnexpectedIdentifier} always.
       */
      #unexpectedIdentifier(identifier, loc = this.#reader.locate()) {
        throw new UnexpectedIdentifier(identifier, loc);
      }
      /**
      * Convenience function for throwing unexpected EOF errors.
      * @returns {never}
      * @throws {UnexpectedEOF} always.
      */
      #unexpectedEOF() {
        throw new UnexpectedEOF(this.#reader.locate());
      }
      // #endregion
      // #region Helpers
      /**
       * Creates a new token.
       * @param {TokenType} tokenType The type of token to create.
       * @param {number} length The length of the token.
       * @param {Location} startLoc The start location for the token.
       * @param {Location} [endLoc] The end location for the token.
       * @returns {Token} The token.
       */
      #createToken(tokenType, length, startLoc, endLoc) {
        const endOffset = startLoc.offset + length;
        let range = this.#options.ranges ? {
          range: (
            /** @type {Range} */
            [startLoc.offset, endOffset]
          )
        } : void 0;
        return {
          type: tokenType,
          loc: {
            start: startLoc,
            end: endLoc || {
              line: startLoc.line,
              column: startLoc.column + length,
              offset: endOffset
            }
          },
          ...range
        };
      }
      /**
       * Reads in a specific number of hex digits.
       * @param {number} count The number of hex digits to read.
       * @returns {string} The hex digits read.
       */
      #readHexDigits(count) {
        let value = "";
        let c;
        for (let i = 0; i < count; i++) {
          c = this.#reader.peek();
          if (isHexDigit(c)) {
            this.#reader.next();
            value += String.fromCharCode(c);
            continue;
          }
          this.#unexpected(c);
        }
        return value;
      }
      /**
       * Reads in a JSON5 identifier. Also used for JSON but we validate
       * the identifier later.
       * @param {number} c The first character of the identifier.
       * @returns {string} The identifier read.
       * @throws {UnexpectedChar} when the identifier cannot be read.
       */
      #readIdentifier(c) {
        let value = "";
        do {
          value += String.fromCharCode(c);
          if (c === CHAR_BACKSLASH) {
            c = this.#reader.next();
            if (c !== CHAR_LOWER_U) {
              this.#unexpected(c);
            }
            value += String.fromCharCode(c);
            const hexDigits = this.#readHexDigits(4);
            const charCode = parseInt(hexDigits, 16);
            if (value.length === 2 && !isJSON5IdentifierStart(charCode)) {
              const loc = this.#reader.locate();
              this.#unexpected(CHAR_BACKSLASH, { line: loc.line, column: loc.column - 5, offset: loc.offset - 5 });
            } else if (!isJSON5IdentifierPart(charCode)) {
              const loc = this.#reader.locate();
              this.#unexpected(charCode, { line: loc.line, column: loc.column - 5, offset: loc.offset - 5 });
            }
            value += hexDigits;
          }
          c = this.#reader.peek();
          if (!isJSON5IdentifierPart(c)) {
            break;
          }
          this.#reader.next();
        } while (true);
        return value;
      }
      /**
       * Reads in a string. Works for both JSON and JSON5.
       * @param {number} c The first character of the string (either " or ').
       * @returns {number} The length of the string.
       * @throws {UnexpectedChar} when the string cannot be read.
       * @throws {UnexpectedEOF} when EOF is reached before the string is finalized.
       */
      #readString(c) {
        const delimiter = c;
        let length = 1;
        c = this.#reader.peek();
        while (c !== -1 && c !== delimiter) {
          this.#reader.next();
          length++;
          if (c === CHAR_BACKSLASH) {
            c = this.#reader.peek();
            if (this.#isEscapedCharacter(c) || this.#isJSON5LineTerminator(c)) {
              this.#reader.next();
              length++;
            } else if (c === CHAR_LOWER_U) {
              this.#reader.next();
              length++;
              const result = this.#readHexDigits(4);
              length += result.length;
            } else if (this.#isJSON5HexEscape(c)) {
              this.#reader.next();
              length++;
              const result = this.#readHexDigits(2);
              length += result.length;
            } else if (this.#json5) {
              this.#reader.next();
              length++;
            } else {
              this.#unexpected(c);
            }
          }
          c = this.#reader.peek();
        }
        if (c === -1) {
          this.#reader.next();
          this.#unexpectedEOF();
        }
        this.#reader.next();
        length++;
        return length;
      }
      /**
       * Reads a number. Works for both JSON and JSON5.
       * @param {number} c The first character of the number.
       * @returns {number} The length of the number.
       * @throws {UnexpectedChar} when the number cannot be read.
       * @throws {UnexpectedEOF} when EOF is reached before the number is finalized.
       */
      #readNumber(c) {
        let length = 1;
        if (c === CHAR_MINUS || this.#json5 && c === CHAR_PLUS) {
          c = this.#reader.peek();
          if (this.#json5) {
            if (c === CHAR_UPPER_I || c === CHAR_UPPER_N) {
              this.#reader.next();
              const identifier = this.#readIdentifier(c);
              if (identifier !== INFINITY && identifier !== NAN) {
                this.#unexpected(c);
              }
              return length + identifier.length;
            }
          }
          if (!isDigit(c)) {
            this.#unexpected(c);
          }
          this.#reader.next();
          length++;
        }
        if (c === CHAR_0) {
          c = this.#reader.peek();
          if (this.#json5 && (c === CHAR_LOWER_X || c === CHAR_UPPER_X)) {
            this.#reader.next();
            length++;
            c = this.#reader.peek();
            if (!isHexDigit(c)) {
              this.#reader.next();
              this.#unexpected(c);
            }
            do {
              this.#reader.next();
              length++;
              c = this.#reader.peek();
            } while (isHexDigit(c));
          } else if (isDigit(c)) {
            this.#unexpected(c);
          }
        } else {
          if (!this.#json5 || c !== CHAR_DOT) {
            if (!isPositiveDigit(c)) {
              this.#unexpected(c);
            }
            c = this.#reader.peek();
            while (isDigit(c)) {
              this.#reader.next();
              length++;
              c = this.#reader.peek();
            }
          }
        }
        if (c === CHAR_DOT) {
          let digitCount = -1;
          this.#reader.next();
          length++;
          digitCount++;
          c = this.#reader.peek();
          while (isDigit(c)) {
            this.#reader.next();
            length++;
            digitCount++;
            c = this.#reader.peek();
          }
          if (!this.#json5 && digitCount === 0) {
            this.#reader.next();
            if (c) {
              this.#unexpected(c);
            } else {
              this.#unexpectedEOF();
            }
          }
        }
        if (c === CHAR_LOWER_E || c === CHAR_UPPER_E) {
          this.#reader.next();
          length++;
          c = this.#reader.peek();
          if (c === CHAR_PLUS || c === CHAR_MINUS) {
            this.#reader.next();
            length++;
            c = this.#reader.peek();
          }
          if (c === -1) {
            this.#reader.next();
            this.#unexpectedEOF();
          }
          if (!isDigit(c)) {
            this.#reader.next();
            this.#unexpected(c);
          }
          while (isDigit(c)) {
            this.#reader.next();
            length++;
            c = this.#reader.peek();
          }
        }
        return length;
      }
      /**
       * Reads a comment. Works for both JSON and JSON5.
       * @param {number} c The first character of the comment.
       * @returns {{length: number, multiline: boolean}} The length of the comment, and whether the comment is multi-line.
       * @throws {UnexpectedChar} when the comment cannot be read.
       * @throws {UnexpectedEOF} when EOF is reached before the comment is finalized.
       */
      #readComment(c) {
        let length = 1;
        c = this.#reader.peek();
        if (c === CHAR_SLASH) {
          do {
            this.#reader.next();
            length += 1;
            c = this.#reader.peek();
          } while (c > -1 && c !== CHAR_RETURN && c !== CHAR_NEWLINE);
          return { length, multiline: false };
        }
        if (c === CHAR_STAR) {
          this.#reader.next();
          length += 1;
          while (c > -1) {
            c = this.#reader.peek();
            if (c === CHAR_STAR) {
              this.#reader.next();
              length += 1;
              c = this.#reader.peek();
              if (c === CHAR_SLASH) {
                this.#reader.next();
                length += 1;
                return { length, multiline: true };
              }
            } else {
              this.#reader.next();
              length += 1;
            }
          }
          this.#reader.next();
          this.#unexpectedEOF();
        }
        this.#reader.next();
        this.#unexpected(c);
      }
      // #endregion
      /**
       * Returns the next token in the source text.
       * @returns {number} The code for the next token.
       */
      next() {
        let c = this.#reader.next();
        while (this.#isWhitespace(c)) {
          c = this.#reader.next();
        }
        if (c === -1) {
          return tt.EOF;
        }
        const start = this.#reader.locate();
        const ct = String.fromCharCode(c);
        if (this.#json5) {
          if (knownJSON5TokenTypes.has(ct)) {
            this.#token = this.#createToken(knownJSON5TokenTypes.get(ct), 1, start);
          } else if (isJSON5IdentifierStart(c)) {
            const value = this.#readIdentifier(c);
            if (knownJSON5TokenTypes.has(value)) {
              this.#token = this.#createToken(knownJSON5TokenTypes.get(value), value.length, start);
            } else {
              this.#token = this.#createToken("Identifier", value.length, start);
            }
          } else if (isJSON5NumberStart(c)) {
            const result = this.#readNumber(c);
            this.#token = this.#createToken("Number", result, start);
          } else if (isStringStart(c, this.#json5)) {
            const result = this.#readString(c);
            const lastCharLoc = this.#reader.locate();
            this.#token = this.#createToken("String", result, start, {
              line: lastCharLoc.line,
              column: lastCharLoc.column + 1,
              offset: lastCharLoc.offset + 1
            });
          } else if (c === CHAR_SLASH && this.#allowComments) {
            const result = this.#readComment(c);
            const lastCharLoc = this.#reader.locate();
            this.#token = this.#createToken(!result.multiline ? "LineComment" : "BlockComment", result.length, start, {
              line: lastCharLoc.line,
              column: lastCharLoc.column + 1,
              offset: lastCharLoc.offset + 1
            });
          } else {
            this.#unexpected(c);
          }
        } else {
          if (knownTokenTypes.has(ct)) {
            this.#token = this.#createToken(knownTokenTypes.get(ct), 1, start);
          } else if (isKeywordStart(c)) {
            const value = this.#readIdentifier(c);
            if (!jsonKeywords.has(value)) {
              this.#unexpectedIdentifier(value, start);
            }
            this.#token = this.#createToken(knownTokenTypes.get(value), value.length, start);
          } else if (isNumberStart(c)) {
            const result = this.#readNumber(c);
            this.#token = this.#createToken("Number", result, start);
          } else if (isStringStart(c, this.#json5)) {
            const result = this.#readString(c);
            this.#token = this.#createToken("String", result, start);
          } else if (c === CHAR_SLASH && this.#allowComments) {
            const result = this.#readComment(c);
            const lastCharLoc = this.#reader.locate();
            this.#token = this.#createToken(!result.multiline ? "LineComment" : "BlockComment", result.length, start, {
              line: lastCharLoc.line,
              column: lastCharLoc.column + 1,
              offset: lastCharLoc.offset + 1
            });
          } else {
            this.#unexpected(c);
          }
        }
        return tt[this.#token.type];
      }
      /**
       * Returns the current token in the source text.
       * @returns {Token} The current token.
       */
      get token() {
        return this.#token;
      }
    };
    types = {
      /**
       * Creates a document node.
       * @param {ValueNode} body The body of the document.
       * @param {NodeParts} parts Additional properties for the node. 
       * @returns {DocumentNode} The document node.
       */
      document(body, parts = {}) {
        return {
          type: "Document",
          body,
          loc: parts.loc,
          ...parts
        };
      },
      /**
       * Creates a string node.
       * @param {string} value The value for the string.
       * @param {NodeParts} parts Additional properties for the node. 
       * @returns {StringNode} The string node.
       */
      string(value, parts = {}) {
        return {
          type: "String",
          value,
          loc: parts.loc,
          ...parts
        };
      },
      /**
       * Creates a number node.
       * @param {number} value The value for the number.
       * @param {NodeParts} parts Additional properties for the node. 
       * @returns {NumberNode} The number node.
       */
      number(value, parts = {}) {
        return {
          type: "Number",
          value,
          loc: parts.loc,
          ...parts
        };
      },
      /**
       * Creates a boolean node.
       * @param {boolean} value The value for the boolean.
       * @param {NodeParts} parts Additional properties for the node. 
       * @returns {BooleanNode} The boolean node.
       */
      boolean(value, parts = {}) {
        return {
          type: "Boolean",
          value,
          loc: parts.loc,
          ...parts
        };
      },
      /**
       * Creates a null node.
       * @param {NodeParts} parts Additional properties for the node. 
       * @returns {NullNode} The null node.
       */
      null(parts = {}) {
        return {
          type: "Null",
          loc: parts.loc,
          ...parts
        };
      },
      /**
       * Creates an array node.
       * @param {Array<ElementNode>} elements The elements to add.
       * @param {NodeParts} parts Additional properties for the node. 
       * @returns {ArrayNode} The array node.
       */
      array(elements, parts = {}) {
        return {
          type: "Array",
          elements,
          loc: parts.loc,
          ...parts
        };
      },
      /**
       * Creates an element node.
       * @param {ValueNode} value The value for the element.
       * @param {NodeParts} parts Additional properties for the node. 
       * @returns {ElementNode} The element node.
       */
      element(value, parts = {}) {
        return {
          type: "Element",
          value,
          loc: parts.loc,
          ...parts
        };
      },
      /**
       * Creates an object node.
       * @param {Array<MemberNode>} members The members to add.
       * @param {NodeParts} parts Additional properties for the node. 
       * @returns {ObjectNode} The object node.
       */
      object(members, parts = {}) {
        return {
          type: "Object",
          members,
          loc: parts.loc,
          ...parts
        };
      },
      /**
       * Creates a member node.
       * @param {StringNode|IdentifierNode} name The name for the member.
       * @param {ValueNode} value The value for the member.
       * @param {NodeParts} parts Additional properties for the node. 
       * @returns {MemberNode} The member node.
       */
      member(name, value, parts = {}) {
        return {
          type: "Member",
          name,
          value,
          loc: parts.loc,
          ...parts
        };
      },
      /**
       * Creates an identifier node.
       * @param {string} name The name for the identifier.
       * @param {NodeParts} parts Additional properties for the node.
       * @returns {IdentifierNode} The identifier node.
       */
      identifier(name, parts = {}) {
        return {
          type: "Identifier",
          name,
          loc: parts.loc,
          ...parts
        };
      },
      /**
       * Creates a NaN node.
       * @param {Sign} sign The sign for the Infinity.
       * @param {NodeParts} parts Additional properties for the node.
       * @returns {NaNNode} The NaN node.
       */
      nan(sign = "", parts = {}) {
        return {
          type: "NaN",
          sign,
          loc: parts.loc,
          ...parts
        };
      },
      /**
       * Creates an Infinity node.
       * @param {Sign} sign The sign for the Infinity.
       * @param {NodeParts} parts Additional properties for the node.
       * @returns {InfinityNode} The Infinity node.
       */
      infinity(sign = "", parts = {}) {
        return {
          type: "Infinity",
          sign,
          loc: parts.loc,
          ...parts
        };
      }
    };
    DEFAULT_OPTIONS = {
      mode: "json",
      ranges: false,
      tokens: false,
      allowTrailingCommas: false
    };
    UNICODE_SEQUENCE = /\\u[\da-fA-F]{4}/gu;
  }
});

// packages/core/dist/sources/json-tree.js
function parseJsonTree(text, options = {}) {
  const starts = lineStarts(text);
  const spanOf = (range) => ({
    start: positionAt(starts, range[0]),
    end: positionAt(starts, range[1])
  });
  let doc;
  try {
    doc = parse(text, { ranges: true, mode: "json" });
  } catch (err) {
    const e = err;
    const offset = typeof e.offset === "number" ? e.offset : 0;
    const message = (e.message ?? "invalid JSON").replace(/\s*\(\d+:\d+\)\s*$/, "");
    throw new JsonSyntaxError(message, positionAt(starts, Math.min(offset, text.length)));
  }
  const placeholders = options.placeholders ?? [];
  const ids = { next: 0 };
  const convert = (node) => {
    const range = rangeOf(node);
    const span = spanOf(range);
    switch (node.type) {
      case "Object":
        return {
          type: "object",
          span,
          members: node.members.map((m) => ({
            key: m.name.type === "String" ? m.name.value : m.name.name,
            keySpan: spanOf(rangeOf(m.name)),
            value: convert(m.value)
          }))
        };
      case "Array":
        return { type: "array", span, items: node.elements.map((e) => convert(e.value)) };
      case "String":
        return stringNode(node.value, range, span, text, placeholders, spanOf, ids);
      case "Number":
        return { type: "number", span, value: node.value, text: text.slice(range[0], range[1]) };
      case "Boolean":
        return { type: "boolean", span, value: node.value, text: String(node.value) };
      case "Null":
        return { type: "null", span, value: null, text: "null" };
      default:
        throw new JsonSyntaxError(`unsupported JSON value ${node.type}`, span.start);
    }
  };
  return convert(doc.body);
}
function rangeOf(node) {
  const r = node.range;
  if (r)
    return r;
  return [node.loc.start.offset, node.loc.end.offset];
}
function stringNode(value, range, span, text, placeholders, spanOf, ids) {
  const inside = placeholders.filter((p) => p.start >= range[0] && p.end <= range[1]);
  if (inside.length === 0)
    return { type: "string", span, value };
  const raw = text.slice(range[0] + 1, range[1] - 1);
  const unresolved = [];
  if (raw !== value) {
    const whole = inside.map((p) => p.expression).join(", ");
    const id = ids.next++;
    unresolved.push({ id, expression: whole, reason: "template placeholder", span });
    return { type: "string", span, value: unresolvedMarker(id), unresolved, provenance: { kind: "placeholder", expression: whole } };
  }
  let out = "";
  let cursor = range[0] + 1;
  for (const p of inside) {
    const id = ids.next++;
    out += text.slice(cursor, p.start) + unresolvedMarker(id);
    unresolved.push({ id, expression: p.expression, reason: "template placeholder", span: spanOf([p.start, p.end]) });
    cursor = p.end;
  }
  out += text.slice(cursor, range[1] - 1);
  return { type: "string", span, value: out, unresolved, provenance: { kind: "placeholder", expression: inside.map((p) => p.expression).join(", ") } };
}
var JsonSyntaxError;
var init_json_tree = __esm({
  "packages/core/dist/sources/json-tree.js"() {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
    init_momoa();
    init_policy();
    init_span();
    JsonSyntaxError = class extends Error {
      position;
      constructor(message, position2) {
        super(message);
        this.position = position2;
      }
    };
  }
});

// packages/core/dist/sources/policy-file.js
function preparePolicyTemplate(text) {
  const placeholders = [];
  const insideString = stringMask(text);
  let out = "";
  let cursor = 0;
  for (const m of text.matchAll(PLACEHOLDER_RE)) {
    const start = m.index;
    const end = start + m[0].length;
    placeholders.push({ start, end, expression: m[0] });
    if (!insideString[start] && m[0].length >= 2) {
      out += text.slice(cursor, start) + '"' + "_".repeat(m[0].length - 2) + '"';
      cursor = end;
    }
  }
  out += text.slice(cursor);
  return { text: out, placeholders };
}
function stringMask(text) {
  const mask = new Array(text.length).fill(false);
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === "\\") {
        mask[i] = true;
        mask[i + 1] = true;
        i++;
        continue;
      }
      if (c === '"' || c === "\n") {
        inString = false;
        continue;
      }
      mask[i] = true;
    } else if (c === '"') {
      inString = true;
    }
  }
  return mask;
}
function isPolicyRoot(root) {
  return root.type === "object" && getMember(root, "Statement") !== void 0;
}
function readPolicyFile(file, text, template) {
  const prepared = template ? preparePolicyTemplate(text) : { text, placeholders: [] };
  let root;
  try {
    root = parseJsonTree(prepared.text, { placeholders: prepared.placeholders });
  } catch (err) {
    if (!(err instanceof JsonSyntaxError))
      throw err;
    const pos = err.position;
    return {
      documents: [],
      findings: [
        {
          ruleId: "parse-error",
          severity: "error",
          message: `${template ? "policy template" : "policy document"} is not valid JSON: ${err.message}`,
          location: { file, span: { start: pos, end: { ...pos, column: pos.column + 1, offset: pos.offset + 1 } } }
        }
      ]
    };
  }
  if (root.type !== "object" || !isPolicyRoot(root)) {
    return {
      documents: [],
      findings: [
        {
          ruleId: "input-error",
          severity: "info",
          message: 'not a policy document: no top-level "Statement"; the file was not analysed',
          location: { file, span: root.span }
        }
      ]
    };
  }
  return {
    documents: [
      {
        kind: "trust-policy",
        file,
        root,
        location: { file, span: root.span },
        sourceKind: template ? "policy-template" : "policy"
      }
    ],
    findings: []
  };
}
var PLACEHOLDER_RE;
var init_policy_file = __esm({
  "packages/core/dist/sources/policy-file.js"() {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
    init_policy();
    init_json_tree();
    PLACEHOLDER_RE = /\$\{[^}:"\n]+\}|\$[A-Za-z_][A-Za-z0-9_]*|__[A-Za-z0-9]+(?:_[A-Za-z0-9]+)*__|\{\{[^{}\n]*\}\}|%s/g;
  }
});

// packages/core/dist/analyze.js
function analyzeFiles(inputs, options = {}) {
  return Promise.resolve(analyze(inputs, options));
}
function analyze(inputs, options = {}) {
  const config = options.config ?? {};
  const raw = [];
  const documents = [];
  let files = 0;
  const analysed = [];
  for (const input of inputs) {
    const text = input.text.charCodeAt(0) === 65279 ? input.text.slice(1) : input.text;
    const kind = input.kind ?? detectKind(input.file, text);
    if (kind === void 0) {
      if (input.explicit)
        raw.push(unrecognised(input.file, text));
      continue;
    }
    files++;
    analysed.push({ file: input.file, text });
    if (kind === "policy" || kind === "policy-template") {
      const result = readPolicyFile(input.file, text, kind === "policy-template");
      if (!input.explicit && result.documents.length === 0) {
        files--;
        analysed.pop();
        continue;
      }
      raw.push(...result.findings);
      documents.push(...result.documents);
      continue;
    }
    raw.push({
      ruleId: "input-error",
      severity: "info",
      message: `${NOT_YET_SUPPORTED[kind] ?? kind} files are recognised but not analysed by this version of trustlint`,
      location: { file: input.file, span: firstLineSpan(text) }
    });
  }
  raw.push(...runRules(documents, analysed, config));
  raw.push(...options.findings ?? []);
  return finalizeFindings(raw, documents, files, config);
}
function finalizeFindings(raw, documents, files, config) {
  let suppressed = 0;
  const findings = [];
  for (const f of raw) {
    const setting = config.rules?.[f.ruleId];
    if (setting === "off")
      continue;
    if (isIgnored(f, config)) {
      suppressed++;
      continue;
    }
    findings.push(setting ? { ...f, severity: setting } : f);
  }
  findings.sort(compareFindings);
  return { findings, documents, suppressed, files };
}
function isIgnored(f, config) {
  const file = f.location?.file;
  return (config.ignoreFindings ?? []).some((i) => i.rule === f.ruleId && file !== void 0 && normalizePath(i.file) === normalizePath(file));
}
function normalizePath(p) {
  return p.replace(/\\/g, "/").replace(/^\.\//, "");
}
function compareFindings(a, b) {
  const fa = a.location?.file ?? "";
  const fb = b.location?.file ?? "";
  if (fa !== fb)
    return fa < fb ? -1 : 1;
  const la = a.location?.span.start ?? { line: 0, column: 0 };
  const lb = b.location?.span.start ?? { line: 0, column: 0 };
  if (la.line !== lb.line)
    return la.line - lb.line;
  if (la.column !== lb.column)
    return la.column - lb.column;
  return a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0;
}
function unrecognised(file, text) {
  return {
    ruleId: "input-error",
    severity: "info",
    message: 'no recognised kind: not a policy document (no top-level "Statement"), workflow, Terraform or CloudFormation file; nothing was analysed',
    location: { file, span: firstLineSpan(text) }
  };
}
function firstLineSpan(text) {
  const end = text.search(/\r?\n/);
  const length = end < 0 ? text.length : end;
  return { start: { line: 1, column: 0, offset: 0 }, end: { line: 1, column: length, offset: length } };
}
var NOT_YET_SUPPORTED;
var init_analyze = __esm({
  "packages/core/dist/analyze.js"() {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
    init_rules2();
    init_detect();
    init_policy_file();
    NOT_YET_SUPPORTED = {
      terraform: "Terraform",
      "terraform-plan": "Terraform plan JSON",
      cloudformation: "CloudFormation",
      workflow: "GitHub Actions workflow",
      "composite-action": "composite action"
    };
  }
});

// packages/core/dist/explain.js
function explainPolicy(doc, config = {}) {
  const policy = normalizePolicy(doc.root);
  const trust = new TrustAnalysis(policy, config);
  const parts = collectUnresolved(doc.root).map((u) => u.part);
  const verdicts = trust.scope();
  return {
    file: doc.file,
    ...doc.resource ? { resource: doc.resource } : {},
    ...doc.roleName ? { roleName: doc.roleName } : {},
    providers: trust.providers.map((p) => ({
      prefix: p.provider.prefix,
      arn: p.provider.arn,
      statements: p.statements.map((statement) => {
        const v = verdicts.find((x) => x.provider.arn === p.provider.arn && x.statement.index === statement.index);
        const exactEnvironments = [...p.knowledge.environments].filter(() => !v?.finding);
        return {
          index: statement.index,
          ...statement.sid ? { sid: statement.sid } : {},
          span: (nodeAt(doc.root, statement.path) ?? doc.root).span,
          classes: OUTSIDER_CLASSES.map((cls) => {
            const a = v?.admitted.get(cls);
            return {
              cls,
              outsider: classPhrase(cls),
              admitted: a !== void 0,
              applicable: v?.tried.has(cls) ?? false,
              ...a ? { witness: Object.fromEntries(Object.entries(a.witness.claims).map(([k, val]) => [k, displayValue(val, parts)])) } : {}
            };
          }),
          ...v?.finding ? { ruleId: v.finding.ruleId } : {},
          notes: exactEnvironments.map((e) => `environment "${e}": only as strong as its protection rules (required reviewers, deployment branches), which the policy cannot show`)
        };
      })
    }))
  };
}
function simulatePolicy(doc, options) {
  const policy = normalizePolicy(doc.root);
  const providers = findProviders(policy, options.config ?? {});
  let provider = providers[0];
  if (options.provider !== void 0) {
    const want = options.provider;
    provider = providers.find((p) => p.arn === want || p.prefix === want.replace(/^https:\/\//, ""));
    if (!provider)
      return { ok: false, error: `the policy does not trust provider ${want}`, candidates: providers.map((p) => p.arn) };
  } else if (providers.length > 1) {
    return { ok: false, error: "the policy trusts several GitHub providers: choose one with --provider", candidates: providers.map((p) => p.arn) };
  }
  if (!provider)
    return { ok: false, error: "the policy trusts no GitHub OIDC provider" };
  const claims = { sub: options.sub, aud: options.aud ?? "sts.amazonaws.com" };
  const ignoredClaims = [];
  for (const [name, value] of Object.entries(options.claims ?? {})) {
    if (STS_KEYS.includes(name))
      claims[name] = value;
    else
      ignoredClaims.push(name);
  }
  const result = evaluatePolicy(policy, requestFor(provider, claims), { unresolved: "unknown" });
  const decision = result.decision === "allow" ? "allow" : result.decision === "unknown" ? "unknown" : "deny";
  return {
    ok: true,
    decision,
    provider: provider.arn,
    ignoredClaims,
    statements: result.statements.map((s) => {
      const st = policy.statements.find((x) => x.index === s.index);
      return {
        index: s.index,
        ...st?.sid ? { sid: st.sid } : {},
        effect: s.effect,
        matched: s.applies,
        span: (st ? nodeAt(doc.root, st.path) : void 0)?.span ?? doc.root.span
      };
    })
  };
}
var STS_KEYS;
var init_explain = __esm({
  "packages/core/dist/explain.js"() {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
    init_evaluate();
    init_normalize();
    init_witness();
    init_scope_common();
    init_trust_analysis();
    init_policy();
    STS_KEYS = ["sub", "aud", "actor", "actor_id", "enterprise_id", "environment", "job_workflow_ref", "ref", "repository", "repository_id", "repository_owner_id", "workflow"];
  }
});

// packages/core/dist/index.js
var init_dist = __esm({
  "packages/core/dist/index.js"() {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
    init_model();
    init_rules();
    init_config();
    init_analyze();
    init_detect();
    init_policy_file();
    init_explain();
    init_evaluate();
    init_normalize();
    init_rules2();
    init_issuers();
    init_claims();
  }
});

// node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/compile/codegen/code.js
var require_code = __commonJS({
  "node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/compile/codegen/code.js"(exports) {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.regexpCode = exports.getEsmExportName = exports.getProperty = exports.safeStringify = exports.stringify = exports.strConcat = exports.addCodeArg = exports.str = exports._ = exports.nil = exports._Code = exports.Name = exports.IDENTIFIER = exports._CodeOrName = void 0;
    var _CodeOrName = class {
    };
    exports._CodeOrName = _CodeOrName;
    exports.IDENTIFIER = /^[a-z$_][a-z$_0-9]*$/i;
    var Name = class extends _CodeOrName {
      constructor(s) {
        super();
        if (!exports.IDENTIFIER.test(s))
          throw new Error("CodeGen: name must be a valid identifier");
        this.str = s;
      }
      toString() {
        return this.str;
      }
      emptyStr() {
        return false;
      }
      get names() {
        return { [this.str]: 1 };
      }
    };
    exports.Name = Name;
    var _Code = class extends _CodeOrName {
      constructor(code) {
        super();
        this._items = typeof code === "string" ? [code] : code;
      }
      toString() {
        return this.str;
      }
      emptyStr() {
        if (this._items.length > 1)
          return false;
        const item = this._items[0];
        return item === "" || item === '""';
      }
      get str() {
        var _a;
        return (_a = this._str) !== null && _a !== void 0 ? _a : this._str = this._items.reduce((s, c) => `${s}${c}`, "");
      }
      get names() {
        var _a;
        return (_a = this._names) !== null && _a !== void 0 ? _a : this._names = this._items.reduce((names, c) => {
          if (c instanceof Name)
            names[c.str] = (names[c.str] || 0) + 1;
          return names;
        }, {});
      }
    };
    exports._Code = _Code;
    exports.nil = new _Code("");
    function _(strs, ...args) {
      const code = [strs[0]];
      let i = 0;
      while (i < args.length) {
        addCodeArg(code, args[i]);
        code.push(strs[++i]);
      }
      return new _Code(code);
    }
    exports._ = _;
    var plus = new _Code("+");
    function str(strs, ...args) {
      const expr = [safeStringify(strs[0])];
      let i = 0;
      while (i < args.length) {
        expr.push(plus);
        addCodeArg(expr, args[i]);
        expr.push(plus, safeStringify(strs[++i]));
      }
      optimize(expr);
      return new _Code(expr);
    }
    exports.str = str;
    function addCodeArg(code, arg) {
      if (arg instanceof _Code)
        code.push(...arg._items);
      else if (arg instanceof Name)
        code.push(arg);
      else
        code.push(interpolate(arg));
    }
    exports.addCodeArg = addCodeArg;
    function optimize(expr) {
      let i = 1;
      while (i < expr.length - 1) {
        if (expr[i] === plus) {
          const res = mergeExprItems(expr[i - 1], expr[i + 1]);
          if (res !== void 0) {
            expr.splice(i - 1, 3, res);
            continue;
          }
          expr[i++] = "+";
        }
        i++;
      }
    }
    function mergeExprItems(a, b) {
      if (b === '""')
        return a;
      if (a === '""')
        return b;
      if (typeof a == "string") {
        if (b instanceof Name || a[a.length - 1] !== '"')
          return;
        if (typeof b != "string")
          return `${a.slice(0, -1)}${b}"`;
        if (b[0] === '"')
          return a.slice(0, -1) + b.slice(1);
        return;
      }
      if (typeof b == "string" && b[0] === '"' && !(a instanceof Name))
        return `"${a}${b.slice(1)}`;
      return;
    }
    function strConcat(c1, c2) {
      return c2.emptyStr() ? c1 : c1.emptyStr() ? c2 : str`${c1}${c2}`;
    }
    exports.strConcat = strConcat;
    function interpolate(x) {
      return typeof x == "number" || typeof x == "boolean" || x === null ? x : safeStringify(Array.isArray(x) ? x.join(",") : x);
    }
    function stringify(x) {
      return new _Code(safeStringify(x));
    }
    exports.stringify = stringify;
    function safeStringify(x) {
      return JSON.stringify(x).replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
    }
    exports.safeStringify = safeStringify;
    function getProperty(key) {
      return typeof key == "string" && exports.IDENTIFIER.test(key) ? new _Code(`.${key}`) : _`[${key}]`;
    }
    exports.getProperty = getProperty;
    function getEsmExportName(key) {
      if (typeof key == "string" && exports.IDENTIFIER.test(key)) {
        return new _Code(`${key}`);
      }
      throw new Error(`CodeGen: invalid export name: ${key}, use explicit $id name mapping`);
    }
    exports.getEsmExportName = getEsmExportName;
    function regexpCode(rx) {
      return new _Code(rx.toString());
    }
    exports.regexpCode = regexpCode;
  }
});

// node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/compile/codegen/scope.js
var require_scope = __commonJS({
  "node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/compile/codegen/scope.js"(exports) {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ValueScope = exports.ValueScopeName = exports.Scope = exports.varKinds = exports.UsedValueState = void 0;
    var code_1 = require_code();
    var ValueError = class extends Error {
      constructor(name) {
        super(`CodeGen: "code" for ${name} not defined`);
        this.value = name.value;
      }
    };
    var UsedValueState;
    (function(UsedValueState2) {
      UsedValueState2[UsedValueState2["Started"] = 0] = "Started";
      UsedValueState2[UsedValueState2["Completed"] = 1] = "Completed";
    })(UsedValueState || (exports.UsedValueState = UsedValueState = {}));
    exports.varKinds = {
      const: new code_1.Name("const"),
      let: new code_1.Name("let"),
      var: new code_1.Name("var")
    };
    var Scope = class {
      constructor({ prefixes, parent } = {}) {
        this._names = {};
        this._prefixes = prefixes;
        this._parent = parent;
      }
      toName(nameOrPrefix) {
        return nameOrPrefix instanceof code_1.Name ? nameOrPrefix : this.name(nameOrPrefix);
      }
      name(prefix) {
        return new code_1.Name(this._newName(prefix));
      }
      _newName(prefix) {
        const ng = this._names[prefix] || this._nameGroup(prefix);
        return `${prefix}${ng.index++}`;
      }
      _nameGroup(prefix) {
        var _a, _b;
        if (((_b = (_a = this._parent) === null || _a === void 0 ? void 0 : _a._prefixes) === null || _b === void 0 ? void 0 : _b.has(prefix)) || this._prefixes && !this._prefixes.has(prefix)) {
          throw new Error(`CodeGen: prefix "${prefix}" is not allowed in this scope`);
        }
        return this._names[prefix] = { prefix, index: 0 };
      }
    };
    exports.Scope = Scope;
    var ValueScopeName = class extends code_1.Name {
      constructor(prefix, nameStr) {
        super(nameStr);
        this.prefix = prefix;
      }
      setValue(value, { property, itemIndex }) {
        this.value = value;
        this.scopePath = (0, code_1._)`.${new code_1.Name(property)}[${itemIndex}]`;
      }
    };
    exports.ValueScopeName = ValueScopeName;
    var line = (0, code_1._)`\n`;
    var ValueScope = class extends Scope {
      constructor(opts) {
        super(opts);
        this._values = {};
        this._scope = opts.scope;
        this.opts = { ...opts, _n: opts.lines ? line : code_1.nil };
      }
      get() {
        return this._scope;
      }
      name(prefix) {
        return new ValueScopeName(prefix, this._newName(prefix));
      }
      value(nameOrPrefix, value) {
        var _a;
        if (value.ref === void 0)
          throw new Error("CodeGen: ref must be passed in value");
        const name = this.toName(nameOrPrefix);
        const { prefix } = name;
        const valueKey = (_a = value.key) !== null && _a !== void 0 ? _a : value.ref;
        let vs = this._values[prefix];
        if (vs) {
          const _name = vs.get(valueKey);
          if (_name)
            return _name;
        } else {
          vs = this._values[prefix] = /* @__PURE__ */ new Map();
        }
        vs.set(valueKey, name);
        const s = this._scope[prefix] || (this._scope[prefix] = []);
        const itemIndex = s.length;
        s[itemIndex] = value.ref;
        name.setValue(value, { property: prefix, itemIndex });
        return name;
      }
      getValue(prefix, keyOrRef) {
        const vs = this._values[prefix];
        if (!vs)
          return;
        return vs.get(keyOrRef);
      }
      scopeRefs(scopeName, values = this._values) {
        return this._reduceValues(values, (name) => {
          if (name.scopePath === void 0)
            throw new Error(`CodeGen: name "${name}" has no value`);
          return (0, code_1._)`${scopeName}${name.scopePath}`;
        });
      }
      scopeCode(values = this._values, usedValues, getCode) {
        return this._reduceValues(values, (name) => {
          if (name.value === void 0)
            throw new Error(`CodeGen: name "${name}" has no value`);
          return name.value.code;
        }, usedValues, getCode);
      }
      _reduceValues(values, valueCode, usedValues = {}, getCode) {
        let code = code_1.nil;
        for (const prefix in values) {
          const vs = values[prefix];
          if (!vs)
            continue;
          const nameSet = usedValues[prefix] = usedValues[prefix] || /* @__PURE__ */ new Map();
          vs.forEach((name) => {
            if (nameSet.has(name))
              return;
            nameSet.set(name, UsedValueState.Started);
            let c = valueCode(name);
            if (c) {
              const def = this.opts.es5 ? exports.varKinds.var : exports.varKinds.const;
              code = (0, code_1._)`${code}${def} ${name} = ${c};${this.opts._n}`;
            } else if (c = getCode === null || getCode === void 0 ? void 0 : getCode(name)) {
              code = (0, code_1._)`${code}${c}${this.opts._n}`;
            } else {
              throw new ValueError(name);
            }
            nameSet.set(name, UsedValueState.Completed);
          });
        }
        return code;
      }
    };
    exports.ValueScope = ValueScope;
  }
});

// node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/compile/codegen/index.js
var require_codegen = __commonJS({
  "node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/compile/codegen/index.js"(exports) {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.or = exports.and = exports.not = exports.CodeGen = exports.operators = exports.varKinds = exports.ValueScopeName = exports.ValueScope = exports.Scope = exports.Name = exports.regexpCode = exports.stringify = exports.getProperty = exports.nil = exports.strConcat = exports.str = exports._ = void 0;
    var code_1 = require_code();
    var scope_1 = require_scope();
    var code_2 = require_code();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return code_2._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return code_2.str;
    } });
    Object.defineProperty(exports, "strConcat", { enumerable: true, get: function() {
      return code_2.strConcat;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return code_2.nil;
    } });
    Object.defineProperty(exports, "getProperty", { enumerable: true, get: function() {
      return code_2.getProperty;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return code_2.stringify;
    } });
    Object.defineProperty(exports, "regexpCode", { enumerable: true, get: function() {
      return code_2.regexpCode;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return code_2.Name;
    } });
    var scope_2 = require_scope();
    Object.defineProperty(exports, "Scope", { enumerable: true, get: function() {
      return scope_2.Scope;
    } });
    Object.defineProperty(exports, "ValueScope", { enumerable: true, get: function() {
      return scope_2.ValueScope;
    } });
    Object.defineProperty(exports, "ValueScopeName", { enumerable: true, get: function() {
      return scope_2.ValueScopeName;
    } });
    Object.defineProperty(exports, "varKinds", { enumerable: true, get: function() {
      return scope_2.varKinds;
    } });
    exports.operators = {
      GT: new code_1._Code(">"),
      GTE: new code_1._Code(">="),
      LT: new code_1._Code("<"),
      LTE: new code_1._Code("<="),
      EQ: new code_1._Code("==="),
      NEQ: new code_1._Code("!=="),
      NOT: new code_1._Code("!"),
      OR: new code_1._Code("||"),
      AND: new code_1._Code("&&"),
      ADD: new code_1._Code("+")
    };
    var Node = class {
      optimizeNodes() {
        return this;
      }
      optimizeNames(_names, _constants) {
        return this;
      }
    };
    var Def = class extends Node {
      constructor(varKind, name, rhs) {
        super();
        this.varKind = varKind;
        this.name = name;
        this.rhs = rhs;
      }
      render({ es5, _n }) {
        const varKind = es5 ? scope_1.varKinds.var : this.varKind;
        const rhs = this.rhs === void 0 ? "" : ` = ${this.rhs}`;
        return `${varKind} ${this.name}${rhs};` + _n;
      }
      optimizeNames(names, constants) {
        if (!names[this.name.str])
          return;
        if (this.rhs)
          this.rhs = optimizeExpr(this.rhs, names, constants);
        return this;
      }
      get names() {
        return this.rhs instanceof code_1._CodeOrName ? this.rhs.names : {};
      }
    };
    var Assign = class extends Node {
      constructor(lhs, rhs, sideEffects) {
        super();
        this.lhs = lhs;
        this.rhs = rhs;
        this.sideEffects = sideEffects;
      }
      render({ _n }) {
        return `${this.lhs} = ${this.rhs};` + _n;
      }
      optimizeNames(names, constants) {
        if (this.lhs instanceof code_1.Name && !names[this.lhs.str] && !this.sideEffects)
          return;
        this.rhs = optimizeExpr(this.rhs, names, constants);
        return this;
      }
      get names() {
        const names = this.lhs instanceof code_1.Name ? {} : { ...this.lhs.names };
        return addExprNames(names, this.rhs);
      }
    };
    var AssignOp = class extends Assign {
      constructor(lhs, op, rhs, sideEffects) {
        super(lhs, rhs, sideEffects);
        this.op = op;
      }
      render({ _n }) {
        return `${this.lhs} ${this.op}= ${this.rhs};` + _n;
      }
    };
    var Label = class extends Node {
      constructor(label) {
        super();
        this.label = label;
        this.names = {};
      }
      render({ _n }) {
        return `${this.label}:` + _n;
      }
    };
    var Break = class extends Node {
      constructor(label) {
        super();
        this.label = label;
        this.names = {};
      }
      render({ _n }) {
        const label = this.label ? ` ${this.label}` : "";
        return `break${label};` + _n;
      }
    };
    var Throw = class extends Node {
      constructor(error) {
        super();
        this.error = error;
      }
      render({ _n }) {
        return `throw ${this.error};` + _n;
      }
      get names() {
        return this.error.names;
      }
    };
    var AnyCode = class extends Node {
      constructor(code) {
        super();
        this.code = code;
      }
      render({ _n }) {
        return `${this.code};` + _n;
      }
      optimizeNodes() {
        return `${this.code}` ? this : void 0;
      }
      optimizeNames(names, constants) {
        this.code = optimizeExpr(this.code, names, constants);
        return this;
      }
      get names() {
        return this.code instanceof code_1._CodeOrName ? this.code.names : {};
      }
    };
    var ParentNode = class extends Node {
      constructor(nodes = []) {
        super();
        this.nodes = nodes;
      }
      render(opts) {
        return this.nodes.reduce((code, n) => code + n.render(opts), "");
      }
      optimizeNodes() {
        const { nodes } = this;
        let i = nodes.length;
        while (i--) {
          const n = nodes[i].optimizeNodes();
          if (Array.isArray(n))
            nodes.splice(i, 1, ...n);
          else if (n)
            nodes[i] = n;
          else
            nodes.splice(i, 1);
        }
        return nodes.length > 0 ? this : void 0;
      }
      optimizeNames(names, constants) {
        const { nodes } = this;
        let i = nodes.length;
        while (i--) {
          const n = nodes[i];
          if (n.optimizeNames(names, constants))
            continue;
          subtractNames(names, n.names);
          nodes.splice(i, 1);
        }
        return nodes.length > 0 ? this : void 0;
      }
      get names() {
        return this.nodes.reduce((names, n) => addNames(names, n.names), {});
      }
    };
    var BlockNode = class extends ParentNode {
      render(opts) {
        return "{" + opts._n + super.render(opts) + "}" + opts._n;
      }
    };
    var Root = class extends ParentNode {
    };
    var Else = class extends BlockNode {
    };
    Else.kind = "else";
    var If = class _If extends BlockNode {
      constructor(condition, nodes) {
        super(nodes);
        this.condition = condition;
      }
      render(opts) {
        let code = `if(${this.condition})` + super.render(opts);
        if (this.else)
          code += "else " + this.else.render(opts);
        return code;
      }
      optimizeNodes() {
        super.optimizeNodes();
        const cond = this.condition;
        if (cond === true)
          return this.nodes;
        let e = this.else;
        if (e) {
          const ns = e.optimizeNodes();
          e = this.else = Array.isArray(ns) ? new Else(ns) : ns;
        }
        if (e) {
          if (cond === false)
            return e instanceof _If ? e : e.nodes;
          if (this.nodes.length)
            return this;
          return new _If(not(cond), e instanceof _If ? [e] : e.nodes);
        }
        if (cond === false || !this.nodes.length)
          return void 0;
        return this;
      }
      optimizeNames(names, constants) {
        var _a;
        this.else = (_a = this.else) === null || _a === void 0 ? void 0 : _a.optimizeNames(names, constants);
        if (!(super.optimizeNames(names, constants) || this.else))
          return;
        this.condition = optimizeExpr(this.condition, names, constants);
        return this;
      }
      get names() {
        const names = super.names;
        addExprNames(names, this.condition);
        if (this.else)
          addNames(names, this.else.names);
        return names;
      }
    };
    If.kind = "if";
    var For = class extends BlockNode {
    };
    For.kind = "for";
    var ForLoop = class extends For {
      constructor(iteration) {
        super();
        this.iteration = iteration;
      }
      render(opts) {
        return `for(${this.iteration})` + super.render(opts);
      }
      optimizeNames(names, constants) {
        if (!super.optimizeNames(names, constants))
          return;
        this.iteration = optimizeExpr(this.iteration, names, constants);
        return this;
      }
      get names() {
        return addNames(super.names, this.iteration.names);
      }
    };
    var ForRange = class extends For {
      constructor(varKind, name, from, to) {
        super();
        this.varKind = varKind;
        this.name = name;
        this.from = from;
        this.to = to;
      }
      render(opts) {
        const varKind = opts.es5 ? scope_1.varKinds.var : this.varKind;
        const { name, from, to } = this;
        return `for(${varKind} ${name}=${from}; ${name}<${to}; ${name}++)` + super.render(opts);
      }
      get names() {
        const names = addExprNames(super.names, this.from);
        return addExprNames(names, this.to);
      }
    };
    var ForIter = class extends For {
      constructor(loop, varKind, name, iterable) {
        super();
        this.loop = loop;
        this.varKind = varKind;
        this.name = name;
        this.iterable = iterable;
      }
      render(opts) {
        return `for(${this.varKind} ${this.name} ${this.loop} ${this.iterable})` + super.render(opts);
      }
      optimizeNames(names, constants) {
        if (!super.optimizeNames(names, constants))
          return;
        this.iterable = optimizeExpr(this.iterable, names, constants);
        return this;
      }
      get names() {
        return addNames(super.names, this.iterable.names);
      }
    };
    var Func = class extends BlockNode {
      constructor(name, args, async) {
        super();
        this.name = name;
        this.args = args;
        this.async = async;
      }
      render(opts) {
        const _async = this.async ? "async " : "";
        return `${_async}function ${this.name}(${this.args})` + super.render(opts);
      }
    };
    Func.kind = "func";
    var Return = class extends ParentNode {
      render(opts) {
        return "return " + super.render(opts);
      }
    };
    Return.kind = "return";
    var Try = class extends BlockNode {
      render(opts) {
        let code = "try" + super.render(opts);
        if (this.catch)
          code += this.catch.render(opts);
        if (this.finally)
          code += this.finally.render(opts);
        return code;
      }
      optimizeNodes() {
        var _a, _b;
        super.optimizeNodes();
        (_a = this.catch) === null || _a === void 0 ? void 0 : _a.optimizeNodes();
        (_b = this.finally) === null || _b === void 0 ? void 0 : _b.optimizeNodes();
        return this;
      }
      optimizeNames(names, constants) {
        var _a, _b;
        super.optimizeNames(names, constants);
        (_a = this.catch) === null || _a === void 0 ? void 0 : _a.optimizeNames(names, constants);
        (_b = this.finally) === null || _b === void 0 ? void 0 : _b.optimizeNames(names, constants);
        return this;
      }
      get names() {
        const names = super.names;
        if (this.catch)
          addNames(names, this.catch.names);
        if (this.finally)
          addNames(names, this.finally.names);
        return names;
      }
    };
    var Catch = class extends BlockNode {
      constructor(error) {
        super();
        this.error = error;
      }
      render(opts) {
        return `catch(${this.error})` + super.render(opts);
      }
    };
    Catch.kind = "catch";
    var Finally = class extends BlockNode {
      render(opts) {
        return "finally" + super.render(opts);
      }
    };
    Finally.kind = "finally";
    var CodeGen = class {
      constructor(extScope, opts = {}) {
        this._values = {};
        this._blockStarts = [];
        this._constants = {};
        this.opts = { ...opts, _n: opts.lines ? "\n" : "" };
        this._extScope = extScope;
        this._scope = new scope_1.Scope({ parent: extScope });
        this._nodes = [new Root()];
      }
      toString() {
        return this._root.render(this.opts);
      }
      // returns unique name in the internal scope
      name(prefix) {
        return this._scope.name(prefix);
      }
      // reserves unique name in the external scope
      scopeName(prefix) {
        return this._extScope.name(prefix);
      }
      // reserves unique name in the external scope and assigns value to it
      scopeValue(prefixOrName, value) {
        const name = this._extScope.value(prefixOrName, value);
        const vs = this._values[name.prefix] || (this._values[name.prefix] = /* @__PURE__ */ new Set());
        vs.add(name);
        return name;
      }
      getScopeValue(prefix, keyOrRef) {
        return this._extScope.getValue(prefix, keyOrRef);
      }
      // return code that assigns values in the external scope to the names that are used internally
      // (same names that were returned by gen.scopeName or gen.scopeValue)
      scopeRefs(scopeName) {
        return this._extScope.scopeRefs(scopeName, this._values);
      }
      scopeCode() {
        return this._extScope.scopeCode(this._values);
      }
      _def(varKind, nameOrPrefix, rhs, constant) {
        const name = this._scope.toName(nameOrPrefix);
        if (rhs !== void 0 && constant)
          this._constants[name.str] = rhs;
        this._leafNode(new Def(varKind, name, rhs));
        return name;
      }
      // `const` declaration (`var` in es5 mode)
      const(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.const, nameOrPrefix, rhs, _constant);
      }
      // `let` declaration with optional assignment (`var` in es5 mode)
      let(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.let, nameOrPrefix, rhs, _constant);
      }
      // `var` declaration with optional assignment
      var(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.var, nameOrPrefix, rhs, _constant);
      }
      // assignment code
      assign(lhs, rhs, sideEffects) {
        return this._leafNode(new Assign(lhs, rhs, sideEffects));
      }
      // `+=` code
      add(lhs, rhs) {
        return this._leafNode(new AssignOp(lhs, exports.operators.ADD, rhs));
      }
      // appends passed SafeExpr to code or executes Block
      code(c) {
        if (typeof c == "function")
          c();
        else if (c !== code_1.nil)
          this._leafNode(new AnyCode(c));
        return this;
      }
      // returns code for object literal for the passed argument list of key-value pairs
      object(...keyValues) {
        const code = ["{"];
        for (const [key, value] of keyValues) {
          if (code.length > 1)
            code.push(",");
          code.push(key);
          if (key !== value || this.opts.es5) {
            code.push(":");
            (0, code_1.addCodeArg)(code, value);
          }
        }
        code.push("}");
        return new code_1._Code(code);
      }
      // `if` clause (or statement if `thenBody` and, optionally, `elseBody` are passed)
      if(condition, thenBody, elseBody) {
        this._blockNode(new If(condition));
        if (thenBody && elseBody) {
          this.code(thenBody).else().code(elseBody).endIf();
        } else if (thenBody) {
          this.code(thenBody).endIf();
        } else if (elseBody) {
          throw new Error('CodeGen: "else" body without "then" body');
        }
        return this;
      }
      // `else if` clause - invalid without `if` or after `else` clauses
      elseIf(condition) {
        return this._elseNode(new If(condition));
      }
      // `else` clause - only valid after `if` or `else if` clauses
      else() {
        return this._elseNode(new Else());
      }
      // end `if` statement (needed if gen.if was used only with condition)
      endIf() {
        return this._endBlockNode(If, Else);
      }
      _for(node, forBody) {
        this._blockNode(node);
        if (forBody)
          this.code(forBody).endFor();
        return this;
      }
      // a generic `for` clause (or statement if `forBody` is passed)
      for(iteration, forBody) {
        return this._for(new ForLoop(iteration), forBody);
      }
      // `for` statement for a range of values
      forRange(nameOrPrefix, from, to, forBody, varKind = this.opts.es5 ? scope_1.varKinds.var : scope_1.varKinds.let) {
        const name = this._scope.toName(nameOrPrefix);
        return this._for(new ForRange(varKind, name, from, to), () => forBody(name));
      }
      // `for-of` statement (in es5 mode replace with a normal for loop)
      forOf(nameOrPrefix, iterable, forBody, varKind = scope_1.varKinds.const) {
        const name = this._scope.toName(nameOrPrefix);
        if (this.opts.es5) {
          const arr = iterable instanceof code_1.Name ? iterable : this.var("_arr", iterable);
          return this.forRange("_i", 0, (0, code_1._)`${arr}.length`, (i) => {
            this.var(name, (0, code_1._)`${arr}[${i}]`);
            forBody(name);
          });
        }
        return this._for(new ForIter("of", varKind, name, iterable), () => forBody(name));
      }
      // `for-in` statement.
      // With option `ownProperties` replaced with a `for-of` loop for object keys
      forIn(nameOrPrefix, obj, forBody, varKind = this.opts.es5 ? scope_1.varKinds.var : scope_1.varKinds.const) {
        if (this.opts.ownProperties) {
          return this.forOf(nameOrPrefix, (0, code_1._)`Object.keys(${obj})`, forBody);
        }
        const name = this._scope.toName(nameOrPrefix);
        return this._for(new ForIter("in", varKind, name, obj), () => forBody(name));
      }
      // end `for` loop
      endFor() {
        return this._endBlockNode(For);
      }
      // `label` statement
      label(label) {
        return this._leafNode(new Label(label));
      }
      // `break` statement
      break(label) {
        return this._leafNode(new Break(label));
      }
      // `return` statement
      return(value) {
        const node = new Return();
        this._blockNode(node);
        this.code(value);
        if (node.nodes.length !== 1)
          throw new Error('CodeGen: "return" should have one node');
        return this._endBlockNode(Return);
      }
      // `try` statement
      try(tryBody, catchCode, finallyCode) {
        if (!catchCode && !finallyCode)
          throw new Error('CodeGen: "try" without "catch" and "finally"');
        const node = new Try();
        this._blockNode(node);
        this.code(tryBody);
        if (catchCode) {
          const error = this.name("e");
          this._currNode = node.catch = new Catch(error);
          catchCode(error);
        }
        if (finallyCode) {
          this._currNode = node.finally = new Finally();
          this.code(finallyCode);
        }
        return this._endBlockNode(Catch, Finally);
      }
      // `throw` statement
      throw(error) {
        return this._leafNode(new Throw(error));
      }
      // start self-balancing block
      block(body, nodeCount) {
        this._blockStarts.push(this._nodes.length);
        if (body)
          this.code(body).endBlock(nodeCount);
        return this;
      }
      // end the current self-balancing block
      endBlock(nodeCount) {
        const len = this._blockStarts.pop();
        if (len === void 0)
          throw new Error("CodeGen: not in self-balancing block");
        const toClose = this._nodes.length - len;
        if (toClose < 0 || nodeCount !== void 0 && toClose !== nodeCount) {
          throw new Error(`CodeGen: wrong number of nodes: ${toClose} vs ${nodeCount} expected`);
        }
        this._nodes.length = len;
        return this;
      }
      // `function` heading (or definition if funcBody is passed)
      func(name, args = code_1.nil, async, funcBody) {
        this._blockNode(new Func(name, args, async));
        if (funcBody)
          this.code(funcBody).endFunc();
        return this;
      }
      // end function definition
      endFunc() {
        return this._endBlockNode(Func);
      }
      optimize(n = 1) {
        while (n-- > 0) {
          this._root.optimizeNodes();
          this._root.optimizeNames(this._root.names, this._constants);
        }
      }
      _leafNode(node) {
        this._currNode.nodes.push(node);
        return this;
      }
      _blockNode(node) {
        this._currNode.nodes.push(node);
        this._nodes.push(node);
      }
      _endBlockNode(N1, N2) {
        const n = this._currNode;
        if (n instanceof N1 || N2 && n instanceof N2) {
          this._nodes.pop();
          return this;
        }
        throw new Error(`CodeGen: not in block "${N2 ? `${N1.kind}/${N2.kind}` : N1.kind}"`);
      }
      _elseNode(node) {
        const n = this._currNode;
        if (!(n instanceof If)) {
          throw new Error('CodeGen: "else" without "if"');
        }
        this._currNode = n.else = node;
        return this;
      }
      get _root() {
        return this._nodes[0];
      }
      get _currNode() {
        const ns = this._nodes;
        return ns[ns.length - 1];
      }
      set _currNode(node) {
        const ns = this._nodes;
        ns[ns.length - 1] = node;
      }
    };
    exports.CodeGen = CodeGen;
    function addNames(names, from) {
      for (const n in from)
        names[n] = (names[n] || 0) + (from[n] || 0);
      return names;
    }
    function addExprNames(names, from) {
      return from instanceof code_1._CodeOrName ? addNames(names, from.names) : names;
    }
    function optimizeExpr(expr, names, constants) {
      if (expr instanceof code_1.Name)
        return replaceName(expr);
      if (!canOptimize(expr))
        return expr;
      return new code_1._Code(expr._items.reduce((items, c) => {
        if (c instanceof code_1.Name)
          c = replaceName(c);
        if (c instanceof code_1._Code)
          items.push(...c._items);
        else
          items.push(c);
        return items;
      }, []));
      function replaceName(n) {
        const c = constants[n.str];
        if (c === void 0 || names[n.str] !== 1)
          return n;
        delete names[n.str];
        return c;
      }
      function canOptimize(e) {
        return e instanceof code_1._Code && e._items.some((c) => c instanceof code_1.Name && names[c.str] === 1 && constants[c.str] !== void 0);
      }
    }
    function subtractNames(names, from) {
      for (const n in from)
        names[n] = (names[n] || 0) - (from[n] || 0);
    }
    function not(x) {
      return typeof x == "boolean" || typeof x == "number" || x === null ? !x : (0, code_1._)`!${par(x)}`;
    }
    exports.not = not;
    var andCode = mappend(exports.operators.AND);
    function and(...args) {
      return args.reduce(andCode);
    }
    exports.and = and;
    var orCode = mappend(exports.operators.OR);
    function or(...args) {
      return args.reduce(orCode);
    }
    exports.or = or;
    function mappend(op) {
      return (x, y) => x === code_1.nil ? y : y === code_1.nil ? x : (0, code_1._)`${par(x)} ${op} ${par(y)}`;
    }
    function par(x) {
      return x instanceof code_1.Name ? x : (0, code_1._)`(${x})`;
    }
  }
});

// node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/compile/util.js
var require_util = __commonJS({
  "node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/compile/util.js"(exports) {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.checkStrictMode = exports.getErrorPath = exports.Type = exports.useFunc = exports.setEvaluated = exports.evaluatedPropsToName = exports.mergeEvaluated = exports.eachItem = exports.unescapeJsonPointer = exports.escapeJsonPointer = exports.escapeFragment = exports.unescapeFragment = exports.schemaRefOrVal = exports.schemaHasRulesButRef = exports.schemaHasRules = exports.checkUnknownRules = exports.alwaysValidSchema = exports.toHash = void 0;
    var codegen_1 = require_codegen();
    var code_1 = require_code();
    function toHash(arr) {
      const hash = {};
      for (const item of arr)
        hash[item] = true;
      return hash;
    }
    exports.toHash = toHash;
    function alwaysValidSchema(it, schema) {
      if (typeof schema == "boolean")
        return schema;
      if (Object.keys(schema).length === 0)
        return true;
      checkUnknownRules(it, schema);
      return !schemaHasRules(schema, it.self.RULES.all);
    }
    exports.alwaysValidSchema = alwaysValidSchema;
    function checkUnknownRules(it, schema = it.schema) {
      const { opts, self } = it;
      if (!opts.strictSchema)
        return;
      if (typeof schema === "boolean")
        return;
      const rules = self.RULES.keywords;
      for (const key in schema) {
        if (!rules[key])
          checkStrictMode(it, `unknown keyword: "${key}"`);
      }
    }
    exports.checkUnknownRules = checkUnknownRules;
    function schemaHasRules(schema, rules) {
      if (typeof schema == "boolean")
        return !schema;
      for (const key in schema)
        if (rules[key])
          return true;
      return false;
    }
    exports.schemaHasRules = schemaHasRules;
    function schemaHasRulesButRef(schema, RULES2) {
      if (typeof schema == "boolean")
        return !schema;
      for (const key in schema)
        if (key !== "$ref" && RULES2.all[key])
          return true;
      return false;
    }
    exports.schemaHasRulesButRef = schemaHasRulesButRef;
    function schemaRefOrVal({ topSchemaRef, schemaPath }, schema, keyword, $data) {
      if (!$data) {
        if (typeof schema == "number" || typeof schema == "boolean")
          return schema;
        if (typeof schema == "string")
          return (0, codegen_1._)`${schema}`;
      }
      return (0, codegen_1._)`${topSchemaRef}${schemaPath}${(0, codegen_1.getProperty)(keyword)}`;
    }
    exports.schemaRefOrVal = schemaRefOrVal;
    function unescapeFragment(str) {
      return unescapeJsonPointer(decodeURIComponent(str));
    }
    exports.unescapeFragment = unescapeFragment;
    function escapeFragment(str) {
      return encodeURIComponent(escapeJsonPointer(str));
    }
    exports.escapeFragment = escapeFragment;
    function escapeJsonPointer(str) {
      if (typeof str == "number")
        return `${str}`;
      return str.replace(/~/g, "~0").replace(/\//g, "~1");
    }
    exports.escapeJsonPointer = escapeJsonPointer;
    function unescapeJsonPointer(str) {
      return str.replace(/~1/g, "/").replace(/~0/g, "~");
    }
    exports.unescapeJsonPointer = unescapeJsonPointer;
    function eachItem(xs, f) {
      if (Array.isArray(xs)) {
        for (const x of xs)
          f(x);
      } else {
        f(xs);
      }
    }
    exports.eachItem = eachItem;
    function makeMergeEvaluated({ mergeNames, mergeToName, mergeValues, resultToName }) {
      return (gen, from, to, toName) => {
        const res = to === void 0 ? from : to instanceof codegen_1.Name ? (from instanceof codegen_1.Name ? mergeNames(gen, from, to) : mergeToName(gen, from, to), to) : from instanceof codegen_1.Name ? (mergeToName(gen, to, from), from) : mergeValues(from, to);
        return toName === codegen_1.Name && !(res instanceof codegen_1.Name) ? resultToName(gen, res) : res;
      };
    }
    exports.mergeEvaluated = {
      props: makeMergeEvaluated({
        mergeNames: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true && ${from} !== undefined`, () => {
          gen.if((0, codegen_1._)`${from} === true`, () => gen.assign(to, true), () => gen.assign(to, (0, codegen_1._)`${to} || {}`).code((0, codegen_1._)`Object.assign(${to}, ${from})`));
        }),
        mergeToName: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true`, () => {
          if (from === true) {
            gen.assign(to, true);
          } else {
            gen.assign(to, (0, codegen_1._)`${to} || {}`);
            setEvaluated(gen, to, from);
          }
        }),
        mergeValues: (from, to) => from === true ? true : { ...from, ...to },
        resultToName: evaluatedPropsToName
      }),
      items: makeMergeEvaluated({
        mergeNames: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true && ${from} !== undefined`, () => gen.assign(to, (0, codegen_1._)`${from} === true ? true : ${to} > ${from} ? ${to} : ${from}`)),
        mergeToName: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true`, () => gen.assign(to, from === true ? true : (0, codegen_1._)`${to} > ${from} ? ${to} : ${from}`)),
        mergeValues: (from, to) => from === true ? true : Math.max(from, to),
        resultToName: (gen, items) => gen.var("items", items)
      })
    };
    function evaluatedPropsToName(gen, ps) {
      if (ps === true)
        return gen.var("props", true);
      const props = gen.var("props", (0, codegen_1._)`{}`);
      if (ps !== void 0)
        setEvaluated(gen, props, ps);
      return props;
    }
    exports.evaluatedPropsToName = evaluatedPropsToName;
    function setEvaluated(gen, props, ps) {
      Object.keys(ps).forEach((p) => gen.assign((0, codegen_1._)`${props}${(0, codegen_1.getProperty)(p)}`, true));
    }
    exports.setEvaluated = setEvaluated;
    var snippets = {};
    function useFunc(gen, f) {
      return gen.scopeValue("func", {
        ref: f,
        code: snippets[f.code] || (snippets[f.code] = new code_1._Code(f.code))
      });
    }
    exports.useFunc = useFunc;
    var Type;
    (function(Type2) {
      Type2[Type2["Num"] = 0] = "Num";
      Type2[Type2["Str"] = 1] = "Str";
    })(Type || (exports.Type = Type = {}));
    function getErrorPath(dataProp, dataPropType, jsPropertySyntax) {
      if (dataProp instanceof codegen_1.Name) {
        const isNumber = dataPropType === Type.Num;
        return jsPropertySyntax ? isNumber ? (0, codegen_1._)`"[" + ${dataProp} + "]"` : (0, codegen_1._)`"['" + ${dataProp} + "']"` : isNumber ? (0, codegen_1._)`"/" + ${dataProp}` : (0, codegen_1._)`"/" + ${dataProp}.replace(/~/g, "~0").replace(/\\//g, "~1")`;
      }
      return jsPropertySyntax ? (0, codegen_1.getProperty)(dataProp).toString() : "/" + escapeJsonPointer(dataProp);
    }
    exports.getErrorPath = getErrorPath;
    function checkStrictMode(it, msg, mode = it.opts.strictSchema) {
      if (!mode)
        return;
      msg = `strict mode: ${msg}`;
      if (mode === true)
        throw new Error(msg);
      it.self.logger.warn(msg);
    }
    exports.checkStrictMode = checkStrictMode;
  }
});

// node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/compile/names.js
var require_names = __commonJS({
  "node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/compile/names.js"(exports) {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var names = {
      // validation function arguments
      data: new codegen_1.Name("data"),
      // data passed to validation function
      // args passed from referencing schema
      valCxt: new codegen_1.Name("valCxt"),
      // validation/data context - should not be used directly, it is destructured to the names below
      instancePath: new codegen_1.Name("instancePath"),
      parentData: new codegen_1.Name("parentData"),
      parentDataProperty: new codegen_1.Name("parentDataProperty"),
      rootData: new codegen_1.Name("rootData"),
      // root data - same as the data passed to the first/top validation function
      dynamicAnchors: new codegen_1.Name("dynamicAnchors"),
      // used to support recursiveRef and dynamicRef
      // function scoped variables
      vErrors: new codegen_1.Name("vErrors"),
      // null or array of validation errors
      errors: new codegen_1.Name("errors"),
      // counter of validation errors
      this: new codegen_1.Name("this"),
      // "globals"
      self: new codegen_1.Name("self"),
      scope: new codegen_1.Name("scope"),
      // JTD serialize/parse name for JSON string and position
      json: new codegen_1.Name("json"),
      jsonPos: new codegen_1.Name("jsonPos"),
      jsonLen: new codegen_1.Name("jsonLen"),
      jsonPart: new codegen_1.Name("jsonPart")
    };
    exports.default = names;
  }
});

// node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/compile/errors.js
var require_errors = __commonJS({
  "node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/compile/errors.js"(exports) {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.extendErrors = exports.resetErrorsCount = exports.reportExtraError = exports.reportError = exports.keyword$DataError = exports.keywordError = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var names_1 = require_names();
    exports.keywordError = {
      message: ({ keyword }) => (0, codegen_1.str)`must pass "${keyword}" keyword validation`
    };
    exports.keyword$DataError = {
      message: ({ keyword, schemaType }) => schemaType ? (0, codegen_1.str)`"${keyword}" keyword must be ${schemaType} ($data)` : (0, codegen_1.str)`"${keyword}" keyword is invalid ($data)`
    };
    function reportError(cxt, error = exports.keywordError, errorPaths, overrideAllErrors) {
      const { it } = cxt;
      const { gen, compositeRule, allErrors } = it;
      const errObj = errorObjectCode(cxt, error, errorPaths);
      if (overrideAllErrors !== null && overrideAllErrors !== void 0 ? overrideAllErrors : compositeRule || allErrors) {
        addError(gen, errObj);
      } else {
        returnErrors(it, (0, codegen_1._)`[${errObj}]`);
      }
    }
    exports.reportError = reportError;
    function reportExtraError(cxt, error = exports.keywordError, errorPaths) {
      const { it } = cxt;
      const { gen, compositeRule, allErrors } = it;
      const errObj = errorObjectCode(cxt, error, errorPaths);
      addError(gen, errObj);
      if (!(compositeRule || allErrors)) {
        returnErrors(it, names_1.default.vErrors);
      }
    }
    exports.reportExtraError = reportExtraError;
    function resetErrorsCount(gen, errsCount) {
      gen.assign(names_1.default.errors, errsCount);
      gen.if((0, codegen_1._)`${names_1.default.vErrors} !== null`, () => gen.if(errsCount, () => gen.assign((0, codegen_1._)`${names_1.default.vErrors}.length`, errsCount), () => gen.assign(names_1.default.vErrors, null)));
    }
    exports.resetErrorsCount = resetErrorsCount;
    function extendErrors({ gen, keyword, schemaValue, data, errsCount, it }) {
      if (errsCount === void 0)
        throw new Error("ajv implementation error");
      const err = gen.name("err");
      gen.forRange("i", errsCount, names_1.default.errors, (i) => {
        gen.const(err, (0, codegen_1._)`${names_1.default.vErrors}[${i}]`);
        gen.if((0, codegen_1._)`${err}.instancePath === undefined`, () => gen.assign((0, codegen_1._)`${err}.instancePath`, (0, codegen_1.strConcat)(names_1.default.instancePath, it.errorPath)));
        gen.assign((0, codegen_1._)`${err}.schemaPath`, (0, codegen_1.str)`${it.errSchemaPath}/${keyword}`);
        if (it.opts.verbose) {
          gen.assign((0, codegen_1._)`${err}.schema`, schemaValue);
          gen.assign((0, codegen_1._)`${err}.data`, data);
        }
      });
    }
    exports.extendErrors = extendErrors;
    function addError(gen, errObj) {
      const err = gen.const("err", errObj);
      gen.if((0, codegen_1._)`${names_1.default.vErrors} === null`, () => gen.assign(names_1.default.vErrors, (0, codegen_1._)`[${err}]`), (0, codegen_1._)`${names_1.default.vErrors}.push(${err})`);
      gen.code((0, codegen_1._)`${names_1.default.errors}++`);
    }
    function returnErrors(it, errs) {
      const { gen, validateName, schemaEnv } = it;
      if (schemaEnv.$async) {
        gen.throw((0, codegen_1._)`new ${it.ValidationError}(${errs})`);
      } else {
        gen.assign((0, codegen_1._)`${validateName}.errors`, errs);
        gen.return(false);
      }
    }
    var E = {
      keyword: new codegen_1.Name("keyword"),
      schemaPath: new codegen_1.Name("schemaPath"),
      // also used in JTD errors
      params: new codegen_1.Name("params"),
      propertyName: new codegen_1.Name("propertyName"),
      message: new codegen_1.Name("message"),
      schema: new codegen_1.Name("schema"),
      parentSchema: new codegen_1.Name("parentSchema")
    };
    function errorObjectCode(cxt, error, errorPaths) {
      const { createErrors } = cxt.it;
      if (createErrors === false)
        return (0, codegen_1._)`{}`;
      return errorObject(cxt, error, errorPaths);
    }
    function errorObject(cxt, error, errorPaths = {}) {
      const { gen, it } = cxt;
      const keyValues = [
        errorInstancePath(it, errorPaths),
        errorSchemaPath(cxt, errorPaths)
      ];
      extraErrorProps(cxt, error, keyValues);
      return gen.object(...keyValues);
    }
    function errorInstancePath({ errorPath }, { instancePath }) {
      const instPath = instancePath ? (0, codegen_1.str)`${errorPath}${(0, util_1.getErrorPath)(instancePath, util_1.Type.Str)}` : errorPath;
      return [names_1.default.instancePath, (0, codegen_1.strConcat)(names_1.default.instancePath, instPath)];
    }
    function errorSchemaPath({ keyword, it: { errSchemaPath } }, { schemaPath, parentSchema }) {
      let schPath = parentSchema ? errSchemaPath : (0, codegen_1.str)`${errSchemaPath}/${keyword}`;
      if (schemaPath) {
        schPath = (0, codegen_1.str)`${schPath}${(0, util_1.getErrorPath)(schemaPath, util_1.Type.Str)}`;
      }
      return [E.schemaPath, schPath];
    }
    function extraErrorProps(cxt, { params, message }, keyValues) {
      const { keyword, data, schemaValue, it } = cxt;
      const { opts, propertyName, topSchemaRef, schemaPath } = it;
      keyValues.push([E.keyword, keyword], [E.params, typeof params == "function" ? params(cxt) : params || (0, codegen_1._)`{}`]);
      if (opts.messages) {
        keyValues.push([E.message, typeof message == "function" ? message(cxt) : message]);
      }
      if (opts.verbose) {
        keyValues.push([E.schema, schemaValue], [E.parentSchema, (0, codegen_1._)`${topSchemaRef}${schemaPath}`], [names_1.default.data, data]);
      }
      if (propertyName)
        keyValues.push([E.propertyName, propertyName]);
    }
  }
});

// node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/compile/validate/boolSchema.js
var require_boolSchema = __commonJS({
  "node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/compile/validate/boolSchema.js"(exports) {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.boolOrEmptySchema = exports.topBoolOrEmptySchema = void 0;
    var errors_1 = require_errors();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var boolError = {
      message: "boolean schema is false"
    };
    function topBoolOrEmptySchema(it) {
      const { gen, schema, validateName } = it;
      if (schema === false) {
        falseSchemaError(it, false);
      } else if (typeof schema == "object" && schema.$async === true) {
        gen.return(names_1.default.data);
      } else {
        gen.assign((0, codegen_1._)`${validateName}.errors`, null);
        gen.return(true);
      }
    }
    exports.topBoolOrEmptySchema = topBoolOrEmptySchema;
    function boolOrEmptySchema(it, valid) {
      const { gen, schema } = it;
      if (schema === false) {
        gen.var(valid, false);
        falseSchemaError(it);
      } else {
        gen.var(valid, true);
      }
    }
    exports.boolOrEmptySchema = boolOrEmptySchema;
    function falseSchemaError(it, overrideAllErrors) {
      const { gen, data } = it;
      const cxt = {
        gen,
        keyword: "false schema",
        data,
        schema: false,
        schemaCode: false,
        schemaValue: false,
        params: {},
        it
      };
      (0, errors_1.reportError)(cxt, boolError, void 0, overrideAllErrors);
    }
  }
});

// node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/compile/rules.js
var require_rules = __commonJS({
  "node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/compile/rules.js"(exports) {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getRules = exports.isJSONType = void 0;
    var _jsonTypes = ["string", "number", "integer", "boolean", "null", "object", "array"];
    var jsonTypes = new Set(_jsonTypes);
    function isJSONType(x) {
      return typeof x == "string" && jsonTypes.has(x);
    }
    exports.isJSONType = isJSONType;
    function getRules() {
      const groups = {
        number: { type: "number", rules: [] },
        string: { type: "string", rules: [] },
        array: { type: "array", rules: [] },
        object: { type: "object", rules: [] }
      };
      return {
        types: { ...groups, integer: true, boolean: true, null: true },
        rules: [{ rules: [] }, groups.number, groups.string, groups.array, groups.object],
        post: { rules: [] },
        all: {},
        keywords: {}
      };
    }
    exports.getRules = getRules;
  }
});

// node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/compile/validate/applicability.js
var require_applicability = __commonJS({
  "node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/compile/validate/applicability.js"(exports) {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.shouldUseRule = exports.shouldUseGroup = exports.schemaHasRulesForType = void 0;
    function schemaHasRulesForType({ schema, self }, type) {
      const group = self.RULES.types[type];
      return group && group !== true && shouldUseGroup(schema, group);
    }
    exports.schemaHasRulesForType = schemaHasRulesForType;
    function shouldUseGroup(schema, group) {
      return group.rules.some((rule) => shouldUseRule(schema, rule));
    }
    exports.shouldUseGroup = shouldUseGroup;
    function shouldUseRule(schema, rule) {
      var _a;
      return schema[rule.keyword] !== void 0 || ((_a = rule.definition.implements) === null || _a === void 0 ? void 0 : _a.some((kwd) => schema[kwd] !== void 0));
    }
    exports.shouldUseRule = shouldUseRule;
  }
});

// node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/compile/validate/dataType.js
var require_dataType = __commonJS({
  "node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/compile/validate/dataType.js"(exports) {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.reportTypeError = exports.checkDataTypes = exports.checkDataType = exports.coerceAndCheckDataType = exports.getJSONTypes = exports.getSchemaTypes = exports.DataType = void 0;
    var rules_1 = require_rules();
    var applicability_1 = require_applicability();
    var errors_1 = require_errors();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var DataType;
    (function(DataType2) {
      DataType2[DataType2["Correct"] = 0] = "Correct";
      DataType2[DataType2["Wrong"] = 1] = "Wrong";
    })(DataType || (exports.DataType = DataType = {}));
    function getSchemaTypes(schema) {
      const types2 = getJSONTypes(schema.type);
      const hasNull = types2.includes("null");
      if (hasNull) {
        if (schema.nullable === false)
          throw new Error("type: null contradicts nullable: false");
      } else {
        if (!types2.length && schema.nullable !== void 0) {
          throw new Error('"nullable" cannot be used without "type"');
        }
        if (schema.nullable === true)
          types2.push("null");
      }
      return types2;
    }
    exports.getSchemaTypes = getSchemaTypes;
    function getJSONTypes(ts) {
      const types2 = Array.isArray(ts) ? ts : ts ? [ts] : [];
      if (types2.every(rules_1.isJSONType))
        return types2;
      throw new Error("type must be JSONType or JSONType[]: " + types2.join(","));
    }
    exports.getJSONTypes = getJSONTypes;
    function coerceAndCheckDataType(it, types2) {
      const { gen, data, opts } = it;
      const coerceTo = coerceToTypes(types2, opts.coerceTypes);
      const checkTypes = types2.length > 0 && !(coerceTo.length === 0 && types2.length === 1 && (0, applicability_1.schemaHasRulesForType)(it, types2[0]));
      if (checkTypes) {
        const wrongType = checkDataTypes(types2, data, opts.strictNumbers, DataType.Wrong);
        gen.if(wrongType, () => {
          if (coerceTo.length)
            coerceData(it, types2, coerceTo);
          else
            reportTypeError(it);
        });
      }
      return checkTypes;
    }
    exports.coerceAndCheckDataType = coerceAndCheckDataType;
    var COERCIBLE = /* @__PURE__ */ new Set(["string", "number", "integer", "boolean", "null"]);
    function coerceToTypes(types2, coerceTypes) {
      return coerceTypes ? types2.filter((t) => COERCIBLE.has(t) || coerceTypes === "array" && t === "array") : [];
    }
    function coerceData(it, types2, coerceTo) {
      const { gen, data, opts } = it;
      const dataType = gen.let("dataType", (0, codegen_1._)`typeof ${data}`);
      const coerced = gen.let("coerced", (0, codegen_1._)`undefined`);
      if (opts.coerceTypes === "array") {
        gen.if((0, codegen_1._)`${dataType} == 'object' && Array.isArray(${data}) && ${data}.length == 1`, () => gen.assign(data, (0, codegen_1._)`${data}[0]`).assign(dataType, (0, codegen_1._)`typeof ${data}`).if(checkDataTypes(types2, data, opts.strictNumbers), () => gen.assign(coerced, data)));
      }
      gen.if((0, codegen_1._)`${coerced} !== undefined`);
      for (const t of coerceTo) {
        if (COERCIBLE.has(t) || t === "array" && opts.coerceTypes === "array") {
          coerceSpecificType(t);
        }
      }
      gen.else();
      reportTypeError(it);
      gen.endIf();
      gen.if((0, codegen_1._)`${coerced} !== undefined`, () => {
        gen.assign(data, coerced);
        assignParentData(it, coerced);
      });
      function coerceSpecificType(t) {
        switch (t) {
          case "string":
            gen.elseIf((0, codegen_1._)`${dataType} == "number" || ${dataType} == "boolean"`).assign(coerced, (0, codegen_1._)`"" + ${data}`).elseIf((0, codegen_1._)`${data} === null`).assign(coerced, (0, codegen_1._)`""`);
            return;
          case "number":
            gen.elseIf((0, codegen_1._)`${dataType} == "boolean" || ${data} === null
              || (${dataType} == "string" && ${data} && ${data} == +${data})`).assign(coerced, (0, codegen_1._)`+${data}`);
            return;
          case "integer":
            gen.elseIf((0, codegen_1._)`${dataType} === "boolean" || ${data} === null
              || (${dataType} === "string" && ${data} && ${data} == +${data} && !(${data} % 1))`).assign(coerced, (0, codegen_1._)`+${data}`);
            return;
          case "boolean":
            gen.elseIf((0, codegen_1._)`${data} === "false" || ${data} === 0 || ${data} === null`).assign(coerced, false).elseIf((0, codegen_1._)`${data} === "true" || ${data} === 1`).assign(coerced, true);
            return;
          case "null":
            gen.elseIf((0, codegen_1._)`${data} === "" || ${data} === 0 || ${data} === false`);
            gen.assign(coerced, null);
            return;
          case "array":
            gen.elseIf((0, codegen_1._)`${dataType} === "string" || ${dataType} === "number"
              || ${dataType} === "boolean" || ${data} === null`).assign(coerced, (0, codegen_1._)`[${data}]`);
        }
      }
    }
    function assignParentData({ gen, parentData, parentDataProperty }, expr) {
      gen.if((0, codegen_1._)`${parentData} !== undefined`, () => gen.assign((0, codegen_1._)`${parentData}[${parentDataProperty}]`, expr));
    }
    function checkDataType(dataType, data, strictNums, correct = DataType.Correct) {
      const EQ = correct === DataType.Correct ? codegen_1.operators.EQ : codegen_1.operators.NEQ;
      let cond;
      switch (dataType) {
        case "null":
          return (0, codegen_1._)`${data} ${EQ} null`;
        case "array":
          cond = (0, codegen_1._)`Array.isArray(${data})`;
          break;
        case "object":
          cond = (0, codegen_1._)`${data} && typeof ${data} == "object" && !Array.isArray(${data})`;
          break;
        case "integer":
          cond = numCond((0, codegen_1._)`!(${data} % 1) && !isNaN(${data})`);
          break;
        case "number":
          cond = numCond();
          break;
        default:
          return (0, codegen_1._)`typeof ${data} ${EQ} ${dataType}`;
      }
      return correct === DataType.Correct ? cond : (0, codegen_1.not)(cond);
      function numCond(_cond = codegen_1.nil) {
        return (0, codegen_1.and)((0, codegen_1._)`typeof ${data} == "number"`, _cond, strictNums ? (0, codegen_1._)`isFinite(${data})` : codegen_1.nil);
      }
    }
    exports.checkDataType = checkDataType;
    function checkDataTypes(dataTypes, data, strictNums, correct) {
      if (dataTypes.length === 1) {
        return checkDataType(dataTypes[0], data, strictNums, correct);
      }
      let cond;
      const types2 = (0, util_1.toHash)(dataTypes);
      if (types2.array && types2.object) {
        const notObj = (0, codegen_1._)`typeof ${data} != "object"`;
        cond = types2.null ? notObj : (0, codegen_1._)`!${data} || ${notObj}`;
        delete types2.null;
        delete types2.array;
        delete types2.object;
      } else {
        cond = codegen_1.nil;
      }
      if (types2.number)
        delete types2.integer;
      for (const t in types2)
        cond = (0, codegen_1.and)(cond, checkDataType(t, data, strictNums, correct));
      return cond;
    }
    exports.checkDataTypes = checkDataTypes;
    var typeError = {
      message: ({ schema }) => `must be ${schema}`,
      params: ({ schema, schemaValue }) => typeof schema == "string" ? (0, codegen_1._)`{type: ${schema}}` : (0, codegen_1._)`{type: ${schemaValue}}`
    };
    function reportTypeError(it) {
      const cxt = getTypeErrorContext(it);
      (0, errors_1.reportError)(cxt, typeError);
    }
    exports.reportTypeError = reportTypeError;
    function getTypeErrorContext(it) {
      const { gen, data, schema } = it;
      const schemaCode = (0, util_1.schemaRefOrVal)(it, schema, "type");
      return {
        gen,
        keyword: "type",
        data,
        schema: schema.type,
        schemaCode,
        schemaValue: schemaCode,
        parentSchema: schema,
        params: {},
        it
      };
    }
  }
});

// node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/compile/validate/defaults.js
var require_defaults = __commonJS({
  "node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/compile/validate/defaults.js"(exports) {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.assignDefaults = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    function assignDefaults(it, ty) {
      const { properties, items } = it.schema;
      if (ty === "object" && properties) {
        for (const key in properties) {
          assignDefault(it, key, properties[key].default);
        }
      } else if (ty === "array" && Array.isArray(items)) {
        items.forEach((sch, i) => assignDefault(it, i, sch.default));
      }
    }
    exports.assignDefaults = assignDefaults;
    function assignDefault(it, prop, defaultValue) {
      const { gen, compositeRule, data, opts } = it;
      if (defaultValue === void 0)
        return;
      const childData = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(prop)}`;
      if (compositeRule) {
        (0, util_1.checkStrictMode)(it, `default is ignored for: ${childData}`);
        return;
      }
      let condition = (0, codegen_1._)`${childData} === undefined`;
      if (opts.useDefaults === "empty") {
        condition = (0, codegen_1._)`${condition} || ${childData} === null || ${childData} === ""`;
      }
      gen.if(condition, (0, codegen_1._)`${childData} = ${(0, codegen_1.stringify)(defaultValue)}`);
    }
  }
});

// node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/code.js
var require_code2 = __commonJS({
  "node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/code.js"(exports) {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateUnion = exports.validateArray = exports.usePattern = exports.callValidateCode = exports.schemaProperties = exports.allSchemaProperties = exports.noPropertyInData = exports.propertyInData = exports.isOwnProperty = exports.hasPropFunc = exports.reportMissingProp = exports.checkMissingProp = exports.checkReportMissingProp = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var names_1 = require_names();
    var util_2 = require_util();
    function checkReportMissingProp(cxt, prop) {
      const { gen, data, it } = cxt;
      gen.if(noPropertyInData(gen, data, prop, it.opts.ownProperties), () => {
        cxt.setParams({ missingProperty: (0, codegen_1._)`${prop}` }, true);
        cxt.error();
      });
    }
    exports.checkReportMissingProp = checkReportMissingProp;
    function checkMissingProp({ gen, data, it: { opts } }, properties, missing) {
      return (0, codegen_1.or)(...properties.map((prop) => (0, codegen_1.and)(noPropertyInData(gen, data, prop, opts.ownProperties), (0, codegen_1._)`${missing} = ${prop}`)));
    }
    exports.checkMissingProp = checkMissingProp;
    function reportMissingProp(cxt, missing) {
      cxt.setParams({ missingProperty: missing }, true);
      cxt.error();
    }
    exports.reportMissingProp = reportMissingProp;
    function hasPropFunc(gen) {
      return gen.scopeValue("func", {
        // eslint-disable-next-line @typescript-eslint/unbound-method
        ref: Object.prototype.hasOwnProperty,
        code: (0, codegen_1._)`Object.prototype.hasOwnProperty`
      });
    }
    exports.hasPropFunc = hasPropFunc;
    function isOwnProperty(gen, data, property) {
      return (0, codegen_1._)`${hasPropFunc(gen)}.call(${data}, ${property})`;
    }
    exports.isOwnProperty = isOwnProperty;
    function propertyInData(gen, data, property, ownProperties) {
      const cond = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(property)} !== undefined`;
      return ownProperties ? (0, codegen_1._)`${cond} && ${isOwnProperty(gen, data, property)}` : cond;
    }
    exports.propertyInData = propertyInData;
    function noPropertyInData(gen, data, property, ownProperties) {
      const cond = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(property)} === undefined`;
      return ownProperties ? (0, codegen_1.or)(cond, (0, codegen_1.not)(isOwnProperty(gen, data, property))) : cond;
    }
    exports.noPropertyInData = noPropertyInData;
    function allSchemaProperties(schemaMap) {
      return schemaMap ? Object.keys(schemaMap).filter((p) => p !== "__proto__") : [];
    }
    exports.allSchemaProperties = allSchemaProperties;
    function schemaProperties(it, schemaMap) {
      return allSchemaProperties(schemaMap).filter((p) => !(0, util_1.alwaysValidSchema)(it, schemaMap[p]));
    }
    exports.schemaProperties = schemaProperties;
    function callValidateCode({ schemaCode, data, it: { gen, topSchemaRef, schemaPath, errorPath }, it }, func, context, passSchema) {
      const dataAndSchema = passSchema ? (0, codegen_1._)`${schemaCode}, ${data}, ${topSchemaRef}${schemaPath}` : data;
      const valCxt = [
        [names_1.default.instancePath, (0, codegen_1.strConcat)(names_1.default.instancePath, errorPath)],
        [names_1.default.parentData, it.parentData],
        [names_1.default.parentDataProperty, it.parentDataProperty],
        [names_1.default.rootData, names_1.default.rootData]
      ];
      if (it.opts.dynamicRef)
        valCxt.push([names_1.default.dynamicAnchors, names_1.default.dynamicAnchors]);
      const args = (0, codegen_1._)`${dataAndSchema}, ${gen.object(...valCxt)}`;
      return context !== codegen_1.nil ? (0, codegen_1._)`${func}.call(${context}, ${args})` : (0, codegen_1._)`${func}(${args})`;
    }
    exports.callValidateCode = callValidateCode;
    var newRegExp = (0, codegen_1._)`new RegExp`;
    function usePattern({ gen, it: { opts } }, pattern) {
      const u = opts.unicodeRegExp ? "u" : "";
      const { regExp } = opts.code;
      const rx = regExp(pattern, u);
      return gen.scopeValue("pattern", {
        key: rx.toString(),
        ref: rx,
        code: (0, codegen_1._)`${regExp.code === "new RegExp" ? newRegExp : (0, util_2.useFunc)(gen, regExp)}(${pattern}, ${u})`
      });
    }
    exports.usePattern = usePattern;
    function validateArray(cxt) {
      const { gen, data, keyword, it } = cxt;
      const valid = gen.name("valid");
      if (it.allErrors) {
        const validArr = gen.let("valid", true);
        validateItems(() => gen.assign(validArr, false));
        return validArr;
      }
      gen.var(valid, true);
      validateItems(() => gen.break());
      return valid;
      function validateItems(notValid) {
        const len = gen.const("len", (0, codegen_1._)`${data}.length`);
        gen.forRange("i", 0, len, (i) => {
          cxt.subschema({
            keyword,
            dataProp: i,
            dataPropType: util_1.Type.Num
          }, valid);
          gen.if((0, codegen_1.not)(valid), notValid);
        });
      }
    }
    exports.validateArray = validateArray;
    function validateUnion(cxt) {
      const { gen, schema, keyword, it } = cxt;
      if (!Array.isArray(schema))
        throw new Error("ajv implementation error");
      const alwaysValid = schema.some((sch) => (0, util_1.alwaysValidSchema)(it, sch));
      if (alwaysValid && !it.opts.unevaluated)
        return;
      const valid = gen.let("valid", false);
      const schValid = gen.name("_valid");
      gen.block(() => schema.forEach((_sch, i) => {
        const schCxt = cxt.subschema({
          keyword,
          schemaProp: i,
          compositeRule: true
        }, schValid);
        gen.assign(valid, (0, codegen_1._)`${valid} || ${schValid}`);
        const merged = cxt.mergeValidEvaluated(schCxt, schValid);
        if (!merged)
          gen.if((0, codegen_1.not)(valid));
      }));
      cxt.result(valid, () => cxt.reset(), () => cxt.error(true));
    }
    exports.validateUnion = validateUnion;
  }
});

// node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/compile/validate/keyword.js
var require_keyword = __commonJS({
  "node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/compile/validate/keyword.js"(exports) {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateKeywordUsage = exports.validSchemaType = exports.funcKeywordCode = exports.macroKeywordCode = void 0;
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var code_1 = require_code2();
    var errors_1 = require_errors();
    function macroKeywordCode(cxt, def) {
      const { gen, keyword, schema, parentSchema, it } = cxt;
      const macroSchema = def.macro.call(it.self, schema, parentSchema, it);
      const schemaRef = useKeyword(gen, keyword, macroSchema);
      if (it.opts.validateSchema !== false)
        it.self.validateSchema(macroSchema, true);
      const valid = gen.name("valid");
      cxt.subschema({
        schema: macroSchema,
        schemaPath: codegen_1.nil,
        errSchemaPath: `${it.errSchemaPath}/${keyword}`,
        topSchemaRef: schemaRef,
        compositeRule: true
      }, valid);
      cxt.pass(valid, () => cxt.error(true));
    }
    exports.macroKeywordCode = macroKeywordCode;
    function funcKeywordCode(cxt, def) {
      var _a;
      const { gen, keyword, schema, parentSchema, $data, it } = cxt;
      checkAsyncKeyword(it, def);
      const validate = !$data && def.compile ? def.compile.call(it.self, schema, parentSchema, it) : def.validate;
      const validateRef = useKeyword(gen, keyword, validate);
      const valid = gen.let("valid");
      cxt.block$data(valid, validateKeyword);
      cxt.ok((_a = def.valid) !== null && _a !== void 0 ? _a : valid);
      function validateKeyword() {
        if (def.errors === false) {
          assignValid();
          if (def.modifying)
            modifyData(cxt);
          reportErrs(() => cxt.error());
        } else {
          const ruleErrs = def.async ? validateAsync() : validateSync();
          if (def.modifying)
            modifyData(cxt);
          reportErrs(() => addErrs(cxt, ruleErrs));
        }
      }
      function validateAsync() {
        const ruleErrs = gen.let("ruleErrs", null);
        gen.try(() => assignValid((0, codegen_1._)`await `), (e) => gen.assign(valid, false).if((0, codegen_1._)`${e} instanceof ${it.ValidationError}`, () => gen.assign(ruleErrs, (0, codegen_1._)`${e}.errors`), () => gen.throw(e)));
        return ruleErrs;
      }
      function validateSync() {
        const validateErrs = (0, codegen_1._)`${validateRef}.errors`;
        gen.assign(validateErrs, null);
        assignValid(codegen_1.nil);
        return validateErrs;
      }
      function assignValid(_await = def.async ? (0, codegen_1._)`await ` : codegen_1.nil) {
        const passCxt = it.opts.passContext ? names_1.default.this : names_1.default.self;
        const passSchema = !("compile" in def && !$data || def.schema === false);
        gen.assign(valid, (0, codegen_1._)`${_await}${(0, code_1.callValidateCode)(cxt, validateRef, passCxt, passSchema)}`, def.modifying);
      }
      function reportErrs(errors) {
        var _a2;
        gen.if((0, codegen_1.not)((_a2 = def.valid) !== null && _a2 !== void 0 ? _a2 : valid), errors);
      }
    }
    exports.funcKeywordCode = funcKeywordCode;
    function modifyData(cxt) {
      const { gen, data, it } = cxt;
      gen.if(it.parentData, () => gen.assign(data, (0, codegen_1._)`${it.parentData}[${it.parentDataProperty}]`));
    }
    function addErrs(cxt, errs) {
      const { gen } = cxt;
      gen.if((0, codegen_1._)`Array.isArray(${errs})`, () => {
        gen.assign(names_1.default.vErrors, (0, codegen_1._)`${names_1.default.vErrors} === null ? ${errs} : ${names_1.default.vErrors}.concat(${errs})`).assign(names_1.default.errors, (0, codegen_1._)`${names_1.default.vErrors}.length`);
        (0, errors_1.extendErrors)(cxt);
      }, () => cxt.error());
    }
    function checkAsyncKeyword({ schemaEnv }, def) {
      if (def.async && !schemaEnv.$async)
        throw new Error("async keyword in sync schema");
    }
    function useKeyword(gen, keyword, result) {
      if (result === void 0)
        throw new Error(`keyword "${keyword}" failed to compile`);
      return gen.scopeValue("keyword", typeof result == "function" ? { ref: result } : { ref: result, code: (0, codegen_1.stringify)(result) });
    }
    function validSchemaType(schema, schemaType, allowUndefined = false) {
      return !schemaType.length || schemaType.some((st) => st === "array" ? Array.isArray(schema) : st === "object" ? schema && typeof schema == "object" && !Array.isArray(schema) : typeof schema == st || allowUndefined && typeof schema == "undefined");
    }
    exports.validSchemaType = validSchemaType;
    function validateKeywordUsage({ schema, opts, self, errSchemaPath }, def, keyword) {
      if (Array.isArray(def.keyword) ? !def.keyword.includes(keyword) : def.keyword !== keyword) {
        throw new Error("ajv implementation error");
      }
      const deps = def.dependencies;
      if (deps === null || deps === void 0 ? void 0 : deps.some((kwd) => !Object.prototype.hasOwnProperty.call(schema, kwd))) {
        throw new Error(`parent schema must have dependencies of ${keyword}: ${deps.join(",")}`);
      }
      if (def.validateSchema) {
        const valid = def.validateSchema(schema[keyword]);
        if (!valid) {
          const msg = `keyword "${keyword}" value is invalid at path "${errSchemaPath}": ` + self.errorsText(def.validateSchema.errors);
          if (opts.validateSchema === "log")
            self.logger.error(msg);
          else
            throw new Error(msg);
        }
      }
    }
    exports.validateKeywordUsage = validateKeywordUsage;
  }
});

// node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/compile/validate/subschema.js
var require_subschema = __commonJS({
  "node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/compile/validate/subschema.js"(exports) {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.extendSubschemaMode = exports.extendSubschemaData = exports.getSubschema = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    function getSubschema(it, { keyword, schemaProp, schema, schemaPath, errSchemaPath, topSchemaRef }) {
      if (keyword !== void 0 && schema !== void 0) {
        throw new Error('both "keyword" and "schema" passed, only one allowed');
      }
      if (keyword !== void 0) {
        const sch = it.schema[keyword];
        return schemaProp === void 0 ? {
          schema: sch,
          schemaPath: (0, codegen_1._)`${it.schemaPath}${(0, codegen_1.getProperty)(keyword)}`,
          errSchemaPath: `${it.errSchemaPath}/${keyword}`
        } : {
          schema: sch[schemaProp],
          schemaPath: (0, codegen_1._)`${it.schemaPath}${(0, codegen_1.getProperty)(keyword)}${(0, codegen_1.getProperty)(schemaProp)}`,
          errSchemaPath: `${it.errSchemaPath}/${keyword}/${(0, util_1.escapeFragment)(schemaProp)}`
        };
      }
      if (schema !== void 0) {
        if (schemaPath === void 0 || errSchemaPath === void 0 || topSchemaRef === void 0) {
          throw new Error('"schemaPath", "errSchemaPath" and "topSchemaRef" are required with "schema"');
        }
        return {
          schema,
          schemaPath,
          topSchemaRef,
          errSchemaPath
        };
      }
      throw new Error('either "keyword" or "schema" must be passed');
    }
    exports.getSubschema = getSubschema;
    function extendSubschemaData(subschema, it, { dataProp, dataPropType: dpType, data, dataTypes, propertyName }) {
      if (data !== void 0 && dataProp !== void 0) {
        throw new Error('both "data" and "dataProp" passed, only one allowed');
      }
      const { gen } = it;
      if (dataProp !== void 0) {
        const { errorPath, dataPathArr, opts } = it;
        const nextData = gen.let("data", (0, codegen_1._)`${it.data}${(0, codegen_1.getProperty)(dataProp)}`, true);
        dataContextProps(nextData);
        subschema.errorPath = (0, codegen_1.str)`${errorPath}${(0, util_1.getErrorPath)(dataProp, dpType, opts.jsPropertySyntax)}`;
        subschema.parentDataProperty = (0, codegen_1._)`${dataProp}`;
        subschema.dataPathArr = [...dataPathArr, subschema.parentDataProperty];
      }
      if (data !== void 0) {
        const nextData = data instanceof codegen_1.Name ? data : gen.let("data", data, true);
        dataContextProps(nextData);
        if (propertyName !== void 0)
          subschema.propertyName = propertyName;
      }
      if (dataTypes)
        subschema.dataTypes = dataTypes;
      function dataContextProps(_nextData) {
        subschema.data = _nextData;
        subschema.dataLevel = it.dataLevel + 1;
        subschema.dataTypes = [];
        it.definedProperties = /* @__PURE__ */ new Set();
        subschema.parentData = it.data;
        subschema.dataNames = [...it.dataNames, _nextData];
      }
    }
    exports.extendSubschemaData = extendSubschemaData;
    function extendSubschemaMode(subschema, { jtdDiscriminator, jtdMetadata, compositeRule, createErrors, allErrors }) {
      if (compositeRule !== void 0)
        subschema.compositeRule = compositeRule;
      if (createErrors !== void 0)
        subschema.createErrors = createErrors;
      if (allErrors !== void 0)
        subschema.allErrors = allErrors;
      subschema.jtdDiscriminator = jtdDiscriminator;
      subschema.jtdMetadata = jtdMetadata;
    }
    exports.extendSubschemaMode = extendSubschemaMode;
  }
});

// node_modules/.pnpm/fast-deep-equal@3.1.3/node_modules/fast-deep-equal/index.js
var require_fast_deep_equal = __commonJS({
  "node_modules/.pnpm/fast-deep-equal@3.1.3/node_modules/fast-deep-equal/index.js"(exports, module) {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
    module.exports = function equal(a, b) {
      if (a === b) return true;
      if (a && b && typeof a == "object" && typeof b == "object") {
        if (a.constructor !== b.constructor) return false;
        var length, i, keys;
        if (Array.isArray(a)) {
          length = a.length;
          if (length != b.length) return false;
          for (i = length; i-- !== 0; )
            if (!equal(a[i], b[i])) return false;
          return true;
        }
        if (a.constructor === RegExp) return a.source === b.source && a.flags === b.flags;
        if (a.valueOf !== Object.prototype.valueOf) return a.valueOf() === b.valueOf();
        if (a.toString !== Object.prototype.toString) return a.toString() === b.toString();
        keys = Object.keys(a);
        length = keys.length;
        if (length !== Object.keys(b).length) return false;
        for (i = length; i-- !== 0; )
          if (!Object.prototype.hasOwnProperty.call(b, keys[i])) return false;
        for (i = length; i-- !== 0; ) {
          var key = keys[i];
          if (!equal(a[key], b[key])) return false;
        }
        return true;
      }
      return a !== a && b !== b;
    };
  }
});

// node_modules/.pnpm/json-schema-traverse@1.0.0/node_modules/json-schema-traverse/index.js
var require_json_schema_traverse = __commonJS({
  "node_modules/.pnpm/json-schema-traverse@1.0.0/node_modules/json-schema-traverse/index.js"(exports, module) {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
    var traverse = module.exports = function(schema, opts, cb) {
      if (typeof opts == "function") {
        cb = opts;
        opts = {};
      }
      cb = opts.cb || cb;
      var pre = typeof cb == "function" ? cb : cb.pre || function() {
      };
      var post = cb.post || function() {
      };
      _traverse(opts, pre, post, schema, "", schema);
    };
    traverse.keywords = {
      additionalItems: true,
      items: true,
      contains: true,
      additionalProperties: true,
      propertyNames: true,
      not: true,
      if: true,
      then: true,
      else: true
    };
    traverse.arrayKeywords = {
      items: true,
      allOf: true,
      anyOf: true,
      oneOf: true
    };
    traverse.propsKeywords = {
      $defs: true,
      definitions: true,
      properties: true,
      patternProperties: true,
      dependencies: true
    };
    traverse.skipKeywords = {
      default: true,
      enum: true,
      const: true,
      required: true,
      maximum: true,
      minimum: true,
      exclusiveMaximum: true,
      exclusiveMinimum: true,
      multipleOf: true,
      maxLength: true,
      minLength: true,
      pattern: true,
      format: true,
      maxItems: true,
      minItems: true,
      uniqueItems: true,
      maxProperties: true,
      minProperties: true
    };
    function _traverse(opts, pre, post, schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex) {
      if (schema && typeof schema == "object" && !Array.isArray(schema)) {
        pre(schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex);
        for (var key in schema) {
          var sch = schema[key];
          if (Array.isArray(sch)) {
            if (key in traverse.arrayKeywords) {
              for (var i = 0; i < sch.length; i++)
                _traverse(opts, pre, post, sch[i], jsonPtr + "/" + key + "/" + i, rootSchema, jsonPtr, key, schema, i);
            }
          } else if (key in traverse.propsKeywords) {
            if (sch && typeof sch == "object") {
              for (var prop in sch)
                _traverse(opts, pre, post, sch[prop], jsonPtr + "/" + key + "/" + escapeJsonPtr(prop), rootSchema, jsonPtr, key, schema, prop);
            }
          } else if (key in traverse.keywords || opts.allKeys && !(key in traverse.skipKeywords)) {
            _traverse(opts, pre, post, sch, jsonPtr + "/" + key, rootSchema, jsonPtr, key, schema);
          }
        }
        post(schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex);
      }
    }
    function escapeJsonPtr(str) {
      return str.replace(/~/g, "~0").replace(/\//g, "~1");
    }
  }
});

// node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/compile/resolve.js
var require_resolve = __commonJS({
  "node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/compile/resolve.js"(exports) {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getSchemaRefs = exports.resolveUrl = exports.normalizeId = exports._getFullPath = exports.getFullPath = exports.inlineRef = void 0;
    var util_1 = require_util();
    var equal = require_fast_deep_equal();
    var traverse = require_json_schema_traverse();
    var SIMPLE_INLINED = /* @__PURE__ */ new Set([
      "type",
      "format",
      "pattern",
      "maxLength",
      "minLength",
      "maxProperties",
      "minProperties",
      "maxItems",
      "minItems",
      "maximum",
      "minimum",
      "uniqueItems",
      "multipleOf",
      "required",
      "enum",
      "const"
    ]);
    function inlineRef(schema, limit = true) {
      if (typeof schema == "boolean")
        return true;
      if (limit === true)
        return !hasRef(schema);
      if (!limit)
        return false;
      return countKeys(schema) <= limit;
    }
    exports.inlineRef = inlineRef;
    var REF_KEYWORDS = /* @__PURE__ */ new Set([
      "$ref",
      "$recursiveRef",
      "$recursiveAnchor",
      "$dynamicRef",
      "$dynamicAnchor"
    ]);
    function hasRef(schema) {
      for (const key in schema) {
        if (REF_KEYWORDS.has(key))
          return true;
        const sch = schema[key];
        if (Array.isArray(sch) && sch.some(hasRef))
          return true;
        if (typeof sch == "object" && hasRef(sch))
          return true;
      }
      return false;
    }
    function countKeys(schema) {
      let count = 0;
      for (const key in schema) {
        if (key === "$ref")
          return Infinity;
        count++;
        if (SIMPLE_INLINED.has(key))
          continue;
        if (typeof schema[key] == "object") {
          (0, util_1.eachItem)(schema[key], (sch) => count += countKeys(sch));
        }
        if (count === Infinity)
          return Infinity;
      }
      return count;
    }
    function getFullPath(resolver, id = "", normalize) {
      if (normalize !== false)
        id = normalizeId(id);
      const p = resolver.parse(id);
      return _getFullPath(resolver, p);
    }
    exports.getFullPath = getFullPath;
    function _getFullPath(resolver, p) {
      const serialized = resolver.serialize(p);
      return serialized.split("#")[0] + "#";
    }
    exports._getFullPath = _getFullPath;
    var TRAILING_SLASH_HASH = /#\/?$/;
    function normalizeId(id) {
      return id ? id.replace(TRAILING_SLASH_HASH, "") : "";
    }
    exports.normalizeId = normalizeId;
    function resolveUrl(resolver, baseId, id) {
      id = normalizeId(id);
      return resolver.resolve(baseId, id);
    }
    exports.resolveUrl = resolveUrl;
    var ANCHOR = /^[a-z_][-a-z0-9._]*$/i;
    function getSchemaRefs(schema, baseId) {
      if (typeof schema == "boolean")
        return {};
      const { schemaId, uriResolver } = this.opts;
      const schId = normalizeId(schema[schemaId] || baseId);
      const baseIds = { "": schId };
      const pathPrefix = getFullPath(uriResolver, schId, false);
      const localRefs = {};
      const schemaRefs = /* @__PURE__ */ new Set();
      traverse(schema, { allKeys: true }, (sch, jsonPtr, _, parentJsonPtr) => {
        if (parentJsonPtr === void 0)
          return;
        const fullPath = pathPrefix + jsonPtr;
        let innerBaseId = baseIds[parentJsonPtr];
        if (typeof sch[schemaId] == "string")
          innerBaseId = addRef.call(this, sch[schemaId]);
        addAnchor.call(this, sch.$anchor);
        addAnchor.call(this, sch.$dynamicAnchor);
        baseIds[jsonPtr] = innerBaseId;
        function addRef(ref) {
          const _resolve = this.opts.uriResolver.resolve;
          ref = normalizeId(innerBaseId ? _resolve(innerBaseId, ref) : ref);
          if (schemaRefs.has(ref))
            throw ambiguos(ref);
          schemaRefs.add(ref);
          let schOrRef = this.refs[ref];
          if (typeof schOrRef == "string")
            schOrRef = this.refs[schOrRef];
          if (typeof schOrRef == "object") {
            checkAmbiguosRef(sch, schOrRef.schema, ref);
          } else if (ref !== normalizeId(fullPath)) {
            if (ref[0] === "#") {
              checkAmbiguosRef(sch, localRefs[ref], ref);
              localRefs[ref] = sch;
            } else {
              this.refs[ref] = fullPath;
            }
          }
          return ref;
        }
        function addAnchor(anchor) {
          if (typeof anchor == "string") {
            if (!ANCHOR.test(anchor))
              throw new Error(`invalid anchor "${anchor}"`);
            addRef.call(this, `#${anchor}`);
          }
        }
      });
      return localRefs;
      function checkAmbiguosRef(sch1, sch2, ref) {
        if (sch2 !== void 0 && !equal(sch1, sch2))
          throw ambiguos(ref);
      }
      function ambiguos(ref) {
        return new Error(`reference "${ref}" resolves to more than one schema`);
      }
    }
    exports.getSchemaRefs = getSchemaRefs;
  }
});

// node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/compile/validate/index.js
var require_validate = __commonJS({
  "node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/compile/validate/index.js"(exports) {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getData = exports.KeywordCxt = exports.validateFunctionCode = void 0;
    var boolSchema_1 = require_boolSchema();
    var dataType_1 = require_dataType();
    var applicability_1 = require_applicability();
    var dataType_2 = require_dataType();
    var defaults_1 = require_defaults();
    var keyword_1 = require_keyword();
    var subschema_1 = require_subschema();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var resolve_1 = require_resolve();
    var util_1 = require_util();
    var errors_1 = require_errors();
    function validateFunctionCode(it) {
      if (isSchemaObj(it)) {
        checkKeywords(it);
        if (schemaCxtHasRules(it)) {
          topSchemaObjCode(it);
          return;
        }
      }
      validateFunction(it, () => (0, boolSchema_1.topBoolOrEmptySchema)(it));
    }
    exports.validateFunctionCode = validateFunctionCode;
    function validateFunction({ gen, validateName, schema, schemaEnv, opts }, body) {
      if (opts.code.es5) {
        gen.func(validateName, (0, codegen_1._)`${names_1.default.data}, ${names_1.default.valCxt}`, schemaEnv.$async, () => {
          gen.code((0, codegen_1._)`"use strict"; ${funcSourceUrl(schema, opts)}`);
          destructureValCxtES5(gen, opts);
          gen.code(body);
        });
      } else {
        gen.func(validateName, (0, codegen_1._)`${names_1.default.data}, ${destructureValCxt(opts)}`, schemaEnv.$async, () => gen.code(funcSourceUrl(schema, opts)).code(body));
      }
    }
    function destructureValCxt(opts) {
      return (0, codegen_1._)`{${names_1.default.instancePath}="", ${names_1.default.parentData}, ${names_1.default.parentDataProperty}, ${names_1.default.rootData}=${names_1.default.data}${opts.dynamicRef ? (0, codegen_1._)`, ${names_1.default.dynamicAnchors}={}` : codegen_1.nil}}={}`;
    }
    function destructureValCxtES5(gen, opts) {
      gen.if(names_1.default.valCxt, () => {
        gen.var(names_1.default.instancePath, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.instancePath}`);
        gen.var(names_1.default.parentData, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.parentData}`);
        gen.var(names_1.default.parentDataProperty, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.parentDataProperty}`);
        gen.var(names_1.default.rootData, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.rootData}`);
        if (opts.dynamicRef)
          gen.var(names_1.default.dynamicAnchors, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.dynamicAnchors}`);
      }, () => {
        gen.var(names_1.default.instancePath, (0, codegen_1._)`""`);
        gen.var(names_1.default.parentData, (0, codegen_1._)`undefined`);
        gen.var(names_1.default.parentDataProperty, (0, codegen_1._)`undefined`);
        gen.var(names_1.default.rootData, names_1.default.data);
        if (opts.dynamicRef)
          gen.var(names_1.default.dynamicAnchors, (0, codegen_1._)`{}`);
      });
    }
    function topSchemaObjCode(it) {
      const { schema, opts, gen } = it;
      validateFunction(it, () => {
        if (opts.$comment && schema.$comment)
          commentKeyword(it);
        checkNoDefault(it);
        gen.let(names_1.default.vErrors, null);
        gen.let(names_1.default.errors, 0);
        if (opts.unevaluated)
          resetEvaluated(it);
        typeAndKeywords(it);
        returnResults(it);
      });
      return;
    }
    function resetEvaluated(it) {
      const { gen, validateName } = it;
      it.evaluated = gen.const("evaluated", (0, codegen_1._)`${validateName}.evaluated`);
      gen.if((0, codegen_1._)`${it.evaluated}.dynamicProps`, () => gen.assign((0, codegen_1._)`${it.evaluated}.props`, (0, codegen_1._)`undefined`));
      gen.if((0, codegen_1._)`${it.evaluated}.dynamicItems`, () => gen.assign((0, codegen_1._)`${it.evaluated}.items`, (0, codegen_1._)`undefined`));
    }
    function funcSourceUrl(schema, opts) {
      const schId = typeof schema == "object" && schema[opts.schemaId];
      return schId && (opts.code.source || opts.code.process) ? (0, codegen_1._)`/*# sourceURL=${schId} */` : codegen_1.nil;
    }
    function subschemaCode(it, valid) {
      if (isSchemaObj(it)) {
        checkKeywords(it);
        if (schemaCxtHasRules(it)) {
          subSchemaObjCode(it, valid);
          return;
        }
      }
      (0, boolSchema_1.boolOrEmptySchema)(it, valid);
    }
    function schemaCxtHasRules({ schema, self }) {
      if (typeof schema == "boolean")
        return !schema;
      for (const key in schema)
        if (self.RULES.all[key])
          return true;
      return false;
    }
    function isSchemaObj(it) {
      return typeof it.schema != "boolean";
    }
    function subSchemaObjCode(it, valid) {
      const { schema, gen, opts } = it;
      if (opts.$comment && schema.$comment)
        commentKeyword(it);
      updateContext(it);
      checkAsyncSchema(it);
      const errsCount = gen.const("_errs", names_1.default.errors);
      typeAndKeywords(it, errsCount);
      gen.var(valid, (0, codegen_1._)`${errsCount} === ${names_1.default.errors}`);
    }
    function checkKeywords(it) {
      (0, util_1.checkUnknownRules)(it);
      checkRefsAndKeywords(it);
    }
    function typeAndKeywords(it, errsCount) {
      if (it.opts.jtd)
        return schemaKeywords(it, [], false, errsCount);
      const types2 = (0, dataType_1.getSchemaTypes)(it.schema);
      const checkedTypes = (0, dataType_1.coerceAndCheckDataType)(it, types2);
      schemaKeywords(it, types2, !checkedTypes, errsCount);
    }
    function checkRefsAndKeywords(it) {
      const { schema, errSchemaPath, opts, self } = it;
      if (schema.$ref && opts.ignoreKeywordsWithRef && (0, util_1.schemaHasRulesButRef)(schema, self.RULES)) {
        self.logger.warn(`$ref: keywords ignored in schema at path "${errSchemaPath}"`);
      }
    }
    function checkNoDefault(it) {
      const { schema, opts } = it;
      if (schema.default !== void 0 && opts.useDefaults && opts.strictSchema) {
        (0, util_1.checkStrictMode)(it, "default is ignored in the schema root");
      }
    }
    function updateContext(it) {
      const schId = it.schema[it.opts.schemaId];
      if (schId)
        it.baseId = (0, resolve_1.resolveUrl)(it.opts.uriResolver, it.baseId, schId);
    }
    function checkAsyncSchema(it) {
      if (it.schema.$async && !it.schemaEnv.$async)
        throw new Error("async schema in sync schema");
    }
    function commentKeyword({ gen, schemaEnv, schema, errSchemaPath, opts }) {
      const msg = schema.$comment;
      if (opts.$comment === true) {
        gen.code((0, codegen_1._)`${names_1.default.self}.logger.log(${msg})`);
      } else if (typeof opts.$comment == "function") {
        const schemaPath = (0, codegen_1.str)`${errSchemaPath}/$comment`;
        const rootName = gen.scopeValue("root", { ref: schemaEnv.root });
        gen.code((0, codegen_1._)`${names_1.default.self}.opts.$comment(${msg}, ${schemaPath}, ${rootName}.schema)`);
      }
    }
    function returnResults(it) {
      const { gen, schemaEnv, validateName, ValidationError, opts } = it;
      if (schemaEnv.$async) {
        gen.if((0, codegen_1._)`${names_1.default.errors} === 0`, () => gen.return(names_1.default.data), () => gen.throw((0, codegen_1._)`new ${ValidationError}(${names_1.default.vErrors})`));
      } else {
        gen.assign((0, codegen_1._)`${validateName}.errors`, names_1.default.vErrors);
        if (opts.unevaluated)
          assignEvaluated(it);
        gen.return((0, codegen_1._)`${names_1.default.errors} === 0`);
      }
    }
    function assignEvaluated({ gen, evaluated, props, items }) {
      if (props instanceof codegen_1.Name)
        gen.assign((0, codegen_1._)`${evaluated}.props`, props);
      if (items instanceof codegen_1.Name)
        gen.assign((0, codegen_1._)`${evaluated}.items`, items);
    }
    function schemaKeywords(it, types2, typeErrors, errsCount) {
      const { gen, schema, data, allErrors, opts, self } = it;
      const { RULES: RULES2 } = self;
      if (schema.$ref && (opts.ignoreKeywordsWithRef || !(0, util_1.schemaHasRulesButRef)(schema, RULES2))) {
        gen.block(() => keywordCode(it, "$ref", RULES2.all.$ref.definition));
        return;
      }
      if (!opts.jtd)
        checkStrictTypes(it, types2);
      gen.block(() => {
        for (const group of RULES2.rules)
          groupKeywords(group);
        groupKeywords(RULES2.post);
      });
      function groupKeywords(group) {
        if (!(0, applicability_1.shouldUseGroup)(schema, group))
          return;
        if (group.type) {
          gen.if((0, dataType_2.checkDataType)(group.type, data, opts.strictNumbers));
          iterateKeywords(it, group);
          if (types2.length === 1 && types2[0] === group.type && typeErrors) {
            gen.else();
            (0, dataType_2.reportTypeError)(it);
          }
          gen.endIf();
        } else {
          iterateKeywords(it, group);
        }
        if (!allErrors)
          gen.if((0, codegen_1._)`${names_1.default.errors} === ${errsCount || 0}`);
      }
    }
    function iterateKeywords(it, group) {
      const { gen, schema, opts: { useDefaults } } = it;
      if (useDefaults)
        (0, defaults_1.assignDefaults)(it, group.type);
      gen.block(() => {
        for (const rule of group.rules) {
          if ((0, applicability_1.shouldUseRule)(schema, rule)) {
            keywordCode(it, rule.keyword, rule.definition, group.type);
          }
        }
      });
    }
    function checkStrictTypes(it, types2) {
      if (it.schemaEnv.meta || !it.opts.strictTypes)
        return;
      checkContextTypes(it, types2);
      if (!it.opts.allowUnionTypes)
        checkMultipleTypes(it, types2);
      checkKeywordTypes(it, it.dataTypes);
    }
    function checkContextTypes(it, types2) {
      if (!types2.length)
        return;
      if (!it.dataTypes.length) {
        it.dataTypes = types2;
        return;
      }
      types2.forEach((t) => {
        if (!includesType(it.dataTypes, t)) {
          strictTypesError(it, `type "${t}" not allowed by context "${it.dataTypes.join(",")}"`);
        }
      });
      narrowSchemaTypes(it, types2);
    }
    function checkMultipleTypes(it, ts) {
      if (ts.length > 1 && !(ts.length === 2 && ts.includes("null"))) {
        strictTypesError(it, "use allowUnionTypes to allow union type keyword");
      }
    }
    function checkKeywordTypes(it, ts) {
      const rules = it.self.RULES.all;
      for (const keyword in rules) {
        const rule = rules[keyword];
        if (typeof rule == "object" && (0, applicability_1.shouldUseRule)(it.schema, rule)) {
          const { type } = rule.definition;
          if (type.length && !type.some((t) => hasApplicableType(ts, t))) {
            strictTypesError(it, `missing type "${type.join(",")}" for keyword "${keyword}"`);
          }
        }
      }
    }
    function hasApplicableType(schTs, kwdT) {
      return schTs.includes(kwdT) || kwdT === "number" && schTs.includes("integer");
    }
    function includesType(ts, t) {
      return ts.includes(t) || t === "integer" && ts.includes("number");
    }
    function narrowSchemaTypes(it, withTypes) {
      const ts = [];
      for (const t of it.dataTypes) {
        if (includesType(withTypes, t))
          ts.push(t);
        else if (withTypes.includes("integer") && t === "number")
          ts.push("integer");
      }
      it.dataTypes = ts;
    }
    function strictTypesError(it, msg) {
      const schemaPath = it.schemaEnv.baseId + it.errSchemaPath;
      msg += ` at "${schemaPath}" (strictTypes)`;
      (0, util_1.checkStrictMode)(it, msg, it.opts.strictTypes);
    }
    var KeywordCxt = class {
      constructor(it, def, keyword) {
        (0, keyword_1.validateKeywordUsage)(it, def, keyword);
        this.gen = it.gen;
        this.allErrors = it.allErrors;
        this.keyword = keyword;
        this.data = it.data;
        this.schema = it.schema[keyword];
        this.$data = def.$data && it.opts.$data && this.schema && this.schema.$data;
        this.schemaValue = (0, util_1.schemaRefOrVal)(it, this.schema, keyword, this.$data);
        this.schemaType = def.schemaType;
        this.parentSchema = it.schema;
        this.params = {};
        this.it = it;
        this.def = def;
        if (this.$data) {
          this.schemaCode = it.gen.const("vSchema", getData(this.$data, it));
        } else {
          this.schemaCode = this.schemaValue;
          if (!(0, keyword_1.validSchemaType)(this.schema, def.schemaType, def.allowUndefined)) {
            throw new Error(`${keyword} value must be ${JSON.stringify(def.schemaType)}`);
          }
        }
        if ("code" in def ? def.trackErrors : def.errors !== false) {
          this.errsCount = it.gen.const("_errs", names_1.default.errors);
        }
      }
      result(condition, successAction, failAction) {
        this.failResult((0, codegen_1.not)(condition), successAction, failAction);
      }
      failResult(condition, successAction, failAction) {
        this.gen.if(condition);
        if (failAction)
          failAction();
        else
          this.error();
        if (successAction) {
          this.gen.else();
          successAction();
          if (this.allErrors)
            this.gen.endIf();
        } else {
          if (this.allErrors)
            this.gen.endIf();
          else
            this.gen.else();
        }
      }
      pass(condition, failAction) {
        this.failResult((0, codegen_1.not)(condition), void 0, failAction);
      }
      fail(condition) {
        if (condition === void 0) {
          this.error();
          if (!this.allErrors)
            this.gen.if(false);
          return;
        }
        this.gen.if(condition);
        this.error();
        if (this.allErrors)
          this.gen.endIf();
        else
          this.gen.else();
      }
      fail$data(condition) {
        if (!this.$data)
          return this.fail(condition);
        const { schemaCode } = this;
        this.fail((0, codegen_1._)`${schemaCode} !== undefined && (${(0, codegen_1.or)(this.invalid$data(), condition)})`);
      }
      error(append, errorParams, errorPaths) {
        if (errorParams) {
          this.setParams(errorParams);
          this._error(append, errorPaths);
          this.setParams({});
          return;
        }
        this._error(append, errorPaths);
      }
      _error(append, errorPaths) {
        ;
        (append ? errors_1.reportExtraError : errors_1.reportError)(this, this.def.error, errorPaths);
      }
      $dataError() {
        (0, errors_1.reportError)(this, this.def.$dataError || errors_1.keyword$DataError);
      }
      reset() {
        if (this.errsCount === void 0)
          throw new Error('add "trackErrors" to keyword definition');
        (0, errors_1.resetErrorsCount)(this.gen, this.errsCount);
      }
      ok(cond) {
        if (!this.allErrors)
          this.gen.if(cond);
      }
      setParams(obj, assign) {
        if (assign)
          Object.assign(this.params, obj);
        else
          this.params = obj;
      }
      block$data(valid, codeBlock, $dataValid = codegen_1.nil) {
        this.gen.block(() => {
          this.check$data(valid, $dataValid);
          codeBlock();
        });
      }
      check$data(valid = codegen_1.nil, $dataValid = codegen_1.nil) {
        if (!this.$data)
          return;
        const { gen, schemaCode, schemaType, def } = this;
        gen.if((0, codegen_1.or)((0, codegen_1._)`${schemaCode} === undefined`, $dataValid));
        if (valid !== codegen_1.nil)
          gen.assign(valid, true);
        if (schemaType.length || def.validateSchema) {
          gen.elseIf(this.invalid$data());
          this.$dataError();
          if (valid !== codegen_1.nil)
            gen.assign(valid, false);
        }
        gen.else();
      }
      invalid$data() {
        const { gen, schemaCode, schemaType, def, it } = this;
        return (0, codegen_1.or)(wrong$DataType(), invalid$DataSchema());
        function wrong$DataType() {
          if (schemaType.length) {
            if (!(schemaCode instanceof codegen_1.Name))
              throw new Error("ajv implementation error");
            const st = Array.isArray(schemaType) ? schemaType : [schemaType];
            return (0, codegen_1._)`${(0, dataType_2.checkDataTypes)(st, schemaCode, it.opts.strictNumbers, dataType_2.DataType.Wrong)}`;
          }
          return codegen_1.nil;
        }
        function invalid$DataSchema() {
          if (def.validateSchema) {
            const validateSchemaRef = gen.scopeValue("validate$data", { ref: def.validateSchema });
            return (0, codegen_1._)`!${validateSchemaRef}(${schemaCode})`;
          }
          return codegen_1.nil;
        }
      }
      subschema(appl, valid) {
        const subschema = (0, subschema_1.getSubschema)(this.it, appl);
        (0, subschema_1.extendSubschemaData)(subschema, this.it, appl);
        (0, subschema_1.extendSubschemaMode)(subschema, appl);
        const nextContext = { ...this.it, ...subschema, items: void 0, props: void 0 };
        subschemaCode(nextContext, valid);
        return nextContext;
      }
      mergeEvaluated(schemaCxt, toName) {
        const { it, gen } = this;
        if (!it.opts.unevaluated)
          return;
        if (it.props !== true && schemaCxt.props !== void 0) {
          it.props = util_1.mergeEvaluated.props(gen, schemaCxt.props, it.props, toName);
        }
        if (it.items !== true && schemaCxt.items !== void 0) {
          it.items = util_1.mergeEvaluated.items(gen, schemaCxt.items, it.items, toName);
        }
      }
      mergeValidEvaluated(schemaCxt, valid) {
        const { it, gen } = this;
        if (it.opts.unevaluated && (it.props !== true || it.items !== true)) {
          gen.if(valid, () => this.mergeEvaluated(schemaCxt, codegen_1.Name));
          return true;
        }
      }
    };
    exports.KeywordCxt = KeywordCxt;
    function keywordCode(it, keyword, def, ruleType) {
      const cxt = new KeywordCxt(it, def, keyword);
      if ("code" in def) {
        def.code(cxt, ruleType);
      } else if (cxt.$data && def.validate) {
        (0, keyword_1.funcKeywordCode)(cxt, def);
      } else if ("macro" in def) {
        (0, keyword_1.macroKeywordCode)(cxt, def);
      } else if (def.compile || def.validate) {
        (0, keyword_1.funcKeywordCode)(cxt, def);
      }
    }
    var JSON_POINTER = /^\/(?:[^~]|~0|~1)*$/;
    var RELATIVE_JSON_POINTER = /^([0-9]+)(#|\/(?:[^~]|~0|~1)*)?$/;
    function getData($data, { dataLevel, dataNames, dataPathArr }) {
      let jsonPointer;
      let data;
      if ($data === "")
        return names_1.default.rootData;
      if ($data[0] === "/") {
        if (!JSON_POINTER.test($data))
          throw new Error(`Invalid JSON-pointer: ${$data}`);
        jsonPointer = $data;
        data = names_1.default.rootData;
      } else {
        const matches = RELATIVE_JSON_POINTER.exec($data);
        if (!matches)
          throw new Error(`Invalid JSON-pointer: ${$data}`);
        const up = +matches[1];
        jsonPointer = matches[2];
        if (jsonPointer === "#") {
          if (up >= dataLevel)
            throw new Error(errorMsg("property/index", up));
          return dataPathArr[dataLevel - up];
        }
        if (up > dataLevel)
          throw new Error(errorMsg("data", up));
        data = dataNames[dataLevel - up];
        if (!jsonPointer)
          return data;
      }
      let expr = data;
      const segments = jsonPointer.split("/");
      for (const segment of segments) {
        if (segment) {
          data = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)((0, util_1.unescapeJsonPointer)(segment))}`;
          expr = (0, codegen_1._)`${expr} && ${data}`;
        }
      }
      return expr;
      function errorMsg(pointerType, up) {
        return `Cannot access ${pointerType} ${up} levels up, current level is ${dataLevel}`;
      }
    }
    exports.getData = getData;
  }
});

// node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/runtime/validation_error.js
var require_validation_error = __commonJS({
  "node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/runtime/validation_error.js"(exports) {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
    Object.defineProperty(exports, "__esModule", { value: true });
    var ValidationError = class extends Error {
      constructor(errors) {
        super("validation failed");
        this.errors = errors;
        this.ajv = this.validation = true;
      }
    };
    exports.default = ValidationError;
  }
});

// node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/compile/ref_error.js
var require_ref_error = __commonJS({
  "node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/compile/ref_error.js"(exports) {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
    Object.defineProperty(exports, "__esModule", { value: true });
    var resolve_1 = require_resolve();
    var MissingRefError = class extends Error {
      constructor(resolver, baseId, ref, msg) {
        super(msg || `can't resolve reference ${ref} from id ${baseId}`);
        this.missingRef = (0, resolve_1.resolveUrl)(resolver, baseId, ref);
        this.missingSchema = (0, resolve_1.normalizeId)((0, resolve_1.getFullPath)(resolver, this.missingRef));
      }
    };
    exports.default = MissingRefError;
  }
});

// node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/compile/index.js
var require_compile = __commonJS({
  "node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/compile/index.js"(exports) {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.resolveSchema = exports.getCompilingSchema = exports.resolveRef = exports.compileSchema = exports.SchemaEnv = void 0;
    var codegen_1 = require_codegen();
    var validation_error_1 = require_validation_error();
    var names_1 = require_names();
    var resolve_1 = require_resolve();
    var util_1 = require_util();
    var validate_1 = require_validate();
    var SchemaEnv = class {
      constructor(env) {
        var _a;
        this.refs = {};
        this.dynamicAnchors = {};
        let schema;
        if (typeof env.schema == "object")
          schema = env.schema;
        this.schema = env.schema;
        this.schemaId = env.schemaId;
        this.root = env.root || this;
        this.baseId = (_a = env.baseId) !== null && _a !== void 0 ? _a : (0, resolve_1.normalizeId)(schema === null || schema === void 0 ? void 0 : schema[env.schemaId || "$id"]);
        this.schemaPath = env.schemaPath;
        this.localRefs = env.localRefs;
        this.meta = env.meta;
        this.$async = schema === null || schema === void 0 ? void 0 : schema.$async;
        this.refs = {};
      }
    };
    exports.SchemaEnv = SchemaEnv;
    function compileSchema(sch) {
      const _sch = getCompilingSchema.call(this, sch);
      if (_sch)
        return _sch;
      const rootId = (0, resolve_1.getFullPath)(this.opts.uriResolver, sch.root.baseId);
      const { es5, lines } = this.opts.code;
      const { ownProperties } = this.opts;
      const gen = new codegen_1.CodeGen(this.scope, { es5, lines, ownProperties });
      let _ValidationError;
      if (sch.$async) {
        _ValidationError = gen.scopeValue("Error", {
          ref: validation_error_1.default,
          code: (0, codegen_1._)`require("ajv/dist/runtime/validation_error").default`
        });
      }
      const validateName = gen.scopeName("validate");
      sch.validateName = validateName;
      const schemaCxt = {
        gen,
        allErrors: this.opts.allErrors,
        data: names_1.default.data,
        parentData: names_1.default.parentData,
        parentDataProperty: names_1.default.parentDataProperty,
        dataNames: [names_1.default.data],
        dataPathArr: [codegen_1.nil],
        // TODO can its length be used as dataLevel if nil is removed?
        dataLevel: 0,
        dataTypes: [],
        definedProperties: /* @__PURE__ */ new Set(),
        topSchemaRef: gen.scopeValue("schema", this.opts.code.source === true ? { ref: sch.schema, code: (0, codegen_1.stringify)(sch.schema) } : { ref: sch.schema }),
        validateName,
        ValidationError: _ValidationError,
        schema: sch.schema,
        schemaEnv: sch,
        rootId,
        baseId: sch.baseId || rootId,
        schemaPath: codegen_1.nil,
        errSchemaPath: sch.schemaPath || (this.opts.jtd ? "" : "#"),
        errorPath: (0, codegen_1._)`""`,
        opts: this.opts,
        self: this
      };
      let sourceCode;
      try {
        this._compilations.add(sch);
        (0, validate_1.validateFunctionCode)(schemaCxt);
        gen.optimize(this.opts.code.optimize);
        const validateCode = gen.toString();
        sourceCode = `${gen.scopeRefs(names_1.default.scope)}return ${validateCode}`;
        if (this.opts.code.process)
          sourceCode = this.opts.code.process(sourceCode, sch);
        const makeValidate = new Function(`${names_1.default.self}`, `${names_1.default.scope}`, sourceCode);
        const validate = makeValidate(this, this.scope.get());
        this.scope.value(validateName, { ref: validate });
        validate.errors = null;
        validate.schema = sch.schema;
        validate.schemaEnv = sch;
        if (sch.$async)
          validate.$async = true;
        if (this.opts.code.source === true) {
          validate.source = { validateName, validateCode, scopeValues: gen._values };
        }
        if (this.opts.unevaluated) {
          const { props, items } = schemaCxt;
          validate.evaluated = {
            props: props instanceof codegen_1.Name ? void 0 : props,
            items: items instanceof codegen_1.Name ? void 0 : items,
            dynamicProps: props instanceof codegen_1.Name,
            dynamicItems: items instanceof codegen_1.Name
          };
          if (validate.source)
            validate.source.evaluated = (0, codegen_1.stringify)(validate.evaluated);
        }
        sch.validate = validate;
        return sch;
      } catch (e) {
        delete sch.validate;
        delete sch.validateName;
        if (sourceCode)
          this.logger.error("Error compiling schema, function code:", sourceCode);
        throw e;
      } finally {
        this._compilations.delete(sch);
      }
    }
    exports.compileSchema = compileSchema;
    function resolveRef(root, baseId, ref) {
      var _a;
      ref = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, ref);
      const schOrFunc = root.refs[ref];
      if (schOrFunc)
        return schOrFunc;
      let _sch = resolve8.call(this, root, ref);
      if (_sch === void 0) {
        const schema = (_a = root.localRefs) === null || _a === void 0 ? void 0 : _a[ref];
        const { schemaId } = this.opts;
        if (schema)
          _sch = new SchemaEnv({ schema, schemaId, root, baseId });
      }
      if (_sch === void 0)
        return;
      return root.refs[ref] = inlineOrCompile.call(this, _sch);
    }
    exports.resolveRef = resolveRef;
    function inlineOrCompile(sch) {
      if ((0, resolve_1.inlineRef)(sch.schema, this.opts.inlineRefs))
        return sch.schema;
      return sch.validate ? sch : compileSchema.call(this, sch);
    }
    function getCompilingSchema(schEnv) {
      for (const sch of this._compilations) {
        if (sameSchemaEnv(sch, schEnv))
          return sch;
      }
    }
    exports.getCompilingSchema = getCompilingSchema;
    function sameSchemaEnv(s1, s2) {
      return s1.schema === s2.schema && s1.root === s2.root && s1.baseId === s2.baseId;
    }
    function resolve8(root, ref) {
      let sch;
      while (typeof (sch = this.refs[ref]) == "string")
        ref = sch;
      return sch || this.schemas[ref] || resolveSchema.call(this, root, ref);
    }
    function resolveSchema(root, ref) {
      const p = this.opts.uriResolver.parse(ref);
      const refPath = (0, resolve_1._getFullPath)(this.opts.uriResolver, p);
      let baseId = (0, resolve_1.getFullPath)(this.opts.uriResolver, root.baseId, void 0);
      if (Object.keys(root.schema).length > 0 && refPath === baseId) {
        return getJsonPointer.call(this, p, root);
      }
      const id = (0, resolve_1.normalizeId)(refPath);
      const schOrRef = this.refs[id] || this.schemas[id];
      if (typeof schOrRef == "string") {
        const sch = resolveSchema.call(this, root, schOrRef);
        if (typeof (sch === null || sch === void 0 ? void 0 : sch.schema) !== "object")
          return;
        return getJsonPointer.call(this, p, sch);
      }
      if (typeof (schOrRef === null || schOrRef === void 0 ? void 0 : schOrRef.schema) !== "object")
        return;
      if (!schOrRef.validate)
        compileSchema.call(this, schOrRef);
      if (id === (0, resolve_1.normalizeId)(ref)) {
        const { schema } = schOrRef;
        const { schemaId } = this.opts;
        const schId = schema[schemaId];
        if (schId)
          baseId = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schId);
        return new SchemaEnv({ schema, schemaId, root, baseId });
      }
      return getJsonPointer.call(this, p, schOrRef);
    }
    exports.resolveSchema = resolveSchema;
    var PREVENT_SCOPE_CHANGE = /* @__PURE__ */ new Set([
      "properties",
      "patternProperties",
      "enum",
      "dependencies",
      "definitions"
    ]);
    function getJsonPointer(parsedRef, { baseId, schema, root }) {
      var _a;
      if (((_a = parsedRef.fragment) === null || _a === void 0 ? void 0 : _a[0]) !== "/")
        return;
      for (const part of parsedRef.fragment.slice(1).split("/")) {
        if (typeof schema === "boolean")
          return;
        const partSchema = schema[(0, util_1.unescapeFragment)(part)];
        if (partSchema === void 0)
          return;
        schema = partSchema;
        const schId = typeof schema === "object" && schema[this.opts.schemaId];
        if (!PREVENT_SCOPE_CHANGE.has(part) && schId) {
          baseId = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schId);
        }
      }
      let env;
      if (typeof schema != "boolean" && schema.$ref && !(0, util_1.schemaHasRulesButRef)(schema, this.RULES)) {
        const $ref = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schema.$ref);
        env = resolveSchema.call(this, root, $ref);
      }
      const { schemaId } = this.opts;
      env = env || new SchemaEnv({ schema, schemaId, root, baseId });
      if (env.schema !== env.root.schema)
        return env;
      return void 0;
    }
  }
});

// node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/refs/data.json
var require_data = __commonJS({
  "node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/refs/data.json"(exports, module) {
    module.exports = {
      $id: "https://raw.githubusercontent.com/ajv-validator/ajv/master/lib/refs/data.json#",
      description: "Meta-schema for $data reference (JSON AnySchema extension proposal)",
      type: "object",
      required: ["$data"],
      properties: {
        $data: {
          type: "string",
          anyOf: [{ format: "relative-json-pointer" }, { format: "json-pointer" }]
        }
      },
      additionalProperties: false
    };
  }
});

// node_modules/.pnpm/fast-uri@3.1.9/node_modules/fast-uri/lib/utils.js
var require_utils = __commonJS({
  "node_modules/.pnpm/fast-uri@3.1.9/node_modules/fast-uri/lib/utils.js"(exports, module) {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
    var isUUID = RegExp.prototype.test.bind(/^[\da-f]{8}-[\da-f]{4}-[\da-f]{4}-[\da-f]{4}-[\da-f]{12}$/iu);
    var isIPv4 = RegExp.prototype.test.bind(/^(?:(?:25[0-5]|2[0-4]\d|1\d{2}|[1-9]\d|\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d{2}|[1-9]\d|\d)$/u);
    var isPort = RegExp.prototype.test.bind(/^\d*$/u);
    var isHexPair = RegExp.prototype.test.bind(/^[\da-f]{2}$/iu);
    var isUnreserved = RegExp.prototype.test.bind(/^[\da-z\-._~]$/iu);
    var isPathCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:@/]$/u);
    var isQueryFragmentCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:@/?]$/u);
    var isUserinfoCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:]$/u);
    var BYTE_HEX = new Array(256);
    {
      const HEX_DIGITS = "0123456789ABCDEF";
      for (let i = 0; i < 256; i++) {
        BYTE_HEX[i] = "%" + HEX_DIGITS[i >> 4] + HEX_DIGITS[i & 15];
      }
    }
    function percentEncodeNonAscii(cp) {
      if (cp < 2048) {
        return BYTE_HEX[192 | cp >> 6] + BYTE_HEX[128 | cp & 63];
      }
      if (cp < 65536) {
        return BYTE_HEX[224 | cp >> 12] + BYTE_HEX[128 | cp >> 6 & 63] + BYTE_HEX[128 | cp & 63];
      }
      return BYTE_HEX[240 | cp >> 18] + BYTE_HEX[128 | cp >> 12 & 63] + BYTE_HEX[128 | cp >> 6 & 63] + BYTE_HEX[128 | cp & 63];
    }
    function stringArrayToHexStripped(input) {
      let acc = "";
      let code = 0;
      let i = 0;
      for (i = 0; i < input.length; i++) {
        code = input[i].charCodeAt(0);
        if (code === 48) {
          continue;
        }
        if (!(code >= 48 && code <= 57 || code >= 65 && code <= 70 || code >= 97 && code <= 102)) {
          return "";
        }
        acc += input[i];
        break;
      }
      for (i += 1; i < input.length; i++) {
        code = input[i].charCodeAt(0);
        if (!(code >= 48 && code <= 57 || code >= 65 && code <= 70 || code >= 97 && code <= 102)) {
          return "";
        }
        acc += input[i];
      }
      return acc;
    }
    var isHextet = RegExp.prototype.test.bind(/^[\dA-Fa-f]{1,4}$/);
    var isIPvFuture = RegExp.prototype.test.bind(/^[vV][\dA-Fa-f]+\.[A-Za-z\d\-._~!$&'()*+,;=:]+$/);
    var isZoneCharacter = RegExp.prototype.test.bind(/^[A-Za-z\d\-._~]$/);
    var nonSimpleDomain = RegExp.prototype.test.bind(/[^!"$&'()*+,\-.;=_`a-z{}~]/u);
    function isZoneIdentifier(zone) {
      if (zone.length === 0) return false;
      for (let i = 0; i < zone.length; i++) {
        if (isZoneCharacter(zone[i])) continue;
        if (zone[i] === "%" && i + 2 < zone.length && isHexPair(zone.slice(i + 1, i + 3))) {
          i += 2;
          continue;
        }
        return false;
      }
      return true;
    }
    function compressIPv6ZeroRun(hextets) {
      let bestStart = -1;
      let bestLength = 0;
      let runStart = -1;
      let runLength = 0;
      for (let i = 0; i < hextets.length; i++) {
        if (hextets[i] === "0") {
          if (runStart === -1) runStart = i;
          runLength++;
          if (runLength > bestLength) {
            bestLength = runLength;
            bestStart = runStart;
          }
        } else {
          runStart = -1;
          runLength = 0;
        }
      }
      if (bestLength < 2) return hextets.join(":");
      const head = hextets.slice(0, bestStart).join(":");
      const tail = hextets.slice(bestStart + bestLength).join(":");
      return head + "::" + tail;
    }
    function normalizeIPv6Address(input) {
      const compression = input.indexOf("::");
      if (compression !== -1 && input.indexOf("::", compression + 1) !== -1) return void 0;
      const left = compression === -1 ? input.split(":") : input.slice(0, compression).split(":");
      const right = compression === -1 ? [] : input.slice(compression + 2).split(":");
      if (compression !== -1) {
        if (left.length === 1 && left[0] === "") left.length = 0;
        if (right.length === 1 && right[0] === "") right.length = 0;
      }
      const parts = left.concat(right);
      let hextetCount = 0;
      for (let i = 0; i < parts.length; i++) {
        const part = parts[i];
        if (part === "") return void 0;
        if (part.indexOf(".") !== -1) {
          if (i !== parts.length - 1 || compression !== -1 && right.length === 0 || !isIPv4(part)) return void 0;
          hextetCount += 2;
          continue;
        }
        if (!isHextet(part)) return void 0;
        parts[i] = parseInt(part, 16).toString(16);
        hextetCount++;
      }
      if (compression === -1) {
        if (hextetCount !== 8) return void 0;
        return compressIPv6ZeroRun(parts);
      }
      if (hextetCount >= 8) return void 0;
      const expanded = parts.slice(0, left.length);
      for (let i = hextetCount; i < 8; i++) expanded.push("0");
      for (let i = left.length; i < parts.length; i++) expanded.push(parts[i]);
      return compressIPv6ZeroRun(expanded);
    }
    function normalizeIPv6(host) {
      const bracketed = host[0] === "[" && host[host.length - 1] === "]";
      const hasBracket = host[0] === "[" || host[host.length - 1] === "]";
      if (hasBracket && !bracketed) return { host, isIPV6: false, error: true };
      let input = bracketed ? host.slice(1, -1) : host;
      if (bracketed && isIPvFuture(input)) {
        input = input.toLowerCase();
        return { host: `[${input}]`, escapedHost: input, isIPV6: false, isIPVFuture: true };
      }
      if (findToken(input, ":") < 2) {
        return { host, isIPV6: false, error: bracketed };
      }
      let zoneIdentifier = "";
      const zoneSeparator = input.indexOf("%");
      if (zoneSeparator !== -1) {
        const separatorLength = input.slice(zoneSeparator, zoneSeparator + 3).toLowerCase() === "%25" ? 3 : 1;
        zoneIdentifier = input.slice(zoneSeparator + separatorLength);
        if (!isZoneIdentifier(zoneIdentifier)) return { host, isIPV6: false, error: true };
        input = input.slice(0, zoneSeparator);
      }
      const address = normalizeIPv6Address(input);
      if (address === void 0) return { host, isIPV6: false, error: true };
      return {
        host: address + (zoneIdentifier ? "%" + zoneIdentifier : ""),
        escapedHost: address + (zoneIdentifier ? "%25" + zoneIdentifier : ""),
        isIPV6: true
      };
    }
    function findToken(str, token) {
      let ind = 0;
      for (let i = 0; i < str.length; i++) {
        if (str[i] === token) ind++;
      }
      return ind;
    }
    function removeDotSegments(path) {
      let input = path;
      const output = [];
      let nextSlash = -1;
      let len = 0;
      while (len = input.length) {
        if (len === 1) {
          if (input === ".") {
            break;
          } else if (input === "/") {
            output.push("/");
            break;
          } else {
            output.push(input);
            break;
          }
        } else if (len === 2) {
          if (input[0] === ".") {
            if (input[1] === ".") {
              break;
            } else if (input[1] === "/") {
              input = input.slice(2);
              continue;
            }
          } else if (input[0] === "/") {
            if (input[1] === "." || input[1] === "/") {
              output.push("/");
              break;
            }
          }
        } else if (len === 3) {
          if (input === "/..") {
            if (output.length !== 0) {
              output.pop();
            }
            output.push("/");
            break;
          }
        }
        if (input[0] === ".") {
          if (input[1] === ".") {
            if (input[2] === "/") {
              input = input.slice(3);
              continue;
            }
          } else if (input[1] === "/") {
            input = input.slice(2);
            continue;
          }
        } else if (input[0] === "/") {
          if (input[1] === ".") {
            if (input[2] === "/") {
              input = input.slice(2);
              continue;
            } else if (input[2] === ".") {
              if (input[3] === "/") {
                input = input.slice(3);
                if (output.length !== 0) {
                  output.pop();
                }
                continue;
              }
            }
          }
        }
        if ((nextSlash = input.indexOf("/", 1)) === -1) {
          output.push(input);
          break;
        } else {
          output.push(input.slice(0, nextSlash));
          input = input.slice(nextSlash);
        }
      }
      return output.join("");
    }
    function removeDotSegmentsRelative(path) {
      if (path === "" || path[0] === "/") {
        return removeDotSegments(path);
      }
      const segments = path.split("/");
      const last = segments.length - 1;
      const output = [];
      let trailingDirectory = false;
      for (let i = 0; i <= last; i++) {
        const segment = segments[i];
        if (segment === "." || segment === "..") {
          if (segment === "..") {
            if (output.length !== 0 && output[output.length - 1] !== "..") {
              output.pop();
            } else {
              output.push("..");
            }
          }
          trailingDirectory = i === last;
        } else {
          output.push(segment);
        }
      }
      if (trailingDirectory && output[output.length - 1] !== "..") {
        output.push("");
      }
      if (output.length === 0 || output[0] === "" || output[0].includes(":")) {
        output.unshift(".");
      }
      return output.join("/");
    }
    var HOST_DELIMS = { "@": "%40", "/": "%2F", "?": "%3F", "#": "%23", ":": "%3A" };
    var HOST_DELIM_RE = /[@/?#:]/g;
    var HOST_DELIM_NO_COLON_RE = /[@/?#]/g;
    function reescapeHostDelimiters(host, isIP) {
      const re = isIP ? HOST_DELIM_NO_COLON_RE : HOST_DELIM_RE;
      re.lastIndex = 0;
      return host.replace(re, (ch) => HOST_DELIMS[ch]);
    }
    function normalizePercentEncoding(input, decodeUnreserved = false) {
      if (input.indexOf("%") === -1) {
        return input;
      }
      let output = "";
      for (let i = 0; i < input.length; i++) {
        if (input[i] === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            const normalizedHex = hex.toUpperCase();
            const decoded = String.fromCharCode(parseInt(normalizedHex, 16));
            if (decodeUnreserved && isUnreserved(decoded)) {
              output += decoded;
            } else {
              output += "%" + normalizedHex;
            }
            i += 2;
            continue;
          }
        }
        output += input[i];
      }
      return output;
    }
    function normalizePathEncoding(input) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            const normalizedHex = hex.toUpperCase();
            const decoded = String.fromCharCode(parseInt(normalizedHex, 16));
            if (decoded !== "." && isUnreserved(decoded)) {
              output += decoded;
            } else {
              output += "%" + normalizedHex;
            }
            i += 2;
            continue;
          }
        }
        if (isPathCharacter(ch)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += isEscapeSafe(code) ? ch : BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function serializePathEncoding(input, pathNoScheme = false) {
      let output = "";
      let firstSegment = pathNoScheme && input[0] !== "/";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            output += "%" + hex.toUpperCase();
            i += 2;
            continue;
          }
        }
        if (ch === "/") {
          firstSegment = false;
        }
        if (isPathCharacter(ch) && (ch !== ":" || !firstSegment)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function encodeComponent(input, isAllowed) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            output += "%" + hex.toUpperCase();
            i += 2;
            continue;
          }
        }
        if (isAllowed(ch)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function encodeUserinfo(input) {
      return encodeComponent(input, isUserinfoCharacter);
    }
    function encodeQuery(input) {
      return encodeComponent(input, isQueryFragmentCharacter);
    }
    function encodeFragment(input) {
      return encodeComponent(input, isQueryFragmentCharacter);
    }
    function isEscapeSafe(cp) {
      return cp >= 48 && cp <= 57 || cp >= 65 && cp <= 90 || cp >= 97 && cp <= 122 || cp === 42 || cp === 43 || cp === 45 || cp === 46 || cp === 47 || cp === 64 || cp === 95;
    }
    function normalizeQueryFragmentEncoding(input) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            const normalizedHex = hex.toUpperCase();
            const decoded = String.fromCharCode(parseInt(normalizedHex, 16));
            if (isUnreserved(decoded)) {
              output += decoded;
            } else {
              output += "%" + normalizedHex;
            }
            i += 2;
            continue;
          }
        }
        if (isQueryFragmentCharacter(ch)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += isEscapeSafe(code) ? ch : BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function escapePreservingEscapes(input) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        if (input[i] === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            output += "%" + hex.toUpperCase();
            i += 2;
            continue;
          }
        }
        output += escape(input[i]);
      }
      return output;
    }
    function recomposeAuthority(component) {
      const uriTokens = [];
      if (component.userinfo !== void 0) {
        uriTokens.push(encodeUserinfo(component.userinfo));
        uriTokens.push("@");
      }
      if (component.host !== void 0) {
        let host = component.host;
        if (!isIPv4(host)) {
          let ipV6res = normalizeIPv6(host);
          if (ipV6res.isIPV6 !== true && ipV6res.isIPVFuture !== true) {
            host = normalizePercentEncoding(host, true);
            ipV6res = normalizeIPv6(host);
          }
          if (ipV6res.isIPV6 === true || ipV6res.isIPVFuture === true) {
            host = `[${ipV6res.escapedHost}]`;
          } else {
            host = reescapeHostDelimiters(host, false);
          }
        }
        uriTokens.push(host);
      }
      if (typeof component.port === "number" || typeof component.port === "string") {
        const port = String(component.port);
        if (!isPort(port)) {
          throw new TypeError("URI port is malformed.");
        }
        uriTokens.push(":");
        uriTokens.push(port);
      }
      return uriTokens.length ? uriTokens.join("") : void 0;
    }
    module.exports = {
      nonSimpleDomain,
      recomposeAuthority,
      reescapeHostDelimiters,
      normalizePercentEncoding,
      normalizePathEncoding,
      serializePathEncoding,
      normalizeQueryFragmentEncoding,
      encodeUserinfo,
      encodeQuery,
      encodeFragment,
      escapePreservingEscapes,
      removeDotSegments,
      removeDotSegmentsRelative,
      isIPv4,
      isUUID,
      normalizeIPv6,
      stringArrayToHexStripped
    };
  }
});

// node_modules/.pnpm/fast-uri@3.1.9/node_modules/fast-uri/lib/schemes.js
var require_schemes = __commonJS({
  "node_modules/.pnpm/fast-uri@3.1.9/node_modules/fast-uri/lib/schemes.js"(exports, module) {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
    var { isUUID } = require_utils();
    var URN_REG = /^([\da-z][\d\-a-z]{0,31}):((?:[\w!$'()*+,\-./:;=@]|%[\da-f]{2})+)$/iu;
    var supportedSchemeNames = (
      /** @type {const} */
      [
        "http",
        "https",
        "ws",
        "wss",
        "urn",
        "urn:uuid"
      ]
    );
    function isValidSchemeName(name) {
      return supportedSchemeNames.indexOf(
        /** @type {*} */
        name
      ) !== -1;
    }
    function wsIsSecure(wsComponent) {
      if (wsComponent.secure === true) {
        return true;
      } else if (wsComponent.secure === false) {
        return false;
      } else if (wsComponent.scheme) {
        return wsComponent.scheme.length === 3 && (wsComponent.scheme[0] === "w" || wsComponent.scheme[0] === "W") && (wsComponent.scheme[1] === "s" || wsComponent.scheme[1] === "S") && (wsComponent.scheme[2] === "s" || wsComponent.scheme[2] === "S");
      } else {
        return false;
      }
    }
    function httpParse(component) {
      if (!component.host) {
        component.error = component.error || "HTTP URIs must have a host.";
      }
      return component;
    }
    function httpSerialize(component) {
      const secure = String(component.scheme).toLowerCase() === "https";
      if (component.port === (secure ? 443 : 80) || component.port === "") {
        component.port = void 0;
      }
      if (!component.path) {
        component.path = "/";
      }
      return component;
    }
    function wsParse(wsComponent) {
      wsComponent.secure = wsIsSecure(wsComponent);
      wsComponent.resourceName = (wsComponent.path || "/") + (wsComponent.query ? "?" + wsComponent.query : "");
      wsComponent.path = void 0;
      wsComponent.query = void 0;
      return wsComponent;
    }
    function wsSerialize(wsComponent) {
      if (wsComponent.port === (wsIsSecure(wsComponent) ? 443 : 80) || wsComponent.port === "") {
        wsComponent.port = void 0;
      }
      if (typeof wsComponent.secure === "boolean") {
        wsComponent.scheme = wsComponent.secure ? "wss" : "ws";
        wsComponent.secure = void 0;
      }
      if (wsComponent.resourceName) {
        const queryIndex = wsComponent.resourceName.indexOf("?");
        const path = queryIndex === -1 ? wsComponent.resourceName : wsComponent.resourceName.slice(0, queryIndex);
        wsComponent.path = path && path !== "/" ? path : void 0;
        wsComponent.query = queryIndex === -1 ? void 0 : wsComponent.resourceName.slice(queryIndex + 1);
        wsComponent.resourceName = void 0;
      }
      wsComponent.fragment = void 0;
      return wsComponent;
    }
    function urnParse(urnComponent, options) {
      if (!urnComponent.path) {
        urnComponent.error = "URN can not be parsed";
        return urnComponent;
      }
      const matches = urnComponent.path.match(URN_REG);
      if (matches && matches[0] === urnComponent.path) {
        const scheme = options.scheme || urnComponent.scheme || "urn";
        urnComponent.nid = matches[1].toLowerCase();
        urnComponent.nss = matches[2];
        const urnScheme = `${scheme}:${options.nid || urnComponent.nid}`;
        const schemeHandler = getSchemeHandler(urnScheme);
        urnComponent.path = void 0;
        if (schemeHandler) {
          urnComponent = schemeHandler.parse(urnComponent, options);
        }
      } else {
        urnComponent.error = urnComponent.error || "URN can not be parsed.";
      }
      return urnComponent;
    }
    function urnSerialize(urnComponent, options) {
      if (urnComponent.nid === void 0) {
        throw new Error("URN without nid cannot be serialized");
      }
      const scheme = options.scheme || urnComponent.scheme || "urn";
      const nid = urnComponent.nid.toLowerCase();
      const urnScheme = `${scheme}:${options.nid || nid}`;
      const schemeHandler = getSchemeHandler(urnScheme);
      if (schemeHandler) {
        urnComponent = schemeHandler.serialize(urnComponent, options);
      }
      const uriComponent = urnComponent;
      const nss = urnComponent.nss;
      uriComponent.path = `${nid || options.nid}:${nss}`;
      options.skipEscape = true;
      return uriComponent;
    }
    function urnuuidParse(urnComponent, options) {
      const uuidComponent = urnComponent;
      uuidComponent.uuid = uuidComponent.nss;
      uuidComponent.nss = void 0;
      if (!options.tolerant && (!uuidComponent.uuid || !isUUID(uuidComponent.uuid))) {
        uuidComponent.error = uuidComponent.error || "UUID is not valid.";
      }
      return uuidComponent;
    }
    function urnuuidSerialize(uuidComponent) {
      const urnComponent = uuidComponent;
      urnComponent.nss = (uuidComponent.uuid || "").toLowerCase();
      return urnComponent;
    }
    var http = (
      /** @type {SchemeHandler} */
      {
        scheme: "http",
        domainHost: true,
        parse: httpParse,
        serialize: httpSerialize
      }
    );
    var https = (
      /** @type {SchemeHandler} */
      {
        scheme: "https",
        domainHost: http.domainHost,
        parse: httpParse,
        serialize: httpSerialize
      }
    );
    var ws = (
      /** @type {SchemeHandler} */
      {
        scheme: "ws",
        domainHost: true,
        parse: wsParse,
        serialize: wsSerialize
      }
    );
    var wss = (
      /** @type {SchemeHandler} */
      {
        scheme: "wss",
        domainHost: ws.domainHost,
        parse: ws.parse,
        serialize: ws.serialize
      }
    );
    var urn = (
      /** @type {SchemeHandler} */
      {
        scheme: "urn",
        parse: urnParse,
        serialize: urnSerialize,
        skipNormalize: true
      }
    );
    var urnuuid = (
      /** @type {SchemeHandler} */
      {
        scheme: "urn:uuid",
        parse: urnuuidParse,
        serialize: urnuuidSerialize,
        skipNormalize: true
      }
    );
    var SCHEMES = (
      /** @type {Record<SchemeName, SchemeHandler>} */
      {
        http,
        https,
        ws,
        wss,
        urn,
        "urn:uuid": urnuuid
      }
    );
    Object.setPrototypeOf(SCHEMES, null);
    function getSchemeHandler(scheme) {
      return scheme && (SCHEMES[
        /** @type {SchemeName} */
        scheme
      ] || SCHEMES[
        /** @type {SchemeName} */
        scheme.toLowerCase()
      ]) || void 0;
    }
    module.exports = {
      wsIsSecure,
      SCHEMES,
      isValidSchemeName,
      getSchemeHandler
    };
  }
});

// node_modules/.pnpm/fast-uri@3.1.9/node_modules/fast-uri/index.js
var require_fast_uri = __commonJS({
  "node_modules/.pnpm/fast-uri@3.1.9/node_modules/fast-uri/index.js"(exports, module) {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
    var { normalizeIPv6, removeDotSegments, removeDotSegmentsRelative, recomposeAuthority, normalizePercentEncoding, normalizePathEncoding, serializePathEncoding, normalizeQueryFragmentEncoding, encodeQuery, encodeFragment, reescapeHostDelimiters, isIPv4, nonSimpleDomain } = require_utils();
    var { SCHEMES, getSchemeHandler } = require_schemes();
    var VALID_SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*$/u;
    var MALFORMED_SCHEME_ERROR = "URI scheme is malformed.";
    var MALFORMED_HOST_ERROR = "URI host is malformed.";
    var FORBIDDEN_DOMAIN_HOST_CHARACTER = /[\0-\x20"#/:<>?@[\\\]^`{|}\x7F]/u;
    function validateScheme(scheme) {
      const stringScheme = String(scheme);
      if (!VALID_SCHEME.test(stringScheme)) {
        throw new TypeError(MALFORMED_SCHEME_ERROR);
      }
      return stringScheme;
    }
    function normalize(uri, options) {
      if (typeof uri === "string") {
        uri = /** @type {T} */
        normalizeString(uri, options);
      } else if (typeof uri === "object") {
        uri = /** @type {T} */
        parse2(serialize(uri, options), options);
      }
      return uri;
    }
    function resolve8(baseURI, relativeURI, options) {
      const schemelessOptions = options ? Object.assign({ scheme: "null" }, options) : { scheme: "null" };
      const {
        parsed: baseParsed,
        malformedAuthorityOrPort: baseMalformed,
        malformedPercentEncoding: baseMalformedPercentEncoding,
        malformedSchemeSpecific: baseMalformedSchemeSpecific,
        malformedHost: baseMalformedHost,
        malformedScheme: baseMalformedScheme
      } = parseWithStatus(baseURI, schemelessOptions);
      const {
        parsed: relativeParsed,
        malformedAuthorityOrPort: relativeMalformed,
        malformedPercentEncoding: relativeMalformedPercentEncoding,
        malformedSchemeSpecific: relativeMalformedSchemeSpecific,
        malformedHost: relativeMalformedHost,
        malformedScheme: relativeMalformedScheme
      } = parseWithStatus(relativeURI, schemelessOptions);
      if (baseMalformed || relativeMalformed || baseMalformedPercentEncoding || relativeMalformedPercentEncoding || baseMalformedSchemeSpecific || relativeMalformedSchemeSpecific || baseMalformedHost || relativeMalformedHost || baseMalformedScheme || relativeMalformedScheme) {
        throw new Error(baseParsed.error || relativeParsed.error || "URI is malformed.");
      }
      const resolved = resolveComponent(baseParsed, relativeParsed, schemelessOptions, true);
      const resolvedSchemeHandler = getSchemeHandler(options && options.scheme || resolved.scheme);
      const resolvedHost = resolved.host;
      const resolvedHostIsIP = resolvedHost !== void 0 && resolvedHost !== "" && (isIPv4(resolvedHost) || normalizeIPv6(resolvedHost).isIPV6);
      if (hasForbiddenDomainHost(resolved, options || {}, resolvedSchemeHandler, resolvedHostIsIP)) {
        throw new Error(MALFORMED_HOST_ERROR);
      }
      canonicalizeHost(resolved, options || {}, resolvedSchemeHandler, resolvedHostIsIP);
      const encodedASCIIHost = resolvedHost && resolvedHost.indexOf("%") !== -1 && !new RegExp("\\P{ASCII}", "u").test(resolvedHost);
      if (resolved.error && !encodedASCIIHost) {
        throw new Error(resolved.error);
      }
      schemelessOptions.skipEscape = true;
      return serialize(resolved, schemelessOptions);
    }
    function resolveComponent(base, relative3, options, skipNormalization) {
      const target = {};
      if (!skipNormalization) {
        base = parse2(serialize(base, options), options);
        relative3 = parse2(serialize(relative3, options), options);
      }
      options = options || {};
      if (!options.tolerant && relative3.scheme) {
        target.scheme = relative3.scheme;
        target.userinfo = relative3.userinfo;
        target.host = relative3.host;
        target.port = relative3.port;
        target.path = removeDotSegments(relative3.path || "");
        target.query = relative3.query;
      } else {
        if (relative3.userinfo !== void 0 || relative3.host !== void 0 || relative3.port !== void 0) {
          target.userinfo = relative3.userinfo;
          target.host = relative3.host;
          target.port = relative3.port;
          target.path = removeDotSegments(relative3.path || "");
          target.query = relative3.query;
        } else {
          if (!relative3.path) {
            target.path = base.path;
            if (relative3.query !== void 0) {
              target.query = relative3.query;
            } else {
              target.query = base.query;
            }
          } else {
            if (relative3.path[0] === "/") {
              target.path = removeDotSegments(relative3.path);
            } else {
              const baseHasAuthority = base.userinfo !== void 0 || base.host !== void 0 || base.port !== void 0;
              if (baseHasAuthority && !base.path) {
                target.path = "/" + relative3.path;
              } else if (!base.path) {
                target.path = relative3.path;
              } else {
                target.path = base.path.slice(0, base.path.lastIndexOf("/") + 1) + relative3.path;
              }
              target.path = base.scheme === void 0 && !baseHasAuthority && target.path[0] !== "/" ? removeDotSegmentsRelative(target.path) : removeDotSegments(target.path);
            }
            target.query = relative3.query;
          }
          target.userinfo = base.userinfo;
          target.host = base.host;
          target.port = base.port;
        }
        target.scheme = base.scheme;
      }
      target.fragment = relative3.fragment;
      return target;
    }
    function equal(uriA, uriB, options) {
      const normalizedA = normalizeComparableURI(uriA, options);
      const normalizedB = normalizeComparableURI(uriB, options);
      return normalizedA !== void 0 && normalizedB !== void 0 && normalizedA === normalizedB;
    }
    function serialize(cmpts, opts) {
      const component = {
        host: cmpts.host,
        scheme: cmpts.scheme,
        userinfo: cmpts.userinfo,
        port: cmpts.port,
        path: cmpts.path,
        query: cmpts.query,
        nid: cmpts.nid,
        nss: cmpts.nss,
        uuid: cmpts.uuid,
        fragment: cmpts.fragment,
        reference: cmpts.reference,
        resourceName: cmpts.resourceName,
        secure: cmpts.secure,
        error: ""
      };
      const options = Object.assign({}, opts);
      const uriTokens = [];
      if (component.scheme) {
        component.scheme = validateScheme(component.scheme);
      }
      const schemeHandler = getSchemeHandler(options.scheme || component.scheme);
      if (schemeHandler && schemeHandler.serialize) schemeHandler.serialize(component, options);
      const hasAuthority = component.userinfo !== void 0 || component.host !== void 0 || component.port !== void 0;
      const schemelessReference = (component.scheme === void 0 || options.reference === "suffix") && !hasAuthority;
      const pathNoScheme = !options.skipEscape && schemelessReference;
      if (component.path !== void 0) {
        if (!options.skipEscape) {
          component.path = serializePathEncoding(component.path, pathNoScheme);
        } else {
          component.path = normalizePercentEncoding(component.path);
        }
      }
      if (options.reference !== "suffix" && component.scheme) {
        component.scheme = validateScheme(component.scheme);
        uriTokens.push(component.scheme, ":");
      }
      const authority = recomposeAuthority(component);
      if (authority !== void 0) {
        if (options.reference !== "suffix") {
          uriTokens.push("//");
        }
        uriTokens.push(authority);
        if (component.path && component.path[0] !== "/") {
          uriTokens.push("/");
        }
      }
      if (component.path !== void 0) {
        let s = component.path;
        if (!options.absolutePath && (!schemeHandler || !schemeHandler.absolutePath)) {
          s = schemelessReference && s[0] !== "/" ? removeDotSegmentsRelative(s) : removeDotSegments(s);
        }
        if (schemelessReference) {
          s = serializePathEncoding(s, true);
        }
        if (authority === void 0 && s[0] === "/" && s[1] === "/") {
          s = "/%2F" + s.slice(2);
        }
        uriTokens.push(s);
      }
      if (component.query !== void 0) {
        uriTokens.push("?", encodeQuery(component.query));
      }
      if (component.fragment !== void 0) {
        uriTokens.push("#", encodeFragment(component.fragment));
      }
      return uriTokens.join("");
    }
    var URI_PARSE = /^(?:([^#/:?]+):)?(?:\/\/((?:([^#/?@]*)@)?(\[[^#/?\]]+\]|[^#/:?]*)(?::(\d*))?))?([^#?]*)(?:\?([^#]*))?(?:#((?:.|[\n\r])*))?/u;
    var AUTHORITY_PREFIX = /^(?:[^#/:?]+:)?\/\/([^/?#]*)/;
    var AUTHORITY_INTRODUCER_REGION = /^(?:[^#/:?]+:)?([/\\\t\n\r]*)/;
    function getParseError(parsed, matches) {
      if (matches[2] !== void 0 && parsed.path && parsed.path[0] !== "/") {
        return 'URI path must start with "/" when authority is present.';
      }
      if (typeof parsed.port === "number" && (parsed.port < 0 || parsed.port > 65535)) {
        return "URI port is malformed.";
      }
      return void 0;
    }
    function hasMalformedPercentEncoding(component) {
      if (component === void 0) return false;
      let percent = component.indexOf("%");
      while (percent !== -1) {
        if (percent + 2 >= component.length || !/^[\da-f]{2}$/iu.test(component.slice(percent + 1, percent + 3))) {
          return true;
        }
        percent = component.indexOf("%", percent + 3);
      }
      return false;
    }
    function isIPLiteral(host) {
      return host[0] === "[" && host[host.length - 1] === "]";
    }
    function hasMalformedComponentPercentEncoding(matches) {
      const host = matches[4];
      return hasMalformedPercentEncoding(matches[3]) || host !== void 0 && !isIPLiteral(host) && hasMalformedPercentEncoding(host) || hasMalformedPercentEncoding(matches[6]) || hasMalformedPercentEncoding(matches[7]) || hasMalformedPercentEncoding(matches[8]);
    }
    function canonicalizeHost(parsed, options, schemeHandler, isIP) {
      if (hasForbiddenDomainHost(parsed, options, schemeHandler, isIP)) {
        parsed.error = parsed.error || MALFORMED_HOST_ERROR;
        return true;
      }
      if (!options.unicodeSupport && (!schemeHandler || !schemeHandler.unicodeSupport) && parsed.host && !isIPLiteral(parsed.host) && (options.domainHost || schemeHandler && schemeHandler.domainHost) && isIP === false && nonSimpleDomain(parsed.host)) {
        let url;
        try {
          url = new URL("http://" + parsed.host);
        } catch (e) {
          parsed.error = parsed.error || "Host's domain name can not be converted to ASCII: " + e;
          return true;
        }
        if (!isHostOnlyURL(url)) {
          parsed.error = parsed.error || MALFORMED_HOST_ERROR;
          return true;
        }
        parsed.host = url.hostname;
      }
      return false;
    }
    function hasForbiddenDomainHost(parsed, options, schemeHandler, isIP) {
      return Boolean(
        parsed.host && isIP === false && !isIPLiteral(parsed.host) && (options.domainHost || schemeHandler && schemeHandler.domainHost) && FORBIDDEN_DOMAIN_HOST_CHARACTER.test(parsed.host)
      );
    }
    function isHostOnlyURL(url) {
      return url.username === "" && url.password === "" && url.port === "" && url.pathname === "/" && url.search === "" && url.hash === "" && url.hostname !== "";
    }
    function parseWithStatus(uri, opts) {
      const options = Object.assign({}, opts);
      const parsed = {
        scheme: void 0,
        userinfo: void 0,
        host: "",
        port: void 0,
        path: "",
        query: void 0,
        fragment: void 0
      };
      let malformedAuthorityOrPort = false;
      let malformedPercentEncoding = false;
      let malformedSchemeSpecific = false;
      let malformedHost = false;
      let malformedIPLiteral = false;
      let malformedScheme = false;
      let isIP = false;
      if (options.reference === "suffix") {
        if (options.scheme) {
          uri = options.scheme + ":" + uri;
        } else {
          uri = "//" + uri;
        }
      }
      const authorityMatch = uri.match(AUTHORITY_PREFIX);
      if (authorityMatch !== null && authorityMatch[1].indexOf("\\") !== -1) {
        parsed.error = "URI authority must not contain a literal backslash.";
        malformedAuthorityOrPort = true;
      }
      const introducerMatch = uri.match(AUTHORITY_INTRODUCER_REGION);
      if (introducerMatch !== null) {
        const region = introducerMatch[1];
        const normalizedRegion = region.replace(/[\t\n\r]/g, "");
        if (normalizedRegion.length >= 2) {
          if (normalizedRegion.slice(0, 2) !== "//") {
            parsed.error = parsed.error || "URI authority must not contain a literal backslash.";
            malformedAuthorityOrPort = true;
          } else if (region.length !== normalizedRegion.length) {
            parsed.error = parsed.error || "URI authority introducer must not contain whitespace.";
            malformedAuthorityOrPort = true;
          }
        }
      }
      const matches = uri.match(URI_PARSE);
      if (matches) {
        parsed.scheme = matches[1];
        parsed.userinfo = matches[3];
        parsed.host = matches[4];
        parsed.port = parseInt(matches[5], 10);
        parsed.path = matches[6] || "";
        parsed.query = matches[7];
        parsed.fragment = matches[8];
        if (parsed.scheme !== void 0) {
          if (VALID_SCHEME.test(parsed.scheme)) {
            parsed.scheme = parsed.scheme.toLowerCase();
          } else {
            parsed.error = parsed.error || MALFORMED_SCHEME_ERROR;
            malformedScheme = true;
          }
        }
        malformedPercentEncoding = hasMalformedComponentPercentEncoding(matches);
        if (malformedPercentEncoding) {
          parsed.error = parsed.error || "URI contains malformed percent-encoding.";
        }
        if (isNaN(parsed.port)) {
          parsed.port = matches[5];
        }
        const parseError = getParseError(parsed, matches);
        if (parseError !== void 0) {
          parsed.error = parsed.error || parseError;
          malformedAuthorityOrPort = true;
        }
        if (parsed.host) {
          const ipv4result = isIPv4(parsed.host);
          if (ipv4result === false) {
            const bracketedIPLiteral = isIPLiteral(parsed.host);
            const hasIPLiteralBracket = parsed.host.indexOf("[") !== -1 || parsed.host.indexOf("]") !== -1;
            const ipv6result = normalizeIPv6(parsed.host);
            isIP = ipv6result.isIPV6 || ipv6result.isIPVFuture === true;
            malformedIPLiteral = hasIPLiteralBracket && (!bracketedIPLiteral || ipv6result.error === true);
            parsed.host = isIP ? ipv6result.host : ipv6result.host.toLowerCase();
            if (malformedIPLiteral) {
              parsed.error = parsed.error || MALFORMED_HOST_ERROR;
              malformedAuthorityOrPort = true;
            }
          } else {
            isIP = true;
          }
        }
        if (parsed.scheme === void 0 && parsed.userinfo === void 0 && parsed.host === void 0 && parsed.port === void 0 && parsed.query === void 0 && !parsed.path) {
          parsed.reference = "same-document";
        } else if (parsed.scheme === void 0) {
          parsed.reference = "relative";
        } else if (parsed.fragment === void 0) {
          parsed.reference = "absolute";
        } else {
          parsed.reference = "uri";
        }
        if (options.reference && options.reference !== "suffix" && options.reference !== parsed.reference) {
          parsed.error = parsed.error || "URI is not a " + options.reference + " reference.";
        }
        const schemeHandler = getSchemeHandler(options.scheme || parsed.scheme);
        if (!malformedIPLiteral) {
          malformedHost = canonicalizeHost(parsed, options, schemeHandler, isIP);
        }
        if (uri.indexOf("%") !== -1 && parsed.host !== void 0 && !malformedIPLiteral) {
          let host = isIP ? parsed.host : normalizePercentEncoding(parsed.host, true);
          if (!isIP) {
            host = normalizePercentEncoding(host.toLowerCase());
          }
          parsed.host = isIP || options.scheme !== "null" ? reescapeHostDelimiters(host, isIP) : host;
        }
        if (!schemeHandler || schemeHandler && !schemeHandler.skipNormalize) {
          if (parsed.path) {
            parsed.path = normalizePathEncoding(parsed.path);
          }
          if (parsed.query) {
            parsed.query = normalizeQueryFragmentEncoding(parsed.query);
          }
          if (parsed.fragment) {
            parsed.fragment = normalizeQueryFragmentEncoding(parsed.fragment);
          }
        }
        if (schemeHandler && schemeHandler.parse) {
          schemeHandler.parse(parsed, options);
          if (schemeHandler === SCHEMES.urn && parsed.nid === void 0) {
            malformedSchemeSpecific = true;
          }
        }
      } else {
        parsed.error = parsed.error || "URI can not be parsed.";
      }
      return { parsed, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme };
    }
    function parse2(uri, opts) {
      return parseWithStatus(uri, opts).parsed;
    }
    function normalizeString(uri, opts) {
      return normalizeStringWithStatus(uri, opts).normalized;
    }
    function normalizeStringWithStatus(uri, opts) {
      const { parsed, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme } = parseWithStatus(uri, opts);
      return {
        normalized: malformedAuthorityOrPort || malformedPercentEncoding || malformedSchemeSpecific || malformedHost || malformedScheme ? uri : serialize(parsed, opts),
        malformedAuthorityOrPort,
        malformedPercentEncoding,
        malformedSchemeSpecific,
        malformedHost,
        malformedScheme
      };
    }
    function normalizeComparableURI(uri, opts) {
      if (typeof uri !== "string" && typeof uri !== "object") {
        return void 0;
      }
      let value;
      try {
        value = typeof uri === "string" ? uri : serialize(uri, opts);
      } catch {
        return void 0;
      }
      const { normalized, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme } = normalizeStringWithStatus(value, opts);
      return malformedAuthorityOrPort || malformedPercentEncoding || malformedSchemeSpecific || malformedHost || malformedScheme ? void 0 : normalized;
    }
    var fastUri = {
      SCHEMES,
      normalize,
      resolve: resolve8,
      resolveComponent,
      equal,
      serialize,
      parse: parse2
    };
    module.exports = fastUri;
    module.exports.default = fastUri;
    module.exports.fastUri = fastUri;
  }
});

// node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/runtime/uri.js
var require_uri = __commonJS({
  "node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/runtime/uri.js"(exports) {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
    Object.defineProperty(exports, "__esModule", { value: true });
    var uri = require_fast_uri();
    uri.code = 'require("ajv/dist/runtime/uri").default';
    exports.default = uri;
  }
});

// node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/core.js
var require_core = __commonJS({
  "node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/core.js"(exports) {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.CodeGen = exports.Name = exports.nil = exports.stringify = exports.str = exports._ = exports.KeywordCxt = void 0;
    var validate_1 = require_validate();
    Object.defineProperty(exports, "KeywordCxt", { enumerable: true, get: function() {
      return validate_1.KeywordCxt;
    } });
    var codegen_1 = require_codegen();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return codegen_1._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return codegen_1.str;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return codegen_1.stringify;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return codegen_1.nil;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return codegen_1.Name;
    } });
    Object.defineProperty(exports, "CodeGen", { enumerable: true, get: function() {
      return codegen_1.CodeGen;
    } });
    var validation_error_1 = require_validation_error();
    var ref_error_1 = require_ref_error();
    var rules_1 = require_rules();
    var compile_1 = require_compile();
    var codegen_2 = require_codegen();
    var resolve_1 = require_resolve();
    var dataType_1 = require_dataType();
    var util_1 = require_util();
    var $dataRefSchema = require_data();
    var uri_1 = require_uri();
    var defaultRegExp = (str, flags) => new RegExp(str, flags);
    defaultRegExp.code = "new RegExp";
    var META_IGNORE_OPTIONS = ["removeAdditional", "useDefaults", "coerceTypes"];
    var EXT_SCOPE_NAMES = /* @__PURE__ */ new Set([
      "validate",
      "serialize",
      "parse",
      "wrapper",
      "root",
      "schema",
      "keyword",
      "pattern",
      "formats",
      "validate$data",
      "func",
      "obj",
      "Error"
    ]);
    var removedOptions = {
      errorDataPath: "",
      format: "`validateFormats: false` can be used instead.",
      nullable: '"nullable" keyword is supported by default.',
      jsonPointers: "Deprecated jsPropertySyntax can be used instead.",
      extendRefs: "Deprecated ignoreKeywordsWithRef can be used instead.",
      missingRefs: "Pass empty schema with $id that should be ignored to ajv.addSchema.",
      processCode: "Use option `code: {process: (code, schemaEnv: object) => string}`",
      sourceCode: "Use option `code: {source: true}`",
      strictDefaults: "It is default now, see option `strict`.",
      strictKeywords: "It is default now, see option `strict`.",
      uniqueItems: '"uniqueItems" keyword is always validated.',
      unknownFormats: "Disable strict mode or pass `true` to `ajv.addFormat` (or `formats` option).",
      cache: "Map is used as cache, schema object as key.",
      serialize: "Map is used as cache, schema object as key.",
      ajvErrors: "It is default now."
    };
    var deprecatedOptions = {
      ignoreKeywordsWithRef: "",
      jsPropertySyntax: "",
      unicode: '"minLength"/"maxLength" account for unicode characters by default.'
    };
    var MAX_EXPRESSION = 200;
    function requiredOptions(o) {
      var _a, _b, _c, _d, _e, _f, _g, _h, _j, _k, _l, _m, _o, _p, _q, _r, _s, _t, _u, _v, _w, _x, _y, _z, _0;
      const s = o.strict;
      const _optz = (_a = o.code) === null || _a === void 0 ? void 0 : _a.optimize;
      const optimize = _optz === true || _optz === void 0 ? 1 : _optz || 0;
      const regExp = (_c = (_b = o.code) === null || _b === void 0 ? void 0 : _b.regExp) !== null && _c !== void 0 ? _c : defaultRegExp;
      const uriResolver = (_d = o.uriResolver) !== null && _d !== void 0 ? _d : uri_1.default;
      return {
        strictSchema: (_f = (_e = o.strictSchema) !== null && _e !== void 0 ? _e : s) !== null && _f !== void 0 ? _f : true,
        strictNumbers: (_h = (_g = o.strictNumbers) !== null && _g !== void 0 ? _g : s) !== null && _h !== void 0 ? _h : true,
        strictTypes: (_k = (_j = o.strictTypes) !== null && _j !== void 0 ? _j : s) !== null && _k !== void 0 ? _k : "log",
        strictTuples: (_m = (_l = o.strictTuples) !== null && _l !== void 0 ? _l : s) !== null && _m !== void 0 ? _m : "log",
        strictRequired: (_p = (_o = o.strictRequired) !== null && _o !== void 0 ? _o : s) !== null && _p !== void 0 ? _p : false,
        code: o.code ? { ...o.code, optimize, regExp } : { optimize, regExp },
        loopRequired: (_q = o.loopRequired) !== null && _q !== void 0 ? _q : MAX_EXPRESSION,
        loopEnum: (_r = o.loopEnum) !== null && _r !== void 0 ? _r : MAX_EXPRESSION,
        meta: (_s = o.meta) !== null && _s !== void 0 ? _s : true,
        messages: (_t = o.messages) !== null && _t !== void 0 ? _t : true,
        inlineRefs: (_u = o.inlineRefs) !== null && _u !== void 0 ? _u : true,
        schemaId: (_v = o.schemaId) !== null && _v !== void 0 ? _v : "$id",
        addUsedSchema: (_w = o.addUsedSchema) !== null && _w !== void 0 ? _w : true,
        validateSchema: (_x = o.validateSchema) !== null && _x !== void 0 ? _x : true,
        validateFormats: (_y = o.validateFormats) !== null && _y !== void 0 ? _y : true,
        unicodeRegExp: (_z = o.unicodeRegExp) !== null && _z !== void 0 ? _z : true,
        int32range: (_0 = o.int32range) !== null && _0 !== void 0 ? _0 : true,
        uriResolver
      };
    }
    var Ajv2 = class {
      constructor(opts = {}) {
        this.schemas = {};
        this.refs = {};
        this.formats = /* @__PURE__ */ Object.create(null);
        this._compilations = /* @__PURE__ */ new Set();
        this._loading = {};
        this._cache = /* @__PURE__ */ new Map();
        opts = this.opts = { ...opts, ...requiredOptions(opts) };
        const { es5, lines } = this.opts.code;
        this.scope = new codegen_2.ValueScope({ scope: {}, prefixes: EXT_SCOPE_NAMES, es5, lines });
        this.logger = getLogger(opts.logger);
        const formatOpt = opts.validateFormats;
        opts.validateFormats = false;
        this.RULES = (0, rules_1.getRules)();
        checkOptions.call(this, removedOptions, opts, "NOT SUPPORTED");
        checkOptions.call(this, deprecatedOptions, opts, "DEPRECATED", "warn");
        this._metaOpts = getMetaSchemaOptions.call(this);
        if (opts.formats)
          addInitialFormats.call(this);
        this._addVocabularies();
        this._addDefaultMetaSchema();
        if (opts.keywords)
          addInitialKeywords.call(this, opts.keywords);
        if (typeof opts.meta == "object")
          this.addMetaSchema(opts.meta);
        addInitialSchemas.call(this);
        opts.validateFormats = formatOpt;
      }
      _addVocabularies() {
        this.addKeyword("$async");
      }
      _addDefaultMetaSchema() {
        const { $data, meta, schemaId } = this.opts;
        let _dataRefSchema = $dataRefSchema;
        if (schemaId === "id") {
          _dataRefSchema = { ...$dataRefSchema };
          _dataRefSchema.id = _dataRefSchema.$id;
          delete _dataRefSchema.$id;
        }
        if (meta && $data)
          this.addMetaSchema(_dataRefSchema, _dataRefSchema[schemaId], false);
      }
      defaultMeta() {
        const { meta, schemaId } = this.opts;
        return this.opts.defaultMeta = typeof meta == "object" ? meta[schemaId] || meta : void 0;
      }
      validate(schemaKeyRef, data) {
        let v;
        if (typeof schemaKeyRef == "string") {
          v = this.getSchema(schemaKeyRef);
          if (!v)
            throw new Error(`no schema with key or ref "${schemaKeyRef}"`);
        } else {
          v = this.compile(schemaKeyRef);
        }
        const valid = v(data);
        if (!("$async" in v))
          this.errors = v.errors;
        return valid;
      }
      compile(schema, _meta) {
        const sch = this._addSchema(schema, _meta);
        return sch.validate || this._compileSchemaEnv(sch);
      }
      compileAsync(schema, meta) {
        if (typeof this.opts.loadSchema != "function") {
          throw new Error("options.loadSchema should be a function");
        }
        const { loadSchema } = this.opts;
        return runCompileAsync.call(this, schema, meta);
        async function runCompileAsync(_schema, _meta) {
          await loadMetaSchema.call(this, _schema.$schema);
          const sch = this._addSchema(_schema, _meta);
          return sch.validate || _compileAsync.call(this, sch);
        }
        async function loadMetaSchema($ref) {
          if ($ref && !this.getSchema($ref)) {
            await runCompileAsync.call(this, { $ref }, true);
          }
        }
        async function _compileAsync(sch) {
          try {
            return this._compileSchemaEnv(sch);
          } catch (e) {
            if (!(e instanceof ref_error_1.default))
              throw e;
            checkLoaded.call(this, e);
            await loadMissingSchema.call(this, e.missingSchema);
            return _compileAsync.call(this, sch);
          }
        }
        function checkLoaded({ missingSchema: ref, missingRef }) {
          if (this.refs[ref]) {
            throw new Error(`AnySchema ${ref} is loaded but ${missingRef} cannot be resolved`);
          }
        }
        async function loadMissingSchema(ref) {
          const _schema = await _loadSchema.call(this, ref);
          if (!this.refs[ref])
            await loadMetaSchema.call(this, _schema.$schema);
          if (!this.refs[ref])
            this.addSchema(_schema, ref, meta);
        }
        async function _loadSchema(ref) {
          const p = this._loading[ref];
          if (p)
            return p;
          try {
            return await (this._loading[ref] = loadSchema(ref));
          } finally {
            delete this._loading[ref];
          }
        }
      }
      // Adds schema to the instance
      addSchema(schema, key, _meta, _validateSchema = this.opts.validateSchema) {
        if (Array.isArray(schema)) {
          for (const sch of schema)
            this.addSchema(sch, void 0, _meta, _validateSchema);
          return this;
        }
        let id;
        if (typeof schema === "object") {
          const { schemaId } = this.opts;
          id = schema[schemaId];
          if (id !== void 0 && typeof id != "string") {
            throw new Error(`schema ${schemaId} must be string`);
          }
        }
        key = (0, resolve_1.normalizeId)(key || id);
        this._checkUnique(key);
        this.schemas[key] = this._addSchema(schema, _meta, key, _validateSchema, true);
        return this;
      }
      // Add schema that will be used to validate other schemas
      // options in META_IGNORE_OPTIONS are alway set to false
      addMetaSchema(schema, key, _validateSchema = this.opts.validateSchema) {
        this.addSchema(schema, key, true, _validateSchema);
        return this;
      }
      //  Validate schema against its meta-schema
      validateSchema(schema, throwOrLogError) {
        if (typeof schema == "boolean")
          return true;
        let $schema;
        $schema = schema.$schema;
        if ($schema !== void 0 && typeof $schema != "string") {
          throw new Error("$schema must be a string");
        }
        $schema = $schema || this.opts.defaultMeta || this.defaultMeta();
        if (!$schema) {
          this.logger.warn("meta-schema not available");
          this.errors = null;
          return true;
        }
        const valid = this.validate($schema, schema);
        if (!valid && throwOrLogError) {
          const message = "schema is invalid: " + this.errorsText();
          if (this.opts.validateSchema === "log")
            this.logger.error(message);
          else
            throw new Error(message);
        }
        return valid;
      }
      // Get compiled schema by `key` or `ref`.
      // (`key` that was passed to `addSchema` or full schema reference - `schema.$id` or resolved id)
      getSchema(keyRef) {
        let sch;
        while (typeof (sch = getSchEnv.call(this, keyRef)) == "string")
          keyRef = sch;
        if (sch === void 0) {
          const { schemaId } = this.opts;
          const root = new compile_1.SchemaEnv({ schema: {}, schemaId });
          sch = compile_1.resolveSchema.call(this, root, keyRef);
          if (!sch)
            return;
          this.refs[keyRef] = sch;
        }
        return sch.validate || this._compileSchemaEnv(sch);
      }
      // Remove cached schema(s).
      // If no parameter is passed all schemas but meta-schemas are removed.
      // If RegExp is passed all schemas with key/id matching pattern but meta-schemas are removed.
      // Even if schema is referenced by other schemas it still can be removed as other schemas have local references.
      removeSchema(schemaKeyRef) {
        if (schemaKeyRef instanceof RegExp) {
          this._removeAllSchemas(this.schemas, schemaKeyRef);
          this._removeAllSchemas(this.refs, schemaKeyRef);
          return this;
        }
        switch (typeof schemaKeyRef) {
          case "undefined":
            this._removeAllSchemas(this.schemas);
            this._removeAllSchemas(this.refs);
            this._cache.clear();
            return this;
          case "string": {
            const sch = getSchEnv.call(this, schemaKeyRef);
            if (typeof sch == "object")
              this._cache.delete(sch.schema);
            delete this.schemas[schemaKeyRef];
            delete this.refs[schemaKeyRef];
            return this;
          }
          case "object": {
            const cacheKey = schemaKeyRef;
            this._cache.delete(cacheKey);
            let id = schemaKeyRef[this.opts.schemaId];
            if (id) {
              id = (0, resolve_1.normalizeId)(id);
              delete this.schemas[id];
              delete this.refs[id];
            }
            return this;
          }
          default:
            throw new Error("ajv.removeSchema: invalid parameter");
        }
      }
      // add "vocabulary" - a collection of keywords
      addVocabulary(definitions) {
        for (const def of definitions)
          this.addKeyword(def);
        return this;
      }
      addKeyword(kwdOrDef, def) {
        let keyword;
        if (typeof kwdOrDef == "string") {
          keyword = kwdOrDef;
          if (typeof def == "object") {
            this.logger.warn("these parameters are deprecated, see docs for addKeyword");
            def.keyword = keyword;
          }
        } else if (typeof kwdOrDef == "object" && def === void 0) {
          def = kwdOrDef;
          keyword = def.keyword;
          if (Array.isArray(keyword) && !keyword.length) {
            throw new Error("addKeywords: keyword must be string or non-empty array");
          }
        } else {
          throw new Error("invalid addKeywords parameters");
        }
        checkKeyword.call(this, keyword, def);
        if (!def) {
          (0, util_1.eachItem)(keyword, (kwd) => addRule.call(this, kwd));
          return this;
        }
        keywordMetaschema.call(this, def);
        const definition = {
          ...def,
          type: (0, dataType_1.getJSONTypes)(def.type),
          schemaType: (0, dataType_1.getJSONTypes)(def.schemaType)
        };
        (0, util_1.eachItem)(keyword, definition.type.length === 0 ? (k) => addRule.call(this, k, definition) : (k) => definition.type.forEach((t) => addRule.call(this, k, definition, t)));
        return this;
      }
      getKeyword(keyword) {
        const rule = this.RULES.all[keyword];
        return typeof rule == "object" ? rule.definition : !!rule;
      }
      // Remove keyword
      removeKeyword(keyword) {
        const { RULES: RULES2 } = this;
        delete RULES2.keywords[keyword];
        delete RULES2.all[keyword];
        for (const group of RULES2.rules) {
          const i = group.rules.findIndex((rule) => rule.keyword === keyword);
          if (i >= 0)
            group.rules.splice(i, 1);
        }
        return this;
      }
      // Add format
      addFormat(name, format) {
        if (typeof format == "string")
          format = new RegExp(format);
        this.formats[name] = format;
        return this;
      }
      errorsText(errors = this.errors, { separator = ", ", dataVar = "data" } = {}) {
        if (!errors || errors.length === 0)
          return "No errors";
        return errors.map((e) => `${dataVar}${e.instancePath} ${e.message}`).reduce((text, msg) => text + separator + msg);
      }
      $dataMetaSchema(metaSchema, keywordsJsonPointers) {
        const rules = this.RULES.all;
        metaSchema = JSON.parse(JSON.stringify(metaSchema));
        for (const jsonPointer of keywordsJsonPointers) {
          const segments = jsonPointer.split("/").slice(1);
          let keywords = metaSchema;
          for (const seg of segments)
            keywords = keywords[seg];
          for (const key in rules) {
            const rule = rules[key];
            if (typeof rule != "object")
              continue;
            const { $data } = rule.definition;
            const schema = keywords[key];
            if ($data && schema)
              keywords[key] = schemaOrData(schema);
          }
        }
        return metaSchema;
      }
      _removeAllSchemas(schemas, regex) {
        for (const keyRef in schemas) {
          const sch = schemas[keyRef];
          if (!regex || regex.test(keyRef)) {
            if (typeof sch == "string") {
              delete schemas[keyRef];
            } else if (sch && !sch.meta) {
              this._cache.delete(sch.schema);
              delete schemas[keyRef];
            }
          }
        }
      }
      _addSchema(schema, meta, baseId, validateSchema = this.opts.validateSchema, addSchema = this.opts.addUsedSchema) {
        let id;
        const { schemaId } = this.opts;
        if (typeof schema == "object") {
          id = schema[schemaId];
        } else {
          if (this.opts.jtd)
            throw new Error("schema must be object");
          else if (typeof schema != "boolean")
            throw new Error("schema must be object or boolean");
        }
        let sch = this._cache.get(schema);
        if (sch !== void 0)
          return sch;
        baseId = (0, resolve_1.normalizeId)(id || baseId);
        const localRefs = resolve_1.getSchemaRefs.call(this, schema, baseId);
        sch = new compile_1.SchemaEnv({ schema, schemaId, meta, baseId, localRefs });
        this._cache.set(sch.schema, sch);
        if (addSchema && !baseId.startsWith("#")) {
          if (baseId)
            this._checkUnique(baseId);
          this.refs[baseId] = sch;
        }
        if (validateSchema)
          this.validateSchema(schema, true);
        return sch;
      }
      _checkUnique(id) {
        if (this.schemas[id] || this.refs[id]) {
          throw new Error(`schema with key or id "${id}" already exists`);
        }
      }
      _compileSchemaEnv(sch) {
        if (sch.meta)
          this._compileMetaSchema(sch);
        else
          compile_1.compileSchema.call(this, sch);
        if (!sch.validate)
          throw new Error("ajv implementation error");
        return sch.validate;
      }
      _compileMetaSchema(sch) {
        const currentOpts = this.opts;
        this.opts = this._metaOpts;
        try {
          compile_1.compileSchema.call(this, sch);
        } finally {
          this.opts = currentOpts;
        }
      }
    };
    Ajv2.ValidationError = validation_error_1.default;
    Ajv2.MissingRefError = ref_error_1.default;
    exports.default = Ajv2;
    function checkOptions(checkOpts, options, msg, log = "error") {
      for (const key in checkOpts) {
        const opt = key;
        if (opt in options)
          this.logger[log](`${msg}: option ${key}. ${checkOpts[opt]}`);
      }
    }
    function getSchEnv(keyRef) {
      keyRef = (0, resolve_1.normalizeId)(keyRef);
      return this.schemas[keyRef] || this.refs[keyRef];
    }
    function addInitialSchemas() {
      const optsSchemas = this.opts.schemas;
      if (!optsSchemas)
        return;
      if (Array.isArray(optsSchemas))
        this.addSchema(optsSchemas);
      else
        for (const key in optsSchemas)
          this.addSchema(optsSchemas[key], key);
    }
    function addInitialFormats() {
      for (const name in this.opts.formats) {
        const format = this.opts.formats[name];
        if (format)
          this.addFormat(name, format);
      }
    }
    function addInitialKeywords(defs) {
      if (Array.isArray(defs)) {
        this.addVocabulary(defs);
        return;
      }
      this.logger.warn("keywords option as map is deprecated, pass array");
      for (const keyword in defs) {
        const def = defs[keyword];
        if (!def.keyword)
          def.keyword = keyword;
        this.addKeyword(def);
      }
    }
    function getMetaSchemaOptions() {
      const metaOpts = { ...this.opts };
      for (const opt of META_IGNORE_OPTIONS)
        delete metaOpts[opt];
      return metaOpts;
    }
    var noLogs = { log() {
    }, warn() {
    }, error() {
    } };
    function getLogger(logger) {
      if (logger === false)
        return noLogs;
      if (logger === void 0)
        return console;
      if (logger.log && logger.warn && logger.error)
        return logger;
      throw new Error("logger must implement log, warn and error methods");
    }
    var KEYWORD_NAME = /^[a-z_$][a-z0-9_$:-]*$/i;
    function checkKeyword(keyword, def) {
      const { RULES: RULES2 } = this;
      (0, util_1.eachItem)(keyword, (kwd) => {
        if (RULES2.keywords[kwd])
          throw new Error(`Keyword ${kwd} is already defined`);
        if (!KEYWORD_NAME.test(kwd))
          throw new Error(`Keyword ${kwd} has invalid name`);
      });
      if (!def)
        return;
      if (def.$data && !("code" in def || "validate" in def)) {
        throw new Error('$data keyword must have "code" or "validate" function');
      }
    }
    function addRule(keyword, definition, dataType) {
      var _a;
      const post = definition === null || definition === void 0 ? void 0 : definition.post;
      if (dataType && post)
        throw new Error('keyword with "post" flag cannot have "type"');
      const { RULES: RULES2 } = this;
      let ruleGroup = post ? RULES2.post : RULES2.rules.find(({ type: t }) => t === dataType);
      if (!ruleGroup) {
        ruleGroup = { type: dataType, rules: [] };
        RULES2.rules.push(ruleGroup);
      }
      RULES2.keywords[keyword] = true;
      if (!definition)
        return;
      const rule = {
        keyword,
        definition: {
          ...definition,
          type: (0, dataType_1.getJSONTypes)(definition.type),
          schemaType: (0, dataType_1.getJSONTypes)(definition.schemaType)
        }
      };
      if (definition.before)
        addBeforeRule.call(this, ruleGroup, rule, definition.before);
      else
        ruleGroup.rules.push(rule);
      RULES2.all[keyword] = rule;
      (_a = definition.implements) === null || _a === void 0 ? void 0 : _a.forEach((kwd) => this.addKeyword(kwd));
    }
    function addBeforeRule(ruleGroup, rule, before) {
      const i = ruleGroup.rules.findIndex((_rule) => _rule.keyword === before);
      if (i >= 0) {
        ruleGroup.rules.splice(i, 0, rule);
      } else {
        ruleGroup.rules.push(rule);
        this.logger.warn(`rule ${before} is not defined`);
      }
    }
    function keywordMetaschema(def) {
      let { metaSchema } = def;
      if (metaSchema === void 0)
        return;
      if (def.$data && this.opts.$data)
        metaSchema = schemaOrData(metaSchema);
      def.validateSchema = this.compile(metaSchema, true);
    }
    var $dataRef = {
      $ref: "https://raw.githubusercontent.com/ajv-validator/ajv/master/lib/refs/data.json#"
    };
    function schemaOrData(schema) {
      return { anyOf: [schema, $dataRef] };
    }
  }
});

// node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/core/id.js
var require_id = __commonJS({
  "node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/core/id.js"(exports) {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
    Object.defineProperty(exports, "__esModule", { value: true });
    var def = {
      keyword: "id",
      code() {
        throw new Error('NOT SUPPORTED: keyword "id", use "$id" for schema ID');
      }
    };
    exports.default = def;
  }
});

// node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/core/ref.js
var require_ref = __commonJS({
  "node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/core/ref.js"(exports) {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.callRef = exports.getValidate = void 0;
    var ref_error_1 = require_ref_error();
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var compile_1 = require_compile();
    var util_1 = require_util();
    var def = {
      keyword: "$ref",
      schemaType: "string",
      code(cxt) {
        const { gen, schema: $ref, it } = cxt;
        const { baseId, schemaEnv: env, validateName, opts, self } = it;
        const { root } = env;
        if (($ref === "#" || $ref === "#/") && baseId === root.baseId)
          return callRootRef();
        const schOrEnv = compile_1.resolveRef.call(self, root, baseId, $ref);
        if (schOrEnv === void 0)
          throw new ref_error_1.default(it.opts.uriResolver, baseId, $ref);
        if (schOrEnv instanceof compile_1.SchemaEnv)
          return callValidate(schOrEnv);
        return inlineRefSchema(schOrEnv);
        function callRootRef() {
          if (env === root)
            return callRef(cxt, validateName, env, env.$async);
          const rootName = gen.scopeValue("root", { ref: root });
          return callRef(cxt, (0, codegen_1._)`${rootName}.validate`, root, root.$async);
        }
        function callValidate(sch) {
          const v = getValidate(cxt, sch);
          callRef(cxt, v, sch, sch.$async);
        }
        function inlineRefSchema(sch) {
          const schName = gen.scopeValue("schema", opts.code.source === true ? { ref: sch, code: (0, codegen_1.stringify)(sch) } : { ref: sch });
          const valid = gen.name("valid");
          const schCxt = cxt.subschema({
            schema: sch,
            dataTypes: [],
            schemaPath: codegen_1.nil,
            topSchemaRef: schName,
            errSchemaPath: $ref
          }, valid);
          cxt.mergeEvaluated(schCxt);
          cxt.ok(valid);
        }
      }
    };
    function getValidate(cxt, sch) {
      const { gen } = cxt;
      return sch.validate ? gen.scopeValue("validate", { ref: sch.validate }) : (0, codegen_1._)`${gen.scopeValue("wrapper", { ref: sch })}.validate`;
    }
    exports.getValidate = getValidate;
    function callRef(cxt, v, sch, $async) {
      const { gen, it } = cxt;
      const { allErrors, schemaEnv: env, opts } = it;
      const passCxt = opts.passContext ? names_1.default.this : codegen_1.nil;
      if ($async)
        callAsyncRef();
      else
        callSyncRef();
      function callAsyncRef() {
        if (!env.$async)
          throw new Error("async schema referenced by sync schema");
        const valid = gen.let("valid");
        gen.try(() => {
          gen.code((0, codegen_1._)`await ${(0, code_1.callValidateCode)(cxt, v, passCxt)}`);
          addEvaluatedFrom(v);
          if (!allErrors)
            gen.assign(valid, true);
        }, (e) => {
          gen.if((0, codegen_1._)`!(${e} instanceof ${it.ValidationError})`, () => gen.throw(e));
          addErrorsFrom(e);
          if (!allErrors)
            gen.assign(valid, false);
        });
        cxt.ok(valid);
      }
      function callSyncRef() {
        cxt.result((0, code_1.callValidateCode)(cxt, v, passCxt), () => addEvaluatedFrom(v), () => addErrorsFrom(v));
      }
      function addErrorsFrom(source) {
        const errs = (0, codegen_1._)`${source}.errors`;
        gen.assign(names_1.default.vErrors, (0, codegen_1._)`${names_1.default.vErrors} === null ? ${errs} : ${names_1.default.vErrors}.concat(${errs})`);
        gen.assign(names_1.default.errors, (0, codegen_1._)`${names_1.default.vErrors}.length`);
      }
      function addEvaluatedFrom(source) {
        var _a;
        if (!it.opts.unevaluated)
          return;
        const schEvaluated = (_a = sch === null || sch === void 0 ? void 0 : sch.validate) === null || _a === void 0 ? void 0 : _a.evaluated;
        if (it.props !== true) {
          if (schEvaluated && !schEvaluated.dynamicProps) {
            if (schEvaluated.props !== void 0) {
              it.props = util_1.mergeEvaluated.props(gen, schEvaluated.props, it.props);
            }
          } else {
            const props = gen.var("props", (0, codegen_1._)`${source}.evaluated.props`);
            it.props = util_1.mergeEvaluated.props(gen, props, it.props, codegen_1.Name);
          }
        }
        if (it.items !== true) {
          if (schEvaluated && !schEvaluated.dynamicItems) {
            if (schEvaluated.items !== void 0) {
              it.items = util_1.mergeEvaluated.items(gen, schEvaluated.items, it.items);
            }
          } else {
            const items = gen.var("items", (0, codegen_1._)`${source}.evaluated.items`);
            it.items = util_1.mergeEvaluated.items(gen, items, it.items, codegen_1.Name);
          }
        }
      }
    }
    exports.callRef = callRef;
    exports.default = def;
  }
});

// node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/core/index.js
var require_core2 = __commonJS({
  "node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/core/index.js"(exports) {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
    Object.defineProperty(exports, "__esModule", { value: true });
    var id_1 = require_id();
    var ref_1 = require_ref();
    var core = [
      "$schema",
      "$id",
      "$defs",
      "$vocabulary",
      { keyword: "$comment" },
      "definitions",
      id_1.default,
      ref_1.default
    ];
    exports.default = core;
  }
});

// node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/validation/limitNumber.js
var require_limitNumber = __commonJS({
  "node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/validation/limitNumber.js"(exports) {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var ops = codegen_1.operators;
    var KWDs = {
      maximum: { okStr: "<=", ok: ops.LTE, fail: ops.GT },
      minimum: { okStr: ">=", ok: ops.GTE, fail: ops.LT },
      exclusiveMaximum: { okStr: "<", ok: ops.LT, fail: ops.GTE },
      exclusiveMinimum: { okStr: ">", ok: ops.GT, fail: ops.LTE }
    };
    var error = {
      message: ({ keyword, schemaCode }) => (0, codegen_1.str)`must be ${KWDs[keyword].okStr} ${schemaCode}`,
      params: ({ keyword, schemaCode }) => (0, codegen_1._)`{comparison: ${KWDs[keyword].okStr}, limit: ${schemaCode}}`
    };
    var def = {
      keyword: Object.keys(KWDs),
      type: "number",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        cxt.fail$data((0, codegen_1._)`${data} ${KWDs[keyword].fail} ${schemaCode} || isNaN(${data})`);
      }
    };
    exports.default = def;
  }
});

// node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/validation/multipleOf.js
var require_multipleOf = __commonJS({
  "node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/validation/multipleOf.js"(exports) {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message: ({ schemaCode }) => (0, codegen_1.str)`must be multiple of ${schemaCode}`,
      params: ({ schemaCode }) => (0, codegen_1._)`{multipleOf: ${schemaCode}}`
    };
    var def = {
      keyword: "multipleOf",
      type: "number",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, schemaCode, it } = cxt;
        const prec = it.opts.multipleOfPrecision;
        const res = gen.let("res");
        const invalid = prec ? (0, codegen_1._)`Math.abs(Math.round(${res}) - ${res}) > 1e-${prec}` : (0, codegen_1._)`${res} !== parseInt(${res})`;
        cxt.fail$data((0, codegen_1._)`(${schemaCode} === 0 || (${res} = ${data}/${schemaCode}, ${invalid}))`);
      }
    };
    exports.default = def;
  }
});

// node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/runtime/ucs2length.js
var require_ucs2length = __commonJS({
  "node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/runtime/ucs2length.js"(exports) {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
    Object.defineProperty(exports, "__esModule", { value: true });
    function ucs2length(str) {
      const len = str.length;
      let length = 0;
      let pos = 0;
      let value;
      while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 55296 && value <= 56319 && pos < len) {
          value = str.charCodeAt(pos);
          if ((value & 64512) === 56320)
            pos++;
        }
      }
      return length;
    }
    exports.default = ucs2length;
    ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
  }
});

// node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/validation/limitLength.js
var require_limitLength = __commonJS({
  "node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/validation/limitLength.js"(exports) {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var ucs2length_1 = require_ucs2length();
    var error = {
      message({ keyword, schemaCode }) {
        const comp = keyword === "maxLength" ? "more" : "fewer";
        return (0, codegen_1.str)`must NOT have ${comp} than ${schemaCode} characters`;
      },
      params: ({ schemaCode }) => (0, codegen_1._)`{limit: ${schemaCode}}`
    };
    var def = {
      keyword: ["maxLength", "minLength"],
      type: "string",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode, it } = cxt;
        const op = keyword === "maxLength" ? codegen_1.operators.GT : codegen_1.operators.LT;
        const len = it.opts.unicode === false ? (0, codegen_1._)`${data}.length` : (0, codegen_1._)`${(0, util_1.useFunc)(cxt.gen, ucs2length_1.default)}(${data})`;
        cxt.fail$data((0, codegen_1._)`${len} ${op} ${schemaCode}`);
      }
    };
    exports.default = def;
  }
});

// node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/validation/pattern.js
var require_pattern = __commonJS({
  "node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/validation/pattern.js"(exports) {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var util_1 = require_util();
    var codegen_1 = require_codegen();
    var error = {
      message: ({ schemaCode }) => (0, codegen_1.str)`must match pattern "${schemaCode}"`,
      params: ({ schemaCode }) => (0, codegen_1._)`{pattern: ${schemaCode}}`
    };
    var def = {
      keyword: "pattern",
      type: "string",
      schemaType: "string",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        const u = it.opts.unicodeRegExp ? "u" : "";
        if ($data) {
          const { regExp } = it.opts.code;
          const regExpCode = regExp.code === "new RegExp" ? (0, codegen_1._)`new RegExp` : (0, util_1.useFunc)(gen, regExp);
          const valid = gen.let("valid");
          gen.try(() => gen.assign(valid, (0, codegen_1._)`${regExpCode}(${schemaCode}, ${u}).test(${data})`), () => gen.assign(valid, false));
          cxt.fail$data((0, codegen_1._)`!${valid}`);
        } else {
          const regExp = (0, code_1.usePattern)(cxt, schema);
          cxt.fail$data((0, codegen_1._)`!${regExp}.test(${data})`);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/validation/limitProperties.js
var require_limitProperties = __commonJS({
  "node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/validation/limitProperties.js"(exports) {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message({ keyword, schemaCode }) {
        const comp = keyword === "maxProperties" ? "more" : "fewer";
        return (0, codegen_1.str)`must NOT have ${comp} than ${schemaCode} properties`;
      },
      params: ({ schemaCode }) => (0, codegen_1._)`{limit: ${schemaCode}}`
    };
    var def = {
      keyword: ["maxProperties", "minProperties"],
      type: "object",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        const op = keyword === "maxProperties" ? codegen_1.operators.GT : codegen_1.operators.LT;
        cxt.fail$data((0, codegen_1._)`Object.keys(${data}).length ${op} ${schemaCode}`);
      }
    };
    exports.default = def;
  }
});

// node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/validation/required.js
var require_required = __commonJS({
  "node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/validation/required.js"(exports) {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { missingProperty } }) => (0, codegen_1.str)`must have required property '${missingProperty}'`,
      params: ({ params: { missingProperty } }) => (0, codegen_1._)`{missingProperty: ${missingProperty}}`
    };
    var def = {
      keyword: "required",
      type: "object",
      schemaType: "array",
      $data: true,
      error,
      code(cxt) {
        const { gen, schema, schemaCode, data, $data, it } = cxt;
        const { opts } = it;
        if (!$data && schema.length === 0)
          return;
        const useLoop = schema.length >= opts.loopRequired;
        if (it.allErrors)
          allErrorsMode();
        else
          exitOnErrorMode();
        if (opts.strictRequired) {
          const props = cxt.parentSchema.properties;
          const { definedProperties } = cxt.it;
          for (const requiredKey of schema) {
            if ((props === null || props === void 0 ? void 0 : props[requiredKey]) === void 0 && !definedProperties.has(requiredKey)) {
              const schemaPath = it.schemaEnv.baseId + it.errSchemaPath;
              const msg = `required property "${requiredKey}" is not defined at "${schemaPath}" (strictRequired)`;
              (0, util_1.checkStrictMode)(it, msg, it.opts.strictRequired);
            }
          }
        }
        function allErrorsMode() {
          if (useLoop || $data) {
            cxt.block$data(codegen_1.nil, loopAllRequired);
          } else {
            for (const prop of schema) {
              (0, code_1.checkReportMissingProp)(cxt, prop);
            }
          }
        }
        function exitOnErrorMode() {
          const missing = gen.let("missing");
          if (useLoop || $data) {
            const valid = gen.let("valid", true);
            cxt.block$data(valid, () => loopUntilMissing(missing, valid));
            cxt.ok(valid);
          } else {
            gen.if((0, code_1.checkMissingProp)(cxt, schema, missing));
            (0, code_1.reportMissingProp)(cxt, missing);
            gen.else();
          }
        }
        function loopAllRequired() {
          gen.forOf("prop", schemaCode, (prop) => {
            cxt.setParams({ missingProperty: prop });
            gen.if((0, code_1.noPropertyInData)(gen, data, prop, opts.ownProperties), () => cxt.error());
          });
        }
        function loopUntilMissing(missing, valid) {
          cxt.setParams({ missingProperty: missing });
          gen.forOf(missing, schemaCode, () => {
            gen.assign(valid, (0, code_1.propertyInData)(gen, data, missing, opts.ownProperties));
            gen.if((0, codegen_1.not)(valid), () => {
              cxt.error();
              gen.break();
            });
          }, codegen_1.nil);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/validation/limitItems.js
var require_limitItems = __commonJS({
  "node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/validation/limitItems.js"(exports) {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message({ keyword, schemaCode }) {
        const comp = keyword === "maxItems" ? "more" : "fewer";
        return (0, codegen_1.str)`must NOT have ${comp} than ${schemaCode} items`;
      },
      params: ({ schemaCode }) => (0, codegen_1._)`{limit: ${schemaCode}}`
    };
    var def = {
      keyword: ["maxItems", "minItems"],
      type: "array",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        const op = keyword === "maxItems" ? codegen_1.operators.GT : codegen_1.operators.LT;
        cxt.fail$data((0, codegen_1._)`${data}.length ${op} ${schemaCode}`);
      }
    };
    exports.default = def;
  }
});

// node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/runtime/equal.js
var require_equal = __commonJS({
  "node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/runtime/equal.js"(exports) {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
    Object.defineProperty(exports, "__esModule", { value: true });
    var equal = require_fast_deep_equal();
    equal.code = 'require("ajv/dist/runtime/equal").default';
    exports.default = equal;
  }
});

// node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/validation/uniqueItems.js
var require_uniqueItems = __commonJS({
  "node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/validation/uniqueItems.js"(exports) {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
    Object.defineProperty(exports, "__esModule", { value: true });
    var dataType_1 = require_dataType();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var equal_1 = require_equal();
    var error = {
      message: ({ params: { i, j } }) => (0, codegen_1.str)`must NOT have duplicate items (items ## ${j} and ${i} are identical)`,
      params: ({ params: { i, j } }) => (0, codegen_1._)`{i: ${i}, j: ${j}}`
    };
    var def = {
      keyword: "uniqueItems",
      type: "array",
      schemaType: "boolean",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schema, parentSchema, schemaCode, it } = cxt;
        if (!$data && !schema)
          return;
        const valid = gen.let("valid");
        const itemTypes = parentSchema.items ? (0, dataType_1.getSchemaTypes)(parentSchema.items) : [];
        cxt.block$data(valid, validateUniqueItems, (0, codegen_1._)`${schemaCode} === false`);
        cxt.ok(valid);
        function validateUniqueItems() {
          const i = gen.let("i", (0, codegen_1._)`${data}.length`);
          const j = gen.let("j");
          cxt.setParams({ i, j });
          gen.assign(valid, true);
          gen.if((0, codegen_1._)`${i} > 1`, () => (canOptimize() ? loopN : loopN2)(i, j));
        }
        function canOptimize() {
          return itemTypes.length > 0 && !itemTypes.some((t) => t === "object" || t === "array");
        }
        function loopN(i, j) {
          const item = gen.name("item");
          const wrongType = (0, dataType_1.checkDataTypes)(itemTypes, item, it.opts.strictNumbers, dataType_1.DataType.Wrong);
          const indices = gen.const("indices", (0, codegen_1._)`{}`);
          gen.for((0, codegen_1._)`;${i}--;`, () => {
            gen.let(item, (0, codegen_1._)`${data}[${i}]`);
            gen.if(wrongType, (0, codegen_1._)`continue`);
            if (itemTypes.length > 1)
              gen.if((0, codegen_1._)`typeof ${item} == "string"`, (0, codegen_1._)`${item} += "_"`);
            gen.if((0, codegen_1._)`typeof ${indices}[${item}] == "number"`, () => {
              gen.assign(j, (0, codegen_1._)`${indices}[${item}]`);
              cxt.error();
              gen.assign(valid, false).break();
            }).code((0, codegen_1._)`${indices}[${item}] = ${i}`);
          });
        }
        function loopN2(i, j) {
          const eql = (0, util_1.useFunc)(gen, equal_1.default);
          const outer = gen.name("outer");
          gen.label(outer).for((0, codegen_1._)`;${i}--;`, () => gen.for((0, codegen_1._)`${j} = ${i}; ${j}--;`, () => gen.if((0, codegen_1._)`${eql}(${data}[${i}], ${data}[${j}])`, () => {
            cxt.error();
            gen.assign(valid, false).break(outer);
          })));
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/validation/const.js
var require_const = __commonJS({
  "node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/validation/const.js"(exports) {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var equal_1 = require_equal();
    var error = {
      message: "must be equal to constant",
      params: ({ schemaCode }) => (0, codegen_1._)`{allowedValue: ${schemaCode}}`
    };
    var def = {
      keyword: "const",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schemaCode, schema } = cxt;
        if ($data || schema && typeof schema == "object") {
          cxt.fail$data((0, codegen_1._)`!${(0, util_1.useFunc)(gen, equal_1.default)}(${data}, ${schemaCode})`);
        } else {
          cxt.fail((0, codegen_1._)`${schema} !== ${data}`);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/validation/enum.js
var require_enum = __commonJS({
  "node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/validation/enum.js"(exports) {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var equal_1 = require_equal();
    var error = {
      message: "must be equal to one of the allowed values",
      params: ({ schemaCode }) => (0, codegen_1._)`{allowedValues: ${schemaCode}}`
    };
    var def = {
      keyword: "enum",
      schemaType: "array",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        if (!$data && schema.length === 0)
          throw new Error("enum must have non-empty array");
        const useLoop = schema.length >= it.opts.loopEnum;
        let eql;
        const getEql = () => eql !== null && eql !== void 0 ? eql : eql = (0, util_1.useFunc)(gen, equal_1.default);
        let valid;
        if (useLoop || $data) {
          valid = gen.let("valid");
          cxt.block$data(valid, loopEnum);
        } else {
          if (!Array.isArray(schema))
            throw new Error("ajv implementation error");
          const vSchema = gen.const("vSchema", schemaCode);
          valid = (0, codegen_1.or)(...schema.map((_x, i) => equalCode(vSchema, i)));
        }
        cxt.pass(valid);
        function loopEnum() {
          gen.assign(valid, false);
          gen.forOf("v", schemaCode, (v) => gen.if((0, codegen_1._)`${getEql()}(${data}, ${v})`, () => gen.assign(valid, true).break()));
        }
        function equalCode(vSchema, i) {
          const sch = schema[i];
          return typeof sch === "object" && sch !== null ? (0, codegen_1._)`${getEql()}(${data}, ${vSchema}[${i}])` : (0, codegen_1._)`${data} === ${sch}`;
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/validation/index.js
var require_validation = __commonJS({
  "node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/validation/index.js"(exports) {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
    Object.defineProperty(exports, "__esModule", { value: true });
    var limitNumber_1 = require_limitNumber();
    var multipleOf_1 = require_multipleOf();
    var limitLength_1 = require_limitLength();
    var pattern_1 = require_pattern();
    var limitProperties_1 = require_limitProperties();
    var required_1 = require_required();
    var limitItems_1 = require_limitItems();
    var uniqueItems_1 = require_uniqueItems();
    var const_1 = require_const();
    var enum_1 = require_enum();
    var validation = [
      // number
      limitNumber_1.default,
      multipleOf_1.default,
      // string
      limitLength_1.default,
      pattern_1.default,
      // object
      limitProperties_1.default,
      required_1.default,
      // array
      limitItems_1.default,
      uniqueItems_1.default,
      // any
      { keyword: "type", schemaType: ["string", "array"] },
      { keyword: "nullable", schemaType: "boolean" },
      const_1.default,
      enum_1.default
    ];
    exports.default = validation;
  }
});

// node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/applicator/additionalItems.js
var require_additionalItems = __commonJS({
  "node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/applicator/additionalItems.js"(exports) {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateAdditionalItems = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { len } }) => (0, codegen_1.str)`must NOT have more than ${len} items`,
      params: ({ params: { len } }) => (0, codegen_1._)`{limit: ${len}}`
    };
    var def = {
      keyword: "additionalItems",
      type: "array",
      schemaType: ["boolean", "object"],
      before: "uniqueItems",
      error,
      code(cxt) {
        const { parentSchema, it } = cxt;
        const { items } = parentSchema;
        if (!Array.isArray(items)) {
          (0, util_1.checkStrictMode)(it, '"additionalItems" is ignored when "items" is not an array of schemas');
          return;
        }
        validateAdditionalItems(cxt, items);
      }
    };
    function validateAdditionalItems(cxt, items) {
      const { gen, schema, data, keyword, it } = cxt;
      it.items = true;
      const len = gen.const("len", (0, codegen_1._)`${data}.length`);
      if (schema === false) {
        cxt.setParams({ len: items.length });
        cxt.pass((0, codegen_1._)`${len} <= ${items.length}`);
      } else if (typeof schema == "object" && !(0, util_1.alwaysValidSchema)(it, schema)) {
        const valid = gen.var("valid", (0, codegen_1._)`${len} <= ${items.length}`);
        gen.if((0, codegen_1.not)(valid), () => validateItems(valid));
        cxt.ok(valid);
      }
      function validateItems(valid) {
        gen.forRange("i", items.length, len, (i) => {
          cxt.subschema({ keyword, dataProp: i, dataPropType: util_1.Type.Num }, valid);
          if (!it.allErrors)
            gen.if((0, codegen_1.not)(valid), () => gen.break());
        });
      }
    }
    exports.validateAdditionalItems = validateAdditionalItems;
    exports.default = def;
  }
});

// node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/applicator/items.js
var require_items = __commonJS({
  "node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/applicator/items.js"(exports) {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateTuple = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var code_1 = require_code2();
    var def = {
      keyword: "items",
      type: "array",
      schemaType: ["object", "array", "boolean"],
      before: "uniqueItems",
      code(cxt) {
        const { schema, it } = cxt;
        if (Array.isArray(schema))
          return validateTuple(cxt, "additionalItems", schema);
        it.items = true;
        if ((0, util_1.alwaysValidSchema)(it, schema))
          return;
        cxt.ok((0, code_1.validateArray)(cxt));
      }
    };
    function validateTuple(cxt, extraItems, schArr = cxt.schema) {
      const { gen, parentSchema, data, keyword, it } = cxt;
      checkStrictTuple(parentSchema);
      if (it.opts.unevaluated && schArr.length && it.items !== true) {
        it.items = util_1.mergeEvaluated.items(gen, schArr.length, it.items);
      }
      const valid = gen.name("valid");
      const len = gen.const("len", (0, codegen_1._)`${data}.length`);
      schArr.forEach((sch, i) => {
        if ((0, util_1.alwaysValidSchema)(it, sch))
          return;
        gen.if((0, codegen_1._)`${len} > ${i}`, () => cxt.subschema({
          keyword,
          schemaProp: i,
          dataProp: i
        }, valid));
        cxt.ok(valid);
      });
      function checkStrictTuple(sch) {
        const { opts, errSchemaPath } = it;
        const l = schArr.length;
        const fullTuple = l === sch.minItems && (l === sch.maxItems || sch[extraItems] === false);
        if (opts.strictTuples && !fullTuple) {
          const msg = `"${keyword}" is ${l}-tuple, but minItems or maxItems/${extraItems} are not specified or different at path "${errSchemaPath}"`;
          (0, util_1.checkStrictMode)(it, msg, opts.strictTuples);
        }
      }
    }
    exports.validateTuple = validateTuple;
    exports.default = def;
  }
});

// node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/applicator/prefixItems.js
var require_prefixItems = __commonJS({
  "node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/applicator/prefixItems.js"(exports) {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
    Object.defineProperty(exports, "__esModule", { value: true });
    var items_1 = require_items();
    var def = {
      keyword: "prefixItems",
      type: "array",
      schemaType: ["array"],
      before: "uniqueItems",
      code: (cxt) => (0, items_1.validateTuple)(cxt, "items")
    };
    exports.default = def;
  }
});

// node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/applicator/items2020.js
var require_items2020 = __commonJS({
  "node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/applicator/items2020.js"(exports) {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var code_1 = require_code2();
    var additionalItems_1 = require_additionalItems();
    var error = {
      message: ({ params: { len } }) => (0, codegen_1.str)`must NOT have more than ${len} items`,
      params: ({ params: { len } }) => (0, codegen_1._)`{limit: ${len}}`
    };
    var def = {
      keyword: "items",
      type: "array",
      schemaType: ["object", "boolean"],
      before: "uniqueItems",
      error,
      code(cxt) {
        const { schema, parentSchema, it } = cxt;
        const { prefixItems } = parentSchema;
        it.items = true;
        if ((0, util_1.alwaysValidSchema)(it, schema))
          return;
        if (prefixItems)
          (0, additionalItems_1.validateAdditionalItems)(cxt, prefixItems);
        else
          cxt.ok((0, code_1.validateArray)(cxt));
      }
    };
    exports.default = def;
  }
});

// node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/applicator/contains.js
var require_contains = __commonJS({
  "node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/applicator/contains.js"(exports) {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { min, max } }) => max === void 0 ? (0, codegen_1.str)`must contain at least ${min} valid item(s)` : (0, codegen_1.str)`must contain at least ${min} and no more than ${max} valid item(s)`,
      params: ({ params: { min, max } }) => max === void 0 ? (0, codegen_1._)`{minContains: ${min}}` : (0, codegen_1._)`{minContains: ${min}, maxContains: ${max}}`
    };
    var def = {
      keyword: "contains",
      type: "array",
      schemaType: ["object", "boolean"],
      before: "uniqueItems",
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema, parentSchema, data, it } = cxt;
        let min;
        let max;
        const { minContains, maxContains } = parentSchema;
        if (it.opts.next) {
          min = minContains === void 0 ? 1 : minContains;
          max = maxContains;
        } else {
          min = 1;
        }
        const len = gen.const("len", (0, codegen_1._)`${data}.length`);
        cxt.setParams({ min, max });
        if (max === void 0 && min === 0) {
          (0, util_1.checkStrictMode)(it, `"minContains" == 0 without "maxContains": "contains" keyword ignored`);
          return;
        }
        if (max !== void 0 && min > max) {
          (0, util_1.checkStrictMode)(it, `"minContains" > "maxContains" is always invalid`);
          cxt.fail();
          return;
        }
        if ((0, util_1.alwaysValidSchema)(it, schema)) {
          let cond = (0, codegen_1._)`${len} >= ${min}`;
          if (max !== void 0)
            cond = (0, codegen_1._)`${cond} && ${len} <= ${max}`;
          cxt.pass(cond);
          return;
        }
        it.items = true;
        const valid = gen.name("valid");
        if (max === void 0 && min === 1) {
          validateItems(valid, () => gen.if(valid, () => gen.break()));
        } else if (min === 0) {
          gen.let(valid, true);
          if (max !== void 0)
            gen.if((0, codegen_1._)`${data}.length > 0`, validateItemsWithCount);
        } else {
          gen.let(valid, false);
          validateItemsWithCount();
        }
        cxt.result(valid, () => cxt.reset());
        function validateItemsWithCount() {
          const schValid = gen.name("_valid");
          const count = gen.let("count", 0);
          validateItems(schValid, () => gen.if(schValid, () => checkLimits(count)));
        }
        function validateItems(_valid, block) {
          gen.forRange("i", 0, len, (i) => {
            cxt.subschema({
              keyword: "contains",
              dataProp: i,
              dataPropType: util_1.Type.Num,
              compositeRule: true
            }, _valid);
            block();
          });
        }
        function checkLimits(count) {
          gen.code((0, codegen_1._)`${count}++`);
          if (max === void 0) {
            gen.if((0, codegen_1._)`${count} >= ${min}`, () => gen.assign(valid, true).break());
          } else {
            gen.if((0, codegen_1._)`${count} > ${max}`, () => gen.assign(valid, false).break());
            if (min === 1)
              gen.assign(valid, true);
            else
              gen.if((0, codegen_1._)`${count} >= ${min}`, () => gen.assign(valid, true));
          }
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/applicator/dependencies.js
var require_dependencies = __commonJS({
  "node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/applicator/dependencies.js"(exports) {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateSchemaDeps = exports.validatePropertyDeps = exports.error = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var code_1 = require_code2();
    exports.error = {
      message: ({ params: { property, depsCount, deps } }) => {
        const property_ies = depsCount === 1 ? "property" : "properties";
        return (0, codegen_1.str)`must have ${property_ies} ${deps} when property ${property} is present`;
      },
      params: ({ params: { property, depsCount, deps, missingProperty } }) => (0, codegen_1._)`{property: ${property},
    missingProperty: ${missingProperty},
    depsCount: ${depsCount},
    deps: ${deps}}`
      // TODO change to reference
    };
    var def = {
      keyword: "dependencies",
      type: "object",
      schemaType: "object",
      error: exports.error,
      code(cxt) {
        const [propDeps, schDeps] = splitDependencies(cxt);
        validatePropertyDeps(cxt, propDeps);
        validateSchemaDeps(cxt, schDeps);
      }
    };
    function splitDependencies({ schema }) {
      const propertyDeps = {};
      const schemaDeps = {};
      for (const key in schema) {
        if (key === "__proto__")
          continue;
        const deps = Array.isArray(schema[key]) ? propertyDeps : schemaDeps;
        deps[key] = schema[key];
      }
      return [propertyDeps, schemaDeps];
    }
    function validatePropertyDeps(cxt, propertyDeps = cxt.schema) {
      const { gen, data, it } = cxt;
      if (Object.keys(propertyDeps).length === 0)
        return;
      const missing = gen.let("missing");
      for (const prop in propertyDeps) {
        const deps = propertyDeps[prop];
        if (deps.length === 0)
          continue;
        const hasProperty = (0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties);
        cxt.setParams({
          property: prop,
          depsCount: deps.length,
          deps: deps.join(", ")
        });
        if (it.allErrors) {
          gen.if(hasProperty, () => {
            for (const depProp of deps) {
              (0, code_1.checkReportMissingProp)(cxt, depProp);
            }
          });
        } else {
          gen.if((0, codegen_1._)`${hasProperty} && (${(0, code_1.checkMissingProp)(cxt, deps, missing)})`);
          (0, code_1.reportMissingProp)(cxt, missing);
          gen.else();
        }
      }
    }
    exports.validatePropertyDeps = validatePropertyDeps;
    function validateSchemaDeps(cxt, schemaDeps = cxt.schema) {
      const { gen, data, keyword, it } = cxt;
      const valid = gen.name("valid");
      for (const prop in schemaDeps) {
        if ((0, util_1.alwaysValidSchema)(it, schemaDeps[prop]))
          continue;
        gen.if(
          (0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties),
          () => {
            const schCxt = cxt.subschema({ keyword, schemaProp: prop }, valid);
            cxt.mergeValidEvaluated(schCxt, valid);
          },
          () => gen.var(valid, true)
          // TODO var
        );
        cxt.ok(valid);
      }
    }
    exports.validateSchemaDeps = validateSchemaDeps;
    exports.default = def;
  }
});

// node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/applicator/propertyNames.js
var require_propertyNames = __commonJS({
  "node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/applicator/propertyNames.js"(exports) {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: "property name must be valid",
      params: ({ params }) => (0, codegen_1._)`{propertyName: ${params.propertyName}}`
    };
    var def = {
      keyword: "propertyNames",
      type: "object",
      schemaType: ["object", "boolean"],
      error,
      code(cxt) {
        const { gen, schema, data, it } = cxt;
        if ((0, util_1.alwaysValidSchema)(it, schema))
          return;
        const valid = gen.name("valid");
        gen.forIn("key", data, (key) => {
          cxt.setParams({ propertyName: key });
          cxt.subschema({
            keyword: "propertyNames",
            data: key,
            dataTypes: ["string"],
            propertyName: key,
            compositeRule: true
          }, valid);
          gen.if((0, codegen_1.not)(valid), () => {
            cxt.error(true);
            if (!it.allErrors)
              gen.break();
          });
        });
        cxt.ok(valid);
      }
    };
    exports.default = def;
  }
});

// node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/applicator/additionalProperties.js
var require_additionalProperties = __commonJS({
  "node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/applicator/additionalProperties.js"(exports) {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var util_1 = require_util();
    var error = {
      message: "must NOT have additional properties",
      params: ({ params }) => (0, codegen_1._)`{additionalProperty: ${params.additionalProperty}}`
    };
    var def = {
      keyword: "additionalProperties",
      type: ["object"],
      schemaType: ["boolean", "object"],
      allowUndefined: true,
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema, parentSchema, data, errsCount, it } = cxt;
        if (!errsCount)
          throw new Error("ajv implementation error");
        const { allErrors, opts } = it;
        it.props = true;
        if (opts.removeAdditional !== "all" && (0, util_1.alwaysValidSchema)(it, schema))
          return;
        const props = (0, code_1.allSchemaProperties)(parentSchema.properties);
        const patProps = (0, code_1.allSchemaProperties)(parentSchema.patternProperties);
        checkAdditionalProperties();
        cxt.ok((0, codegen_1._)`${errsCount} === ${names_1.default.errors}`);
        function checkAdditionalProperties() {
          gen.forIn("key", data, (key) => {
            if (!props.length && !patProps.length)
              additionalPropertyCode(key);
            else
              gen.if(isAdditional(key), () => additionalPropertyCode(key));
          });
        }
        function isAdditional(key) {
          let definedProp;
          if (props.length > 8) {
            const propsSchema = (0, util_1.schemaRefOrVal)(it, parentSchema.properties, "properties");
            definedProp = (0, code_1.isOwnProperty)(gen, propsSchema, key);
          } else if (props.length) {
            definedProp = (0, codegen_1.or)(...props.map((p) => (0, codegen_1._)`${key} === ${p}`));
          } else {
            definedProp = codegen_1.nil;
          }
          if (patProps.length) {
            definedProp = (0, codegen_1.or)(definedProp, ...patProps.map((p) => (0, codegen_1._)`${(0, code_1.usePattern)(cxt, p)}.test(${key})`));
          }
          return (0, codegen_1.not)(definedProp);
        }
        function deleteAdditional(key) {
          gen.code((0, codegen_1._)`delete ${data}[${key}]`);
        }
        function additionalPropertyCode(key) {
          if (opts.removeAdditional === "all" || opts.removeAdditional && schema === false) {
            deleteAdditional(key);
            return;
          }
          if (schema === false) {
            cxt.setParams({ additionalProperty: key });
            cxt.error();
            if (!allErrors)
              gen.break();
            return;
          }
          if (typeof schema == "object" && !(0, util_1.alwaysValidSchema)(it, schema)) {
            const valid = gen.name("valid");
            if (opts.removeAdditional === "failing") {
              applyAdditionalSchema(key, valid, false);
              gen.if((0, codegen_1.not)(valid), () => {
                cxt.reset();
                deleteAdditional(key);
              });
            } else {
              applyAdditionalSchema(key, valid);
              if (!allErrors)
                gen.if((0, codegen_1.not)(valid), () => gen.break());
            }
          }
        }
        function applyAdditionalSchema(key, valid, errors) {
          const subschema = {
            keyword: "additionalProperties",
            dataProp: key,
            dataPropType: util_1.Type.Str
          };
          if (errors === false) {
            Object.assign(subschema, {
              compositeRule: true,
              createErrors: false,
              allErrors: false
            });
          }
          cxt.subschema(subschema, valid);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/applicator/properties.js
var require_properties = __commonJS({
  "node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/applicator/properties.js"(exports) {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
    Object.defineProperty(exports, "__esModule", { value: true });
    var validate_1 = require_validate();
    var code_1 = require_code2();
    var util_1 = require_util();
    var additionalProperties_1 = require_additionalProperties();
    var def = {
      keyword: "properties",
      type: "object",
      schemaType: "object",
      code(cxt) {
        const { gen, schema, parentSchema, data, it } = cxt;
        if (it.opts.removeAdditional === "all" && parentSchema.additionalProperties === void 0) {
          additionalProperties_1.default.code(new validate_1.KeywordCxt(it, additionalProperties_1.default, "additionalProperties"));
        }
        const allProps = (0, code_1.allSchemaProperties)(schema);
        for (const prop of allProps) {
          it.definedProperties.add(prop);
        }
        if (it.opts.unevaluated && allProps.length && it.props !== true) {
          it.props = util_1.mergeEvaluated.props(gen, (0, util_1.toHash)(allProps), it.props);
        }
        const properties = allProps.filter((p) => !(0, util_1.alwaysValidSchema)(it, schema[p]));
        if (properties.length === 0)
          return;
        const valid = gen.name("valid");
        for (const prop of properties) {
          if (hasDefault(prop)) {
            applyPropertySchema(prop);
          } else {
            gen.if((0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties));
            applyPropertySchema(prop);
            if (!it.allErrors)
              gen.else().var(valid, true);
            gen.endIf();
          }
          cxt.it.definedProperties.add(prop);
          cxt.ok(valid);
        }
        function hasDefault(prop) {
          return it.opts.useDefaults && !it.compositeRule && schema[prop].default !== void 0;
        }
        function applyPropertySchema(prop) {
          cxt.subschema({
            keyword: "properties",
            schemaProp: prop,
            dataProp: prop
          }, valid);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/applicator/patternProperties.js
var require_patternProperties = __commonJS({
  "node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/applicator/patternProperties.js"(exports) {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var util_2 = require_util();
    var def = {
      keyword: "patternProperties",
      type: "object",
      schemaType: "object",
      code(cxt) {
        const { gen, schema, data, parentSchema, it } = cxt;
        const { opts } = it;
        const patterns = (0, code_1.allSchemaProperties)(schema);
        const alwaysValidPatterns = patterns.filter((p) => (0, util_1.alwaysValidSchema)(it, schema[p]));
        if (patterns.length === 0 || alwaysValidPatterns.length === patterns.length && (!it.opts.unevaluated || it.props === true)) {
          return;
        }
        const checkProperties = opts.strictSchema && !opts.allowMatchingProperties && parentSchema.properties;
        const valid = gen.name("valid");
        if (it.props !== true && !(it.props instanceof codegen_1.Name)) {
          it.props = (0, util_2.evaluatedPropsToName)(gen, it.props);
        }
        const { props } = it;
        validatePatternProperties();
        function validatePatternProperties() {
          for (const pat of patterns) {
            if (checkProperties)
              checkMatchingProperties(pat);
            if (it.allErrors) {
              validateProperties(pat);
            } else {
              gen.var(valid, true);
              validateProperties(pat);
              gen.if(valid);
            }
          }
        }
        function checkMatchingProperties(pat) {
          for (const prop in checkProperties) {
            if (new RegExp(pat).test(prop)) {
              (0, util_1.checkStrictMode)(it, `property ${prop} matches pattern ${pat} (use allowMatchingProperties)`);
            }
          }
        }
        function validateProperties(pat) {
          gen.forIn("key", data, (key) => {
            gen.if((0, codegen_1._)`${(0, code_1.usePattern)(cxt, pat)}.test(${key})`, () => {
              const alwaysValid = alwaysValidPatterns.includes(pat);
              if (!alwaysValid) {
                cxt.subschema({
                  keyword: "patternProperties",
                  schemaProp: pat,
                  dataProp: key,
                  dataPropType: util_2.Type.Str
                }, valid);
              }
              if (it.opts.unevaluated && props !== true) {
                gen.assign((0, codegen_1._)`${props}[${key}]`, true);
              } else if (!alwaysValid && !it.allErrors) {
                gen.if((0, codegen_1.not)(valid), () => gen.break());
              }
            });
          });
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/applicator/not.js
var require_not = __commonJS({
  "node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/applicator/not.js"(exports) {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: "not",
      schemaType: ["object", "boolean"],
      trackErrors: true,
      code(cxt) {
        const { gen, schema, it } = cxt;
        if ((0, util_1.alwaysValidSchema)(it, schema)) {
          cxt.fail();
          return;
        }
        const valid = gen.name("valid");
        cxt.subschema({
          keyword: "not",
          compositeRule: true,
          createErrors: false,
          allErrors: false
        }, valid);
        cxt.failResult(valid, () => cxt.reset(), () => cxt.error());
      },
      error: { message: "must NOT be valid" }
    };
    exports.default = def;
  }
});

// node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/applicator/anyOf.js
var require_anyOf = __commonJS({
  "node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/applicator/anyOf.js"(exports) {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var def = {
      keyword: "anyOf",
      schemaType: "array",
      trackErrors: true,
      code: code_1.validateUnion,
      error: { message: "must match a schema in anyOf" }
    };
    exports.default = def;
  }
});

// node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/applicator/oneOf.js
var require_oneOf = __commonJS({
  "node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/applicator/oneOf.js"(exports) {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: "must match exactly one schema in oneOf",
      params: ({ params }) => (0, codegen_1._)`{passingSchemas: ${params.passing}}`
    };
    var def = {
      keyword: "oneOf",
      schemaType: "array",
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema, parentSchema, it } = cxt;
        if (!Array.isArray(schema))
          throw new Error("ajv implementation error");
        if (it.opts.discriminator && parentSchema.discriminator)
          return;
        const schArr = schema;
        const valid = gen.let("valid", false);
        const passing = gen.let("passing", null);
        const schValid = gen.name("_valid");
        cxt.setParams({ passing });
        gen.block(validateOneOf);
        cxt.result(valid, () => cxt.reset(), () => cxt.error(true));
        function validateOneOf() {
          schArr.forEach((sch, i) => {
            let schCxt;
            if ((0, util_1.alwaysValidSchema)(it, sch)) {
              gen.var(schValid, true);
            } else {
              schCxt = cxt.subschema({
                keyword: "oneOf",
                schemaProp: i,
                compositeRule: true
              }, schValid);
            }
            if (i > 0) {
              gen.if((0, codegen_1._)`${schValid} && ${valid}`).assign(valid, false).assign(passing, (0, codegen_1._)`[${passing}, ${i}]`).else();
            }
            gen.if(schValid, () => {
              gen.assign(valid, true);
              gen.assign(passing, i);
              if (schCxt)
                cxt.mergeEvaluated(schCxt, codegen_1.Name);
            });
          });
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/applicator/allOf.js
var require_allOf = __commonJS({
  "node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/applicator/allOf.js"(exports) {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: "allOf",
      schemaType: "array",
      code(cxt) {
        const { gen, schema, it } = cxt;
        if (!Array.isArray(schema))
          throw new Error("ajv implementation error");
        const valid = gen.name("valid");
        schema.forEach((sch, i) => {
          if ((0, util_1.alwaysValidSchema)(it, sch))
            return;
          const schCxt = cxt.subschema({ keyword: "allOf", schemaProp: i }, valid);
          cxt.ok(valid);
          cxt.mergeEvaluated(schCxt);
        });
      }
    };
    exports.default = def;
  }
});

// node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/applicator/if.js
var require_if = __commonJS({
  "node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/applicator/if.js"(exports) {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params }) => (0, codegen_1.str)`must match "${params.ifClause}" schema`,
      params: ({ params }) => (0, codegen_1._)`{failingKeyword: ${params.ifClause}}`
    };
    var def = {
      keyword: "if",
      schemaType: ["object", "boolean"],
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, parentSchema, it } = cxt;
        if (parentSchema.then === void 0 && parentSchema.else === void 0) {
          (0, util_1.checkStrictMode)(it, '"if" without "then" and "else" is ignored');
        }
        const hasThen = hasSchema(it, "then");
        const hasElse = hasSchema(it, "else");
        if (!hasThen && !hasElse)
          return;
        const valid = gen.let("valid", true);
        const schValid = gen.name("_valid");
        validateIf();
        cxt.reset();
        if (hasThen && hasElse) {
          const ifClause = gen.let("ifClause");
          cxt.setParams({ ifClause });
          gen.if(schValid, validateClause("then", ifClause), validateClause("else", ifClause));
        } else if (hasThen) {
          gen.if(schValid, validateClause("then"));
        } else {
          gen.if((0, codegen_1.not)(schValid), validateClause("else"));
        }
        cxt.pass(valid, () => cxt.error(true));
        function validateIf() {
          const schCxt = cxt.subschema({
            keyword: "if",
            compositeRule: true,
            createErrors: false,
            allErrors: false
          }, schValid);
          cxt.mergeEvaluated(schCxt);
        }
        function validateClause(keyword, ifClause) {
          return () => {
            const schCxt = cxt.subschema({ keyword }, schValid);
            gen.assign(valid, schValid);
            cxt.mergeValidEvaluated(schCxt, valid);
            if (ifClause)
              gen.assign(ifClause, (0, codegen_1._)`${keyword}`);
            else
              cxt.setParams({ ifClause: keyword });
          };
        }
      }
    };
    function hasSchema(it, keyword) {
      const schema = it.schema[keyword];
      return schema !== void 0 && !(0, util_1.alwaysValidSchema)(it, schema);
    }
    exports.default = def;
  }
});

// node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/applicator/thenElse.js
var require_thenElse = __commonJS({
  "node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/applicator/thenElse.js"(exports) {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: ["then", "else"],
      schemaType: ["object", "boolean"],
      code({ keyword, parentSchema, it }) {
        if (parentSchema.if === void 0)
          (0, util_1.checkStrictMode)(it, `"${keyword}" without "if" is ignored`);
      }
    };
    exports.default = def;
  }
});

// node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/applicator/index.js
var require_applicator = __commonJS({
  "node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/applicator/index.js"(exports) {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
    Object.defineProperty(exports, "__esModule", { value: true });
    var additionalItems_1 = require_additionalItems();
    var prefixItems_1 = require_prefixItems();
    var items_1 = require_items();
    var items2020_1 = require_items2020();
    var contains_1 = require_contains();
    var dependencies_1 = require_dependencies();
    var propertyNames_1 = require_propertyNames();
    var additionalProperties_1 = require_additionalProperties();
    var properties_1 = require_properties();
    var patternProperties_1 = require_patternProperties();
    var not_1 = require_not();
    var anyOf_1 = require_anyOf();
    var oneOf_1 = require_oneOf();
    var allOf_1 = require_allOf();
    var if_1 = require_if();
    var thenElse_1 = require_thenElse();
    function getApplicator(draft2020 = false) {
      const applicator = [
        // any
        not_1.default,
        anyOf_1.default,
        oneOf_1.default,
        allOf_1.default,
        if_1.default,
        thenElse_1.default,
        // object
        propertyNames_1.default,
        additionalProperties_1.default,
        dependencies_1.default,
        properties_1.default,
        patternProperties_1.default
      ];
      if (draft2020)
        applicator.push(prefixItems_1.default, items2020_1.default);
      else
        applicator.push(additionalItems_1.default, items_1.default);
      applicator.push(contains_1.default);
      return applicator;
    }
    exports.default = getApplicator;
  }
});

// node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/format/format.js
var require_format = __commonJS({
  "node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/format/format.js"(exports) {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message: ({ schemaCode }) => (0, codegen_1.str)`must match format "${schemaCode}"`,
      params: ({ schemaCode }) => (0, codegen_1._)`{format: ${schemaCode}}`
    };
    var def = {
      keyword: "format",
      type: ["number", "string"],
      schemaType: "string",
      $data: true,
      error,
      code(cxt, ruleType) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        const { opts, errSchemaPath, schemaEnv, self } = it;
        if (!opts.validateFormats)
          return;
        if ($data)
          validate$DataFormat();
        else
          validateFormat();
        function validate$DataFormat() {
          const fmts = gen.scopeValue("formats", {
            ref: self.formats,
            code: opts.code.formats
          });
          const fDef = gen.const("fDef", (0, codegen_1._)`${fmts}[${schemaCode}]`);
          const fType = gen.let("fType");
          const format = gen.let("format");
          gen.if((0, codegen_1._)`typeof ${fDef} == "object" && !(${fDef} instanceof RegExp)`, () => gen.assign(fType, (0, codegen_1._)`${fDef}.type || "string"`).assign(format, (0, codegen_1._)`${fDef}.validate`), () => gen.assign(fType, (0, codegen_1._)`"string"`).assign(format, fDef));
          cxt.fail$data((0, codegen_1.or)(unknownFmt(), invalidFmt()));
          function unknownFmt() {
            if (opts.strictSchema === false)
              return codegen_1.nil;
            return (0, codegen_1._)`${schemaCode} && !${format}`;
          }
          function invalidFmt() {
            const callFormat = schemaEnv.$async ? (0, codegen_1._)`(${fDef}.async ? await ${format}(${data}) : ${format}(${data}))` : (0, codegen_1._)`${format}(${data})`;
            const validData = (0, codegen_1._)`(typeof ${format} == "function" ? ${callFormat} : ${format}.test(${data}))`;
            return (0, codegen_1._)`${format} && ${format} !== true && ${fType} === ${ruleType} && !${validData}`;
          }
        }
        function validateFormat() {
          const formatDef = self.formats[schema];
          if (!formatDef) {
            unknownFormat();
            return;
          }
          if (formatDef === true)
            return;
          const [fmtType, format, fmtRef] = getFormat(formatDef);
          if (fmtType === ruleType)
            cxt.pass(validCondition());
          function unknownFormat() {
            if (opts.strictSchema === false) {
              self.logger.warn(unknownMsg());
              return;
            }
            throw new Error(unknownMsg());
            function unknownMsg() {
              return `unknown format "${schema}" ignored in schema at path "${errSchemaPath}"`;
            }
          }
          function getFormat(fmtDef) {
            const code = fmtDef instanceof RegExp ? (0, codegen_1.regexpCode)(fmtDef) : opts.code.formats ? (0, codegen_1._)`${opts.code.formats}${(0, codegen_1.getProperty)(schema)}` : void 0;
            const fmt = gen.scopeValue("formats", { key: schema, ref: fmtDef, code });
            if (typeof fmtDef == "object" && !(fmtDef instanceof RegExp)) {
              return [fmtDef.type || "string", fmtDef.validate, (0, codegen_1._)`${fmt}.validate`];
            }
            return ["string", fmtDef, fmt];
          }
          function validCondition() {
            if (typeof formatDef == "object" && !(formatDef instanceof RegExp) && formatDef.async) {
              if (!schemaEnv.$async)
                throw new Error("async format in sync schema");
              return (0, codegen_1._)`await ${fmtRef}(${data})`;
            }
            return typeof format == "function" ? (0, codegen_1._)`${fmtRef}(${data})` : (0, codegen_1._)`${fmtRef}.test(${data})`;
          }
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/format/index.js
var require_format2 = __commonJS({
  "node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/format/index.js"(exports) {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
    Object.defineProperty(exports, "__esModule", { value: true });
    var format_1 = require_format();
    var format = [format_1.default];
    exports.default = format;
  }
});

// node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/metadata.js
var require_metadata = __commonJS({
  "node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/metadata.js"(exports) {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.contentVocabulary = exports.metadataVocabulary = void 0;
    exports.metadataVocabulary = [
      "title",
      "description",
      "default",
      "deprecated",
      "readOnly",
      "writeOnly",
      "examples"
    ];
    exports.contentVocabulary = [
      "contentMediaType",
      "contentEncoding",
      "contentSchema"
    ];
  }
});

// node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/draft7.js
var require_draft7 = __commonJS({
  "node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/draft7.js"(exports) {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
    Object.defineProperty(exports, "__esModule", { value: true });
    var core_1 = require_core2();
    var validation_1 = require_validation();
    var applicator_1 = require_applicator();
    var format_1 = require_format2();
    var metadata_1 = require_metadata();
    var draft7Vocabularies = [
      core_1.default,
      validation_1.default,
      (0, applicator_1.default)(),
      format_1.default,
      metadata_1.metadataVocabulary,
      metadata_1.contentVocabulary
    ];
    exports.default = draft7Vocabularies;
  }
});

// node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/discriminator/types.js
var require_types = __commonJS({
  "node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/discriminator/types.js"(exports) {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.DiscrError = void 0;
    var DiscrError;
    (function(DiscrError2) {
      DiscrError2["Tag"] = "tag";
      DiscrError2["Mapping"] = "mapping";
    })(DiscrError || (exports.DiscrError = DiscrError = {}));
  }
});

// node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/discriminator/index.js
var require_discriminator = __commonJS({
  "node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/discriminator/index.js"(exports) {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var types_1 = require_types();
    var compile_1 = require_compile();
    var ref_error_1 = require_ref_error();
    var util_1 = require_util();
    var error = {
      message: ({ params: { discrError, tagName } }) => discrError === types_1.DiscrError.Tag ? `tag "${tagName}" must be string` : `value of tag "${tagName}" must be in oneOf`,
      params: ({ params: { discrError, tag, tagName } }) => (0, codegen_1._)`{error: ${discrError}, tag: ${tagName}, tagValue: ${tag}}`
    };
    var def = {
      keyword: "discriminator",
      type: "object",
      schemaType: "object",
      error,
      code(cxt) {
        const { gen, data, schema, parentSchema, it } = cxt;
        const { oneOf } = parentSchema;
        if (!it.opts.discriminator) {
          throw new Error("discriminator: requires discriminator option");
        }
        const tagName = schema.propertyName;
        if (typeof tagName != "string")
          throw new Error("discriminator: requires propertyName");
        if (schema.mapping)
          throw new Error("discriminator: mapping is not supported");
        if (!oneOf)
          throw new Error("discriminator: requires oneOf keyword");
        const valid = gen.let("valid", false);
        const tag = gen.const("tag", (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(tagName)}`);
        gen.if((0, codegen_1._)`typeof ${tag} == "string"`, () => validateMapping(), () => cxt.error(false, { discrError: types_1.DiscrError.Tag, tag, tagName }));
        cxt.ok(valid);
        function validateMapping() {
          const mapping = getMapping();
          gen.if(false);
          for (const tagValue in mapping) {
            gen.elseIf((0, codegen_1._)`${tag} === ${tagValue}`);
            gen.assign(valid, applyTagSchema(mapping[tagValue]));
          }
          gen.else();
          cxt.error(false, { discrError: types_1.DiscrError.Mapping, tag, tagName });
          gen.endIf();
        }
        function applyTagSchema(schemaProp) {
          const _valid = gen.name("valid");
          const schCxt = cxt.subschema({ keyword: "oneOf", schemaProp }, _valid);
          cxt.mergeEvaluated(schCxt, codegen_1.Name);
          return _valid;
        }
        function getMapping() {
          var _a;
          const oneOfMapping = {};
          const topRequired = hasRequired(parentSchema);
          let tagRequired = true;
          for (let i = 0; i < oneOf.length; i++) {
            let sch = oneOf[i];
            if ((sch === null || sch === void 0 ? void 0 : sch.$ref) && !(0, util_1.schemaHasRulesButRef)(sch, it.self.RULES)) {
              const ref = sch.$ref;
              sch = compile_1.resolveRef.call(it.self, it.schemaEnv.root, it.baseId, ref);
              if (sch instanceof compile_1.SchemaEnv)
                sch = sch.schema;
              if (sch === void 0)
                throw new ref_error_1.default(it.opts.uriResolver, it.baseId, ref);
            }
            const propSch = (_a = sch === null || sch === void 0 ? void 0 : sch.properties) === null || _a === void 0 ? void 0 : _a[tagName];
            if (typeof propSch != "object") {
              throw new Error(`discriminator: oneOf subschemas (or referenced schemas) must have "properties/${tagName}"`);
            }
            tagRequired = tagRequired && (topRequired || hasRequired(sch));
            addMappings(propSch, i);
          }
          if (!tagRequired)
            throw new Error(`discriminator: "${tagName}" must be required`);
          return oneOfMapping;
          function hasRequired({ required }) {
            return Array.isArray(required) && required.includes(tagName);
          }
          function addMappings(sch, i) {
            if (sch.const) {
              addMapping(sch.const, i);
            } else if (sch.enum) {
              for (const tagValue of sch.enum) {
                addMapping(tagValue, i);
              }
            } else {
              throw new Error(`discriminator: "properties/${tagName}" must have "const" or "enum"`);
            }
          }
          function addMapping(tagValue, i) {
            if (typeof tagValue != "string" || tagValue in oneOfMapping) {
              throw new Error(`discriminator: "${tagName}" values must be unique strings`);
            }
            oneOfMapping[tagValue] = i;
          }
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/refs/json-schema-draft-07.json
var require_json_schema_draft_07 = __commonJS({
  "node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/refs/json-schema-draft-07.json"(exports, module) {
    module.exports = {
      $schema: "http://json-schema.org/draft-07/schema#",
      $id: "http://json-schema.org/draft-07/schema#",
      title: "Core schema meta-schema",
      definitions: {
        schemaArray: {
          type: "array",
          minItems: 1,
          items: { $ref: "#" }
        },
        nonNegativeInteger: {
          type: "integer",
          minimum: 0
        },
        nonNegativeIntegerDefault0: {
          allOf: [{ $ref: "#/definitions/nonNegativeInteger" }, { default: 0 }]
        },
        simpleTypes: {
          enum: ["array", "boolean", "integer", "null", "number", "object", "string"]
        },
        stringArray: {
          type: "array",
          items: { type: "string" },
          uniqueItems: true,
          default: []
        }
      },
      type: ["object", "boolean"],
      properties: {
        $id: {
          type: "string",
          format: "uri-reference"
        },
        $schema: {
          type: "string",
          format: "uri"
        },
        $ref: {
          type: "string",
          format: "uri-reference"
        },
        $comment: {
          type: "string"
        },
        title: {
          type: "string"
        },
        description: {
          type: "string"
        },
        default: true,
        readOnly: {
          type: "boolean",
          default: false
        },
        examples: {
          type: "array",
          items: true
        },
        multipleOf: {
          type: "number",
          exclusiveMinimum: 0
        },
        maximum: {
          type: "number"
        },
        exclusiveMaximum: {
          type: "number"
        },
        minimum: {
          type: "number"
        },
        exclusiveMinimum: {
          type: "number"
        },
        maxLength: { $ref: "#/definitions/nonNegativeInteger" },
        minLength: { $ref: "#/definitions/nonNegativeIntegerDefault0" },
        pattern: {
          type: "string",
          format: "regex"
        },
        additionalItems: { $ref: "#" },
        items: {
          anyOf: [{ $ref: "#" }, { $ref: "#/definitions/schemaArray" }],
          default: true
        },
        maxItems: { $ref: "#/definitions/nonNegativeInteger" },
        minItems: { $ref: "#/definitions/nonNegativeIntegerDefault0" },
        uniqueItems: {
          type: "boolean",
          default: false
        },
        contains: { $ref: "#" },
        maxProperties: { $ref: "#/definitions/nonNegativeInteger" },
        minProperties: { $ref: "#/definitions/nonNegativeIntegerDefault0" },
        required: { $ref: "#/definitions/stringArray" },
        additionalProperties: { $ref: "#" },
        definitions: {
          type: "object",
          additionalProperties: { $ref: "#" },
          default: {}
        },
        properties: {
          type: "object",
          additionalProperties: { $ref: "#" },
          default: {}
        },
        patternProperties: {
          type: "object",
          additionalProperties: { $ref: "#" },
          propertyNames: { format: "regex" },
          default: {}
        },
        dependencies: {
          type: "object",
          additionalProperties: {
            anyOf: [{ $ref: "#" }, { $ref: "#/definitions/stringArray" }]
          }
        },
        propertyNames: { $ref: "#" },
        const: true,
        enum: {
          type: "array",
          items: true,
          minItems: 1,
          uniqueItems: true
        },
        type: {
          anyOf: [
            { $ref: "#/definitions/simpleTypes" },
            {
              type: "array",
              items: { $ref: "#/definitions/simpleTypes" },
              minItems: 1,
              uniqueItems: true
            }
          ]
        },
        format: { type: "string" },
        contentMediaType: { type: "string" },
        contentEncoding: { type: "string" },
        if: { $ref: "#" },
        then: { $ref: "#" },
        else: { $ref: "#" },
        allOf: { $ref: "#/definitions/schemaArray" },
        anyOf: { $ref: "#/definitions/schemaArray" },
        oneOf: { $ref: "#/definitions/schemaArray" },
        not: { $ref: "#" }
      },
      default: true
    };
  }
});

// node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/ajv.js
var require_ajv = __commonJS({
  "node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/ajv.js"(exports, module) {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.MissingRefError = exports.ValidationError = exports.CodeGen = exports.Name = exports.nil = exports.stringify = exports.str = exports._ = exports.KeywordCxt = exports.Ajv = void 0;
    var core_1 = require_core();
    var draft7_1 = require_draft7();
    var discriminator_1 = require_discriminator();
    var draft7MetaSchema = require_json_schema_draft_07();
    var META_SUPPORT_DATA = ["/properties"];
    var META_SCHEMA_ID = "http://json-schema.org/draft-07/schema";
    var Ajv2 = class extends core_1.default {
      _addVocabularies() {
        super._addVocabularies();
        draft7_1.default.forEach((v) => this.addVocabulary(v));
        if (this.opts.discriminator)
          this.addKeyword(discriminator_1.default);
      }
      _addDefaultMetaSchema() {
        super._addDefaultMetaSchema();
        if (!this.opts.meta)
          return;
        const metaSchema = this.opts.$data ? this.$dataMetaSchema(draft7MetaSchema, META_SUPPORT_DATA) : draft7MetaSchema;
        this.addMetaSchema(metaSchema, META_SCHEMA_ID, false);
        this.refs["http://json-schema.org/schema"] = META_SCHEMA_ID;
      }
      defaultMeta() {
        return this.opts.defaultMeta = super.defaultMeta() || (this.getSchema(META_SCHEMA_ID) ? META_SCHEMA_ID : void 0);
      }
    };
    exports.Ajv = Ajv2;
    module.exports = exports = Ajv2;
    module.exports.Ajv = Ajv2;
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.default = Ajv2;
    var validate_1 = require_validate();
    Object.defineProperty(exports, "KeywordCxt", { enumerable: true, get: function() {
      return validate_1.KeywordCxt;
    } });
    var codegen_1 = require_codegen();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return codegen_1._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return codegen_1.str;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return codegen_1.stringify;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return codegen_1.nil;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return codegen_1.Name;
    } });
    Object.defineProperty(exports, "CodeGen", { enumerable: true, get: function() {
      return codegen_1.CodeGen;
    } });
    var validation_error_1 = require_validation_error();
    Object.defineProperty(exports, "ValidationError", { enumerable: true, get: function() {
      return validation_error_1.default;
    } });
    var ref_error_1 = require_ref_error();
    Object.defineProperty(exports, "MissingRefError", { enumerable: true, get: function() {
      return ref_error_1.default;
    } });
  }
});

// packages/cli/dist/errors.js
function errorMessage(err) {
  return err instanceof Error ? err.message : String(err);
}
var CliError;
var init_errors = __esm({
  "packages/cli/dist/errors.js"() {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
    CliError = class extends Error {
      name = "CliError";
      exitCode;
      constructor(message, exitCode = 2) {
        super(message);
        this.exitCode = exitCode;
      }
    };
  }
});

// packages/cli/dist/paths.js
import { existsSync } from "node:fs";
import { dirname, isAbsolute, join, relative, sep } from "node:path";
function toPosix(p) {
  return sep === "/" ? p : p.split(sep).join("/");
}
function relativePosix(base, target) {
  const rel = toPosix(relative(base, target));
  return rel === "" ? "." : rel;
}
function isInside(base, target) {
  const rel = relative(base, target);
  return rel === "" || !rel.startsWith("..") && !isAbsolute(rel);
}
function findGitRoot(dir) {
  let current = dir;
  for (; ; ) {
    if (existsSync(join(current, ".git")))
      return current;
    const parent = dirname(current);
    if (parent === current)
      return null;
    current = parent;
  }
}
var init_paths = __esm({
  "packages/cli/dist/paths.js"() {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
  }
});

// packages/cli/dist/gitignore.js
import { relative as relative2 } from "node:path";
function parseGitignore(text, base) {
  const rules = [];
  for (const line of text.split(/\r?\n/)) {
    const rule = compileIgnorePattern(line, base);
    if (rule)
      rules.push(rule);
  }
  return rules;
}
function compileIgnorePattern(line, base) {
  let pattern = trimTrailingSpaces(line);
  if (pattern === "" || pattern.startsWith("#"))
    return void 0;
  let negate = false;
  if (pattern.startsWith("!")) {
    negate = true;
    pattern = pattern.slice(1);
  }
  let dirOnly = false;
  if (pattern.endsWith("/")) {
    dirOnly = true;
    pattern = pattern.replace(/\/+$/, "");
  }
  if (pattern === "")
    return void 0;
  const anchored = pattern.includes("/");
  if (pattern.startsWith("/"))
    pattern = pattern.slice(1);
  const body = globToRegexSource(pattern);
  const regex = new RegExp(anchored ? `^${body}$` : `^(?:.*/)?${body}$`);
  return { base, regex, negate, dirOnly, source: line };
}
function matchIgnore(rules, absolutePath, isDir) {
  let verdict;
  for (const rule of rules) {
    if (rule.dirOnly && !isDir)
      continue;
    const rel = toPosix(relative2(rule.base, absolutePath));
    if (rel === "" || rel.startsWith("../") || rel === "..")
      continue;
    if (rule.regex.test(rel))
      verdict = !rule.negate;
  }
  return verdict;
}
function trimTrailingSpaces(line) {
  let end = line.length;
  while (end > 0 && line[end - 1] === " ") {
    if (end >= 2 && line[end - 2] === "\\")
      break;
    end--;
  }
  return line.slice(0, end);
}
function globToRegexSource(pattern) {
  const segments = pattern.split("/");
  let out = "";
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i] ?? "";
    const last = i === segments.length - 1;
    if (segment === "**") {
      out += last ? ".*" : "(?:.*/)?";
      continue;
    }
    out += segmentToRegex(segment);
    if (!last)
      out += "/";
  }
  return out;
}
function segmentToRegex(segment) {
  let out = "";
  for (let i = 0; i < segment.length; i++) {
    const c = segment[i] ?? "";
    if (c === "\\") {
      const next = segment[i + 1];
      if (next !== void 0) {
        out += escapeRegex(next);
        i++;
      }
      continue;
    }
    if (c === "*") {
      while (segment[i + 1] === "*")
        i++;
      out += "[^/]*";
      continue;
    }
    if (c === "?") {
      out += "[^/]";
      continue;
    }
    if (c === "[") {
      const parsed = bracketToRegex(segment, i);
      if (parsed) {
        out += parsed.source;
        i = parsed.end;
        continue;
      }
    }
    out += escapeRegex(c);
  }
  return out;
}
function bracketToRegex(segment, start) {
  let i = start + 1;
  let negate = false;
  if (segment[i] === "!" || segment[i] === "^") {
    negate = true;
    i++;
  }
  let body = "";
  let first = true;
  for (; i < segment.length; i++) {
    const c = segment[i] ?? "";
    if (c === "]" && !first) {
      return { source: negate ? `[^/${body}]` : `[${body}]`, end: i };
    }
    first = false;
    if (c === "\\" && i + 1 < segment.length) {
      body += escapeClassChar(segment[i + 1] ?? "");
      i++;
      continue;
    }
    if (c === "[" && segment[i + 1] === ":") {
      const close = segment.indexOf(":]", i + 2);
      const cls = close > 0 ? POSIX_CLASSES[segment.slice(i + 2, close)] : void 0;
      if (cls !== void 0) {
        body += cls;
        i = close + 1;
        continue;
      }
    }
    body += c === "-" ? "-" : escapeClassChar(c);
  }
  return void 0;
}
function escapeRegex(c) {
  return /[\\^$.*+?()[\]{}|/]/.test(c) ? `\\${c}` : c;
}
function escapeClassChar(c) {
  return /[\\\]^[]/.test(c) ? `\\${c}` : c;
}
var POSIX_CLASSES;
var init_gitignore = __esm({
  "packages/cli/dist/gitignore.js"() {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
    init_paths();
    POSIX_CLASSES = {
      alnum: "a-zA-Z0-9",
      alpha: "a-zA-Z",
      digit: "0-9",
      lower: "a-z",
      upper: "A-Z",
      space: " \\t\\r\\n\\v\\f",
      xdigit: "0-9a-fA-F",
      punct: "!-\\/:-@\\[-`{-~",
      blank: " \\t"
    };
  }
});

// packages/cli/dist/json-syntax.js
function findJsonSyntaxError(text) {
  const scanner = new Scanner(text);
  try {
    scanner.skipSpace();
    scanner.value();
    scanner.skipSpace();
    if (scanner.pos < text.length)
      scanner.fail("unexpected content after the JSON value");
    return void 0;
  } catch (err) {
    if (err instanceof SyntaxProblem)
      return { offset: err.offset, message: err.message };
    throw err;
  }
}
function lineColumnAt(text, offset) {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    const c = text[i];
    if (c === "\n" || c === "\r" && text[i + 1] !== "\n") {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}
var SyntaxProblem, Scanner;
var init_json_syntax = __esm({
  "packages/cli/dist/json-syntax.js"() {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
    SyntaxProblem = class extends Error {
      offset;
      constructor(message, offset) {
        super(message);
        this.offset = offset;
      }
    };
    Scanner = class {
      text;
      pos = 0;
      constructor(text) {
        this.text = text;
      }
      fail(message, offset = this.pos) {
        throw new SyntaxProblem(message, offset);
      }
      skipSpace() {
        while (this.pos < this.text.length && " 	\r\n".includes(this.text[this.pos] ?? ""))
          this.pos++;
      }
      value() {
        const c = this.text[this.pos];
        if (c === void 0)
          this.fail("unexpected end of input");
        if (c === "{")
          this.object();
        else if (c === "[")
          this.array();
        else if (c === '"')
          this.string();
        else if (c === "-" || c >= "0" && c <= "9")
          this.number();
        else if (!["true", "false", "null"].some((w) => this.literal(w)))
          this.fail(`unexpected character ${JSON.stringify(c)}`);
      }
      literal(word) {
        if (!this.text.startsWith(word, this.pos))
          return false;
        this.pos += word.length;
        return true;
      }
      object() {
        this.pos++;
        this.skipSpace();
        if (this.text[this.pos] === "}") {
          this.pos++;
          return;
        }
        for (; ; ) {
          this.skipSpace();
          if (this.text[this.pos] !== '"')
            this.fail("expected a double-quoted property name");
          this.string();
          this.skipSpace();
          if (this.text[this.pos] !== ":")
            this.fail("expected ':' after the property name");
          this.pos++;
          this.skipSpace();
          this.value();
          this.skipSpace();
          const c = this.text[this.pos];
          this.pos++;
          if (c === "}")
            return;
          if (c !== ",")
            this.fail("expected ',' or '}'", this.pos - 1);
        }
      }
      array() {
        this.pos++;
        this.skipSpace();
        if (this.text[this.pos] === "]") {
          this.pos++;
          return;
        }
        for (; ; ) {
          this.skipSpace();
          this.value();
          this.skipSpace();
          const c = this.text[this.pos];
          this.pos++;
          if (c === "]")
            return;
          if (c !== ",")
            this.fail("expected ',' or ']'", this.pos - 1);
        }
      }
      string() {
        const start = this.pos;
        this.pos++;
        while (this.pos < this.text.length) {
          const c = this.text[this.pos] ?? "";
          if (c === '"') {
            this.pos++;
            return;
          }
          if (c === "\\") {
            const e = this.text[this.pos + 1] ?? "";
            if (e === "u") {
              if (!/^[0-9a-fA-F]{4}$/.test(this.text.slice(this.pos + 2, this.pos + 6)))
                this.fail("invalid \\u escape");
              this.pos += 6;
            } else if ('"\\/bfnrt'.includes(e) && e !== "") {
              this.pos += 2;
            } else {
              this.fail("invalid escape in a string");
            }
            continue;
          }
          if (c < " ")
            this.fail("control character in a string");
          this.pos++;
        }
        this.fail("unterminated string", start);
      }
      number() {
        const m = /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/.exec(this.text.slice(this.pos));
        if (!m)
          this.fail("invalid number");
        this.pos += m[0].length;
      }
    };
  }
});

// packages/cli/dist/config.js
import { existsSync as existsSync2, readFileSync } from "node:fs";
import { dirname as dirname2, join as join2, resolve } from "node:path";
function loadConfig(options) {
  const file = options.configFile !== void 0 ? resolve(options.cwd, options.configFile) : findConfigFile(options);
  if (file === null)
    return { config: {}, file: null, dir: options.cwd };
  const shown = relativePosix(options.cwd, file);
  let text;
  try {
    text = readFileSync(file, "utf8");
  } catch (err) {
    const code = err.code;
    throw new CliError(code === "ENOENT" ? `no such file: ${shown}` : `${shown}: cannot read: ${errorMessage(err)}`);
  }
  if (text.charCodeAt(0) === 65279)
    text = text.slice(1);
  const data = parseJson(text, shown);
  const validate = configValidator();
  if (!validate(data)) {
    const lines = (validate.errors ?? []).map((e) => `${shown}: ${describeSchemaError(e)}`);
    throw new CliError(lines.join("\n"));
  }
  return { config: data, file, dir: dirname2(file) };
}
function findConfigFile(options) {
  let dir = options.cwd;
  for (; ; ) {
    const found = CONFIG_FILE_NAMES.map((name) => join2(dir, name)).filter((p) => existsSync2(p));
    if (found.length > 1) {
      throw new CliError(`two configuration files in ${relativePosix(options.cwd, dir)}: ${CONFIG_FILE_NAMES.join(" and ")}; keep one`);
    }
    if (found[0] !== void 0)
      return found[0];
    const parent = dirname2(dir);
    if (dir === options.gitRoot || parent === dir)
      return null;
    dir = parent;
  }
}
function ignoreMatcher(loaded) {
  const rules = (loaded.config.ignore ?? []).map((glob2) => compileIgnorePattern(glob2, loaded.dir)).filter((r) => r !== void 0);
  if (rules.length === 0)
    return void 0;
  return (absolutePath, isDir) => matchIgnore(rules, absolutePath, isDir) === true;
}
function configForCore(loaded, cwd) {
  const { ignoreFindings } = loaded.config;
  if (!ignoreFindings || loaded.dir === cwd)
    return loaded.config;
  return {
    ...loaded.config,
    ignoreFindings: ignoreFindings.map((i) => ({ ...i, file: relativePosix(cwd, resolve(loaded.dir, i.file)) }))
  };
}
function parseJson(text, shown) {
  try {
    return JSON.parse(text);
  } catch (err) {
    const problem = findJsonSyntaxError(text);
    if (!problem)
      throw new CliError(`${shown}: invalid JSON: ${errorMessage(err)}`);
    const { line, column } = lineColumnAt(text, problem.offset);
    throw new CliError(`${shown}:${line}:${column}: invalid JSON: ${problem.message}`);
  }
}
function configValidator() {
  validator ??= new import_ajv.Ajv({ allErrors: true, strict: false }).compile(configSchema());
  return validator;
}
function describeSchemaError(error) {
  const params = error.params;
  let path = error.instancePath;
  if (error.keyword === "additionalProperties" && typeof params.additionalProperty === "string") {
    path += `/${escapePointer(params.additionalProperty)}`;
  }
  let message = error.message ?? "is invalid";
  if (error.keyword === "enum" && Array.isArray(params.allowedValues)) {
    message += ` (${params.allowedValues.map((v) => JSON.stringify(v)).join(", ")})`;
  }
  return `${path === "" ? "/" : path}: ${message}`;
}
function escapePointer(key) {
  return key.replace(/~/g, "~0").replace(/\//g, "~1");
}
var import_ajv, CONFIG_FILE_NAMES, validator;
var init_config2 = __esm({
  "packages/cli/dist/config.js"() {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
    init_dist();
    import_ajv = __toESM(require_ajv(), 1);
    init_errors();
    init_gitignore();
    init_paths();
    init_json_syntax();
    CONFIG_FILE_NAMES = ["trustlint.config.json", ".trustlintrc.json"];
  }
});

// packages/cli/dist/discover.js
import { readdirSync, readFileSync as readFileSync2, realpathSync, statSync } from "node:fs";
import { dirname as dirname3, join as join3, resolve as resolve2 } from "node:path";
function discover(paths, options) {
  const walker = new Walker(options);
  for (const p of paths.length > 0 ? paths : ["."])
    walker.addNamed(p);
  return walker.finish();
}
function entryKind(entry, path) {
  if (entry.isDirectory())
    return "dir";
  if (entry.isFile())
    return "file";
  if (!entry.isSymbolicLink())
    return "other";
  try {
    const stats = statSync(path);
    return stats.isDirectory() ? "dir" : stats.isFile() ? "file" : "other";
  } catch {
    return "other";
  }
}
function realPathOf(path) {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}
function compareStrings(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
var SKIPPED_DIRS, ALWAYS_WALKED_DIRS, CANDIDATE_NAME, Walker;
var init_discover = __esm({
  "packages/cli/dist/discover.js"() {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
    init_errors();
    init_gitignore();
    init_paths();
    SKIPPED_DIRS = /* @__PURE__ */ new Set(["node_modules", ".git"]);
    ALWAYS_WALKED_DIRS = /* @__PURE__ */ new Set(["cdk.out"]);
    CANDIDATE_NAME = /\.(json|ya?ml|template|tpl|tftpl|tf|tfvars)$/;
    Walker = class {
      options;
      candidates = [];
      findings = [];
      /** Real paths of folders already walked: a folder reached twice (symlinks) is walked once. */
      walkedDirs = /* @__PURE__ */ new Set();
      constructor(options) {
        this.options = options;
      }
      addNamed(p) {
        const absolutePath = resolve2(this.options.cwd, p);
        let stats;
        try {
          stats = statSync(absolutePath);
        } catch {
          throw new CliError(`no such file or directory: ${p}`);
        }
        if (stats.isDirectory()) {
          this.walk(absolutePath, this.ancestorRules(absolutePath), /* @__PURE__ */ new Set());
        } else if (!this.isExcluded(absolutePath, false)) {
          this.candidates.push({ absolutePath, explicit: true });
        }
      }
      finish() {
        const byRealPath = /* @__PURE__ */ new Map();
        const entries = this.candidates.map((c) => ({ ...c, path: relativePosix(this.options.cwd, c.absolutePath) })).sort((a, b) => compareStrings(a.path, b.path));
        for (const entry of entries) {
          const key = realPathOf(entry.absolutePath);
          const seen = byRealPath.get(key);
          if (!seen)
            byRealPath.set(key, entry);
          else if (entry.explicit && !seen.explicit)
            seen.explicit = true;
        }
        const files = [];
        for (const entry of [...byRealPath.values()].sort((a, b) => compareStrings(a.path, b.path))) {
          const file = this.read(entry);
          if (file)
            files.push(file);
        }
        this.findings.sort((a, b) => compareStrings(a.location?.file ?? "", b.location?.file ?? ""));
        return { files, findings: this.findings };
      }
      read(entry) {
        let bytes;
        try {
          const stats = statSync(entry.absolutePath);
          if (!stats.isFile()) {
            this.inputError(entry.path, "not a regular file: the file was not analysed");
            return void 0;
          }
          bytes = (this.options.readFile ?? readFileSync2)(entry.absolutePath);
        } catch (err) {
          this.inputError(entry.path, `cannot read the file: ${errorMessage(err)}`);
          return void 0;
        }
        let text;
        try {
          text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
        } catch {
          this.inputError(entry.path, "the file is not valid UTF-8: it was not analysed");
          return void 0;
        }
        return { path: entry.path, absolutePath: entry.absolutePath, text, explicit: entry.explicit };
      }
      /**
       * Walks one folder. `rules` are the .gitignore rules in force (outermost first); `ancestors` the real
       * paths of the folders on the current branch, to tell a symlink loop from a folder seen twice.
       */
      walk(dir, inherited, ancestors) {
        const real = realPathOf(dir);
        if (ancestors.has(real)) {
          this.inputError(relativePosix(this.options.cwd, dir), "symbolic link loop: the folder was not walked again");
          return;
        }
        if (this.walkedDirs.has(real))
          return;
        this.walkedDirs.add(real);
        const branch = new Set(ancestors).add(real);
        let entries;
        try {
          entries = readdirSync(dir, { withFileTypes: true });
        } catch (err) {
          this.inputError(relativePosix(this.options.cwd, dir), `cannot read the folder: ${errorMessage(err)}`);
          return;
        }
        const rules = [...inherited, ...this.gitignoreRules(dir)];
        entries.sort((a, b) => compareStrings(a.name, b.name));
        for (const entry of entries) {
          const path = join3(dir, entry.name);
          const kind = entryKind(entry, path);
          if (kind === "dir") {
            if (SKIPPED_DIRS.has(entry.name) || this.isExcluded(path, true))
              continue;
            const ignored = matchIgnore(rules, path, true) === true;
            if (!ignored)
              this.walk(path, rules, branch);
            else if (ALWAYS_WALKED_DIRS.has(entry.name))
              this.walk(path, [], branch);
          } else if (kind === "file") {
            if (!CANDIDATE_NAME.test(entry.name) || this.isExcluded(path, false))
              continue;
            if (matchIgnore(rules, path, false) === true)
              continue;
            this.candidates.push({ absolutePath: path, explicit: false });
          }
        }
      }
      /**
       * The .gitignore rules of the folders between the git root and a named folder (exclusive), so that
       * `check sub/` inside a repository sees the root .gitignore. Empty when the named folder is itself
       * ignored: the user asked for it.
       */
      ancestorRules(dir) {
        const gitRoot = findGitRoot(dir);
        if (gitRoot === null || gitRoot === dir)
          return [];
        const chain = [];
        for (let d = dirname3(dir); isInside(gitRoot, d); d = dirname3(d)) {
          chain.unshift(d);
          if (d === gitRoot)
            break;
        }
        const rules = [];
        for (let i = 0; i < chain.length; i++) {
          const folder = chain[i] ?? gitRoot;
          rules.push(...this.gitignoreRules(folder));
          const next = chain[i + 1] ?? dir;
          if (matchIgnore(rules, next, true) === true)
            return [];
        }
        return rules;
      }
      gitignoreRules(dir) {
        try {
          return parseGitignore(readFileSync2(join3(dir, ".gitignore"), "utf8"), dir);
        } catch {
          return [];
        }
      }
      isExcluded(path, isDir) {
        return this.options.isExcluded?.(path, isDir) ?? false;
      }
      inputError(file, message) {
        this.findings.push({
          ruleId: "input-error",
          severity: "warning",
          message,
          location: { file, span: { start: { line: 1, column: 0, offset: 0 }, end: { line: 1, column: 0, offset: 0 } } }
        });
      }
    };
  }
});

// packages/cli/dist/options.js
import { statSync as statSync2 } from "node:fs";
import { resolve as resolve3 } from "node:path";
function collect(value, previous = []) {
  return [...previous, value];
}
function parseAssignment(flag, raw) {
  const eq = raw.indexOf("=");
  const key = eq > 0 ? raw.slice(0, eq).trim() : "";
  if (key === "")
    throw new CliError(`${flag} expects NAME=VALUE, got '${raw}'`);
  return [key, raw.slice(eq + 1)];
}
function parseMaxWarnings(raw) {
  if (raw === void 0)
    return void 0;
  if (!/^\d+$/.test(raw.trim()))
    throw new CliError(`--max-warnings expects a non-negative integer, got '${raw}'`);
  return Number(raw.trim());
}
function parseSourceOptions(raw, cwd) {
  const varFiles = (raw.varFile ?? []).map((f) => {
    const absolute = resolve3(cwd, f);
    let isFile = false;
    try {
      isFile = statSync2(absolute).isFile();
    } catch {
    }
    if (!isFile)
      throw new CliError(`--var-file: no such file: ${f}`);
    return absolute;
  });
  return {
    vars: (raw.var ?? []).map((v) => parseAssignment("--var", v)),
    varFiles,
    parameters: (raw.parameter ?? []).map((p) => parseAssignment("--parameter", p))
  };
}
function parseAwsOptions(raw) {
  const options = {
    accessAnalyzer: raw.accessAnalyzer === true,
    accessAnalyzerPublic: raw.accessAnalyzerPublic === true
  };
  if (raw.profile !== void 0) {
    if (raw.profile.trim() === "")
      throw new CliError("--profile expects a profile name");
    options.profile = raw.profile;
  }
  if (raw.region !== void 0) {
    if (!REGION.test(raw.region))
      throw new CliError(`--region expects an AWS region such as us-east-1, got '${raw.region}'`);
    options.region = raw.region;
  }
  if (raw.endpointUrl !== void 0) {
    let url;
    try {
      url = new URL(raw.endpointUrl);
    } catch {
      url = void 0;
    }
    if (!url || url.protocol !== "http:" && url.protocol !== "https:") {
      throw new CliError(`--endpoint-url expects an http(s) URL, got '${raw.endpointUrl}'`);
    }
    options.endpointUrl = raw.endpointUrl;
  }
  return options;
}
var REGION;
var init_options = __esm({
  "packages/cli/dist/options.js"() {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
    init_errors();
    REGION = /^[a-z]{2}(-[a-z]+)+-\d{1,2}$/;
  }
});

// packages/cli/dist/package-info.js
import { readFileSync as readFileSync3 } from "node:fs";
function packageInfo() {
  if (cached)
    return cached;
  if (typeof define_TRUSTLINT_PACKAGE_default !== "undefined")
    return cached = define_TRUSTLINT_PACKAGE_default;
  const raw = JSON.parse(readFileSync3(new URL("../package.json", import.meta.url), "utf8"));
  const pkg = typeof raw === "object" && raw !== null ? raw : {};
  const version = typeof pkg.version === "string" ? pkg.version : "0.0.0";
  cached = typeof pkg.homepage === "string" && pkg.homepage !== "" ? { version, homepage: pkg.homepage } : { version };
  return cached;
}
var cached;
var init_package_info = __esm({
  "packages/cli/dist/package-info.js"() {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
  }
});

// packages/cli/dist/reporters/types.js
function countSeverities(findings) {
  const counts = { errors: 0, warnings: 0, infos: 0 };
  for (const f of findings) {
    if (f.severity === "error")
      counts.errors++;
    else if (f.severity === "warning")
      counts.warnings++;
    else
      counts.infos++;
  }
  return counts;
}
function witnessEntries(witness) {
  const rank = (k) => k === "sub" ? 0 : k === "aud" ? 1 : 2;
  return Object.entries(witness).sort(([a], [b]) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
}
function formatWitness(witness) {
  return `witness: ${witnessEntries(witness).map(([k, v]) => `${k}=${v}`).join(" ")}`;
}
var init_types = __esm({
  "packages/cli/dist/reporters/types.js"() {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
  }
});

// packages/cli/dist/reporters/github.js
import { isAbsolute as isAbsolute2, resolve as resolve4 } from "node:path";
function formatGithub(input) {
  const base = input.workspace ?? input.gitRoot ?? input.cwd;
  return input.findings.map((f) => `${annotation(f, input.cwd, base)}
`).join("");
}
function annotation(f, cwd, base) {
  const props = [];
  if (f.location) {
    const { start, end } = f.location.span;
    props.push(["file", workspacePath(f.location.file, cwd, base)], ["line", start.line], ["col", start.column + 1], ["endLine", end.line], ["endColumn", end.column + 1]);
  }
  props.push(["title", f.ruleId]);
  const message = f.witness ? `${f.message}
${formatWitness(f.witness)}` : f.message;
  const list = props.map(([k, v]) => `${k}=${escapeProperty(String(v))}`).join(",");
  return `::${COMMAND[f.severity]} ${list}::${escapeData(message)}`;
}
function workspacePath(file, cwd, base) {
  const absolute = resolve4(cwd, file);
  return isInside(base, absolute) ? relativePosix(base, absolute) : toPosix(isAbsolute2(file) ? file : absolute);
}
function escapeData(s) {
  return s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(s) {
  return escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
var COMMAND;
var init_github = __esm({
  "packages/cli/dist/reporters/github.js"() {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
    init_paths();
    init_types();
    COMMAND = { error: "error", warning: "warning", info: "notice" };
  }
});

// packages/cli/dist/reporters/json.js
function formatJson(input) {
  const counts = countSeverities(input.findings);
  const report = {
    version: 1,
    tool: { name: "trustlint", version: input.toolVersion },
    findings: input.findings.map(jsonFinding),
    summary: { files: input.files, ...counts, suppressed: input.suppressed }
  };
  return `${JSON.stringify(report, null, 2)}
`;
}
function jsonFinding(f) {
  const out = { ruleId: f.ruleId, severity: f.severity, message: f.message };
  if (f.location)
    Object.assign(out, jsonLocation(f.location));
  else
    out.file = null;
  if (f.path)
    out.path = f.path;
  if (f.resource !== void 0)
    out.resource = f.resource;
  if (f.witness)
    out.witness = f.witness;
  if (f.related && f.related.length > 0) {
    out.related = f.related.map((r) => ({ ...jsonLocation(r.location), message: r.message }));
  }
  out.properties = f.properties ?? {};
  return out;
}
function jsonLocation(location) {
  const { start, end } = location.span;
  return { file: location.file, line: start.line, column: start.column + 1, endLine: end.line, endColumn: end.column + 1 };
}
var init_json = __esm({
  "packages/cli/dist/reporters/json.js"() {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
    init_types();
  }
});

// packages/cli/dist/reporters/sarif.js
import { createHash } from "node:crypto";
import { resolve as resolve5 } from "node:path";
import { pathToFileURL } from "node:url";
function formatSarif(input) {
  return `${JSON.stringify(sarifLog(input), null, 2)}
`;
}
function sarifLog(input) {
  const catalog = input.rules ?? CATALOG;
  const root = input.gitRoot ?? input.cwd;
  const ruleIndex = new Map(catalog.map((r, i) => [r.id, i]));
  return {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "trustlint",
            version: input.toolVersion,
            semanticVersion: input.toolVersion,
            ...input.homepage !== void 0 ? { informationUri: input.homepage } : {},
            rules: catalog.map((r) => sarifRule(r, input))
          }
        },
        originalUriBaseIds: { [SRCROOT]: { uri: directoryUri(root) } },
        columnKind: "utf16CodeUnits",
        results: input.findings.map((f) => sarifResult(f, input.cwd, root, ruleIndex))
      }
    ]
  };
}
function sarifRule(rule, input) {
  const markdown = input.ruleDocs?.get(rule.id);
  const descriptor = {
    id: rule.id,
    name: pascalCase(rule.id),
    shortDescription: { text: rule.title },
    fullDescription: { text: rule.description },
    defaultConfiguration: { level: LEVEL[rule.defaultSeverity] },
    help: markdown !== void 0 ? { text: markdownToText(markdown), markdown } : { text: rule.description },
    properties: { tags: ["security", rule.category] }
  };
  if (input.homepage !== void 0)
    descriptor.helpUri = ruleDocUrl(input.homepage, rule.id);
  return descriptor;
}
function sarifResult(f, cwd, root, ruleIndex) {
  const text = f.witness ? `${f.message}
${formatWitness(f.witness)}` : f.message;
  const index = ruleIndex.get(f.ruleId);
  const result = {
    ruleId: f.ruleId,
    ...index !== void 0 ? { ruleIndex: index } : {},
    level: LEVEL[f.severity],
    message: { text }
  };
  if (f.location) {
    result.locations = [physicalLocation(f.location, cwd, root)];
  } else if (f.resource !== void 0) {
    result.locations = [{ logicalLocations: [{ fullyQualifiedName: f.resource, kind: "resource" }] }];
  }
  if (f.related && f.related.length > 0) {
    result.relatedLocations = f.related.map((r, i) => ({
      id: i + 1,
      ...physicalLocation(r.location, cwd, root),
      message: { text: r.message }
    }));
  }
  result.partialFingerprints = { "trustlint/v1": fingerprint(f, cwd, root) };
  const properties = { ...f.properties };
  if (f.witness)
    properties.witness = f.witness;
  if (f.path)
    properties.path = f.path;
  if (f.resource !== void 0)
    properties.resource = f.resource;
  if (Object.keys(properties).length > 0)
    result.properties = properties;
  return result;
}
function physicalLocation(location, cwd, root) {
  const { start, end } = location.span;
  return {
    physicalLocation: {
      artifactLocation: artifactLocation(location.file, cwd, root),
      region: { startLine: start.line, startColumn: start.column + 1, endLine: end.line, endColumn: end.column + 1 }
    }
  };
}
function artifactLocation(file, cwd, root) {
  const absolute = resolve5(cwd, file);
  if (!isInside(root, absolute))
    return { uri: pathToFileURL(absolute).href };
  const uri = relativePosix(root, absolute).split("/").map(encodeURIComponent).join("/");
  return { uri, uriBaseId: SRCROOT };
}
function directoryUri(dir) {
  const href = pathToFileURL(dir).href;
  return href.endsWith("/") ? href : `${href}/`;
}
function fingerprint(f, cwd, root) {
  const file = f.location ? artifactLocation(f.location.file, cwd, root).uri : f.resource ?? "";
  const where = f.path ? JSON.stringify(f.path) : String(f.location?.span.start.line ?? "");
  const firstLine = f.message.split("\n", 1)[0] ?? "";
  return createHash("sha256").update([f.ruleId, file, where, firstLine].join("\0")).digest("hex").slice(0, 32);
}
function pascalCase(id) {
  return id.split("-").map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join("");
}
function ruleDocUrl(homepage, id) {
  const base = homepage.replace(/#.*$/, "").replace(/\/+$/, "");
  return /^https:\/\/github\.com\/[^/]+\/[^/]+$/.test(base) ? `${base}/blob/HEAD/docs/rules/${id}.md` : `${base}/docs/rules/${id}.md`;
}
function markdownToText(markdown) {
  return markdown.replace(/^---\n[\s\S]*?\n---\n/, "").split("\n").filter((line) => !/^\s*(```|~~~)/.test(line)).map((line) => line.replace(/^#{1,6}\s+/, "").replace(/\[([^\]]+)\]\(([^)]+)\)/g, "$1 ($2)").replace(/`([^`]*)`/g, "$1").replace(/\*\*([^*]+)\*\*/g, "$1")).join("\n").trim();
}
var SRCROOT, LEVEL;
var init_sarif = __esm({
  "packages/cli/dist/reporters/sarif.js"() {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
    init_dist();
    init_paths();
    init_types();
    SRCROOT = "%SRCROOT%";
    LEVEL = { error: "error", warning: "warning", info: "note" };
  }
});

// node_modules/.pnpm/picocolors@1.1.1/node_modules/picocolors/picocolors.js
var require_picocolors = __commonJS({
  "node_modules/.pnpm/picocolors@1.1.1/node_modules/picocolors/picocolors.js"(exports, module) {
    init_define_TRUSTLINT_PACKAGE();
    var p = process || {};
    var argv = p.argv || [];
    var env = p.env || {};
    var isColorSupported = !(!!env.NO_COLOR || argv.includes("--no-color")) && (!!env.FORCE_COLOR || argv.includes("--color") || p.platform === "win32" || (p.stdout || {}).isTTY && env.TERM !== "dumb" || !!env.CI);
    var formatter = (open, close, replace = open) => (input) => {
      let string = "" + input, index = string.indexOf(close, open.length);
      return ~index ? open + replaceClose(string, close, replace, index) + close : open + string + close;
    };
    var replaceClose = (string, close, replace, index) => {
      let result = "", cursor = 0;
      do {
        result += string.substring(cursor, index) + replace;
        cursor = index + close.length;
        index = string.indexOf(close, cursor);
      } while (~index);
      return result + string.substring(cursor);
    };
    var createColors = (enabled = isColorSupported) => {
      let f = enabled ? formatter : () => String;
      return {
        isColorSupported: enabled,
        reset: f("\x1B[0m", "\x1B[0m"),
        bold: f("\x1B[1m", "\x1B[22m", "\x1B[22m\x1B[1m"),
        dim: f("\x1B[2m", "\x1B[22m", "\x1B[22m\x1B[2m"),
        italic: f("\x1B[3m", "\x1B[23m"),
        underline: f("\x1B[4m", "\x1B[24m"),
        inverse: f("\x1B[7m", "\x1B[27m"),
        hidden: f("\x1B[8m", "\x1B[28m"),
        strikethrough: f("\x1B[9m", "\x1B[29m"),
        black: f("\x1B[30m", "\x1B[39m"),
        red: f("\x1B[31m", "\x1B[39m"),
        green: f("\x1B[32m", "\x1B[39m"),
        yellow: f("\x1B[33m", "\x1B[39m"),
        blue: f("\x1B[34m", "\x1B[39m"),
        magenta: f("\x1B[35m", "\x1B[39m"),
        cyan: f("\x1B[36m", "\x1B[39m"),
        white: f("\x1B[37m", "\x1B[39m"),
        gray: f("\x1B[90m", "\x1B[39m"),
        bgBlack: f("\x1B[40m", "\x1B[49m"),
        bgRed: f("\x1B[41m", "\x1B[49m"),
        bgGreen: f("\x1B[42m", "\x1B[49m"),
        bgYellow: f("\x1B[43m", "\x1B[49m"),
        bgBlue: f("\x1B[44m", "\x1B[49m"),
        bgMagenta: f("\x1B[45m", "\x1B[49m"),
        bgCyan: f("\x1B[46m", "\x1B[49m"),
        bgWhite: f("\x1B[47m", "\x1B[49m"),
        blackBright: f("\x1B[90m", "\x1B[39m"),
        redBright: f("\x1B[91m", "\x1B[39m"),
        greenBright: f("\x1B[92m", "\x1B[39m"),
        yellowBright: f("\x1B[93m", "\x1B[39m"),
        blueBright: f("\x1B[94m", "\x1B[39m"),
        magentaBright: f("\x1B[95m", "\x1B[39m"),
        cyanBright: f("\x1B[96m", "\x1B[39m"),
        whiteBright: f("\x1B[97m", "\x1B[39m"),
        bgBlackBright: f("\x1B[100m", "\x1B[49m"),
        bgRedBright: f("\x1B[101m", "\x1B[49m"),
        bgGreenBright: f("\x1B[102m", "\x1B[49m"),
        bgYellowBright: f("\x1B[103m", "\x1B[49m"),
        bgBlueBright: f("\x1B[104m", "\x1B[49m"),
        bgMagentaBright: f("\x1B[105m", "\x1B[49m"),
        bgCyanBright: f("\x1B[106m", "\x1B[49m"),
        bgWhiteBright: f("\x1B[107m", "\x1B[49m")
      };
    };
    module.exports = createColors();
    module.exports.createColors = createColors;
  }
});

// packages/cli/dist/reporters/code-frame.js
function codeFrame(text, span, options = {}) {
  const maxWidth = options.maxWidth ?? 120;
  const maxLines = options.maxLines ?? 3;
  const lines = text.split(/\r\n|\r|\n/);
  const first = span.start.line;
  const last = span.end.line > first && span.end.column === 0 ? span.end.line - 1 : span.end.line;
  const out = [];
  for (let n = first; n <= last; n++) {
    const source = lines[n - 1];
    if (source === void 0)
      break;
    if (n - first >= maxLines) {
      out.push({ gutter: "\u2026", text: "", marker: false });
      break;
    }
    const from = n === first ? Math.min(span.start.column, source.length) : firstNonSpace(source);
    const to = n === span.end.line ? Math.min(span.end.column, source.length) : source.length;
    const window = visibleWindow(source, from, maxWidth);
    const shown = source.slice(window.start, window.end);
    const prefix = window.start > 0 ? "\u2026" : "";
    const suffix = window.end < source.length ? "\u2026" : "";
    const pad = (prefix + source.slice(window.start, from)).replace(/[^\t]/g, " ");
    const width = Math.max(1, Math.min(to, window.end) - from);
    out.push({ gutter: String(n), text: prefix + shown + suffix, marker: false });
    out.push({ gutter: "", text: pad + "^".repeat(width), marker: true });
  }
  return out;
}
function firstNonSpace(line) {
  const m = /\S/.exec(line);
  return m ? m.index : 0;
}
function visibleWindow(line, from, maxWidth) {
  if (line.length <= maxWidth)
    return { start: 0, end: line.length };
  const start = Math.max(0, from - Math.min(30, Math.floor(maxWidth / 4)));
  return { start, end: Math.min(line.length, start + maxWidth) };
}
var init_code_frame = __esm({
  "packages/cli/dist/reporters/code-frame.js"() {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
  }
});

// packages/cli/dist/reporters/stylish.js
function formatStylish(input) {
  const c = import_picocolors.default.createColors(input.color ?? false);
  const out = [];
  for (const [heading, findings] of groupByFile(input.findings)) {
    out.push(c.underline(heading));
    const positions = findings.map(position);
    const posWidth = Math.max(...positions.map((p) => p.length));
    const sevWidth = Math.max(...findings.map((f) => f.severity.length));
    findings.forEach((f, i) => {
      const pos = (positions[i] ?? "").padEnd(posWidth);
      const severity = colorSeverity(c, f.severity, f.severity.padEnd(sevWidth));
      out.push(`  ${c.dim(pos)}  ${severity}  ${f.message}  ${c.dim(f.ruleId)}`);
      out.push(...details(f, input, c).map((line) => `      ${line}`));
    });
    out.push("");
  }
  out.push(summary(input, c));
  return `${out.join("\n")}
`;
}
function groupByFile(findings) {
  const groups = /* @__PURE__ */ new Map();
  for (const f of findings) {
    const key = f.location?.file ?? f.resource ?? "(no location)";
    const group = groups.get(key);
    if (group)
      group.push(f);
    else
      groups.set(key, [f]);
  }
  return groups;
}
function position(f) {
  if (!f.location)
    return "-";
  const { start } = f.location.span;
  return `${start.line}:${start.column + 1}`;
}
function details(f, input, c) {
  const lines = [];
  const text = f.location ? input.sources?.get(f.location.file) : void 0;
  if (f.location && text !== void 0 && !isFileLevel(f)) {
    const frame = codeFrame(text, f.location.span);
    const gutterWidth = Math.max(...frame.map((l) => l.gutter.length));
    for (const l of frame) {
      const gutter = c.dim(`${l.gutter.padStart(gutterWidth)} |`);
      lines.push(l.marker ? `${gutter} ${colorSeverity(c, f.severity, l.text)}` : `${gutter} ${l.text}`.trimEnd());
    }
  }
  if (f.witness)
    lines.push(c.cyan(formatWitness(f.witness)));
  for (const r of f.related ?? []) {
    const { start } = r.location.span;
    lines.push(c.dim(`\u21B3 ${r.location.file}:${start.line}:${start.column + 1}  ${r.message}`));
  }
  return lines;
}
function isFileLevel(f) {
  const span = f.location?.span;
  return span !== void 0 && span.start.line === 1 && span.start.column === 0 && span.end.line === 1 && span.end.column === 0;
}
function colorSeverity(c, severity, text) {
  return severity === "error" ? c.red(text) : severity === "warning" ? c.yellow(text) : c.blue(text);
}
function summary(input, c) {
  const { errors, warnings, infos } = countSeverities(input.findings);
  const total = errors + warnings + infos;
  const suppressed = input.suppressed > 0 ? `, ${input.suppressed} suppressed` : "";
  if (total === 0)
    return c.green(`no problems${suppressed}`);
  const line = `\u2716 ${plural(total, "problem")} (${plural(errors, "error")}, ${plural(warnings, "warning")}, ${plural(infos, "info")})` + suppressed;
  return errors > 0 ? c.bold(c.red(line)) : c.bold(c.yellow(line));
}
function plural(n, word) {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}
var import_picocolors;
var init_stylish = __esm({
  "packages/cli/dist/reporters/stylish.js"() {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
    import_picocolors = __toESM(require_picocolors(), 1);
    init_code_frame();
    init_types();
  }
});

// packages/cli/dist/reporters/index.js
var FORMATS, REPORTERS;
var init_reporters = __esm({
  "packages/cli/dist/reporters/index.js"() {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
    init_github();
    init_json();
    init_sarif();
    init_stylish();
    FORMATS = ["stylish", "json", "sarif", "github"];
    REPORTERS = {
      stylish: formatStylish,
      json: formatJson,
      sarif: formatSarif,
      github: formatGithub
    };
  }
});

// packages/cli/dist/rule-docs.js
import { existsSync as existsSync3, readFileSync as readFileSync4, statSync as statSync3 } from "node:fs";
import { dirname as dirname4, join as join4 } from "node:path";
import { fileURLToPath } from "node:url";
function findRuleDocsDir(from = dirname4(fileURLToPath(import.meta.url))) {
  let dir = from;
  for (; ; ) {
    const candidate = join4(dir, "docs", "rules");
    if (existsSync3(candidate) && statSync3(candidate).isDirectory())
      return candidate;
    const parent = dirname4(dir);
    if (parent === dir)
      return null;
    dir = parent;
  }
}
function loadRuleDocs(ids, docsDir = findRuleDocsDir()) {
  const docs = /* @__PURE__ */ new Map();
  if (docsDir === null)
    return docs;
  for (const id of ids) {
    try {
      const page = readFileSync4(join4(docsDir, `${id}.md`), "utf8").replace(/<!--[\s\S]*?-->\n?/g, "");
      docs.set(id, page);
    } catch {
    }
  }
  return docs;
}
var init_rule_docs = __esm({
  "packages/cli/dist/rule-docs.js"() {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
  }
});

// packages/cli/dist/commands/check.js
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname as dirname5, resolve as resolve6 } from "node:path";
import { readFileSync as readFileSync5 } from "node:fs";
function register(program2, ctx) {
  program2.command("check").description("discover and analyse trust policies, workflows and IaC files").argument("[paths...]", "files or folders to check", ["."]).addOption(new Option("--format <format>", "output format").choices(FORMATS).default("stylish")).option("--output <file>", "write the report to FILE").option("--config <file>", "configuration file (else trustlint.config.json or .trustlintrc.json is looked up)").option("--max-warnings <n>", "exit 1 when there are more than N warnings").option("--quiet", "report errors only").option("--var <name=value>", "Terraform variable value (repeatable)", collect).option("--var-file <file>", "Terraform variables file (repeatable)", collect).option("--parameter <name=value>", "CloudFormation parameter value (repeatable)", collect).option("--access-analyzer", "also run IAM Access Analyzer ValidatePolicy (needs AWS credentials)").option("--access-analyzer-public", "also run Access Analyzer CheckNoPublicAccess (a charged call)").option("--profile <name>", "AWS profile for the online checks").option("--region <region>", "AWS region for the online checks").option("--endpoint-url <url>", "AWS endpoint for the online checks").action((paths, flags) => {
    return runCheck(paths, parseCheckOptions(flags, ctx.io.cwd), ctx).then((code) => {
      ctx.setExitCode(code);
    });
  });
}
function parseCheckOptions(flags, cwd) {
  const options = {
    format: flags.format,
    quiet: flags.quiet === true,
    sources: parseSourceOptions(flags, cwd),
    aws: parseAwsOptions(flags)
  };
  const maxWarnings = parseMaxWarnings(flags.maxWarnings);
  if (maxWarnings !== void 0)
    options.maxWarnings = maxWarnings;
  if (flags.output !== void 0)
    options.output = flags.output;
  if (flags.config !== void 0)
    options.configFile = flags.config;
  return options;
}
async function runCheck(paths, options, ctx) {
  const { io } = ctx;
  if (options.aws.accessAnalyzer || options.aws.accessAnalyzerPublic) {
    throw new CliError("the online checks (--access-analyzer, --access-analyzer-public) are not available in this version of trustlint");
  }
  const gitRoot = findGitRoot(io.cwd);
  const loaded = loadConfig({ cwd: io.cwd, gitRoot, ...options.configFile !== void 0 ? { configFile: options.configFile } : {} });
  const config = configForCore(loaded, io.cwd);
  const isExcluded = ignoreMatcher(loaded);
  const discovery = discover(paths, {
    cwd: io.cwd,
    ...isExcluded ? { isExcluded } : {},
    ...io.readFile ? { readFile: io.readFile } : {}
  });
  const analysis = await analyzeFiles(discovery.files.map((f) => ({ file: f.path, text: f.text, explicit: f.explicit })), { config, findings: discovery.findings, sources: coreSourceOptions(options.sources, io) });
  let findings = analysis.findings;
  if (options.quiet)
    findings = findings.filter((f) => f.severity === "error");
  const toWriteFile = options.output !== void 0;
  const input = {
    findings,
    suppressed: analysis.suppressed,
    files: analysis.files,
    cwd: io.cwd,
    gitRoot,
    toolVersion: ctx.version,
    sources: new Map(discovery.files.map((f) => [f.path, f.text])),
    color: !toWriteFile && io.isTTY && !io.env.NO_COLOR
  };
  const workspace = io.env.GITHUB_WORKSPACE;
  if (workspace)
    input.workspace = resolve6(io.cwd, workspace);
  if (options.format === "sarif") {
    input.ruleDocs = loadRuleDocs(CATALOG.map((r) => r.id));
    const { homepage } = packageInfo();
    if (homepage !== void 0)
      input.homepage = homepage;
  }
  const report = REPORTERS[options.format](input);
  if (options.output !== void 0)
    writeReport(resolve6(io.cwd, options.output), report);
  else
    io.stdout.write(report);
  const counts = countSeverities(findings);
  if (counts.errors > 0)
    return 1;
  if (options.maxWarnings !== void 0 && counts.warnings > options.maxWarnings) {
    io.stderr.write(`trustlint: too many warnings (${counts.warnings}; maximum ${options.maxWarnings})
`);
    return 1;
  }
  return 0;
}
function writeReport(file, report) {
  try {
    mkdirSync(dirname5(file), { recursive: true });
    writeFileSync(file, report);
  } catch (err) {
    throw new CliError(`cannot write the report: ${errorMessage(err)}`);
  }
}
function coreSourceOptions(sources, io) {
  const varFiles = sources.varFiles.map((absolute) => {
    let text;
    try {
      text = io.readFile ? new TextDecoder().decode(io.readFile(absolute)) : readFileSync5(absolute, "utf8");
    } catch (err) {
      throw new CliError(`--var-file ${absolute}: ${errorMessage(err)}`);
    }
    return { file: relativePosix(io.cwd, absolute), text, explicit: true };
  });
  return {
    vars: Object.fromEntries(sources.vars),
    varFiles,
    parameters: Object.fromEntries(sources.parameters)
  };
}
var init_check = __esm({
  "packages/cli/dist/commands/check.js"() {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
    init_dist();
    init_esm();
    init_config2();
    init_discover();
    init_errors();
    init_options();
    init_package_info();
    init_paths();
    init_reporters();
    init_types();
    init_rule_docs();
  }
});

// packages/cli/dist/select-policy.js
import { existsSync as existsSync4 } from "node:fs";
import { resolve as resolve7 } from "node:path";
function selectPolicies(target, io, configFile) {
  let file = target;
  let role;
  if (!existsSync4(resolve7(io.cwd, target))) {
    const colon = target.lastIndexOf(":");
    if (colon > 0) {
      file = target.slice(0, colon);
      role = target.slice(colon + 1);
    }
  }
  const gitRoot = findGitRoot(io.cwd);
  const config = configForCore(loadConfig({ cwd: io.cwd, gitRoot, ...configFile !== void 0 ? { configFile } : {} }), io.cwd);
  const discovery = discover([file], { cwd: io.cwd, ...io.readFile ? { readFile: io.readFile } : {} });
  const [input] = discovery.files;
  if (!input) {
    const reason = discovery.findings[0]?.message ?? "cannot be read";
    throw new CliError(`${file}: ${reason}`);
  }
  const result = analyze([{ file: input.path, text: input.text, explicit: true }], { config });
  const broken = result.findings.find((f) => f.ruleId === "parse-error" || f.ruleId === "input-error" && result.documents.length === 0);
  if (broken) {
    const at = broken.location ? `:${broken.location.span.start.line}:${broken.location.span.start.column + 1}` : "";
    throw new CliError(`${input.path}${at}: ${broken.message}`);
  }
  let documents = result.documents.filter((d) => d.kind === "trust-policy");
  if (role !== void 0) {
    const wanted = role;
    documents = documents.filter((d) => d.resource === wanted || d.roleName === wanted || d.resource?.endsWith(`.${wanted}`) === true);
    if (documents.length === 0)
      throw new CliError(`${input.path}: no trust policy named ${wanted}`);
  }
  if (documents.length === 0)
    throw new CliError(`${input.path}: no trust policy found`);
  return { documents, config, text: input.text };
}
function policyLabel(doc) {
  return doc.resource ?? doc.roleName ?? doc.file;
}
var init_select_policy = __esm({
  "packages/cli/dist/select-policy.js"() {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
    init_dist();
    init_config2();
    init_discover();
    init_errors();
    init_paths();
  }
});

// packages/cli/dist/commands/explain.js
function register2(program2, ctx) {
  program2.command("explain").description("for each trust policy: which outsiders can assume it, with a token that gets in").argument("<target>", "FILE or FILE:ROLE").addOption(new Option("--format <format>", "output format").choices(["text", "json"]).default("text")).option("--config <file>", "configuration file").action((target, flags) => {
    const { documents, config } = selectPolicies(target, ctx.io, flags.config);
    const results = documents.map((d) => explainPolicy(d, config));
    ctx.io.stdout.write(flags.format === "json" ? `${JSON.stringify(results.map(toJson), null, 2)}
` : results.map(formatExplain).join("\n"));
    ctx.setExitCode(0);
  });
}
function toJson(r) {
  return {
    file: r.file,
    ...r.resource ? { resource: r.resource } : {},
    providers: r.providers.map((p) => ({
      provider: p.prefix,
      arn: p.arn,
      statements: p.statements.map((s) => ({
        index: s.index,
        ...s.sid ? { sid: s.sid } : {},
        line: s.span.start.line,
        ...s.ruleId ? { ruleId: s.ruleId } : {},
        outsiders: s.classes.map((c) => ({ class: c.cls, outsider: c.outsider, admitted: c.admitted, applicable: c.applicable, ...c.witness ? { witness: c.witness } : {} })),
        notes: s.notes
      }))
    }))
  };
}
function formatExplain(r) {
  const lines = [`${r.file}${r.resource ? ` (${r.resource})` : ""}`];
  if (r.providers.length === 0)
    lines.push("  trusts no GitHub OIDC provider");
  for (const p of r.providers) {
    lines.push(`  provider ${p.prefix}`);
    if (p.statements.length === 0)
      lines.push("    no Allow statement lets its tokens in");
    for (const s of p.statements) {
      const name = s.sid ? `statement "${s.sid}"` : `statement ${s.index}`;
      lines.push(`    ${name} (line ${s.span.start.line}): ${s.ruleId ? `reported as ${s.ruleId}` : "no outsider class admitted"}`);
      const width = Math.max(...s.classes.map((c) => c.outsider.length));
      for (const c of s.classes) {
        const verdict = c.admitted ? "ADMITTED" : c.applicable ? "blocked " : "n/a     ";
        lines.push(`      ${verdict}  ${c.outsider.padEnd(width)}${c.witness?.sub ? `  sub=${c.witness.sub}` : ""}`.trimEnd());
      }
      for (const note of s.notes)
        lines.push(`      note: ${note}`);
      if (s.classes.some((c) => !c.applicable))
        lines.push("      (n/a: the policy names no repository or context to vary for that class)");
    }
  }
  return `${lines.join("\n")}
`;
}
var init_explain2 = __esm({
  "packages/cli/dist/commands/explain.js"() {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
    init_dist();
    init_esm();
    init_select_policy();
  }
});

// packages/cli/dist/commands/rules.js
function register3(program2, ctx) {
  program2.command("rules").description("list the rule catalog (id, default severity, title)").addOption(new Option("--format <format>", "output format").choices(["text", "json"]).default("text")).action((flags) => {
    ctx.io.stdout.write(flags.format === "json" ? `${JSON.stringify(CATALOG, null, 2)}
` : formatRuleTable());
    ctx.setExitCode(0);
  });
}
function formatRuleTable() {
  const idWidth = Math.max(...CATALOG.map((r) => r.id.length));
  const sevWidth = Math.max(...CATALOG.map((r) => r.defaultSeverity.length));
  return CATALOG.map((r) => `${r.id.padEnd(idWidth)}  ${r.defaultSeverity.padEnd(sevWidth)}  ${r.title}
`).join("");
}
var init_rules3 = __esm({
  "packages/cli/dist/commands/rules.js"() {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
    init_dist();
    init_esm();
  }
});

// packages/cli/dist/commands/simulate.js
function register4(program2, ctx) {
  program2.command("simulate").description("evaluate one token against one trust policy (exit 0 allow, 1 deny, 2 error or unknown)").argument("<target>", "FILE or FILE:ROLE").requiredOption("--sub <sub>", "the token's sub claim").option("--aud <aud>", "the token's aud claim", "sts.amazonaws.com").option("--claim <name=value>", "another claim by its bare name (repeatable)", collect).option("--provider <arn>", "the GitHub provider, when the policy trusts several").addOption(new Option("--format <format>", "output format").choices(["text", "json"]).default("text")).option("--config <file>", "configuration file").action((target, flags) => {
    ctx.setExitCode(runSimulate(target, flags, ctx));
  });
}
function parseClaims(pairs) {
  const claims = {};
  for (const pair of pairs) {
    const eq = pair.indexOf("=");
    if (eq <= 0)
      throw new CliError(`--claim expects name=value, got "${pair}"`);
    claims[pair.slice(0, eq)] = pair.slice(eq + 1);
  }
  return claims;
}
function runSimulate(target, flags, ctx) {
  const { documents, config } = selectPolicies(target, ctx.io, flags.config);
  if (documents.length > 1) {
    throw new CliError(`${target}: ${documents.length} trust policies; choose one with FILE:ROLE:
${documents.map((d) => `  ${policyLabel(d)}`).join("\n")}`);
  }
  const [doc] = documents;
  if (!doc)
    throw new CliError(`${target}: no trust policy found`);
  const result = simulatePolicy(doc, {
    sub: flags.sub,
    ...flags.aud !== void 0 ? { aud: flags.aud } : {},
    claims: parseClaims(flags.claim ?? []),
    ...flags.provider !== void 0 ? { provider: flags.provider } : {},
    config
  });
  if (!result.ok) {
    throw new CliError(`${doc.file}: ${result.error}${result.candidates?.length ? `
${result.candidates.map((c) => `  ${c}`).join("\n")}` : ""}`);
  }
  const statements = result.statements.map((s) => ({
    index: s.index,
    ...s.sid ? { sid: s.sid } : {},
    effect: s.effect,
    matched: s.matched,
    file: doc.file,
    line: s.span.start.line,
    column: s.span.start.column + 1
  }));
  if (flags.format === "json") {
    ctx.io.stdout.write(`${JSON.stringify({ decision: result.decision, statements }, null, 2)}
`);
  } else {
    ctx.io.stdout.write(`${result.decision} (provider ${result.provider})
`);
    for (const s of statements) {
      const name = s.sid ? `statement "${s.sid}"` : `statement ${s.index}`;
      const matched = s.matched === "unknown" ? "unknown (an unresolved value decides)" : s.matched ? "applies" : "does not apply";
      ctx.io.stdout.write(`  ${name} ${s.effect ?? "(invalid Effect)"}: ${matched}  ${s.file}:${s.line}:${s.column}
`);
    }
    for (const name of result.ignoredClaims) {
      ctx.io.stderr.write(`trustlint: claim "${name}" is not a condition key AWS STS sets for GitHub tokens: ignored (absent)
`);
    }
  }
  return result.decision === "allow" ? 0 : result.decision === "deny" ? 1 : 2;
}
var init_simulate = __esm({
  "packages/cli/dist/commands/simulate.js"() {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
    init_dist();
    init_esm();
    init_errors();
    init_options();
    init_select_policy();
  }
});

// packages/cli/dist/context.js
function processIo() {
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    cwd: process.cwd(),
    env: process.env,
    isTTY: process.stdout.isTTY
  };
}
var init_context = __esm({
  "packages/cli/dist/context.js"() {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
  }
});

// packages/cli/dist/main.js
var main_exports = {};
__export(main_exports, {
  createProgram: () => createProgram,
  main: () => main
});
async function main(argv, io = processIo()) {
  let exitCode = 0;
  const ctx = {
    io,
    version: packageInfo().version,
    setExitCode: (code) => {
      exitCode = code;
    }
  };
  try {
    await createProgram(ctx).parseAsync([...argv], { from: "user" });
    return exitCode;
  } catch (err) {
    return handleError(err, io);
  }
}
function createProgram(ctx) {
  const program2 = new Command("trustlint").description("lint GitHub Actions \u2192 AWS OIDC trust: who can assume your roles").version(ctx.version, "-V, --version").exitOverride().configureOutput({
    writeOut: (s) => ctx.io.stdout.write(s),
    writeErr: (s) => ctx.io.stderr.write(s),
    // One line: commander puts its "(Did you mean …?)" hint on a line of its own.
    outputError: (s, write) => {
      write(`trustlint: ${s.replace(/^error: /, "").trim().replace(/\s*\n\s*/g, " ")}
`);
    }
  });
  for (const registerCommand of COMMANDS)
    registerCommand(program2, ctx);
  return program2;
}
function handleError(err, io) {
  if (err instanceof CommanderError) {
    return err.code === "commander.helpDisplayed" || err.code === "commander.version" ? 0 : 2;
  }
  if (err instanceof CliError) {
    io.stderr.write(`${err.message.split("\n").map((line) => `trustlint: ${line}`).join("\n")}
`);
    return err.exitCode;
  }
  io.stderr.write(`trustlint: internal error: ${errorMessage(err)}
`);
  if (io.env.TRUSTLINT_DEBUG === "1" && err instanceof Error && err.stack !== void 0)
    io.stderr.write(`${err.stack}
`);
  else
    io.stderr.write("trustlint: set TRUSTLINT_DEBUG=1 for the stack trace\n");
  return 2;
}
var COMMANDS;
var init_main = __esm({
  "packages/cli/dist/main.js"() {
    "use strict";
    init_define_TRUSTLINT_PACKAGE();
    init_esm();
    init_check();
    init_explain2();
    init_rules3();
    init_simulate();
    init_context();
    init_errors();
    init_package_info();
    COMMANDS = [register, register2, register4, register3];
  }
});

// packages/cli/bin/trustlint.js
init_define_TRUSTLINT_PACKAGE();
process.stdout.on("error", (err) => {
  if (err.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw err;
});
try {
  const { main: main2 } = await Promise.resolve().then(() => (init_main(), main_exports));
  process.exitCode = await main2(process.argv.slice(2));
} catch (err) {
  process.stderr.write(`trustlint: internal error: ${err instanceof Error ? err.message : String(err)}
`);
  if (process.env.TRUSTLINT_DEBUG === "1" && err instanceof Error && err.stack) process.stderr.write(`${err.stack}
`);
  process.exitCode = 2;
}
