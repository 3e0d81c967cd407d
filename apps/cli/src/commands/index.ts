import type { Command } from '../command.js';
import { validateCommand } from './validate.js';

/** Every `marsad` subcommand, in the order `marsad --help` lists them. */
export const commands: readonly Command[] = [validateCommand];
