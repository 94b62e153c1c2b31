<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>atlas::DatabaseStatus</name>
    <message numerus="yes">
        <source>%Ln sites</source>
        <translation>
            <numerusform>%Ln site</numerusform>
            <numerusform>%Ln sites</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln phases</source>
        <translation>
            <numerusform>%Ln phase</numerusform>
            <numerusform>%Ln phases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln fiber links</source>
        <translation>
            <numerusform>%Ln fiber link</numerusform>
            <numerusform>%Ln fiber links</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln GPU models</source>
        <translation>
            <numerusform>%Ln GPU model</numerusform>
            <numerusform>%Ln GPU models</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln sources</source>
        <translation>
            <numerusform>%Ln source</numerusform>
            <numerusform>%Ln sources</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln claims</source>
        <translation>
            <numerusform>%Ln claim</numerusform>
            <numerusform>%Ln claims</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>atlas::Explanation</name>
    <message numerus="yes">
        <source>The %n counted sites with power in the year, whose IT power sums to the IT power online</source>
        <translation>
            <numerusform>The %n counted site with power in the year, whose IT power is the IT power online</numerusform>
            <numerusform>The %n counted sites with power in the year, whose IT power sums to the IT power online</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sites: %1</source>
        <translation>
            <numerusform>%n site: %1</numerusform>
            <numerusform>%n sites: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n years</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n counted sites, each with the fleet its phases count</source>
        <translation>
            <numerusform>The %n counted site, with the fleet its phases count</numerusform>
            <numerusform>The %n counted sites, each with the fleet its phases count</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sites: %1 GPUs</source>
        <translation>
            <numerusform>%n site: %1 GPUs</numerusform>
            <numerusform>%n sites: %1 GPUs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n counted sites, each with its H100e (as stated, else its chips × each model&apos;s H100e)</source>
        <translation>
            <numerusform>The %n counted site, with its H100e (as stated, else its chips × each model&apos;s H100e)</numerusform>
            <numerusform>The %n counted sites, each with its H100e (as stated, else its chips × each model&apos;s H100e)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sites: %1 H100e</source>
        <translation>
            <numerusform>%n site: %1 H100e</numerusform>
            <numerusform>%n sites: %1 H100e</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n sites of the largest fiber-linked cluster (a site alone is a cluster of one)</source>
        <translation>
            <numerusform>The %n site of the largest fiber-linked cluster (a site alone is a cluster of one)</numerusform>
            <numerusform>The %n sites of the largest fiber-linked cluster (a site alone is a cluster of one)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n sites whose IT power sums to the IT power online</source>
        <translation>
            <numerusform>The %n site whose IT power is the IT power online</numerusform>
            <numerusform>The %n sites whose IT power sums to the IT power online</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>atlas::MapRenderer</name>
    <message numerus="yes">
        <source>%Ln sites not placed</source>
        <translation>
            <numerusform>%Ln site not placed</numerusform>
            <numerusform>%Ln sites not placed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>atlas::MapTooltips</name>
    <message numerus="yes">
        <source>%n source(s)</source>
        <translation>
            <numerusform>%n source</numerusform>
            <numerusform>%n sources</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>atlas::OperatorFilterButton</name>
    <message numerus="yes">
        <source>%Ln operators</source>
        <translation>
            <numerusform>%Ln operator</numerusform>
            <numerusform>%Ln operators</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>atlas::PresentationWindow</name>
    <message numerus="yes">
        <source>Scenario: %1 · %n saved scenario(s)</source>
        <translation>
            <numerusform>Scenario: %1 · %n saved scenario</numerusform>
            <numerusform>Scenario: %1 · %n saved scenarios</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>atlas::SitesPanel</name>
    <message numerus="yes">
        <source>%L1 of %Ln sites</source>
        <translation>
            <numerusform>%L1 of %Ln site</numerusform>
            <numerusform>%L1 of %Ln sites</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>atlas::TransferActions</name>
    <message numerus="yes">
        <source>Export %n Site(s)</source>
        <translation>
            <numerusform>Export %n Site</numerusform>
            <numerusform>Export %n Sites</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Export %n Fiber Link(s)</source>
        <translation>
            <numerusform>Export %n Fiber Link</numerusform>
            <numerusform>Export %n Fiber Links</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Export %n Phase(s)</source>
        <translation>
            <numerusform>Export %n Phase</numerusform>
            <numerusform>Export %n Phases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n row(s) to %1.</source>
        <translation>
            <numerusform>Wrote %n row to %1.</numerusform>
            <numerusform>Wrote %n rows to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>atlas::charts</name>
    <message numerus="yes">
        <source>%n others</source>
        <translation>
            <numerusform>%n other</numerusform>
            <numerusform>%n others</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Others (%Ln sites)</source>
        <translation>
            <numerusform>Others (%Ln site)</numerusform>
            <numerusform>Others (%Ln sites)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>atlas::db::IntegrityCheck</name>
    <message numerus="yes">
        <source>%1 does not match its table: %n rows are missing from it (rows %2).</source>
        <translation>
            <numerusform>%1 does not match its table: %n row is missing from it (row %2).</numerusform>
            <numerusform>%1 does not match its table: %n rows are missing from it (rows %2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows of %1 refer to rows of %2 that are not there (rows %3).</source>
        <translation>
            <numerusform>%n row of %1 refers to rows of %2 that are not there (row %3).</numerusform>
            <numerusform>%n rows of %1 refer to rows of %2 that are not there (rows %3).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>GDAL&apos;s spatial index of %1 is out of date: %n rows are missing from it or at the wrong place in it. %2</source>
        <translation>
            <numerusform>GDAL&apos;s spatial index of %1 is out of date: %n row is missing from it or at the wrong place in it. %2</numerusform>
            <numerusform>GDAL&apos;s spatial index of %1 is out of date: %n rows are missing from it or at the wrong place in it. %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>atlas::io::EpochPlan</name>
    <message numerus="yes">
        <source>%n data center(s) named only in the timelines or chip file, imported with what those give (no address): %1</source>
        <translation>
            <numerusform>%n data center named only in the timelines or chip file, imported with what those give (no address): %1</numerusform>
            <numerusform>%n data centers named only in the timelines or chip file, imported with what those give (no address): %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new site(s)</source>
        <translation>
            <numerusform>%n new site</numerusform>
            <numerusform>%n new sites</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n changed</numerusform>
            <numerusform>%n changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n unchanged</numerusform>
            <numerusform>%n unchanged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n edited by you and left as they are</source>
        <translation>
            <numerusform>%n edited by you and left as it is</numerusform>
            <numerusform>%n edited by you and left as they are</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in the database but no longer in the release (kept)</source>
        <translation>
            <numerusform>%n in the database but no longer in the release (kept)</numerusform>
            <numerusform>%n in the database but no longer in the release (kept)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new phase(s)</source>
        <translation>
            <numerusform>%n new phase</numerusform>
            <numerusform>%n new phases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n phase(s) updated</source>
        <translation>
            <numerusform>%n phase updated</numerusform>
            <numerusform>%n phases updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n phase(s) no longer in the release removed</source>
        <translation>
            <numerusform>%n phase no longer in the release removed</numerusform>
            <numerusform>%n phases no longer in the release removed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n edited phase(s) kept</source>
        <translation>
            <numerusform>%n edited phase kept</numerusform>
            <numerusform>%n edited phases kept</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n site(s) not placed (no usable address)</source>
        <translation>
            <numerusform>; %n site not placed (no usable address)</numerusform>
            <numerusform>; %n sites not placed (no usable address)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>atlas::io::EpochRelease</name>
    <message numerus="yes">
        <source>%1 (%2, %n row(s))</source>
        <translation>
            <numerusform>%1 (%2, %n row)</numerusform>
            <numerusform>%1 (%2, %n rows)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>atlas::io::ImportPlan</name>
    <message numerus="yes">
        <source>%n problem(s) in the file; nothing is imported until they are fixed.</source>
        <translation>
            <numerusform>%n problem in the file; nothing is imported until they are fixed.</numerusform>
            <numerusform>%n problems in the file; nothing is imported until they are fixed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new site(s)</source>
        <translation>
            <numerusform>%n new site</numerusform>
            <numerusform>%n new sites</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new link(s)</source>
        <translation>
            <numerusform>%n new link</numerusform>
            <numerusform>%n new links</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n updated</numerusform>
            <numerusform>%n updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n unchanged</numerusform>
            <numerusform>%n unchanged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new phase(s)</source>
        <translation>
            <numerusform>%n new phase</numerusform>
            <numerusform>%n new phases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n phase(s) updated</source>
        <translation>
            <numerusform>%n phase updated</numerusform>
            <numerusform>%n phases updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new operator(s)</source>
        <translation>
            <numerusform>%n new operator</numerusform>
            <numerusform>%n new operators</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new source(s)</source>
        <translation>
            <numerusform>%n new source</numerusform>
            <numerusform>%n new sources</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: &quot;%2&quot; read as %3 (%n row(s))</source>
        <translation>
            <numerusform>%1: &quot;%2&quot; read as %3 (%n row)</numerusform>
            <numerusform>%1: &quot;%2&quot; read as %3 (%n rows)</numerusform>
        </translation>
    </message>
</context>
</TS>
