// SPDX-License-Identifier: GPL-3.0-or-later
// Undoable writes: every kind of change, undone, leaves the data exactly as it was; redone,
// exactly as after the first time.
#include "core/undo/inversechanges.h"
#include "core/document/atlasdocument.h"
#include "core/undo/execute.h"
#include "fakestore.h"
#include "sampledata.h"
#include "sampledocument.h"

#include <QTest>

using namespace atlas;

namespace {

bool sameData(const Dataset& a, const Dataset& b)
{
    const auto sorted = [](auto rows) {
        std::sort(rows.begin(), rows.end(), [](const auto& x, const auto& y) { return x.id < y.id; });
        return rows;
    };
    return sorted(a.sources) == sorted(b.sources) && sorted(a.operators) == sorted(b.operators) &&
           sorted(a.gpuModels) == sorted(b.gpuModels) && sorted(a.sites) == sorted(b.sites) &&
           sorted(a.phases) == sorted(b.phases) && sorted(a.links) == sorted(b.links) &&
           sorted(a.claims) == sorted(b.claims) && sorted(a.scenarios) == sorted(b.scenarios);
}

} // namespace

class TestChangeCommand : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void undoAndRedoRestoreExactly_data()
    {
        QTest::addColumn<int>("kind");
        QTest::newRow("insert a site") << 0;
        QTest::newRow("update a site") << 1;
        QTest::newRow("delete a site with its phases and link") << 2;
        QTest::newRow("delete a GPU model the phases use") << 3;
        QTest::newRow("delete a source everything cites") << 4;
        QTest::newRow("several changes at once") << 5;
        QTest::newRow("a new site with a phase that refers to it") << 6;
        QTest::newRow("both ends of a link deleted at once") << 7;
    }
    void undoAndRedoRestoreExactly()
    {
        QFETCH(int, kind);
        auto document = test::smallAtlasDocument();
        const Dataset before = document->dataset();
        ChangeSet changes;
        Site moved = *before.site(10);
        moved.lat = 10;
        switch (kind) {
        case 0: changes.upsert(test::makeSite(0, QStringLiteral("New"), 1, 2)); break;
        case 1: changes.upsert(moved); break;
        case 2: changes.remove<Site>(10); break;
        case 3: changes.remove<GpuModel>(1); break;
        case 4: changes.remove<Source>(1); break;
        case 5:
            changes.upsert(test::makeSite(0, QStringLiteral("New"), 1, 2));
            changes.upsert(moved);
            changes.remove<Site>(11);
            break;
        case 6: {
            changes.upsert(test::makeSite(0, QStringLiteral("New"), 1, 2));
            SitePhase phase;
            phase.siteId = insertedBy(0);
            phase.onlineDate = QDate(2027, 3, 31);
            phase.itMw = 90;
            changes.upsert(phase);
            break;
        }
        case 7:
            changes.remove<Site>(10);
            changes.remove<Site>(11);
            break;
        }
        const WriteResult result = undo::execute(*document, changes, QStringLiteral("change"));
        QVERIFY2(result.ok, qPrintable(result.error));
        const Dataset after = document->dataset();
        QVERIFY(!sameData(before, after));
        QCOMPARE(document->undoStack()->count(), 1);

        document->undoStack()->undo();
        QVERIFY(sameData(before, document->dataset()));
        document->undoStack()->redo();
        QVERIFY(sameData(after, document->dataset()));
        document->undoStack()->undo();
        QVERIFY(sameData(before, document->dataset()));
    }

    void failedWriteIsNotInTheHistory()
    {
        auto document = test::smallAtlasDocument();
        const Dataset before = document->dataset();
        const WriteResult result = undo::execute(*document, 
            ChangeSet().upsert(test::makeSite(0, QStringLiteral("Memphis Two"), 0, 0)), QStringLiteral("dup"));
        QVERIFY(!result.ok);
        QVERIFY(!result.error.isEmpty());
        QCOMPARE(document->undoStack()->count(), 0);
        QVERIFY(sameData(before, document->dataset()));
    }

    void cancelledCommandIsNotInTheHistory()
    {
        auto document = test::smallAtlasDocument();
        const Dataset before = document->dataset();
        ChangeSet many;
        for (int i = 0; i < 5; ++i)
            many.upsert(test::makeSite(0, QStringLiteral("Batch %1").arg(i), i, i));
        int calls = 0;
        const WriteResult result = undo::execute(*document, many, QStringLiteral("Import"), [&calls](qsizetype done, qsizetype) {
            ++calls;
            return done < 3; // Cancel pressed part-way
        });
        QVERIFY(!result.ok);
        QVERIFY(result.cancelled);
        QVERIFY(calls > 0);
        QCOMPARE(document->undoStack()->count(), 0);
        QVERIFY(sameData(before, document->dataset()));
    }

    void undoThatCannotBeDoneLeavesTheHistory()
    {
        auto document = test::smallAtlasDocument();
        QVERIFY(undo::execute(*document, ChangeSet().remove<FiberLink>(200), QStringLiteral("Delete link")).ok);
        // Another window deletes one end of the link; undo can no longer put the link back.
        QVERIFY(document->store()->apply(ChangeSet().remove<Site>(10)).ok);
        QStringList errors;
        connect(document.get(), &AtlasDocument::errorOccurred, this, [&errors](const QString& e) { errors << e; });
        document->undoStack()->undo();
        QCOMPARE(document->undoStack()->count(), 0);
        QCOMPARE(errors.size(), 1);
        QVERIFY(errors.first().startsWith(QStringLiteral("Could not undo “Delete link”")));
        QVERIFY(!document->dataset().link(200));
    }

    void insertIsUndoneByIdAndRedoneWithTheSameId()
    {
        auto document = test::smallAtlasDocument();
        const WriteResult result = undo::execute(*document, 
            ChangeSet().upsert(test::makeSite(0, QStringLiteral("Fresh"), 3, 4)), QStringLiteral("add"));
        QVERIFY(result.ok);
        const Id id = result.ids.first();
        document->undoStack()->undo();
        QVERIFY(!document->dataset().site(id));
        document->undoStack()->redo();
        QVERIFY(document->dataset().site(id));
        QCOMPARE(document->dataset().site(id)->name, QStringLiteral("Fresh"));
    }

    void inverseOfDeleteCarriesWhatCascades()
    {
        auto document = test::smallAtlasDocument();
        const ChangeSet forward = ChangeSet().remove<Site>(10);
        const ChangeSet inverse = inverseChanges(document->dataset(), forward, {10});
        // The site, its two phases and its link.
        QCOMPARE(inverse.size(), 4);
        QCOMPARE(std::get<Site>(inverse.changes().first().row).id, Id(10));
    }
};

QTEST_GUILESS_MAIN(TestChangeCommand)
#include "tst_changecommand.moc"
