import type { Command } from '../command.js';
import { buildCommand } from './build.js';
import { exportCommand } from './export.js';
import { importCommand } from './import.js';
import { newCommand } from './new.js';
import { schemaCommand } from './schema.js';
import { statsCommand } from './stats.js';
import { validateCommand } from './validate.js';

/** Every `marsad` subcommand, in the order `marsad --help` lists them. */
export const commands: readonly Command[] = [
  validateCommand,
  buildCommand,
  newCommand,
  importCommand,
  exportCommand,
  statsCommand,
  schemaCommand,
];
