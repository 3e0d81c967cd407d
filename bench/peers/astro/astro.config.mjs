// The benchmark peer: a bare Astro project whose only job is `astro sync` over the content collections.
import { defineConfig } from 'astro/config';

export default defineConfig({});
