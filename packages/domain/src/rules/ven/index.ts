import type { Rule } from '../../check/rule.js';
import { activityRoom } from './activityRoom.js';
import { noticeBoard } from './noticeBoard.js';
import { chatGroup } from './chatGroup.js';

/** VEN (活动阵地标准化): 党员活动室 and 宣传栏 (◐, ticked with photos) and the WeChat group (✓), in clause order. */
export const venRules: readonly Rule[] = [activityRoom, noticeBoard, chatGroup];
