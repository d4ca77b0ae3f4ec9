import './no-eval.ts';
// The long jobs (sharing, OMI copy, EIM user) a page follows.
import { z } from 'zod';
import { id } from './text.ts';

export const jobsGetInput = z.object({ id: id() });
