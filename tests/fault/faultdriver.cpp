// SPDX-License-Identifier: GPL-3.0-or-later
// The writes the window makes, done the window's way but without a window, for the fault
// suite to kill and starve (tst_faultinjection): no command of compute-atlas saves a form.
//   atlas_fault_driver save-site DB     the site form's Save on the first site: its fields
//                                       and a new operator, one phase changed, one deleted,
//                                       two added (one mixing two chips); one undoable
//                                       command, as FormDialog makes it
//   atlas_fault_driver save-scenario DB NAME   the scenario panel's Save As
// Exits 0 when saved; 1 with the store's message on standard error when not.
#include "core/undo/changecommand.h"
#include "core/document/atlasdocument.h"
#include "core/undo/execute.h"
#include "core/scenario/scenarioparamsjson.h"
#include "db/sqlitestore.h"
#include "core/store/changeset.h"

#include <QCoreApplication>
#include <QDate>
#include <QTextStream>

using namespace atlas;

namespace {

ChangeSet siteFormSave(const Dataset& data)
{
    ChangeSet set(QStringLiteral("Edit site"));
    Site site = data.sites.first();
    // A new operator, referred to by the site until it has an id: the set's first change.
    set.upsert(Operator{0, QStringLiteral("Fault Operator"), QStringLiteral("#123456"),
                        QStringLiteral("made by a form")});
    site.operatorId = insertedBy(0);
    site.name += QStringLiteral(" (edited)");
    site.city = QStringLiteral("Edited City");
    site.lon = -101.25;
    site.lat = 33.5;
    site.note = QStringLiteral("Saved by the fault driver");
    set.upsert(site);
    const QVector<const SitePhase*> phases = data.phasesOf(site.id);
    if (!phases.isEmpty()) {
        SitePhase changed = *phases.first();
        changed.itMw = changed.itMw.value_or(0) + 25;
        changed.note = QStringLiteral("changed by a form");
        set.upsert(changed);
    }
    if (phases.size() > 1)
        set.remove<SitePhase>(phases.last()->id);
    for (int i = 0; i < 2; ++i) {
        SitePhase added;
        added.siteId = site.id;
        added.onlineDate = QDate(2031 + i, 1 + i, 1);
        added.itMw = 300 + 100 * i;
        for (int chip = 0; chip <= i && chip < data.gpuModels.size(); ++chip)
            added.chips.append({data.gpuModels[chip].id, 1000 * (chip + 1), false, QString()});
        added.projected = true;
        set.upsert(added);
    }
    return set;
}

ChangeSet scenarioSave(const QString& name)
{
    ScenarioRecord scenario;
    scenario.name = name;
    ScenarioParams params; // the panel's sliders, moved from their defaults
    params.fundingBusdPerYear = 90;
    params.yearTo = 2029;
    scenario.paramsJson = toJson(params);
    scenario.note = QStringLiteral("saved by the fault driver");
    return ChangeSet(QStringLiteral("Save scenario")).upsert(scenario);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QTextStream err(stderr);
    const QStringList arguments = app.arguments().mid(1);
    if (arguments.size() < 2 ||
        (arguments[0] == QLatin1String("save-scenario") && arguments.size() < 3)) {
        err << "usage: atlas_fault_driver save-site DB | save-scenario DB NAME\n";
        return 2;
    }
    db::OpenOptions options;
    options.createIfMissing = false;
    db::OpenResult opened = db::SqliteStore::open(arguments[1], options);
    if (!opened.store) {
        err << opened.error << '\n';
        return 1;
    }
    AtlasDocument document;
    if (!document.setStore(std::move(opened.store))) {
        err << document.lastError() << '\n';
        return 1;
    }
    const ChangeSet set = arguments[0] == QLatin1String("save-site")
                              ? siteFormSave(document.dataset())
                              : scenarioSave(arguments[2]);
    const WriteResult result = undo::execute(document, set, set.description());
    if (!result.ok) {
        err << result.error << '\n';
        return 1;
    }
    return 0;
}
