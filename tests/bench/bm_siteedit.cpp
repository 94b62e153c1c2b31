// SPDX-License-Identifier: GPL-3.0-or-later
// One edit of one site in a database of 10,000 sites (30,000 phases, 20,000 links), from the
// write to the sites table showing it, against the same UPDATE through sqlite3's C API in the
// same run:
//   BM_EditSiteToTable:   the site's planned MW changed as a form saves it (one undoable
//                         command through the document), until the Sites table's model gives
//                         the new figure on the site's row
//   BM_Sqlite3UpdateSite: UPDATE sites SET planned_mw = ? WHERE fid = ? on the same kind of
//                         file (WAL, synchronous NORMAL, as the store opens it): the write
//                         alone, with no checks, no undo and nothing shown
#include "core/document/atlasdocument.h"
#include "core/document/viewstate.h"
#include "core/models/sitetablemodel.h"
#include "core/undo/execute.h"
#include "db/sqlitestore.h"
#include "syntheticatlas.h"
#include "benchmain.h"

#include <QCoreApplication>
#include <QFile>
#include <QLocale>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>
#include <sqlite3.h>

using namespace atlas;

namespace {

constexpr int kSites = 10000;

QTemporaryDir& folder()
{
    static QTemporaryDir dir;
    return dir;
}

// A database of the synthetic atlas, written once a run; each benchmark edits a copy.
QString atlasDatabase(const QString& name)
{
    static const QString original = [] {
        const QString path = folder().filePath(QStringLiteral("atlas.gpkg"));
        db::OpenResult opened = db::SqliteStore::open(path);
        if (!opened.store || !opened.store->apply(bench::syntheticAtlasRows(kSites)).ok)
            return QString();
        return path;
    }();
    if (original.isEmpty())
        return {};
    const QString copy = folder().filePath(name);
    QFile::remove(copy);
    QFile::copy(original, copy);
    return copy;
}

void BM_EditSiteToTable(benchmark::State& state)
{
    const QString path = atlasDatabase(QStringLiteral("edit.gpkg"));
    db::OpenResult opened = path.isEmpty() ? db::OpenResult() : db::SqliteStore::open(path);
    if (!opened.store) {
        state.SkipWithError("the database could not be made");
        return;
    }
    AtlasDocument document;
    document.setStore(std::move(opened.store));
    ViewState view;
    SiteTableModel model(&document, &view);
    const Id siteId = document.dataset().sites[kSites / 2].id;
    const QLocale locale;
    double plannedMw = 1000;
    for (auto _ : state) {
        Site site = *document.dataset().site(siteId);
        site.plannedMw = ++plannedMw;
        const WriteResult result =
            undo::execute(document, ChangeSet().upsert(site), QStringLiteral("Edit site"));
        const QModelIndex cell = model.index(model.rowOf(siteId), SiteTableModel::PlannedMwColumn);
        if (!result.ok || model.data(cell).toString() != locale.toString(plannedMw, 'f', 0)) {
            state.SkipWithError("the table does not show the edit");
            break;
        }
    }
}
BENCHMARK(BM_EditSiteToTable)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_Sqlite3UpdateSite(benchmark::State& state)
{
    const QString path = atlasDatabase(QStringLiteral("plain.gpkg"));
    sqlite3* db = nullptr;
    if (path.isEmpty() || sqlite3_open(QFile::encodeName(path).constData(), &db) != SQLITE_OK) {
        state.SkipWithError("the database could not be made");
        sqlite3_close(db);
        return;
    }
    sqlite3_exec(db, "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL", nullptr, nullptr,
                 nullptr);
    sqlite3_stmt* update = nullptr;
    sqlite3_prepare_v2(db, "UPDATE sites SET planned_mw = ? WHERE fid = ?", -1, &update, nullptr);
    double plannedMw = 1000;
    for (auto _ : state) {
        sqlite3_bind_double(update, 1, ++plannedMw);
        sqlite3_bind_int64(update, 2, kSites / 2 + 1);
        if (sqlite3_step(update) != SQLITE_DONE || sqlite3_changes(db) != 1) {
            state.SkipWithError(sqlite3_errmsg(db));
            break;
        }
        sqlite3_reset(update);
    }
    sqlite3_finalize(update);
    sqlite3_close(db);
}
BENCHMARK(BM_Sqlite3UpdateSite)->Unit(benchmark::kMillisecond)->UseRealTime();

} // namespace

ATLAS_BENCHMARK_MAIN(QCoreApplication)
