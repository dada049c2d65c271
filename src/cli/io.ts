/** The CLI's window on the world, passed in so commands can be tested without a terminal. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  readFile(path: string): Promise<string>;
}
