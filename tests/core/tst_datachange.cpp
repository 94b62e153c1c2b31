// SPDX-License-Identifier: GPL-3.0-or-later
// What the document says changed after a write, its undo and its redo: exactly the rows of
// the change set (and what the database did with them: a site's phases and links deleted
// with it), or everything when a store is opened or a write is too big to list.
#include "core/document/atlasdocument.h"
#include "core/undo/execute.h"
#include "fakestore.h"
#include "sampledata.h"
#include "sampledocument.h"

#include <QSignalSpy>
#include <QTest>

using namespace atlas;

namespace {

using Ids = QSet<Id>;

DataChange lastChange(const QSignalSpy& spy)
{
    return spy.isEmpty() ? DataChange() : spy.last().at(0).value<DataChange>();
}

} // namespace

class TestDataChange : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void aWriteItsUndoAndItsRedoNameTheirRows()
    {
        auto document = test::smallAtlasDocument();
        QSignalSpy heard(document.get(), &AtlasDocument::datasetChanged);
        Site renamed = *document->dataset().site(11);
        renamed.note = QStringLiteral("renamed");
        const ChangeSet set = ChangeSet()
                                  .upsert(renamed)
                                  .upsert(test::makeSite(0, QStringLiteral("New"), 1, 2))
                                  .remove<FiberLink>(200);
        const WriteResult result = undo::execute(*document, set, QStringLiteral("three"));
        QVERIFY(result.ok);
        const Id added = result.ids[1];

        QCOMPARE(heard.size(), 1);
        DataChange written = lastChange(heard);
        QVERIFY(!written.isEverything());
        QCOMPARE(written.ids(RowKind::Site).changed, Ids{11});
        QCOMPARE(written.ids(RowKind::Site).added, Ids{added});
        QCOMPARE(written.ids(RowKind::Site).removed, Ids{});
        QCOMPARE(written.ids(RowKind::Link).removed, Ids{200});
        QCOMPARE(written.size(), 3);

        document->undoStack()->undo();
        QCOMPARE(heard.size(), 2);
        const DataChange undone = lastChange(heard);
        QCOMPARE(undone.ids(RowKind::Site).changed, Ids{11});
        QCOMPARE(undone.ids(RowKind::Site).removed, Ids{added});
        QCOMPARE(undone.ids(RowKind::Link).added, Ids{200});
        QCOMPARE(undone.size(), 3);

        document->undoStack()->redo();
        QCOMPARE(heard.size(), 3);
        QCOMPARE(lastChange(heard), written);
    }

    void aDeletedSiteTakesItsPhasesAndLinksAlong()
    {
        auto document = test::smallAtlasDocument();
        QSignalSpy heard(document.get(), &AtlasDocument::datasetChanged);
        QVERIFY(
            undo::execute(*document, ChangeSet().remove<Site>(10), QStringLiteral("delete")).ok);
        DataChange expected;
        expected.add(RowKind::Site, 10, DataChange::How::Removed);
        expected.add(RowKind::Phase, 100, DataChange::How::Removed);
        expected.add(RowKind::Phase, 101, DataChange::How::Removed);
        expected.add(RowKind::Link, 200, DataChange::How::Removed);
        QCOMPARE(lastChange(heard), expected);

        document->undoStack()->undo();
        DataChange restored;
        restored.add(RowKind::Site, 10, DataChange::How::Added);
        restored.add(RowKind::Phase, 100, DataChange::How::Added);
        restored.add(RowKind::Phase, 101, DataChange::How::Added);
        restored.add(RowKind::Link, 200, DataChange::How::Added);
        QCOMPARE(lastChange(heard), restored);
    }

    void anotherWritersChangeIsNamedToo()
    {
        // The store's changed() without a command: an import on the command line, another
        // window, another program.
        auto document = test::smallAtlasDocument();
        QSignalSpy heard(document.get(), &AtlasDocument::datasetChanged);
        Operator renamed = *document->dataset().op(2);
        renamed.name = QStringLiteral("Gamma");
        QVERIFY(document->store()->apply(ChangeSet().upsert(renamed)).ok);
        DataChange expected;
        expected.add(RowKind::Operator, 2, DataChange::How::Changed);
        QCOMPARE(lastChange(heard), expected);
        QVERIFY(!expected.touches(RowKind::Site));
        QVERIFY(expected.touches(RowKind::Operator));
    }

    void aWriteThatChangesNothingNamesNothing()
    {
        auto document = test::smallAtlasDocument();
        QSignalSpy heard(document.get(), &AtlasDocument::datasetChanged);
        QVERIFY(undo::execute(*document, ChangeSet().upsert(*document->dataset().site(12)),
                              QStringLiteral("same"))
                    .ok);
        QCOMPARE(heard.size(), 1);
        QVERIFY(lastChange(heard).isEmpty());
    }

    void openingAStoreOrABigWriteIsEverything()
    {
        auto document = std::make_unique<AtlasDocument>();
        QSignalSpy heard(document.get(), &AtlasDocument::datasetChanged);
        auto store = std::make_unique<test::FakeStore>();
        QVERIFY(store->apply(test::smallAtlas()).ok);
        document->setStore(std::move(store));
        QVERIFY(lastChange(heard).isEverything());
        QVERIFY(lastChange(heard).touches(RowKind::Claim));

        ChangeSet many;
        for (int i = 0; i <= DataChange::kMaxListed; ++i)
            many.upsert(test::makeSite(0, QStringLiteral("Site %1").arg(i), 1, 1));
        QVERIFY(undo::execute(*document, many, QStringLiteral("import")).ok);
        QVERIFY(lastChange(heard).isEverything());
    }

    void aFailedWriteChangesNothingAndIsNotInTheHistory()
    {
        auto document = test::smallAtlasDocument();
        QSignalSpy heard(document.get(), &AtlasDocument::datasetChanged);
        const WriteResult result = undo::execute(*document, ChangeSet().remove<Operator>(1),
                                                 QStringLiteral("refused")); // runs sites
        QVERIFY(!result.ok);
        QVERIFY(!result.error.isEmpty());
        QCOMPARE(document->undoStack()->count(), 0);
        QCOMPARE(heard.size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestDataChange)
#include "tst_datachange.moc"
