import { type CustomActors, withCustomActors } from './data/custom-actors.js';
import { type Gazetteer, loadGazetteer } from './data/gazetteer.js';
import type { TopicDefinition } from './data/topic-catalogue.js';
import { storedCustomActors } from './db/actors.repo.js';
import type { Db } from './db/handle.js';
import { allTopics } from './db/topics.repo.js';
import { provenanceOf, type RecordProvenance } from './provenance.js';

/** Everything an analysis run reads besides the articles: read once when the run starts. */
export interface AnalysisData {
  topics: TopicDefinition[];
  /** The researcher's actors, which worker threads add to their own gazetteer. */
  customActors: CustomActors;
  gazetteer: Gazetteer;
  provenance: RecordProvenance;
}

export async function loadAnalysisData(db: Db): Promise<AnalysisData> {
  const topics = await allTopics(db);
  const customActors = await storedCustomActors(db);
  const gazetteer = withCustomActors(loadGazetteer(), customActors);
  return { topics, customActors, gazetteer, provenance: provenanceOf(topics, customActors) };
}
