// Invented newspaper pages for the queue-worker test and the scale-out benchmark: templates
// filled from small lists, the same pages for the same count. No real newspaper text.

const SURNAMES = ["王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "胡", "朱", "高", "林"];
const GIVEN = ["建国", "晓东", "丽萍", "明远", "雅琴", "志远", "国栋", "海燕", "春华", "子涵", "文博", "秀英", "立新", "思远"];
const PLACES = ["清河新区", "柳湾镇", "东城区", "南湖县", "西山街道", "北塘开发区", "青石乡", "古镇老街"];
const OFFICES = ["文旅局", "住建局", "教育局", "应急管理局", "卫生健康委", "交通运输局", "农业农村局", "市场监管局"];
const TITLES = ["局长", "副局长", "主任", "党委书记", "副县长", "镇长"];
const EVENTS = [
  ["召开安全生产工作会议", "会议要求，各单位要压实责任，深入排查隐患，确保群众生命财产安全。"],
  ["举办春季招聘会", "现场提供岗位一千二百余个，吸引求职者三千多人次，初步达成意向四百余人。"],
  ["启动老旧小区改造", "今年计划改造小区四十二个，涉及居民五千余户，年底前全部完工。"],
  ["开展义诊进社区活动", "来自多家医院的专家为居民测量血压、解答疑问，发放健康手册五百余份。"],
  ["推进智慧农业示范项目", "项目建成后，可实现灌溉、施肥全程自动控制，每亩节水三成以上。"],
  ["举行荷花文化节开幕式", "文化节期间将举办摄影展、民俗表演等十余项活动，持续到八月底。"],
];

const pick = (list, n) => list[n % list.length];
const person = (n) => `${pick(SURNAMES, n)}${pick(GIVEN, n * 7 + 3)}`;

/** One article: a headline, a credit with a reporter, a date, a person with a title. */
function article(n) {
  const place = pick(PLACES, n);
  const office = pick(OFFICES, n * 3 + 1);
  const [event, detail] = pick(EVENTS, n * 5 + 2);
  const month = (n % 12) + 1;
  const day = (n % 27) + 1;
  return [
    `${place}${event}`,
    "",
    `本报讯（记者${person(n)} 通讯员${person(n + 11)}）${month}月${day}日上午，${place}${event}。${place}${office}${pick(TITLES, n)}${person(n + 5)}出席并讲话。`,
    detail,
    `${place}${office}有关负责人表示，下一步将认真总结经验，推动各项工作落到实处。`,
    "",
  ].join("\n");
}

/** Page `n` (0-based): two to four articles. */
export function generatePage(n) {
  const count = 2 + (n % 3);
  return Array.from({ length: count }, (_, i) => article(n * 4 + i)).join("\n");
}

/** A page long enough to take a second or so: `articles` articles in one page. */
export function generateLongPage(n, articles) {
  return Array.from({ length: articles }, (_, i) => article(n * 4 + i)).join("\n");
}

/** `count` pages as JSON Lines input, ids `page-0001`…; every seventh page has its own date. */
export function generateJsonl(count) {
  let out = "";
  for (let n = 0; n < count; n++) {
    const id = `page-${String(n + 1).padStart(4, "0")}`;
    const page = n % 7 === 0 ? { id, text: generatePage(n), referenceDate: `2021-0${(n % 9) + 1}-15` } : { id, text: generatePage(n) };
    out += `${JSON.stringify(page)}\n`;
  }
  return out;
}
