// The default pipeline: every stage registered by name, assembled in dependency order.
import { ComponentRegistry } from './registry.ts';
import { createPipeline, type Pipeline } from './pipeline.ts';
import { Knowledge, bundledKnowledge } from '../knowledge/knowledge.ts';
import { tokensComponent } from '../stages/tokens/tokens.ts';
import { syntaxComponent } from '../stages/syntax/index.ts';
import { actorsComponent } from '../stages/actors/index.ts';
import { timeComponent } from '../stages/time/index.ts';
import { placesComponent } from '../stages/places/index.ts';
import { quotesComponent } from '../stages/quotes/index.ts';
import { speechTimeComponent } from '../stages/time/speech-time.ts';
import { eventsComponent } from '../stages/events/index.ts';

export const DEFAULT_COMPONENTS = ['tokens', 'syntax', 'actors', 'time', 'places', 'quotes', 'speech-time', 'events'];

export function defaultRegistry(): ComponentRegistry {
  return new ComponentRegistry()
    .register('tokens', tokensComponent)
    .register('syntax', syntaxComponent)
    .register('actors', actorsComponent)
    .register('time', timeComponent)
    .register('places', placesComponent)
    .register('quotes', quotesComponent)
    .register('speech-time', speechTimeComponent)
    .register('events', eventsComponent);
}

/** The full pipeline over the bundled knowledge (plus any user knowledge folders given). */
export function defaultPipeline(knowledge: Knowledge = bundledKnowledge(), names = DEFAULT_COMPONENTS): Pipeline {
  return createPipeline(names, defaultRegistry(), knowledge);
}
