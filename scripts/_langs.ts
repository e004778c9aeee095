import { readFileSync } from 'fs';
import { classifyMessage } from '../src/domain/intent';
const texts: string[] = JSON.parse(readFileSync(0, 'utf8'));
console.log(JSON.stringify(Object.fromEntries(texts.map((t) => [t, classifyMessage(t).language]))));
