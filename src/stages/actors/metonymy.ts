// Metonymy read from the tree: a place name acts as its government ("Moscow said", "Washington and
// Brussels condemned the vote") only as the subject of a verb of speech or policy; elsewhere ("flights
// to Moscow", "Moscow is cold in March") it stays a place and makes no actor.
import { Tree } from '../../doc/tree.ts';

/** Lemmas of verbs a government is the subject of: speaking, deciding, acting on other states. */
export const GOVERNMENT_VERBS = new Set([
  'say', 'tell', 'add', 'announce', 'state', 'warn', 'accuse', 'deny', 'reject', 'demand', 'condemn', 'urge', 'insist',
  'claim', 'respond', 'reply', 'threaten', 'sanction', 'impose', 'recognise', 'recognize', 'agree', 'sign', 'approve',
  'veto', 'expel', 'recall', 'protest', 'call', 'criticise', 'criticize', 'welcome', 'support', 'oppose', 'back',
  'vow', 'pledge', 'refuse', 'decline', 'order', 'ban', 'declare', 'negotiate', 'propose', 'seek', 'decide', 'retaliate',
  'summon', 'dismiss', 'blame', 'confirm', 'ask', 'offer', 'promise', 'suspend', 'halt', 'resume', 'announce', 'insist',
  'dispute', 'acknowledge', 'praise', 'endorse', 'accept', 'request', 'appeal', 'argue', 'maintain', 'signal', 'hint',
  'respond', 'deploy', 'send', 'withdraw', 'invade', 'annex', 'recall', 'lodge', 'file', 'sue', 'hope', 'want', 'plan',
]);

/** Whether tokens [a, b) act as a government in `tree`: the subject of a speech or policy verb. */
export function actsAsGovernment(tree: Tree, a: number, b: number): boolean {
  const p = tree.predicateOfSubject(tree.spanHead(a, b));
  if (p < 0) return false;
  if (tree.deprels[tree.spanHead(a, b)] === 'nsubj:pass') return false;
  return GOVERNMENT_VERBS.has(tree.lemma(p)) || GOVERNMENT_VERBS.has(tree.tokens[p].text.toLowerCase());
}
