import { parseDeadline } from '../src/plan/deadline.ts';
for (const t of ['Hàng quý','Hằng năm','Định kỳ 6 tháng','Hàng Quý/ Năm','Hàng tháng, quý, năm','Định kỳ hằng quý','Hàng Quý / Năm 2026','hàng','Hàng quý và đột xuất','Từ ngày 15/3/2026.','Sau khi có Quyết định của UBND thành phố'])
  console.log(t, JSON.stringify(parseDeadline(t, 2026)));
