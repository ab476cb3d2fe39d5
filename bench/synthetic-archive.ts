import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * A synthetic Jekyll archive shaped like the real one: posts over many sources with a long tail,
 * about two thirds one-paragraph wire digests (Markdown, original link, no share link, as the
 * eastmoney feed) and one third long reposted HTML articles (inline styles, tracking spans, quote
 * links, images, 文章来源 line, share link, footer back-links). Deterministic for a given seed.
 */
export interface ArchiveOptions {
  dir: string;
  posts: number;
  sources: number;
  seed?: number;
}

export interface ArchiveSummary {
  posts: number;
  sources: number;
  bytes: number;
}

const WORDS =
  '市场 投资者 央行 利率 政策 经济 增长 企业 公司 股价 指数 上涨 下跌 交易 成交额 资金 净流入 板块 行业 新能源 汽车 半导体 医药 消费 地产 银行 券商 基金 债券 外汇 人民币 美元 港股 美股 沪指 深成指 创业板 北向资金 融资 并购 上市 财报 营收 净利润 同比 环比 季度 全年 预计 发布 公告 表示 分析师 认为 数据 显示 统计 部门 记者 获悉 项目 建设 城市 居民 服务 发展 改革 创新 科技 平台 数字 绿色 低碳 能源 电力 煤炭 钢铁 有色 化工 农业 粮食 物流 港口 航运 旅游 文化 教育 医疗 保险 养老 就业 收入 价格 通胀 出口 进口 贸易 订单 产能 供应链 需求 库存 监管 规则 风险 稳定 预期 信心 机构 评级 目标价 买入 增持 持有'.split(
    ' ',
  );
const CITIES =
  '北京 上海 广州 深圳 厦门 福州 杭州 南京 苏州 武汉 成都 重庆 西安 天津 青岛 大连 宁波 长沙 郑州 济南 合肥 昆明 南宁 贵阳 海口 沈阳 长春 哈尔滨 石家庄 太原 南昌 兰州 银川 西宁 拉萨 乌鲁木齐 呼和浩特 泉州 漳州 温州'.split(
    ' ',
  );
const KINDS = '日报 晚报 商报 新闻网 财经 证券报 时报 经济报 都市报 电视台'.split(' ');
const START = Date.UTC(2019, 0, 1);
const SPAN = Date.UTC(2023, 0, 1) - START;

function random(seed: number) {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 4294967296;
  };
}

export async function writeSyntheticArchive({
  dir,
  posts,
  sources,
  seed = 42,
}: ArchiveOptions): Promise<ArchiveSummary> {
  const next = random(seed);
  const pick = <T>(items: T[]): T => items[Math.floor(next() * items.length)] as T;
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const sentence = (min: number, max: number) => {
    const words = Array.from({ length: int(min, max) }, () => pick(WORDS));
    return `${words.join('')}${pick(['。', '。', '。', '！', '；'])}`;
  };

  const sourceList = Array.from({ length: sources }, (_, i) => {
    const name = `${CITIES[i % CITIES.length]}${KINDS[Math.floor(i / CITIES.length) % KINDS.length]}${i >= CITIES.length * KINDS.length ? Math.floor(i / (CITIES.length * KINDS.length)) + 1 : ''}`;
    return { slug: `source${String(i + 1).padStart(4, '0')}`, name };
  });
  await mkdir(path.join(dir, '_posts'), { recursive: true });
  await mkdir(path.join(dir, 'category'), { recursive: true });
  let bytes = 0;
  for (const source of sourceList) {
    const page = `---\nlayout: category\ntitle: ${source.name}\ncategory: ${source.slug}\n---\n`;
    bytes += page.length;
    await writeFile(path.join(dir, 'category', `${source.slug}.html`), page);
  }

  const pending: Promise<void>[] = [];
  for (let i = 0; i < posts; i += 1) {
    // A long tail: a few sources publish most of the news.
    const source =
      sourceList[Math.min(sources - 1, Math.floor(sources * next() ** 2.5))] ?? sourceList[0]!;
    const published = new Date(START + Math.floor(next() * SPAN));
    const local = new Date(published.getTime() + 8 * 3600_000).toISOString();
    const day = local.slice(0, 10);
    const time = `${day} ${local.slice(11, 19)} +0800`;
    const id = `${day.replace(/-/g, '')}${String(i).padStart(10, '0')}`;
    const title = sentence(4, 9).slice(0, -1);
    const tag = `${source.name}新闻`;
    let fileName: string;
    let body: string;
    if (next() < 0.66) {
      fileName = `${day}-${id}.md`;
      body = `${Array.from({ length: int(1, 3) }, () => sentence(8, 30)).join('')}\n\n<http://finance.example.com/news/1355,${id}.html>\n\n[返回${tag}](../${source.slug}/)\n[返回首页](../)`;
    } else {
      const infoCode = `NW${id}`;
      fileName = `${day}-${infoCode}.md`;
      const paragraphs = Array.from({ length: int(4, 20) }, (_, p) => {
        const text = Array.from({ length: int(2, 6) }, () => sentence(6, 24)).join('');
        if (p % 7 === 3)
          return `<p style="text-align:center;"><img src="https://img.example.com/${id}/${p}.jpg" alt="Image" width="552" style="border:#d1d1d1 1px solid;" /></p>`;
        if (p % 5 === 2)
          return `<p>${text.slice(0, 20)}<span id="stock_1.600${p}"><a href="http://quote.example.com/unify/r/1.600${p}" class="keytip" data-code="1,600${p}">${pick(WORDS)}</a></span><span id="quote_1.600${p}"></span>${text.slice(20)}</p>`;
        return ` <p>${text}</p>`;
      });
      body = `${paragraphs.join('\n')}<p class="em_media">（文章来源：${source.name}）</p>\n\n<http://finews.example.com/html_News/NewsShare.html?infoCode=${infoCode}>\n\n[返回${tag}](//finews.example.com/category/${source.slug}.html)｜[返回首页](//finews.example.com/)`;
    }
    const text = `---\nlayout: post\ntitle: "${title}"\ndate: ${time}\ncategories: ${source.slug}\ntags: ${tag}\n---\n${body}\n`;
    bytes += Buffer.byteLength(text);
    pending.push(writeFile(path.join(dir, '_posts', fileName), text));
    if (pending.length >= 256) await Promise.all(pending.splice(0));
  }
  await Promise.all(pending);
  return { posts, sources, bytes };
}
