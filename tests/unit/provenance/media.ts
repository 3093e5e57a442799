/**
 * Small audio, video and font files built in the tests: a WAV (RIFF), an MP3 (MPEG-1 Layer III
 * frames), an MP4 and a QuickTime MOV (ISO base media boxes) and an OpenType font header. Silent and
 * tiny, but well-formed enough for the C2PA builder to embed a manifest and for the reader to find it.
 */
import { concat } from './build';

const ascii = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0) & 0xff);
const le32 = (n: number) => Uint8Array.of(n & 0xff, (n >> 8) & 0xff, (n >> 16) & 0xff, n >>> 24);
const le16 = (n: number) => Uint8Array.of(n & 0xff, n >> 8);
const be32 = (n: number) => Uint8Array.of(n >>> 24, (n >> 16) & 0xff, (n >> 8) & 0xff, n & 0xff);
const be16 = (n: number) => Uint8Array.of(n >> 8, n & 0xff);

/** 0.1 s of 8 kHz mono 16-bit silence. */
export function wav(): Uint8Array {
  const samples = new Uint8Array(1600);
  const fmt = concat(le16(1), le16(1), le32(8000), le32(16000), le16(2), le16(16));
  const body = concat(ascii('WAVE'), ascii('fmt '), le32(fmt.length), fmt, ascii('data'), le32(samples.length), samples);
  return concat(ascii('RIFF'), le32(body.length), body);
}

/** Ten silent MPEG-1 Layer III frames (128 kbit/s, 44.1 kHz: 417 bytes each), no ID3 tag. */
export function mp3(): Uint8Array {
  const frame = new Uint8Array(417);
  frame.set([0xff, 0xfb, 0x90, 0x64]);
  return concat(...Array.from({ length: 10 }, () => frame));
}

function box(type: string, ...content: Uint8Array[]): Uint8Array {
  const body = concat(...content);
  return concat(be32(8 + body.length), ascii(type), body);
}

function fullBox(type: string, version: number, ...content: Uint8Array[]): Uint8Array {
  return box(type, Uint8Array.of(version, 0, 0, 0), ...content);
}

/** A movie header: time scale 1000, duration 0, the identity matrix, next track 1. */
function mvhd(): Uint8Array {
  const matrix = concat(be32(0x10000), be32(0), be32(0), be32(0), be32(0x10000), be32(0), be32(0), be32(0), be32(0x40000000));
  return fullBox('mvhd', 0, be32(0), be32(0), be32(1000), be32(0), be32(0x10000), be16(0x100), new Uint8Array(10), matrix, new Uint8Array(24), be32(1));
}

/** ISO base media: `ftyp` with the given brands, an empty movie, a few bytes of media data. */
function isoMedia(major: string, compatible: string[]): Uint8Array {
  return concat(box('ftyp', ascii(major), be32(0), ...compatible.map(ascii)), box('moov', mvhd()), box('mdat', new Uint8Array(64)));
}

export const mp4 = () => isoMedia('isom', ['isom', 'mp41']);
export const mov = () => isoMedia('qt  ', ['qt  ']);

/** The first bytes of an OpenType font with CFF outlines ("OTTO") and one empty table record. */
export function otf(): Uint8Array {
  return concat(ascii('OTTO'), be16(1), be16(16), be16(0), be16(0), ascii('name'), be32(0), be32(28), be32(0));
}
