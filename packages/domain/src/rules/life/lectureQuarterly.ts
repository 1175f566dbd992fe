import { lectureRule } from './lecture.js';

/** LIFE-4: a 党课 at least once a quarter, when the 机关党委 has set the period to a quarter. */
export const lectureQuarterly = lectureRule('quarter');
