import '../i18n/all';
import { main } from './main';
import { localeFromEnv, setLocale } from '../i18n';

// Reports speak the terminal's language (LC_ALL, LC_MESSAGES, LANG): English or Indonesian.
setLocale(localeFromEnv(process.env));

// Writes go through the streams so `assay score` output can be piped without buffering it all.
const io = {
  out: (text: string) => void process.stdout.write(`${text}\n`),
  err: (text: string) => void process.stderr.write(`${text}\n`),
};
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
});
process.exitCode = await main(process.argv.slice(2), io);
