import { classifyMessage } from '../src/domain/intent';
const lines = process.argv.slice(2);
for (const l of lines) console.log(JSON.stringify(l), JSON.stringify(classifyMessage(l, {categories:[{id:'c1',name:'Offers',keywords:['deals','discounts']}]})));
