// The web benchmark's peer: Astro's defaults, as a plain site would ship them.
import { defineConfig } from 'astro/config';

export default defineConfig({});
