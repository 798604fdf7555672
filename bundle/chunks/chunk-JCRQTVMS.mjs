import { createRequire as __trustlintCreateRequire } from 'node:module'; const require = __trustlintCreateRequire(import.meta.url);
import {
  CliError,
  configSchema,
  errorMessage,
  findingFingerprints,
  planMechanicalFixes,
  sanitizeOutput,
  sanitizeSource,
  sanitizeValue,
  toReportFinding
} from "./chunk-IBXWRIQW.mjs";
import {
  CATALOG,
  KIND_TOKEN_MAX_LENGTH,
  MAX_FILE_BYTES,
  PROJECT_URL,
  analyzeFiles,
  closestName,
  detectKind,
  findJsonSyntaxError,
  isInputName,
  isRuleId,
  lineStarts,
  mayHaveKind,
  planFixes,
  positionAt,
  redactSecrets,
  ruleDocsUrl,
  rulePrecision,
  runPolicyRules,
  securitySeverity,
  sizeMessage
} from "./chunk-5NIPEJ5H.mjs";
import {
  __commonJS,
  __require,
  __toESM,
  init_define_TRUSTLINT_PACKAGE
} from "./chunk-DAIUEL45.mjs";

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
        const distance = editDistance(word, candidate);
        const length = Math.max(word.length, candidate.length);
        const similarity = (length - distance) / length;
        if (similarity > minSimilarity) {
          if (distance < bestDistance) {
            bestDistance = distance;
            similar = [candidate];
          } else if (distance === bestDistance) {
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
          getOutHasColors: () => useColor2() ?? (process2.stdout.isTTY && process2.stdout.hasColors?.()),
          getErrHasColors: () => useColor2() ?? (process2.stderr.isTTY && process2.stderr.hasColors?.()),
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
        names.trim().split(/ +/).forEach((detail2) => {
          this.argument(detail2);
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
    function useColor2() {
      if (process2.env.NO_COLOR || process2.env.FORCE_COLOR === "0" || process2.env.FORCE_COLOR === "false")
        return false;
      if (process2.env.FORCE_COLOR || process2.env.CLICOLOR_FORCE !== void 0)
        return true;
      return void 0;
    }
    exports.Command = Command2;
    exports.useColor = useColor2;
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

// node_modules/.pnpm/commander@14.0.3/node_modules/commander/esm.mjs
init_define_TRUSTLINT_PACKAGE();
var import_index = __toESM(require_commander(), 1);
var {
  program,
  createCommand,
  createArgument,
  createOption,
  CommanderError,
  InvalidArgumentError,
  InvalidOptionArgumentError,
  // deprecated old name
  Command,
  Argument,
  Option,
  Help
} = import_index.default;

// packages/cli/dist/options.js
init_define_TRUSTLINT_PACKAGE();
import { resolve } from "node:path";
function parseGitHubOptions(raw) {
  const options = { github: raw.github === true };
  if (raw.githubApi !== void 0) {
    let url;
    try {
      url = new URL(raw.githubApi);
    } catch {
      url = void 0;
    }
    const loopback = url !== void 0 && /^(127\.\d+\.\d+\.\d+|localhost|\[::1\])$/.test(url.hostname);
    if (!url || !(url.protocol === "https:" || url.protocol === "http:" && loopback) || url.search !== "" || url.hash !== "" || url.username !== "" || url.password !== "") {
      throw new CliError(`--github-api expects an https URL such as https://github.example.com/api/v3 (http only to a loopback address), got '${raw.githubApi}'`);
    }
    if (!options.github)
      throw new CliError("--github-api needs --github");
    options.apiUrl = url.href.replace(/\/+$/, "");
  }
  return options;
}
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
  const varFiles = (raw.varFile ?? []).map((f) => resolve(cwd, f));
  return {
    vars: (raw.var ?? []).map((v) => parseAssignment("--var", v)),
    varFiles,
    parameters: (raw.parameter ?? []).map((p) => parseAssignment("--parameter", p))
  };
}
var REGION = /^[a-z]{2}(-[a-z]+)+-\d{1,2}$/;
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
  if (raw.timeout !== void 0)
    options.timeoutMs = parseTimeout(raw.timeout);
  return options;
}
function parseTimeout(raw) {
  const text = raw.trim();
  const seconds = /^\d+(\.\d{1,3})?$/.test(text) ? Number(text) : NaN;
  if (!(seconds > 0 && seconds <= 86400))
    throw new CliError(`--timeout expects a number of seconds between 0.001 and 86400, got '${raw}'`);
  return Math.round(seconds * 1e3);
}
var CONFIG_FROM_BASE_HELP = "read the configuration and .gitignore files from this commit (the pull request base), not the working tree";
function configChoice(flags) {
  return {
    ...flags.config !== void 0 ? { configFile: flags.config } : {},
    ...flags.configFromBase !== void 0 ? { configFromBase: flags.configFromBase } : {}
  };
}

// packages/cli/dist/reporters/types.js
init_define_TRUSTLINT_PACKAGE();
import { resolve as resolve2 } from "node:path";

// packages/cli/dist/paths.js
init_define_TRUSTLINT_PACKAGE();
import { existsSync, realpathSync } from "node:fs";
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
function realPathOf(path) {
  try {
    return realpathSync.native(path);
  } catch {
    return path;
  }
}
function scanRootOf(absolutePath, isDir) {
  const folder = isDir ? absolutePath : dirname(absolutePath);
  const gitRoot = findGitRoot(folder);
  return gitRoot !== null ? { root: realPathOf(gitRoot), inRepository: true } : { root: realPathOf(folder), inRepository: false };
}

// packages/cli/dist/reporters/types.js
function computeFingerprints(findings, where) {
  const root = where.gitRoot ?? where.cwd;
  const prints = findingFingerprints(findings, {
    fileKey: (file) => relativePosix(root, resolve2(where.cwd, file)),
    ...where.sources ? { texts: where.sources } : {}
  });
  return new Map(findings.map((f, i) => [f, prints[i] ?? ""]));
}
function fingerprintsOf(input) {
  return input.fingerprints ?? computeFingerprints(input.findings, input);
}
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
function filesSummary(input) {
  if (input.unrecognised === void 0)
    return void 0;
  const analysed = `${input.files} file${input.files === 1 ? "" : "s"} analysed`;
  return input.unrecognised.length > 0 ? `${analysed}, ${input.unrecognised.length} of no recognised kind` : analysed;
}

// packages/cli/dist/reporters/github.js
init_define_TRUSTLINT_PACKAGE();
import { isAbsolute as isAbsolute2, resolve as resolve3 } from "node:path";
var COMMAND = { error: "error", warning: "warning", info: "notice" };
function formatGithub(input) {
  const base = input.workspace ?? input.gitRoot ?? input.cwd;
  const annotations = input.findings.map((f) => `${annotation(f, input.cwd, base)}
`).join("");
  const files = filesSummary(input);
  return files === void 0 ? annotations : `${annotations}trustlint: ${files}
`;
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
  const absolute = resolve3(cwd, file);
  return isInside(base, absolute) ? relativePosix(base, absolute) : toPosix(isAbsolute2(file) ? file : absolute);
}
function escapeData(s) {
  return s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(s) {
  return escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
}

// packages/cli/dist/report-options.js
init_define_TRUSTLINT_PACKAGE();

// packages/cli/dist/reporters/index.js
init_define_TRUSTLINT_PACKAGE();

// packages/cli/dist/reporters/json.js
init_define_TRUSTLINT_PACKAGE();
function formatJson(input) {
  const counts = countSeverities(input.findings);
  const fingerprints = fingerprintsOf(input);
  const report = {
    version: 1,
    tool: { name: "trustlint", version: input.toolVersion },
    findings: input.findings.map((f) => toReportFinding(f, fingerprints.get(f))),
    summary: {
      files: input.files,
      ...input.unrecognised !== void 0 ? { unrecognised: input.unrecognised.length } : {},
      ...counts,
      suppressed: input.suppressed
    },
    ...input.scanSummary ? { organization: input.scanSummary.json } : {},
    ...input.known ? { baseline: { from: input.known.from, matched: input.known.matched, fixed: input.known.fixed } } : {}
  };
  return `${JSON.stringify(report, null, 2)}
`;
}

// packages/cli/dist/reporters/sanitize.js
init_define_TRUSTLINT_PACKAGE();
function sanitizeReportInput(input, mode) {
  const findings = input.findings.map((f) => sanitizeValue(f, mode));
  const original = fingerprintsOf(input);
  const fingerprints = new Map(findings.flatMap((f, i) => {
    const source = input.findings[i];
    const print = source ? original.get(source) : void 0;
    return print === void 0 ? [] : [[f, print]];
  }));
  const sources = /* @__PURE__ */ new Map();
  input.findings.forEach((f, i) => {
    const file = f.location?.file;
    const text = file !== void 0 ? input.sources?.get(file) : void 0;
    const safeFile = findings[i]?.location?.file;
    if (text !== void 0 && safeFile !== void 0 && !sources.has(safeFile))
      sources.set(safeFile, sanitizeSource(text, mode));
  });
  return { ...input, findings, sources, fingerprints, ...input.known ? { known: sanitizeValue(input.known, mode) } : {} };
}
function sanitizedReporter(format, mode) {
  return (input) => sanitizeOutput(format(sanitizeReportInput(input, mode)));
}

// packages/cli/dist/reporters/sarif.js
init_define_TRUSTLINT_PACKAGE();
import { resolve as resolve4 } from "node:path";
import { pathToFileURL } from "node:url";
var SRCROOT = "%SRCROOT%";
var LEVEL = { error: "error", warning: "warning", info: "note" };
function formatSarif(input) {
  return `${JSON.stringify(sarifLog(input), null, 2)}
`;
}
function sarifLog(input) {
  const catalog = input.rules ?? CATALOG;
  const root = input.gitRoot ?? input.cwd;
  const ruleIndex = new Map(catalog.map((r, i) => [r.id, i]));
  const fingerprints = fingerprintsOf(input);
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
            informationUri: PROJECT_URL,
            rules: catalog.map((r) => sarifRule(r, input))
          }
        },
        originalUriBaseIds: { [SRCROOT]: { uri: directoryUri(root) } },
        columnKind: "utf16CodeUnits",
        results: input.findings.map((f) => sarifResult(f, input.cwd, root, ruleIndex, fingerprints.get(f) ?? "")),
        // What the run covered: zero files analysed must be as visible here as in the other formats.
        ...input.unrecognised !== void 0 ? { properties: { files: input.files, unrecognised: input.unrecognised.length } } : {}
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
    helpUri: ruleDocsUrl(rule.id),
    help: markdown !== void 0 ? { text: markdownToText(markdown), markdown } : { text: rule.description },
    // GitHub code scanning ranks security alerts by security-severity and shows the precision.
    properties: { tags: ["security", rule.category], "security-severity": securitySeverity(rule), precision: rulePrecision(rule) }
  };
  return descriptor;
}
function sarifResult(f, cwd, root, ruleIndex, fingerprint) {
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
  result.partialFingerprints = { "trustlint/v1": fingerprint };
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
  const absolute = resolve4(cwd, file);
  if (!isInside(root, absolute))
    return { uri: pathToFileURL(absolute).href };
  const uri = relativePosix(root, absolute).split("/").map(encodeURIComponent).join("/");
  return { uri, uriBaseId: SRCROOT };
}
function directoryUri(dir) {
  const href = pathToFileURL(dir).href;
  return href.endsWith("/") ? href : `${href}/`;
}
function pascalCase(id) {
  return id.split("-").map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join("");
}
function markdownToText(markdown) {
  return markdown.replace(/^---\n[\s\S]*?\n---\n/, "").split("\n").filter((line) => !/^\s*(```|~~~)/.test(line)).map((line) => line.replace(/^#{1,6}\s+/, "").replace(/\[([^\]]+)\]\(([^)]+)\)/g, "$1 ($2)").replace(/`([^`]*)`/g, "$1").replace(/\*\*([^*]+)\*\*/g, "$1")).join("\n").trim();
}

// packages/cli/dist/reporters/stylish.js
init_define_TRUSTLINT_PACKAGE();
var import_picocolors = __toESM(require_picocolors(), 1);

// packages/cli/dist/reporters/code-frame.js
init_define_TRUSTLINT_PACKAGE();
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

// packages/cli/dist/reporters/stylish.js
function formatStylish(input) {
  const c = import_picocolors.default.createColors(input.color ?? false);
  const out = [];
  for (const [heading, findings] of groupByFile(input.findings)) {
    out.push(c.underline(heading));
    const positions = findings.map(position);
    const posWidth = positions.reduce((w, p) => Math.max(w, p.length), -Infinity);
    const sevWidth = findings.reduce((w, f) => Math.max(w, f.severity.length), -Infinity);
    findings.forEach((f, i) => {
      const pos = (positions[i] ?? "").padEnd(posWidth);
      const severity = colorSeverity(c, f.severity, f.severity.padEnd(sevWidth));
      out.push(`  ${c.dim(pos)}  ${severity}  ${f.message}  ${c.dim(f.ruleId)}`);
      for (const line of details(f, input, c))
        out.push(`      ${line}`);
    });
    out.push("");
  }
  out.push(summary(input, c));
  const files = filesSummary(input);
  if (files !== void 0)
    out.push(input.files === 0 ? c.yellow(files) : c.dim(files));
  for (const line of input.scanSummary?.text ?? [])
    out.push(c.dim(line));
  if (input.verbose && input.unrecognised && input.unrecognised.length > 0) {
    out.push(c.dim("not analysed, no recognised kind:"));
    for (const f of input.unrecognised)
      out.push(c.dim(`  ${f}`));
  }
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
    const gutterWidth = frame.reduce((w, l) => Math.max(w, l.gutter.length), -Infinity);
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

// packages/cli/dist/reporters/index.js
var FORMATS = ["stylish", "json", "sarif", "github"];
var formatStylish2 = sanitizedReporter(formatStylish, "terminal");
var formatGithub2 = sanitizedReporter(formatGithub, "terminal");
var formatJson2 = sanitizedReporter(formatJson, "data");
var formatSarif2 = sanitizedReporter(formatSarif, "data");
var REPORTERS = {
  stylish: formatStylish2,
  json: formatJson2,
  sarif: formatSarif2,
  github: formatGithub2
};

// packages/cli/dist/report-options.js
function addReportOptions(command) {
  return command.addOption(new Option("-f, --format <format>", "output format").choices(FORMATS).default("stylish")).option("-o, --output <file>", "write the report to FILE").option("--output-file <file>", "the same as --output (ESLint's name)").option("--color", "colour the stylish output even when it is not a terminal").option("--no-color", "never colour the output (also NO_COLOR=1)").option("--config <file>", "configuration file (else trustlint.config.json or .trustlintrc.json is looked up)").option("--config-from-base <ref>", CONFIG_FROM_BASE_HELP).option("--max-warnings <n>", "exit 1 when there are more than N warnings").option("--quiet", "report errors only").option("--rule <id=severity>", "set a rule to error, warning, info or off, over the configuration (repeatable)", collect).option("--skip-rule <id>", "turn a rule off, over the configuration (repeatable)", collect);
}
var SETTINGS = ["error", "warning", "info", "off"];
function parseReportOptions(flags) {
  const options = { format: flags.format, quiet: flags.quiet === true, ruleSettings: parseRuleSettings(flags) };
  if (flags.output !== void 0 && flags.outputFile !== void 0 && flags.output !== flags.outputFile) {
    throw new CliError("--output and --output-file name the same option: give one");
  }
  const output = flags.output ?? flags.outputFile;
  if (output !== void 0)
    options.output = output;
  if (flags.color !== void 0)
    options.color = flags.color;
  if (flags.config !== void 0)
    options.configFile = flags.config;
  if (flags.configFromBase !== void 0)
    options.configFromBase = flags.configFromBase;
  const maxWarnings = parseMaxWarnings(flags.maxWarnings);
  if (maxWarnings !== void 0)
    options.maxWarnings = maxWarnings;
  return options;
}
function parseRuleSettings(flags) {
  const settings = {};
  for (const raw of flags.rule ?? []) {
    const [id, value] = parseAssignment("--rule", raw);
    knownRule("--rule", id);
    const setting = value.trim();
    if (!SETTINGS.includes(setting))
      throw new CliError(`--rule ${id}: expected one of ${SETTINGS.join(", ")}, got '${value}'`);
    settings[id] = setting;
  }
  for (const id of flags.skipRule ?? []) {
    knownRule("--skip-rule", id.trim());
    settings[id.trim()] = "off";
  }
  return settings;
}
function knownRule(flag, id) {
  if (isRuleId(id))
    return;
  const guess = closestName(id, CATALOG.map((r) => r.id));
  throw new CliError(`${flag}: unknown rule id '${id}'${guess ? ` (did you mean '${guess}'?)` : ""}; \`trustlint rules\` lists them`);
}
function withRuleSettings(config, settings) {
  if (Object.keys(settings).length === 0)
    return config;
  return { ...config, rules: { ...config.rules, ...settings } };
}
function useColor(flag, io, toFile) {
  if (flag !== void 0)
    return flag;
  if (toFile)
    return false;
  const force = io.env.FORCE_COLOR;
  if (force !== void 0)
    return force !== "0" && force.toLowerCase() !== "false";
  if (io.env.NO_COLOR !== void 0 && io.env.NO_COLOR !== "")
    return false;
  return io.isTTY && io.env.TERM !== "dumb";
}

// packages/cli/dist/config.js
init_define_TRUSTLINT_PACKAGE();
import { existsSync as existsSync2 } from "node:fs";
import { dirname as dirname2, join as join4, resolve as resolve6 } from "node:path";

// packages/cli/dist/git-base.js
init_define_TRUSTLINT_PACKAGE();
import { join as join2, posix } from "node:path";
var execFileSync = ((...args) => process.getBuiltinModule("node:child_process").execFileSync(...args));
var MAX_TREE_LISTING_BYTES = 64 * 1024 * 1024;
var MAX_GITIGNORE_TOTAL_BYTES = 16 * 1024 * 1024;
var MAX_GITIGNORE_BYTES = 1024 * 1024;
var GIT_ENV = { GIT_NO_LAZY_FETCH: "1", GIT_TERMINAL_PROMPT: "0", GIT_LITERAL_PATHSPECS: "1", GIT_OPTIONAL_LOCKS: "0" };
var GIT_CONFIG = ["-c", "protocol.allow=never", "-c", "core.fsmonitor=false"];
function openBaseCommit(ref, gitRoot, env) {
  const commit = resolveCommit("--config-from-base", ref, gitRoot, env);
  return { ref, commit, gitRoot };
}
function resolveCommit(flag, ref, gitRoot, env) {
  if (gitRoot === null)
    throw new CliError(`${flag} needs a git repository: the working directory is in none`);
  if (ref.trim() === "" || ref.startsWith("-"))
    throw new CliError(`${flag} expects a commit, branch or tag, got '${ref}'`);
  let commit;
  try {
    commit = git(gitRoot, env, ["rev-parse", "--verify", "--quiet", "--end-of-options", `${ref}^{commit}`], 4096).toString("utf8").trim();
  } catch (err) {
    throw new CliError(`${flag}: ${ref} is not a commit of this repository${detail(err)} (in CI, fetch it first: actions/checkout with fetch-depth: 0, or git fetch origin <base sha>)`);
  }
  if (!/^[0-9a-f]{40,64}$/.test(commit))
    throw new CliError(`${flag}: git answered no commit for ${ref}`);
  return commit;
}
function listCommitTree(flag, ref, gitRoot, commit, env) {
  try {
    return parseEntries(git(gitRoot, env, ["ls-tree", "-r", "-l", "-z", "--full-tree", commit], MAX_TREE_LISTING_BYTES));
  } catch (err) {
    throw new CliError(`${flag}: cannot list ${ref}${detail(err)}`);
  }
}
function readBaseFile(base, absolutePath, maxBytes, env) {
  const path = repositoryPath(base, absolutePath);
  const [entry] = listEntries(base, env, [path]);
  if (!entry)
    return void 0;
  const shown = `${base.ref}:${path}`;
  if (entry.mode === "120000")
    throw new CliError(`${shown}: a symbolic link in the base commit: not read`);
  if (entry.type !== "blob")
    throw new CliError(`${shown}: not a file in the base commit`);
  if (entry.size > maxBytes)
    throw new CliError(`${shown}: larger than the ${maxBytes} byte cap: not read`);
  return decodeUtf8(blob(base, env, entry.object, maxBytes), shown);
}
function presentInBase(base, absolutePaths, env) {
  const byPath = new Map(absolutePaths.map((p) => [repositoryPath(base, p), p]));
  const present = /* @__PURE__ */ new Set();
  for (const entry of listEntries(base, env, [...byPath.keys()])) {
    const absolute = byPath.get(entry.path);
    if (absolute !== void 0)
      present.add(absolute);
  }
  return present;
}
function baseGitignores(base, env) {
  const entries = listCommitTree("--config-from-base", base.ref, base.gitRoot, base.commit, env).filter((e) => posix.basename(e.path) === ".gitignore" && e.type === "blob" && e.mode !== "120000");
  const texts = /* @__PURE__ */ new Map();
  let total = 0;
  for (const entry of entries) {
    const shown = `${base.ref}:${entry.path}`;
    if (entry.size > MAX_GITIGNORE_BYTES)
      throw new CliError(`${shown}: larger than the ${MAX_GITIGNORE_BYTES} byte cap: not read`);
    total += entry.size;
    if (total > MAX_GITIGNORE_TOTAL_BYTES)
      throw new CliError(`--config-from-base: the .gitignore files of ${base.ref} exceed ${MAX_GITIGNORE_TOTAL_BYTES} bytes in all`);
    texts.set(join2(base.gitRoot, posix.dirname(entry.path)), decodeUtf8(blob(base, env, entry.object, entry.size), shown));
  }
  return texts;
}
function repositoryPath(base, absolutePath) {
  if (!isInside(base.gitRoot, absolutePath))
    throw new CliError(`--config-from-base: ${absolutePath} is outside the repository`);
  return relativePosix(base.gitRoot, absolutePath);
}
function listEntries(base, env, paths) {
  if (paths.length === 0)
    return [];
  try {
    return parseEntries(git(base.gitRoot, env, ["ls-tree", "-l", "-z", "--full-tree", base.commit, "--", ...paths], 1024 * 1024));
  } catch (err) {
    throw new CliError(`--config-from-base: cannot list ${base.ref}${detail(err)}`);
  }
}
function blob(base, env, object, maxBytes) {
  try {
    return git(base.gitRoot, env, ["cat-file", "blob", object], maxBytes + 1);
  } catch (err) {
    throw new CliError(`--config-from-base: cannot read ${object} of ${base.ref}${detail(err)}`);
  }
}
function parseEntries(listing) {
  const entries = [];
  for (const record of listing.toString("utf8").split("\0")) {
    const m = /^(\d+) (\w+) ([0-9a-f]+) +(\d+|-)\t([\s\S]+)$/.exec(record);
    if (!m?.[1] || !m[2] || !m[3] || !m[4] || m[5] === void 0)
      continue;
    entries.push({ mode: m[1], type: m[2], object: m[3], size: m[4] === "-" ? 0 : Number(m[4]), path: m[5] });
  }
  return entries;
}
var UTF8 = new TextDecoder("utf-8", { fatal: true });
function decodeUtf8(bytes, shown) {
  try {
    return UTF8.decode(bytes);
  } catch {
    throw new CliError(`${shown}: not valid UTF-8`);
  }
}
function git(cwd, env, args, maxBuffer, options = {}) {
  return execFileSync("git", [...GIT_CONFIG, ...args], {
    cwd,
    env: { ...env, ...GIT_ENV },
    maxBuffer,
    ...options.input === void 0 ? {} : { input: options.input },
    stdio: [options.input === void 0 ? "ignore" : "pipe", "pipe", "pipe"],
    // A bound on a stuck git (a lock, a hook).
    timeout: options.timeoutMs ?? 6e4,
    windowsHide: true
  });
}
function detail(err) {
  const stderr = err.stderr;
  const line = Buffer.isBuffer(stderr) ? stderr.toString("utf8").trim().split("\n")[0] : void 0;
  if (err.code === "ENOENT")
    return ": git is not on PATH";
  return line ? `: ${line}` : err.status === 1 ? "" : `: ${errorMessage(err)}`;
}

// packages/cli/dist/git-remote.js
init_define_TRUSTLINT_PACKAGE();
import { statSync } from "node:fs";
import { join as join3, resolve as resolve5 } from "node:path";

// packages/cli/dist/read-file.js
init_define_TRUSTLINT_PACKAGE();
import { closeSync, constants, fstatSync, openSync, readSync, realpathSync as realpathSync2, statfsSync } from "node:fs";
var OPEN_FLAGS = constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOFOLLOW;
var CHUNK_BYTES = 64 * 1024;
var UTF82 = new TextDecoder("utf-8", { fatal: true });
function readBoundedText(absolutePath, options) {
  const opened = openContained(absolutePath, options);
  if (!opened.ok)
    return opened;
  const { fd, realPath } = opened;
  let bytes;
  try {
    const stats = fstatSync(fd);
    const refused = refusal(stats, realPath, options.maxBytes);
    if (refused)
      return refused;
    bytes = options.readBytes ? options.readBytes(absolutePath) : readAtMost(fd, options.maxBytes + 1, stats.size);
  } catch (err) {
    return { ok: false, problem: "unreadable", message: `cannot read the file: ${errorMessage(err)}`, realPath };
  } finally {
    closeSync(fd);
  }
  if (bytes.length > options.maxBytes)
    return tooLarge(bytes.length, options.maxBytes, realPath);
  try {
    return { ok: true, text: UTF82.decode(bytes), realPath };
  } catch {
    return { ok: false, problem: "not-utf8", message: "the file is not valid UTF-8: it was not analysed", realPath, bytes };
  }
}
function anyChunk(realPath, test, options) {
  let fd;
  try {
    fd = openSync(realPath, OPEN_FLAGS);
  } catch {
    return void 0;
  }
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile() || stats.size > options.maxBytes)
      return void 0;
    const decoder = new TextDecoder("utf-8");
    const buffer = Buffer.alloc(CHUNK_BYTES);
    let carry = "";
    for (let total = 0; total <= options.maxBytes; ) {
      const n = readSync(fd, buffer, 0, CHUNK_BYTES, null);
      if (n === 0)
        return test(carry + decoder.decode());
      total += n;
      const text = carry + decoder.decode(buffer.subarray(0, n), { stream: true });
      if (test(text))
        return true;
      carry = text.slice(-options.overlap);
    }
    return void 0;
  } catch {
    return void 0;
  } finally {
    closeSync(fd);
  }
}
function tooLarge(bytes, cap, realPath) {
  return { ok: false, problem: "too-large", message: sizeMessage(bytes, cap), size: bytes, realPath };
}
function openContained(absolutePath, options) {
  let realPath = options.realPath;
  if (realPath === void 0) {
    try {
      realPath = realpathSync2.native(absolutePath);
    } catch (err) {
      return failedLookup(err);
    }
  }
  if (options.root !== void 0 && !isInside(options.root, realPath)) {
    return { ok: false, problem: "outside", message: "a symbolic link that leads out of the scanned tree (the repository root): it was not read" };
  }
  try {
    return { ok: true, fd: openSync(realPath, OPEN_FLAGS), realPath };
  } catch (err) {
    return failedLookup(err);
  }
}
function failedLookup(err) {
  const code = err.code;
  if (code === "ENOENT" || code === "ENOTDIR")
    return { ok: false, problem: "missing", message: "no such file" };
  if (code === "ELOOP")
    return { ok: false, problem: "loop", message: "symbolic link loop: the link was not followed" };
  return { ok: false, problem: "unreadable", message: `cannot read the file: ${errorMessage(err)}` };
}
function refusal(stats, realPath, maxBytes) {
  if (!stats.isFile()) {
    return { ok: false, problem: "not-regular", message: "not a regular file (a folder, FIFO, socket or device): it was not read", realPath };
  }
  if (isPseudoFileSystem(stats.dev, realPath)) {
    return { ok: false, problem: "pseudo-file", message: "a file of a kernel pseudo-filesystem (/proc, /sys): it was not read", realPath };
  }
  if (stats.size > maxBytes)
    return tooLarge(stats.size, maxBytes, realPath);
  return void 0;
}
var PSEUDO_FILESYSTEMS = /* @__PURE__ */ new Set([
  40864,
  1650812274,
  1684170528,
  1953653091,
  1935894131,
  2613483,
  1667723888,
  1650812272,
  3730735588,
  3405662737
]);
var pseudoByDevice = /* @__PURE__ */ new Map();
function isPseudoFileSystem(device, realPath) {
  let known = pseudoByDevice.get(device);
  if (known === void 0) {
    try {
      known = PSEUDO_FILESYSTEMS.has(statfsSync(realPath).type);
    } catch {
      known = false;
    }
    pseudoByDevice.set(device, known);
  }
  return known;
}
function readAtMost(fd, limit, sizeHint) {
  let buffer = Buffer.alloc(Math.min(limit, Math.max(sizeHint + 1, CHUNK_BYTES)));
  let length = 0;
  while (length < limit) {
    if (length === buffer.length) {
      const grown = Buffer.alloc(Math.min(limit, buffer.length * 2));
      buffer.copy(grown, 0, 0, length);
      buffer = grown;
    }
    const n = readSync(fd, buffer, length, buffer.length - length, null);
    if (n === 0)
      break;
    length += n;
  }
  return buffer.subarray(0, length);
}
function readNamedFile(absolutePath, options) {
  const scan = scanRootOf(absolutePath, false);
  return readBoundedText(absolutePath, scan.inRepository ? { ...options, root: scan.root } : options);
}

// packages/cli/dist/git-remote.js
function originRepository(gitRoot) {
  if (gitRoot === null)
    return null;
  const config = gitConfigText(gitRoot);
  if (config === null)
    return null;
  const url = originUrl(config);
  return url === null ? null : repositoryFromUrl(url);
}
var MAX_GIT_FILE_BYTES = 1024 * 1024;
function gitConfigText(gitRoot) {
  const dotGit = join3(gitRoot, ".git");
  let dir = dotGit;
  try {
    if (statSync(dotGit).isFile()) {
      const pointer = readGitFile(dotGit, realPathOf(gitRoot));
      const m = pointer === null ? null : /^gitdir:\s*(.+)$/m.exec(pointer);
      if (!m?.[1])
        return null;
      dir = resolve5(gitRoot, m[1].trim());
      const common = readGitFile(join3(dir, "commondir"), realPathOf(dir));
      if (common !== null)
        dir = resolve5(dir, common.trim());
    }
  } catch {
    return null;
  }
  return readGitFile(join3(dir, "config"), realPathOf(dir));
}
function readGitFile(path, root) {
  const result = readBoundedText(path, { maxBytes: MAX_GIT_FILE_BYTES, root });
  return result.ok ? result.text : null;
}
function originUrl(config) {
  let inOrigin = false;
  for (const raw of config.split(/\r?\n/)) {
    const line = raw.trim();
    const section = /^\[(.+)\]$/.exec(line);
    if (section?.[1] !== void 0) {
      inOrigin = /^remote\s+"origin"$/.test(section[1].trim());
      continue;
    }
    const url = inOrigin ? /^url\s*=\s*(.+)$/.exec(line) : null;
    if (url?.[1] !== void 0)
      return url[1].trim();
  }
  return null;
}
function repositoryFromUrl(url) {
  const m = /^(?:[a-z+]+:\/\/(?:[^@/]+@)?[^/]+\/|[^@\s]+@[^:\s]+:)([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+?)(?:\.git)?\/?$/.exec(url.trim());
  return m?.[1] !== void 0 && m[2] !== void 0 ? `${m[1]}/${m[2]}` : null;
}

// packages/cli/dist/ignore-rules.js
init_define_TRUSTLINT_PACKAGE();
import { relative as relative2 } from "node:path";
var factory;
async function loadIgnore() {
  factory ??= (await import("./ignore-ROGLEJDA.mjs")).default;
  return factory;
}
function ignoreLayer(ignore, patterns, base) {
  return { base, matcher: ignore({ ignorecase: false }).add(patterns) };
}
function ignoreVerdict(layers, absolutePath, isDir) {
  for (let i = layers.length - 1; i >= 0; i--) {
    const layer = layers[i];
    if (!layer)
      continue;
    const rel = toPosix(relative2(layer.base, absolutePath));
    if (rel === "" || rel === ".." || rel.startsWith("../") || /^[a-zA-Z]:|^\//.test(rel))
      continue;
    const result = layer.matcher.test(isDir ? `${rel}/` : rel);
    if (result.ignored)
      return true;
    if (result.unignored)
      return false;
  }
  return void 0;
}

// packages/cli/dist/config.js
var CONFIG_FILE_NAMES = ["trustlint.config.json", ".trustlintrc.json"];
var MAX_CONFIG_BYTES = 1024 * 1024;
async function loadConfig(options) {
  const found = options.base ? configFromBase(options, options.base) : configFromWorkingTree(options);
  if (found === null)
    return { config: {}, file: null, dir: options.cwd };
  let { text } = found;
  if (text.charCodeAt(0) === 65279)
    text = text.slice(1);
  const data = parseJson(text, found.shown);
  const validate = await configValidator();
  if (!validate(data)) {
    const lines = (validate.errors ?? []).map((e) => `${found.shown}: ${describeSchemaError(e)}`);
    throw new CliError(lines.join("\n"));
  }
  return { config: data, file: found.file, dir: dirname2(found.file) };
}
function configFromWorkingTree(options) {
  const named = options.configFile !== void 0;
  const file = named ? resolve6(options.cwd, options.configFile ?? "") : findConfigFile(options);
  if (file === null)
    return null;
  const shown = relativePosix(options.cwd, file);
  const readOptions = { maxBytes: MAX_CONFIG_BYTES, ...options.readFile ? { readBytes: options.readFile } : {} };
  const result = named ? readNamedFile(file, readOptions) : readBoundedText(file, { ...readOptions, root: realPathOf(options.gitRoot ?? dirname2(file)) });
  if (!result.ok)
    throw new CliError(result.problem === "missing" ? `no such file: ${shown}` : `${shown}: ${result.message}`);
  return { file, shown, text: result.text };
}
function configFromBase(options, base) {
  const env = options.env ?? {};
  const shownIn = (file) => `${base.ref}:${relativePosix(base.gitRoot, file)}`;
  if (options.configFile !== void 0) {
    const file = resolve6(options.cwd, options.configFile);
    const text = readBaseFile(base, file, MAX_CONFIG_BYTES, env);
    if (text === void 0)
      throw new CliError(`no such file in ${base.ref}: ${relativePosix(base.gitRoot, file)}`);
    return { file, shown: shownIn(file), text };
  }
  const folders = [];
  for (let dir = options.cwd; isInside(base.gitRoot, dir); dir = dirname2(dir)) {
    folders.push(dir);
    if (dir === base.gitRoot)
      break;
  }
  const candidates = folders.flatMap((dir) => CONFIG_FILE_NAMES.map((name) => join4(dir, name)));
  const present = presentInBase(base, candidates, env);
  for (const dir of folders) {
    const found = CONFIG_FILE_NAMES.map((name) => join4(dir, name)).filter((p) => present.has(p));
    if (found.length > 1)
      throw new CliError(`two configuration files in ${base.ref}:${relativePosix(base.gitRoot, dir)}: ${CONFIG_FILE_NAMES.join(" and ")}; keep one`);
    const file = found[0];
    if (file === void 0)
      continue;
    return { file, shown: shownIn(file), text: readBaseFile(base, file, MAX_CONFIG_BYTES, env) ?? "" };
  }
  return null;
}
function findConfigFile(options) {
  let dir = options.cwd;
  for (; ; ) {
    const found = CONFIG_FILE_NAMES.map((name) => join4(dir, name)).filter((p) => existsSync2(p));
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
async function ignoreMatcher(loaded) {
  const globs = loaded.config.ignore ?? [];
  if (globs.length === 0)
    return void 0;
  const layers = [ignoreLayer(await loadIgnore(), globs, loaded.dir)];
  return (absolutePath, isDir) => ignoreVerdict(layers, absolutePath, isDir) === true;
}
function configForCore(loaded, cwd, gitRoot = null) {
  const { ignoreFindings } = loaded.config;
  const origin = originRepository(gitRoot);
  const base = origin !== null ? { ...loaded.config, repository: origin } : loaded.config;
  if (!ignoreFindings || loaded.dir === cwd)
    return base;
  return {
    ...base,
    ignoreFindings: ignoreFindings.map((i) => ({ ...i, file: relativePosix(cwd, resolve6(loaded.dir, i.file)) }))
  };
}
function parseJson(text, shown) {
  try {
    return JSON.parse(text);
  } catch (err) {
    const problem = findJsonSyntaxError(text);
    if (!problem)
      throw new CliError(`${shown}: invalid JSON: ${errorMessage(err)}`);
    const { line, column } = positionAt(lineStarts(text), problem.offset);
    throw new CliError(`${shown}:${line}:${column + 1}: invalid JSON: ${problem.message}`);
  }
}
var validator;
async function configValidator() {
  if (validator)
    return validator;
  const { Ajv } = (await import("./ajv-EGIVALJK.mjs")).default;
  validator = new Ajv({ allErrors: true, strict: false }).compile(configSchema());
  return validator;
}
function describeSchemaError(error) {
  const params = error.params;
  let path = error.instancePath.split("/").map((segment) => escapePointer(redactSecrets(segment.replace(/~1/g, "/").replace(/~0/g, "~")))).join("/");
  if (error.keyword === "additionalProperties" && typeof params.additionalProperty === "string") {
    path += `/${escapePointer(redactSecrets(params.additionalProperty))}`;
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

// packages/cli/dist/analysis.js
init_define_TRUSTLINT_PACKAGE();
import { resolve as resolve8 } from "node:path";

// packages/cli/dist/discover.js
init_define_TRUSTLINT_PACKAGE();
import { existsSync as existsSync3, opendirSync, realpathSync as realpathSync3, statSync as statSync2 } from "node:fs";
import { basename, dirname as dirname3, join as join5, resolve as resolve7 } from "node:path";
async function loadGlob(paths, cwd) {
  if (!paths.some((p) => isGlob(p) && !existsSync3(resolve7(cwd, p))))
    return void 0;
  const { globSync } = await import("./dist-7GZG3VA7.mjs");
  return (pattern, options) => globSync(pattern, options);
}
function isGlob(p) {
  return /[*?[\]{}]/.test(p);
}
var MAX_DISCOVERY_ENTRIES = 1e6;
var MAX_GITIGNORE_BYTES2 = 1024 * 1024;
var MAX_KIND_SCAN_BYTES = 64 * 1024 * 1024;
var SKIPPED_DIRS = /* @__PURE__ */ new Set(["node_modules", ".git", ".terraform"]);
var INSTALLED_MODULE_FILE = /\.(tf|tf\.json|json|tpl|tftpl)$/;
var ALWAYS_WALKED_DIRS = /* @__PURE__ */ new Set(["cdk.out"]);
var COMPANION_NAME = /\.(tf|tf\.json|tfvars|tfvars\.json|json|tpl|tftpl)$/;
var REFERENCED_COMPANION = /\.(json|tpl|tftpl)$/;
var MODULE_FILE = /\.tf(\.json)?$/;
async function discover(paths, options) {
  const named = (paths.length > 0 ? paths : ["."]).map((p) => {
    const absolutePath = resolve7(options.cwd, p);
    if (options.stdin?.absolutePath === absolutePath)
      return { path: p, absolutePath, kind: "stdin" };
    try {
      return { path: p, absolutePath, kind: "path", stats: statSync2(absolutePath) };
    } catch {
      if (isGlob(p))
        return { path: p, absolutePath, kind: "glob" };
      if (options.allowMissing)
        return { path: p, absolutePath, kind: "missing" };
      throw new CliError(`no such file or directory: ${p}`);
    }
  });
  const walks = named.some((n) => n.kind === "glob" || n.kind === "path" && n.stats.isDirectory());
  const walker = new Walker(options, walks ? await loadIgnore() : void 0);
  for (const n of named)
    walker.addNamed(n);
  return walker.finish();
}
var Walker = class {
  options;
  ignore;
  candidates = [];
  findings = [];
  unrecognised = [];
  /** Real paths of folders already walked: a folder reached twice (symlinks) is walked once. */
  walkedDirs = /* @__PURE__ */ new Set();
  /** Real paths of the folders on the current branch of the walk, to tell a link loop from a folder seen twice. */
  branch = /* @__PURE__ */ new Set();
  entries = 0;
  stopped = false;
  named = [];
  constructor(options, ignore) {
    this.options = options;
    this.ignore = ignore;
  }
  addNamed(n) {
    const roots = [];
    let kind;
    switch (n.kind) {
      case "stdin":
        this.addPath(n.absolutePath, false, true);
        roots.push(n.absolutePath);
        kind = "file";
        break;
      case "glob":
        for (const root of this.addGlob(n.path))
          roots.push(root);
        kind = "glob";
        break;
      case "missing":
        kind = "missing";
        break;
      case "path": {
        const isDir = n.stats.isDirectory();
        this.addPath(n.absolutePath, isDir, true);
        roots.push(n.absolutePath);
        kind = isDir ? "folder" : "file";
        break;
      }
    }
    this.named.push({ path: n.path, kind, roots });
  }
  /**
   * A glob pattern (quoted, or from a tool that does not expand it): the folders it matches are walked,
   * the files it matches are read as if found by walking (a match of no recognised kind is skipped).
   * node_modules and .git are never matched, and links are held to the scan root like any named path.
   */
  addGlob(pattern) {
    const glob = this.options.globSync;
    if (!glob)
      throw new Error(`glob pattern ${pattern}: the glob matcher was not loaded (loadGlob)`);
    const matches = glob(pattern, {
      cwd: this.options.cwd,
      absolute: true,
      dot: true,
      onlyFiles: false,
      expandDirectories: false,
      followSymbolicLinks: false,
      ignore: ["**/node_modules/**", "**/.git/**"]
    }).sort(compareStrings);
    const roots = [];
    for (const match of matches) {
      if (!this.count(this.options.cwd))
        break;
      const absolutePath = resolve7(match);
      let stats;
      try {
        stats = statSync2(absolutePath);
      } catch {
        continue;
      }
      const isDir = stats.isDirectory();
      if (isDir ? this.isExcluded(absolutePath, true) : !stats.isFile() || !isInputName(absolutePath))
        continue;
      this.addPath(absolutePath, isDir, false);
      roots.push(absolutePath);
    }
    return roots;
  }
  /** Adds one named (or glob-matched) file or folder; `explicit`: typed by the user, not matched. */
  addPath(absolutePath, isDir, explicit) {
    const scan = scanRootOf(absolutePath, isDir);
    const shown = this.shown(absolutePath);
    if (isDir) {
      const real = realPathOf(absolutePath);
      if (scan.inRepository && !isInside(scan.root, real)) {
        this.inputError(shown, "a symbolic link that leads out of the scanned tree (the repository root): the folder was not walked");
        return;
      }
      this.walk(absolutePath, this.ancestorLayers(absolutePath), scan.root, real);
      return;
    }
    if (this.isExcluded(absolutePath, false))
      return;
    if (explicit && !isInputName(absolutePath)) {
      this.unrecognised.push(shown);
      return;
    }
    this.candidates.push({ absolutePath, explicit, ...scan.inRepository ? { root: scan.root } : {} });
    if (explicit && /\.tf(\.json)?$/.test(absolutePath))
      this.addModuleCompanions(absolutePath, scan.root);
  }
  /**
   * A named .tf file is evaluated with the rest of its module (spec/cli.md): the folder's other
   * Terraform, tfvars, JSON and template files come along as companions, not reported on their own.
   */
  addModuleCompanions(named, root) {
    const dir = dirname3(named);
    for (const entry of this.list(dir, false) ?? []) {
      if (!this.count(dir))
        return;
      const absolutePath = join5(dir, entry.name);
      if (absolutePath === named || !COMPANION_NAME.test(entry.name))
        continue;
      const ifReferenced = REFERENCED_COMPANION.test(entry.name) && !/\.(tf|tfvars)\.json$/.test(entry.name);
      this.candidates.push({ absolutePath, explicit: false, companion: true, root, ...ifReferenced ? { ifReferenced } : {} });
    }
  }
  /**
   * The registry and git modules terraform init installed for the module in the folder above
   * `dotTerraform`: the manifest (`.terraform/modules/modules.json`) and the files of each module
   * folder it lists under `.terraform/modules/` (each folder alone: nested modules have their own
   * entries). Read even when .gitignore excludes `.terraform` (it nearly always does); held to the
   * scan root like every file. The core follows the module calls through them.
   */
  addInstalledModules(dotTerraform, root) {
    const modulesDir = join5(dotTerraform, "modules");
    const manifestPath = join5(modulesDir, "modules.json");
    const read = readBoundedText(manifestPath, { maxBytes: this.options.maxFileBytes ?? MAX_FILE_BYTES, root });
    if (!read.ok)
      return;
    this.candidates.push({ absolutePath: manifestPath, explicit: false, root });
    let dirs = [];
    try {
      const modules = JSON.parse(read.text)?.Modules;
      if (Array.isArray(modules))
        dirs = modules.flatMap((m) => m !== null && typeof m === "object" && "Dir" in m && typeof m.Dir === "string" ? [m.Dir] : []);
    } catch {
      return;
    }
    const base = dirname3(dotTerraform);
    for (const d of [...new Set(dirs)].sort(compareStrings)) {
      const dir = resolve7(base, d);
      if (!isInside(modulesDir, dir) || dir === modulesDir)
        continue;
      for (const entry of this.list(dir, false) ?? []) {
        if (!this.count(dir))
          return;
        if (!entry.isFile() || !INSTALLED_MODULE_FILE.test(entry.name))
          continue;
        this.candidates.push({ absolutePath: join5(dir, entry.name), explicit: false, root });
      }
    }
  }
  finish() {
    const byRealPath = /* @__PURE__ */ new Map();
    const entries = this.candidates.map((c) => ({ ...c, path: this.shown(c.absolutePath) })).sort((a, b) => compareStrings(a.path, b.path));
    for (const entry of entries) {
      const real = entry.realPath ?? realPathOf(entry.absolutePath);
      const key = entry.root !== void 0 && !isInside(entry.root, real) ? entry.absolutePath : real;
      const seen = byRealPath.get(key);
      if (!seen)
        byRealPath.set(key, entry);
      else {
        if (entry.explicit && !seen.explicit)
          seen.explicit = true;
        if (entry.root === void 0)
          delete seen.root;
        if (!entry.companion) {
          delete seen.companion;
          delete seen.ifReferenced;
        }
      }
    }
    const files = [];
    const deferred = [];
    for (const entry of [...byRealPath.values()].sort((a, b) => compareStrings(a.path, b.path))) {
      if (entry.ifReferenced) {
        deferred.push(entry);
        continue;
      }
      const file = this.read(entry);
      if (file)
        files.push(file);
    }
    if (deferred.length > 0) {
      const moduleTexts = /* @__PURE__ */ new Map();
      for (const f of files) {
        if (!MODULE_FILE.test(f.absolutePath))
          continue;
        const dir = dirname3(f.absolutePath);
        moduleTexts.set(dir, [...moduleTexts.get(dir) ?? [], f.text]);
      }
      for (const entry of deferred) {
        const name = basename(entry.absolutePath);
        if (!(moduleTexts.get(dirname3(entry.absolutePath)) ?? []).some((text) => text.includes(name)))
          continue;
        const file = this.read(entry);
        if (file)
          files.push(file);
      }
      files.sort((a, b) => compareStrings(a.path, b.path));
    }
    this.findings.sort((a, b) => compareStrings(a.location?.file ?? "", b.location?.file ?? ""));
    const unread = this.findings.flatMap((f) => f.location ? [resolve7(this.options.cwd, f.location.file)] : []);
    const named = this.named.map((n) => ({
      path: n.path,
      kind: n.kind,
      files: files.filter((f) => !f.companion && n.roots.some((r) => isInside(r, f.absolutePath))).map((f) => f.path),
      unread: unread.filter((u) => n.roots.some((r) => isInside(r, u))).map((u) => relativePosix(this.options.cwd, u))
    }));
    return { files, findings: this.findings, unrecognised: this.unrecognised.sort(compareStrings), entries: this.entries, named };
  }
  read(entry) {
    const stdin = this.options.stdin;
    if (stdin?.absolutePath === entry.absolutePath) {
      return { path: entry.path, absolutePath: entry.absolutePath, text: stdin.text, explicit: true };
    }
    const maxBytes = this.options.maxFileBytes ?? MAX_FILE_BYTES;
    const result = readBoundedText(entry.absolutePath, {
      maxBytes,
      ...entry.root !== void 0 ? { root: entry.root } : {},
      ...entry.realPath !== void 0 ? { realPath: entry.realPath } : {},
      ...this.options.readFile ? { readBytes: this.options.readFile } : {}
    });
    if (result.ok) {
      return { path: entry.path, absolutePath: entry.absolutePath, text: result.text, explicit: entry.explicit, ...entry.companion ? { companion: true } : {} };
    }
    if (mayBeAnalysed(entry.path, result, maxBytes))
      this.inputError(entry.path, result.message);
    else
      this.unrecognised.push(entry.path);
    return void 0;
  }
  /**
   * Walks one folder under the scan root `root` (a real path). `layers` are the .gitignore rules in
   * force, outermost first.
   */
  walk(dir, layers, root, real) {
    if (this.branch.has(real)) {
      this.inputError(this.shown(dir), "symbolic link loop: the folder was not walked again");
      return;
    }
    if (this.walkedDirs.has(real) || this.stopped)
      return;
    this.walkedDirs.add(real);
    const listed = this.list(dir, true);
    if (!listed)
      return;
    const own = this.ownLayer(dir, listed, root);
    const rules = own ? [...layers, own] : layers;
    listed.sort((a, b) => compareStrings(a.name, b.name));
    this.branch.add(real);
    for (const entry of listed) {
      if (!this.count(dir))
        break;
      this.visit(dir, entry, rules, root, real);
    }
    this.branch.delete(real);
  }
  /** Counts one folder entry against the cap; false (and one finding) once the cap is passed. */
  count(dir) {
    const cap = this.options.maxEntries ?? MAX_DISCOVERY_ENTRIES;
    if (++this.entries <= cap)
      return true;
    if (!this.stopped) {
      this.stopped = true;
      this.inputError(this.shown(dir), `more than ${cap} folder entries (the discovery cap): the walk stopped here, the rest of the tree was not analysed`);
    }
    return false;
  }
  /** The folder's own .gitignore layer: from the base commit when configured, else the working tree's. */
  ownLayer(dir, listed, root) {
    if (this.options.gitignore && isInside(this.options.gitignore.root, dir))
      return this.baseLayer(dir);
    return listed.some((e) => e.name === ".gitignore") ? this.gitignoreLayer(dir, root) : void 0;
  }
  visit(dir, entry, rules, root, realDir) {
    const path = join5(dir, entry.name);
    const target = entryTarget(entry, path, root);
    const realPath = target.realPath ?? join5(realDir, entry.name);
    const ignored = (isDir) => this.isExcluded(path, isDir) || ignoreVerdict(rules, path, isDir) === true;
    switch (target.kind) {
      case "dir":
        if (entry.name === ".terraform" && !this.isExcluded(path, true))
          this.addInstalledModules(path, root);
        if (SKIPPED_DIRS.has(entry.name) || this.isExcluded(path, true))
          return;
        if (ignoreVerdict(rules, path, true) !== true)
          this.walk(path, rules, root, realPath);
        else if (ALWAYS_WALKED_DIRS.has(entry.name))
          this.walk(path, [], root, realPath);
        return;
      case "file":
        if (!isInputName(entry.name) || ignored(false))
          return;
        this.candidates.push({ absolutePath: path, explicit: false, realPath, root });
        return;
      case "outside":
        if ((target.isDir ? SKIPPED_DIRS.has(entry.name) : !isInputName(entry.name)) || ignored(target.isDir))
          return;
        this.inputError(this.shown(path), `a symbolic link that leads out of the scanned tree (the repository root): the ${target.isDir ? "folder was not walked" : "file was not read"}`);
        return;
      case "loop":
        if (ignored(false))
          return;
        this.inputError(this.shown(path), "symbolic link loop: the link was not followed");
        return;
      case "special":
        if (!isInputName(entry.name) || ignored(false))
          return;
        this.inputError(this.shown(path), "not a regular file (a FIFO, socket or device): it was not read");
        return;
      case "missing":
        return;
    }
  }
  /**
   * A folder's entries, at most as many as the entry cap leaves (a folder of millions is not loaded
   * whole). `report`: a folder that cannot be listed is an input-error.
   */
  list(dir, report) {
    try {
      if (this.options.readDir)
        return this.options.readDir(dir);
      const left = (this.options.maxEntries ?? MAX_DISCOVERY_ENTRIES) - this.entries + 1;
      const handle = opendirSync(dir);
      const listed = [];
      try {
        for (let e = handle.readSync(); e !== null && listed.length < left; e = handle.readSync())
          listed.push(e);
      } finally {
        handle.closeSync();
      }
      return listed;
    } catch (err) {
      if (report)
        this.inputError(this.shown(dir), `cannot read the folder: ${errorMessage(err)}`);
      return void 0;
    }
  }
  /**
   * The .gitignore layers of the folders between the git root and a named folder (exclusive), so that
   * `check sub/` inside a repository sees the root .gitignore. Empty when the named folder is itself
   * ignored: the user asked for it.
   */
  ancestorLayers(dir) {
    const gitRoot = findGitRoot(dir);
    if (gitRoot === null || gitRoot === dir)
      return [];
    const root = realPathOf(gitRoot);
    const chain = [];
    for (let d = dirname3(dir); isInside(gitRoot, d); d = dirname3(d)) {
      chain.unshift(d);
      if (d === gitRoot)
        break;
    }
    const layers = [];
    for (let i = 0; i < chain.length; i++) {
      const folder = chain[i] ?? gitRoot;
      const layer = this.options.gitignore && isInside(this.options.gitignore.root, folder) ? this.baseLayer(folder) : this.gitignoreLayer(folder, root);
      if (layer)
        layers.push(layer);
      const next = chain[i + 1] ?? dir;
      if (ignoreVerdict(layers, next, true) === true)
        return [];
    }
    return layers;
  }
  /** The working tree's .gitignore of `dir`, read like any input (contained, bounded, regular). */
  gitignoreLayer(dir, root) {
    const file = join5(dir, ".gitignore");
    const result = readBoundedText(file, { maxBytes: MAX_GITIGNORE_BYTES2, root, ...this.options.readFile ? { readBytes: this.options.readFile } : {} });
    if (result.ok)
      return this.layer(result.text, dir);
    if (result.problem !== "missing")
      this.inputError(this.shown(file), `${result.message}; its patterns were not applied`);
    return void 0;
  }
  baseLayer(dir) {
    const text = this.options.gitignore?.textOf(dir);
    return text === void 0 ? void 0 : this.layer(text, dir);
  }
  layer(text, dir) {
    return this.ignore ? ignoreLayer(this.ignore, text, dir) : void 0;
  }
  isExcluded(path, isDir) {
    return this.options.isExcluded?.(path, isDir) ?? false;
  }
  shown(absolutePath) {
    return relativePosix(this.options.cwd, absolutePath);
  }
  inputError(file, message) {
    this.findings.push({
      ruleId: "input-error",
      severity: "error",
      message,
      location: { file, span: { start: { line: 1, column: 0, offset: 0 }, end: { line: 1, column: 0, offset: 0 } } }
    });
  }
};
function entryTarget(entry, path, root) {
  if (entry.isDirectory())
    return { kind: "dir" };
  if (entry.isFile())
    return { kind: "file" };
  if (!entry.isSymbolicLink())
    return { kind: "special" };
  let realPath;
  let stats;
  try {
    realPath = realpathSync3.native(path);
    stats = statSync2(realPath);
  } catch (err) {
    return { kind: err.code === "ELOOP" ? "loop" : "missing" };
  }
  if (!isInside(root, realPath))
    return { kind: "outside", isDir: stats.isDirectory() };
  return stats.isDirectory() ? { kind: "dir", realPath } : stats.isFile() ? { kind: "file", realPath } : { kind: "special" };
}
function mayBeAnalysed(path, result, maxBytes) {
  if (/\.tfvars(\.json)?$/.test(path) || mayHaveKind(path, ""))
    return true;
  if (!isInputName(path))
    return false;
  if (result.problem === "too-large" && result.realPath !== void 0) {
    const scanned = anyChunk(result.realPath, (chunk) => mayHaveKind(path, chunk), { maxBytes: Math.max(maxBytes, MAX_KIND_SCAN_BYTES), overlap: KIND_TOKEN_MAX_LENGTH });
    return scanned ?? true;
  }
  if (result.problem === "not-utf8" && result.bytes !== void 0)
    return mayHaveKind(path, decodeLeniently(result.bytes));
  return true;
}
function decodeLeniently(bytes) {
  const bom = bytes.length >= 2 ? (bytes[0] ?? 0) * 256 + (bytes[1] ?? 0) : 0;
  const encoding = bom === 65534 ? "utf-16le" : bom === 65279 ? "utf-16be" : "utf-8";
  return new TextDecoder(encoding).decode(bytes);
}
function compareStrings(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

// packages/cli/dist/jobs.js
init_define_TRUSTLINT_PACKAGE();
import { existsSync as existsSync4 } from "node:fs";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { MessageChannel, receiveMessageOnPort, Worker } from "node:worker_threads";
var MIN_POLICIES = 500;
var WAIT_LIMIT_MS = 10 * 6e4;
function defaultJobs() {
  return Math.max(1, availableParallelism());
}
function startWorkers(jobs, { minPolicies = MIN_POLICIES, workerFile = new URL("./policy-worker.js", import.meta.url) } = {}) {
  if (jobs <= 1)
    return void 0;
  const file = workerFile;
  if (file.protocol !== "file:" || !existsSync4(fileURLToPath(file)))
    return void 0;
  const slots = [];
  for (let i = 0; i < jobs - 1; i++) {
    const worker = new Worker(file);
    const { port1, port2 } = new MessageChannel();
    worker.postMessage({ port: port2 }, [port2]);
    worker.on("error", () => void 0);
    worker.unref();
    slots.push({ worker, port: port1 });
  }
  const local = (jobs2, config) => jobs2.map((j) => runPolicyRules(j.document, config, j.providers));
  let answered = 0;
  const runner = (all, config) => {
    if (all.length < minPolicies)
      return local(all, config);
    const share = Math.ceil(all.length / (slots.length + 1));
    const parts = Array.from({ length: slots.length + 1 }, (_, i) => all.slice(i * share, (i + 1) * share));
    const signal = new SharedArrayBuffer(4);
    const counter = new Int32Array(signal);
    const sent = slots.map((slot, i) => {
      try {
        slot.port.postMessage({ jobs: parts[i], config, signal });
        return true;
      } catch {
        return false;
      }
    });
    const mine = local(parts[slots.length] ?? [], config);
    const expected = sent.filter(Boolean).length;
    const deadline = performance.now() + WAIT_LIMIT_MS;
    for (let seen = Atomics.load(counter, 0); seen < expected; seen = Atomics.load(counter, 0)) {
      const left = deadline - performance.now();
      if (left <= 0)
        break;
      Atomics.wait(counter, 0, seen, Math.min(left, 1e3));
    }
    const shares = slots.map((slot, i) => {
      const part = parts[i] ?? [];
      const answer = sent[i] ? receiveMessageOnPort(slot.port)?.message : void 0;
      if (answer?.results?.length !== part.length)
        return local(part, config);
      answered += part.length;
      return answer.results;
    });
    shares.push(mine);
    return shares.flat(1);
  };
  return {
    runner,
    get answered() {
      return answered;
    },
    async close() {
      await Promise.all(slots.map(async (s) => {
        s.port.close();
        await s.worker.terminate();
      }));
    }
  };
}

// packages/cli/dist/run-cache.js
init_define_TRUSTLINT_PACKAGE();
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, statSync as statSync3, writeFileSync } from "node:fs";
import { dirname as dirname4 } from "node:path";
var FORMAT = "trustlint-cache";
var SCHEMA = 1;
var MAX_CACHE_BYTES = 256 * 2 ** 20;
var sha256 = (text) => createHash("sha256").update(text).digest("hex");
function stableJson(value) {
  return JSON.stringify(value, (_key, v) => {
    if (v === null || typeof v !== "object" || Array.isArray(v))
      return v;
    return Object.fromEntries(Object.entries(v).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0));
  });
}
function runKey(input) {
  const files = {};
  const hash = createHash("sha256");
  hash.update(`${FORMAT}\0${SCHEMA}\0${input.version}\0`);
  hash.update(stableJson(input.config));
  hash.update("\0");
  hash.update(stableJson(input.sources));
  hash.update("\0");
  hash.update(stableJson(input.discovery.findings));
  hash.update("\0");
  hash.update(stableJson(input.discovery.unrecognised));
  for (const f of input.discovery.files) {
    const digest = sha256(f.text);
    files[f.path] = digest;
    hash.update(`\0${f.path}\0${f.explicit ? 1 : 0}${f.companion ? 1 : 0}\0${digest}`);
  }
  return { key: hash.digest("hex"), files };
}
function readCache(settings, key) {
  let text;
  try {
    if (statSync3(settings.location).size > MAX_CACHE_BYTES)
      return void 0;
    text = readFileSync(settings.location, "utf8");
  } catch {
    return void 0;
  }
  let entry;
  try {
    entry = JSON.parse(text);
  } catch {
    return void 0;
  }
  if (!isRecord(entry) || entry.format !== FORMAT || entry.schema !== SCHEMA || entry.version !== settings.version || entry.key !== key)
    return void 0;
  return validResult(entry.result);
}
function writeCache(settings, key, files, result) {
  const entry = {
    format: FORMAT,
    schema: SCHEMA,
    version: settings.version,
    key,
    files,
    result: { findings: result.findings, suppressed: result.suppressed, files: result.files, unrecognised: result.unrecognised, undeclared: result.undeclared }
  };
  const temporary = `${settings.location}.${process.pid}.tmp`;
  try {
    mkdirSync(dirname4(settings.location), { recursive: true });
    writeFileSync(temporary, JSON.stringify(entry));
    renameSync(temporary, settings.location);
  } catch {
  }
}
function isRecord(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
var isString = (v) => typeof v === "string";
var isCount = (v) => typeof v === "number" && Number.isInteger(v) && v >= 0;
var isStringArray = (v) => Array.isArray(v) && v.every(isString);
function isPosition(v) {
  return isRecord(v) && isCount(v.line) && isCount(v.column) && isCount(v.offset);
}
function isLocation(v) {
  return isRecord(v) && isString(v.file) && isRecord(v.span) && isPosition(v.span.start) && isPosition(v.span.end);
}
function isFinding(v) {
  if (!isRecord(v))
    return false;
  if (!isString(v.ruleId) || !isRuleId(v.ruleId) || !isString(v.message))
    return false;
  if (v.severity !== "error" && v.severity !== "warning" && v.severity !== "info")
    return false;
  if (v.location !== null && !isLocation(v.location))
    return false;
  if (v.path !== void 0 && !(Array.isArray(v.path) && v.path.every((p) => isString(p) || typeof p === "number")))
    return false;
  if (v.resource !== void 0 && !isString(v.resource))
    return false;
  if (v.witness !== void 0 && !(isRecord(v.witness) && Object.values(v.witness).every(isString)))
    return false;
  if (v.related !== void 0 && !(Array.isArray(v.related) && v.related.every((r) => isRecord(r) && isLocation(r.location) && isString(r.message))))
    return false;
  if (v.properties !== void 0 && !isRecord(v.properties))
    return false;
  if (v.suggestion !== void 0) {
    const s = v.suggestion;
    if (!isRecord(s) || !isString(s.description))
      return false;
    if (s.replacement !== void 0 && !(isRecord(s.replacement) && isLocation(s.replacement.location) && isString(s.replacement.text)))
      return false;
  }
  return true;
}
function validResult(v) {
  if (!isRecord(v))
    return void 0;
  const { findings, suppressed, files, unrecognised, undeclared } = v;
  if (!Array.isArray(findings) || !findings.every(isFinding))
    return void 0;
  if (!isCount(suppressed) || !isCount(files) || !isStringArray(unrecognised))
    return void 0;
  if (!isRecord(undeclared) || !isStringArray(undeclared.vars) || !isStringArray(undeclared.parameters))
    return void 0;
  return { findings, suppressed, files, unrecognised, undeclared: { vars: undeclared.vars, parameters: undeclared.parameters } };
}

// packages/cli/dist/analysis.js
var MIN_FILES_FOR_WORKERS = 1e3;
async function analyzeLocalFiles(paths, options, io) {
  const { gitRoot, loaded, base } = await loadRunConfig(options, io);
  const config = withRuleSettings(configForCore(loaded, io.cwd, gitRoot), options.ruleSettings ?? {});
  const isExcluded = await ignoreMatcher(loaded);
  const strict = options.errorOnUnmatchedPattern !== false;
  const named = options.stdin ? [options.stdin.filename] : paths;
  const globSync = await loadGlob(named, io.cwd);
  const discovery = await discover(named, {
    ...globSync ? { globSync } : {},
    cwd: io.cwd,
    ...isExcluded ? { isExcluded } : {},
    ...io.readFile ? { readFile: io.readFile } : {},
    ...base ? { gitignore: gitignoreFromBase(base, io) } : {},
    ...options.stdin ? { stdin: { absolutePath: resolve8(io.cwd, options.stdin.filename), text: options.stdin.text } } : {},
    ...strict ? {} : { allowMissing: true }
  });
  if (strict)
    failOnUnmatched(discovery);
  const progress = options.progressLine;
  progress?.discovered(discovery.files.length);
  const sources = coreSourceOptions(options.sources, io);
  const cacheKey = options.cache ? runKey({ version: options.cache.version, config, discovery, sources }) : void 0;
  const cached = options.cache && cacheKey ? readCache(options.cache, cacheKey.key) : void 0;
  const pool = !cached && (options.jobs ?? 1) > 1 && discovery.files.length >= MIN_FILES_FOR_WORKERS ? startWorkers(options.jobs ?? 1) : void 0;
  let analysis;
  try {
    analysis = cached ? { ...cached, documents: [], budgets: [] } : await analyzeFiles(discovery.files.map((f) => ({ file: f.path, text: f.text, explicit: f.explicit, ...f.companion ? { companion: true } : {} })), {
      config,
      findings: discovery.findings,
      sources,
      ...progress ? {
        onProgress: (p) => {
          progress.analysing(p);
        }
      } : {},
      ...pool ? { policyRunner: pool.runner } : {}
    });
  } finally {
    await pool?.close();
  }
  if (options.cache && cacheKey && !cached)
    writeCache(options.cache, cacheKey.key, cacheKey.files, analysis);
  warnUndeclared(analysis, io);
  const unrecognised = [.../* @__PURE__ */ new Set([...discovery.unrecognised, ...analysis.unrecognised])].sort(compareStrings);
  return { gitRoot, config, discovery, analysis, unrecognised, ...cached ? { fromCache: true } : {} };
}
function failOnUnmatched(discovery) {
  const texts = new Map(discovery.files.map((f) => [f.path, f.text]));
  const unmatched = discovery.named.filter((n) => (n.kind === "folder" || n.kind === "glob") && n.unread.length === 0 && !n.files.some((f) => detectKind(f, texts.get(f) ?? "") !== void 0));
  if (unmatched.length === 0)
    return;
  throw new CliError(unmatched.map((n) => `no file trustlint reads matches the ${n.kind === "glob" ? "pattern" : "folder"} '${n.path}' (trust policies, Terraform, plans, CloudFormation, workflows); check the path, or pass --no-error-on-unmatched-pattern`).join("\n"));
}
function warnUndeclared(analysis, io) {
  for (const name of analysis.undeclared.vars) {
    io.stderr.write(`trustlint: warning: --var ${name}: no Terraform module in the scan declares variable "${name}"; the value was not used
`);
  }
  for (const name of analysis.undeclared.parameters) {
    io.stderr.write(`trustlint: warning: --parameter ${name}: no CloudFormation template in the scan declares parameter "${name}"; the value was not used
`);
  }
}
async function loadRunConfig(options, io) {
  const gitRoot = findGitRoot(io.cwd);
  const base = options.configFromBase !== void 0 ? openBaseCommit(options.configFromBase, gitRoot, io.env) : void 0;
  const loaded = await loadConfig({
    cwd: io.cwd,
    gitRoot,
    env: io.env,
    ...options.configFile !== void 0 ? { configFile: options.configFile } : {},
    ...base ? { base } : {},
    ...io.readFile ? { readFile: io.readFile } : {}
  });
  return { gitRoot, loaded, ...base ? { base } : {} };
}
function gitignoreFromBase(base, io) {
  let texts;
  return {
    root: base.gitRoot,
    textOf(absoluteDir) {
      texts ??= baseGitignores(base, io.env);
      return texts.get(absoluteDir);
    }
  };
}
function coreSourceOptions(sources, io) {
  const varFiles = sources.varFiles.map((absolute) => {
    const shown = relativePosix(io.cwd, absolute);
    const result = readNamedFile(absolute, { maxBytes: MAX_FILE_BYTES, ...io.readFile ? { readBytes: io.readFile } : {} });
    if (!result.ok)
      throw new CliError(result.problem === "missing" ? `--var-file: no such file: ${shown}` : `--var-file ${shown}: ${result.message}`);
    return { file: shown, text: result.text, explicit: true };
  });
  return {
    vars: Object.fromEntries(sources.vars),
    varFiles,
    parameters: Object.fromEntries(sources.parameters)
  };
}

// packages/cli/dist/known.js
init_define_TRUSTLINT_PACKAGE();
import { isAbsolute as isAbsolute4, relative as relative4, resolve as resolve11 } from "node:path";
import { mkdirSync as mkdirSync4 } from "node:fs";

// packages/cli/dist/baseline.js
init_define_TRUSTLINT_PACKAGE();
import { mkdirSync as mkdirSync2, readFileSync as readFileSync2, writeFileSync as writeFileSync2 } from "node:fs";
import { dirname as dirname5, resolve as resolve9 } from "node:path";
var BASELINE_VERSION = 1;
var MAX_BASELINE_BYTES = 32 * 1024 * 1024;
function baselineEntries(findings, fingerprints, fileKey) {
  const entries = findings.map((f) => {
    return {
      fingerprint: fingerprints.get(f) ?? "",
      ruleId: f.ruleId,
      ...f.location ? { file: fileKey(f.location.file) } : {},
      ...f.resource !== void 0 ? { resource: f.resource } : {},
      message: f.message
    };
  });
  const key = (e) => `${e.file ?? ""}\0${e.ruleId}\0${e.resource ?? ""}\0${e.fingerprint}`;
  return entries.sort((a, b) => key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0);
}
function writeBaseline(file, entries) {
  const baseline = { version: BASELINE_VERSION, findings: [...entries] };
  try {
    mkdirSync2(dirname5(file), { recursive: true });
    writeFileSync2(file, `${JSON.stringify(baseline, null, 2)}
`);
  } catch (err) {
    throw new CliError(`--write-baseline: cannot write ${file}: ${errorMessage(err)}`);
  }
}
function readBaseline(file, shown) {
  let text;
  try {
    const bytes = readFileSync2(file);
    if (bytes.length > MAX_BASELINE_BYTES)
      throw new CliError(`--baseline ${shown}: larger than the ${MAX_BASELINE_BYTES} byte cap`);
    text = bytes.toString("utf8");
  } catch (err) {
    if (err instanceof CliError)
      throw err;
    const code = err.code;
    throw new CliError(code === "ENOENT" ? `--baseline: no such file: ${shown} (create it with --write-baseline ${shown})` : `--baseline ${shown}: ${errorMessage(err)}`);
  }
  return parseBaseline(text, shown);
}
function parseBaseline(text, shown) {
  let data;
  try {
    data = JSON.parse(text);
  } catch (err) {
    throw new CliError(`--baseline ${shown}: not JSON: ${errorMessage(err)}`);
  }
  if (!isRecord2(data))
    throw new CliError(`--baseline ${shown}: expected an object with "version" and "findings"`);
  if (data.version !== BASELINE_VERSION) {
    throw new CliError(`--baseline ${shown}: "version" is ${JSON.stringify(data.version)}; this trustlint reads version ${BASELINE_VERSION} (rewrite it with --write-baseline)`);
  }
  if (!Array.isArray(data.findings))
    throw new CliError(`--baseline ${shown}: "findings" must be an array`);
  const findings = data.findings.map((raw, i) => {
    const at = `--baseline ${shown}: findings[${i}]`;
    if (!isRecord2(raw))
      throw new CliError(`${at}: expected an object`);
    if (typeof raw.fingerprint !== "string" || !/^[0-9a-f]{32}$/.test(raw.fingerprint))
      throw new CliError(`${at}: "fingerprint" must be 32 hex digits`);
    if (typeof raw.ruleId !== "string")
      throw new CliError(`${at}: "ruleId" must be a string`);
    const entry = { fingerprint: raw.fingerprint, ruleId: raw.ruleId, message: typeof raw.message === "string" ? raw.message : "" };
    if (typeof raw.file === "string")
      entry.file = raw.file;
    if (typeof raw.resource === "string")
      entry.resource = raw.resource;
    return entry;
  });
  return { version: BASELINE_VERSION, findings };
}
function splitKnown(findings, fingerprints, known) {
  const knownPrints = new Set(known.entries.map((e) => e.fingerprint));
  const current = /* @__PURE__ */ new Set();
  const fresh = [];
  let matched = 0;
  for (const f of findings) {
    const print = fingerprints.get(f) ?? "";
    current.add(print);
    if (knownPrints.has(print))
      matched++;
    else
      fresh.push(f);
  }
  const fixed = known.entries.filter((e) => !current.has(e.fingerprint));
  return { fresh, matched, fixed };
}
function isRecord2(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

// packages/cli/dist/git-tree.js
init_define_TRUSTLINT_PACKAGE();
import { mkdirSync as mkdirSync3, mkdtempSync, realpathSync as realpathSync4, rmSync, writeFileSync as writeFileSync3 } from "node:fs";
import { tmpdir } from "node:os";
import { isAbsolute as isAbsolute3, join as join6, relative as relative3, resolve as resolve10 } from "node:path";
var MAX_TREE_FILES = 1e5;
var MAX_TREE_TOTAL_BYTES = 512 * 1024 * 1024;
function materializeCommit(flag, ref, gitRoot, env) {
  const commit = resolveCommit(flag, ref, gitRoot, env);
  const skipped = [];
  const files = [];
  let total = 0;
  for (const entry of listCommitTree(flag, ref, gitRoot, commit, env)) {
    const regular = entry.type === "blob" && (entry.mode === "100644" || entry.mode === "100755");
    if (!regular || entry.size > MAX_FILE_BYTES || !safePath(entry.path)) {
      skipped.push(entry.path);
      continue;
    }
    files.push(entry);
    total += entry.size;
  }
  if (files.length > MAX_TREE_FILES)
    throw new CliError(`${flag}: ${ref} has ${files.length} files, more than the ${MAX_TREE_FILES} trustlint reads from a commit`);
  if (total > MAX_TREE_TOTAL_BYTES)
    throw new CliError(`${flag}: the files of ${ref} exceed ${MAX_TREE_TOTAL_BYTES} bytes in all`);
  const root = realpathSync4(mkdtempSync(join6(tmpdir(), "trustlint-tree-")));
  const remove = () => {
    rmSync(root, { recursive: true, force: true });
  };
  try {
    mkdirSync3(join6(root, ".git"));
    const blobs = readBlobs(gitRoot, env, files, total, flag, ref);
    files.forEach((entry, i) => {
      const target = join6(root, ...entry.path.split("/"));
      mkdirSync3(resolve10(target, ".."), { recursive: true });
      writeFileSync3(target, blobs[i] ?? Buffer.alloc(0));
    });
  } catch (err) {
    remove();
    throw err;
  }
  return { ref, commit, root, skipped, remove };
}
function inTree(tree, gitRoot, absolutePath) {
  if (!isInside(gitRoot, absolutePath))
    throw new CliError(`${absolutePath} is outside the repository: it has no counterpart in ${tree.ref}`);
  return join6(tree.root, relative3(gitRoot, absolutePath));
}
function safePath(path) {
  if (isAbsolute3(path) || path.includes("\\"))
    return false;
  return path.split("/").every((part) => part !== "" && part !== "." && part !== ".." && part.toLowerCase() !== ".git");
}
function readBlobs(gitRoot, env, files, total, flag, ref) {
  if (files.length === 0)
    return [];
  let out;
  try {
    out = git(gitRoot, env, ["cat-file", "--batch"], total + files.length * 128 + 1024, {
      input: `${files.map((f) => f.object).join("\n")}
`,
      timeoutMs: 12e4
    });
  } catch (err) {
    throw new CliError(`${flag}: cannot read the files of ${ref}${detail(err)}`);
  }
  const blobs = [];
  let at = 0;
  for (const entry of files) {
    const eol = out.indexOf(10, at);
    const header = eol < 0 ? "" : out.subarray(at, eol).toString("utf8");
    const m = /^([0-9a-f]+) blob (\d+)$/.exec(header);
    if (!m || m[1] !== entry.object)
      throw new CliError(`${flag}: cannot read ${ref}:${entry.path} (git answered '${header}')`);
    const size = Number(m[2]);
    blobs.push(out.subarray(eol + 1, eol + 1 + size));
    at = eol + 1 + size + 1;
  }
  return blobs;
}

// packages/cli/dist/known.js
async function knownSettings(paths, options, io) {
  const out = {};
  if (options.writeBaseline !== void 0)
    out.writeBaseline = options.writeBaseline;
  if (options.baseline !== void 0) {
    const shown = relativePosix(io.cwd, options.baseline);
    out.known = { label: `baseline ${shown}`, entries: readBaseline(options.baseline, shown).findings };
  } else if (options.newOnlyBase !== void 0) {
    out.known = { label: `base ${options.newOnlyBase}`, entries: await findingsAtCommit("--base", options.newOnlyBase, paths, options, io) };
  }
  return out;
}
async function withCommitAnalysis(flag, ref, paths, options, io, use) {
  const gitRoot = findGitRoot(io.cwd);
  if (gitRoot === null)
    throw new CliError(`${flag} needs a git repository: the working directory is in none`);
  const tree = materializeCommit(flag, ref, gitRoot, io.env);
  try {
    const cwd = inTree(tree, gitRoot, io.cwd);
    mkdirSync4(cwd, { recursive: true });
    const mapped = paths.map((p) => isAbsolute4(p) ? inTree(tree, gitRoot, p) : p);
    const configFile = options.configFile === void 0 ? void 0 : mapConfig(resolve11(io.cwd, options.configFile), gitRoot, tree.root);
    const quietIo = { ...io, cwd, stderr: { write: () => true } };
    const analysis = await analyzeLocalFiles(mapped, {
      sources: options.sources,
      ...options.ruleSettings ? { ruleSettings: options.ruleSettings } : {},
      ...configFile !== void 0 ? { configFile } : {},
      errorOnUnmatchedPattern: false
    }, quietIo);
    const sources = new Map(analysis.discovery.files.map((f) => [f.path, f.text]));
    return await use({ tree, cwd, analysis, sources });
  } finally {
    tree.remove();
  }
}
async function findingsAtCommit(flag, ref, paths, options, io) {
  return withCommitAnalysis(flag, ref, paths, options, io, ({ tree, cwd, analysis, sources }) => {
    const { findings } = analysis.analysis;
    const prints = computeFingerprints(findings, { cwd, gitRoot: tree.root, sources });
    return baselineEntries(findings, prints, (file) => relativePosix(tree.root, resolve11(cwd, file)));
  });
}
function mapConfig(absolute, gitRoot, treeRoot) {
  return isInside(gitRoot, absolute) ? resolve11(treeRoot, relative4(gitRoot, absolute)) : absolute;
}

// packages/cli/dist/report.js
init_define_TRUSTLINT_PACKAGE();
import { mkdirSync as mkdirSync5, writeFileSync as writeFileSync4 } from "node:fs";
import { dirname as dirname7, resolve as resolve12 } from "node:path";

// packages/cli/dist/rule-docs.js
init_define_TRUSTLINT_PACKAGE();
import { existsSync as existsSync5, statSync as statSync4 } from "node:fs";
import { basename as basename2, dirname as dirname6, join as join7 } from "node:path";
import { fileURLToPath as fileURLToPath2 } from "node:url";
var MAX_DOC_BYTES = 1024 * 1024;
function findRuleDocsDir(moduleDir = dirname6(fileURLToPath2(import.meta.url))) {
  const root = checkoutRoot(moduleDir);
  for (const candidate of [join7(moduleDir, "..", "docs", "rules"), ...root === null ? [] : [join7(root, "docs", "rules")]]) {
    if (existsSync5(candidate) && statSync4(candidate).isDirectory())
      return candidate;
  }
  return null;
}
function checkoutRoot(moduleDir) {
  const parent = dirname6(moduleDir);
  if (basename2(parent) === "cli" && basename2(dirname6(parent)) === "packages")
    return dirname6(dirname6(parent));
  if (basename2(moduleDir) === "chunks" && basename2(parent) === "bundle")
    return dirname6(parent);
  if (basename2(moduleDir) === "bundle")
    return parent;
  return null;
}
function loadRuleDocs(ids, docsDir = findRuleDocsDir()) {
  const docs = /* @__PURE__ */ new Map();
  if (docsDir === null)
    return docs;
  for (const id of ids) {
    const read = readBoundedText(join7(docsDir, `${id}.md`), { maxBytes: MAX_DOC_BYTES });
    if (read.ok)
      docs.set(id, read.text.replace(/<!--[\s\S]*?-->\n?/g, ""));
  }
  return docs;
}

// packages/cli/dist/report.js
function writeReport(run, ctx) {
  const { io } = ctx;
  const gitRoot = findGitRoot(io.cwd);
  const needPrints = run.format === "sarif" || run.format === "json" || run.known !== void 0 || run.writeBaseline !== void 0;
  const all = needPrints ? computeFingerprints(run.findings, { cwd: io.cwd, gitRoot, sources: run.sources }) : void 0;
  if (run.writeBaseline !== void 0 && all) {
    const root = gitRoot ?? io.cwd;
    writeBaseline(run.writeBaseline, sanitizeValue(baselineEntries(run.findings, all, (file) => relativePosix(root, resolve12(io.cwd, file))), "data"));
    io.stderr.write(`trustlint: wrote ${run.findings.length} finding${run.findings.length === 1 ? "" : "s"} to the baseline ${relativePosix(io.cwd, run.writeBaseline)}
`);
  }
  const split = run.known && all ? splitKnown(run.findings, all, run.known) : void 0;
  const reported = split ? split.fresh : run.findings;
  const findings = run.quiet ? reported.filter((f) => f.severity === "error") : reported;
  const input = {
    findings,
    suppressed: run.suppressed,
    files: run.files,
    ...run.unrecognised !== void 0 ? { unrecognised: run.unrecognised } : {},
    verbose: run.verbose === true,
    cwd: io.cwd,
    gitRoot,
    toolVersion: ctx.version,
    sources: run.sources ?? /* @__PURE__ */ new Map(),
    color: useColor(run.color, io, run.output !== void 0)
  };
  const workspace = io.env.GITHUB_WORKSPACE;
  if (workspace)
    input.workspace = resolve12(io.cwd, workspace);
  if (run.format === "sarif")
    input.ruleDocs = loadRuleDocs(CATALOG.map((r) => r.id));
  if (all && (run.format === "sarif" || run.format === "json"))
    input.fingerprints = all;
  if (run.scanSummary)
    input.scanSummary = run.scanSummary;
  if (split && run.known)
    input.known = { from: run.known.label, matched: split.matched, fixed: split.fixed };
  const report = REPORTERS[run.format](input);
  if (run.output !== void 0) {
    const file = resolve12(io.cwd, run.output);
    try {
      mkdirSync5(dirname7(file), { recursive: true });
      writeFileSync4(file, report);
    } catch (err) {
      throw new CliError(`cannot write the report: ${errorMessage(err)}`);
    }
  } else
    io.stdout.write(report);
  if (split && run.known)
    writeKnownSummary(split.matched, split.fixed, run.known.label, io);
  if (run.verbose && run.format !== "stylish" && run.unrecognised) {
    for (const file of run.unrecognised)
      io.stderr.write(`trustlint: not analysed, no recognised kind: ${file}
`);
  }
  if (run.nothingChecked) {
    io.stderr.write("trustlint: the online checks failed: no AWS call succeeded (see the aws-check-failed findings)\n");
    return 2;
  }
  if (run.nothingCheckedOnGitHub) {
    io.stderr.write("trustlint: the GitHub checks failed: no GitHub call succeeded (see the github-check-failed findings)\n");
    return 2;
  }
  const counts = countSeverities(findings);
  if (counts.errors > 0)
    return 1;
  if (run.maxWarnings !== void 0 && counts.warnings > run.maxWarnings) {
    io.stderr.write(`trustlint: too many warnings (${counts.warnings}; maximum ${run.maxWarnings})
`);
    return 1;
  }
  return 0;
}
function writeKnownSummary(matched, fixed, label, io) {
  io.stderr.write(`trustlint: ${matched} finding${matched === 1 ? "" : "s"} known in the ${label} not reported; ${fixed.length} fixed
`);
  for (const entry of fixed) {
    const where = [entry.file, entry.resource].filter((p) => p !== void 0 && p !== "").join(" ");
    io.stderr.write(`trustlint: fixed: ${entry.ruleId}${where ? ` ${where}` : ""}${entry.message ? ` (${entry.message})` : ""}
`);
  }
}

// packages/cli/dist/commands/fix.js
init_define_TRUSTLINT_PACKAGE();
import { writeFileSync as writeFileSync5 } from "node:fs";
import { resolve as resolve13 } from "node:path";
var SUBJECT_RE = /^repo:[^/:\s]+\/[^/:\s]+:(?:ref:refs\/(?:heads|tags)\/\S+|environment:\S+|pull_request)$/;
function register(program2, ctx) {
  program2.command("fix").description("narrow each role to the subjects the workflow jobs that assume it present, in its own source file").argument("[paths...]", "files, folders or glob patterns: the roles and the workflows that use them (default .)").option("--dry-run", "print the edits as a unified diff instead of writing the files").option("--subject <sub>", "for roles no scanned job assumes: the one subject to admit, e.g. repo:acme/app:environment:prod").option("--config <file>", "configuration file (else trustlint.config.json or .trustlintrc.json is looked up)").option("--config-from-base <ref>", CONFIG_FROM_BASE_HELP).option("--var <name=value>", "Terraform variable value, as for check (repeatable)", collect).option("--var-file <file>", "Terraform variables file, as for check (repeatable)", collect).option("--parameter <name=value>", "CloudFormation parameter value, as for check (repeatable)", collect).option("--github", "with --immutable: learn the repository ids from the GitHub API (token: GITHUB_TOKEN, GH_TOKEN or gh auth token)").option("--github-api <url>", "GitHub API URL for --github (GitHub Enterprise Server: https://HOST/api/v3)").option("--immutable", "rewrite name-only repo:OWNER/REPO:\u2026 subjects to the immutable form repo:OWNER@ID/REPO@ID:\u2026 (needs --github)").action(async (paths, flags) => {
    const online = flags.github === true || flags.immutable === true || flags.githubApi !== void 0;
    ctx.setExitCode(online ? await (await import("./immutable-fix-VWJ7N4AS.mjs")).runImmutableFix(paths, flags, ctx) : await runFix(paths, flags, ctx));
  });
}
async function runFix(paths, flags, ctx) {
  const subject = flags.subject?.trim();
  if (subject !== void 0 && !SUBJECT_RE.test(subject)) {
    throw new CliError(`--subject ${subject}: expected repo:OWNER/REPO:ref:refs/heads/BRANCH, repo:OWNER/REPO:environment:NAME or repo:OWNER/REPO:pull_request`);
  }
  const { config, discovery, analysis } = await analyzeLocalFiles(paths, { ...configChoice(flags), sources: parseSourceOptions(flags, ctx.io.cwd) }, ctx.io);
  const texts = new Map(discovery.files.map((f) => [f.path, f.text]));
  const plan = planFixes(analysis.documents, texts, config, subject !== void 0 ? { subject } : {});
  const { io } = ctx;
  if (flags.dryRun === true) {
    for (const f of plan.files)
      io.stdout.write(f.diff);
  } else {
    for (const f of plan.files) {
      if (!texts.has(f.file))
        throw new CliError(`${f.file}: not a scanned file`);
      writeFileSync5(resolve13(io.cwd, f.file), f.after);
    }
  }
  for (const line of summary2(plan, flags.dryRun === true))
    io.stderr.write(`trustlint: ${sanitizeValue(line, "terminal")}
`);
  return plan.roles.some((r) => r.status === "refused") ? 1 : 0;
}
function admits(r) {
  const c = r.conditions;
  if (!c)
    return "";
  return ` (admits only ${c.subjects.join(", ")}; aud ${c.audiences.join(", ")})`;
}
function summary2(plan, dryRun) {
  const lines = [];
  for (const r of plan.roles) {
    switch (r.status) {
      case "fixed":
        lines.push(`${dryRun ? "would narrow" : "narrowed"} ${r.label}${admits(r)}`);
        break;
      case "unchanged":
        lines.push(`${r.label} already admits only what its jobs need`);
        break;
      case "skipped":
        lines.push(`skipped ${r.label}: ${r.reason ?? ""}`);
        break;
      case "refused": {
        const p = r.proof;
        const why = p ? [
          ...p.extraScope.map((f) => `${f.ruleId} remains`),
          ...p.refused.map((t) => `${t.sub} is not allowed (${t.decision})`),
          ...p.jobsLockedOut.map((j) => `job ${j} would be locked out`)
        ].join("; ") : "";
        lines.push(`not changed ${r.label}: ${r.reason ?? ""}${why ? `: ${why}` : ""}`);
        break;
      }
    }
    for (const note of r.conditions?.notes ?? [])
      if (r.status === "fixed")
        lines.push(`  note: ${note}`);
  }
  return lines;
}
async function applyMechanicalFixes(paths, options, ctx) {
  const { config, discovery, analysis } = await analyzeLocalFiles(paths, options, ctx.io);
  const texts = new Map(discovery.files.map((f) => [f.path, f.text]));
  const plan = planMechanicalFixes(analysis.documents, analysis.findings, texts, config);
  for (const f of plan.files) {
    if (!texts.has(f.file))
      throw new CliError(`${f.file}: not a scanned file`);
    writeFileSync5(resolve13(ctx.io.cwd, f.file), f.after);
  }
  for (const f of plan.fixes) {
    const line = f.status === "fixed" ? `fixed ${f.ruleId}: ${f.description}` : `not fixed ${f.ruleId}: ${f.description}: ${f.reason ?? ""}`;
    ctx.io.stderr.write(`trustlint: ${sanitizeValue(line, "terminal")}
`);
  }
}

// packages/cli/dist/commands/check.js
init_define_TRUSTLINT_PACKAGE();
import { statSync as statSync5 } from "node:fs";
import { join as join8, resolve as resolve14 } from "node:path";

// packages/cli/dist/progress.js
init_define_TRUSTLINT_PACKAGE();
var DELAY_MS = 1e3;
function runProgress(io, settings = {}) {
  const terminal = io.stderr.isTTY === true;
  const inCi = io.env.CI !== void 0 && io.env.CI !== "" && io.env.CI !== "false";
  if (settings.flag === false)
    return void 0;
  if (settings.flag !== true && (!terminal || inCi))
    return void 0;
  const now = settings.now ?? (() => performance.now());
  const started = now();
  const every = terminal ? 100 : 1e3;
  let last = -Infinity;
  let shown = false;
  let discovered;
  const draw = (line) => {
    const t = now();
    if (t - started < DELAY_MS || t - last < every)
      return;
    last = t;
    shown = true;
    io.stderr.write(terminal ? `\r\x1B[K${line}` : `${line}
`);
  };
  return {
    discovered(files) {
      discovered = files;
      draw(`trustlint: ${files} files discovered`);
    },
    analysing(p) {
      const found = discovered !== void 0 ? `${discovered} discovered, ` : "";
      const step = p.phase === "read" ? `${p.done}/${p.total} read` : `rules ${p.done}/${p.total} documents`;
      draw(`trustlint: ${found}${step}, ${p.findings} findings so far`);
    },
    done() {
      if (shown && terminal)
        io.stderr.write("\r\x1B[K");
    }
  };
}

// packages/cli/dist/commands/check.js
function register2(program2, ctx) {
  const command = program2.command("check").description("discover and analyse trust policies, workflows and IaC files").argument("[paths...]", "files, folders or glob patterns to check (default .)");
  addReportOptions(command).option("--verbose", "list the files of no recognised kind (on stderr for machine formats)").option("--var <name=value>", "Terraform variable value (repeatable)", collect).option("--var-file <file>", "Terraform variables file (repeatable)", collect).option("--parameter <name=value>", "CloudFormation parameter value (repeatable)", collect).option("--stdin", "read the file to check from standard input (with --stdin-filename)").option("--stdin-filename <path>", "the name of the --stdin text: its kind and its Terraform module folder").option("--no-error-on-unmatched-pattern", "a folder or glob that matches no file is not an error").option("--access-analyzer", "also run IAM Access Analyzer ValidatePolicy (needs AWS credentials)").option("--access-analyzer-public", "also run Access Analyzer CheckNoPublicAccess (a charged call)").option("--profile <name>", "AWS profile for the online checks").option("--region <region>", "AWS region for the online checks").option("--endpoint-url <url>", "AWS endpoint for the online checks").option("--timeout <seconds>", "time limit of the online checks; calls unfinished by then are reported (default 300)").option("--github", "also check the trusted names against the GitHub API (token: GITHUB_TOKEN, GH_TOKEN or gh auth token)").option("--github-api <url>", "GitHub API URL for --github (GitHub Enterprise Server: https://HOST/api/v3)").option("--fix", "first apply the safe mechanical fixes (missing aud, StringEquals with a wildcard, static keys next to role-to-assume, workflow-level id-token: write), then report").option("--baseline <file>", "report only findings not recorded in this baseline file; entries no longer found are listed as fixed").option("--write-baseline <file>", "record every current finding in this baseline file").option("--new-only", "report only findings that do not exist at the --base commit").option("--base <ref>", "the commit --new-only compares with (e.g. the pull request base)").option("--progress", "show the progress line on stderr even outside a terminal or in CI (default: on a terminal, for runs over a second)").option("--no-progress", "never show the progress line").option("--cache", "reuse the result of the last run when no file, configuration or version changed (ESLint's --cache)").option("--jobs <n>", "threads for the trust-policy rules on large trees (default: the cores available; 1: no worker thread)").option("--cache-location <path>", `the cache file, or a folder for it (default ${CACHE_FILE})`).action((paths, flags) => {
    return runCheck(paths, parseCheckOptions(flags, ctx.io.cwd), ctx).then((code) => {
      ctx.setExitCode(code);
    });
  });
}
function parseCheckOptions(flags, cwd) {
  const options = {
    ...parseReportOptions(flags),
    verbose: flags.verbose === true,
    sources: parseSourceOptions(flags, cwd),
    aws: parseAwsOptions(flags),
    github: parseGitHubOptions(flags),
    errorOnUnmatchedPattern: flags.errorOnUnmatchedPattern !== false,
    ...flags.fix === true ? { fix: true } : {},
    ...flags.progress !== void 0 ? { progress: flags.progress } : {}
  };
  if (flags.baseline !== void 0)
    options.baseline = resolve14(cwd, flags.baseline);
  if (flags.writeBaseline !== void 0)
    options.writeBaseline = resolve14(cwd, flags.writeBaseline);
  if (flags.newOnly === true) {
    if (flags.base === void 0)
      throw new CliError("--new-only needs --base REF: the commit whose findings are old");
    if (flags.baseline !== void 0)
      throw new CliError("--new-only and --baseline both say which findings are old: give one");
    if (flags.stdin === true)
      throw new CliError("--new-only checks files of the repository, not --stdin");
    options.newOnlyBase = flags.base;
  } else if (flags.base !== void 0)
    throw new CliError("--base is the commit of --new-only: add --new-only");
  if (flags.stdinFilename !== void 0 && flags.stdin !== true)
    throw new CliError("--stdin-filename needs --stdin");
  if (flags.cacheLocation !== void 0 && flags.cache !== true)
    throw new CliError("--cache-location needs --cache");
  if (flags.cache === true)
    options.cacheFile = cacheFile(flags.cacheLocation, cwd);
  if (flags.jobs !== void 0) {
    if (!/^[1-9]\d{0,2}$/.test(flags.jobs.trim()))
      throw new CliError(`--jobs: expected a whole number from 1 to 999, got '${flags.jobs}'`);
    options.jobs = Number(flags.jobs.trim());
  }
  if (flags.stdin === true) {
    const filename = flags.stdinFilename?.trim() ?? "";
    if (filename === "")
      throw new CliError("--stdin needs --stdin-filename PATH: the name decides what kind of file the text is");
    options.stdinFilename = filename;
  }
  return options;
}
async function runCheck(paths, options, ctx) {
  const { io } = ctx;
  if (options.stdinFilename !== void 0 && paths.length > 0)
    throw new CliError(`--stdin checks standard input only; remove ${paths.join(" ")}`);
  const stdin = options.stdinFilename !== void 0 ? { filename: options.stdinFilename, text: await readStdin(ctx) } : void 0;
  if (options.fix === true) {
    if (stdin)
      throw new CliError("--fix writes files: it cannot be used with --stdin");
    await applyMechanicalFixes(paths, options, ctx);
  }
  if (options.aws.accessAnalyzer || options.aws.accessAnalyzerPublic || options.github.github) {
    const { runCheckWithAccessAnalyzer } = await import("./online-SCKGQM34.mjs");
    return runCheckWithAccessAnalyzer(paths, options, ctx, stdin);
  }
  const progress = runProgress(io, options.progress !== void 0 ? { flag: options.progress } : {});
  let local;
  try {
    local = await analyzeLocalFiles(paths, {
      ...options,
      ...stdin ? { stdin } : {},
      ...progress ? { progressLine: progress } : {},
      ...options.cacheFile !== void 0 ? { cache: { location: options.cacheFile, version: ctx.version } } : {},
      jobs: options.jobs ?? defaultJobs()
    }, io);
  } finally {
    progress?.done();
  }
  const { discovery, analysis, unrecognised } = local;
  return writeReport({
    ...reportSettings(options),
    findings: analysis.findings,
    suppressed: analysis.suppressed,
    files: analysis.files,
    unrecognised,
    verbose: options.verbose,
    sources: new Map(discovery.files.map((f) => [f.path, f.text])),
    ...await knownSettings(paths, options, io)
  }, ctx);
}
var CACHE_FILE = ".trustlintcache";
function cacheFile(location, cwd) {
  if (location === void 0)
    return resolve14(cwd, CACHE_FILE);
  if (location.trim() === "")
    throw new CliError("--cache-location needs a path");
  const absolute = resolve14(cwd, location);
  let folder = /[\\/]$/.test(location);
  try {
    folder ||= statSync5(absolute).isDirectory();
  } catch {
  }
  return folder ? join8(absolute, CACHE_FILE) : absolute;
}
function reportSettings(options) {
  return {
    format: options.format,
    quiet: options.quiet,
    ...options.output !== void 0 ? { output: options.output } : {},
    ...options.maxWarnings !== void 0 ? { maxWarnings: options.maxWarnings } : {},
    ...options.color !== void 0 ? { color: options.color } : {}
  };
}
async function readStdin(ctx) {
  if (!ctx.io.readStdin)
    throw new CliError("--stdin: standard input is not available");
  return ctx.io.readStdin();
}

export {
  CommanderError,
  Command,
  Option,
  parseGitHubOptions,
  collect,
  parseSourceOptions,
  parseAwsOptions,
  CONFIG_FROM_BASE_HELP,
  configChoice,
  relativePosix,
  isInside,
  findGitRoot,
  computeFingerprints,
  countSeverities,
  witnessEntries,
  formatGithub,
  escapeData,
  addReportOptions,
  parseReportOptions,
  withRuleSettings,
  resolveCommit,
  git,
  readBoundedText,
  configForCore,
  analyzeLocalFiles,
  loadRunConfig,
  baselineEntries,
  knownSettings,
  withCommitAnalysis,
  writeReport,
  register,
  register2,
  reportSettings
};
