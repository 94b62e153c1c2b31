// SPDX-License-Identifier: GPL-3.0-or-later
// compute-atlas [--db FILE] import-epoch PATH [--as-of YYYY-MM-DD] [--replace-edits] [--dry-run]
#include "app/cli/commands.h"
#include "core/geo/gazetteer.h"
#include "core/io/epochplan.h"
#include "core/store/collectingsink.h"
#include "core/store/store.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QLocale>

namespace atlas::cli {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(atlas::cli::Epoch)
};

void printPlan(Context& context, const io::EpochPlan& plan, bool details)
{
    for (const QString& file : plan.files)
        context.err << Text::tr("  read %1").arg(file) << '\n';
    for (const QString& note : plan.notes)
        context.err << "  " << note << '\n';
    if (!details)
        return;
    // C-locale numbers: the per-site lines are read by scripts as well as people.
    const QLocale c = QLocale::c();
    for (const io::EpochSiteChange& site : plan.sites) {
        switch (site.kind) {
        case io::EpochSiteChange::Kind::New:
            context.out << (site.placed ? Text::tr("  new      %1 (%2 MW)")
                                        : Text::tr("  new      %1 (%2 MW, not placed)"))
                               .arg(site.name, c.toString(site.itMwAfter, 'f', 0))
                        << '\n';
            break;
        case io::EpochSiteChange::Kind::Changed:
            context.out << Text::tr("  changed  %1 (%2 → %3 MW)")
                               .arg(site.name, c.toString(site.itMwBefore, 'f', 0),
                                    c.toString(site.itMwAfter, 'f', 0))
                        << '\n';
            break;
        case io::EpochSiteChange::Kind::EditedKept:
            context.out << Text::tr("  kept     %1 (edited since; --replace-edits updates it)")
                               .arg(site.name)
                        << '\n';
            break;
        case io::EpochSiteChange::Kind::Missing:
            context.out << Text::tr("  missing  %1 (no longer in the release; kept)").arg(site.name)
                        << '\n';
            break;
        case io::EpochSiteChange::Kind::Unchanged:
            break;
        }
    }
}

} // namespace

QList<QCommandLineOption> epochOptions()
{
    return {QCommandLineOption(
                QStringLiteral("as-of"),
                QString::fromUtf8(QT_TRANSLATE_NOOP(
                    "atlas::cli::Commands",
                    "Rows dated after this are Epoch's projections (default: the release's own "
                    "date, its newest Last Modified).")),
                QStringLiteral("YYYY-MM-DD")),
            QCommandLineOption(
                QStringLiteral("replace-edits"),
                QString::fromUtf8(QT_TRANSLATE_NOOP(
                    "atlas::cli::Commands",
                    "Also update sites and phases edited since their import, and adopt your own "
                    "sites of the same name."))),
            QCommandLineOption(
                QStringLiteral("dry-run"),
                QString::fromUtf8(QT_TRANSLATE_NOOP(
                    "atlas::cli::Commands", "Say what the import would do; change nothing.")))};
}

int runImportEpoch(Context& context)
{
    QCommandLineParser parser;
    parser.addOptions(epochOptions());
    if (!parser.parse(QStringList{QStringLiteral("import-epoch")} + context.arguments)) {
        context.err << parser.errorText() << '\n';
        return 2;
    }
    if (parser.positionalArguments().size() != 1) {
        context.err << Text::tr("import-epoch takes one path: the ZIP as downloaded from "
                                "https://epoch.ai/data/data-centers, the folder it unpacks to, "
                                "or its data_centers.csv.")
                    << '\n';
        return 2;
    }
    io::EpochImportOptions options;
    if (parser.isSet(QStringLiteral("as-of"))) {
        options.asOf = QDate::fromString(parser.value(QStringLiteral("as-of")), Qt::ISODate);
        if (!options.asOf.isValid()) {
            context.err << Text::tr("--as-of takes a date written YYYY-MM-DD, not \"%1\".")
                               .arg(parser.value(QStringLiteral("as-of")))
                        << '\n';
            return 2;
        }
    }
    options.replaceEdits = parser.isSet(QStringLiteral("replace-edits"));
    const QString path = parser.positionalArguments().first();
    io::EpochRelease release = io::readEpochRelease(path);
    if (!release.ok()) {
        context.err << release.error << '\n';
        return 1;
    }
    if (const QString error = Gazetteer::bundled().loadError(); !error.isEmpty())
        context.err << Text::tr("  %1 Sites are imported without a place.").arg(error) << '\n';
    std::unique_ptr<Store> store = context.openStore(true);
    if (!store)
        return 1;
    io::EpochPlan plan;
    if (parser.isSet(QStringLiteral("dry-run"))) {
        const LoadResult loaded = store->load();
        if (!loaded.ok()) {
            context.err << loaded.error << '\n';
            return 1;
        }
        CountingSink sink;
        plan = io::planEpochImport(loaded.dataset, release, sink, options, Gazetteer::bundled());
        printPlan(context, plan, true);
        context.out << (plan.ok() ? Text::tr("Would import: %1 (as of %2). Nothing was changed.")
                                  : Text::tr("Refused: %1 (as of %2). Nothing was changed."))
                           .arg(plan.summary(), plan.asOf.toString(Qt::ISODate))
                    << '\n';
        return plan.ok() ? 0 : 1;
    }
    const WriteResult result =
        store->applyProduced(io::epochProducer(std::move(release), options, &plan));
    printPlan(context, plan, true);
    if (!result.ok) {
        context.err << (plan.ok() ? result.error : plan.error) << '\n'
                    << Text::tr("Nothing was imported.") << '\n';
        return 1;
    }
    context.out << Text::tr("Imported %1 (as of %2): %3")
                       .arg(QDir::toNativeSeparators(path), plan.asOf.toString(Qt::ISODate),
                            plan.summary())
                << '\n';
    return 0;
}

} // namespace atlas::cli
