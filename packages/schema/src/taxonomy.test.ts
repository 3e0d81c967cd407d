import { describe, expect, it } from 'vitest';
import { eventTypes, subtypesOf, toAcled } from './taxonomy.js';

// ACLED's labels as its codebook writes them, one row per sub-type in taxonomy order.
const acledLabels = [
  ['battle', 'armed-clash', 'Battles', 'Armed clash'],
  ['battle', 'government-regains-territory', 'Battles', 'Government regains territory'],
  ['battle', 'non-state-actor-overtakes-territory', 'Battles', 'Non-state actor overtakes territory'],
  ['remote-violence', 'air-or-drone-strike', 'Explosions/Remote violence', 'Air/drone strike'],
  [
    'remote-violence',
    'shelling-artillery-missile-attack',
    'Explosions/Remote violence',
    'Shelling/artillery/missile attack',
  ],
  ['remote-violence', 'remote-explosive', 'Explosions/Remote violence', 'Remote explosive/landmine/IED'],
  ['remote-violence', 'suicide-bomb', 'Explosions/Remote violence', 'Suicide bomb'],
  ['remote-violence', 'grenade', 'Explosions/Remote violence', 'Grenade'],
  ['remote-violence', 'chemical-weapon', 'Explosions/Remote violence', 'Chemical weapon'],
  ['violence-against-civilians', 'attack', 'Violence against civilians', 'Attack'],
  ['violence-against-civilians', 'abduction', 'Violence against civilians', 'Abduction/forced disappearance'],
  ['violence-against-civilians', 'sexual-violence', 'Violence against civilians', 'Sexual violence'],
  ['protest', 'peaceful-protest', 'Protests', 'Peaceful protest'],
  ['protest', 'protest-with-intervention', 'Protests', 'Protest with intervention'],
  ['protest', 'excessive-force-against-protesters', 'Protests', 'Excessive force against protesters'],
  ['riot', 'violent-demonstration', 'Riots', 'Violent demonstration'],
  ['riot', 'mob-violence', 'Riots', 'Mob violence'],
  ['strategic-development', 'agreement', 'Strategic developments', 'Agreement'],
  ['strategic-development', 'arrests', 'Strategic developments', 'Arrests'],
  ['strategic-development', 'change-to-group-activity', 'Strategic developments', 'Change to group/activity'],
  ['strategic-development', 'disrupted-weapons-use', 'Strategic developments', 'Disrupted weapons use'],
  [
    'strategic-development',
    'headquarters-or-base-established',
    'Strategic developments',
    'Headquarters or base established',
  ],
  [
    'strategic-development',
    'looting-property-destruction',
    'Strategic developments',
    'Looting/property destruction',
  ],
  [
    'strategic-development',
    'non-violent-transfer-of-territory',
    'Strategic developments',
    'Non-violent transfer of territory',
  ],
  ['strategic-development', 'other', 'Strategic developments', 'Other'],
  ['political', 'statement', 'Strategic developments', 'Other'],
  ['political', 'decision', 'Strategic developments', 'Other'],
  ['political', 'legislative-vote', 'Strategic developments', 'Other'],
  ['political', 'designation', 'Strategic developments', 'Other'],
  ['political', 'negotiation', 'Strategic developments', 'Other'],
  ['political', 'appointment', 'Strategic developments', 'Other'],
  ['political', 'election', 'Strategic developments', 'Other'],
  ['political', 'visit', 'Strategic developments', 'Other'],
  ['political', 'call-to-action', 'Strategic developments', 'Other'],
];

describe('toAcled', () => {
  it('gives ACLED’s exact labels for every sub-type', () => {
    const pairs = eventTypes.flatMap((type) => subtypesOf(type).map((subtype) => [type, subtype]));
    expect(
      pairs.map(([type, subtype]) => [type, subtype, ...Object.values(toAcled(type!, subtype!)!)]),
    ).toEqual(acledLabels);
  });

  it('has no labels for a sub-type outside its type', () => {
    expect(toAcled('battle', 'grenade')).toBeUndefined();
    expect(toAcled('vote', 'other')).toBeUndefined();
  });
});
