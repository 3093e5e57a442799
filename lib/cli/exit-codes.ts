import { t } from '../i18n';

/**
 * The CLI's exit codes, one meaning each; documented in the README and in `assay --help`, so scripts
 * can tell a verdict from a bad input from a mistyped command.
 */
export const EXIT = {
  /** Done: a verdict or report was printed ("Not enough text" is a verdict too). */
  OK: 0,
  /** Something failed that is not the input's fault (the server could not start, an unexpected error). */
  FAILED: 1,
  /** The command line is wrong: an unknown command or option, a missing or extra argument. */
  USAGE: 2,
  /** An input could not be read: no such file, a directory, no permission (a --trust file too). */
  UNREADABLE: 3,
  /** An input was read but holds nothing Assay can judge: empty, binary, not UTF-8 text, no usable line, no certificate. */
  UNUSABLE: 4,
} as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** A problem with what the user gave, with the message to print and the exit code it means. */
export class InputError extends Error {
  constructor(
    message: string,
    readonly exitCode: ExitCode,
  ) {
    super(message);
    this.name = 'InputError';
  }
}

/** The exit codes in words, for `assay --help`, in the terminal's language. */
export function exitCodesHelp(): string {
  return t('cli.exitCodes');
}
