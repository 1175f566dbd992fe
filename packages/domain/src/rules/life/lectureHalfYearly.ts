import { lectureRule } from './lecture.js';

/** LIFE-4: a 党课 at least once every half-year (the standard's period, the default). */
export const lectureHalfYearly = lectureRule('half');
