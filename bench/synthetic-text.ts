/**
 * Chinese news text for the benchmark database, varied like a real archive so full-text search has
 * real work: words drawn from a 30,000-word vocabulary with Zipf's law (a few words are in most
 * articles, most words in few), sentences of 6–24 words, two thirds one-paragraph digests and one
 * third long articles of 4–20 paragraphs. Deterministic for a seed.
 */

// Finance words first (the most frequent), then place names of every frequency: 海沧 is in a few
// hundred articles of a million, as a district of Xiamen would be.
const LEADING = (
  '市场 投资者 央行 利率 政策 经济 增长 企业 公司 股价 指数 上涨 下跌 交易 成交额 资金 净流入 板块 行业 ' +
  '新能源 汽车 半导体 医药 消费 地产 银行 券商 基金 债券 外汇 人民币 美元 港股 美股 沪指 深成指 创业板 ' +
  '北向资金 融资 并购 上市 财报 营收 净利润 同比 环比 季度 全年 预计 发布 公告 表示 分析师 认为 数据 显示 ' +
  '统计 部门 记者 获悉 项目 建设 城市 居民 服务 发展 改革 创新 科技 平台 数字 绿色 低碳 能源 电力 煤炭 ' +
  '钢铁 有色 化工 农业 粮食 物流 港口 航运 旅游 文化 教育 医疗 保险 养老 就业 收入 价格 通胀 出口 进口 ' +
  '贸易 订单 产能 供应链 需求 库存 监管 规则 风险 稳定 预期 信心 机构 评级 目标价 买入 增持 持有 北京 上海 ' +
  '广州 深圳 厦门 福州 杭州 南京 苏州 武汉 成都 重庆 西安 天津 青岛 宁波 长沙 郑州 济南 合肥 社会治理 ' +
  '城市活力 自贸区 集美 思明 湖里 同安 翔安 海沧'
).split(' ');

// Common characters, from which the rest of the vocabulary is made (two and three characters).
const CHARS =
  '的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严龙飞';

function xorshift(seed: number) {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 4294967296;
  };
}

const VOCABULARY_SIZE = 30_000;

export interface TextGenerator {
  title: (serial: number) => string;
  bodyHtml: () => string;
  /** The vocabulary, most frequent first, to pick benchmark queries from. */
  vocabulary: readonly string[];
}

export function textGenerator(seed = 42): TextGenerator {
  const next = xorshift(seed);
  const chars = [...CHARS];
  const words: string[] = [...LEADING];
  const seen = new Set(words);
  while (words.length < VOCABULARY_SIZE) {
    const length = next() < 0.8 ? 2 : 3;
    const word = Array.from(
      { length },
      () => chars[Math.floor(next() * chars.length)] as string,
    ).join('');
    if (!seen.has(word)) {
      seen.add(word);
      words.push(word);
    }
  }
  // The place names near the end of LEADING take ranks spread over the vocabulary instead.
  for (const [place, rank] of [
    ['海沧', 9000],
    ['翔安', 4000],
    ['同安', 2000],
    ['集美', 1000],
  ] as const) {
    const at = words.indexOf(place);
    words.splice(at, 1);
    words.splice(rank, 0, place);
  }
  // Zipf: the word of rank r is drawn with probability ∝ 1/r.
  const cumulative = new Float64Array(words.length);
  let total = 0;
  for (let r = 0; r < words.length; r++) cumulative[r] = total += 1 / (r + 1);
  const word = () => {
    const target = next() * total;
    let lo = 0;
    let hi = words.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((cumulative[mid] as number) < target) lo = mid + 1;
      else hi = mid;
    }
    return words[lo] as string;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const sentence = () =>
    Array.from({ length: int(6, 24) }, word).join('') +
    (['。', '。', '。', '，', '；', '！'][int(0, 5)] as string);
  const TITLE_WORDS = LEADING.slice(0, 40);
  return {
    vocabulary: words,
    // Three of forty common words, as before: title search keeps the workload it was measured on.
    title: (serial) =>
      `第${serial}号：${Array.from({ length: 3 }, () => TITLE_WORDS[int(0, 39)]).join('')}`,
    bodyHtml: () => {
      if (next() < 2 / 3) return `<p>${Array.from({ length: int(1, 3) }, sentence).join('')}</p>`;
      return Array.from({ length: int(4, 20) }, (_, p) => {
        const text = Array.from({ length: int(2, 6) }, sentence).join('');
        if (p % 7 === 3)
          return `<p><img src="https://img.example.com/${int(1, 1e6)}.jpg" alt="图片"></p><p>${text}</p>`;
        if (p % 5 === 2)
          return `<p>${text.slice(0, 20)}<a href="http://quote.example.com/${int(1, 999)}">${word()}</a>${text.slice(20)}</p>`;
        return `<p>${text}</p>`;
      }).join('\n');
    },
  };
}
