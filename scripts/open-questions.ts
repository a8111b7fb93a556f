// `npm run open-questions`: every spot where the docs mark the public record as silent or in
// conflict, as a Markdown checklist the docs team takes to the API team.
import { allMarks, checklist } from './marks.ts';

process.stdout.write(checklist(allMarks()));
