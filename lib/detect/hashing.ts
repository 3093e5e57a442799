export { fnv1a32 } from '../hash';
