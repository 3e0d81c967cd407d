import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createFixture, type Fixture, NOW } from '../test/fixture.js';
import { anonymousVersion } from './view.js';

let fixture: Fixture;
beforeAll(async () => {
  fixture = await createFixture();
});
afterAll(() => fixture.cleanup());

describe('anonymousVersion', () => {
  it('fixes a bundle’s version from the time it was built for, without reading an article', () => {
    const reads = vi.spyOn(fixture.bundle.graph, 'all');
    const atBuild = anonymousVersion(fixture.bundle, NOW);
    expect(anonymousVersion(fixture.bundle, new Date('2030-01-01T00:00:00Z'))).toBe(atBuild);
    expect(reads).not.toHaveBeenCalled();
    // Before that time its articles may not all be public yet: the version follows them.
    expect(anonymousVersion(fixture.bundle, new Date('2020-01-01T00:00:00Z'))).not.toBe(atBuild);
    reads.mockRestore();
  });

  it('follows a content folder’s publication times and embargo ends', () => {
    const before = anonymousVersion(fixture.content, NOW);
    expect(anonymousVersion(fixture.content, new Date('2025-06-02T00:00:00Z'))).toBe(before);
    expect(anonymousVersion(fixture.content, new Date('2025-12-02T00:00:00Z'))).not.toBe(before);
  });
});
