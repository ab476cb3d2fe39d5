import pg from 'pg';

// The vocabulary of the benchmark's titles (a SQL array literal).
const WORDS = `ARRAY['央行', '降准', '利率', '股市', '债券', '基金', '港股', '汇率', '楼市', '外贸', '消费', '新能源', '芯片', '银行', '保险', '证券', '期货', '黄金', '原油', '物流', '制造业', '农业', '医药', '教育', '旅游', '航空', '汽车', '电商', '科技', '数字货币', '地方债', '就业', '通胀', '出口', '进口', '投资', '上市', '并购', '监管', '改革']`;

/**
 * Fills a migrated database with `articles` synthetic published articles over `sources` sources,
 * set-based in PostgreSQL (a million rows in a couple of minutes), with the archive's long tail:
 * a few sources publish most of the news. Bodies are 2–6 KB of HTML, like reposted articles.
 */
export async function fillDatabase(url: string, articles: number, sources: number): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('SELECT setseed(0.42)');
    await client.query(
      `INSERT INTO sources (slug, name, updated_at)
       SELECT 'source' || lpad(i::text, 4, '0'), '来源' || i || '日报', now() FROM generate_series(1, $1) i`,
      [sources],
    );
    await client.query(
      `INSERT INTO tags (name) SELECT '来源' || i || '日报新闻' FROM generate_series(1, $1) i`,
      [sources],
    );
    const chunk = 100_000;
    for (let start = 1; start <= articles; start += chunk) {
      const end = Math.min(articles, start + chunk - 1);
      await client.query(
        `INSERT INTO articles (key, info_code, slug, title, published_at, status, source_id, source_name,
           original_url, excerpt, body_html, raw_source, source_path, content_hash, flags, updated_at)
         SELECT 'ic:' || code, code, code,
                -- Titles vary like real ones (three of 40 words), so title search has real work.
                '第' || g || '号：' || (${WORDS})[1 + floor(random() * 40)::int]
                  || (${WORDS})[1 + floor(random() * 40)::int] || (${WORDS})[1 + floor(random() * 40)::int],
                timestamptz '2019-01-01 00:00:00+08' + random() * interval '1460 days',
                'PUBLISHED', src, '来源' || src || '日报', 'http://finance.example.com/news/' || g || '.html',
                '市场投资者关注央行利率政策与经济增长前景，多家机构发布最新研究报告。',
                body, body, NULL, md5(g::text), '{}', now()
         FROM (
           SELECT g, 'NW' || lpad(g::text, 18, '0') AS code,
                  1 + floor($3 * power(random(), 2.5))::int AS src,
                  repeat('<p>第' || g || '号新闻正文：市场投资者关注央行利率政策与经济增长前景，多家机构发布最新研究报告，认为明年结构性机会仍然存在。</p>', 10 + (g % 30)) AS body
           FROM generate_series($1::int, $2::int) g
         ) t`,
        [start, end, sources],
      );
    }
    await client.query(
      `INSERT INTO article_tags (article_id, tag_id) SELECT a.id, a.source_id FROM articles a`,
    );
    await client.query('VACUUM ANALYZE');
  } finally {
    await client.end();
  }
}
