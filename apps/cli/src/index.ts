// The command line as the system tests run it in-process: argv in, exit status out.
export { runCli } from './cli';
