import { chromium } from 'playwright-core';
import { readFileSync } from 'node:fs';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless=new'] });
const p = await b.newPage({ viewport: { width: 405, height: 700 } });
await p.setContent(`<body style="margin:0"><img src="data:image/png;base64,${readFileSync('artifacts/demo/panel.png').toString('base64')}"></body>`);
await p.screenshot({ path: '/tmp/panel-top.png', clip: { x: 0, y: 0, width: 405, height: 700 } });
await b.close();
