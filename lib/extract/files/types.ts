import { z } from 'zod';
import type { Deliverable } from '../../schema/deliverable';

/**
 * The vocabulary of the file readers: a file in (its path within the audit and its bytes), what it
 * holds out (a deliverable, the files inside it, its embedded images), or a reason it cannot be read.
 * Readers are pure: no file system, no network, the same in Node, a Web Worker and tests.
 */

/** Every format Assay audits; one reader per format, registered once in ./index.ts. */
export const FILE_FORMAT_IDS = ['text', 'markdown', 'html', 'docx', 'odt', 'pdf', 'eml', 'zip', 'image'] as const;
export const FileFormatIdSchema = z.enum(FILE_FORMAT_IDS);
export type FileFormatId = z.infer<typeof FileFormatIdSchema>;

/** Why a file gave no verdict, as an id a script can count and a sentence a person can read. */
export const FILE_PROBLEMS = [
  'empty', 'too-large', 'unknown-type', 'not-text', 'encrypted', 'corrupt', 'no-text-layer', 'zip-bomb', 'too-deep', 'fetch-failed', 'unreadable', 'cancelled',
] as const;
export const FileProblemSchema = z.enum(FILE_PROBLEMS);
export type FileProblem = z.infer<typeof FileProblemSchema>;

export class FileReadError extends Error {
  constructor(
    readonly problem: FileProblem,
    message: string,
  ) {
    super(message);
    this.name = 'FileReadError';
  }
}

export interface FileInput {
  /** Where the file sits in the audit: its path below what the user gave, `a.zip/inner/b.docx` inside archives. */
  path: string;
  bytes: Uint8Array;
  /** The type a server said it sent (a page address has no file name to go by). */
  mimeType?: string;
}

/** An image inside a document (a .docx figure, a mail's inline image): its bytes go to the provenance reader. */
export interface EmbeddedImage {
  id: string;
  name: string;
  bytes: Uint8Array;
}

/** What a document says about who made it: the freelancer or project an audit groups it under. */
export interface FileMeta {
  author?: string;
  /** A mail's sender, "Name <address>". */
  sender?: string;
  title?: string;
}

export type FileContent =
  | {
      kind: 'document';
      deliverable: Deliverable;
      meta: FileMeta;
      images: EmbeddedImage[];
      /** Files carried inside the document (a mail's attachments), read on their own. */
      children: FileInput[];
      /** What was left out and why (quoted replies, images past the limit): shown beside the verdict. */
      notes: string[];
    }
  | { kind: 'archive'; children: FileInput[]; notes: string[] };

export interface FileReader {
  id: FileFormatId;
  /** The format in words, for tables and messages. */
  name: string;
  /** File name endings it answers to (lower case, with the dot). */
  extensions: readonly string[];
  read(file: FileInput): Promise<FileContent>;
}

/** The file's name: the last part of its path. */
export const baseName = (path: string) => path.split('/').filter(Boolean).at(-1) ?? path;
