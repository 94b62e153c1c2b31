// SPDX-License-Identifier: GPL-3.0-or-later
// A form's save of one site among 10,000 changes that site's row of the Sites table and no
// other: the model says which row changed instead of resetting, so the selected row stays
// selected and the table stays where it was scrolled to.
#include "core/document/atlasdocument.h"
#include "core/document/viewstate.h"
#include "core/models/sitefiltermodel.h"
#include "core/models/sitetablemodel.h"
#include "core/undo/execute.h"
#include "fakestore.h"
#include "syntheticatlas.h"
#include "ui/forms/siteform.h"
#include "ui/sites/sitespanel.h"

#include <QLineEdit>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

using namespace atlas;

namespace {

constexpr int kSites = 10000;

std::unique_ptr<Store> syntheticStore()
{
    auto store = std::make_unique<test::FakeStore>();
    if (!store->apply(bench::syntheticAtlasRows(kSites)).ok)
        qFatal("seed");
    return store;
}

} // namespace

class TestSiteRefresh : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void aFormSaveRefreshesItsRowAndKeepsTheSelection()
    {
        AtlasDocument document;
        document.setStore(syntheticStore());
        ViewState view;
        SitesPanel panel(&document, &view);
        panel.resize(900, 500);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        auto* model = qobject_cast<SiteTableModel*>(panel.filterModel()->sourceModel());
        QVERIFY(model);
        QCOMPARE(model->rowCount(), kSites);

        const Id edited = document.dataset().sites[kSites / 2].id;
        const QModelIndex shown =
            panel.filterModel()->mapFromSource(model->index(model->rowOf(edited), 0));
        panel.table()->selectRow(shown.row());
        panel.table()->scrollTo(shown, QAbstractItemView::PositionAtCenter);
        QCOMPARE(panel.selectedSiteIds(), QVector<Id>{edited});
        const int scrolled = panel.table()->verticalScrollBar()->value();
        QVERIFY(scrolled > 0);

        QSignalSpy reset(model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(model, &QAbstractItemModel::dataChanged);
        QSignalSpy inserted(model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(model, &QAbstractItemModel::rowsRemoved);

        auto* form = new SiteForm(&document, *document.dataset().site(edited), &panel);
        auto* name = qobject_cast<QLineEdit*>(form->fieldEditor(QStringLiteral("name")));
        QVERIFY(name);
        name->setText(QStringLiteral("Renamed site"));
        form->accept(); // Save
        QCOMPARE(form->result(), int(QDialog::Accepted));
        QCOMPARE(document.undoStack()->count(), 1);
        QCOMPARE(document.dataset().site(edited)->name, QStringLiteral("Renamed site"));

        QCOMPARE(reset.size(), 0);
        QCOMPARE(inserted.size(), 0);
        QCOMPARE(removed.size(), 0);
        QCOMPARE(changed.size(), 1);
        const int row = model->rowOf(edited);
        QCOMPARE(changed.at(0).at(0).toModelIndex().row(), row);
        QCOMPARE(changed.at(0).at(1).toModelIndex().row(), row);
        QCOMPARE(model->data(model->index(row, SiteTableModel::NameColumn)).toString(),
                 QStringLiteral("Renamed site"));

        QCOMPARE(panel.selectedSiteIds(), QVector<Id>{edited});
        QVERIFY(panel.table()->selectionModel()->isRowSelected(
            panel.filterModel()->mapFromSource(model->index(row, 0)).row(), {}));
        QCOMPARE(panel.table()->verticalScrollBar()->value(), scrolled);

        // Undo brings the name back the same way.
        document.undoStack()->undo();
        QCOMPARE(reset.size(), 0);
        QCOMPARE(changed.size(), 2);
        QCOMPARE(model->data(model->index(row, SiteTableModel::NameColumn)).toString(),
                 document.dataset().site(edited)->name);
        QCOMPARE(panel.selectedSiteIds(), QVector<Id>{edited});
    }

    void deletedAndRestoredSitesAreRowsRemovedAndInserted()
    {
        AtlasDocument document;
        document.setStore(syntheticStore());
        ViewState view;
        SiteTableModel model(&document, &view);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        const Id gone = document.dataset().sites[10].id;
        const Id kept = document.dataset().sites[11].id;
        QVERIFY(
            undo::execute(document, ChangeSet().remove<Site>(gone), QStringLiteral("delete")).ok);
        QCOMPARE(reset.size(), 0);
        QCOMPARE(removed.size(), 1);
        QCOMPARE(model.rowCount(), kSites - 1);
        QCOMPARE(model.rowOf(gone), -1);
        QCOMPARE(model.siteAt(model.rowOf(kept)), kept);
        QCOMPARE(model.data(model.index(model.rowOf(kept), SiteTableModel::NameColumn)).toString(),
                 document.dataset().site(kept)->name);

        document.undoStack()->undo();
        QCOMPARE(reset.size(), 0);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(model.rowCount(), kSites);
        const int back = model.rowOf(gone);
        QVERIFY(back >= 0);
        QCOMPARE(model.data(model.index(back, SiteTableModel::NameColumn)).toString(),
                 document.dataset().site(gone)->name);
        // Its phases came back with it: the row's power is there again.
        QVERIFY(!model.data(model.index(back, SiteTableModel::ItMwColumn)).toString().isEmpty());
    }
};

QTEST_MAIN(TestSiteRefresh)
#include "tst_siterefresh.moc"
